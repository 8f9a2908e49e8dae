"""The image form of the admin (WAGTAILIMAGES_IMAGE_FORM_BASE)."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from PIL import Image as PILImage
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm


class OpenableImageField(WagtailImageField):
    """Wagtail's image field, refusing an image too large to open as one with too many pixels.

    Wagtail asks the image for its size to compare it with WAGTAILIMAGES_MAX_IMAGE_PIXELS, and
    Pillow refuses to open one of more than twice its own limit (a decompression bomb: a 875 KB
    PNG of 30000 × 30000) by raising, which was a server error."""

    def check_image_pixel_size(self, f):
        try:
            super().check_image_pixel_size(f)
        except PILImage.DecompressionBombError as error:
            pixels = re.search(r"\((\d+) pixels\)", str(error))
            raise ValidationError(
                self.error_messages["file_too_many_pixels"]
                % {"num_pixels": pixels[1] if pixels else "?", "max_pixels_count": self.max_image_pixels},
                code="file_too_many_pixels",
            ) from error


class ImageForm(BaseImageForm):
    """Every image needs its description, which Wagtail uses as the alt text: people who cannot
    see an image are told what it shows. (Uploading several at once asks for it per image.)"""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if type(self.fields.get("file")) is WagtailImageField:
            # The field Wagtail made, with its label, limits and messages: only its check differs.
            self.fields["file"].__class__ = OpenableImageField
        if "description" in self.fields:
            self.fields["description"].required = True
            self.fields["description"].help_text = _(
                "What the image shows, in a sentence, for people who cannot see it (its alt text). "
                "Never an identifiable photograph of a child."
            )
