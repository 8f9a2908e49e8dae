"""Makes a translation in code the way an editor makes one in wagtail-localize, through its public
API: the Bulgarian becomes a TranslationSource, the translation's PO file (`Translation.export_po`)
gets the seed's English as its msgstr, `Translation.import_po` stores it and
`Translation.save_target` writes the English page or snippet. The records are the translation
editor's own, so it shows them and "Sync translated pages" marks what changes later.

A Bulgarian string gets the seed's English only where it still says what the seed wrote: a block,
form field or field an editor added or changed has no English here, and the translation is not
made (`Untranslated` names what is missing) rather than made with Bulgarian in it.
"""

from collections import defaultdict

from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.segments.types import StringSegmentValue


class ContentMismatch(Exception):
    """The seed's English does not have the shape of its Bulgarian: a fault in seed/content."""


class Untranslated(Exception):
    """The live Bulgarian has strings the seed has no English for (an editor's)."""

    def __init__(self, instance, strings):
        self.strings = strings
        super().__init__(
            f"{instance}: no English in the seed for {len(strings)} of its texts "
            f"(changed or added on the site), e.g. “{strings[0][:60]}”"
        )


def translate(instance, bulgarian, english, locale):
    """Creates and publishes `instance`'s translation into `locale`.

    `bulgarian` and `english` map the same field names to their values as stored (a StreamField's
    blocks as raw data, inline children as lists of field dicts, item for item), from seed/content.
    """
    source, _ = TranslationSource.update_or_create_from_instance(instance)
    translation, _ = Translation.objects.get_or_create(source=source, target_locale=locale)
    po = translation.export_po()
    known = seed_strings(source, bulgarian, english)
    missing = []
    for entry in po:
        if entry.msgstr or entry.obsolete:
            continue
        if (entry.msgctxt, entry.msgid) in known:
            entry.msgstr = known[entry.msgctxt, entry.msgid]
        else:
            missing.append(entry.msgid)
    if missing:
        raise Untranslated(instance, missing)
    translation.import_po(po)
    # wagtail-localize publishes on commit; publishing here, in order, keeps a parent's later
    # publish from overwriting the tree counts its children changed (and works inside tests).
    translation.save_target(publish=not isinstance(instance, Page))
    target = instance.get_translation(locale)
    if isinstance(target, Page):
        target.get_latest_revision().publish()
    return target


def seed_strings(source, bulgarian, english):
    """{(context, Bulgarian string): English string} for the parts of `source` that are as the seed
    wrote them. Two copies of the source are given the seed's Bulgarian and English of those parts
    (each block and child keeping the source's id, so their strings have the source's contexts);
    the strings each copy gives at one context are then the same texts in the two languages."""
    seed_bg, seed_en = source.as_instance(), source.as_instance()
    for name, value in english.items():
        field = seed_bg._meta.get_field(name)
        if isinstance(field, StreamField):
            pairs = _unchanged_blocks(getattr(seed_bg, name).raw_data, bulgarian[name], value, name)
        elif field.one_to_many:
            pairs = _unchanged_children(
                getattr(seed_bg, name).all(), getattr(seed_en, name).all(), bulgarian[name], value, name
            )
        else:
            setattr(seed_bg, name, bulgarian[name])
            setattr(seed_en, name, value)
            continue
        setattr(seed_bg, name, [bg for bg, _ in pairs])
        setattr(seed_en, name, [en for _, en in pairs])
    bg_strings, en_strings = _strings_by_context(seed_bg), _strings_by_context(seed_en)
    known = {}
    for context, strings in bg_strings.items():
        translations = en_strings.get(context, [])
        if len(translations) != len(strings):
            raise ContentMismatch(
                f"{source.object_repr}: {context} has {len(translations)} English strings for {len(strings)}"
            )
        known.update({(context, bg): en for bg, en in zip(strings, translations, strict=True)})
    return known


def _pairs(bulgarian, english, name):
    if len(bulgarian) != len(english):
        raise ContentMismatch(f"{name} has {len(english)} English items for {len(bulgarian)} Bulgarian")
    return zip(bulgarian, english, strict=True)


def _unchanged_blocks(live, bulgarian, english, name):
    """(live block, its English) for each of the seed's blocks still in the live stream as written."""
    unused = list(live)
    pairs = []
    for bg, en in _pairs(bulgarian, english, name):
        block = next((b for b in unused if (b["type"], b["value"]) == (bg["type"], bg["value"])), None)
        if block is not None:
            unused.remove(block)
            pairs.append((block, {"type": en["type"], "value": en["value"], "id": block["id"]}))
    return pairs


def _unchanged_children(live, live_copy, bulgarian, english, name):
    """(child, its English copy) for each of the seed's inline children still there as written;
    the English copy is the same child (the same translation key) of the second copy."""
    unused = list(live)
    copies = {child.translation_key: child for child in live_copy}
    pairs = []
    for bg, en in _pairs(bulgarian, english, name):
        child = next((c for c in unused if all(getattr(c, k) == v for k, v in bg.items())), None)
        if child is not None:
            unused.remove(child)
            english_child = copies[child.translation_key]
            for field_name, value in en.items():
                setattr(english_child, field_name, value)
            pairs.append((child, english_child))
    return pairs


def _strings_by_context(instance):
    strings = defaultdict(list)
    for segment in extract_segments(instance):
        if isinstance(segment, StringSegmentValue):
            strings[segment.path].append(segment.string.data)
    return strings
