"""Issuing, revoking and re-issuing credentials, numbered in the unit's register.

The register counter row of (unit, year) is locked for the whole issuing
transaction, so two managers issuing at once are serialised: numbers follow on
without gaps, and a trainee already issued by the other is not issued again.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from classes.models import TrainingClass
from records.credential_codes import new_code
from records.gradebook import class_standings
from records.models import (
    Credential,
    CredentialEvent,
    CredentialTemplate,
    CredentialType,
    RegisterCounter,
    SigningForm,
)
from units.models import TrainingUnit

SERIAL_MARKS = {
    CredentialType.DIPLOMA: "BTN",
    CredentialType.CERTIFICATE: "GCN",
    CredentialType.STATE_CERTIFICATE: "CC",
    CredentialType.REPLACEMENT: "GCNHT",
}


def take_register_numbers(unit: TrainingUnit, year: int, count: int) -> list[int]:
    """The next `count` entry numbers; the counter stays locked until commit."""
    RegisterCounter.objects.bulk_create(
        [RegisterCounter(training_unit=unit, year=year)], ignore_conflicts=True
    )
    counter = RegisterCounter.objects.select_for_update().get(
        training_unit=unit, year=year
    )
    first = counter.last_number + 1
    counter.last_number += count
    counter.save(update_fields=["last_number"])
    return list(range(first, first + count))


def _unique_code() -> str:
    code = new_code()
    while Credential.objects.filter(code=code).exists():
        code = new_code()
    return code


def template_snapshot(template: CredentialTemplate) -> dict:
    """What the template prints, as stored with a credential issued under it."""
    return {
        "template": template if template.pk else None,
        "template_version": template.version if template.pk else None,
        "issuer_committee": template.committee_line,
        "issuer_name": template.unit_line,
        "issuer_head_title": template.head_title,
        "title": template.title,
        "orientation": template.orientation,
        "emblem": template.emblem.name or "",
        "seal": template.seal.name or "",
        "background": template.background.name or "",
    }


def _snapshot(standing, training_class, signer: dict) -> dict:
    unit, person = training_class.training_unit, standing.trainee
    template = CredentialTemplate.default_for(
        unit, training_class.version.credential_type
    )
    return {
        "training_class": training_class,
        "trainee": person,
        "credential_type": training_class.version.credential_type,
        "training_unit": unit,
        "holder_name": person.full_name,
        "holder_birth_date": person.date_of_birth,
        "programme_name": training_class.programme.name,
        "class_code": training_class.code,
        "starts_on": training_class.starts_on,
        "ends_on": training_class.ends_on,
        "final_score": standing.outcome.final_score,
        "classification": standing.outcome.classification,
        "holder_unit": person.party_cell,
        **template_snapshot(template),
        **signer,
    }


def _check_signer(
    signer_name: str, signer_title: str, place_name: str, signing_form: str = ""
) -> dict:
    signer = {
        "signer_name": " ".join(signer_name.split()),
        "signer_title": signer_title.strip(),
        "place_name": place_name.strip(),
    }
    if not all(signer.values()):
        raise ValidationError(
            _("Please give the signer's name and title and the place of issue.")
        )
    if signing_form not in SigningForm.values:
        raise ValidationError({"signing_form": _("Please choose a signing form.")})
    return signer | {"signing_form": signing_form}


@transaction.atomic
def issue_credentials(
    training_class: TrainingClass,
    *,
    trainee_ids,
    issued_by,
    signer_name: str,
    signer_title: str,
    place_name: str,
    signing_form: str = "",
) -> list[Credential]:
    """Issue to the confirmed trainees who are eligible and hold none from the class.

    Side effects: one register entry and one audit event per credential.
    """
    signer = _check_signer(signer_name, signer_title, place_name, signing_form)
    now = timezone.now()
    year = timezone.localtime(now).year
    unit = training_class.training_unit
    # Lock first, then read: a concurrent issuer's credentials are visible here.
    take_register_numbers(unit, year, 0)
    standings = _to_issue(training_class, set(trainee_ids))
    numbers = take_register_numbers(unit, year, len(standings))
    return [
        _save_with_event(
            _new_credential(standing, training_class, signer, number, now, issued_by),
            CredentialEvent.Action.ISSUED,
            issued_by,
        )
        for standing, number in zip(standings, numbers, strict=True)
    ]


def _new_credential(
    standing, training_class: TrainingClass, signer: dict, number: int, now, issued_by
) -> Credential:
    """The unsaved credential for one standing, under register entry ``number``."""
    year = timezone.localtime(now).year
    return Credential(
        **_snapshot(standing, training_class, signer),
        code=_unique_code(),
        year=year,
        register_no=number,
        issued_at=now,
        issued_by=issued_by,
        serial_no=_serial(training_class.version.credential_type, year, number),
    )


def _to_issue(training_class: TrainingClass, wanted: set) -> list:
    """The standings of the wanted trainees who are eligible and hold no credential
    from the class."""
    issued = set(training_class.credentials.values_list("trainee_id", flat=True))
    return [
        s
        for s in class_standings(training_class)
        if s.trainee.pk in wanted and s.trainee.pk not in issued and s.outcome.eligible
    ]


def _save_with_event(
    credential: Credential, action: str, actor, reason: str = ""
) -> Credential:
    """Validate and store a new credential, with its audit event."""
    credential.full_clean()
    credential.save()
    CredentialEvent.objects.create(
        credential=credential, action=action, actor=actor, reason=reason
    )
    return credential


def _serial(kind: str, year: int, number: int) -> str:
    return f"{number:05d}/{year}/{SERIAL_MARKS[kind]}"


def _reason(reason: str) -> str:
    if not reason.strip():
        raise ValidationError({"reason": _("Please give a reason.")})
    return reason.strip()


@transaction.atomic
def revoke_credential(credential: Credential, *, by, reason: str) -> Credential:
    """Mark a credential revoked; verification then says so."""
    reason = _reason(reason)
    credential = Credential.objects.select_for_update().get(pk=credential.pk)
    if not credential.is_valid:
        raise ValidationError(_("This credential has already been revoked."))
    credential.status = Credential.Status.REVOKED
    credential.revoked_at, credential.revocation_reason = timezone.now(), reason
    credential.save(update_fields=["status", "revoked_at", "revocation_reason"])
    CredentialEvent.objects.create(
        credential=credential,
        action=CredentialEvent.Action.REVOKED,
        actor=by,
        reason=reason,
    )
    return credential


CORRECTABLE = ("holder_name", "holder_birth_date", "classification")


@transaction.atomic
def reissue_credential(
    credential: Credential,
    *,
    by,
    reason: str,
    signer_name: str = "",
    signer_title: str = "",
) -> Credential:
    """Re-issue a credential, valid or revoked, under a new register entry; the old
    one is marked replaced.

    The holder's name and birth date are read again from the person's record (the
    usual reason is a mistake in them); the rest is kept as first printed.
    """
    person = credential.trainee
    changes = {
        "holder_name": person.full_name,
        "holder_birth_date": person.date_of_birth,
    }
    signer = {
        "signer_name": " ".join(signer_name.split()),
        "signer_title": signer_title.strip(),
    }
    return _replace(
        credential, by, reason, changes | {k: v for k, v in signer.items() if v}
    )


@transaction.atomic
def correct_credential(credential: Credential, *, by, reason: str, **changes):
    """Replace a valid credential by a corrected one (name, date of birth,
    classification) under a new register entry, with the reason."""
    if set(changes) - set(CORRECTABLE):
        raise ValidationError(
            _("Only the name, date of birth and grade are corrected.")
        )
    if not credential.is_valid:
        raise ValidationError(_("Only a valid credential can be corrected."))
    if "holder_name" in changes:
        changes["holder_name"] = " ".join(changes["holder_name"].split())
    return _replace(credential, by, reason, changes)


def _replace(credential: Credential, by, reason: str, changes: dict) -> Credential:
    """Mark ``credential`` replaced and issue its copy with ``changes``; both in
    the audit."""
    reason = _reason(reason)
    old = Credential.objects.select_for_update().get(pk=credential.pk)
    if old.status == Credential.Status.REPLACED or hasattr(old, "reissued_as"):
        raise ValidationError(_("This credential has already been re-issued."))
    now = timezone.now()
    if old.is_valid:
        old.revoked_at, old.revocation_reason = now, reason
    old.status = Credential.Status.REPLACED
    old.save(update_fields=["status", "revoked_at", "revocation_reason"])
    CredentialEvent.objects.create(
        credential=old, action=CredentialEvent.Action.REPLACED, actor=by, reason=reason
    )
    year = timezone.localtime(now).year
    number = take_register_numbers(old.training_unit, year, 1)[0]
    new = _copy(old, year=year, number=number)
    # A new paper is printed under the unit's template as it stands today.
    template = CredentialTemplate.default_for(old.training_unit, old.credential_type)
    for field, value in (template_snapshot(template) | changes).items():
        setattr(new, field, value)
    new.issued_at, new.issued_by, new.reissue_of = now, by, old
    return _save_with_event(new, CredentialEvent.Action.REISSUED, by, reason=reason)


def _copy(old: Credential, *, year: int, number: int) -> Credential:
    """An unsaved, valid copy of ``old`` under a new code and register entry."""
    new = Credential.objects.get(pk=old.pk)
    new.pk = None
    new.code, new.year, new.register_no = _unique_code(), year, number
    new.serial_no = _serial(old.credential_type, year, number)
    new.status, new.revoked_at, new.revocation_reason = (
        Credential.Status.VALID,
        None,
        "",
    )
    return new
