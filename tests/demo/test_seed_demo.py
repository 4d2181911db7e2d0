import io

import pytest
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from wagtail.models import Page, Site

from accounts.models import User
from classes.models import Attendance, ClassSession, Enrolment, TrainingClass
from grassroots.models import Question, Topic
from home.models import HomePage
from programmes.models import Programme
from units.models import AdminUnit, Grant, ServiceArea, TrainingUnit

pytestmark = pytest.mark.django_db

MODELS = [
    User,
    Grant,
    AdminUnit,
    TrainingUnit,
    ServiceArea,
    Group,
    Page,
    Site,
    Programme,
    TrainingClass,
    Enrolment,
    ClassSession,
    Attendance,
    Question,
    Topic,
]


def counts():
    return {model.__name__: model.objects.count() for model in MODELS}


def test_seed_demo_twice_changes_nothing():
    call_command("seed_demo", stdout=io.StringIO())
    first = counts()
    call_command("seed_demo", stdout=io.StringIO())
    assert counts() == first
    assert first["TrainingUnit"] == 3
    assert first["TrainingClass"] == 4  # three at the centre, one at the school
    # + three lecturers (demo/lecturers.py), + six trainees of the school's class,
    # + one commune cadre in no class (demo/grassroots.py)
    assert first["User"] == 8 + 29 + 3 + 6 + 1
    # 15 answered grassroots questions across 5 topics, 3 still in the centre's hands
    assert first["Question"] == 18
    assert first["Topic"] == 5


def test_demo_has_a_finished_a_running_and_a_planned_class(demo):
    from django.utils import timezone

    today = timezone.localdate()
    classes = TrainingClass.objects.all()
    assert len([c for c in classes if c.ends_on < today]) == 2  # centre, school
    assert len([c for c in classes if c.starts_on <= today <= c.ends_on]) == 1
    assert len([c for c in classes if c.starts_on > today]) == 1
    running = TrainingClass.objects.running().get()
    assert running.sessions.filter(date=today).count() >= 1
    assert running.enrolments.count() == 30
    trainee = User.objects.get(username="hocvien")
    assert TrainingClass.objects.for_trainee(trainee).count() == 2


def test_seed_demo_has_the_contract_accounts(demo, client):
    for username in ["admin", "bientap", "quanly", "giangvien", "hocvien", "tinh"]:
        client.post("/accounts/login/", {"username": username, "password": "demo12345"})
        assert client.session["_auth_user_id"] == str(
            User.objects.get(username=username).pk
        )
        client.post("/accounts/logout/")
    assert User.objects.get(username="admin").is_superuser
    assert User.objects.get(username="hocvien").phone == "+84912345678"


def test_demo_centre_serves_three_communes_and_has_a_predecessor(demo):
    centre = TrainingUnit.objects.get(name="Trung tâm Chính trị Chiêm Hóa")
    assert centre.type == TrainingUnit.Type.COMMUNE_CENTRE
    assert sorted(str(c) for c in centre.communes_served()) == [
        "Xã Chiêm Hóa",
        "Xã Hòa An",
        "Xã Kim Bình",
    ]
    assert centre.predecessor.name == "Trung tâm Chính trị huyện Chiêm Hóa"
    assert centre.predecessor.type == TrainingUnit.Type.DISTRICT_CENTRE


def test_demo_keeps_the_old_tree_beside_the_new(demo):
    old_hoa_an = AdminUnit.objects.get(name="Xã Tân Mỹ")
    assert old_hoa_an.parent.name == "Huyện Chiêm Hóa"
    assert [str(s) for s in old_hoa_an.successors.all()] == ["Xã Hòa An"]
    assert sorted(
        str(u) for u in AdminUnit.objects.current().filter(level="commune")
    ) == [
        "Xã Chiêm Hóa",
        "Xã Hòa An",
        "Xã Kim Bình",
    ]


def test_demo_home_page_is_the_site_root(demo):
    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)


def test_seed_demo_refuses_production_settings(settings):
    settings.IS_PRODUCTION = True
    with pytest.raises(CommandError, match="production"):
        call_command("seed_demo", stdout=io.StringIO())
    assert User.objects.count() == 0
