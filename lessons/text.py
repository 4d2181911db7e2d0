"""Plain text and embedded activities of a lesson's StreamField."""

import re
import unicodedata

from django.utils.html import strip_tags

TEXT_BLOCKS = {"heading", "text", "callout", "quotation", "glossary", "discussion"}


def _value_text(value) -> list[str]:
    if hasattr(value, "source"):  # RichText
        return [strip_tags(value.source)]
    if isinstance(value, str):
        return [value]
    if hasattr(value, "items"):  # StructValue
        return [part for item in value.values() for part in _value_text(item)]
    return []


def stream_text(summary: str, body) -> str:
    """The words a trainee reads: summary and text blocks, never lecturer notes."""
    parts = [summary or ""]
    for block in body:
        if block.block_type in TEXT_BLOCKS:
            parts.extend(_value_text(block.value))
    text = "\n".join(part for part in parts if part)
    text = re.sub(r"[ \t]+", " ", text.replace("\xa0", " "))
    return unicodedata.normalize("NFC", text)


def _activity_id(value, block_type: str) -> int | None:
    """The chosen quiz or situation, whether the block is a chooser or a struct."""
    if hasattr(value, "items"):
        value = value.get(block_type)
    return getattr(value, "pk", None)


def activity_ids(body, block_type: str) -> list[int]:
    """Ids of the quizzes or situations embedded in a body, in order, once each."""
    found = []
    for block in body:
        if block.block_type != block_type:
            continue
        target = _activity_id(block.value, block_type)
        if target is not None and target not in found:
            found.append(target)
    return found
