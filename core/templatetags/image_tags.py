"""Images as <picture>: AVIF and WebP for the browsers that take them, the original's kind as
the fallback, several widths with `sizes` so a phone downloads a small file, width and height
so the page does not jump while it loads, and lazy loading for what is below the fold."""

from pathlib import PurePath

from django import template
from wagtail.images.models import Picture
from wagtail.images.shortcuts import get_renditions_or_not_found

register = template.Library()

# Widths to offer, in CSS pixels × density: a phone's column, a tablet's, a retina column.
DEFAULT_WIDTHS = "480,720,960"
# Drawn illustrations keep PNG as their fallback (sharp edges, transparency); photographs get JPEG.
LOSSLESS_ORIGINALS = {".png", ".gif"}


def fallback_format(image):
    return "png" if PurePath(image.file.name).suffix.lower() in LOSSLESS_ORIGINALS else "jpeg"


def offered_widths(image, widths):
    """The requested widths that are smaller than the original, plus the largest one capped at
    the original's width: never upscaled, never two files of the same size."""
    wanted = sorted({int(width) for width in str(widths).split(",") if width.strip()})
    return sorted({min(width, image.width) for width in wanted}) if image.width else wanted


def rendition_specs(image, widths):
    formats = ("avif", "webp", fallback_format(image))
    return [f"width-{width}|format-{fmt}" for fmt in formats for width in offered_widths(image, widths)]


@register.filter
def opens(image, body):
    """`{% if value|opens:page.body %}`: the image is the body's first block, so it is the page's
    main image, on screen when the page opens."""
    first = next(iter(body), None) if hasattr(body, "raw_data") else None
    return bool(image and first is not None and first.block_type == "image" and first.value == image)


@register.simple_tag
def responsive_picture(
    image, alt=None, sizes="100vw", widths=DEFAULT_WIDTHS, lazy=True, css_class="", main=False
):
    """`{% responsive_picture page.image alt=page.image_alt sizes="(min-width: 48em) 44rem, 100vw" %}`.

    `main=True` (or `lazy=False`) for the page's main image, visible when the page opens: the
    browser fetches it at once and first, since lazy loading would delay the page's largest
    paint; `alt=""` for a decorative image; no `alt` uses the image's own description."""
    if not image:
        return ""
    renditions = get_renditions_or_not_found(image, rendition_specs(image, widths))
    attrs = {"alt": image.default_alt_text if alt is None else alt, "sizes": sizes, "decoding": "async"}
    if main or not lazy:
        attrs["loading"] = "eager"
        attrs["fetchpriority"] = "high"
    else:
        attrs["loading"] = "lazy"
    if css_class:
        attrs["class"] = css_class
    return Picture(renditions, attrs).__html__()
