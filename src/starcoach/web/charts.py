"""Charts drawn on the server as inline SVG: no script, readable by screen readers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

from starcoach.practice.progress import Series
from starcoach.web.present import verdict_label

WIDTH, HEIGHT = 720, 280
LEFT, RIGHT, TOP, BOTTOM = 44, 16, 16, 36
PALETTE = ("#4f46e5", "#0d9488", "#d97706", "#db2777", "#2563eb", "#65a30d", "#7c3aed", "#dc2626")


@dataclass(frozen=True)
class Chart:
    """An SVG chart and the legend that goes with it."""

    svg: Markup
    legend: list[tuple[str, str]]


def _x(n: int, last: int) -> float:
    span = WIDTH - LEFT - RIGHT
    return LEFT + (span / 2 if last <= 1 else span * (n - 1) / (last - 1))


def _y(score: int) -> float:
    return TOP + (HEIGHT - TOP - BOTTOM) * (1 - max(0, min(100, score)) / 100)


def _grid(last: int) -> list[str]:
    parts = []
    for score in (0, 25, 50, 75, 100):
        y = _y(score)
        parts.append(f'<line class="grid" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y:.1f}" y2="{y:.1f}"/>')
        parts.append(f'<text class="tick" x="{LEFT - 8}" y="{y + 4:.1f}" text-anchor="end">{score}</text>')
    step = max(1, last // 8)
    for n in range(1, last + 1, step):
        parts.append(f'<text class="tick" x="{_x(n, last):.1f}" y="{HEIGHT - 12}" text-anchor="middle">{n}</text>')
    return parts


def _series(series: Series, color: str, last: int) -> list[str]:
    coords = [(_x(n, last), _y(score)) for n, score, _ in series.points]
    path = " ".join(f"{x:.1f},{y:.1f}" for x, y in coords)
    parts = [f'<polyline class="line" points="{path}" stroke="{color}"/>'] if len(coords) > 1 else []
    for (x, y), (n, score, verdict) in zip(coords, series.points, strict=True):
        label = escape(f"{series.name}, attempt {n}: {score} ({verdict_label(verdict)})")
        parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4.5" fill="{color}"><title>{label}</title></circle>')
    return parts


def score_chart(series: Sequence[Series]) -> Chart | None:
    """Draw scores (0-100) against attempt number, one line per principle; None when there is no data."""
    last = max((n for s in series for n, _, _ in s.points), default=0)
    if last == 0:
        return None
    colors = [PALETTE[i % len(PALETTE)] for i in range(len(series))]
    body = _grid(last)
    for one, color in zip(series, colors, strict=True):
        body += _series(one, color, last)
    title = "Scores over time per principle"
    svg = (
        f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-label="{title}">'
        f"<title>{title}</title>"
        f'<text class="axis" x="{WIDTH - RIGHT}" y="{HEIGHT - 1}" text-anchor="end">attempt</text>'
        + "".join(body)
        + "</svg>"
    )
    return Chart(Markup(svg), [(str(s.name), c) for s, c in zip(series, colors, strict=True)])
