"""Bar charts drawn on the server as SVG: pure functions, no chart library on phones."""

from html import escape

WIDTH, BAR_HEIGHT, GAP, LABEL_WIDTH = 340, 22, 8, 130


def _number(value: float, suffix: str) -> str:
    text = f"{value:.1f}".rstrip("0").rstrip(".").replace(".", ",")
    return f"{text}{suffix}"


def _svg_start(title: str, height: int) -> list[str]:
    """The opening tag, accessible title and visible title of a chart."""
    return [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" '
        f'role="img" aria-label="{escape(title)}" class="chart">',
        f"<title>{escape(title)}</title>",
        f'<text x="0" y="16" class="chart-title">{escape(title)}</text>',
    ]


def bar_chart(
    rows: list[tuple[str, float]], *, title: str, suffix: str = "", maximum=None
) -> str:
    """Horizontal bars, one per (label, value); scales to the largest value."""
    top = maximum or max((value for _label, value in rows), default=0) or 1
    height = 28 + len(rows) * (BAR_HEIGHT + GAP)
    space = WIDTH - LABEL_WIDTH - 50
    parts = _svg_start(title, height)
    for index, (label, value) in enumerate(rows):
        y = 28 + index * (BAR_HEIGHT + GAP)
        length = max(0.0, min(1.0, value / top)) * space
        short = label if len(label) <= 22 else label[:21] + "…"
        parts += [
            f'<text x="0" y="{y + 15}" class="chart-label">{escape(short)}</text>',
            f'<rect x="{LABEL_WIDTH}" y="{y}" width="{length:.1f}" '
            f'height="{BAR_HEIGHT}" rx="3" class="chart-bar"/>',
            f'<text x="{LABEL_WIDTH + length + 4:.1f}" y="{y + 15}" '
            f'class="chart-value">{escape(_number(value, suffix))}</text>',
        ]
    parts.append("</svg>")
    return "".join(parts)


SERIES_CLASSES = ("chart-bar", "chart-bar-2")
GROUP_BAR, LABEL_NARROW = 10, 60
LEGEND_Y = 34
GROUPS_TOP = LEGEND_Y + 14


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
    group_height = len(series) * GROUP_BAR + GAP
    height = GROUPS_TOP + len(rows) * group_height
    parts = _svg_start(title, height) + _legend(series)
    for row_index, (label, group) in enumerate(rows):
        y = GROUPS_TOP + row_index * group_height
        parts += _group(label, group, y, bars=len(series), top=top, suffix=suffix)
    parts.append("</svg>")
    return "".join(parts)


def _series_class(index: int) -> str:
    return SERIES_CLASSES[index % len(SERIES_CLASSES)]


def _legend(series: list[str]) -> list[str]:
    """A swatch and the name of each series, side by side."""
    parts, x = [], 0
    for index, name in enumerate(series):
        parts += [
            f'<rect x="{x}" y="{LEGEND_Y - 9}" width="10" height="10" '
            f'class="{_series_class(index)}"/>',
            f'<text x="{x + 14}" y="{LEGEND_Y}" class="chart-label">'
            f"{escape(name)}</text>",
        ]
        x += 14 + 7 * len(name) + 16
    return parts


def _group(
    label: str, group: list[float | None], y: int, *, bars: int, top, suffix: str
) -> list[str]:
    """One label's group from ``y`` down: the label, centred on its ``bars`` rows,
    then a bar and value per series."""
    parts = [
        f'<text x="0" y="{y + bars * GROUP_BAR / 2 + 4:.0f}" '
        f'class="chart-label">{escape(label)}</text>'
    ]
    for index, value in enumerate(group):
        parts += _group_bar(index, value, y + index * GROUP_BAR, top=top, suffix=suffix)
    return parts


def _group_bar(
    index: int, value: float | None, y: int, *, top, suffix: str
) -> list[str]:
    """One series' bar in a group and its value; no bar and "—" for None."""
    if value is None:
        return [_group_value("—", 0.0, y)]
    length = max(0.0, min(1.0, value / top)) * (WIDTH - LABEL_NARROW - 50)
    return [
        f'<rect x="{LABEL_NARROW}" y="{y}" width="{length:.1f}" '
        f'height="{GROUP_BAR - 1}" class="{_series_class(index)}"/>',
        _group_value(_number(value, suffix), length, y),
    ]


def _group_value(text: str, length: float, y: int) -> str:
    return (
        f'<text x="{LABEL_NARROW + length + 4:.1f}" y="{y + 8}" '
        f'class="chart-value chart-small">{escape(text)}</text>'
    )
