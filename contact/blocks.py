"""The centre finder as a block an editor can place on a page ("How to get help"): the town
field of the centres' finder, and every centre with its "write" link and phone, so a family is
one tap from writing to a centre."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class FinderBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        max_length=120,
        label=_("Title"),
        help_text=_("The heading above the town field, e.g. “Find the centre for your town”."),
    )

    class Meta:
        icon = "site"
        label = _("Centre finder and list")
        template = "contact/blocks/finder_block.html"

    def get_context(self, value, parent_context=None):
        from .directory import centre_directory

        context = super().get_context(value, parent_context)
        context.update(centre_directory())
        return context
