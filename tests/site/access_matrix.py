"""The machinery of the access matrix: walk the resolver, fill each pattern's
arguments from the world, ask each URL as each column's person, compare with the
table (tests/site/access_table.py)."""

import re

from django.core.signals import request_finished
from django.db import close_old_connections, transaction
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import RegexPattern

from tests.site.access_world import COLUMNS

ADMIN_PREFIXES = ("admin/", "django-admin/")


def walk(resolver=None, prefix="", namespace="", parts=()):
    """(route, name, parts) of every URL pattern, nested includes flattened; parts
    are the patterns (route or regex) from the root to it."""
    for entry in (resolver or get_resolver()).url_patterns:
        if isinstance(entry, URLResolver):
            inner = namespace + (f"{entry.namespace}:" if entry.namespace else "")
            yield from walk(
                entry, prefix + str(entry.pattern), inner, (*parts, entry.pattern)
            )
        elif isinstance(entry, URLPattern):
            name = namespace + entry.name if entry.name else prefix
            yield prefix + str(entry.pattern), name, (*parts, entry.pattern)


def site_patterns(resolver=None) -> dict:
    """name -> route of every pattern outside the two admins."""
    return {
        name: route
        for route, name, _ in walk(resolver)
        if not route.startswith(ADMIN_PREFIXES)
    }


def admin_group(route: str, name: str) -> str:
    """The viewset a Wagtail admin pattern belongs to: its URL namespace, or the
    first path segment after admin/ (Wagtail's model viewsets register there)."""
    if route.startswith("django-admin/"):
        return "django-admin"
    if ":" in name:
        return name.split(":")[0]
    segment = route.removeprefix("admin/").split("/")[0]
    if segment.startswith("^"):
        return "catch-all"
    return segment or "dashboard"


def admin_patterns(resolver=None) -> dict:
    """group -> [route, ...] of the Wagtail admin and the Django admin."""
    groups = {}
    for route, name, _ in walk(resolver):
        if route.startswith(ADMIN_PREFIXES):
            groups.setdefault(admin_group(route, name), []).append(route)
    return groups


def admin_urls(values: dict, default) -> dict:
    """route -> a URL that the route itself resolves, for every admin pattern."""
    return {
        route: sample_path(parts, values, default)
        for route, _, parts in walk()
        if route.startswith(ADMIN_PREFIXES)
    }


ARGUMENT = re.compile(r"<(?:(?P<converter>\w+):)?(?P<name>\w+)>")


def fill(route: str, values: dict, default=None) -> str:
    """The route with each <converter:name> replaced by values[name] (a callable of
    the route, or a value) or the default; a regex route is left to the caller."""

    def value(match):
        found = values.get(match["name"], default)
        assert found is not None, f"{route}: no value for {match['name']}"
        return str(found(route) if callable(found) else found)

    return ARGUMENT.sub(value, route)


GROUP = re.compile(r"\(\?P<(?P<name>\w+)>(?P<body>[^()]*)\)")


def _regex_sample(regex: str, values: dict, default) -> str:
    """A string the regex matches: each named group its value, the first plain
    alternative of the group (`auth` of `auth|accounts`), or the default."""

    def group(match):
        found = values.get(match["name"])
        if found is None:
            first = match["body"].split("|")[0]
            found = first if re.fullmatch(r"[\w-]+", first) else default
        return str(found)

    text = GROUP.sub(group, regex.removeprefix("^").removesuffix("$"))
    return text.replace("\\.", ".").replace(".*", "x")


def sample_path(parts, values: dict, default) -> str:
    """The URL of a pattern's parts (route and regex alike) filled with values."""
    path = ""
    for part in parts:
        if isinstance(part, RegexPattern):
            path += _regex_sample(part._regex, values, default)
        else:
            path += fill(str(part), values, default)
    return "/" + path


def parse_table(text: str) -> dict:
    """name -> (method, {column: expected}) from the fixed-width table."""
    rows = {}
    for line in text.strip().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, method, *cells = line.split()
        assert len(cells) == len(COLUMNS), f"{name}: {len(cells)} cells"
        rows[name] = (method, dict(zip(COLUMNS, cells, strict=True)))
    return rows


def outcome(response) -> str:
    """What a person sees, in one word: a status, or `login` for a redirect to it."""
    if response.status_code in (301, 302):
        location = response["Location"]
        if "/login/" in location:
            return "login"
        return "302"
    return str(response.status_code)


def ask(user, method: str, path: str) -> str:
    """One request as this person, rolled back afterwards (a POST may change data)."""
    from django.core.cache import cache

    cache.clear()  # no throttle counts from one request in the next
    client = Client(raise_request_exception=False)
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "vi"
    if user is not None:
        client.force_login(user)
    with transaction.atomic():
        response = client.generic(method, path)
        transaction.set_rollback(True)
    # A file response holds its file open until closed. Closing fires
    # request_finished, whose close_old_connections would drop the test's
    # connection (PostgreSQL; SQLite's in-memory one survives): as Django's own
    # test client does, close without it.
    request_finished.disconnect(close_old_connections)
    try:
        response.close()
    finally:
        request_finished.connect(close_old_connections)
    return outcome(response)


def mismatches(rows: dict, paths: dict, cast: dict, columns=COLUMNS) -> list[str]:
    """Every cell whose outcome differs from the table, as readable lines."""
    wrong = []
    for name, (method, expected) in rows.items():
        for column in columns:
            got = ask(cast[column], method, paths[name])
            if got != expected[column]:
                wrong.append(
                    f"{name} {method} {paths[name]} as {column}: "
                    f"expected {expected[column]}, got {got}"
                )
    return wrong
