"""Checks and walks a situation's graph of steps: plain values in, plain values out.

A graph is a sequence of ``Node``s in the editor's order; the first is the start.
A decision's ``targets`` are its choices' next keys, in order; a reflection has one
target (the step after it); an ending has none.
"""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

DECISION, REFLECTION, ENDING = "decision", "reflection", "ending"
MIN_CHOICES, MAX_CHOICES = 2, 5


@dataclass(frozen=True)
class Node:
    key: str
    kind: str = DECISION
    targets: tuple[str, ...] = ()
    points: tuple[Mapping[str, int], ...] = field(default=(), compare=False)


@dataclass(frozen=True)
class Problem:
    code: str
    key: str
    message: str


def _edges(nodes: Sequence[Node]) -> dict[str, list[str]]:
    known = {node.key for node in nodes}
    return {
        node.key: [target for target in node.targets if target in known]
        for node in nodes
    }


def reachable(edges: Mapping[str, Iterable[str]], start: str) -> set[str]:
    """Keys reachable from ``start`` (``start`` included)."""
    seen, todo = {start}, [start]
    while todo:
        for target in edges.get(todo.pop(), ()):
            if target not in seen:
                seen.add(target)
                todo.append(target)
    return seen


def _shape_problems(nodes: Sequence[Node]) -> list[Problem]:
    problems, keys = [], set()
    for node in nodes:
        if node.key in keys:
            message = _("Two steps share the key “%s”.") % node.key
            problems.append(Problem("duplicate", node.key, message))
        keys.add(node.key)
    for node in nodes:
        problems.extend(_node_problems(node, keys))
    return problems


def _node_problems(node: Node, keys: set[str]) -> list[Problem]:
    problems = []
    count = len(node.targets)
    if node.kind == DECISION and not MIN_CHOICES <= count <= MAX_CHOICES:
        message = _("Step “%(key)s” has %(count)d choices; a decision needs 2 to 5.")
        args = {"key": node.key, "count": count}
        problems.append(Problem("choices", node.key, message % args))
    if node.kind == REFLECTION and count != 1:
        message = _("Reflection step “%(key)s” must name the step that follows it.")
        problems.append(Problem("reflection", node.key, message % {"key": node.key}))
    if node.kind == ENDING and count:
        message = _("Ending “%(key)s” cannot have choices.")
        problems.append(Problem("ending", node.key, message % {"key": node.key}))
    for number, target in enumerate(node.targets, start=1):
        if target not in keys:
            message = _(
                "Choice %(number)d of step “%(key)s” points to step “%(target)s”, "
                "which does not exist."
            )
            args = {"number": number, "key": node.key, "target": target or "—"}
            problems.append(Problem("dangling", node.key, message % args))
    return problems


def _on_cycle(edges: Mapping[str, list[str]], key: str) -> bool:
    return any(key in reachable(edges, target) for target in edges[key])


def _flow_problems(nodes: Sequence[Node]) -> list[Problem]:
    edges = _edges(nodes)
    start = nodes[0].key
    endings = {node.key for node in nodes if node.kind == ENDING}
    if not endings:
        return [Problem("no_ending", start, _("The situation has no ending."))]
    problems = []
    seen = reachable(edges, start)
    for node in nodes:
        if node.key not in seen:
            message = _("Step “%s” cannot be reached from the start.") % node.key
            problems.append(Problem("unreachable", node.key, message))
        elif node.kind != ENDING and not reachable(edges, node.key) & endings:
            problems.append(_stuck(edges, node.key))
    return problems


def _stuck(edges: Mapping[str, list[str]], key: str) -> Problem:
    if _on_cycle(edges, key):
        message = _(
            "Step “%s” is on a loop with no way out: no choice leads to an ending."
        )
        return Problem("cycle", key, message % key)
    message = _("The path through step “%s” never reaches an ending.")
    return Problem("dead_end", key, message % key)


def check(nodes: Sequence[Node]) -> list[Problem]:
    """Every problem that must block publishing; an empty list means publishable."""
    if not nodes:
        return [Problem("empty", "", _("The situation has no steps."))]
    if nodes[0].kind == ENDING:
        message = _("The first step “%s” is an ending; start with a decision.")
        return [Problem("start", nodes[0].key, message % nodes[0].key)]
    return _shape_problems(nodes) + _flow_problems(nodes)


def total(points: Iterable[Mapping[str, int]]) -> dict[str, int]:
    """Sum points per competency code."""
    sums: dict[str, int] = {}
    for one in points:
        for code, value in one.items():
            sums[code] = sums.get(code, 0) + value
    return sums


def best_path(nodes: Sequence[Node]) -> tuple[int, list[str]]:
    """The path from the start to an ending with the highest total of points.

    Exact on graphs without loops (memoised depth-first search); with loops it never
    revisits a step on the current path, so it returns a good path, maybe not the best.
    """
    by_key = {node.key: node for node in nodes}
    memo: dict[str, tuple[int, list[str]] | None] = {}

    def best_from(key: str, stack: frozenset) -> tuple[int, list[str]] | None:
        node = by_key[key]
        if node.kind == ENDING:
            return 0, [key]
        if key in memo:
            return memo[key]
        options = []
        for index, target in enumerate(node.targets):
            if target not in by_key or target in stack:
                continue
            rest = best_from(target, stack | {key})
            if rest is not None:
                gain = sum(node.points[index].values()) if node.points else 0
                options.append((gain + rest[0], [key, *rest[1]]))
        memo[key] = max(options, key=lambda option: option[0], default=None)
        return memo[key]

    found = best_from(nodes[0].key, frozenset()) if nodes else None
    return found if found is not None else (0, [])


def depths(nodes: Sequence[Node]) -> dict[str, int]:
    """Breadth-first distance of each reachable step from the start."""
    edges = _edges(nodes)
    if not nodes:
        return {}
    layer, result = [nodes[0].key], {nodes[0].key: 0}
    while layer:
        following = []
        for key in layer:
            for target in edges[key]:
                if target not in result:
                    result[target] = result[key] + 1
                    following.append(target)
        layer = following
    return result
