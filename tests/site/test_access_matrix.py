"""The access matrix: every URL pattern from the resolver, asked as every kind of
person, answers as the table says (tests/site/access_table.py). The socket half is
tests/live/test_action_matrix.py.

A new URL without its row fails `test_every_url_pattern_has_a_row`; a view that
skips the policy fails the matrix (`test_a_view_that_skips_the_policy_fails`).
"""

import pytest
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import path, resolve

from classes.models import TrainingClass
from tests.site import access_world
from tests.site.access_matrix import (
    admin_patterns,
    admin_urls,
    ask,
    fill,
    mismatches,
    parse_table,
    site_patterns,
)
from tests.site.access_table import ADMIN, SITE
from tests.site.access_world import COLUMNS

METHODS = ("GET", "POST")
# Admin URLs anyone may open: the login and password-reset screens and what they
# load (the admin's JavaScript catalogue, its icons). Every other admin URL sends
# a visitor and a trainee to the login page.
ADMIN_OPEN = {
    "admin/login/",
    "admin/jsi18n/",
    "admin/sprite/",
    "admin/password_reset/",
    "admin/password_reset/done/",
    "admin/password_reset/confirm/<uidb64>/<token>/",
    "admin/password_reset/complete/",
    "django-admin/login/",
    # Logging out needs a POST; a GET is sent back to the admin's index, which then
    # asks for a login like every other admin URL.
    "django-admin/logout/",
}


def _site_rows() -> dict:
    """(name, method) -> expected cells."""
    rows = {}
    for line in SITE.strip().splitlines():
        if line.startswith("#"):
            continue
        name, method, *cells = line.split()
        rows[(name, method)] = dict(zip(COLUMNS, cells, strict=True))
    return rows


def _site_paths(world, patterns) -> dict:
    values = access_world.arguments(world)
    paths = {}
    for name, route in patterns.items():
        if route.startswith("^"):  # Wagtail's page tree: the lesson's own URL
            paths[name] = world.lesson.url
        elif name == "wagtaildocs_serve":
            paths[name] = world.document.url
        else:
            paths[name] = "/" + fill(route, values)
    return paths


def _check_site(world, patterns, rows) -> list[str]:
    paths = _site_paths(world, patterns)
    table = {
        f"{name} {method}": (method, cells) for (name, method), cells in rows.items()
    }
    return mismatches(table, {key: paths[key.split()[0]] for key in table}, world.cast)


def test_every_url_pattern_has_a_row():
    rows = _site_rows()
    wanted = {(name, method) for name in site_patterns() for method in METHODS}
    assert sorted(wanted - set(rows)) == [], "URL patterns without a row"
    assert sorted(set(rows) - wanted) == [], "rows of URL patterns that are gone"
    groups = set(parse_table(ADMIN))
    assert sorted(set(admin_patterns()) - groups) == [], "admin views without a row"
    assert sorted(groups - set(admin_patterns())) == [], "rows of admin views gone"


@pytest.mark.django_db
def test_every_site_url_answers_each_person_as_the_table_says(demo):
    world = access_world.build()
    wrong = _check_site(world, site_patterns(), _site_rows())
    assert not wrong, "\n".join(wrong)


@pytest.mark.django_db
def test_every_admin_view_answers_each_person_as_the_table_says(demo):
    world = access_world.build()
    groups = admin_patterns()
    rows = {}
    paths = {}
    for group, (method, cells) in parse_table(ADMIN).items():
        plain = sorted((r for r in groups[group] if not set("<^(") & set(r)), key=len)
        if plain:
            rows[group], paths[group] = (method, cells), "/" + plain[0]
    wrong = mismatches(rows, paths, world.cast)
    assert not wrong, "\n".join(wrong)


@pytest.mark.django_db
def test_every_admin_url_sends_visitors_and_trainees_to_log_in(demo):
    trainee = access_world.build().cast["trainee"]
    wrong = []
    for route, url in admin_urls({"filename": "x"}, default=1).items():
        resolve(url)  # the sample URL is one the pattern answers
        if route not in ADMIN_OPEN:
            for person in (None, trainee):
                got = ask(person, "GET", url)
                if got != "login":
                    wrong.append(f"{url} as {person or 'anon'}: {got}")
    assert not wrong, "\n".join(wrong)


def leak(request, pk):
    """A view as one might add it in a hurry: looks the class up by id alone."""
    found = get_object_or_404(TrainingClass, pk=pk)
    return HttpResponse(str(found))


urlpatterns = [
    path("classes/<int:pk>/leak/", leak, name="leak"),
    *__import__("elearning.urls", fromlist=["urlpatterns"]).urlpatterns,
]


@pytest.mark.django_db
def test_a_view_that_skips_the_policy_fails(demo, settings):
    settings.ROOT_URLCONF = __name__
    patterns = site_patterns()
    rows = _site_rows()
    missing = {(name, m) for name in patterns for m in METHODS} - set(rows)
    assert missing == {("leak", "GET"), ("leak", "POST")}

    # Given the row of the class page it imitates, it fails the matrix.
    world = access_world.build()
    rows = {("leak", "GET"): rows[("class_detail", "GET")]}
    wrong = _check_site(world, {"leak": patterns["leak"]}, rows)
    assert "leak GET" in wrong[0]
    assert any("as trainee_other: expected 404, got 200" in line for line in wrong)
