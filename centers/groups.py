"""Who may do what in the admin, by role:

- network administrators: everything;
- network editors: every page and snippet, publishing, settings, and reviewing what others send;
- for each centre, its editors: that centre's page and what is under it, news of their own (they
  may add news; Wagtail lets the author of a page edit it), images in the centre's collection;
  no publishing: their changes go to the network team for review (workflows below);
- for each centre, its staff: read that centre's contact messages, nothing else.

Made idempotently by `setup_editors`, and for a new centre when its page is created. Wagtail's own
first groups ("Editors", "Moderators") and its "Moderators approval" workflow are closed there too:
they grant editing of the whole tree to whoever is added to them, and send submissions to nobody.
"""

from django.contrib.auth.models import Group, Permission
from django.db.models import Q
from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail import hooks
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Task,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from .models import CenterGroup, CenterPage

NETWORK_ADMINS = "Администратори на мрежата / Network administrators"
NETWORK_EDITORS = "Редактори на мрежата / Network editors"
REVIEW_WORKFLOW = "Преглед от екипа на мрежата / Review by the network team"
REVIEW_TASK = "Преглед / Review"
# Made by Wagtail's own migrations, not by anyone here (wagtailcore 0002 and 0048).
WAGTAIL_DEFAULT_GROUPS = ["Editors", "Moderators"]
WAGTAIL_DEFAULT_WORKFLOW = "Moderators approval"
# A hook other apps register to name the pages a centre's editors may add pages under, besides their
# centre: a function returning pages (news/wagtail_hooks.py: the news indexes).
CENTRE_EDITOR_PAGES_HOOK = "centre_editor_may_add_under"
# The facts about a centre that only the network changes (operator, licence, funding, where, since).
CENTRE_FACTS = ("centers", "change_center_facts")

STAFF_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("contact", "view_contactsubmission"),
    ("contact", "change_contactsubmission"),  # only to mark a message answered
]
# Translating their pages into English is part of the job; the English, too, is reviewed.
CENTRE_EDITOR_PERMISSIONS = [("wagtailadmin", "access_admin"), ("wagtail_localize", "submit_translation")]
SNIPPET_MODELS = [("centers", m) for m in ("operator", "service", "targetgroup", "teamrole", "place")]
NETWORK_EDITOR_PERMISSIONS = (
    [("wagtailadmin", "access_admin"), ("wagtail_localize", "submit_translation")]
    + [
        (app, f"{action}_{model}")
        for app, model in SNIPPET_MODELS
        for action in ("add", "change", "delete", "view")
    ]
    + [CENTRE_FACTS, ("giving", "change_givingsettings"), ("core", "change_sitesettings")]
    + [("declaration", "view_signature"), ("declaration", "change_signature")]  # export, hide a name
    + [("wagtailredirects", f"{action}_redirect") for action in ("add", "change", "delete")]
)
ALL_PAGE_ACTIONS = ["add", "change", "publish", "bulk_delete", "lock", "unlock"]
MEDIA_ACTIONS = ["add", "change", "choose", "delete"]


def permissions(pairs):
    """The permissions named by (app label, codename); one that does not exist is skipped."""
    wanted = Q(pk__in=[])
    for app, codename in pairs:
        wanted |= Q(content_type__app_label=app, codename=codename)
    return Permission.objects.filter(wanted)


def grant_pages(group, page, actions):
    for action in actions:
        GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=Permission.objects.get(codename=f"{action}_page")
        )


def grant_media(group, collection, actions):
    for app, model in (("wagtailimages", "image"), ("wagtaildocs", "document")):
        for action in actions:
            GroupCollectionPermission.objects.get_or_create(
                group=group,
                collection=collection,
                permission=Permission.objects.get(content_type__app_label=app, codename=f"{action}_{model}"),
            )


def ensure_network_groups():
    root_page, root_collection = Page.get_first_root_node(), Collection.get_first_root_node()
    admins, _ = Group.objects.get_or_create(name=NETWORK_ADMINS)
    admins.permissions.set(Permission.objects.all())
    grant_pages(admins, root_page, ALL_PAGE_ACTIONS)
    grant_media(admins, root_collection, MEDIA_ACTIONS)

    editors, _ = Group.objects.get_or_create(name=NETWORK_EDITORS)
    editors.permissions.add(*permissions(NETWORK_EDITOR_PERMISSIONS))
    grant_pages(editors, root_page, ["add", "change", "publish", "lock", "unlock"])
    grant_media(editors, root_collection, MEDIA_ACTIONS)
    return admins, editors


