import itertools

from hypothesis import given
from hypothesis import strategies as st

from situations import graph
from situations.graph import DECISION, ENDING, REFLECTION, Node

VALID = [
    Node("B1", DECISION, ("B2", "K2"), ({"dv": 2}, {"dv": -1})),
    Node("B2", DECISION, ("R1", "B1"), ({"pl": 2, "dv": 1}, {})),
    Node("R1", REFLECTION, ("K1",)),
    Node("K1", ENDING),
    Node("K2", ENDING),
]


def codes(nodes):
    return [(problem.code, problem.key) for problem in graph.check(nodes)]


def test_check_valid_graph_has_no_problem():
    assert graph.check(VALID) == []


def test_check_unreachable_step_is_named():
    nodes = [*VALID, Node("B9", DECISION, ("K1", "K2"))]
    problems = graph.check(nodes)
    assert [(p.code, p.key) for p in problems] == [("unreachable", "B9")]
    assert problems[0].message == "Không thể đi tới bước “B9” từ bước bắt đầu."


def test_check_dangling_choice_names_the_step_and_target():
    nodes = [Node("B1", DECISION, ("K1", "B7")), Node("K1", ENDING)]
    problems = graph.check(nodes)
    assert ("dangling", "B1") in [(p.code, p.key) for p in problems]
    assert "Lựa chọn 2 của bước “B1” trỏ tới bước “B7”" in problems[0].message


def test_check_path_that_never_ends_is_a_dead_end():
    nodes = [
        Node("B1", DECISION, ("B2", "K1")),
        Node("B2", REFLECTION, ("B3",)),
        Node("B3", DECISION, ("B4", "B4")),
        Node("B4", DECISION, ()),
        Node("K1", ENDING),
    ]
    found = codes(nodes)
    assert ("choices", "B4") in found
    assert ("dead_end", "B2") in found
    assert ("dead_end", "B4") in found


def test_check_cycle_without_way_out_is_named():
    nodes = [
        Node("B1", DECISION, ("B2", "K1")),
        Node("B2", DECISION, ("B3", "B3")),
        Node("B3", DECISION, ("B2", "B2")),
        Node("K1", ENDING),
    ]
    problems = graph.check(nodes)
    assert {(p.code, p.key) for p in problems} == {("cycle", "B2"), ("cycle", "B3")}
    assert "vòng lặp không có lối ra" in problems[0].message


def test_check_cycle_with_a_way_out_is_fine():
    assert graph.check(VALID) == []  # B2 → B1 loops back, but B1 → K2 ends


def test_check_choice_counts_and_duplicates():
    nodes = [
        Node("B1", DECISION, ("K1",)),
        Node("K1", ENDING),
        Node("K1", ENDING),
        Node("B2", DECISION, ("K1",) * 6),
    ]
    found = codes(nodes)
    assert ("choices", "B1") in found
    assert ("duplicate", "K1") in found
    assert ("choices", "B2") in found


def test_check_empty_start_at_ending_and_no_ending():
    assert codes([]) == [("empty", "")]
    assert codes([Node("K1", ENDING)]) == [("start", "K1")]
    assert codes([Node("B1", DECISION, ("B1", "B1"))]) == [("no_ending", "B1")]


def test_best_path_takes_the_highest_total():
    assert graph.best_path(VALID) == (5, ["B1", "B2", "R1", "K1"])


def test_total_adds_points_per_competency():
    assert graph.total([{"dv": 2}, {"dv": -1, "pl": 3}, {}]) == {"dv": 1, "pl": 3}


@st.composite
def layered_graphs(draw):
    """Random graphs whose choices only point forward, ending in endings."""
    size = draw(st.integers(min_value=1, max_value=12))
    keys = [f"B{i}" for i in range(size)]
    endings = [f"K{i}" for i in range(draw(st.integers(1, 3)))]
    nodes = []
    for index, key in enumerate(keys):
        later = keys[index + 1 :] + endings
        targets = draw(st.lists(st.sampled_from(later), min_size=2, max_size=5))
        points = tuple({"dv": draw(st.integers(-3, 3))} for _target in targets)
        nodes.append(Node(key, DECISION, tuple(targets), points))
    nodes += [Node(key, ENDING) for key in endings]
    return nodes


@given(layered_graphs())
def test_forward_graphs_only_fail_on_unreachable_steps(nodes):
    problems = graph.check(nodes)
    assert {problem.code for problem in problems} <= {"unreachable"}


@given(layered_graphs())
def test_best_path_is_a_real_path_to_an_ending(nodes):
    value, path = graph.best_path(nodes)
    by_key = {node.key: node for node in nodes}
    assert path[0] == nodes[0].key
    assert by_key[path[-1]].kind == ENDING
    earned = 0
    for here, there in itertools.pairwise(path):
        node = by_key[here]
        earned += max(
            sum(node.points[index].values())
            for index, target in enumerate(node.targets)
            if target == there
        )
    assert value == earned


@st.composite
def any_graphs(draw):
    keys = [f"S{i}" for i in range(draw(st.integers(1, 8)))]
    nodes = []
    for key in keys:
        kind = draw(st.sampled_from([DECISION, REFLECTION, ENDING]))
        pool = [*keys, "X"]
        targets = tuple(draw(st.lists(st.sampled_from(pool), max_size=6)))
        nodes.append(Node(key, kind, targets))
    return nodes


@given(any_graphs())
def test_publishable_graphs_always_let_a_trainee_finish(nodes):
    if graph.check(nodes):
        return
    edges = {node.key: node.targets for node in nodes}
    endings = {node.key for node in nodes if node.kind == ENDING}
    for key in graph.reachable(edges, nodes[0].key):
        assert graph.reachable(edges, key) & endings


@given(any_graphs())
def test_every_problem_names_a_step_and_has_a_message(nodes):
    keys = {node.key for node in nodes}
    for problem in graph.check(nodes):
        assert problem.key in keys or problem.key == ""
        assert problem.message
