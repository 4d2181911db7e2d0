from demo.situations import seed
from situations import graph
from situations.loading import nodes_for
from situations.models import Choice, Situation, Step


def test_demo_has_four_complete_published_situations(demo):
    situations = Situation.objects.filter(live=True)
    assert situations.count() == 4
    for situation in situations:
        steps = situation.steps.all()
        assert steps.filter(kind=Step.Kind.DECISION).count() >= 6
        assert steps.filter(kind=Step.Kind.ENDING).count() >= 3
        assert set(steps.exclude(outcome="").values_list("outcome", flat=True)) == {
            "good",
            "acceptable",
            "poor",
        }
        assert all(step.debrief for step in steps.filter(kind=Step.Kind.ENDING))
        assert graph.check(nodes_for(situation)) == []
        assert situation.competencies.count() == 4
        assert situation.programmes.exists()
        assert situation.briefings.count() == situation.audiences.count()
    assert not Choice.objects.filter(scores__isnull=True, step__kind="decision").count()


def test_demo_seed_twice_changes_nothing(demo):
    before = (Situation.objects.count(), Step.objects.count(), Choice.objects.count())
    seed()
    after = (Situation.objects.count(), Step.objects.count(), Choice.objects.count())
    assert before == after


def test_demo_situations_are_open_to_the_demo_trainee(demo, django_user_model):
    trainee = django_user_model.objects.get(username="hocvien")
    titles = set(Situation.objects.open_to(trainee).values_list("title", flat=True))
    assert "Ba hộ chưa đồng thuận hiến đất làm đường" in titles
    assert len(titles) == 4
