import pytest


@pytest.fixture
def lesson_demo(db):
    """The training demo (people, programmes, classes) and the lessons demo only."""
    from lessons import demo as lessons_demo
    from training import demo as training_demo

    training_demo.seed()
    return lessons_demo.seed()
