"""Embedded quizzes and situations: which ones the trainee passed or finished."""


def passed_quiz_ids(user, quiz_ids) -> set[int]:
    if not quiz_ids or not user.is_authenticated:
        return set()
    from quizzes.queries import passed_quiz_ids as passed

    return set(passed(user, list(quiz_ids)))


def finished_situation_ids(user, situation_ids) -> set[int]:
    if not situation_ids or not user.is_authenticated:
        return set()
    from situations.queries import finished_situation_ids as finished

    return set(finished(user, list(situation_ids)))
