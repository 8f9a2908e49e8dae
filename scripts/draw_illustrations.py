"""Draw the site's five original illustrations (flat shapes, warm palette, no people with faces).

Run from the project root:  .venv/bin/python scripts/draw_illustrations.py
Each picture is drawn at 2x and scaled down with LANCZOS for smooth edges, then reduced to a small
palette PNG. Pillow is the only dependency.
"""

import math
from pathlib import Path

from PIL import Image, ImageDraw

OUT_DIR = Path(__file__).resolve().parent / "illustrations"
W, H = 1200, 800
S = 2  # supersampling factor
PALETTE_COLOURS = 64

# Palette from the design brief, plus a few tints of it.
CREAM = "#FBF5EC"
ORANGE = "#E07A2E"
TEAL = "#1F6F78"
GREEN = "#7BA05B"
YELLOW = "#F2C14E"
INK = "#23303B"
PEACH = "#F6DCC0"
SAND = "#F0D4AC"
PALE_YELLOW = "#F8E7BE"
LIGHT_GREEN = "#A9C48A"
PALE_GREEN = "#CADBB0"
DARK_GREEN = "#5F8746"
LIGHT_TEAL = "#A7CFCB"
CORAL = "#D9603B"
WHITE = "#FFFCF6"


# --------------------------------------------------------------------------- geometry helpers


def catmull_rom(points, steps=24):
    """A smooth curve through all the given points (the ends are repeated)."""
    pts = [points[0], *points, points[-1]]
    out = []
    for i in range(1, len(pts) - 2):
        p0, p1, p2, p3 = pts[i - 1], pts[i], pts[i + 1], pts[i + 2]
        for s in range(steps):
            t = s / steps
            t2, t3 = t * t, t * t * t
            out.append(
                tuple(
                    0.5
                    * (
                        2 * p1[k]
                        + (-p0[k] + p2[k]) * t
                        + (2 * p0[k] - 5 * p1[k] + 4 * p2[k] - p3[k]) * t2
                        + (-p0[k] + 3 * p1[k] - 3 * p2[k] + p3[k]) * t3
                    )
                    for k in range(2)
                )
            )
    out.append(points[-1])
    return out


def rotate(pts, angle_deg, origin):
    a = math.radians(angle_deg)
    ca, sa = math.cos(a), math.sin(a)
    ox, oy = origin
    return [(ox + (x - ox) * ca - (y - oy) * sa, oy + (x - ox) * sa + (y - oy) * ca) for x, y in pts]


def rounded_rect_pts(cx, cy, w, h, r, angle=0.0, pivot=None, steps=10):
    """Outline of a rounded rectangle centred on (cx, cy), optionally rotated about pivot."""
    pts = []
    corners = [
        (cx + w / 2 - r, cy - h / 2 + r, -90),
        (cx + w / 2 - r, cy + h / 2 - r, 0),
        (cx - w / 2 + r, cy + h / 2 - r, 90),
        (cx - w / 2 + r, cy - h / 2 + r, 180),
    ]
    for ccx, ccy, start in corners:
        for s in range(steps + 1):
            a = math.radians(start + 90 * s / steps)
            pts.append((ccx + r * math.cos(a), ccy + r * math.sin(a)))
    if angle:
        pts = rotate(pts, angle, pivot or (cx, cy))
    return pts


def ellipse_pts(cx, cy, rx, ry, angle=0.0, steps=72):
    pts = [
        (cx + rx * math.cos(2 * math.pi * i / steps), cy + ry * math.sin(2 * math.pi * i / steps))
        for i in range(steps)
    ]
    return rotate(pts, angle, (cx, cy)) if angle else pts


def heart_pts(cx, cy, size, angle=0.0, steps=120):
    """The classic parametric heart; size is roughly its width."""
    k = size / 34.0
    pts = []
    for i in range(steps):
        t = 2 * math.pi * i / steps
        x = 16 * math.sin(t) ** 3
        y = 13 * math.cos(t) - 5 * math.cos(2 * t) - 2 * math.cos(3 * t) - math.cos(4 * t)
        pts.append((cx + x * k, cy - y * k - 2 * k))
    return rotate(pts, angle, (cx, cy)) if angle else pts


