"""One form of address: the platform calls everyone "đồng chí", never "bạn" or
"anh/chị" (the README's "The trainee's pages")."""

import re
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent.parent
OTHER = re.compile(r"\b(?:[Bb]ạn|[Aa]nh/chị|[Aa]nh chị)\b")
# Django's own strings that trainees read (password rules, CSRF and form errors);
# the Wagtail admin's, read by editors only, keep Wagtail's translation.
SHOWN_TO_TRAINEES = {"django", "django.contrib.auth"}


def _catalogs():
    yield from ROOT.glob("locale/vi/LC_MESSAGES/django.po")
    yield from ROOT.glob("*/locale/vi/LC_MESSAGES/django.po")


def _offending(po, keep=lambda entry: True):
    found = []
    for entry in polib.pofile(str(po)):
        texts = [entry.msgstr, *entry.msgstr_plural.values()]
        if keep(entry) and any(OTHER.search(text) for text in texts):
            found.append(entry.msgid)
    return found


def test_no_project_string_says_ban_or_anh_chi():
    found = {
        str(po.relative_to(ROOT)): _offending(po)
        for po in _catalogs()
        if ".venv" not in po.parts
    }
    assert {path: ids for path, ids in found.items() if ids} == {}


def test_djangos_strings_shown_to_trainees_say_dong_chi():
    po = ROOT / "vendor_locale/vi/LC_MESSAGES/django.po"
    found = _offending(po, lambda e: e.comment.strip() in SHOWN_TO_TRAINEES)
    assert found == []
    password = [
        e.msgstr
        for e in polib.pofile(str(po))
        if e.msgid == "Your password can’t be entirely numeric."
    ]
    assert password == ["Mật khẩu của đồng chí không được chỉ gồm chữ số."]


def test_no_template_or_script_says_ban():
    sources = [
        path
        for pattern in ("*/templates/**/*.html", "*/static/**/*.js")
        for path in ROOT.glob(pattern)
        if ".venv" not in path.parts and "vendor" not in path.parts
    ]
    assert len(sources) > 50
    assert [
        str(p.relative_to(ROOT)) for p in sources if OTHER.search(p.read_text())
    ] == []
