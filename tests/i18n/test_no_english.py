"""No screen shows English: the crawler (tests/i18n/crawler.py) walks the site and
the admin as each role of the demo, and every string shown is read for English
words (tests/i18n/wordlists.py says where the word lists come from)."""

import os
from pathlib import Path

import pytest

from accounts.models import User
from tests.i18n.crawler import crawl, findings

ROLES = ["bientap", "quanly", "tinh", "giangvien", "admin"]


def report(username, screens, found) -> str:
    lines = [
        f"{len(found)} English strings on {len(screens)} screens as {username}:",
        *(
            f"  {f.url}\t{f.text[:160]!r}\tEnglish: {' '.join(f.words)}"
            f"\tmsgid: {f.msgid!r}"
            for f in found
        ),
    ]
    return "\n".join(lines)


def keep(username, text):
    """With I18N_FINDINGS=<file>, each role's findings are also written there (the
    file is started afresh by the first role of a run)."""
    path = os.environ.get("I18N_FINDINGS")
    if path:
        mode = "w" if username == ROLES[0] else "a"
        with Path(path).open(mode) as out:
            out.write(text + "\n")


@pytest.mark.django_db
@pytest.mark.parametrize("username", ROLES)
def test_no_screen_shows_english(demo_once, client, username):
    client.force_login(User.objects.get(username=username))
    client.raise_request_exception = False  # a server error is a finding too

    screens = crawl(client)
    found = findings(screens)
    keep(username, report(username, screens, found))

    assert len(screens) > 20  # the crawl went past the first pages
    assert found == [], report(username, screens, found)
