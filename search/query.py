"""Site search over Wagtail's database index, made forgiving for Bulgarian and English: each typed
word is cut to its stem and looked up as the start of a word, so every form of it matches
("центрове" finds "център", "логопедична" finds "логопед", "therapists" finds "therapist"), and
in the other alphabet too ("pernik" finds "Перник", "Габрово" finds "Gabrovo").

Neither SQLite nor PostgreSQL ships a Bulgarian stemmer, and a lemmatiser's dictionary form is not
the start of every form (център / центрове; none links логопед to логопедична), so the endings are
cut here, at query time: the index stays Wagtail's own and works alike on both databases."""

import re

from wagtail.models import Locale, Page
from wagtail.search.query import And, Or, PlainText

from core.slugs import transliterate
from events.models import EventPage

MAX_QUERY = 1000  # longer input is cut here, not refused
MAX_WORDS = 8
SHORTEST_STEM = 4  # "деца" stays "деца", not "дец"
# Longest first within each list; one of each is cut, in this order: центровете → центрове → центр.
ARTICLES = ("ята", "ата", "ите", "ът", "ят", "та", "то", "те")
ENDINGS = ("ове", "еве", "ища", "ия", "ие", "ии", "и", "а", "я", "о", "е")
SUFFIXES = ("ическ", "ичен", "ичн")  # логопедична, психологическа → логопед, психолог
ENGLISH_ENDINGS = ("ies", "es", "s")
CONSONANT = "бвгджзйклмнпрстфхцчшщ"
# The plural softens г, к, х before и: психолози → психолог.
SOFTENED = {"з": "г", "ц": "к", "с": "х"}
CYRILLIC = re.compile(r"[а-яё]")
LATIN_DIGRAPHS = [("sht", "щ"), ("zh", "ж"), ("ts", "ц"), ("ch", "ч"), ("sh", "ш"), ("yu", "ю"), ("ya", "я")]
LATIN_LETTERS = dict(zip("abvgdezijklmnoprstufhcwyqx", "абвгдезийклмнопрстуфхцвйккс", strict=False))


def to_cyrillic(word):
    for latin, cyrillic in LATIN_DIGRAPHS:
        word = word.replace(latin, cyrillic)
    return "".join(LATIN_LETTERS.get(char, char) for char in word)


def cut(word, endings):
    for ending in endings:
        if word.endswith(ending) and len(word) - len(ending) >= SHORTEST_STEM:
            return word[: -len(ending)]
    return word


def bulgarian_stems(word):
    """The stems of a Cyrillic word, with the ъ that comes and goes: център / центрове."""
    stem = cut(cut(cut(word, ARTICLES), ENDINGS), SUFFIXES)
    stems = {stem}
    if re.search(f"[{CONSONANT}]ъ[рл]$", stem):
        stems.add(stem[:-2] + stem[-1])  # център → центр
    elif stem != word and re.search(f"[{CONSONANT}][рл]$", stem):
        stems.add(stem[:-1] + "ъ" + stem[-1])  # центрове → център
    if stem[-1] in SOFTENED and word[len(stem) :].startswith("и"):
        stems.add(stem[:-1] + SOFTENED[stem[-1]])
    return stems


def word_forms(word):
    """The prefixes worth looking up for one typed word: its stems in both alphabets."""
    if CYRILLIC.search(word):
        stems = bulgarian_stems(word)
        return stems | {transliterate(stem) for stem in stems}
    return {cut(word, ENGLISH_ENDINGS)} | bulgarian_stems(to_cyrillic(word))


def words(query):
    return re.findall(r"\w+", query[:MAX_QUERY].lower())[:MAX_WORDS]


def search_pages(query, locale=None):
    """Every live page in the language that matches each word in one of its forms, those with
    the words in their title first. All matches, however many: the view pages through them."""
    typed = [word for word in words(query) if len(word) >= 2]
    if not typed:
        return []
    pages = Page.objects.live().public().filter(locale=locale or Locale.get_active())
    forms = [word_forms(word) for word in typed]
    every_word = And([Or([PlainText(form) for form in sorted(word)]) for word in forms])
    found = unlisted_out(list(pages.autocomplete(every_word, order_by_relevance=False)))

    def in_title(page):
        title = page.title.lower()
        return -sum(any(form in title for form in word) for word in forms)

    return sorted(found, key=lambda page: (in_title(page), page.depth, page.title))


def unlisted_out(pages):
    """The pages without the events that have no date yet: those are listed nowhere."""
    undated = set(
        EventPage.objects.filter(pk__in=[page.pk for page in pages], start_date__isnull=True).values_list(
            "pk", flat=True
        )
    )
    return [page for page in pages if page.pk not in undated]


# What a result shows under its title, after the page's search description: the first of these
# fields its kind of page has and the editor filled in.
SUMMARY_FIELDS = ("intro", "summary", "lead")
