"""Pure: the demo lessons' plain-text format, read into StreamField data.

summary: …            objectives: a; b; c
## Heading            !! remember callout      !? note callout
?? discussion         ?> its hint               :: term | definition
blank-line separated paragraphs become rich text.
"""

import re
from html import escape
from pathlib import Path

CONTENT = Path(__file__).parent / "lesson_content"
PREFIXES = {"## ": "heading", "!! ": "remember", "!? ": "note", "?? ": "discussion"}


def _paragraphs(text: str) -> str:
    return "".join(f"<p>{escape(line)}</p>" for line in text.split("\n") if line)


def _block(line: str) -> dict | None:
    for prefix, kind in PREFIXES.items():
        if line.startswith(prefix):
            body = line[len(prefix) :].strip()
            if kind == "heading":
                return {"type": "heading", "value": body}
            if kind == "discussion":
                return {"type": "discussion", "value": {"question": body, "hint": ""}}
            return {
                "type": "callout",
                "value": {"kind": kind, "text": _paragraphs(body)},
            }
    if line.startswith(":: "):
        term, _, definition = line[3:].partition("|")
        return {
            "type": "glossary",
            "value": {"term": term.strip(), "definition": definition.strip()},
        }
    return None


def read_lesson(name: str) -> dict:
    """`summary`, `objectives` (HTML list) and `body` (StreamField data)."""
    meta, body, text = {}, [], []
    for line in (CONTENT / "lessons" / f"{name}.txt").read_text("utf-8").splitlines():
        key, sep, value = line.partition(": ")
        if sep and key in ("summary", "objectives") and not body and not text:
            meta[key] = value.strip()
        elif line.startswith("?> ") and body and body[-1]["type"] == "discussion":
            body[-1]["value"]["hint"] = line[3:].strip()
        elif (block := _block(line)) is not None:
            if text:
                body.append({"type": "text", "value": _paragraphs("\n".join(text))})
                text = []
            body.append(block)
        elif line.strip():
            text.append(line.strip())
    if text:
        body.append({"type": "text", "value": _paragraphs("\n".join(text))})
    items = [
        f"<li>{escape(x.strip())}</li>" for x in meta.get("objectives", "").split(";")
    ]
    return {
        "summary": meta.get("summary", ""),
        "objectives": f"<ul>{''.join(items)}</ul>" if meta.get("objectives") else "",
        "body": body,
    }


def conclusion_sections(text: str) -> list[tuple[str, str]]:
    """Kết luận 66's numbered sections as (key, text), from the opening paragraph
    to the signature; a paragraph split by a page break is joined again."""
    start, end = text.index("Vừa qua"), text.index("T/M BAN BÍ THƯ")
    paragraphs = [p.strip() for p in text[start:end].split("\n\n") if p.strip()]
    joined: list[str] = []
    for paragraph in paragraphs:
        if joined and paragraph[:1].islower():
            joined[-1] += " " + paragraph
        else:
            joined.append(paragraph)
    sections = [("mở đầu", joined[0])]
    for paragraph in joined[1:]:
        match = re.match(r"^(\d+(?:\.\d+)?)\.\s", paragraph)
        key = match.group(1) if match else sections[-1][0] + "b"
        sections.append((key, paragraph))
    return sections


def explanations() -> dict[str, str]:
    found = {}
    for line in (
        (CONTENT / "ket-luan-66-giai-thich.txt").read_text("utf-8").splitlines()
    ):
        key, sep, value = line.partition(": ")
        if sep and not line.startswith("#"):
            found[key.strip()] = value.strip()
    return found
