"""What the players and review pages show: question text, options, feedback."""

import random
import re
from dataclasses import dataclass, field
from decimal import Decimal

import markdown
import nh3
from django.utils.html import escape, format_html, linebreaks
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from quizzes import scoring
from quizzes.models import Question

GAP = re.compile(r"\[\[(\d+)\]\]")


def render_text(text: str, fmt: str) -> str:
    """Safe HTML for a question text in any of its formats."""
    if fmt == Question.Format.HTML:
        return nh3.clean(text)
    if fmt == Question.Format.MARKDOWN:
        return nh3.clean(markdown.markdown(text))
    return linebreaks(escape(text))


@dataclass
class QuestionView:
    question: Question
    spec: scoring.QuestionSpec
    number: int
    response: dict = field(default_factory=dict)
    seq: int = 0
    mark: Decimal | None = None
    max_mark: Decimal = Decimal(1)
    fraction: Decimal | None = None
    comment: str = ""
    locked: bool = False
    seed: int = 0
    checked: bool = False

    @property
    def id(self) -> int:
        return self.question.pk

    @property
    def qtype(self) -> str:
        return self.question.qtype

    @property
    def template(self) -> str:
        return f"quizzes/questions/{self.qtype}.html"

    def options(self) -> list:
        """Choices in the order this trainee sees them (stable per attempt)."""
        choices = list(self.question.choices.all())
        if self.qtype in ("ordering", "matching", "drag_words") or (
            self.question.shuffle_choices and self.qtype in ("single", "multiple")
        ):
            random.Random(self.seed * 7919 + self.id).shuffle(choices)
        return choices

    def picked(self) -> set:
        if self.qtype == "multiple":
            return {str(c) for c in self.response.get("choices", [])}
        return (
            {str(self.response.get("choice"))} if self.response.get("choice") else set()
        )

    def positions(self) -> dict:
        return {str(cid): i + 1 for i, cid in enumerate(self.response.get("order", []))}

    def ordering_rows(self) -> list[tuple]:
        """(choice, its chosen place or None, the places 1..n) for each item."""
        options, places = self.options(), self.positions()
        numbers = range(1, len(options) + 1)
        return [(c, places.get(str(c.id)), numbers) for c in options]

    def rights(self) -> list[str]:
        return sorted(
            {c.match_text for c in self.question.choices.all() if c.match_text}
        )

    def words(self) -> list[str]:
        return sorted({c.text for c in self.question.choices.all()})

    def text_html(self) -> str:
        """The text with its gaps as inputs (fill, drag, numeric) or a line."""
        html = render_text(self.question.text, self.question.text_format)
        return mark_safe(GAP.sub(self._gap, html))

    def _gap(self, match) -> str:
        gap = int(match.group(1))
        name = f"q{self.id}-g{gap}"
        current = self.response.get("gaps", {}).get(str(gap), "")
        label = _("Blank %(n)s") % {"n": gap}
        if self.qtype == "fill_blanks":
            return format_html(
                '<input class="gap" type="text" name="{}" value="{}" aria-label="{}"'
                ' autocomplete="off" autocapitalize="off"{}>',
                name,
                current,
                label,
                " disabled" if self.locked else "",
            )
        if self.qtype == "drag_words":
            return self._word_select(name, current, label)
        if self.qtype == "numeric":
            return format_html(
                '<input class="gap" type="text" inputmode="decimal" name="q{}-number"'
                ' value="{}" aria-label="{}"{}>',
                self.id,
                self.response.get("number", ""),
                _("Your answer"),
                " disabled" if self.locked else "",
            )
        return '<span class="blank">_____</span>'

    def _word_select(self, name: str, current: str, label: str) -> str:
        options = format_html('<option value="">{}</option>', _("— choose a word —"))
        for word in self.words():
            options += format_html(
                '<option value="{}"{}>{}</option>',
                word,
                " selected" if word == current else "",
                word,
            )
        return format_html(
            '<select class="gap" name="{}" aria-label="{}"{}>{}</select>',
            name,
            label,
            " disabled" if self.locked else "",
            options,
        )

    def inline_number(self) -> bool:
        return self.qtype == "numeric" and "[[1]]" in self.question.text

    def needs_gap_list(self) -> bool:
        """Gaps not placed in the text get their own inputs below it."""
        return self.qtype in ("fill_blanks",) and "[[" not in self.question.text

    def feedback(self) -> list[str]:
        """Specific feedback for what was answered."""
        picked = self.picked()
        out = [
            c.feedback
            for c in self.question.choices.all()
            if c.feedback and str(c.id) in picked
        ]
        if self.qtype in ("fill_blanks", "drag_words", "numeric"):
            out += self._matched_feedback()
        return out

    def _matched_feedback(self) -> list[str]:
        out = []
        for c in self.question.choices.all():
            if not c.feedback:
                continue
            one = scoring.QuestionSpec(
                self.qtype,
                (c.spec(),),
                self.spec.case_sensitive,
                self.spec.ignore_diacritics,
            )
            if c.gap is not None and (scoring.score(one, self.response) or 0) > 0:
                out.append(c.feedback)
            elif c.number is not None and (scoring.score(one, self.response) or 0) > 0:
                out.append(c.feedback)
                break
        return out

    def right_answer(self) -> str:
        """The right answer in words, for review and "Xem đáp án"."""
        choices = list(self.question.choices.all())
        kind = self.qtype
        if kind in ("single", "true_false", "multiple"):
            best = max(c.fraction for c in choices)
            keep = [
                c
                for c in choices
                if (c.fraction > 0 if kind == "multiple" else c.fraction == best)
            ]
            return "; ".join(c.text for c in keep)
        if kind in ("fill_blanks", "drag_words"):
            right = scoring.right_response(self.spec)["gaps"]
            return "; ".join(f"({g}) {right[str(g)]}" for g in self.spec.gaps())
        if kind == "ordering":
            return " → ".join(c.text for c in sorted(choices, key=lambda c: c.order))
        if kind == "matching":
            return "; ".join(f"{c.text} → {c.match_text}" for c in choices if c.text)
        if kind == "numeric":
            c = max(choices, key=lambda c: c.fraction)
            tol = f" ± {c.tolerance.normalize():f}" if c.tolerance else ""
            return f"{c.number.normalize():f}{tol}"
        return ""

    def state(self) -> str:
        if self.fraction is None:
            return "pending"
        if self.fraction >= 1:
            return "right"
        return "partial" if self.fraction > 0 else "wrong"

    def state_label(self) -> str:
        return {
            "pending": _("Awaiting marking"),
            "right": _("Correct"),
            "partial": _("Partly correct"),
            "wrong": _("Incorrect"),
        }[self.state()]
