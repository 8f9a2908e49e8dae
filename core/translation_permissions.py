"""Translating keeps to the same wall as editing (centers/groups.py).

wagtail-localize 1.14 checks only the global `submit_translation` permission in its submit and
update views, so any centre editor could translate, sync and publish another centre's page or a
snippet they may not edit; its "Publish immediately" on sync and its "Convert to alias" (which
puts the Bulgarian content live under the English address) skip the network team's review; and
with its default WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE a new translation of a live page
goes live at once (turned off in settings). This module wraps those views with the page's and the
snippet's own permissions and, for whoever may not publish, replaces publishing in the
translation editor with "Submit for review": the translation is saved as a draft revision and
enters the page's workflow like any other change.

The rules: translating or syncing needs the right to edit the source and every translation; a new
translation also needs the right to add pages where it goes (the nearest translated ancestor, in
practice the parent's English copy); publishing a translation or turning it into an alias needs
the right to publish it. Snippets: their model's change permission (and add, for a new one).
"""

import json
from functools import wraps

from django import forms
from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.shortcuts import get_object_or_404, redirect
from django.urls import include, path
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.models import DraftStateMixin, Locale, Page, WorkflowState
from wagtail.snippets.permissions import get_permission_name
from wagtail.snippets.views.snippets import get_snippet_model_from_url_params
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.views import convert, edit_translation, submit_translations, update_translations

SUBMIT_FOR_REVIEW = "localize-submit-for-review"


def may_edit(user, instance):
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_edit()
    return user.has_perm(get_permission_name("change", type(instance)))


def may_publish(user, instance):
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_publish()
    if isinstance(instance, DraftStateMixin):
        return user.has_perm(get_permission_name("publish", type(instance)))
    return may_edit(user, instance)  # a snippet without drafts is live as soon as it is saved


def where_translation_goes(page, locale):
    """The nearest ancestor already in `locale`: wagtail-localize puts the translation (and
    copies of any untranslated parents) under it."""
    for ancestor in page.get_ancestors().reverse():
        translated = ancestor.get_translation_or_none(locale)
        if translated is not None:
            return translated
    return None


def page_refusal(user, page, locales, include_subtree=False):
    """Why `user` may not translate `page` into `locales`, or None if they may."""
    if not may_edit(user, page):
        return _("You may translate only the pages you may edit. Ask the network team to translate this one.")
    for locale in locales:
        existing = page.get_translation_or_none(locale)
        if existing is not None:
            allowed = may_edit(user, existing)
        else:
            parent = where_translation_goes(page, locale)
            allowed = parent is not None and parent.permissions_for_user(user).can_add_subpage()
        if not allowed:
            return _(
                "You may not add pages where this translation would go. Ask the network team to make "
                "the first %(language)s version."
            ) % {"language": locale.get_display_name()}
    if include_subtree and not all(may_edit(user, child) for child in page.get_descendants().specific()):
        return _("Some pages below this one are not yours to edit: translate this page without its subpages.")
    return None


def snippet_refusal(user, model):
    if not (
        user.has_perm(get_permission_name("change", model))
        and user.has_perm(get_permission_name("add", model))
    ):
        return _("You may translate only the items you may edit. Ask the network team to translate this one.")
    return None


def publish_refusal():
    return _(
        "Your translation goes to the network team for review: use “Submit for review” in the "
        "translation editor instead of publishing."
    )


def refuse(request, message):
    messages.error(request, message)
    return redirect("wagtailadmin_home")


def source_instance(source):
    """The object a translation is made from, or None once it has been deleted."""
    try:
        return source.get_source_instance()
    except ObjectDoesNotExist:
        return None


def translation_targets(source):
    targets = []
    for translation in source.translations.filter(enabled=True).select_related("target_locale"):
        try:
            targets.append(source.get_translated_instance(translation.target_locale))
        except ObjectDoesNotExist:
            continue
    return targets


def chosen_locales(request):
    if request.method != "POST":
        return []
    ids = [value for value in request.POST.getlist("locales") if value.isdigit()]
    return list(Locale.objects.filter(pk__in=ids))


