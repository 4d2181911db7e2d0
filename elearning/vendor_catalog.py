"""The Vietnamese of the packages we install: Wagtail, Django and taggit.

Their msgids are read from each installed package's own English catalog
(`<app>/locale/en/LC_MESSAGES/django.po` and `djangojs.po`, which the packages
regenerate for every release), so a Wagtail or Django upgrade shows its new strings
the first time `scripts/vendor_msgids.py` runs. Our translations of them live in
`vendor_locale/vi/LC_MESSAGES/`, one catalog per domain (Django merges every catalog
into one, so a msgid has one Vietnamese whoever uses it), in LOCALE_PATHS (after the
project's `locale/`), so they win over the packages' own, partial, Vietnamese both
in Django's catalog and in the JavaScript catalogs (Wagtail's `jsi18n` view merges
LOCALE_PATHS last). See vendor_locale/GLOSSARY.md for the words.
"""

import re
from dataclasses import dataclass
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
VENDOR_LOCALE = ROOT / "vendor_locale"
DOMAINS = ("django", "djangojs")
HEADER = {
    "Project-Id-Version": "elearning",
    "Language": "vi",
    "MIME-Version": "1.0",
    "Content-Type": "text/plain; charset=UTF-8",
    "Content-Transfer-Encoding": "8bit",
    "Plural-Forms": "nplurals=1; plural=0;",
}
PLACEHOLDER = re.compile(
    r"%\([A-Za-z_][A-Za-z0-9_]*\)[-#0+]*\d*(?:\.\d+)?[sdifrxX]"  # %(name)s
    r"|%[-#0+]*\d*(?:\.\d+)?[sdifrxX]"  # %s, %d, %.1f
    r"|\{[A-Za-z_0-9]*(?:[.:!][^{}]*)?\}"  # {count}, {}, {0}
    r"|</?[A-Za-z][A-Za-z0-9]*\b[^<>]*>"  # HTML tags, with their attributes
)


@dataclass(frozen=True)
class Source:
    """One package's English catalog of one domain."""

    package: str  # "wagtail", "django" or "taggit"
    app: str  # the app (or "django" for Django's core) whose catalog this is
    domain: str
    path: Path


# Installed apps none of whose strings a person sees: Django's sessions app has no
# screen (its model is in no admin), and its "session" would become the classes'
# "buổi học" anyway.
UNREACHABLE = {"django.contrib.sessions"}


def package_of(app_name: str) -> str:
    return app_name.split(".", 1)[0]


def sources() -> list[Source]:
    """The English catalogs of every installed app that is not ours, and Django's."""
    import django
    from django.apps import apps

    found = []
    core = Path(django.__file__).parent / "conf" / "locale" / "en" / "LC_MESSAGES"
    found.append(Source("django", "django", "django", core / "django.po"))
    for config in apps.get_app_configs():
        folder = Path(config.path)
        if folder.parent == ROOT or config.name in UNREACHABLE:
            continue  # the project's own apps keep their catalogs themselves
        for domain in DOMAINS:
            path = folder / "locale" / "en" / "LC_MESSAGES" / f"{domain}.po"
            if path.exists():
                found.append(Source(package_of(config.name), config.name, domain, path))
    return found


def key(entry: polib.POEntry) -> tuple[str | None, str]:
    return (entry.msgctxt, entry.msgid)


def source_entries(source: Source) -> list[polib.POEntry]:
    return [e for e in polib.pofile(str(source.path)) if e.msgid and not e.obsolete]


def catalog_path(domain: str, root: Path = VENDOR_LOCALE) -> Path:
    return root / "vi" / "LC_MESSAGES" / f"{domain}.po"


def load_catalog(domain: str, root: Path = VENDOR_LOCALE):
    path = catalog_path(domain, root)
    if not path.exists():
        return {}
    return {key(e): e for e in polib.pofile(str(path)) if not e.obsolete}


def placeholders(text: str) -> list[str]:
    """The parts a translation must keep: %-formats, {}-formats and HTML tags."""
    return sorted(PLACEHOLDER.findall(text.replace("%%", "")))


def translations_of(entry: polib.POEntry) -> list[str]:
    if entry.msgid_plural:
        return [s for _, s in sorted(entry.msgstr_plural.items())]
    return [entry.msgstr]


def problems_of(source_entry: polib.POEntry, ours: polib.POEntry | None) -> list[str]:
    """Why our translation of one msgid is not usable ([] when it is)."""
    if ours is None:
        return ["no translation"]
    texts = translations_of(ours)
    if not texts or any(not t.strip() for t in texts) or "fuzzy" in ours.flags:
        return ["no translation"]
    if source_entry.msgid_plural and len(texts) != 1:
        return ["Vietnamese has one plural form (nplurals=1)"]
    # The one Vietnamese form stands for every n: it must keep the placeholders of
    # the English plural (the singular may spell the number out, "1 page").
    wanted = source_entry.msgid_plural or source_entry.msgid
    expected = placeholders(wanted)
    problems = []
    for text in texts:
        got = placeholders(text)
        if got != expected:
            problems.append(f"placeholders {got} instead of {expected}")
    return problems


