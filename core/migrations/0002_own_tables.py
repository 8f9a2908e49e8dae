# The tables taken over from home get core's names; their content types move with them, so the
# permissions that groups hold on the footer settings stay theirs.
from django.db import migrations

MODELS = ["sitesettings", "outgoingemail"]


def move_content_types(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in MODELS:
        if not ContentType.objects.filter(app_label="core", model=model).exists():
            ContentType.objects.filter(app_label="home", model=model).update(app_label="core")


def return_content_types(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ContentType.objects.filter(app_label="core", model__in=MODELS).update(app_label="home")


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0001_initial"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.AlterModelTable(name="sitesettings", table=None),
        migrations.AlterModelTable(name="outgoingemail", table=None),
        migrations.RunPython(move_content_types, return_content_types),
    ]