_submit_page = submit_translations.SubmitPageTranslationView.as_view()
_submit_snippet = submit_translations.SubmitSnippetTranslationView.as_view()


def submit_page_translation(request, page_id):
    page = get_object_or_404(Page, id=page_id).specific
    include_subtree = forms.CheckboxInput().value_from_datadict(request.POST, {}, "include_subtree")
    problem = page_refusal(request.user, page, chosen_locales(request), include_subtree)
    return refuse(request, problem) if problem else _submit_page(request, page_id=page_id)


def submit_snippet_translation(request, app_label, model_name, pk):
    problem = snippet_refusal(request.user, get_snippet_model_from_url_params(app_label, model_name))
    if problem:
        return refuse(request, problem)
    return _submit_snippet(request, app_label=app_label, model_name=model_name, pk=pk)


class UpdateTranslationsView(update_translations.UpdateTranslationsView):
    """Syncing needs the right to edit the source and its translations; "Publish immediately" is
    offered, and done, only for whoever may publish every translation."""

    def dispatch(self, request, *args, **kwargs):
        source = get_object_or_404(TranslationSource, id=kwargs["translation_source_id"])
        instance, targets = source_instance(source), translation_targets(source)
        if not all(may_edit(request.user, obj) for obj in [instance, *targets] if obj is not None):
            return refuse(request, _("You may sync only the translations of pages and items you may edit."))
        self.may_publish = all(may_publish(request.user, target) for target in targets)
        wants_publish = forms.CheckboxInput().value_from_datadict(request.POST, {}, "publish_translations")
        if request.method == "POST" and wants_publish and not self.may_publish:
            return refuse(request, publish_refusal())
        return super().dispatch(request, *args, **kwargs)

    def get_form(self):
        form = super().get_form()
        if not self.may_publish:
            form.fields["publish_translations"].disabled = True
            form.fields["publish_translations"].widget = forms.HiddenInput()
        return form


def source_editors_only(view):
    """For the views of one translation: its source must be the user's to edit, too."""

    @wraps(view)
    def checked(request, translation_id, *args, **kwargs):
        translation = get_object_or_404(Translation, id=translation_id)
        source = source_instance(translation.source)
        if source is not None and not may_edit(request.user, source):
            return refuse(request, _("You may translate only the pages and items you may edit."))
        return view(request, translation_id, *args, **kwargs)

    return checked


def convert_to_alias(request, page_id):
    page = get_object_or_404(Page, id=page_id)
    if not may_publish(request.user, page):
        return refuse(request, _("Only the network team may replace a translation with the original page."))
    return convert.convert_to_alias(request, page_id)


@hooks.register("register_admin_urls", order=-1)  # before wagtail-localize's, so these answer
def register_admin_urls():
    per_translation = [
        (
            "translate/<int:translation_id>/strings/<int:string_segment_id>/edit/",
            edit_translation.edit_string_translation,
        ),
        (
            "translate/<int:translation_id>/overrides/<int:overridable_segment_id>/edit/",
            edit_translation.edit_override,
        ),
        ("translate/<int:translation_id>/pofile/download/", edit_translation.download_pofile),
        ("translate/<int:translation_id>/pofile/upload/", edit_translation.upload_pofile),
        ("translate/<int:translation_id>/machine_translate/", edit_translation.machine_translate),
        ("translate/<int:translation_id>/preview/", edit_translation.preview_translation),
        ("translate/<int:translation_id>/preview/<str:mode>/", edit_translation.preview_translation),
        ("translate/<int:translation_id>/disable/", edit_translation.stop_translation),
    ]
    urls = [
        path("submit/page/<int:page_id>/", submit_page_translation),
        path("submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/", submit_snippet_translation),
        path("update/<int:translation_source_id>/", UpdateTranslationsView.as_view()),
        path("page/<int:page_id>/convert_to_alias/", convert_to_alias),
        *(path(route, source_editors_only(view)) for route, view in per_translation),
    ]
    return [path("localize/", include((urls, "translation_wall"), namespace="translation_wall"))]


