"""Find English on the screens a person reaches: a crawler over the Django test
client, a reader of what a page shows, and the English finder.

`crawl(client)` starts from /admin/ and the home page and follows every link, form
and server-rendered dialog address it sees (each URL pattern at most `PER_PATTERN`
times), submits each POST form that has a required field once with its fields
empty, and returns every string shown, per screen. `english(text)` says which words
of a string are English: in `english.txt`, in neither `vietnamese.txt` nor
`allowed.txt` (see `wordlists.py` for where the lists come from)."""

import json
import re
from collections import Counter, deque
from dataclasses import dataclass, field
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from django.urls import Resolver404, resolve

from tests.i18n.wordlists import WORD

HERE = Path(__file__).resolve().parent
START = ("/admin/", "/")
PER_PATTERN = 2

# Addresses never asked: ending the session, files that are not pages, and the
# addresses of another site.
SKIP_ROUTE = re.compile(
    r"logout|/download|\.(pdf|xlsx|csv|gift|json|svg|zip|ics|txt|webmanifest)\b"
    r"|^static/|^media/|serviceworker|sw\.js|healthz|/export|/live/.*/present|"
    r"^documents/|^django-admin/jsi18n|^admin/jsi18n|\bjsi18n\b"
)
# POST forms never sent empty: they act without asking for anything.
SKIP_ACTION = re.compile(r"logout|delete|unpublish|lock|revert|copy|move|anonymi")