def ribbon_pts(centre, widths):
    """A band along a centre line whose width varies point by point (paths, roads)."""
    left, right = [], []
    n = len(centre)
    for i, (x, y) in enumerate(centre):
        x0, y0 = centre[max(i - 1, 0)]
        x1, y1 = centre[min(i + 1, n - 1)]
        dx, dy = x1 - x0, y1 - y0
        norm = math.hypot(dx, dy) or 1.0
        nx, ny = -dy / norm, dx / norm
        half = widths[i] / 2
        left.append((x + nx * half, y + ny * half))
        right.append((x - nx * half, y - ny * half))
    return left + right[::-1]


def road_pts(points, widths, steps=30):
    """A path on flat ground: a smooth centre line through points, widened sideways (as in perspective)."""
    centre = catmull_rom(points, steps)
    n = len(centre) - 1
    half = []
    for i in range(n + 1):
        f = i / n * (len(widths) - 1)
        j = min(int(f), len(widths) - 2)
        half.append(lerp(widths[j], widths[j + 1], f - j) / 2)
    left = [(x - h, y) for (x, y), h in zip(centre, half, strict=True)]
    right = [(x + h, y) for (x, y), h in zip(centre, half, strict=True)]
    return left + right[::-1]


def lerp(a, b, t):
    return a + (b - a) * t


# --------------------------------------------------------------------------- drawing surface


class Canvas:
    """All coordinates are in final (1200x800) pixels; drawing happens at S times the size."""

    def __init__(self, background=CREAM):
        self.img = Image.new("RGB", (W * S, H * S), background)
        self.draw = ImageDraw.Draw(self.img)

    @staticmethod
    def _s(pts):
        return [(x * S, y * S) for x, y in pts]

    def polygon(self, pts, fill):
        self.draw.polygon(self._s(pts), fill=fill)

    def circle(self, cx, cy, r, fill):
        self.draw.ellipse([(cx - r) * S, (cy - r) * S, (cx + r) * S, (cy + r) * S], fill=fill)

    def ellipse(self, cx, cy, rx, ry, fill):
        self.draw.ellipse([(cx - rx) * S, (cy - ry) * S, (cx + rx) * S, (cy + ry) * S], fill=fill)

    def rect(self, x0, y0, x1, y1, fill, radius=0):
        box = [x0 * S, y0 * S, x1 * S, y1 * S]
        if radius:
            self.draw.rounded_rectangle(box, radius=radius * S, fill=fill)
        else:
            self.draw.rectangle(box, fill=fill)

    def line(self, pts, fill, width):
        """A polyline with round joints and round caps."""
        self.draw.line(self._s(pts), fill=fill, width=round(width * S), joint="curve")
        for x, y in (pts[0], pts[-1]):
            self.circle(x, y, width / 2, fill)

    def stroke(self, pts, fill, w0, w1=None):
        """A soft tapered brush stroke: discs along the path, width going from w0 to w1."""
        w1 = w0 if w1 is None else w1
        dense = []
        for (x0, y0), (x1, y1) in zip(pts, pts[1:], strict=False):
            n = max(1, int(math.hypot(x1 - x0, y1 - y0) / 1.5))
            dense.extend((lerp(x0, x1, i / n), lerp(y0, y1, i / n)) for i in range(n))
        dense.append(pts[-1])
        for i, (x, y) in enumerate(dense):
            self.circle(x, y, lerp(w0, w1, i / max(1, len(dense) - 1)) / 2, fill)

    def hill(self, top_points, fill, bottom=H + 10):
        curve = catmull_rom(top_points)
        self.polygon([(curve[0][0], bottom), *curve, (curve[-1][0], bottom)], fill)

    def save(self, name):
        small = self.img.resize((W, H), Image.LANCZOS)
        quantised = small.quantize(
            colors=PALETTE_COLOURS, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE
        )
        path = OUT_DIR / name
        quantised.save(path, optimize=True)
        return path


