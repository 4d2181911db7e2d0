"""The home page's next steps: every step of every role leads somewhere, and the
centre and province managers find the lecturers and partner bodies (issue #18)."""

import pytest
from django.urls import reverse
from django.utils import translation

from home.next_steps import STEPS, next_steps_for
from tests.factories import TrainingUnitFactory, UserFactory
from units.roles import Role
from units.services import grant_role

pytestmark = pytest.mark.django_db


def test_every_step_names_a_url():
    for steps in STEPS.values():
        for step in steps:
            assert reverse(step.url_name).startswith("/")


def test_a_centre_manager_is_shown_the_lecturers_and_partner_bodies():
    manager = UserFactory(full_name="Hoàng Văn Thắng")
    grant_role(manager, Role.CENTRE_MANAGER, training_unit=TrainingUnitFactory())

    with translation.override("vi"):
        steps = {str(step["title"]): step["url"] for step in next_steps_for(manager)}

    assert steps["Giảng viên"] == reverse("lecturer_list")
    assert steps["Cơ quan phối hợp"] == reverse("partner_list")
