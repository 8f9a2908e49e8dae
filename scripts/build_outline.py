"""Builds centers/data/bulgaria-outline.json, the outline of Bulgaria the finder's map draws.

Run once (the result is committed; the site never needs npm). The source is Natural Earth's
Admin 0 country boundaries at 1:50m (public domain), as TopoJSON in the npm package world-atlas
2.0.2 (ISC licence):

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    .venv/bin/python scripts/build_outline.py package/countries-50m.json

The ring is decoded from the topology's arcs, then thinned (Douglas-Peucker, about 1 km) so the
page carries a few hundred points, not thousands.
"""

import json
import math
import sys
from pathlib import Path

OUTPUT = Path(__file__).resolve().parent.parent / "centers" / "data" / "bulgaria-outline.json"
BULGARIA = "100"  # ISO 3166-1 numeric, the id world-atlas gives each country
TOLERANCE = 0.01  # degrees


def decode_arc(arc, transform):
    (scale_x, scale_y), (shift_x, shift_y) = transform["scale"], transform["translate"]
    x = y = 0
    points = []
    for dx, dy in arc:
        x, y = x + dx, y + dy
        points.append((x * scale_x + shift_x, y * scale_y + shift_y))
    return points


def ring(indexes, arcs):
    points = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def thinned(points, tolerance=TOLERANCE):
    """Douglas-Peucker: keeps the points that lie farther than tolerance from the simplified line."""
    if len(points) < 3:
        return points
    (x1, y1), (x2, y2) = points[0], points[-1]
    length = math.hypot(x2 - x1, y2 - y1) or 1e-12
    distances = [abs((y2 - y1) * x - (x2 - x1) * y + x2 * y1 - y2 * x1) / length for x, y in points[1:-1]]
    farthest = max(range(len(distances)), key=distances.__getitem__) + 1
    if distances[farthest - 1] <= tolerance:
        return [points[0], points[-1]]
    return thinned(points[: farthest + 1], tolerance)[:-1] + thinned(points[farthest:], tolerance)


def thinned_ring(points):
    """A closed ring starts and ends at one point, which leaves Douglas-Peucker no line to measure
    from: thin its two halves, split at the point farthest from the start."""
    x0, y0 = points[0]
    far = max(range(len(points)), key=lambda i: math.hypot(points[i][0] - x0, points[i][1] - y0))
    return thinned(points[: far + 1])[:-1] + thinned(points[far:])


def main(topojson_path):
    with open(topojson_path, encoding="utf-8") as file:
        topology = json.load(file)
    arcs = [decode_arc(arc, topology["transform"]) for arc in topology["arcs"]]
    country = next(g for g in topology["objects"]["countries"]["geometries"] if g.get("id") == BULGARIA)
    polygons = country["arcs"] if country["type"] == "MultiPolygon" else [country["arcs"]]
    rings = [[[round(x, 3), round(y, 3)] for x, y in thinned_ring(ring(p[0], arcs))] for p in polygons]
    data = {
        "source": "Natural Earth 1:50m Admin 0 countries (v4.1.0), via the npm package world-atlas 2.0.2",
        "licence": "Natural Earth: public domain; world-atlas: ISC",
        "built_by": "scripts/build_outline.py",
        "rings": rings,
    }
    OUTPUT.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{sum(len(r) for r in rings)} points in {len(rings)} ring(s) written to {OUTPUT}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
