from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.models import Page
from wagtail_localize.models import TranslationSource


def out_of_date_translations(user, limit=20):
    """Pages changed since their translations were last synced, that this user may edit: the
    translations still show the old text until someone syncs and translates the change."""
    stale = []
    sources = (
        TranslationSource.objects.filter(translations__isnull=False).distinct().order_by("-last_updated_at")
    )
    for source in sources:
        page = Page.objects.filter(translation_key=source.object_id, locale=source.locale).first()
        changed = page and page.last_published_at and page.last_published_at > source.last_updated_at
        if changed and page.permissions_for_user(user).can_edit():
            stale.append({"page": page, "source": source})
        if len(stale) >= limit:
            break
    return stale


class OutOfDateTranslationsPanel(Component):
    name = "out_of_date_translations"
    template_name = "home/admin/out_of_date_translations.html"
    order = 150

    def get_context_data(self, parent_context):
        return {"stale": out_of_date_translations(parent_context["request"].user)}


@hooks.register("construct_homepage_panels")
def add_translation_panel(request, panels):
    panels.append(OutOfDateTranslationsPanel())