# --------------------------------------------------------------------------- shared motifs


def tree(c, x, base_y, height, crown, colour=GREEN, trunk=INK):
    """A lollipop tree: a short trunk and a round crown."""
    c.line([(x, base_y), (x, base_y - height + crown * 0.6)], trunk, max(6, crown * 0.16))
    c.circle(x, base_y - height + crown * 0.2, crown, colour)


def cone_tree(c, x, base_y, height, width, colour=DARK_GREEN, trunk=INK):
    """A rounded cypress-like tree."""
    c.line([(x, base_y), (x, base_y - height * 0.3)], trunk, max(5, width * 0.14))
    c.ellipse(x, base_y - height * 0.58, width / 2, height * 0.42, colour)


def bush(c, x, y, size, colour=GREEN):
    c.circle(x - size * 0.55, y - size * 0.35, size * 0.55, colour)
    c.circle(x + size * 0.5, y - size * 0.3, size * 0.6, colour)
    c.circle(x, y - size * 0.65, size * 0.7, colour)
    c.rect(x - size * 1.05, y - size * 0.4, x + size * 1.05, y, colour, radius=size * 0.2)


def flower(c, x, y, r, colour):
    c.circle(x, y, r, colour)
    c.circle(x, y, r * 0.42, WHITE)


def note(c, x, y, size, colour, flag=True):
    """A simple music note: a tilted oval head with a stem and an optional flag."""
    c.polygon(ellipse_pts(x, y, size * 0.62, size * 0.44, angle=-22), colour)
    stem_x = x + size * 0.52
    top = y - size * 2.3
    c.line([(stem_x, y - size * 0.12), (stem_x, top)], colour, size * 0.2)
    if flag:
        c.stroke(
            catmull_rom(
                [
                    (stem_x, top),
                    (stem_x + size * 0.55, top + size * 0.55),
                    (stem_x + size * 0.5, top + size * 1.3),
                ],
                12,
            ),
            colour,
            size * 0.26,
            size * 0.12,
        )


def house(c, x, base, w, h, wall, roof, roof_h=None, door=INK, window=YELLOW, chimney=None):
    """A small house: walls, a gabled roof with a little overhang, a door and a window."""
    roof_h = roof_h or w * 0.55
    c.rect(x - w / 2, base - h, x + w / 2, base, wall)
    over = w * 0.09
    c.polygon(
        rounded_roof(x, base - h, w + 2 * over, roof_h),
        roof,
    )
    if chimney:
        cx = x + w * 0.25
        c.rect(cx - w * 0.06, base - h - roof_h * 0.85, cx + w * 0.06, base - h - roof_h * 0.35, chimney)
    dw = w * 0.22
    c.rect(x + w * 0.08, base - h * 0.55, x + w * 0.08 + dw, base, door, radius=dw * 0.45)
    c.rect(
        x - w * 0.34, base - h * 0.66, x - w * 0.34 + w * 0.26, base - h * 0.66 + w * 0.24, window, radius=3
    )


def rounded_roof(cx, eave_y, w, h):
    """A gable roof triangle with a slightly softened apex."""
    apex = (cx, eave_y - h)
    left, right = (cx - w / 2, eave_y), (cx + w / 2, eave_y)
    tip = [
        (lerp(apex[0], left[0], 0.06), lerp(apex[1], left[1], 0.06)),
        (cx, eave_y - h * 0.985),
        (lerp(apex[0], right[0], 0.06), lerp(apex[1], right[1], 0.06)),
    ]
    return [left, *catmull_rom(tip, 8), right, (right[0], eave_y + 4), (left[0], eave_y + 4)]


# --------------------------------------------------------------------------- 1. family house


