"""The English finder is not a test that cannot fail: take one translation out of
the Vietnamese catalog and the crawler names the screen, the string and the msgid."""

from contextlib import contextmanager

import pytest
from django.utils import translation
from django.utils.translation import trans_real

from accounts.models import User
from tests.i18n.crawler import crawl, english, findings

MSGID = "Skip to main content"  # Wagtail's, on every admin screen


@contextmanager
def without_translation(msgid: str, language="vi"):
    """The catalog of `language` as if `msgid` had no translation in it (in any of
    the catalogs merged into it: ours, Wagtail's, Django's), for the duration."""
    catalog = trans_real.translation(language)._catalog
    taken = []
    for part in catalog._catalogs:
        if msgid in part:
            taken.append((part, part.pop(msgid)))
    try:
        yield bool(taken)
    finally:
        for part, text in taken:
            part[msgid] = text


@pytest.mark.django_db
def test_a_translation_taken_out_of_the_catalog_is_found(demo_once, client):
    client.force_login(User.objects.get(username="bientap"))
    translated = translation.gettext  # the same catalog the responses use
    with translation.override("vi"):
        shown = translated(MSGID)
    assert shown != MSGID
    assert english(shown) == []

    with without_translation(MSGID) as taken, translation.override("vi"):
        assert taken
        found = findings(crawl(client, start=["/admin/"], limit=1))

    # the skip link's text, in its block of the page
    (finding,) = [f for f in found if MSGID in f.text]
    assert finding.url == "/admin/"
    assert finding.msgid == MSGID
    assert finding.words == ["Skip", "main", "content"]
    # and back in the catalog, the screen is Vietnamese again
    after = findings(crawl(client, start=["/admin/"], limit=1))
    assert [f for f in after if MSGID in f.text] == []
