"""Site search over Wagtail's database index, made forgiving for Bulgarian: a word is looked up
as a prefix (so "деца" finds "децата"), without its definite article ("децата" finds "деца"),
and in the other alphabet ("pernik" finds "Перник", "Габрово" finds "Gabrovo"). Neither SQLite
nor PostgreSQL has a Bulgarian stemmer, so these are the forms we add ourselves."""

import re

from wagtail.models import Locale, Page

from home.slugs import transliterate

MAX_QUERY = 1000  # longer input is cut here, not refused
MAX_WORDS = 8
MAX_RESULTS = 50
# Definite articles, longest first: децата → деца, центровете → центрове, градът → град.
ARTICLES = ("ята", "ата", "ите", "ът", "ят", "та", "то", "те")
CYRILLIC = re.compile(r"[а-яё]")
LATIN_DIGRAPHS = [("sht", "щ"), ("zh", "ж"), ("ts", "ц"), ("ch", "ч"), ("sh", "ш"), ("yu", "ю"), ("ya", "я")]
LATIN_LETTERS = dict(zip("abvgdezijklmnoprstufhcwyqx", "абвгдезийклмнопрстуфхцвйккс", strict=False))


def to_cyrillic(word):
    for latin, cyrillic in LATIN_DIGRAPHS:
        word = word.replace(latin, cyrillic)
    return "".join(LATIN_LETTERS.get(char, char) for char in word)


def word_forms(word):
    """The forms of one typed word worth looking up as prefixes."""
    forms = {word}
    for article in ARTICLES:
        if word.endswith(article) and len(word) - len(article) >= 4:
            forms.add(word[: -len(article)])
            break
    forms |= {transliterate(form) if CYRILLIC.search(form) else to_cyrillic(form) for form in list(forms)}
    return forms


def words(query):
    return re.findall(r"\w+", query[:MAX_QUERY].lower())[:MAX_WORDS]


def search_pages(query, locale=None):
    """Live pages in the language that match every word in one of its forms, titles first."""
    typed = [word for word in words(query) if len(word) >= 2]
    if not typed:
        return []
    pages = Page.objects.live().public().filter(locale=locale or Locale.get_active())
    matching = None
    for word in typed:
        ids = set()
        for form in word_forms(word):
            ids |= {page.pk for page in pages.autocomplete(form)[:200]}
        matching = ids if matching is None else matching & ids
        if not matching:
            return []
    found = list(pages.filter(pk__in=matching).specific())

    def in_title(page):
        title = page.title.lower()
        return -sum(any(form in title for form in word_forms(word)) for word in typed)

    return sorted(found, key=lambda page: (in_title(page), page.depth, page.title))[:MAX_RESULTS]


def summary(page):
    """A line to show under a result: what the page says about itself."""
    for name in ("search_description", "intro", "summary", "lead"):
        value = getattr(page, name, "")
        if value:
            return str(value)
    return ""
