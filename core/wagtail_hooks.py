from django.db.models import F, OuterRef, Subquery
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.permissions import page_permission_policy
from wagtail_localize.models import TranslationSource

from core.handbook import handbook_view
from core.outbox_admin import OutboxViewSet

from . import translation_permissions  # noqa: F401  (registers the translation wall's hooks)


def out_of_date_translations(user, limit=20):
    """Pages changed since their translations were last synced, that this user may edit: the
    translations still show the old text until someone syncs and translates the change. Newest
    sync first; two queries and the user's page permissions, however many pages are translated."""
    # A page's source is the one for its own translation key and locale (unique in
    # wagtail-localize); a source nobody translated has nothing to sync.
    source = TranslationSource.objects.filter(
        object_id=OuterRef("translation_key"), locale_id=OuterRef("locale_id"), translations__isnull=False
    )
    # Wagtail's can_edit() also opens a page to the reviewers of the workflow task it waits on;
    # here they are the network team (centers/groups.py), who may change every page anyway.
    pages = (
        page_permission_policy.instances_user_has_permission_for(user, "change")
        .annotate(
            source_id=Subquery(source.values("pk")[:1]),
            synced_at=Subquery(source.values("last_updated_at")[:1]),
        )
        .filter(last_published_at__gt=F("synced_at"))
        .order_by("-synced_at", "-source_id")[:limit]
    )
    pages = list(pages)
    sources = TranslationSource.objects.in_bulk([page.source_id for page in pages])
    return [{"page": page, "source": sources[page.source_id]} for page in pages]


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


@hooks.register("register_admin_viewset")
def register_outbox_viewset():
    return OutboxViewSet("unsent_emails")
