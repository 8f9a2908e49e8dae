"""The centre finder: which centres serve a town, however its name is typed (Cyrillic or Latin,
abbreviated, misspelt), filtered by region, service and target group; and, for a town with no
centre, the nearest centres by distance. Works on the centres' own data: their town, and the
places their mobile work, outreach offices and municipalities reach."""

import math
import re
import unicodedata
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from django import forms
from django.utils.translation import gettext_lazy as _

from home.i18n import localized
from home.slugs import transliterate

from . import gazetteer
from .models import CenterPage, CenterPlace, Place, Region, Service, TargetGroup

# Words around a name that are not the name: "гр. Трявна", "с. Дебелец", "Община Габрово".
NOT_NAME = {"gr", "grad", "s", "selo", "obshtina", "municipality", "town", "village", "of", "the"}
CLOSE_ENOUGH = 0.8  # similarity of a misspelt word to the real one (difflib ratio)
NEAREST = 3


def name_words(name):
    """A place name as comparable Latin words: "с. Велико Търново" → ["veliko", "tarnovo"]."""
    latin = transliterate(name)
    plain = "".join(c for c in unicodedata.normalize("NFKD", latin) if not unicodedata.combining(c))
    return [word for word in re.findall(r"[a-z0-9]+", plain) if word not in NOT_NAME]


def _similar(a, b):
    return SequenceMatcher(None, a, b).ratio() >= CLOSE_ENOUGH


def _word_matches(typed, word):
    if typed == word:
        return True
    if len(typed) <= 2:  # an abbreviation: "v." for "Veliko"
        return word.startswith(typed)
    return len(typed) >= 4 and _similar(typed, word)


def names_match(typed, name):
    """Whether the words someone typed name this place."""
    if not typed or not name:
        return False
    if len(typed) == len(name):
        return all(_word_matches(t, w) for t, w in zip(typed, name, strict=True))
    if len(typed) < len(name) and all(len(t) >= 4 and any(_word_matches(t, w) for w in name) for t in typed):
        return True  # "Търново" for "Велико Търново"
    return _similar("".join(typed), "".join(name))  # "velikotarnovo", "veliko tar novo"


def distance_km(a, b):
    """Great-circle distance between two (latitude, longitude) points."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(h))


def town_position(typed):
    for name, latitude, longitude in gazetteer.TOWNS:
        if names_match(typed, name_words(name)):
            return name, (latitude, longitude)
    return None, None


@dataclass
class Match:
    center: CenterPage
    reasons: list = field(default_factory=list)
    distance: int | None = None


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
        """What the listed centres offer, named in the reader's language, keyed by the source's id."""
        used = CenterPage.objects.filter(pk__in=[c.pk for c in centers]).values_list(relation, flat=True)
        sources = list(model.objects.filter(pk__in=used))
        named = [(source.pk, shown.name) for source, shown in zip(sources, localized(sources), strict=True)]
        return sorted(named, key=lambda choice: choice[1])


class Finder:
    """Answers one visitor's question about the live centres under one centre index."""

    def __init__(self, centers, data):
        self.centers = list(centers)
        self.form = FinderForm(data or None, centers=self.centers)
        self.town = ""
        self.town_known_as = None
        self.outcome = "all"  # all | served | nearest | unknown-town | none-in-region
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
            capital = gazetteer.REGION_CAPITALS.get(query["region"])
            position = next((pos for name, *pos in gazetteer.TOWNS if name == capital), None)
            return self.nearest(self.filtered({**query, "region": ""}), tuple(position) if position else None)
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

    def by_town(self, centers):
        typed = name_words(self.town)
        matches = {center.pk: Match(center) for center in centers}
        for center, reason in self.served_places(centers):
            shown = {key: value for key, value in reason.items() if key != "words"}
            if names_match(typed, reason["words"]) and shown not in matches[center.pk].reasons:
                matches[center.pk].reasons.append(shown)
        served = [match for match in matches.values() if match.reasons]
        if served:
            self.outcome = "served"
            return served
        self.town_known_as, position = town_position(typed)
        self.outcome = "nearest" if position else "unknown-town"
        return self.nearest(centers, position)

    def served_places(self, centers):
        """(centre, how it serves a place) for each centre's own town, in both languages, and
        for each place its mobile work, outreach offices and municipalities reach."""
        keys = {center.translation_key: center for center in centers}
        for version in CenterPage.objects.filter(translation_key__in=keys).only("town", "translation_key"):
            yield keys[version.translation_key], {"how": "town", "words": name_words(version.town)}
        links = CenterPlace.objects.filter(center__in=centers).select_related("place")
        names = {}
        places = Place.objects.filter(translation_key__in=[link.place.translation_key for link in links])
        for place in places:
            names.setdefault(place.translation_key, []).append(place)
        by_pk = {center.pk: center for center in centers}
        for link in links:
            for place in names.get(link.place.translation_key, [link.place]):
                shown = {"how": link.how, "place": localized([link.place])[0].name}
                yield by_pk[link.center_id], {**shown, "words": name_words(place.name)}
                if link.how == CenterPlace.How.MUNICIPALITY and place.municipality:
                    yield by_pk[link.center_id], {**shown, "words": name_words(place.municipality)}

    def nearest(self, centers, position):
        if position is None:
            return [Match(center) for center in centers]
        placed = [c for c in centers if c.latitude is not None and c.longitude is not None]
        ranked = sorted(placed, key=lambda c: distance_km(position, (float(c.latitude), float(c.longitude))))
        return [
            Match(c, distance=round(distance_km(position, (float(c.latitude), float(c.longitude)))))
            for c in ranked[:NEAREST]
        ]


def map_points(centers, highlighted, width=640):
    """The outline and the centres as SVG coordinates: an equirectangular projection, with
    longitude shrunk by the cosine of Bulgaria's middle latitude so the country keeps its shape."""
    lons = [lon for lon, _ in gazetteer.OUTLINE]
    lats = [lat for _, lat in gazetteer.OUTLINE]
    squeeze = math.cos(math.radians((min(lats) + max(lats)) / 2))
    scale = (width - 20) / ((max(lons) - min(lons)) * squeeze)

    def project(lon, lat):
        return round(10 + (lon - min(lons)) * squeeze * scale, 1), round(10 + (max(lats) - lat) * scale, 1)

    height = round(20 + (max(lats) - min(lats)) * scale)
    outline = " ".join(f"{x},{y}" for x, y in (project(lon, lat) for lon, lat in gazetteer.OUTLINE))
    points = []
    for center in centers:
        if center.latitude is None or center.longitude is None:
            continue
        x, y = project(float(center.longitude), float(center.latitude))
        points.append({"center": center, "x": x, "y": y, "highlighted": center.pk in highlighted})
    place_labels(points)
    return {"width": width, "height": height, "outline": outline, "points": points}


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
