"""Relations are stored once, pointing at the Bulgarian source; pages show them in the reader's language."""

from wagtail.models import Locale


def localized(objects):
    """The active language's versions of these translatable objects, in the same order, in two
    queries; an object without a translation yet is shown as it is."""
    objects = list(objects)
    if not objects:
        return []
    model = type(objects[0])
    translations = {
        obj.translation_key: obj
        for obj in model.objects.filter(
            locale=Locale.get_active(), translation_key__in=[obj.translation_key for obj in objects]
        )
    }
    return [translations.get(obj.translation_key, obj) for obj in objects]