@dataclass
class Report:
    total: int
    missing: list[tuple[Source, polib.POEntry, str]]

    @property
    def translated(self) -> int:
        return self.total - len({(s.domain, key(e)) for s, e, _ in self.missing})


def check(root: Path = VENDOR_LOCALE, only: list[Source] | None = None) -> Report:
    """Every msgid of the installed packages, and those we do not translate well."""
    seen = set()
    missing = []
    catalogs = {}
    for source in only if only is not None else sources():
        if source.domain not in catalogs:
            catalogs[source.domain] = load_catalog(source.domain, root)
        ours = catalogs[source.domain]
        for entry in source_entries(source):
            ident = (source.domain, key(entry))
            if ident in seen:
                continue
            seen.add(ident)
            for problem in problems_of(entry, ours.get(key(entry))):
                missing.append((source, entry, problem))
    return Report(total=len(seen), missing=missing)


def clashes() -> list[tuple[str, str, str]]:
    """Vendor msgids that the running catalog translates otherwise than we do.

    Django merges every catalog into one, so a project app translating "Name" as
    "Họ và tên" would change every Wagtail column called "Name". Returns
    (msgid, ours, what Django gives) for the server domain."""
    from django.utils import translation

    found = []
    ours = load_catalog("django")
    with translation.override("vi"):
        for source in sources():
            if source.domain != "django":
                continue
            for entry in source_entries(source):
                mine = ours.get(key(entry))
                if mine is None or entry.msgid_plural or not mine.msgstr:
                    continue
                if entry.msgctxt:
                    given = translation.pgettext(entry.msgctxt, entry.msgid)
                else:
                    given = translation.gettext(entry.msgid)
                if given != mine.msgstr:
                    found.append((entry.msgid, mine.msgstr, given))
    return sorted(set(found))


def update(root: Path = VENDOR_LOCALE) -> tuple[int, int]:
    """Bring our catalogs to the installed packages' msgids: add the new ones (with
    an empty msgstr, to translate) and drop those no package has any more.
    Returns (added, dropped)."""
    added = dropped = 0
    by_domain: dict[str, dict] = {domain: {} for domain in DOMAINS}
    for source in sources():
        for entry in source_entries(source):
            by_domain[source.domain].setdefault(key(entry), (source, entry))
    for domain, wanted in by_domain.items():
        path = catalog_path(domain, root)
        path.parent.mkdir(parents=True, exist_ok=True)
        old = polib.pofile(str(path), wrapwidth=0) if path.exists() else None
        ours = {key(e): e for e in old or [] if not e.obsolete}
        po = polib.POFile(wrapwidth=0)
        po.metadata = dict(HEADER)
        po.header = old.header if old is not None else ""
        for ident, (source, entry) in wanted.items():
            mine = ours.get(ident)
            if mine is None:
                added += 1
                mine = polib.POEntry(
                    msgid=entry.msgid, msgctxt=entry.msgctxt, msgstr=""
                )
                if entry.msgid_plural:
                    mine.msgid_plural = entry.msgid_plural
                    mine.msgstr_plural = {0: ""}
            elif entry.msgid_plural and mine.msgid_plural != entry.msgid_plural:
                mine.msgid_plural = entry.msgid_plural
                mine.flags = [*mine.flags, "fuzzy"]
            mine.comment = source.app
            po.append(mine)
        dropped += len(set(ours) - set(wanted))
        po.save(str(path))
    return added, dropped


def shadowed(root: Path = ROOT) -> list[tuple[str, str, str, str]]:
    """Entries of the project's app catalogs that ours overrides with other words.

    Our catalog wins over every app's, so such an app shows our Vietnamese, not its
    own: its string needs a context (pgettext) if it means something else. Returns
    (app, msgid, the app's msgstr, ours)."""
    ours = {}
    for domain in DOMAINS:
        for ident, entry in load_catalog(domain).items():
            ours[domain, ident] = translations_of(entry)
    found = []
    for path in sorted(root.glob("*/locale/vi/LC_MESSAGES/*.po")):
        if ".venv" in path.parts or path.is_relative_to(VENDOR_LOCALE):
            continue
        domain = path.stem
        for entry in polib.pofile(str(path)):
            mine = ours.get((domain, key(entry)))
            texts = translations_of(entry)
            if mine and any(texts) and texts != mine:
                found.append((path.parts[-5], entry.msgid, texts[0], mine[0]))
    return found
