"""Latin slugs for Bulgarian titles, by the official transliteration (Закон за транслитерацията)."""

import re

from django.utils.text import slugify

LETTERS = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "ts", "ч": "ch",
    "ш": "sh", "щ": "sht", "ъ": "a", "ь": "y", "ю": "yu", "я": "ya",
}  # fmt: skip

# The law spells "ия" at the end of a word as "ia" (България → Bulgaria).
WORD_FINAL_IA = re.compile(r"ия\b")


def transliterate(text):
    text = WORD_FINAL_IA.sub("ia", text.lower())
    return "".join(LETTERS.get(char, char) for char in text)


def slugify_bg(text):
    return slugify(transliterate(text))
