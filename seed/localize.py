"""Builds a translation in code the way an editor does in wagtail-localize's editor: from the
source's segments and one string translation each, so the translation editor shows it and a
later change of the source shows the translation as out of date."""

import copy
from collections import defaultdict

from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.segments.types import StringSegmentValue


class ContentMismatch(Exception):
    """The translated content does not have the source's shape, so its strings cannot be paired."""


def translated_copy(instance, fields, stream_values):
    """An unsaved copy of `instance` with `fields` replaced. StreamFields keep the source's block
    ids, so the copy's segments have the same paths as the source's; `stream_values(name, value)`
    turns a content module's stream into StreamField data."""
    translated = copy.copy(instance)
    # A shallow copy shares the source's in-memory child lists; the copy needs its own.
    translated._cluster_related_objects = dict(getattr(instance, "_cluster_related_objects", {}))
    for name, value in fields.items():
        field = instance._meta.get_field(name)
        if field.one_to_many:  # inline children (e.g. form fields), given in the source's order
            value = _translated_children(instance, name, value)
        elif isinstance(field, StreamField):
            source_blocks = getattr(instance, name).raw_data
            blocks = stream_values(name, value)
            if len(blocks) != len(source_blocks):
                raise ContentMismatch(
                    f"{instance}: {name} has {len(blocks)} blocks, the source {len(source_blocks)}"
                )
            value = [
                dict(block, id=source["id"]) for block, source in zip(blocks, source_blocks, strict=True)
            ]
        setattr(translated, name, value)
    return translated


def _translated_children(instance, name, values):
    children = list(getattr(instance, name).all())
    if len(children) != len(values):
        raise ContentMismatch(
            f"{instance}: {name} has {len(values)} translated items, the source {len(children)}"
        )
    copies = []
    for child, child_fields in zip(children, values, strict=True):
        child_copy = copy.copy(child)  # keeps the translation key, so its segments pair up
        for field_name, value in child_fields.items():
            setattr(child_copy, field_name, value)
        copies.append(child_copy)
    return copies


def _strings_by_path(instance):
    strings = defaultdict(list)
    for segment in extract_segments(instance):
        if isinstance(segment, StringSegmentValue):
            strings[segment.path].append(segment.string.data)
    return strings


def _pair_strings(source, translated):
    source_strings, translated_strings = _strings_by_path(source), _strings_by_path(translated)
    pairs = {}
    for path, strings in source_strings.items():
        others = translated_strings.get(path, [])
        if len(others) != len(strings):
            raise ContentMismatch(f"{source}: {path} has {len(others)} translated strings for {len(strings)}")
        pairs.update({(path, string): other for string, other in zip(strings, others, strict=True)})
    return pairs


def translate(instance, translated, locale):
    """Creates and publishes `instance`'s translation into `locale` with `translated`'s strings."""
    source, _ = TranslationSource.get_or_create_from_instance(instance)
    pairs = _pair_strings(instance, translated)
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": pairs[segment.context.path, segment.string.data],
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
            },
        )
    translation, _ = Translation.objects.get_or_create(source=source, target_locale=locale)
    # wagtail-localize publishes on commit; publishing here, in order, keeps a parent's later
    # publish from overwriting the tree counts its children changed (and works inside tests).
    translation.save_target(publish=not isinstance(instance, Page))
    target = instance.get_translation(locale)
    if isinstance(target, Page):
        target.get_latest_revision().publish()
    return target
