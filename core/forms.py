from django.utils.translation import gettext as _
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

    def clean(self):
        cleaned_data = super().clean()
        if "slug" in self.errors and "title" in self.fields and self.parent_page:
            self.explain_slug_clash_at_the_title()
        return cleaned_data

    def explain_slug_clash_at_the_title(self):
        """Wagtail reports a taken slug only on the slug field, in another tab, so the editor sees the title
        refused for no visible reason. Say it next to the title, and name the page that holds the address:
        often an unpublished draft of an earlier attempt (a new page is saved as a draft as soon as it is
        autosaved), which the editor may delete."""
        slug = self.data.get(self.add_prefix("slug"), "")
        slug = slug if slug.isascii() else slugify_bg(slug)
        holder = self.parent_page.get_children().filter(slug=slug).exclude(pk=self.instance.pk).first()
        if holder is None:
            return
        values = {"slug": slug, "title": holder.draft_title or holder.title}
        if holder.first_published_at is None:
            message = _(
                "An unpublished draft here, “%(title)s”, already has the address “%(slug)s” (perhaps an earlier "
                "attempt). Delete that draft if it is not needed, or change the title or the short address (slug)."
            )
        else:
            message = _(
                "Another page here, “%(title)s”, already has the address “%(slug)s”. Change the title or the "
                "short address (slug)."
            )
        self.add_error("title", message % values)
