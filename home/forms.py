from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import Page, TranslatableMixin

from .slugs import slugify_bg


class SitePageForm(WagtailAdminPageForm):
    """The admin form of every page type here.

    A Cyrillic slug becomes Latin here, before Wagtail checks that it is free, so a clash
    shows as an ordinary form error. Lists of snippets offer only those in the page's own
    language: with two languages every service or target group would otherwise show twice.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale_id = self.instance.locale_id or (self.parent_page.locale_id if self.parent_page else None)
        for field in self.fields.values():
            queryset = getattr(field, "queryset", None)
            model = getattr(queryset, "model", None)
            if model and issubclass(model, TranslatableMixin) and not issubclass(model, Page) and locale_id:
                field.queryset = queryset.filter(locale_id=locale_id)

    def clean_slug(self):
        slug = self.cleaned_data.get("slug", "")
        return slug if slug.isascii() else slugify_bg(slug)
