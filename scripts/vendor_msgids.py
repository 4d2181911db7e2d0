"""Which msgids of Wagtail, Django and taggit have no (good) Vietnamese.

    .venv/bin/python scripts/vendor_msgids.py            # report; exit 1 if any
    .venv/bin/python scripts/vendor_msgids.py --update   # then add the new msgids

The msgids are read from the installed packages' own English catalogs, so after an
upgrade the first run lists every new or changed string. `--update` writes them into
vendor_locale/vi/LC_MESSAGES/*.po with an empty msgstr (and drops the msgids the
packages no longer have); translate them there following vendor_locale/GLOSSARY.md,
then `make messages`. The report also lists the msgids whose Vietnamese the running
catalog gives otherwise, and the project's app catalogs that translate one of these
msgids in their own way (ours wins, so "Name" as "Họ và tên" there would have renamed
every Wagtail column): give the project's string a context (pgettext) instead.
"""

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "elearning.settings.dev")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="add new msgids")
    args = parser.parse_args(argv)

    import django

    django.setup()
    from elearning import vendor_catalog

    def say(line: str) -> None:
        sys.stdout.write(line + "\n")

    if args.update:
        added, dropped = vendor_catalog.update()
        say(f"added {added} msgid(s), dropped {dropped}")
    report = vendor_catalog.check()
    for source, entry, problem in report.missing:
        context = f" [{entry.msgctxt}]" if entry.msgctxt else ""
        say(f"{source.app} {source.domain}{context}: {entry.msgid!r}: {problem}")
    clashes = vendor_catalog.clashes()
    for msgid, ours, given in clashes:
        say(f"clash: {msgid!r} is {given!r} at run time, not {ours!r}")
    shadowed = vendor_catalog.shadowed()
    for app, msgid, theirs, ours in shadowed:
        say(f"shadowed: {app} says {msgid!r} is {theirs!r}, ours {ours!r} wins")
    say(
        f"{report.translated} of {report.total} msgids translated"
        f" ({len(report.missing)} problem(s), {len(clashes)} clash(es),"
        f" {len(shadowed)} shadowed)"
    )
    return 1 if report.missing or clashes or shadowed else 0


if __name__ == "__main__":
    sys.exit(main())