def family_house():
    c = Canvas()
    c.circle(600, 390, 330, PALE_YELLOW)
    # ground
    c.hill([(-20, 640), (300, 590), (600, 600), (900, 585), (1220, 630)], LIGHT_GREEN)
    c.hill([(-20, 700), (350, 668), (800, 690), (1220, 660)], GREEN)

    # path from the door down to the viewer
    c.polygon(road_pts([(665, 598), (640, 660), (690, 730), (640, 815)], [86, 150, 240, 340]), SAND)

    # trees and bushes behind the house
    tree(c, 305, 615, 230, 80, DARK_GREEN)
    cone_tree(c, 905, 605, 230, 92, GREEN)
    cone_tree(c, 975, 615, 170, 70, DARK_GREEN)

    # the house
    left, right, eave, base = 435, 765, 385, 600
    c.rect(left, eave, right, base, WHITE)
    c.rect(left, base - 14, right, base, PEACH)  # plinth
    c.rect(690, 205, 728, 300, ORANGE)  # chimney
    c.rect(684, 198, 734, 214, CORAL, radius=4)
    c.polygon(rounded_roof(600, eave + 8, 400, 200), TEAL)
    c.rect(398, eave - 2, 802, eave + 14, INK, radius=7)  # eaves line

    # round attic window
    c.circle(600, 300, 30, CREAM)
    c.circle(600, 300, 21, YELLOW)

    # warm window with a soft glow
    c.rect(458, 425, 562, 527, "#FBE3A6", radius=22)
    c.rect(470, 437, 550, 515, INK, radius=10)
    c.rect(477, 444, 543, 508, YELLOW, radius=6)
    c.rect(507, 444, 513, 508, INK)
    c.rect(477, 473, 543, 479, INK)
    c.rect(462, 515, 558, 527, PEACH, radius=4)  # sill

    # door with a rounded top
    c.rect(618, 440, 712, 600, INK, radius=46)
    c.rect(626, 448, 704, 600, ORANGE, radius=39)
    c.circle(690, 528, 6, INK)
    c.rect(608, 592, 722, 604, PEACH, radius=4)  # step

    # bushes by the house
    bush(c, 430, 604, 36, GREEN)
    bush(c, 778, 606, 30, DARK_GREEN)

    # heart above the roof
    c.polygon(heart_pts(600, 126, 108), CORAL)

    # chimney puffs
    for x, y, r in ((712, 176, 11), (726, 150, 8), (744, 130, 6)):
        c.circle(x, y, r, WHITE)

    # flowers in the grass
    for x, y, col in (
        (170, 700, ORANGE),
        (220, 735, YELLOW),
        (120, 750, CORAL),
        (980, 712, YELLOW),
        (1040, 745, ORANGE),
        (1090, 705, CORAL),
    ):
        flower(c, x, y, 11, col)
    return c.save("family-house.png")


# --------------------------------------------------------------------------- 2. helping hands


def arc_band_pts(cx, cy, r_in, r_out, a0, a1, steps=60):
    """A thick arc (part of a ring) between two angles in degrees (screen coordinates)."""
    outer = [
        (
            cx + r_out * math.cos(math.radians(lerp(a0, a1, i / steps))),
            cy + r_out * math.sin(math.radians(lerp(a0, a1, i / steps))),
        )
        for i in range(steps + 1)
    ]
    inner = [
        (
            cx + r_in * math.cos(math.radians(lerp(a1, a0, i / steps))),
            cy + r_in * math.sin(math.radians(lerp(a1, a0, i / steps))),
        )
        for i in range(steps + 1)
    ]
    return outer + inner


