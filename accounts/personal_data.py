"""What the platform holds about a person, as one file they can download
(Nghị định 13/2023/NĐ-CP on personal data: the person's right to their data).

The rows are found by walking every relation that points at the person, so a model
added later is in the file without anyone remembering to add it. A relation named
for the person themself (`user`, `trainee`, `recipient`) is about them: its rows go
in whole. Any other (`owner`, `lecturer`, `marked_by`, `uploaded_by_user`…) records
what they did to other things, often other people's: only how many rows name them
goes in. Secrets (hashes, tokens, keys, device ids, passwords) never go in.
"""

import datetime
import decimal
import json

from django.db import models
from django.utils import timezone

ABOUT_THEM = {"user", "trainee", "recipient"}
SECRET = ("password", "hash", "token", "key", "secret", "device")
PROFILE = ["username", "full_name", "phone", "email", "date_of_birth", "party_cell"]
PROFILE += ["position", "date_joined", "last_login", "is_active"]


def relations(user_model):
    """Every relation (hidden ones too) from another model to the person."""
    return [
        field
        for field in user_model._meta.get_fields(include_hidden=True)
        if field.is_relation and field.auto_created and not field.concrete
    ]


def _value(value):
    if isinstance(value, models.Model):
        return str(value)
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, dict | list | str | int | float | bool) or value is None:
        return value
    return str(value)


def _row(instance) -> dict:
    return {
        str(field.verbose_name): _value(getattr(instance, field.name))
        for field in instance._meta.concrete_fields
        if not any(word in field.name for word in SECRET)
    }


def _section(relation, user) -> dict:
    model = relation.related_model
    rows = model._default_manager.filter(**{relation.field.name: user})
    section = {
        "model": str(model._meta.verbose_name_plural),
        "as": str(relation.field.verbose_name),
    }
    if relation.field.name in ABOUT_THEM:
        section["rows"] = [_row(row) for row in rows.order_by("pk")]
    else:
        section["count"] = rows.count()
    return section


def personal_data(user) -> dict:
    sections = [_section(relation, user) for relation in relations(user._meta.model)]
    return {
        "exported_at": timezone.now().isoformat(),
        "person": {name: _value(getattr(user, name)) for name in PROFILE},
        "about_you": [s for s in sections if s.get("rows")],
        "recorded_as_doing": [s for s in sections if s.get("count")],
    }


def personal_data_json(user) -> bytes:
    return json.dumps(personal_data(user), ensure_ascii=False, indent=2).encode()
