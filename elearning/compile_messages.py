"""Compile the project's .po catalogs to .mo without GNU gettext (`make messages`).

Django's compilemessages needs the msgfmt program; polib does the same in Python, so a
fresh machine needs nothing beyond `pip install`.
"""

import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
# The project's catalog, then each app's own (apps keep their strings in <app>/locale).
PATTERNS = [
    "locale/*/LC_MESSAGES/*.po",
    "*/locale/*/LC_MESSAGES/*.po",
    # Wagtail's, Django's and taggit's Vietnamese (elearning/vendor_catalog.py).
    "vendor_locale/*/LC_MESSAGES/*.po",
]


def compile_all(root: Path = ROOT) -> list[Path]:
    written = []
    po_paths = sorted({path for pattern in PATTERNS for path in root.glob(pattern)})
    for po_path in po_paths:
        if ".venv" in po_path.parts:
            continue
        catalog = polib.pofile(str(po_path))
        mo_path = po_path.with_suffix(".mo")
        catalog.save_as_mofile(str(mo_path))
        written.append(mo_path)
    return written


if __name__ == "__main__":
    paths = compile_all()
    sys.stdout.write(f"compiled {len(paths)} catalog(s)\n")
