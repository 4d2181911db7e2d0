from situations import svg
from situations.graph import DECISION, ENDING, Node

NODES = [
    Node("B1", DECISION, ("B2", "K1")),
    Node("B2", DECISION, ("B1", "K1")),
    Node("K1", ENDING),
    Node("X9", DECISION, ("K1", "K1")),  # unreachable: drawn on the last row
]


def test_render_draws_every_step_with_its_count_and_escapes_titles():
    picture = svg.render(
        NODES, {"B1": 3, "K1": 1}, {"B1": "Họp <chi bộ>"}, "Sơ đồ “thử”"
    )
    assert picture.startswith('<svg xmlns="http://www.w3.org/2000/svg"')
    assert "B1 · 3" in picture
    assert "B2 · 0" in picture
    assert "X9 · 0" in picture
    assert "Họp &lt;chi bộ&gt;" in picture
    assert "<chi bộ>" not in picture
    assert 'aria-label="Sơ đồ “thử”"' in picture
    assert picture.count("<line ") == 5  # repeated targets of X9 drawn once
    assert 'fill="rgba(155,28,28,0.80)"' in picture  # the most reached step
