from django.db import migrations


def create_locales(apps, schema_editor):
    # Wagtail creates the default locale (bg) itself; English is the site's second language.
    Locale = apps.get_model("wagtailcore", "Locale")
    Locale.objects.get_or_create(language_code="en")


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0002_initial"),
    ]

    operations = [migrations.RunPython(create_locales, migrations.RunPython.noop)]
