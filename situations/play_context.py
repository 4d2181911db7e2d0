"""What the play and summary pages show, read from a run."""

import time
import uuid

from django.urls import reverse

from situations import graph
from situations.loading import best_by_competency, load_steps, node_for
from situations.models import ClassRelease, Step
from situations.reports import class_trainees, step_table
from situations.scoring import bar_widths


def _graph_data(steps) -> dict:
    """The graph the offline player walks: next step of every choice."""
    return {
        step.key: {
            "kind": step.kind,
            "next": step.next_key,
            "choices": {
                str(choice.pk): choice.next_key for choice in step.choices.all()
            },
        }
        for step in steps
    }


def _briefing(run):
    if run.audience_id is None:
        return run.situation.briefings.first()
    return run.situation.briefings.filter(audience_id=run.audience_id).first()


def play_context(run) -> dict:
    steps = load_steps(run.situation)
    decisions = list(run.active_decisions().select_related("choice", "step"))
    state = {
        "run": run.pk,
        "position": run.answer_count(),
        "current": run.current_step.key,
        "choose_url": reverse("situations:choose", args=[run.pk]),
        "reflect_url": reverse("situations:reflect", args=[run.pk]),
        "summary_url": reverse("situations:summary", args=[run.pk]),
        "at": time.time(),
    }
    return {
        "run": run,
        "situation": run.situation,
        "steps": steps,
        "current": run.current_step,
        "last": decisions[-1] if decisions else None,
        "briefing": _briefing(run),
        "client_id": uuid.uuid4(),
        "player": {"state": state, "graph": _graph_data(steps)},
    }


def _recommended(ending: Step, steps, nodes) -> list[tuple[Step, object]]:
    """The recommended path as (step, the choice to make there or None)."""
    by_key = {step.key: step for step in steps}
    keys = [key.strip() for key in ending.recommended_path.split(",") if key.strip()]
    if not keys or any(key not in by_key for key in keys):
        keys = graph.best_path(nodes)[1]
    path = [by_key[key] for key in keys if key in by_key]
    following = [step.key for step in path[1:]] + [None]
    pairs = zip(path, following, strict=True)
    return [(step, _choice_to(step, key)) for step, key in pairs]


def _choice_to(step: Step, next_key):
    """The best-scoring choice of a decision that leads to ``next_key``."""
    if step.kind != Step.Kind.DECISION or next_key is None:
        return None
    leading = [c for c in step.choices.all() if c.next_key == next_key]
    return max(leading, key=lambda c: sum(c.points().values()), default=None)


def _chart(run, nodes) -> list[dict]:
    competencies = list(run.situation.competencies.all())
    best = best_by_competency(nodes, [c.code for c in competencies])
    widths = bar_widths({c.code: run.points.get(c.code, 0) for c in competencies}, best)
    return [
        {
            "competency": c,
            "points": run.points.get(c.code, 0),
            "best": best[c.code],
            "width": widths[c.code],
        }
        for c in competencies
    ]


def summary_context(run) -> dict:
    steps = load_steps(run.situation)
    nodes = [node_for(step) for step in steps]
    released = (
        run.training_class_id
        and ClassRelease.objects.filter(
            situation=run.situation, training_class_id=run.training_class_id
        ).exists()
    )
    return {
        "run": run,
        "situation": run.situation,
        "ending": run.current_step,
        "decisions": run.active_decisions().select_related("step", "choice"),
        "recommended": _recommended(run.current_step, steps, nodes),
        "chart": _chart(run, nodes),
        "class_table": (
            step_table(run.situation, class_trainees(run.training_class))
            if released
            else None
        ),
        "reflections": run.reflections.select_related("step"),
    }
