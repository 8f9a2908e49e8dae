from django import template

from core.translation_permissions import translation_editor_context

register = template.Library()


@register.simple_tag(takes_context=True)
def translation_wall(context):
    return translation_editor_context(context)
