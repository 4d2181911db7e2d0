"""Draw a situation's graph as SVG on the server: plain values in, a string out.

Steps are laid out in rows by their distance from the start (phones scroll down),
each shaded by how many trainees reached it.
"""

from collections.abc import Mapping, Sequence
from xml.sax.saxutils import escape, quoteattr

from situations.graph import ENDING, REFLECTION, Node, depths

BOX_W, BOX_H, GAP_X, GAP_Y, PAD = 112, 44, 16, 40, 8


def _rows(nodes: Sequence[Node]) -> list[list[str]]:
    level = depths(nodes)
    last = max(level.values(), default=0) + 1
    rows: list[list[str]] = [[] for _ in range(last + 1)]
    for node in nodes:
        rows[level.get(node.key, last)].append(node.key)
    return [row for row in rows if row]


def _positions(rows: list[list[str]], width: int) -> dict[str, tuple[int, int]]:
    places = {}
    for index, row in enumerate(rows):
        used = len(row) * BOX_W + (len(row) - 1) * GAP_X
        left = (width - used) // 2
        for column, key in enumerate(row):
            places[key] = (
                left + column * (BOX_W + GAP_X),
                PAD + index * (BOX_H + GAP_Y),
            )
    return places


def _shade(count: int, most: int) -> str:
    share = count / most if most else 0
    return f"rgba(155,28,28,{0.08 + 0.72 * share:.2f})"


def _edge(start: tuple[int, int], end: tuple[int, int]) -> str:
    x1, y1 = start[0] + BOX_W // 2, start[1] + BOX_H
    x2, y2 = end[0] + BOX_W // 2, end[1]
    if y2 <= y1:  # a loop back up: go round the side
        x2, y2 = end[0] + BOX_W, end[1] + BOX_H // 2
    return f'<line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" marker-end="url(#arrow)"/>'


def _box(node: Node, place, count: int, most: int, title: str) -> str:
    x, y = place
    shape = {ENDING: ' rx="16"', REFLECTION: ' rx="2" stroke-dasharray="4 2"'}.get(
        node.kind, ' rx="4"'
    )
    label = escape(title[:16] + ("…" if len(title) > 16 else ""))
    return (
        f"<g><title>{escape(node.key)}. {escape(title)}: {count}</title>"
        f'<rect x="{x}" y="{y}" width="{BOX_W}" height="{BOX_H}"{shape} '
        f'fill="{_shade(count, most)}"/>'
        f'<text stroke="none" x="{x + 6}" y="{y + 18}" font-weight="bold">'
        f"{escape(node.key)} · {count}</text>"
        f'<text stroke="none" x="{x + 6}" y="{y + 35}">{label}</text></g>'
    )


def render(
    nodes: Sequence[Node],
    counts: Mapping[str, int],
    titles: Mapping[str, str],
    label: str,
) -> str:
    """An SVG picture of the graph; ``counts`` is how many reached each step."""
    rows = _rows(nodes)
    widest = max((len(row) for row in rows), default=1)
    width = max(widest * (BOX_W + GAP_X) - GAP_X + 2 * PAD, BOX_W + 2 * PAD)
    height = len(rows) * (BOX_H + GAP_Y) - GAP_Y + 2 * PAD
    places = _positions(rows, width)
    most = max(counts.values(), default=0)
    edges = [
        _edge(places[node.key], places[target])
        for node in nodes
        for target in dict.fromkeys(node.targets)
        if target in places
    ]
    boxes = [
        _box(
            node,
            places[node.key],
            counts.get(node.key, 0),
            most,
            titles.get(node.key, ""),
        )
        for node in nodes
    ]
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="situation-graph" role="img" '
        f'aria-label={quoteattr(label)} viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" font-size="11" font-family="sans-serif">'
        '<defs><marker id="arrow" viewBox="0 0 8 8" refX="8" refY="4" '
        'markerWidth="6" markerHeight="6" orient="auto">'
        '<path d="M0,0 L8,4 L0,8 z" fill="#555"/></marker></defs>'
        f'<g stroke="#555" fill="none">{"".join(edges)}</g>'
        f'<g stroke="#7a1616" fill="#222">{"".join(boxes)}</g></svg>'
    )
