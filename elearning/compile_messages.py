"""Compile the project's .po catalogs to .mo without GNU gettext (`make messages`).

Django's compilemessages needs the msgfmt program; polib does the same in Python, so a
fresh machine needs nothing beyond `pip install`.
"""

import sys
from pathlib import Path

import polib

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"


def compile_all(locale_dir: Path = LOCALE_DIR) -> list[Path]:
    written = []
    for po_path in sorted(locale_dir.glob("*/LC_MESSAGES/*.po")):
        catalog = polib.pofile(str(po_path))
        mo_path = po_path.with_suffix(".mo")
        catalog.save_as_mofile(str(mo_path))
        written.append(mo_path)
    return written


if __name__ == "__main__":
    paths = compile_all()
    sys.stdout.write(f"compiled {len(paths)} catalog(s)\n")
