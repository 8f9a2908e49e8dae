"""The centre finder: which centres serve a settlement, however its name is typed (Cyrillic or
Latin, with or without "с."/"гр.", misspelt), filtered by region, service and target group;
for a settlement no centre serves, the nearest centres by distance.

It knows every settlement of Bulgaria (the NSI's EKATTE register, centers/gazetteer.py) and
answers from each centre's reach (CenterReach): its town, whole municipalities, places of mobile
work and outreach offices. A visitor's question costs a fixed number of queries, whatever the
settlement: the candidates (one), the listed centres' reach (one), the other known ЦОП (one).
"""

import hashlib
import math
from dataclasses import dataclass, field

from django import forms
from django.db.models import Avg
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from core.i18n import localized
from core.site_cache import remember

from . import gazetteer
from .models import CenterPage, CenterReach, OtherCentre, Region, Service, Settlement, TargetGroup

NEAREST = 3


def distance_km(a, b):
    """Great-circle distance between two (latitude, longitude) points."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(h))


def center_position(center):
    return (float(center.latitude), float(center.longitude))


@dataclass
class Match:
    center: CenterPage
    reasons: list = field(default_factory=list)
    distance: int | None = None


@dataclass
class Option:
    """A settlement offered as a link, with what tells it from its namesakes."""

    label: str
    settlement: Settlement


class FinderForm(forms.Form):
    town = forms.CharField(
        required=False,
        max_length=100,
        label=_("Your town or village"),
        help_text=_("In Cyrillic or Latin letters, e.g. Дебелец or Debelets."),
    )
    region = forms.ChoiceField(required=False, label=_("Region"))
    service = forms.TypedChoiceField(required=False, coerce=int, empty_value=None, label=_("Service"))
    target_group = forms.TypedChoiceField(
        required=False, coerce=int, empty_value=None, label=_("Who it is for")
    )

    def __init__(self, *args, centers, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        used_regions = {center.region for center in centers}
        self.fields["region"].choices = [("", _("Any region"))] + [
            (value, label) for value, label in Region.choices if value in used_regions
        ]
        self.fields["service"].choices = [("", _("Any service"))] + self._choices(
            Service, centers, "services"
        )
        self.fields["target_group"].choices = [("", _("Anyone"))] + self._choices(
            TargetGroup, centers, "target_groups"
        )

    @staticmethod
    def _choices(model, centers, relation):
        """What the listed centres offer, named in the reader's language, keyed by the source's id
        (kept with the site's parts: core/site_cache.py)."""
        ids = sorted(center.pk for center in centers)

        def read():
            used = CenterPage.objects.filter(pk__in=ids).values_list(relation, flat=True)
            sources = list(model.objects.filter(pk__in=used))
            named = [
                (source.pk, shown.name) for source, shown in zip(sources, localized(sources), strict=True)
            ]
            return sorted(named, key=lambda choice: choice[1])

        return remember(f"finder-{relation}:{digest(ids)}", read)


def digest(ids):
    """A short name for a list of ids, for a cache key."""
    return hashlib.sha256(",".join(map(str, ids)).encode()).hexdigest()[:16]


class Finder:
    """Answers one visitor's question about the live centres under one centre index."""

    def __init__(self, centers, data, index=None):
        self.centers = list(centers)
        self.index = index
        self.language = get_language()
        self.form = FinderForm(data or None, centers=self.centers)
        self.town = ""
        self.settlement = None
        self.town_known_as = None
        self.namesakes = []  # other settlements of the same name, offered as links
        self.choices = []  # when the name fits several settlements equally
        self.other_centres = []  # municipalities with a ЦОП outside the network, named by a source
        # all | filtered | served | nearest | elsewhere | choose | unknown-town | none-in-region
        self.outcome = "all"
        self.matches = [Match(center) for center in self.centers]
        if data and self.form.is_valid():
            self.matches = self.answer(self.form.cleaned_data)

    def answer(self, query):
        centers = self.filtered(query)
        self.town = query["town"].strip()
        if self.town:
            return self.by_town(centers)
        if query["region"] and not centers:
            self.outcome = "none-in-region"
            middle = Settlement.objects.filter(municipality__region=query["region"]).aggregate(
                latitude=Avg("latitude"), longitude=Avg("longitude")
            )
            return self.nearest(
                self.filtered({**query, "region": ""}), (middle["latitude"], middle["longitude"])
            )
        self.outcome = "all" if not any(query.values()) else "filtered"
        return [Match(center) for center in centers]

    def filtered(self, query):
        centers = self.centers
        if query["region"]:
            centers = [c for c in centers if c.region == query["region"]]
        for relation in ("services", "target_groups"):
            wanted = query[relation.rstrip("s")]
            if wanted:
                keep = set(
                    CenterPage.objects.filter(
                        pk__in=[c.pk for c in centers], **{relation: wanted}
                    ).values_list("pk", flat=True)
                )
                centers = [c for c in centers if c.pk in keep]
        return centers

    def reach_and_others(self):
        """Where the listed centres work, and the ЦОП outside the network a source names: every
        town's answer reads them, so they are kept with the site's parts (core/site_cache.py)."""
        ids = sorted(center.pk for center in self.centers)

        def read():
            reach = CenterReach.objects.filter(center__in=ids).select_related("municipality", "settlement")
            others = OtherCentre.objects.filter(page=self.index).select_related("municipality")
            return list(reach), (list(others) if self.index else [])

        return remember(f"finder-reach:{getattr(self.index, 'pk', None)}:{digest(ids)}", read)

    def by_town(self, centers):
        lookup = gazetteer.find(self.town, Settlement.objects.all())
        reach, others = self.reach_and_others()
        if lookup.choices:
            self.outcome = "choose"
            self.choices = self.options(lookup.choices)
            return []
        if lookup.settlement is None:
            self.outcome = "unknown-town"
            return [Match(center) for center in centers]
        self.settlement = settlement = lookup.settlement
        named = self.options([settlement, *lookup.namesakes])
        self.namesakes = named[1:]
        self.town_known_as = named[0].label if self.namesakes else settlement.shown_name(self.language)
        served = self.served(settlement, centers, reach)
        if served:
            self.outcome = "served"
            return served
        self.other_centres = [
            o.municipality.shown_name(self.language)
            for o in others
            if o.municipality_id == settlement.municipality_id
        ]
        self.outcome = "elsewhere" if self.other_centres else "nearest"
        return self.nearest(centers, settlement.position)

    def options(self, settlements):
        return [Option(gazetteer.label(s, settlements, self.language), s) for s in settlements]

    def served(self, settlement, centers, reach):
        """The centres whose reach covers the settlement, each with how."""
        matches = {center.pk: Match(center) for center in centers}
        for link in reach:
            covers = (
                link.municipality_id == settlement.municipality_id
                if link.how == CenterReach.How.MUNICIPALITY
                else link.settlement_id == settlement.pk
            )
            if covers and link.center_id in matches:
                reason = {"how": link.how, "place": link.place.shown_name(self.language)}
                if reason not in matches[link.center_id].reasons:
                    matches[link.center_id].reasons.append(reason)
        return [match for match in matches.values() if match.reasons]

    def nearest(self, centers, position):
        if position is None or None in position:
            return [Match(center) for center in centers]
        placed = [c for c in centers if c.latitude is not None and c.longitude is not None]
        ranked = sorted(placed, key=lambda c: distance_km(position, center_position(c)))
        return [Match(c, distance=round(distance_km(position, center_position(c)))) for c in ranked[:NEAREST]]


def map_points(centers, highlighted, width=640):
    """The outline and the centres as SVG coordinates: an equirectangular projection, with
    longitude shrunk by the cosine of Bulgaria's middle latitude so the country keeps its shape."""
    rings = gazetteer.outline()
    lons = [lon for ring in rings for lon, _ in ring]
    lats = [lat for ring in rings for _, lat in ring]
    squeeze = math.cos(math.radians((min(lats) + max(lats)) / 2))
    scale = (width - 20) / ((max(lons) - min(lons)) * squeeze)

    def project(lon, lat):
        return round(10 + (lon - min(lons)) * squeeze * scale, 1), round(10 + (max(lats) - lat) * scale, 1)

    height = round(20 + (max(lats) - min(lats)) * scale)
    outlines = [" ".join(f"{x},{y}" for x, y in (project(lon, lat) for lon, lat in ring)) for ring in rings]
    points = []
    for center in centers:
        if center.latitude is None or center.longitude is None:
            continue
        x, y = project(float(center.longitude), float(center.latitude))
        points.append({"center": center, "x": x, "y": y, "highlighted": center.pk in highlighted})
    place_labels(points)
    return {"width": width, "height": height, "outlines": outlines, "points": points}


def place_labels(points, char_width=8, height=14):
    """Puts each town's name beside its dot where it covers no other dot and no other name
    (Gabrovo, Tryavna and Veliko Tarnovo are close neighbours): right, left, below or above."""
    dots = [(p["x"], p["y"]) for p in points]
    placed = []

    def free(box):
        left, top, right, bottom = box
        clear_of_dots = all(not (left - 9 < x < right + 9 and top - 9 < y < bottom + 9) for x, y in dots)
        clear_of_names = all(right < l or left > r or bottom < t or top > b for l, t, r, b in placed)  # noqa: E741
        return clear_of_dots and clear_of_names

    for point in sorted(points, key=lambda p: (p["y"], p["x"])):
        width = char_width * len(point["center"].town)
        x, y = point["x"], point["y"]
        candidates = [
            (x + 12, y + 5, "start", (x + 12, y - 9, x + 12 + width, y + 5)),
            (x - 12, y + 5, "end", (x - 12 - width, y - 9, x - 12, y + 5)),
            (x, y + 24, "middle", (x - width / 2, y + 10, x + width / 2, y + 24)),
            (x, y - 14, "middle", (x - width / 2, y - 28, x + width / 2, y - 14)),
        ]
        label_x, label_y, anchor, box = next((c for c in candidates if free(c[3])), candidates[0])
        placed.append(box)
        point.update(label_x=round(label_x, 1), label_y=round(label_y, 1), anchor=anchor)
