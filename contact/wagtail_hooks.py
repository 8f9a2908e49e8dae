from django.contrib import messages
from django.db.models import Q
from django.shortcuts import redirect
from django.urls import path
from django.utils.functional import SimpleLazyObject
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.models import Page

from centers.models import CENTER_PAGE_CONTEXT_HOOK, CenterPage

from .models import ContactPage, ContactSubmission, NetworkContactPage, in_network_team, staff_center_keys
from .views import LoggedDeleteSubmissionsView, MessageViewSet


@hooks.register("register_admin_viewset")
def register_message_viewset():
    return MessageViewSet("contact_messages")


@hooks.register(CENTER_PAGE_CONTEXT_HOOK)
def centre_contact_page(center):
    """The centre's live contact form (a child page, in the centre page's language), if any: read
    when the page shows it."""
    return {"contact_page": SimpleLazyObject(lambda: ContactPage.objects.live().child_of(center).first())}


@hooks.register("register_admin_urls", order=-1)
def register_logged_delete_submissions():
    """Comes before Wagtail's own address for it, which lets anyone who reads a form's messages
    delete them, unlogged."""
    return [path("forms/submissions/<int:page_id>/delete/", LoggedDeleteSubmissionsView.as_view())]


def messages_sent_through(pages):
    """The messages sent through these pages' contact forms, or through forms under them."""
    under = Q(pk__in=[])
    for page in pages:
        under |= Q(page__path__startswith=page.path)
    return ContactSubmission.objects.filter(under)


def refuse_deleting_messages(request, pages):
    """Deleting a form page keeps its messages (ContactSubmission.page), but whose they were is
    then gone from the page tree: only an administrator may, after being told."""
    count = messages_sent_through(pages).count()
    if not count:
        return None
    if request.user.is_superuser:
        if request.method == "GET":
            messages.warning(
                request,
                ngettext(
                    "%(count)d message was sent through this contact form. It is kept after the "
                    "page is deleted; only administrators can then read it.",
                    "%(count)d messages were sent through this contact form. They are kept after "
                    "the page is deleted; only administrators can then read them.",
                    count,
                )
                % {"count": count},
            )
        return None
    messages.error(
        request,
        ngettext(
            "This page cannot be deleted: %(count)d message was sent through its contact form. "
            "Only an administrator with full access may delete it, and the message is kept.",
            "This page cannot be deleted: %(count)d messages were sent through its contact form. "
            "Only an administrator with full access may delete it, and the messages are kept.",
            count,
        )
        % {"count": count},
    )
    return redirect("wagtailadmin_explore", pages[0].get_parent().pk)


@hooks.register("before_delete_page")
def keep_pages_with_messages(request, page):
    return refuse_deleting_messages(request, [page])


@hooks.register("before_bulk_action")
def keep_pages_with_messages_in_bulk(request, action_type, objects, action_class_instance):
    if action_type == "delete" and objects and isinstance(objects[0], Page):
        return refuse_deleting_messages(request, objects)
    return None


@hooks.register("filter_form_submissions_for_user")
def only_administrators_and_the_centres_staff(user, editable_forms):
    """Wagtail lets anyone who may edit a form page read its submissions; here only
    administrators, the staff group of the form's centre and, for the network's form, the
    network team may, whoever edits the page."""
    if user.is_superuser:
        return editable_forms
    readable = Q(pk__in=[])
    for center in CenterPage.objects.filter(translation_key__in=staff_center_keys(user)):
        readable |= Q(path__startswith=center.path, depth=center.depth + 1)
    if in_network_team(user):
        readable |= Q(pk__in=NetworkContactPage.objects.values("pk"))
    return Page.objects.type(ContactPage).filter(readable)


@hooks.register("construct_main_menu")
def messages_instead_of_forms(request, menu_items):
    """Wagtail's "Forms" lists form pages by page permission, which a centre's staff do not have;
    everyone but administrators reads messages under "Messages" instead."""
    if not request.user.is_superuser:
        menu_items[:] = [item for item in menu_items if item.name != "forms"]


class UnansweredMessagesPanel(Component):
    """How many of their centre's messages still wait for a reply: a count, never the text."""

    name = "unanswered_messages"
    template_name = "contact/admin/unanswered_messages.html"
    order = 90

    def get_context_data(self, parent_context):
        user = parent_context["request"].user
        return {"count": ContactSubmission.objects.readable_by(user).filter(answered=False).count()}


@hooks.register("construct_homepage_panels")
def add_unanswered_messages_panel(request, panels):
    user = request.user
    if user.is_superuser or staff_center_keys(user).exists() or in_network_team(user):
        panels.append(UnansweredMessagesPanel())
