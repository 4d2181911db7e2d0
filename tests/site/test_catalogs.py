"""The Vietnamese catalogs: what the header says, and no translation carried over
from another message by gettext's fuzzy matching."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent


@pytest.mark.django_db
def test_header_search_link_says_search(client):
    page = client.get("/search/", HTTP_ACCEPT_LANGUAGE="vi").content.decode()

    assert '<a href="/search/">Tìm kiếm</a>' in page
    assert "Biên soạn bài học" not in page


def test_no_catalog_keeps_a_translation_guessed_from_another_message():
    # makemessages marks such a guess "#, fuzzy" and keeps the old id after "#|";
    # ours are compiled as they stand, so a guess left in would be shown as is.
    catalogs = [*ROOT.glob("locale/vi/LC_MESSAGES/*.po")]
    catalogs += ROOT.glob("*/locale/vi/LC_MESSAGES/*.po")
    guessed = []
    for po in catalogs:
        lines = po.read_text().splitlines()
        for number, line in enumerate(lines, 1):
            header = number < len(lines) and lines[number] == 'msgid ""'
            if line.startswith("#| msgid") or (line == "#, fuzzy" and not header):
                guessed.append(f"{po.relative_to(ROOT)}:{number}")
    assert len(catalogs) >= 7
    assert guessed == []
