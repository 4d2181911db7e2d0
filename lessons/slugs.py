"""Pure: the admin's slug field made to spell Vietnamese as the server does.

Wagtail's JavaScript transliterates "Đ" as "Dj" (the Serbian map) and drops
letters with two diacritics ("mới" -> "mi"). These formatters turn every
Vietnamese letter into its base letter first, as `slugify_vi` does on the server.
"""

import re
import unicodedata

from anyascii import anyascii
from wagtail.admin.widgets.slug import SlugInput

BASES = "aăâeêioôơuưy"
TONES = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"]


def vietnamese_letters() -> dict[str, str]:
    """{"a": "àáảãạăằắ…", "d": "đ", …}: each base letter and its accented forms."""
    groups: dict[str, str] = {"d": "đ"}
    for base in BASES:
        for tone in TONES:
            letter = unicodedata.normalize("NFC", base + tone)
            if letter.isascii():
                continue
            groups[anyascii(letter)] = groups.get(anyascii(letter), "") + letter
    return groups


def slug_formatters() -> list[tuple[re.Pattern, str]]:
    return [
        (re.compile(f"[{letters}]", re.IGNORECASE), base)
        for base, letters in vietnamese_letters().items()
    ]


def vietnamese_slug_input() -> SlugInput:
    return SlugInput(formatters=slug_formatters())
