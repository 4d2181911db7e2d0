"""Ending an account and, after the retention period, removing who it was.

Deactivating keeps everything: the person can no longer log in (their sockets
close, live/revocation.py), their results, attendance and credentials stay. Once an
account has been inactive for the retention period (PERSONAL_DATA_RETENTION_YEARS,
counted from its last login, or from its creation if it never logged in), its
personal data can be removed: name, phone, e-mail, date of birth, unit and position
are cleared, codes and two-factor devices deleted. The rows that name the person
(results, attendance, credentials) stay, pointing at an account without a name; a
credential keeps the holder's name as printed, since the paper still exists and
/verify/ must still answer for it.
"""

import datetime

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from units.people import visible_people


def retention_cutoff(now=None) -> datetime.datetime:
    now = now or timezone.now()
    return now - datetime.timedelta(days=365 * settings.PERSONAL_DATA_RETENTION_YEARS)


def due_for_anonymising(people, viewer, now=None):
    """The viewer's people whose accounts are inactive and past the retention
    period, not yet anonymised (the dry run lists exactly these)."""
    cutoff = retention_cutoff(now)
    return visible_people(people, viewer).filter(
        Q(last_login__lt=cutoff) | Q(last_login=None, date_joined__lt=cutoff),
        is_active=False,
        is_superuser=False,
        anonymised_at=None,
    )


@transaction.atomic
def deactivate(person) -> None:
    person.is_active = False
    person.save(update_fields=["is_active"])


@transaction.atomic
def anonymise(person, now=None) -> None:
    """Clear who the person was; keep every row that names the account."""
    now = now or timezone.now()
    person.username = f"an-danh-{person.pk}"
    person.full_name = _("Anonymised person %(number)s") % {"number": person.pk}
    person.phone = None
    person.email = ""
    person.date_of_birth = None
    person.party_cell = person.position = ""
    person.anonymised_at = now
    person.set_unusable_password()
    person.save()
    person.activation_codes.all().delete()
    for devices in ("totpdevice_set", "staticdevice_set"):
        getattr(person, devices).all().delete()
