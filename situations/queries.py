"""Cross-model reads other apps use: lesson blocks, progress and the gradebook.

Score out of 10 (the gradebook's scale). A finished run's score is its total points
over all competencies, relative to the best total any path through the situation can
earn (``situations.scoring.score_out_of_ten``): 10 × max(total, 0) / best, rounded to
0.1. The gradebook counts each trainee's *first* finished run: the considered
decision, not the replay after reading the debrief.
"""

from decimal import Decimal

from classes.models import Enrolment
from situations.models import Run, Situation


def finished_situation_ids(user, situation_ids) -> set[int]:
    """Which of these situations the user has played to an ending."""
    if not user.is_authenticated:
        return set()
    return set(
        Run.objects.finished()
        .filter(trainee=user, situation_id__in=list(situation_ids))
        .values_list("situation_id", flat=True)
    )


def first_finished_runs(situation_ids, trainee_ids):
    """The first finished run of each trainee in each situation."""
    runs = (
        Run.objects.finished()
        .filter(situation_id__in=situation_ids, trainee_id__in=trainee_ids)
        .order_by("trainee_id", "situation_id", "finished_at", "pk")
    )
    first = {}
    for run in runs:
        first.setdefault((run.trainee_id, run.situation_id), run)
    return first


def class_situations(training_class):
    """Situations of the class's programme."""
    return Situation.objects.filter(
        live=True, programmes=training_class.version.programme_id
    )


def class_results(training_class) -> dict[int, dict[int, Decimal]]:
    """{trainee id: {situation id: score of 10}} for the class's active trainees."""
    trainee_ids = list(
        training_class.enrolments.filter(status=Enrolment.Status.ACTIVE).values_list(
            "trainee_id", flat=True
        )
    )
    situation_ids = list(class_situations(training_class).values_list("pk", flat=True))
    results: dict[int, dict[int, Decimal]] = {}
    for (trainee_id, situation_id), run in first_finished_runs(
        situation_ids, trainee_ids
    ).items():
        results.setdefault(trainee_id, {})[situation_id] = run.score
    return results


def cards_for(user, situations) -> list[dict]:
    """Each situation with the user's open run and whether they finished it."""
    runs = Run.objects.filter(trainee=user, situation__in=situations)
    open_runs = {run.situation_id: run for run in runs.in_progress()}
    finished = set(runs.finished().values_list("situation_id", flat=True))
    return [
        {
            "situation": situation,
            "open_run": open_runs.get(situation.pk),
            "finished": situation.pk in finished,
        }
        for situation in situations
    ]


def block_context(situation, request) -> dict:
    """What a lesson's situation card needs: the user's open or finished run."""
    user = getattr(request, "user", None)
    run = None
    finished = False
    if user is not None and user.is_authenticated:
        runs = Run.objects.filter(situation=situation, trainee=user)
        run = runs.in_progress().first()
        finished = runs.finished().exists()
    return {"situation": situation, "open_run": run, "finished": finished}
