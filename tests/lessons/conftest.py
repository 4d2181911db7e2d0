import pytest


@pytest.fixture
def lesson_demo(db):
    """The training demo (people, programmes, classes) and the lessons demo only."""
    from demo import centres as training_demo
    from demo import lessons as lessons_demo

    training_demo.seed()
    return lessons_demo.seed()
