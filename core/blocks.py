"""The blocks every page body is built from, defined once."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageBlock

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"), help_text=_("The words quoted, without quotation marks."))
    attribution = blocks.CharBlock(
        required=False,
        default="",
        label=_("Who said it"),
        help_text=_("Name and role, e.g. “Daniela Paneva, director of the centre”."),
    )

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"


class NoticeBlock(blocks.StructBlock):
    """A highlighted box for what a visitor must not miss: free, confidential, who to call."""

    title = blocks.CharBlock(
        required=False, default="", label=_("Title"), help_text=_("Optional short title.")
    )
    text = blocks.RichTextBlock(
        features=["bold", "italic", "link", "ul"],
        label=_("Text"),
        help_text=_("Keep it to two or three sentences."),
    )

    class Meta:
        icon = "warning"
        template = "blocks/notice_block.html"


class FigureBlock(blocks.StructBlock):
    value = blocks.CharBlock(
        max_length=20, label=_("Figure"), help_text=_("The number as it should read, e.g. “1000+” or “60”.")
    )
    label = blocks.CharBlock(
        max_length=120, label=_("What it counts"), help_text=_("E.g. “children a month in each centre”.")
    )
    as_of = blocks.CharBlock(
        required=False,
        default="",
        max_length=60,
        label=_("As of"),
        help_text=_("When the figure was true, e.g. “2025”. Leave empty if it does not date."),
    )

    class Meta:
        icon = "list-ol"
        template = "blocks/figure_block.html"


class BodyBlock(blocks.StreamBlock):
    heading = blocks.CharBlock(
        form_classname="title",
        icon="title",
        template="blocks/heading_block.html",
        label=_("Section heading"),
        help_text=_("A heading for the section that follows."),
    )
    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        template="blocks/paragraph_block.html",
        label=_("Text"),
        help_text=_("Paragraphs, lists and links."),
    )
    image = ImageBlock(
        template="blocks/image_block.html",
        label=_("Image"),
        help_text=_("An illustration. Never an identifiable photograph of a child."),
    )
    quote = QuoteBlock(label=_("Quote"))
    notice = NoticeBlock(label=_("Notice"))


# Wagtail's ImageBlock leaves its image chooser unlabelled, so the admin shows the field's name, "Image*",
# in English. The label is set on the instance, which keeps the block's definition (and the migrations) as is.
BodyBlock.base_blocks["image"].child_blocks["image"].label = _("Image")


class FiguresBlock(blocks.StreamBlock):
    figure = FigureBlock(label=_("Key figure"))
