"""The lecturer's view of a class: who finished, what they chose, the graph."""

from collections import Counter

from django.db.models import Count
from django.utils.translation import gettext as _

from classes.models import Enrolment
from situations import svg
from situations.loading import load_steps, node_for
from situations.models import Decision, Reflection, Run


def class_trainees(training_class):
    return [
        enrolment.trainee
        for enrolment in training_class.enrolments.filter(
            status=Enrolment.Status.ACTIVE
        ).select_related("trainee")
    ]


def runs_of(situation, trainees):
    return Run.objects.filter(situation=situation, trainee__in=trainees)


def reach_counts(situation, trainees=None) -> dict[str, int]:
    """How many trainees reached each step (by key)."""
    runs = Run.objects.filter(situation=situation)
    if trainees is not None:
        runs = runs.filter(trainee__in=trainees)
    reached: dict[str, set[int]] = {}
    decided = Decision.objects.filter(run__in=runs).values_list(
        "step__key", "run__trainee_id"
    )
    current = runs.values_list("current_step__key", "trainee_id")
    for key, trainee_id in [*decided, *current]:
        reached.setdefault(key, set()).add(trainee_id)
    return {key: len(ids) for key, ids in reached.items()}


def choice_counts(situation, trainees) -> dict[int, int]:
    """How many trainees chose each option (taken-back choices left out)."""
    rows = (
        Decision.objects.filter(
            run__situation=situation, run__trainee__in=trainees, undone_at__isnull=True
        )
        .values("choice_id")
        .annotate(people=Count("run__trainee", distinct=True))
    )
    return Counter({row["choice_id"]: row["people"] for row in rows})


def graph_svg(situation, trainees=None) -> str:
    steps = load_steps(situation)
    return svg.render(
        [node_for(step) for step in steps],
        reach_counts(situation, trainees),
        {step.key: step.title for step in steps},
        _("Graph of the situation “%s”") % situation.title,
    )


def step_table(situation, trainees) -> list[dict]:
    """Each decision step with its choices and how many chose each."""
    counts = choice_counts(situation, trainees)
    table = []
    for step in load_steps(situation):
        if step.kind != step.Kind.DECISION:
            continue
        choices = [(choice, counts.get(choice.pk, 0)) for choice in step.choices.all()]
        total = sum(count for _choice, count in choices)
        table.append({"step": step, "choices": choices, "total": total})
    return table


def trainee_rows(situation, trainees) -> list[dict]:
    """One row per trainee: their latest run's state and score."""
    latest = {}
    for run in runs_of(situation, trainees).select_related("current_step"):
        if (
            run.trainee_id not in latest
            or run.started_at > latest[run.trainee_id].started_at
        ):
            latest[run.trainee_id] = run
    return [{"trainee": trainee, "run": latest.get(trainee.pk)} for trainee in trainees]


def reflections_of(situation, trainees):
    return (
        Reflection.objects.filter(run__situation=situation, run__trainee__in=trainees)
        .select_related("run__trainee", "step", "reviewer")
        .order_by("reviewed_at", "submitted_at")
    )
