from django.db.models import Q
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.models import Page

from centers.models import CenterPage

from .models import ContactPage, ContactSubmission, NetworkContactPage, in_network_team, staff_center_keys
from .views import MessageViewSet


@hooks.register("register_admin_viewset")
def register_message_viewset():
    return MessageViewSet("contact_messages")


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
