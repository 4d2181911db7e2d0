"""The inline player of QuizBlock: its context, options token and results."""

from django.core import signing
from django.utils.translation import gettext as _

from quizzes import scoring
from quizzes.models import Quiz
from quizzes.presenters import QuestionView
from quizzes.services.grading import specs_for

SALT = "quizzes.inline"


def options_token(quiz_id: int, *, check: bool, retry: bool, solution: bool) -> str:
    """The author's choices travel signed, so a trainee cannot unlock the solution."""
    return signing.dumps(
        {"q": quiz_id, "c": check, "r": retry, "s": solution}, salt=SALT
    )


def read_options(token: str, quiz_id: int) -> dict:
    try:
        options = signing.loads(token or "", salt=SALT)
    except signing.BadSignature:
        raise ValueError(
            _("This quiz block is out of date; reload the page.")
        ) from None
    if options.get("q") != quiz_id:
        raise ValueError(_("This quiz block is out of date; reload the page."))
    return options


def views(
    quiz: Quiz, responses: dict | None = None, *, locked=False
) -> list[QuestionView]:
    slots = list(
        quiz.slots.select_related("question").prefetch_related("question__choices")
    )
    specs = specs_for([s.question_id for s in slots])
    out = []
    for i, slot in enumerate(slots, start=1):
        response = (responses or {}).get(slot.question_id) or {}
        fraction = (
            scoring.score(specs[slot.question_id], response)
            if responses is not None
            else None
        )
        out.append(
            QuestionView(
                question=slot.question,
                spec=specs[slot.question_id],
                number=i,
                response=response,
                max_mark=slot.mark,
                fraction=fraction,
                locked=locked,
            )
        )
    return out


def player_context(quiz: Quiz, options: dict, token: str, **extra) -> dict:
    return {
        "quiz": quiz,
        "options": options,
        "token": token,
        "questions": extra.pop("questions", None) or views(quiz),
        **extra,
    }


def inline_context(value, request) -> dict:
    quiz = value.get("quiz")
    if quiz is None or quiz.draft:
        return {"quiz": None}
    options = {
        "q": quiz.pk,
        "c": bool(value.get("allow_check", True)),
        "r": bool(value.get("allow_retry", True)),
        "s": bool(value.get("allow_solution", True)),
    }
    token = options_token(
        quiz.pk, check=options["c"], retry=options["r"], solution=options["s"]
    )
    return player_context(quiz, options, token, state="fresh")


def solution_responses(quiz: Quiz) -> dict:
    specs = specs_for(quiz.slots.values_list("question_id", flat=True))
    return {qid: scoring.right_response(spec) or {} for qid, spec in specs.items()}