def helping_hands():
    c = Canvas()
    c.circle(600, 400, 330, PEACH)
    c.circle(600, 400, 240, PALE_YELLOW)

    # two cupped hands (one teal, one orange) forming a bowl around a heart
    bowl = (600, 360)
    r_in, r_out = 178, 262
    r_mid = (r_in + r_out) / 2
    for side, colour, cuff in ((-1, TEAL, LIGHT_TEAL), (1, ORANGE, "#F3B07C")):

        def ang(deg, side=side):
            # angles are given for the left hand and mirrored for the right one
            return deg if side < 0 else 180 - deg

        # forearm coming up from the bottom edge into the wrist
        wrist = (
            bowl[0] + (r_mid + 8) * math.cos(math.radians(ang(124))),
            bowl[1] + (r_mid + 8) * math.sin(math.radians(ang(124))),
        )
        elbow = (600 + side * 240, 830)
        c.stroke([elbow, wrist], colour, 116, 84)
        c.stroke([(600 + side * 262, 742), (600 + side * 170, 760)], cuff, 24)
        # the cupped hand: a thick arc from the middle of the bowl up to the fingertips
        a0, a1 = ang(90), ang(198)
        c.polygon(arc_band_pts(*bowl, r_in, r_out, min(a0, a1), max(a0, a1)), colour)
        tip = math.radians(a1)
        c.circle(bowl[0] + r_mid * math.cos(tip), bowl[1] + r_mid * math.sin(tip), (r_out - r_in) / 2, colour)
    # where the two little fingers meet
    c.line([(600, bowl[1] + r_in - 2), (600, bowl[1] + r_out - 8)], PALE_YELLOW, 5)

    # the heart being held
    c.polygon(heart_pts(600, 390, 230), CORAL)
    c.polygon(heart_pts(548, 330, 44, angle=-20), "#E88463")  # soft highlight

    # small sparkles around
    for x, y, r, col in (
        (350, 190, 10, YELLOW),
        (860, 200, 13, YELLOW),
        (925, 380, 7, ORANGE),
        (272, 350, 7, TEAL),
        (770, 118, 6, CORAL),
        (430, 118, 6, GREEN),
    ):
        c.circle(x, y, r, col)
    return c.save("helping-hands.png")


# --------------------------------------------------------------------------- 3. path together


def path_together():
    c = Canvas()
    sun = (770, 330)
    c.circle(*sun, 190, "#FAEDD0")
    c.circle(*sun, 140, PALE_YELLOW)
    c.circle(*sun, 92, YELLOW)

    c.hill([(-20, 430), (200, 370), (430, 400), (700, 440), (950, 380), (1220, 410)], PALE_GREEN)
    c.hill([(-20, 500), (250, 450), (560, 470), (860, 480), (1220, 440)], LIGHT_GREEN)
    c.hill([(-20, 560), (300, 580), (700, 540), (1000, 560), (1220, 530)], "#93B570")
    c.hill([(-20, 660), (400, 640), (800, 670), (1220, 630)], GREEN)

    # the winding path, narrowing towards the horizon under the sun
    c.polygon(
        road_pts(
            [(560, 815), (700, 720), (600, 630), (520, 565), (640, 505), (770, 458)],
            [330, 250, 170, 110, 50, 8],
        ),
        SAND,
    )

    # trees on the hills
    for x, y, hgt, wd, col in (
        (150, 455, 110, 46, DARK_GREEN),
        (195, 470, 80, 34, GREEN),
        (1010, 420, 95, 40, DARK_GREEN),
        (330, 585, 120, 50, DARK_GREEN),
        (900, 565, 130, 54, DARK_GREEN),
        (960, 575, 90, 40, GREEN),
    ):
        cone_tree(c, x, y, hgt, wd, col)
    tree(c, 1080, 650, 170, 58, DARK_GREEN)
    tree(c, 110, 680, 150, 50, DARK_GREEN)

    # four rounded figures walking together, seen from behind (no faces)
    figures = [
        (545, 700, 176, TEAL),
        (615, 706, 112, YELLOW),
        (672, 708, 92, DARK_GREEN),
        (738, 702, 158, ORANGE),
    ]
    hands = []
    for x, base, h, col in figures:
        head = h * 0.16
        bw = h * 0.36
        body_top = base - h + head * 2 + h * 0.04
        c.rect(x - bw / 2, body_top, x + bw / 2, base, col, radius=bw * 0.46)
        c.rect(x - bw / 2, (body_top + base) / 2, x + bw / 2, base, col)
        c.circle(x, base - h + head, head, col)
        hands.append((x, body_top + (base - body_top) * 0.45, bw, col))
    for (x0, y0, w0, col0), (x1, y1, w1, _) in zip(hands, hands[1:], strict=False):
        a = (x0 + w0 * 0.42, y0 - 6)
        b = (x1 - w1 * 0.42, y1 - 6)
        mid = ((a[0] + b[0]) / 2, max(a[1], b[1]) + 18)
        c.stroke(catmull_rom([a, mid, b], 10), col0, 10)

    # two birds
    for x, y, s in ((420, 230, 22), (470, 200, 16)):
        c.stroke(catmull_rom([(x - s, y - s * 0.2), (x - s * 0.45, y - s * 0.5), (x, y)], 8), INK, 4)
        c.stroke(catmull_rom([(x, y), (x + s * 0.45, y - s * 0.5), (x + s, y - s * 0.2)], 8), INK, 4)
    return c.save("path-together.png")