def ensure_review_workflow(*reviewers):
    """Every page, in every language, goes through the network team before it is published: the
    workflow sits on the root of the tree, so pages added later are covered too."""
    workflow, _ = Workflow.objects.get_or_create(name=REVIEW_WORKFLOW)
    if not workflow.workflow_tasks.exists():
        task = GroupApprovalTask.objects.create(name=REVIEW_TASK)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    for link in workflow.workflow_tasks.select_related("task"):
        link.task.specific.groups.add(*reviewers)
    root = Page.get_first_root_node()
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})
    # Older set-ups put it on the centres' and news indexes; the root now covers them.
    WorkflowPage.objects.filter(workflow=workflow).exclude(page=root).delete()
    return workflow


def close_wagtail_default_groups():
    """Wagtail's "Editors" and "Moderators" may add, change (and publish) every page: anyone put in
    them would edit the whole site. An empty one is deleted; one with members keeps its members, so
    nobody is dropped unnoticed, but loses every right. Returns the names of those kept."""
    kept = []
    for group in Group.objects.filter(name__in=WAGTAIL_DEFAULT_GROUPS):
        if group.user_set.exists():
            group.permissions.clear()
            GroupPagePermission.objects.filter(group=group).delete()
            GroupCollectionPermission.objects.filter(group=group).delete()
            kept.append(group.name)
        else:
            group.delete()
    return kept


def close_wagtail_default_workflow():
    """Wagtail's "Moderators approval" sends submissions to its empty "Moderators" group. Never used,
    it is deleted; used, it is switched off so its history stays readable."""
    for model in (Workflow, Task):
        for item in model.objects.filter(name=WAGTAIL_DEFAULT_WORKFLOW):
            used = item.workflow_states if model is Workflow else item.task_states
            if used.exists():
                item.deactivate()
            else:
                item.delete()


def centre_group(center, role, name, permission_pairs):
    link = CenterGroup.objects.filter(center_key=center.translation_key, role=role).first()
    if link:
        group = link.group
    else:
        group, _ = Group.objects.get_or_create(name=name[:150])
        CenterGroup.objects.create(group=group, center_key=center.translation_key, role=role)
    group.permissions.add(*permissions(permission_pairs))  # also brings older groups up to date
    return group


def ensure_staff_group(center):
    """The centre's staff group, created with its permissions if missing; safe to call again."""
    return centre_group(center, CenterGroup.Role.STAFF, f"{center.title} · екип / staff", STAFF_PERMISSIONS)


def centre_collection(center):
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=center.title).first()
    return existing or root.add_child(name=center.title)


def ensure_editor_group(center):
    """The centre's editors: its page (in every language) and below, news of their own, images in
    the centre's collection; never publishing."""
    group = centre_group(
        center, CenterGroup.Role.EDITORS, f"{center.title} · редактори / editors", CENTRE_EDITOR_PERMISSIONS
    )
    for version in CenterPage.objects.filter(translation_key=center.translation_key):
        grant_pages(group, version, ["add", "change"])
    for pages in hooks.get_hooks(CENTRE_EDITOR_PAGES_HOOK):
        for page in pages():
            grant_pages(group, page, ["add"])
    source = CenterPage.objects.filter(translation_key=center.translation_key).order_by("pk").first()
    grant_media(group, centre_collection(source), ["add", "choose"])
    grant_media(group, Collection.get_first_root_node(), ["choose"])
    return group


def setup_all():
    """Returns the names of Wagtail's default groups kept (stripped of rights) for their members."""
    admins, editors = ensure_network_groups()
    close_wagtail_default_workflow()
    ensure_review_workflow(editors, admins)
    for center in CenterPage.objects.order_by("pk"):
        ensure_staff_group(center)
        ensure_editor_group(center)
    return close_wagtail_default_groups()


@receiver(post_save, sender=CenterPage)
def give_new_centre_its_groups(sender, instance, created, raw=False, **kwargs):
    """Every centre page, and every translation of one, is covered as soon as it exists."""
    if created and not raw:
        ensure_staff_group(instance)
        ensure_editor_group(instance)
