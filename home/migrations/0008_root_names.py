"""The page tree's root and the root collection are shown in the admin's breadcrumbs and choosers: Wagtail
names both "Root"."""

from django.db import migrations


def name_the_root_in_bulgarian(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    Page.objects.filter(depth=1).update(title="Корен", draft_title="Корен")
    apps.get_model("wagtailcore", "Collection").objects.filter(depth=1).update(name="Корен")


def name_the_root_in_english(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    Page.objects.filter(depth=1).update(title="Root", draft_title="Root")
    apps.get_model("wagtailcore", "Collection").objects.filter(depth=1).update(name="Root")


class Migration(migrations.Migration):
    dependencies = [("home", "0007_alter_standardpage_body")]

    operations = [migrations.RunPython(name_the_root_in_bulgarian, name_the_root_in_english)]