ATTRIBUTES = ("title", "placeholder", "aria-label", "alt")
BLOCK = {
    *("address", "article", "aside", "blockquote", "br", "button", "caption", "dd"),
    *("details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure"),
    *("footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "img"),
    *("input", "label", "legend", "li", "main", "nav", "ol", "optgroup", "option"),
    *("p", "pre", "section", "select", "summary", "table", "tbody", "td", "template"),
    *("textarea", "tfoot", "th", "thead", "title", "tr", "ul"),
}
JSON_PATH = re.compile(r'"(/[a-z][^"\s<>\\]*(?:\\u[0-9a-fA-F]{4}[^"\s<>\\]*)*)"')
URL_ATTRIBUTES = ("href", "action", "formaction", "hx-get", "src")


@dataclass
class Form:
    action: str
    method: str
    fields: list = field(default_factory=list)  # (name, value) sent empty
    required: bool = False


class PageReader(HTMLParser):
    """What a page shows (its text, block by block, and the attributes read aloud or
    shown on hover), the addresses it points to, and its forms."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.strings = []
        self.urls = []
        self.forms = []
        self._buffer = []
        self._skip = 0
        # An element marked translate="no" (a secret, a code) is no language.
        self._untranslated, self._untranslated_depth = None, 0
        self._form = None
        self._json = False

    def _flush(self):
        text = " ".join("".join(self._buffer).split())
        if text:
            self.strings.append(text)
        self._buffer = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if self._untranslated == tag:
            self._untranslated_depth += 1
        elif self._untranslated is None and attrs.get("translate") == "no":
            self._untranslated, self._untranslated_depth = tag, 1
        if tag in ("script", "style"):
            self._skip += 1
            self._json = attrs.get("type") == "application/json"
            return
        if tag in BLOCK:
            self._flush()
        for name in ATTRIBUTES:
            if attrs.get(name):
                self.strings.append(" ".join(attrs[name].split()))
        button = tag == "input" and attrs.get("type") in ("submit", "button")
        if button and attrs.get("value"):
            self.strings.append(attrs["value"])
        for name, value in attrs.items():
            data_url = name.startswith("data-") and name.endswith("url")
            if value and (name in URL_ATTRIBUTES or data_url):
                self.urls.append(value)
        self._form_tag(tag, attrs)

    def _form_tag(self, tag, attrs):
        if tag == "form":
            method = (attrs.get("method") or "get").lower()
            self._form = Form(attrs.get("action") or "", method)
            self.forms.append(self._form)
            return
        if self._form is None or not attrs.get("name"):
            return
        if "required" in attrs:
            self._form.required = True
        kind = attrs.get("type", "text")
        if tag == "input" and kind == "hidden":
            self._form.fields.append((attrs["name"], attrs.get("value") or ""))
        elif tag in ("input", "textarea", "select") and kind not in (
            "checkbox",
            "radio",
            "submit",
            "button",
            "file",
            "image",
            "reset",
        ):
            self._form.fields.append((attrs["name"], ""))

    def handle_endtag(self, tag):
        if tag == self._untranslated:
            self._untranslated_depth -= 1
            if not self._untranslated_depth:
                self._untranslated = None
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
            return
        if tag in BLOCK:
            self._flush()
        if tag == "form":
            self._form = None

    def handle_data(self, data):
        if self._untranslated is not None:
            return
        if not self._skip:
            self._buffer.append(data)
        elif self._json:  # the admin's menu and its choosers: addresses in JSON
            for quoted in JSON_PATH.findall(data):
                self.urls.append(json.loads(f'"{quoted}"'))

    def close(self):
        super().close()
        self._flush()


def read(html: str) -> PageReader:
    reader = PageReader()
    reader.feed(html)
    reader.close()
    return reader


@cache
def _words(name: str) -> frozenset:
    lines = (HERE / name).read_text().splitlines()
    return frozenset(line.strip().lower() for line in lines if line.strip())


# A file name, a path, an address: "content/content.json", "h5p.json", "a@b.vn".
NAME_LIKE = re.compile(r"\w[./@:]\w")


# a slug shown as such ("dan-van"), a Roman numeral ("Phần II")
SLUG_OR_NUMERAL = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)+|[IVXLC]+")
PUNCTUATION = "\"'“”‘’()[]{}.,:;!?…*«»"


def english(text: str) -> list[str]:
    """The English words of a string shown to a person (file names, paths and
    addresses are not read as words; "true_false" is)."""
    found = []
    if text in _time_zones() or any(p.fullmatch(text) for p in _allowed_strings()):
        return []
    text = " ".join(
        t
        for t in text.split()
        if not NAME_LIKE.search(t)
        and not SLUG_OR_NUMERAL.fullmatch(t.strip(PUNCTUATION))
        and t.strip(PUNCTUATION) not in _allowed()
    )
    for word in WORD.findall(text.replace("_", " ")):
        low = word.lower()
        if (
            low in _words("english.txt")
            and low not in _words("vietnamese.txt")
            and word not in _allowed()
        ):
            found.append(word)
    return found


def _allowed_lines() -> list[str]:
    lines = (HERE / "allowed.txt").read_text().splitlines()
    return [line for line in lines if line.strip() and not line.startswith("#")]


@cache
def _allowed() -> frozenset:
    """The allow-list's words, as written (case counts: "GIFT" the format, not
    "gift")."""
    return frozenset(
        line.split()[0] for line in _allowed_lines() if not line.startswith("^")
    )


@cache
def _allowed_strings() -> tuple:
    """The allow-list's whole strings: lines `^regex$  why`."""
    return tuple(
        re.compile(line.split("$")[0].removeprefix("^"))
        for line in _allowed_lines()
        if line.startswith("^")
    )


@cache
def _time_zones() -> frozenset:
    """The names of time zones (the account page's choice), which are not text."""
    import zoneinfo

    return frozenset(zoneinfo.available_timezones())


@dataclass
class Screen:
    url: str
    route: str
    status: int
    strings: list


def route_of(path: str) -> str | None:
    try:
        match = resolve(path)
    except Resolver404:
        return None
    return match.route


def _local(base: str, href: str) -> str | None:
    href = href.strip()
    if href.startswith(("#", "javascript:", "mailto:", "tel:", "data:", "{", "sms:")):
        return None
    url = urljoin(base, href)
    parts = urlsplit(url)
    if parts.netloc not in ("", "testserver"):
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _html_of(response) -> str | None:
    kind = response.get("Content-Type", "")
    if response.streaming:  # a file sent as it is read (evidence, a download)
        for _chunk in response.streaming_content:  # read to its end: its file closes
            pass
        return None
    if kind.startswith("text/html"):
        return response.content.decode()
    if kind.startswith("application/json"):  # a chooser's modal: {"html": "…"}
        try:
            data = json.loads(response.content)
        except ValueError:
            return None
        if isinstance(data, dict) and isinstance(data.get("html"), str):
            return data["html"]
    return None


