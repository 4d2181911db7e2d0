"""Demo situations, competencies and audiences (idempotent: a second run changes
nothing; an existing situation is left as it is)."""

from django.core.exceptions import ValidationError
from django.db import transaction

from demo.situation_content import COMPETENCIES, land, pollution, rumour, storm
from situations import graph
from situations.loading import nodes_for
from situations.models import (
    Audience,
    Briefing,
    Choice,
    ChoiceScore,
    Competency,
    RubricCriterion,
    Situation,
    Step,
)

SITUATIONS = [land.SITUATION, pollution.SITUATION, rumour.SITUATION, storm.SITUATION]


def seed_competencies() -> dict[str, Competency]:
    for name, code, description in COMPETENCIES:
        Competency.objects.get_or_create(
            code=code, defaults={"name": name, "description": description}
        )
    return {competency.code: competency for competency in Competency.objects.all()}


def _steps(situation: Situation, specs: list[dict], competencies: dict) -> None:
    for order, spec in enumerate(specs):
        fields = {k: v for k, v in spec.items() if k != "choices"}
        step = Step.objects.create(situation=situation, sort_order=order, **fields)
        for number, choice_spec in enumerate(spec.get("choices", [])):
            choice = Choice.objects.create(
                step=step,
                sort_order=number,
                text=choice_spec["text"],
                next_key=choice_spec["next_key"],
                consequence=choice_spec["consequence"],
            )
            for code, points in choice_spec["points"].items():
                ChoiceScore.objects.create(
                    choice=choice, competency=competencies[code], points=points
                )


def _build(spec: dict, competencies: dict) -> Situation:
    from programmes.models import Programme

    situation = Situation.objects.create(
        slug=spec["slug"],
        title=spec["title"],
        theme=spec["theme"],
        summary=spec["summary"],
        difficulty=spec["difficulty"],
        estimated_minutes=spec["minutes"],
        allow_back=spec["allow_back"],
        legal_basis=spec["legal_basis"],
        live=False,
    )
    audiences = {
        name: Audience.objects.get_or_create(name=name)[0] for name in spec["audiences"]
    }
    situation.audiences.set(audiences.values())
    situation.competencies.set(competencies.values())
    situation.programmes.set(Programme.objects.filter(name__in=spec["programmes"]))
    for order, (name, text) in enumerate(spec["briefings"].items()):
        Briefing.objects.create(
            situation=situation, audience=audiences[name], text=text, sort_order=order
        )
    for order, (name, weight) in enumerate(spec["rubric"]):
        RubricCriterion.objects.create(
            situation=situation, name=name, weight=weight, sort_order=order
        )
    _steps(situation, spec["steps"], competencies)
    return situation


def publish(situation: Situation) -> None:
    """Publish through a revision, as the admin does, after the graph check."""
    problems = graph.check(nodes_for(situation))
    if problems:
        raise ValidationError([problem.message for problem in problems])
    situation.save_revision().publish()


@transaction.atomic
def seed() -> None:
    competencies = seed_competencies()
    for spec in SITUATIONS:
        if Situation.objects.filter(slug=spec["slug"]).exists():
            continue
        publish(_build(spec, competencies))
