"""A centre ends accounts and, after the retention period, anonymises them: a dry
run first, nothing of the results lost."""

import datetime

import pytest
from django.utils import timezone

from accounts.activation import issue_code
from classes.models import Enrolment
from tests.course import login
from tests.factories import TrainingUnitFactory, UserFactory
from units.roles import Role
from units.services import grant_role

LONG_AGO = timezone.now() - datetime.timedelta(days=6 * 365)


@pytest.fixture
def ended(course):
    """A trainee of the class whose account ended six years ago."""
    person = course.trainees[0]
    person.is_active = False
    person.last_login = LONG_AGO
    person.date_of_birth = datetime.date(1980, 1, 1)
    person.save()
    issue_code(person)
    return person


def test_a_manager_ends_an_account_and_nothing_is_deleted(vi_client, course):
    person = course.trainees[1]
    login(vi_client, course.manager)
    page = vi_client.get(f"/people/{person.pk}/deactivate/").content.decode()
    assert "Không có gì bị xoá" in page
    vi_client.post(f"/people/{person.pk}/deactivate/")
    person.refresh_from_db()
    assert not person.is_active
    assert Enrolment.objects.filter(trainee=person).exists()


def test_only_the_persons_centre_ends_it(client, course):
    other = UserFactory()
    grant_role(other, Role.CENTRE_MANAGER, training_unit=TrainingUnitFactory())
    person = course.trainees[1]
    assert (
        login(client, other).post(f"/people/{person.pk}/deactivate/").status_code == 404
    )
    assert login(client, course.lecturer).get("/people/retention/").status_code == 403
    person.refresh_from_db()
    assert person.is_active


def test_the_dry_run_lists_exactly_who_would_be_anonymised(vi_client, course, ended):
    recent = course.trainees[1]
    recent.is_active = False
    recent.last_login = timezone.now() - datetime.timedelta(days=30)
    recent.save()
    login(vi_client, course.manager)
    page = vi_client.get("/people/retention/").content.decode()
    due = page.split('id="due"')[1].split("</ul>")[0]
    assert "Sẽ ẩn danh 1 tài khoản:" in page
    assert ended.full_name in due
    assert recent.full_name not in due
    ended.refresh_from_db()
    assert ended.anonymised_at is None  # a dry run changes nothing


def test_anonymising_clears_who_they_were_and_keeps_their_results(
    vi_client, course, ended
):
    login(vi_client, course.manager)
    vi_client.post("/people/retention/", {"person": [ended.pk, course.trainees[2].pk]})
    ended.refresh_from_db()
    assert ended.full_name == f"Người đã ẩn danh {ended.pk}"
    assert (ended.phone, ended.email, ended.date_of_birth) == (None, "", None)
    assert not ended.has_usable_password()
    assert not ended.activation_codes.exists()
    assert Enrolment.objects.filter(trainee=ended).exists()
    # Someone not due (still active) is left alone whatever the form says.
    still = course.trainees[2]
    still.refresh_from_db()
    assert still.anonymised_at is None
    assert still.full_name == "Lê Văn Cường"