def crawl(client, start=START, per_pattern=PER_PATTERN, limit=600) -> list[Screen]:
    """Every screen reached from `start` as the client's user (see the module)."""
    queue = deque(start)
    seen_urls = set()
    per_route = Counter()
    posted = set()
    screens = []
    while queue and len(screens) < limit:
        url = queue.popleft()
        if url in seen_urls:
            continue
        seen_urls.add(url)
        route = route_of(urlsplit(url).path)
        if route is None or SKIP_ROUTE.search(route) or SKIP_ROUTE.search(url):
            continue
        if per_route[route] >= per_pattern:
            continue
        per_route[route] += 1
        response = client.get(url, HTTP_ACCEPT_LANGUAGE="vi")
        if response.status_code in (301, 302, 303):
            target = _local(url, response["Location"])
            if target:
                queue.append(target)
            continue
        html = _html_of(response)
        if html is None:
            if response.status_code >= 500:
                screens.append(Screen(url, route, response.status_code, []))
            continue
        page = read(html)
        screens.append(Screen(url, route, response.status_code, page.strings))
        for href in page.urls:
            target = _local(url, href)
            if target and target not in seen_urls:
                queue.append(target)
        for form in page.forms:
            screens += _submit_empty(client, url, form, posted, queue)
    return screens


def _submit_empty(client, url, form, posted, queue) -> list[Screen]:
    if form.method != "post" or not form.required:
        return []
    action = _local(url, form.action or url)
    route = action and route_of(urlsplit(action).path)
    if not route or SKIP_ACTION.search(route) or SKIP_ROUTE.search(route):
        return []
    if route in posted:
        return []
    posted.add(route)
    response = client.post(action, dict(form.fields), HTTP_ACCEPT_LANGUAGE="vi")
    html = _html_of(response)
    if response.status_code in (301, 302, 303):
        target = _local(action, response["Location"])
        if target:
            queue.append(target)
    if html is None:
        return []
    return [Screen(f"POST {action}", route, response.status_code, read(html).strings)]


@dataclass
class Finding:
    url: str
    text: str
    words: list
    msgid: str | None = None


def findings(screens) -> list[Finding]:
    """Each English string once, with the first screen that showed it."""
    found = {}
    for screen in screens:
        if screen.status >= 500:  # a screen that could not be read at all
            found[f"HTTP {screen.status} {screen.url}"] = Finding(
                screen.url, f"HTTP {screen.status}", ["(server error)"]
            )
        for text in screen.strings:
            words = english(text)
            if words and text not in found:
                found[text] = Finding(screen.url, text, words)
    for finding in found.values():
        finding.msgid = msgid_of(finding.text, finding.words)
    return list(found.values())


@cache
def _english_msgids() -> tuple:
    """(msgid, pattern) of every English msgid of Django's and Wagtail's catalogs."""
    import polib

    from tests.i18n.wordlists import catalogs

    found = {}
    for po in [*catalogs("en"), *catalogs("vi")]:  # vi: msgids newer than en
        for entry in polib.pofile(str(po)):
            for text in (entry.msgid, entry.msgid_plural):
                literal = {w.lower() for w in WORD.findall(PLACEHOLDER.sub(" ", text))}
                if text and text not in found and literal:
                    found[text] = (literal, _pattern(text))
    return tuple((msgid, *rest) for msgid, rest in found.items())


PLACEHOLDER = re.compile(r"%\(\w+\)[sdif]|%[sdif]|\{\w*\}|<[^>]+>")


def _pattern(msgid: str):
    parts = PLACEHOLDER.split(" ".join(msgid.split()))
    return re.compile(r"\s*(.+?)\s*".join(re.escape(p) for p in parts), re.S)


def msgid_of(text: str, words=()) -> str | None:
    """The Django or Wagtail msgid that shows as this string, where one does: the
    whole string, else the longest msgid found inside it that holds its English
    words."""
    wanted = {w.lower() for w in words}
    best = None
    for msgid, literal, pattern in _english_msgids():
        if not wanted <= literal:
            continue
        if pattern.fullmatch(text):
            return msgid
        if (best is None or len(msgid) > len(best)) and pattern.search(text):
            best = msgid
    return best
