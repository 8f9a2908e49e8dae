from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.models import Page
from wagtail_localize.models import TranslationSource

from core.handbook import handbook_view

from . import translation_permissions  # noqa: F401  (registers the translation wall's hooks)


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
    template_name = "core/admin/out_of_date_translations.html"
    order = 150

    def get_context_data(self, parent_context):
        return {"stale": out_of_date_translations(parent_context["request"].user)}


@hooks.register("construct_homepage_panels")
def add_translation_panel(request, panels):
    panels.append(OutOfDateTranslationsPanel())


@hooks.register("register_admin_urls")
def register_handbook_url():
    return [path("handbook/", handbook_view, name="editors_handbook")]


@hooks.register("register_help_menu_item")
def register_handbook_menu_item():
    return MenuItem(_("Editor's handbook"), reverse("editors_handbook"), icon_name="help", order=900)


@hooks.register("construct_help_menu")
def hide_wagtails_english_guide(request, menu_items):
    # Wagtail's guide and release notes are English websites about every Wagtail site; ours says how this one works.
    menu_items[:] = [
        item for item in menu_items if item.name != "editor-guide" and "whats-new" not in item.name
    ]
