"""Register numbering under two concurrent issuances (PostgreSQL services lane).

Two managers issue at the same moment, each in their own connection: the register
of the unit and year must have no gap and no duplicate, and a trainee issued by one
must not be issued again by the other.
"""

import threading

import pytest
from django.db import connection, connections

from classes.services import enrol_trainee
from records.models import Credential
from tests.course import issue_all, make_eligible
from tests.factories.classes import TrainingClassFactory

pytestmark = [
    pytest.mark.services,
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="row locks across connections need PostgreSQL (set DATABASE_URL)",
    ),
]


def run_together(*calls):
    """Start the calls in threads released by one barrier; re-raise any error."""
    barrier, errors, results = threading.Barrier(len(calls)), [], [None] * len(calls)

    def worker(index, call):
        try:
            barrier.wait()
            results[index] = call()
        except Exception as error:  # noqa: BLE001 - reported to the test below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [
        threading.Thread(target=worker, args=(i, c)) for i, c in enumerate(calls)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors, errors
    return results


@pytest.fixture
def two_classes(transactional_db, request):
    course = request.getfixturevalue("course")
    make_eligible(course, ["8", "8", "8", "8"])
    other_class = TrainingClassFactory(
        training_unit=course.unit, version=course.training_class.version
    )
    for trainee in course.trainees:
        enrol_trainee(other_class, trainee)
    for session in course.sessions:
        session.pk = None
        session.training_class = other_class
        session.lecturer = None
        session.save()
    other = type(course)(**{**vars(course), "training_class": other_class})
    essay = course.essay
    essay.pk = None
    essay.training_class = other_class
    essay.save()
    other.essay, other.sessions = essay, list(other_class.sessions.all())
    make_eligible(other, ["9", "9", "9", "9"])
    return course, other


def test_two_classes_issued_at_once_share_one_gapless_register(two_classes):
    first, second = two_classes
    run_together(lambda: issue_all(first), lambda: issue_all(second))
    numbers = sorted(Credential.objects.values_list("register_no", flat=True))
    assert numbers == list(range(1, 9))
    serials = Credential.objects.values_list("serial_no", flat=True)
    assert len(set(serials)) == 8


def test_the_same_class_issued_twice_at_once_issues_each_trainee_once(two_classes):
    first, _second = two_classes
    results = run_together(lambda: issue_all(first), lambda: issue_all(first))
    assert sorted(len(r) for r in results) == [0, 4]
    assert Credential.objects.count() == 4
    assert sorted(Credential.objects.values_list("register_no", flat=True)) == [
        1,
        2,
        3,
        4,
    ]


def test_two_managers_reissuing_the_same_credential_at_once_one_wins(two_classes):
    """Each in their own connection: one re-issue is made, the other is refused
    (already re-issued); the register has no gap and no duplicate."""
    from django.core.exceptions import ValidationError

    from records.services import reissue_credential, revoke_credential

    first, _second = two_classes
    issued = issue_all(first)
    old = issued[0]
    revoke_credential(old, by=first.manager, reason="Mất bản gốc")

    def reissue():
        try:
            return reissue_credential(old, by=first.manager, reason="Cấp lại")
        except ValidationError as error:
            return error

    results = run_together(reissue, reissue)
    made = [r for r in results if isinstance(r, Credential)]
    refused = [r for r in results if isinstance(r, ValidationError)]
    assert (len(made), len(refused)) == (1, 1)
    numbers = sorted(Credential.objects.values_list("register_no", flat=True))
    assert numbers == list(range(1, len(issued) + 2))
    assert Credential.objects.filter(reissue_of=old).count() == 1