def page_translation(page):
    return (
        Translation.objects.filter(source__object_id=page.translation_key, target_locale_id=page.locale_id)
        .select_related("source", "target_locale")
        .first()
    )


@hooks.register("before_edit_page", order=-1)  # before wagtail-localize's translation editor
def keep_page_translation_within_the_wall(request, page):
    if page.alias_of_id:
        return None
    user, posted = request.user, request.POST if request.method == "POST" else {}
    if "localize-convert-to-alias" in posted and not may_publish(user, page):
        return refuse(request, _("Only the network team may replace a translation with the original page."))
    translation = page_translation(page)
    if translation is None:
        return None
    source = source_instance(translation.source)
    if source is not None and not may_edit(user, source):
        return refuse(request, _("You may translate only the pages and items you may edit."))
    if translation.enabled and posted.get("action") == "publish" and not may_publish(user, page):
        return refuse(request, publish_refusal())
    if translation.enabled and SUBMIT_FOR_REVIEW in posted:
        return submit_for_review(request, translation, page.specific)
    return None


def submit_for_review(request, translation, page):
    """Saves the translation as a draft revision, never touching the live page, and starts the
    page's workflow, as "Submit for review" does in the page editor."""
    edit_url = redirect("wagtailadmin_pages:edit", page.pk)
    lock = page.get_lock()
    if lock and lock.for_user(request.user):
        messages.error(request, lock.get_message(request.user))
        return edit_url
    workflow_state = page.current_workflow_state
    if workflow_state and workflow_state.status == WorkflowState.STATUS_IN_PROGRESS:
        messages.warning(request, _("This translation is already waiting for the network team's review."))
        return edit_url
    draft = translation.source.get_ephemeral_translated_instance(translation.target_locale, fallback=True)
    try:
        draft.save_revision(user=request.user, log_action=True)
    except ValidationError as error:
        messages.error(
            request, _("The translation could not be saved: %(error)s") % {"error": " ".join(error.messages)}
        )
        return edit_url
    workflow = page.get_workflow()
    if workflow_state and workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        workflow_state.resume(request.user)
    elif workflow:
        workflow.start(draft, request.user)
    else:
        messages.success(
            request, _("The translation of “%(title)s” was saved as a draft.") % {"title": draft.title}
        )
        return edit_url
    messages.success(
        request,
        _("The translation of “%(title)s” was sent to the network team for review.") % {"title": draft.title},
    )
    return edit_url


@hooks.register("construct_page_action_menu")
def offer_alias_only_to_publishers(menu_items, request, context):
    page = context.get("page")
    if page is not None and not may_publish(request.user, page):
        menu_items[:] = [item for item in menu_items if item.name != "localize-convert-to-alias"]


def translation_editor_context(context):
    """What the translation editor offers this user: no "Convert to alias" without the right to
    publish, and "Submit for review" in place of publishing."""
    user, instance = context["request"].user, context["instance"]
    props = json.loads(context["props"])
    if not may_publish(user, instance):
        props["links"]["convertToAliasUrl"] = None
    offer_review = isinstance(instance, Page) and not may_publish(user, instance)
    return {"props": json.dumps(props, cls=DjangoJSONEncoder), "offer_review": offer_review}


def offer_translation_only_where_allowed():
    """wagtail-localize offers "Translate this page" and "Sync translated pages" on every page to
    whoever has `submit_translation`; wraps its button hooks so they appear only on pages the
    user may edit (Wagtail has no hook to filter the page header's buttons)."""
    from wagtail_localize import wagtail_hooks as localize_hooks  # registers its hooks first

    upstream = localize_hooks.page_listing_more_buttons

    def buttons(page, user, *args, **kwargs):
        if may_edit(user, page):
            yield from upstream(page, user, *args, **kwargs)

    for name in ("register_page_header_buttons", "register_page_listing_more_buttons"):
        registered = hooks._hooks.get(name, [])
        registered[:] = [(buttons if fn is upstream else fn, order) for fn, order in registered]


offer_translation_only_where_allowed()
