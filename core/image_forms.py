"""The image form of the admin (WAGTAILIMAGES_IMAGE_FORM_BASE)."""

from django.utils.translation import gettext_lazy as _
from wagtail.images.forms import BaseImageForm


class ImageForm(BaseImageForm):
    """Every image needs its description, which Wagtail uses as the alt text: people who cannot
    see an image are told what it shows. (Uploading several at once asks for it per image.)"""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "description" in self.fields:
            self.fields["description"].required = True
            self.fields["description"].help_text = _(
                "What the image shows, in a sentence, for people who cannot see it (its alt text). "
                "Never an identifiable photograph of a child."
            )
