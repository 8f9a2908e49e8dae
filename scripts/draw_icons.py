"""Draws the web app icons (static/img/icon-180.png, -192, -512) from the logo's shapes.

The logo is an SVG (static/img/logo.svg); phones and app launchers want PNGs, so this draws the
same house and heart with Pillow. The background fills the whole square, so the icon survives
a launcher's mask (rounded square or circle): the shapes stay inside the middle 80 %.
Run it again after changing the logo: `.venv/bin/python scripts/draw_icons.py`.
"""

import math
from pathlib import Path

from PIL import Image, ImageDraw

TEAL = "#1F6F78"
CREAM = "#FBF5EC"
ORANGE = "#E07A2E"
SIZES = (180, 192, 512)
OVERSAMPLE = 4  # draw large, then shrink: smooth edges without an anti-aliasing API
OUT = Path(__file__).resolve().parents[1] / "static" / "img"


def heart(cx, cy, r, steps=120):
    """The classic heart curve around (cx, cy), about 2r wide, as a polygon."""
    points = []
    for i in range(steps):
        t = 2 * math.pi * i / steps
        x = 16 * math.sin(t) ** 3
        y = 13 * math.cos(t) - 5 * math.cos(2 * t) - 2 * math.cos(3 * t) - math.cos(4 * t)
        points.append((cx + x * r / 16, cy - y * r / 16))
    return points


def draw(size):
    big = size * OVERSAMPLE
    unit = big / 40  # the logo's viewBox is 40 × 40
    image = Image.new("RGB", (big, big), TEAL)
    pen = ImageDraw.Draw(image)
    house = [(10, 21), (20, 11), (30, 21), (30, 31), (10, 31)]
    pen.polygon([(x * unit, y * unit) for x, y in house], fill=CREAM)
    pen.polygon(heart(20 * unit, 24.5 * unit, 4.6 * unit), fill=ORANGE)
    return image.resize((size, size), Image.Resampling.LANCZOS)


def main():
    for size in SIZES:
        path = OUT / f"icon-{size}.png"
        draw(size).save(path, optimize=True)
        print(f"{path.relative_to(OUT.parents[1])}: {path.stat().st_size} bytes")


if __name__ == "__main__":
    main()