# --------------------------------------------------------------------------- 4. rhythm cards


RAINBOW = ["#D9503F", ORANGE, YELLOW, GREEN, "#2F8F8A", "#3D6FA8", "#7A5BA6"]


def rhythm_cards():
    c = Canvas()
    c.circle(600, 420, 340, PEACH)

    pivot = (600, 640)
    card_w, card_h, radius = 220, 320, 24
    dist = 175  # pivot to card centre
    step = 16
    # each card's rhythm: beats along its top, big dot = long sound, small dot = short sound
    patterns = [(1, 0), (1, 1), (0, 0), None, (0, 1), (1, 1), (0, 0)]
    cards = [
        (step * (i - 3), colour, beats)
        for i, (colour, beats) in enumerate(zip(RAINBOW, patterns, strict=True))
    ]
    # the middle card lies on top; the others fan out underneath it to both sides
    order = sorted(range(7), key=lambda i: -abs(i - 3))

    c.ellipse(600, 712, 120, 14, "#EDCBA8")  # soft shadow under the fan

    for i in order:
        angle, colour, beats = cards[i]
        a = math.radians(angle)
        cx, cy = pivot[0] + dist * math.sin(a), pivot[1] - dist * math.cos(a)
        c.polygon(rounded_rect_pts(cx, cy, card_w + 14, card_h + 14, radius + 7, angle), WHITE)
        c.polygon(rounded_rect_pts(cx, cy, card_w, card_h, radius, angle), colour)
        top_y = cy - card_h / 2 + 40
        if beats is None:
            # the front card: a big note and a full row of beats
            for dx, r in ((-66, 15), (-22, 9), (22, 9), (66, 15)):
                c.circle(cx + dx, cy + 95, r, WHITE)
            note(c, cx - 12, cy + 30, 40, WHITE)
            continue
        # beats along the top, on the outer side of the card (the part left in view)
        side = -1 if i < 3 else 1
        x = cx + side * (card_w / 2 - 28)
        for b in beats:
            r = 12 if b else 7
            px, py = rotate([(x, top_y)], angle, (cx, cy))[0]
            c.circle(px, py, r, WHITE)
            x -= side * 29

    # notes drifting above the fan
    note(c, 215, 215, 26, TEAL)
    note(c, 975, 185, 30, ORANGE)
    note(c, 1040, 330, 20, TEAL, flag=False)
    for x, y, r, col in (
        (300, 130, 8, YELLOW),
        (880, 95, 7, CORAL),
        (160, 360, 6, ORANGE),
        (1060, 460, 7, YELLOW),
    ):
        c.circle(x, y, r, col)
    return c.save("rhythm-cards.png")


# --------------------------------------------------------------------------- 5. community


