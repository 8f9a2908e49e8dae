# The outbox stores each message as data (JSON) instead of a pickled EmailMessage, and gets what
# one-sender-per-row and retries with backoff need. Messages already kept are converted, not
# dropped: a kept message is one the mail server refused, and nothing may be lost.

import base64
import pickle

import django.utils.timezone
from django.db import migrations, models


def as_data(message):
    """core.mail.as_data as of this migration: a migration must not change with the app's code."""
    attachments = []
    for attachment in message.attachments:
        if isinstance(attachment, tuple):
            filename, content, mimetype = attachment
            raw = content.encode() if isinstance(content, str) else content
            attachments.append(
                {"filename": filename, "content": base64.b64encode(raw).decode(), "mimetype": mimetype}
            )
        else:  # a MIME part, kept whole
            attachments.append({"mime": base64.b64encode(attachment.as_bytes()).decode()})
    return {
        "from_email": str(message.from_email),
        "to": [str(address) for address in message.to],
        "cc": [str(address) for address in message.cc],
        "bcc": [str(address) for address in message.bcc],
        "reply_to": [str(address) for address in message.reply_to],
        "subject": str(message.subject),
        "body": str(message.body),
        "content_subtype": message.content_subtype,
        "headers": {str(name): str(value) for name, value in message.extra_headers.items()},
        "alternatives": [
            {"content": str(content), "mimetype": mimetype}
            for content, mimetype in getattr(message, "alternatives", [])
        ],
        "attachments": attachments,
    }


def unpickle_messages(apps, schema_editor):
    OutgoingEmail = apps.get_model("core", "OutgoingEmail")
    for kept in OutgoingEmail.objects.all():
        # Written by this site's own backend, never by a visitor: safe to load once, here.
        kept.data = as_data(pickle.loads(bytes(kept.message)))  # noqa: S301
        kept.attempts = 1  # it had been refused once at least
        kept.save(update_fields=["data", "attempts"])


def pickle_messages(apps, schema_editor):
    from core.mail import as_message

    OutgoingEmail = apps.get_model("core", "OutgoingEmail")
    for kept in OutgoingEmail.objects.all():
        kept.message = pickle.dumps(as_message(kept.data))
        kept.save(update_fields=["message"])


class Migration(migrations.Migration):
    dependencies = [("core", "0002_own_tables")]

    operations = [
        migrations.AddField(
            model_name="outgoingemail",
            name="data",
            field=models.JSONField(default=dict, editable=False),
        ),
        migrations.AlterField(
            model_name="outgoingemail",
            name="message",
            field=models.BinaryField(default=b"", editable=False),
        ),
        migrations.AddField(
            model_name="outgoingemail",
            name="attempts",
            field=models.PositiveIntegerField(
                default=0,
                editable=False,
                help_text="How many times the mail server refused it so far.",
                verbose_name="failed attempts",
            ),
        ),
        migrations.RunPython(unpickle_messages, pickle_messages),
        migrations.RemoveField(model_name="outgoingemail", name="message"),
        migrations.RenameField(model_name="outgoingemail", old_name="data", new_name="message"),
        migrations.AlterField(
            model_name="outgoingemail",
            name="message",
            field=models.JSONField(
                editable=False,
                help_text="The message as it will go out: sender, recipients, subject, text, HTML and attachments.",
                verbose_name="message",
            ),
        ),
        migrations.AddField(
            model_name="outgoingemail",
            name="reference",
            field=models.CharField(
                blank=True,
                db_index=True,
                editable=False,
                help_text="What it is about (say, a contact message), so that record learns when it was sent.",
                max_length=100,
                verbose_name="about",
            ),
        ),
        migrations.AddField(
            model_name="outgoingemail",
            name="next_attempt_at",
            field=models.DateTimeField(
                db_index=True,
                default=django.utils.timezone.now,
                editable=False,
                help_text="When it is tried next.",
                verbose_name="next attempt",
            ),
        ),
        migrations.AddField(
            model_name="outgoingemail",
            name="claimed_at",
            field=models.DateTimeField(
                blank=True,
                editable=False,
                help_text="When a sender took it, so no other sends it too; empty when nobody is sending it.",
                null=True,
                verbose_name="being sent since",
            ),
        ),
        migrations.AlterField(
            model_name="outgoingemail",
            name="error",
            field=models.CharField(
                blank=True,
                editable=False,
                help_text="Why the last attempt failed.",
                max_length=255,
                verbose_name="last error",
            ),
        ),
        migrations.AlterField(
            model_name="outgoingemail",
            name="created_at",
            field=models.DateTimeField(auto_now_add=True, help_text="When it was queued.", verbose_name="queued"),
        ),
        migrations.AlterField(
            model_name="outgoingemail",
            name="recipients",
            field=models.TextField(
                editable=False, help_text="Who it is for, for the admin list.", verbose_name="recipients"
            ),
        ),
        migrations.AlterField(
            model_name="outgoingemail",
            name="subject",
            field=models.CharField(
                editable=False, help_text="Its subject line.", max_length=255, verbose_name="subject"
            ),
        ),
    ]
