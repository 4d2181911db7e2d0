"""Bar charts drawn on the server as SVG: pure functions, no chart library on phones.

No text may run out of the drawing: every text carries its font size, its width
is estimated generously from the number of characters (`text_width`), titles wrap
onto more lines, labels too long for their place are shortened with "…", and the
space left for a bar leaves room for its value. A test measures every text box
against the view box.
"""

from html import escape

WIDTH, BAR_HEIGHT, GAP = 340, 18, 8
TITLE_SIZE, LABEL_SIZE, SMALL_SIZE = 13, 12, 10
# Wider than the average glyph of system fonts (about 0.5 em for Vietnamese text
# with its diacritics, 0.55 em for digits): an estimate that errs on the safe side.
CHAR_EM = 0.62
BOLD_EM = 0.68
LINE = 16  # a line of title or label text
VALUE_ROOM = 50  # at least this much on the right of the longest bar


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    return len(text) * size * (BOLD_EM if bold else CHAR_EM)


def fit(text: str, room: float, size: float, *, bold: bool = False) -> str:
    """The text, shortened with "…" when it would be wider than ``room``."""
    if text_width(text, size, bold=bold) <= room:
        return text
    chars = max(1, int(room / (size * (BOLD_EM if bold else CHAR_EM))) - 1)
    return text[:chars].rstrip() + "…"


def wrap(text: str, room: float, size: float, *, bold: bool = False) -> list[str]:
    """The text on as many lines as needed, by words (a word too long is cut)."""
    lines: list[str] = []
    for word in text.split():
        candidate = f"{lines[-1]} {word}" if lines else word
        if lines and text_width(candidate, size, bold=bold) <= room:
            lines[-1] = candidate
        else:
            lines.append(fit(word, room, size, bold=bold))
    return lines or [""]


def _number(value: float, suffix: str) -> str:
    text = f"{value:.1f}".rstrip("0").rstrip(".").replace(".", ",")
    return f"{text}{suffix}"


def _text(x: float, y: float, text: str, css: str, size: int) -> str:
    return (
        f'<text x="{x:.1f}" y="{y:.0f}" font-size="{size}" class="{css}">'
        f"{escape(text)}</text>"
    )


def _svg(title: str, height: float, body: list[str]) -> str:
    return "".join(
        [
            f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} '
            f'{height:.0f}" role="img" aria-label="{escape(title)}" class="chart">',
            f"<title>{escape(title)}</title>",
            *body,
            "</svg>",
        ]
    )


def _title(title: str) -> tuple[list[str], float]:
    """The title's lines and the y below them."""
    lines = wrap(title, WIDTH, TITLE_SIZE, bold=True)
    parts = [
        _text(0, LINE * (n + 1), line, "chart-title", TITLE_SIZE)
        for n, line in enumerate(lines)
    ]
    return parts, LINE * len(lines) + 10


def _room_for_values(texts: list[str], size: int) -> float:
    widest = max((text_width(t, size) for t in texts), default=0)
    return max(VALUE_ROOM, widest + 8)


def bar_chart(
    rows: list[tuple[str, float]], *, title: str, suffix: str = "", maximum=None
) -> str:
    """Horizontal bars, one per (label, value), each label on the line above its
    bar; scales to the largest value (or ``maximum``)."""
    top = maximum or max((value for _label, value in rows), default=0) or 1
    values = [_number(value, suffix) for _label, value in rows]
    space = WIDTH - _room_for_values(values, LABEL_SIZE)
    parts, y = _title(title)
    for (label, value), text in zip(rows, values, strict=True):
        length = max(0.0, min(1.0, value / top)) * space
        parts += [
            _text(0, y + LABEL_SIZE, fit(label, WIDTH, LABEL_SIZE), "chart-label", 12),
            f'<rect x="0" y="{y + LINE + 2:.0f}" width="{length:.1f}" '
            f'height="{BAR_HEIGHT}" rx="3" class="chart-bar"/>',
            _text(length + 4, y + LINE + 15, text, "chart-value", LABEL_SIZE),
        ]
        y += LINE + 2 + BAR_HEIGHT + GAP
    return _svg(title, y, parts)


SERIES_CLASSES = ("chart-bar", "chart-bar-2")
GROUP_BAR, LABEL_NARROW = 10, 60


def grouped_bar_chart(
    rows: list[tuple[str, list[float | None]]],
    *,
    series: list[str],
    title: str,
    suffix: str = "",
    maximum=None,
) -> str:
    """Horizontal bars, a group per label with one bar per series and a legend.

    A value of None (nothing to measure) draws no bar and shows "—", so it is not
    mistaken for 0.
    """
    values = [v for _label, group in rows for v in group if v is not None]
    top = maximum or max(values, default=0) or 1
    texts = [_number(v, suffix) for v in values] + ["—"]
    space = WIDTH - LABEL_NARROW - _room_for_values(texts, SMALL_SIZE)
    parts, y = _title(title)
    legend, y = _legend(series, y)
    parts += legend
    group_height = len(series) * GROUP_BAR + GAP
    for label, group in rows:
        parts += _group(label, group, y, top=top, suffix=suffix, space=space)
        y += group_height
    return _svg(title, y, parts)


def _series_class(index: int) -> str:
    return SERIES_CLASSES[index % len(SERIES_CLASSES)]


def _legend(series: list[str], y: float) -> tuple[list[str], float]:
    """A swatch and the name of each series, side by side, on more lines when
    they do not fit; returns the parts and the y below the legend."""
    parts, x, baseline = [], 0.0, y + LABEL_SIZE
    for index, name in enumerate(series):
        name = fit(name, WIDTH - 14, LABEL_SIZE)
        width = 14 + text_width(name, LABEL_SIZE)
        if x and x + width > WIDTH:
            x, baseline = 0.0, baseline + LINE
        parts += [
            f'<rect x="{x:.1f}" y="{baseline - 9:.0f}" width="10" height="10" '
            f'class="{_series_class(index)}"/>',
            _text(x + 14, baseline, name, "chart-label", LABEL_SIZE),
        ]
        x += width + 16
    return parts, baseline + 10


def _group(
    label: str, group: list[float | None], y: float, *, top, suffix: str, space
) -> list[str]:
    """One label's group from ``y`` down: the label, centred on its bars, then a
    bar and value per series."""
    middle = y + len(group) * GROUP_BAR / 2 + 4
    short = fit(label, LABEL_NARROW - 4, LABEL_SIZE)
    parts = [_text(0, middle, short, "chart-label", LABEL_SIZE)]
    for index, value in enumerate(group):
        parts += _group_bar(
            index, value, y + index * GROUP_BAR, top=top, suffix=suffix, space=space
        )
    return parts


def _group_bar(
    index: int, value: float | None, y: float, *, top, suffix: str, space
) -> list[str]:
    """One series' bar in a group and its value; no bar and "—" for None."""
    if value is None:
        return [_group_value("—", 0.0, y)]
    length = max(0.0, min(1.0, value / top)) * space
    return [
        f'<rect x="{LABEL_NARROW}" y="{y:.0f}" width="{length:.1f}" '
        f'height="{GROUP_BAR - 1}" class="{_series_class(index)}"/>',
        _group_value(_number(value, suffix), length, y),
    ]


def _group_value(text: str, length: float, y: float) -> str:
    return _text(
        LABEL_NARROW + length + 4, y + 8, text, "chart-value chart-small", SMALL_SIZE
    )
