"""Content-Security-Policy: every response carries one; the site's is strict (no
inline script or style but by nonce or hash), the admins' relaxation stays there."""

import base64
import hashlib
import re
from html.parser import HTMLParser

import pytest
from csp.middleware import CSPMiddleware
from django.conf import settings
from django.http import HttpResponse
from django.template import engines
from django.urls import URLPattern, URLResolver, get_resolver

from accounts.models import User
from lessons.models import LessonPage
from live.models import LiveSession
from quizzes.models import Quiz
from quizzes.services import start_attempt
from situations.models import Situation

pytestmark = pytest.mark.django_db

ADMIN_PREFIXES = ("/admin/", "/django-admin/")
PEOPLE = [None, "hocvien", "giangvien", "quanly", "admin"]
# GETs that leave the site or the session: nothing to check on their page.
SKIP = {"/accounts/logout/"}


def argless_paths(patterns=None, prefix="/"):
    """Every URL of the URLconf that takes no argument."""
    for entry in get_resolver().url_patterns if patterns is None else patterns:
        route = str(entry.pattern).removeprefix("^").removesuffix("$")
        if entry.pattern.regex.groups or re.search(r"[<>()\[\]\\*+?|]", route):
            continue
        if isinstance(entry, URLResolver):
            yield from argless_paths(entry.url_patterns, prefix + route)
        elif isinstance(entry, URLPattern):
            yield prefix + route


def policy(response) -> dict[str, list[str]]:
    header = response.get("Content-Security-Policy")
    where = getattr(response, "request", {}).get("PATH_INFO")
    assert header, f"no Content-Security-Policy on {where}"
    parts = (part.split() for part in header.split(";") if part.strip())
    return {name: values for name, *values in parts}


class InlineCode(HTMLParser):
    """Inline scripts without the response's nonce, event handlers, style=""."""

    def __init__(self, nonce: str | None):
        super().__init__()
        self.nonce, self.problems = nonce, []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for name in attrs:
            if name.startswith("on") or name == "style":
                self.problems.append(f"<{tag} {name}=…>")
        executable = attrs.get("type") in (None, "", "text/javascript", "module")
        inline = tag == "script" and "src" not in attrs and executable
        if inline and (self.nonce is None or attrs.get("nonce") != self.nonce):
            self.problems.append("<script> without the nonce")


def assert_strict(response):
    directives = policy(response)
    path = response.request["PATH_INFO"]
    script = directives.get("script-src", directives["default-src"])
    style = directives.get("style-src", directives["default-src"])
    assert "'unsafe-inline'" not in script, path
    assert "'unsafe-eval'" not in script, path
    assert "'unsafe-inline'" not in style, path
    assert directives["object-src"] == ["'none'"]
    assert directives["base-uri"] == ["'self'"]
    assert directives["frame-ancestors"] == ["'self'"]
    assert directives["form-action"] == ["'self'"]
    if response.get("Content-Type", "").startswith("text/html"):
        nonces = [v[7:-1] for v in script if v.startswith("'nonce-")]
        parser = InlineCode(nonces[0] if nonces else None)
        parser.feed(response.content.decode())
        assert not parser.problems, (path, parser.problems)


def _as(client, username):
    client.logout()
    if username:
        client.force_login(User.objects.get(username=username))


def test_every_argless_page_of_the_site_has_the_strict_policy(client, demo):
    paths = {"/"} | {p for p in argless_paths() if not p.startswith(ADMIN_PREFIXES)}
    assert {"/live/", "/me/", "/search/", "/offline/", "/sw.js"} <= paths
    for username in PEOPLE:
        _as(client, username)
        for path in sorted(set(paths) - SKIP):
            assert_strict(client.get(path))


def test_lesson_quiz_situation_and_live_pages_have_the_strict_policy(client, demo):
    trainee = User.objects.get(username="hocvien")
    lesson = LessonPage.objects.live().first()
    _as(client, "hocvien")
    slugs = re.findall(r'href="/quizzes/([\w-]+)/"', client.get("/quizzes/").text)
    quiz = Quiz.objects.get(slug=next(s for s in slugs if s != "marking"))
    sitting = start_attempt(quiz, user=trainee)
    slugs = re.findall(r'href="/situations/([\w-]+)/"', client.get("/situations/").text)
    situation = Situation.objects.get(slug=slugs[0])
    code = LiveSession.objects.get(code="246810").code
    pages = [
        lesson.url,
        lesson.get_parent().url,
        f"/quizzes/{quiz.slug}/",
        f"/quizzes/attempt/{sitting.pk}/",
        f"/situations/{situation.slug}/",
        f"/live/{code}/",
        f"/live/{code}/qr.svg",
        "/sw.js",
    ]
    for path in pages:
        response = client.get(path, follow=True)
        assert response.status_code == 200, path
        assert_strict(response)
    start = client.post(f"/situations/{situation.slug}/start/", follow=True)
    assert start.status_code == 200
    assert_strict(start)
    _as(client, "giangvien")
    for path in (f"/live/{code}/present/", f"/live/{code}/console/"):
        assert_strict(client.get(path))


def test_the_live_socket_of_this_host_may_be_opened(client, demo):
    connect = policy(client.get("/live/246810/", HTTP_HOST="hoctap.example.vn"))
    assert connect["connect-src"] == ["'self'", "ws://hoctap.example.vn"]
    secure = policy(client.get("/live/", secure=True, HTTP_HOST="hoctap.example.vn"))
    assert secure["connect-src"] == ["'self'", "wss://hoctap.example.vn"]


def test_admin_pages_have_a_policy_relaxed_only_there(client, demo):
    client.raise_request_exception = False  # /admin/failwhale/ raises on purpose
    _as(client, "admin")
    for path in sorted(p for p in set(argless_paths()) if p.startswith(ADMIN_PREFIXES)):
        response = client.get(path)
        directives = policy(response)
        assert directives["object-src"] == ["'none'"], path
        assert directives["frame-ancestors"] == ["'self'"], path
        assert directives["base-uri"] == ["'self'"], path
    wagtail = policy(client.get("/admin/"))
    assert "'unsafe-inline'" in wagtail["script-src"]
    assert "'unsafe-eval'" not in wagtail["script-src"]
    for path in ("/django-admin/", "/django-admin/accounts/user/"):
        assert_strict(client.get(path))  # the Django admin needs no relaxation
    assert_strict(client.get("/me/"))  # the site's pages are not relaxed with them


def test_the_500_page_style_is_allowed_by_its_hash():
    page = (settings.BASE_DIR / "elearning" / "templates" / "500.html").read_text()
    css = re.search(r"<style>(.*?)</style>", page, re.DOTALL).group(1)
    digest = base64.b64encode(hashlib.sha256(css.encode()).digest()).decode()
    style = settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]["style-src"]
    assert f"'sha256-{digest}'" in style


def test_an_inline_script_carrying_the_request_nonce_is_allowed(rf):
    template = engines["django"].from_string(
        '<script nonce="{{ request.csp_nonce }}">start()</script>'
    )
    response = CSPMiddleware(
        lambda request: HttpResponse(template.render({}, request))
    )(rf.get("/"))
    nonce = re.search(r'nonce="([^"]+)"', response.content.decode()).group(1)
    assert policy(response)["script-src"] == ["'self'", f"'nonce-{nonce}'"]
