"""Bulgaria's settlements as the finder reads them: the register's files (centers/data/) and the
way a typed name is matched against it, in Cyrillic or Latin, with or without "с."/"гр.", and
misspelt by a letter or two.

A name is compared by two precomputed keys (Settlement.search_key and loose_key): the official
transliteration without spaces or punctuation ("Велико Търново" → "velikotarnovo"), and that key
folded so that the usual Latin spellings of one Bulgarian letter meet ("Veliko Turnovo",
"Sheremetia", "Debelec" → the same loose key as the official one). One query fetches the keys
of the few candidates (same key, same first letter and about the same length, or containing the
longest word typed); Python ranks them; a second fetches the chosen rows. Two queries, whatever
is typed, on SQLite and PostgreSQL alike.
"""

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path

from django.db.models import Q
from django.db.models.functions import Length

from core.slugs import transliterate

DATA = Path(__file__).resolve().parent / "data"
SETTLEMENTS_CSV = DATA / "settlements.csv"
OUTLINE_JSON = DATA / "bulgaria-outline.json"

# Words before a name that are not the name: "гр. Трявна", "с. Дебелец", "village of Resen".
BEFORE_NAME = {"gr", "grad", "s", "selo", "town", "city", "village", "of", "the"}
# Words that ask for a municipality: "Община Габрово", "Gabrovo municipality".
MUNICIPALITY_WORDS = {"obshtina", "obsht", "obs", "municipality"}
# Latin spellings of one Bulgarian sound, folded to one: щ sht/st/sch, ъ a/u, ю yu/iu/ju, я ya/ia/ja…
# and the phone-keyboard Latin many people type: q for я ("Sofiq"), 4 for ч, 6 for ш.
FOLDS = [
    ("shch", "st"), ("sht", "st"), ("sch", "st"), ("kh", "h"), ("tz", "c"), ("ts", "c"), ("cz", "c"),
    ("zh", "z"), ("ch", "c"), ("sh", "s"), ("yu", "u"), ("iu", "u"), ("ju", "u"), ("ya", "a"),
    ("ia", "a"), ("ja", "a"), ("yo", "o"), ("io", "o"), ("j", "i"), ("y", "i"), ("w", "v"), ("ph", "f"),
    ("x", "ks"), ("q", "a"), ("4", "c"), ("6", "s"), ("u", "a"),
]  # fmt: skip
QUALIFIER = re.compile(r"^(?P<name>[^(,]+?)\s*(?:\((?P<paren>[^)]*)\)?|,(?P<comma>.*))?$")


def latin_words(text):
    """A name as Latin words: "с. Велико Търново" → ["s", "veliko", "tarnovo"]."""
    latin = transliterate(text)
    plain = "".join(c for c in unicodedata.normalize("NFKD", latin) if not unicodedata.combining(c))
    return re.findall(r"[a-z0-9]+", plain)


def latin_name(name):
    """The official transliteration with the capitals kept: "Велико Търново" → "Veliko Tarnovo"."""
    return " ".join(
        transliterate(word).capitalize() if word[:1].isupper() else transliterate(word)
        for word in name.split(" ")
    )


def search_key(text):
    return "".join(latin_words(text))


def loose_key(text):
    key = search_key(text)
    for spelling, folded in FOLDS:
        key = key.replace(spelling, folded)
    return re.sub(r"(.)\1+", r"\1", key)


@dataclass
class Typed:
    """What a visitor typed, taken apart: the name's words, a municipality or region after it
    ("Бяла (Русе)", "Бяла, Русе"), and whether they asked for a municipality ("Община Габрово")."""

    words: list
    qualifier: str = ""
    wants_municipality: bool = False

    @classmethod
    def parse(cls, text):
        match = QUALIFIER.match(text.strip())
        name, qualifier = (match["name"], match["paren"] or match["comma"] or "") if match else (text, "")
        words = latin_words(name)
        wants_municipality = any(word in MUNICIPALITY_WORDS for word in words)
        words = [word for word in words if word not in MUNICIPALITY_WORDS]
        while len(words) > 1 and words[0] in BEFORE_NAME:
            words = words[1:]
        return cls(words, search_key(qualifier), wants_municipality)

    # Worked out once per question, not once per candidate.
    @cached_property
    def key(self):
        return "".join(self.words)

    @cached_property
    def loose(self):
        return loose_key(self.key)

    @cached_property
    def full_words(self):
        """The words that are not abbreviations ("v." in "v. tarnovo")."""
        return [word for word in self.words if len(word) > 2] or self.words

    @cached_property
    def loose_words(self):
        return [loose_key(word) for word in self.words]

    @cached_property
    def loose_full_words(self):
        return [loose_key(word) for word in self.full_words]


