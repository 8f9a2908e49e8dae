"""The network team: the people who read what is written to the network as a whole (companies,
gifts in kind, volunteers, the press), as a centre's staff group reads that centre's messages.
Found by name, like the network's other groups (centers/groups.py)."""

from django.contrib.auth.models import Group

NETWORK_TEAM = "Екип на мрежата / Network team"
NETWORK_TEAM_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("contact", "view_contactsubmission"),
    ("contact", "change_contactsubmission"),  # only to mark a message answered
]


def ensure_network_team():
    """The network team group with its permissions; safe to call again."""
    from centers.groups import permissions

    group, _ = Group.objects.get_or_create(name=NETWORK_TEAM)
    group.permissions.add(*permissions(NETWORK_TEAM_PERMISSIONS))
    return group
