from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import Page, TranslatableMixin


class SameLanguageChoicesForm(WagtailAdminPageForm):
    """Offers only snippets in the page's own language: with two languages every list of
    services or target groups would otherwise show each one twice."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale_id = self.instance.locale_id or (self.parent_page.locale_id if self.parent_page else None)
        for field in self.fields.values():
            queryset = getattr(field, "queryset", None)
            model = getattr(queryset, "model", None)
            if model and issubclass(model, TranslatableMixin) and not issubclass(model, Page) and locale_id:
                field.queryset = queryset.filter(locale_id=locale_id)
