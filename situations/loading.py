"""Turn a stored situation into the plain graph ``situations.graph`` works on."""

from situations import graph
from situations.models import Situation, Step


def load_steps(situation: Situation) -> list[Step]:
    return list(
        situation.steps.order_by("sort_order", "pk").prefetch_related(
            "choices__scores__competency"
        )
    )


def node_for(step: Step) -> graph.Node:
    if step.kind == Step.Kind.REFLECTION:
        targets = (step.next_key,) if step.next_key else ()
        return graph.Node(step.key, step.kind, targets)
    choices = list(step.choices.all()) if step.kind == Step.Kind.DECISION else []
    return graph.Node(
        step.key,
        step.kind,
        tuple(choice.next_key for choice in choices),
        tuple(choice.points() for choice in choices),
    )


def nodes_for(situation: Situation) -> list[graph.Node]:
    return [node_for(step) for step in load_steps(situation)]


def best_by_competency(nodes, codes) -> dict[str, int]:
    """The most points each competency can earn on one path."""
    result = {}
    for code in codes:
        only = [
            graph.Node(
                node.key,
                node.kind,
                node.targets,
                tuple({code: one.get(code, 0)} for one in node.points),
            )
            for node in nodes
        ]
        result[code] = graph.best_path(only)[0]
    return result
