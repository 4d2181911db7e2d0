"""Wagtail's own admin strings that this project translates into Vietnamese.

Wagtail 8 ships about a fifth of its admin in Vietnamese. The strings an editor
or a centre manager meets (pages, images, documents, workflow, search) are listed
in this package's modules, one per admin area, so that `makemessages` keeps them
in lessons' catalog; lessons comes before the wagtail apps in INSTALLED_APPS, so
its translations win. Nothing imports this."""

from lessons.wagtail_strings import (
    accounts,
    interface,
    listings,
    media,
    pages,
    workflow,
)

STRINGS = [
    *pages.STRINGS,
    *workflow.STRINGS,
    *media.STRINGS,
    *listings.STRINGS,
    *interface.STRINGS,
    *accounts.STRINGS,
]
