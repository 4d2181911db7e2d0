"""Bar charts drawn on the server as SVG: pure functions, no chart library on phones."""

from html import escape

WIDTH, BAR_HEIGHT, GAP, LABEL_WIDTH = 340, 22, 8, 130


def _number(value: float, suffix: str) -> str:
    text = f"{value:.1f}".rstrip("0").rstrip(".").replace(".", ",")
    return f"{text}{suffix}"


def bar_chart(
    rows: list[tuple[str, float]], *, title: str, suffix: str = "", maximum=None
) -> str:
    """Horizontal bars, one per (label, value); scales to the largest value."""
    top = maximum or max((value for _label, value in rows), default=0) or 1
    height = 28 + len(rows) * (BAR_HEIGHT + GAP)
    space = WIDTH - LABEL_WIDTH - 50
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" '
        f'role="img" aria-label="{escape(title)}" class="chart">',
        f"<title>{escape(title)}</title>",
        f'<text x="0" y="16" class="chart-title">{escape(title)}</text>',
    ]
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
