"""Bar charts as server-rendered SVG: no JavaScript, nothing external, allowed by the
Content-Security-Policy (attributes, not inline styles). Each chart is decorative for
screen readers (aria-hidden); the table printed beside it carries the same figures.
Hand-written: a dozen lines of SVG are simpler than a charting library for horizontal bars.
"""
from __future__ import annotations

from typing import Iterable, Tuple

from markupsafe import Markup, escape

ROW = 28
LABEL_WIDTH = 220
BAR_WIDTH = 360
COLOUR = "#1d70b8"  # GOV.UK blue; text stays in #0b0c0c for contrast


def bar_chart(rows: Iterable[Tuple[str, int]]) -> Markup:
    rows = list(rows)
    if not rows:
        return Markup("")
    top = max(value for _, value in rows) or 1
    height = ROW * len(rows)
    parts = [f'<svg class="app-chart" aria-hidden="true" focusable="false" role="presentation" '
             f'width="{LABEL_WIDTH + BAR_WIDTH + 60}" height="{height}" '
             f'viewBox="0 0 {LABEL_WIDTH + BAR_WIDTH + 60} {height}" xmlns="http://www.w3.org/2000/svg">']
    for i, (name, value) in enumerate(rows):
        y = i * ROW
        width = round(BAR_WIDTH * value / top)
        parts.append(
            f'<text x="0" y="{y + 19}" font-size="16" fill="#0b0c0c">{escape(name)}</text>'
            f'<rect x="{LABEL_WIDTH}" y="{y + 4}" width="{width}" height="{ROW - 8}" fill="{COLOUR}"/>'
            f'<text x="{LABEL_WIDTH + width + 6}" y="{y + 19}" font-size="16" fill="#0b0c0c">{value}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))
