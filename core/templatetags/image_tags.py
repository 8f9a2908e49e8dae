"""Images as <picture>: AVIF and WebP for the browsers that take them, the original's kind as
the fallback, several widths with `sizes` so a phone downloads a small file, width and height
so the page does not jump while it loads, and lazy loading for what is below the fold.

The <picture> is Wagtail's `{% picture %}`: the same spec notation expanded by Wagtail's
`Filter.expand_spec`, every rendition of the image fetched in one go, the element drawn by
Wagtail's `Picture`, the alt text by the rendition (the image's description, or an ImageBlock's
own alt text, or none when the block says it is decorative). `{% picture %}` takes its specs as
words written once in the template, so what `responsive_picture` adds is what must be chosen per
image, kept below, and that an image whose renditions cannot be read or made (its file lost, the media read-only or
full) is left out and logged: the page is shown without it, not as a server error, nor with the
broken image of Wagtail's "not-found" placeholder."""

import logging
from pathlib import PurePath

from django import template
from wagtail.images.models import Filter, Picture

logger = logging.getLogger(__name__)
register = template.Library()

# Widths to offer, in CSS pixels × density: a phone's column, a tablet's, a retina column.
DEFAULT_WIDTHS = "480,720,960"
# Drawn illustrations keep PNG as their fallback (sharp edges, transparency); photographs get JPEG.
# Per image, so not a `{% picture %}` spec: its `format-{avif,webp,jpeg}` is the same for every image.
LOSSLESS_ORIGINALS = {".png", ".gif"}


def fallback_format(image):
    return "png" if PurePath(image.file.name).suffix.lower() in LOSSLESS_ORIGINALS else "jpeg"


def offered_widths(image, widths):
    """The requested widths that are smaller than the original, plus the largest one capped at
    the original's width: never upscaled, never two files of the same size. `{% picture %}`'s
    `width-960` of a 600-pixel image is a second 600-pixel file, listed twice in srcset."""
    wanted = sorted({int(width) for width in str(widths).split(",") if width.strip()})
    return sorted({min(width, image.width) for width in wanted}) if image.width else wanted


def picture_spec(image, widths):
    """The `{% picture %}` spec for this image, e.g. "format-{avif,webp,png}|width-{480,720,960}"."""
    offered = ",".join(str(width) for width in offered_widths(image, widths))
    return f"format-{{avif,webp,{fallback_format(image)}}}|width-{{{offered}}}"


@register.filter
def opens(image, body):
    """`{% if value|opens:page.body %}`: the image is the body's first block, so it is the page's
    main image, on screen when the page opens."""
    first = next(iter(body), None) if hasattr(body, "raw_data") else None
    return bool(image and first is not None and first.block_type == "image" and first.value == image)


@register.simple_tag
def responsive_picture(image, alt=None, sizes="100vw", widths=DEFAULT_WIDTHS, lazy=True, main=False):
    """`{% responsive_picture page.image alt=page.image_alt sizes="(min-width: 48em) 44rem, 100vw" %}`.

    `main=True` (or `lazy=False`) for the page's main image, visible when the page opens: the
    browser fetches it at once and first, since lazy loading would delay the page's largest
    paint. A flag rather than `{% picture %}`'s attributes, so a block can compute it
    (`main=value|opens:page.body`). `alt=""` for a decorative image; no `alt`, the rendition's."""
    if not image:
        return ""
    try:
        renditions = image.get_renditions(*Filter.expand_spec(picture_spec(image, widths)))
    except OSError:  # Wagtail's SourceImageIOError for a lost original is one too
        logger.warning("Image %s left out: its renditions cannot be read or made.", image.pk, exc_info=True)
        return ""
    attrs = {"sizes": sizes, "decoding": "async"}
    if alt is not None:
        attrs["alt"] = alt
    if main or not lazy:
        attrs["loading"] = "eager"
        attrs["fetchpriority"] = "high"
    else:
        attrs["loading"] = "lazy"
    return Picture(renditions, attrs).__html__()
