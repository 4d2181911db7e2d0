"""What every parser produces: plain questions ready for the importer."""

from dataclasses import dataclass, field
from decimal import Decimal


class FormatError(ValueError):
    """A malformed file; ``problems`` name each one with its line or JSON path."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass
class ParsedChoice:
    text: str = ""
    fraction: Decimal = Decimal(0)
    feedback: str = ""
    gap: int | None = None
    match_text: str = ""
    number: Decimal | None = None
    tolerance: Decimal = Decimal(0)


@dataclass
class ParsedQuestion:
    qtype: str
    text: str
    title: str = ""
    text_format: str = "moodle"
    general_feedback: str = ""
    category: str | None = None
    choices: list[ParsedChoice] = field(default_factory=list)
    case_sensitive: bool = False
    ignore_diacritics: bool = False
    explanation: str = ""
    rubric: str = ""
    min_words: int | None = None
    max_words: int | None = None
    location: str = ""


def default_title(text: str, limit: int = 80) -> str:
    plain = " ".join(text.replace("[[1]]", "…").split())
    return plain if len(plain) <= limit else plain[: limit - 1].rstrip() + "…"