def candidates(typed, settlements):
    """One query, of four short columns: the settlements that may be the one typed (the same
    key or loose key, a loose key of about the same length and first letter, or one containing
    the longest word typed)."""
    loose = typed.loose
    allowed = allowed_edits(loose)
    near = Q(
        loose_key__startswith=loose[:1],
        loose_length__gte=len(loose) - allowed,
        loose_length__lte=len(loose) + allowed,
    )
    condition = Q(search_key=typed.key) | Q(loose_key=loose) | near
    longest = loose_key(max(typed.full_words, key=len))
    if len(longest) >= 4:
        condition |= Q(loose_key__contains=longest)
    return (
        settlements.annotate(loose_length=Length("loose_key"))
        .filter(condition)
        .values_list("pk", "name", "search_key", "loose_key")
    )


def allowed_edits(loose):
    """A misspelt name is a letter (a short name) or two away from the real one."""
    return 1 if len(loose) <= 5 else 2


def best(typed, rows):
    """The ids of the rows that name the typed settlement most surely: the same spelling, then
    the same loose spelling, then an abbreviation or a part of the name, then a letter or two off."""
    for fits in (
        lambda name, key, loose: key == typed.key,
        lambda name, key, loose: loose == typed.loose,
        lambda name, key, loose: names_in_words(typed, name),
    ):
        if tier := [pk for pk, name, key, loose in rows if fits(name, key, loose)]:
            return tier
    allowed = allowed_edits(typed.loose)
    distances = {pk: edits(typed.loose, loose, allowed) for pk, _, _, loose in rows}
    fewest = min(distances.values(), default=allowed + 1)
    return [pk for pk, distance in distances.items() if distance == fewest <= allowed]


def names_in_words(typed, name):
    """ "v. tarnovo" or "В. Търново" (abbreviated), "Търново" (a word of "Велико Търново")."""
    if " " not in name and "-" not in name:
        return False
    words = [loose_key(word) for word in latin_words(name)]
    typed_words = typed.loose_words
    if len(typed_words) == len(words):
        return all(
            t == w or (len(t) <= 2 and w.startswith(t)) for t, w in zip(typed_words, words, strict=True)
        )
    full = typed.loose_full_words
    return len(full) < len(words) and all(len(t) >= 4 and t in words for t in full)


def edits(a, b, limit):
    """Letters to change, add, drop or swap to turn a into b (optimal string alignment), or
    limit + 1 once it is clear there are more."""
    # Each edit adds or removes at most two letters from the set of letters used: a cheap test
    # that spares counting for most candidates.
    if abs(len(a) - len(b)) > limit or len(set(a) ^ set(b)) > 2 * limit:
        return limit + 1
    previous2, previous = None, list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


def in_place(settlement, qualifier):
    """Whether "Русе" in "Бяла (Русе)" names this settlement's municipality or region."""
    municipality = settlement.municipality
    keys = {municipality.search_key, search_key(municipality.region)}
    return qualifier in keys or loose_key(qualifier) in {loose_key(key) for key in keys}


@dataclass
class Lookup:
    """The settlement a visitor meant; or, when several fit equally, the choice between them."""

    settlement: object = None
    namesakes: list = field(default_factory=list)  # others of the same name, to offer as well
    choices: list = field(default_factory=list)  # when it cannot tell which one was meant


def find(text, settlements):
    """Two queries whatever is typed: the candidates' keys, then the chosen rows in full."""
    typed = Typed.parse(text)
    if not typed.words:
        return Lookup()
    ids = best(typed, list(candidates(typed, settlements)))
    # An id that cannot exist keeps the second query (and the count of queries) when none fits.
    found = list(settlements.filter(pk__in=ids or [0]).select_related("municipality"))
    if not found:
        return Lookup()
    found = every = sorted(found, key=lambda s: (s.kind != s.Kind.CITY, s.name, s.municipality.name))
    if typed.qualifier:
        found = [s for s in found if in_place(s, typed.qualifier)] or found
    if typed.wants_municipality:
        found = [s for s in found if s.is_municipality_seat] or found
    if len(found) == 1:  # "Бяла (Русе)": the others of its name are still offered
        return Lookup(found[0], namesakes=[s for s in every if s.name == found[0].name and s != found[0]])
    towns = [s for s in found if s.kind == s.Kind.CITY]
    if len(towns) == 1:  # "Дебелец" is the town near Veliko Tarnovo before the village of that name
        town = towns[0]
        return Lookup(town, namesakes=[s for s in found if s.name == town.name and s != town])
    return Lookup(choices=found)


def label(settlement, among, language):
    """The settlement's name with what tells it from its namesakes: its municipality, or its
    region where the municipality has the same name ("Бяла (Русе)", "Byala (Varna)")."""
    municipality = settlement.municipality
    others = [other for other in among if other.pk != settlement.pk]
    place = municipality.name_latin if language == "en" else municipality.name
    if municipality.name == settlement.name or any(o.municipality.name == municipality.name for o in others):
        region = str(municipality.get_region_display())
        same_region = any(o.municipality.region == municipality.region for o in others)
        place = f"{place}, {region}" if same_region else region
    return f"{settlement.shown_name(language)} ({place})"


@cache
def outline():
    """Bulgaria's outline, rings of (longitude, latitude), from Natural Earth (scripts/build_outline.py)."""
    rings = json.loads(OUTLINE_JSON.read_text(encoding="utf-8"))["rings"]
    return [[tuple(point) for point in ring] for ring in rings]
