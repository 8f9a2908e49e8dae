"""Permission names in Bulgarian. Django stores a permission's name in the database, in English ("Can add
service"), when the model is first migrated, and the group screen shows that stored name: after every
migrate the names are rewritten in the site's language from the models' own (translated) verbose names."""

import re

from django.apps import apps as global_apps
from django.conf import settings
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Permission
from django.utils import translation
from django.utils.translation import gettext as _

ACTIONS = {
    "add": "Може да добавя: %s",
    "change": "Може да променя: %s",
    "delete": "Може да изтрива: %s",
    "view": "Може да преглежда: %s",
}
# Permissions Wagtail defines by name only (wagtail/migrations/0084), not as translatable strings.
CUSTOM = {
    "bulk_delete_page": "Може да изтрива страници заедно с подстраниците им",
    "lock_page": "Може да заключва и отключва страници, които е заключил",
    "publish_page": "Може да публикува всяка страница",
    "unlock_page": "Може да отключва всяка страница",
    "access_admin": "Може да влиза в администрацията на Wagtail",
    "choose_image": "Може да избира изображения",
    "choose_document": "Може да избира документи",
}


def bulgarian_name(permission):
    model = permission.content_type.model_class()
    action = re.fullmatch(rf"(add|change|delete|view)_{permission.content_type.model}", permission.codename)
    if model is not None and action:
        return ACTIONS[action.group(1)] % model._meta.verbose_name
    return CUSTOM.get(permission.codename) or _(permission.name)


def name_permissions_in_bulgarian(**kwargs):
    """post_migrate: give every permission its Bulgarian name (the admin's default language)."""
    using = kwargs.get("using", "default")
    # This app's permissions may not exist yet: receivers run in the order the apps are installed.
    # `flush` sends the signal without the migration state's apps: the installed ones then.
    apps = kwargs.get("apps") or global_apps
    create_permissions(kwargs["app_config"], verbosity=0, using=using, apps=apps)
    with translation.override(settings.LANGUAGE_CODE):
        for permission in Permission.objects.using(using).select_related("content_type"):
            name = str(bulgarian_name(permission))[: Permission._meta.get_field("name").max_length]
            if name != permission.name:
                Permission.objects.using(using).filter(pk=permission.pk).update(name=name)
