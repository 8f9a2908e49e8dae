# The footer settings and the e-mail outbox came from the home app: their tables are taken over
# as they are (state only), then renamed in 0002.
import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("home", "0008_root_names"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="SiteSettings",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("contact_email", models.EmailField(blank=True, help_text="The network's general e-mail address, shown in the footer. Leave empty until it is confirmed.", max_length=254, verbose_name="network e-mail")),
                        ("contact_phone", models.CharField(blank=True, help_text="The network's general phone number as people should dial it, e.g. “+359 2 123 4567”. Leave empty until it is confirmed.", max_length=40, verbose_name="network phone")),
                        ("facebook_url", models.URLField(blank=True, help_text="The address of the network's Facebook page; empty hides the link.", verbose_name="Facebook")),
                        ("instagram_url", models.URLField(blank=True, help_text="The address of the network's Instagram profile; empty hides the link.", verbose_name="Instagram")),
                        ("youtube_url", models.URLField(blank=True, help_text="The address of the network's YouTube channel; empty hides the link.", verbose_name="YouTube")),
                        ("site", models.OneToOneField(editable=False, on_delete=django.db.models.deletion.CASCADE, to="wagtailcore.site")),
                    ],
                    options={"verbose_name": "site footer", "db_table": "home_sitesettings"},
                ),
                migrations.CreateModel(
                    name="OutgoingEmail",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("message", models.BinaryField(editable=False, help_text="The whole message as it would have gone out, serialised.")),
                        ("recipients", models.TextField(editable=False, help_text="Who it is for, for the admin list.")),
                        ("subject", models.CharField(editable=False, help_text="Its subject line.", max_length=255)),
                        ("error", models.CharField(editable=False, help_text="Why the last attempt failed.", max_length=255)),
                        ("created_at", models.DateTimeField(auto_now_add=True, help_text="When sending first failed.")),
                    ],
                    options={
                        "verbose_name": "unsent e-mail",
                        "verbose_name_plural": "unsent e-mails",
                        "ordering": ["created_at"],
                        "db_table": "home_outgoingemail",
                    },
                ),
            ],
            database_operations=[],
        ),
    ]
