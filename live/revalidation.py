"""Sockets end with the right to them, even when no event says so.

Each process re-checks the people on its open sockets every LIVE_REVALIDATE_SECONDS
(60) and at once when its Redis link comes back (a `logout` published while Redis
was down reached no other process): whoever is no longer active, whose password
changed since the socket's login, whose login session is gone, or who no longer
holds the right to host a session they host on a socket, has that socket closed.
One query per round for all sockets, run off the event loop. A grant that is
deleted, ended or changed closes its holder's host sockets everywhere at once.
"""

import asyncio
import logging
from importlib import import_module
from typing import NamedTuple

from channels.db import database_sync_to_async
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models, transaction
from django.db.models import F, Value
from django.utils import timezone
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.translation import gettext_lazy as _

from live.models import LiveSession
from live.rights import holds_host_grant, may_host

log = logging.getLogger(__name__)
SIGNED_OUT, NOT_HOST = "signed_out", "not_host"
KEY_SALT = "django.contrib.auth.models.AbstractBaseUser.get_session_auth_hash"
# Sent in an error before the socket is closed with 4401 (do not reconnect).
WHY = {
    SIGNED_OUT: _(
        "You are logged out, or your account may no longer use this session."
    ),
    NOT_HOST: _("You may no longer host this session."),
}


class Claim(NamedTuple):
    """What a socket stands on: its person, their login, the session it hosts."""

    user_id: int
    login_key: str | None
    auth_hash: str | None
    host_of: int | None


def claim_of(connection) -> Claim:
    return Claim(
        connection.user_id,
        getattr(connection, "login_key", None),
        getattr(connection, "auth_hash", None),
        connection.session_id if connection.is_host else None,
    )


def period() -> float:
    return float(getattr(settings, "LIVE_REVALIDATE_SECONDS", 60))


async def revalidate_every(hub) -> None:
    """The hub's round: stops when the hub cancels it (hub.stop())."""
    while True:
        await asyncio.sleep(period())
        try:
            await revalidate(hub)
        except Exception:
            log.exception("live re-validation failed; retrying next round")


async def revalidate(hub) -> int:
    """Close this process's sockets whose person lost the right; how many closed."""
    sockets = [
        connection
        for room in list(hub.rooms.values())
        for connection in list(room)
        if connection.user_id
    ]
    if not sockets:
        return 0
    verdicts = await database_sync_to_async(judge)([claim_of(c) for c in sockets])
    ended = 0
    for connection, verdict in zip(sockets, verdicts, strict=True):
        if verdict is not None:
            await hub.end(connection, verdict)
            ended += 1
    return ended


def judge(claims: list[Claim]) -> list[str | None]:
    """Per claim: None (it stands), SIGNED_OUT or NOT_HOST. One query for all."""
    people, keys, hosting = _read(claims)
    verdicts = []
    for claim in claims:
        person = people.get(claim.user_id)
        if (
            person is None
            or not person["active"]
            or not _same_password(person["password"], claim.auth_hash)
            or (keys is not None and claim.login_key not in keys)
        ):
            verdicts.append(SIGNED_OUT)
        elif (
            claim.host_of
            and not person["superuser"]
            and not (person["may_host"] and (claim.host_of, claim.user_id) in hosting)
        ):
            verdicts.append(NOT_HOST)
        else:
            verdicts.append(None)
    return verdicts


def _read(claims: list[Claim]) -> tuple[dict, set | None, set]:
    """The people, the login sessions still there (None: not a database store),
    and the (session, person) pairs that host: one UNION query, grouped by kind."""
    people, keys, hosting = {}, set(), set()
    for kind, first, second, text, flag, may, superuser in _union(claims):
        if kind == "u":
            people[first] = {
                "password": text,
                "active": flag,
                "may_host": may,
                "superuser": superuser,
            }
        elif kind == "s":
            keys.add(text)
        else:
            hosting.add((first, second))
    return people, keys if _session_model() is not None else None, hosting


def _union(claims: list[Claim]):
    users = {claim.user_id for claim in claims}
    hosted = {claim.host_of for claim in claims if claim.host_of}
    people = get_user_model().objects.filter(pk__in=users)
    owners = LiveSession.objects.filter(pk__in=hosted)
    cohosts = LiveSession.cohosts.through.objects.filter(livesession_id__in=hosted)
    parts = [
        _columns(people, "u", F("pk"), 0, F("password"), F("is_active"),
                 holds_host_grant(), F("is_superuser")),
        _columns(owners, "o", F("pk"), F("owner_id")),
        _columns(cohosts, "c", F("livesession_id"), F("user_id")),
    ]  # fmt: skip
    store = _session_model()
    if store is not None:
        live_keys = {claim.login_key for claim in claims if claim.login_key}
        sessions = store.objects.filter(
            session_key__in=live_keys, expire_date__gt=timezone.now()
        )
        parts.append(_columns(sessions, "s", 0, 0, F("session_key")))
    return parts[0].union(*parts[1:], all=True)


def _columns(queryset, kind, first, second, text="", flag=True, may=True, su=False):
    """The same seven columns from every part of the union."""
    int_, text_field = models.BigIntegerField(), models.CharField()
    bool_ = models.BooleanField()

    def value(it, field):
        return it if hasattr(it, "resolve_expression") else Value(it, field)

    columns = {
        "r_kind": Value(kind, text_field),
        "r_first": value(first, int_),
        "r_second": value(second, int_),
        "r_text": value(text, text_field),
        "r_flag": value(flag, bool_),
        "r_may": value(may, bool_),
        "r_super": value(su, bool_),
    }
    return queryset.order_by().annotate(**columns).values_list(*columns)


def _session_model():
    store = import_module(settings.SESSION_ENGINE).SessionStore
    return store.get_model_class() if hasattr(store, "get_model_class") else None


def _same_password(password: str, auth_hash: str | None) -> bool:
    """Django's session hash check: the login's hash against the password today
    (AbstractBaseUser.get_session_auth_hash, without building a user per row)."""
    if not auth_hash:
        return False
    secrets = [settings.SECRET_KEY, *settings.SECRET_KEY_FALLBACKS]
    return any(
        constant_time_compare(
            auth_hash,
            salted_hmac(
                KEY_SALT, password, secret=secret, algorithm="sha256"
            ).hexdigest(),
        )
        for secret in secrets
    )


def note_grant(sender, instance, **kwargs) -> None:
    """pre_save of a grant: whose it was (a grant moved to another person)."""
    instance._live_before = (
        sender.objects.filter(pk=instance.pk).values_list("user_id", flat=True).first()
        if instance.pk is not None
        else None
    )


def unhost_if_lost(sender, instance, **kwargs) -> None:
    """post_save/post_delete of a grant: once committed, a person who may no longer
    host has their host sockets closed in every process."""
    user_ids = {instance.user_id, getattr(instance, "_live_before", None)} - {None}
    transaction.on_commit(lambda: _unhost(user_ids))


def _unhost(user_ids: set[int]) -> None:
    from live.hub import hub

    for person in get_user_model().objects.filter(pk__in=user_ids):
        if not may_host(person):
            hub.publish_from_thread(f"unhost {person.pk}")