def school(c, x, base):
    w, h = 250, 170
    c.rect(x - w / 2, base - h, x + w / 2, base, WHITE)
    c.rect(x - w / 2, base - 14, x + w / 2, base, PEACH)
    c.polygon(rounded_roof(x, base - h + 6, w + 34, 80), TEAL)
    c.rect(x - w / 2 - 17, base - h - 2, x + w / 2 + 17, base - h + 10, INK, radius=6)
    # bell tower
    c.rect(x - 30, base - h - 150, x + 30, base - h - 60, WHITE)
    c.polygon(rounded_roof(x, base - h - 146, 84, 58), ORANGE)
    c.rect(x - 18, base - h - 132, x + 18, base - h - 90, INK, radius=18)
    c.circle(x, base - h - 104, 11, YELLOW)
    # flag
    c.line([(x, base - h - 204), (x, base - h - 262)], INK, 4)
    c.polygon([(x + 2, base - h - 262), (x + 46, base - h - 250), (x + 2, base - h - 236)], CORAL)
    # windows and double door
    for wx in (x - 100, x - 60, x + 28, x + 68):
        c.rect(wx, base - h + 48, wx + 30, base - h + 90, YELLOW, radius=5)
    c.rect(x - 24, base - 80, x + 24, base, INK, radius=22)
    c.rect(x - 18, base - 74, x + 18, base, ORANGE, radius=17)
    c.rect(x - 1.5, base - 74, x + 1.5, base, INK)


def community():
    c = Canvas()
    c.circle(600, 420, 360, PEACH)
    c.hill([(-20, 560), (300, 520), (600, 510), (900, 520), (1220, 560)], LIGHT_GREEN)

    # trees behind the row of buildings
    tree(c, 222, 520, 200, 54, DARK_GREEN)
    tree(c, 455, 505, 215, 60, GREEN)
    tree(c, 752, 505, 205, 58, GREEN)
    tree(c, 985, 520, 200, 52, DARK_GREEN)

    # a row of houses around the school
    house(c, 150, 560, 120, 100, "#F4CFA0", DARK_GREEN, roof_h=66, door=TEAL, window=WHITE)
    house(c, 300, 548, 140, 124, LIGHT_TEAL, ORANGE, roof_h=74, door=INK, window=YELLOW, chimney=INK)
    house(c, 880, 548, 140, 124, YELLOW, TEAL, roof_h=74, door=ORANGE, window=WHITE, chimney=INK)
    house(c, 1045, 560, 120, 100, LIGHT_TEAL, CORAL, roof_h=66, door=TEAL, window=WHITE)
    school(c, 600, 540)

    # front lawn and the round square in the middle
    c.hill([(-20, 600), (300, 570), (600, 560), (900, 570), (1220, 600)], GREEN)
    c.ellipse(600, 665, 330, 92, SAND)
    c.ellipse(600, 665, 230, 58, LIGHT_GREEN)
    c.ellipse(600, 665, 92, 26, SAND)
    c.ellipse(600, 661, 62, 16, LIGHT_TEAL)
    # a short path from the square to the school door
    c.polygon([(578, 540), (622, 540), (650, 580), (550, 580)], SAND)
    # round bushes around the square
    for x, y, size, col in (
        (235, 705, 30, DARK_GREEN),
        (965, 705, 30, DARK_GREEN),
        (150, 650, 22, LIGHT_GREEN),
        (1050, 650, 22, LIGHT_GREEN),
        (95, 765, 26, DARK_GREEN),
        (1105, 765, 26, DARK_GREEN),
    ):
        bush(c, x, y, size, col)
    for x, y, col in ((440, 740, ORANGE), (760, 740, YELLOW), (520, 765, YELLOW), (680, 765, CORAL)):
        flower(c, x, y, 9, col)
    return c.save("community.png")


def main():
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for draw in (family_house, helping_hands, path_together, rhythm_cards, community):
        path = draw()
        print(f"{path.name}: {path.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
