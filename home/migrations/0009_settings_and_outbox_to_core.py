# SiteSettings and OutgoingEmail now belong to the core app (core/migrations/0001), which took over
# their tables: home forgets them without dropping anything.
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0008_root_names"),
        ("core", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name="SiteSettings"),
                migrations.DeleteModel(name="OutgoingEmail"),
            ],
            database_operations=[],
        ),
    ]
