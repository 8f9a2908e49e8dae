"""What every page shares: the network's footer settings, and the outbox every e-mail leaves by."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

# Attribution only: anyone may reuse the centres' data, naming the network as its source.
OPEN_DATA_LICENCE = "CC BY 4.0"
OPEN_DATA_LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """What the footer of every page says about the network as a whole: how to reach it and
    where it is on social media. Empty fields are simply not shown, so nothing is ever made up."""

    contact_email = models.EmailField(
        blank=True,
        verbose_name=_("network e-mail"),
        help_text=_(
            "The network's general e-mail address, shown in the footer. Leave empty until it is confirmed."
        ),
    )
    contact_phone = models.CharField(
        max_length=40,
        blank=True,
        verbose_name=_("network phone"),
        help_text=_(
            "The network's general phone number as people should dial it, e.g. “+359 2 123 4567”. Leave empty until it is confirmed."
        ),
    )
    facebook_url = models.URLField(
        blank=True,
        verbose_name=_("Facebook"),
        help_text=_("The address of the network's Facebook page; empty hides the link."),
    )
    instagram_url = models.URLField(
        blank=True,
        verbose_name=_("Instagram"),
        help_text=_("The address of the network's Instagram profile; empty hides the link."),
    )
    youtube_url = models.URLField(
        blank=True,
        verbose_name=_("YouTube"),
        help_text=_("The address of the network's YouTube channel; empty hides the link."),
    )

    # Open data (issue 16): the licence the centres' data is published under (/data/centres.geojson).
    open_data_licence = models.CharField(
        max_length=120,
        default=OPEN_DATA_LICENCE,
        verbose_name=_("open data licence"),
        help_text=_(
            "The licence the centres' open data (GeoJSON, CSV) is published under, by its short name, "
            "e.g. “CC BY 4.0”. Shown next to the data's links and sent with the data."
        ),
    )
    open_data_licence_url = models.URLField(
        default=OPEN_DATA_LICENCE_URL,
        verbose_name=_("open data licence address"),
        help_text=_("Where the licence's text is, e.g. https://creativecommons.org/licenses/by/4.0/."),
    )

    panels = [
        MultiFieldPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")], heading=_("Contact")),
        MultiFieldPanel(
            [FieldPanel("facebook_url"), FieldPanel("instagram_url"), FieldPanel("youtube_url")],
            heading=_("Social media"),
        ),
        MultiFieldPanel(
            [FieldPanel("open_data_licence"), FieldPanel("open_data_licence_url")], heading=_("Open data")
        ),
    ]

    class Meta:
        verbose_name = _("site footer")

    @property
    def social_links(self):
        """(name, URL) of each social network that has an address, in a fixed order."""
        links = [
            ("Facebook", self.facebook_url),
            ("Instagram", self.instagram_url),
            ("YouTube", self.youtube_url),
        ]
        return [(name, url) for name, url in links if url]


class OutgoingEmail(models.Model):
    """One e-mail on its way out (a review request, a workflow notice, a centre's notification),
    stored as data until it is sent: a task sends it after the commit that queued it, and
    `send_pending_mail` whatever a refusal left behind. A row is deleted once sent, so the list
    is what has not gone out yet (core/mail.py)."""

    message = models.JSONField(
        editable=False,
        verbose_name=_("message"),
        help_text=_(
            "The message as it will go out: sender, recipients, subject, text, HTML and attachments."
        ),
    )
    recipients = models.TextField(
        editable=False, verbose_name=_("recipients"), help_text=_("Who it is for, for the admin list.")
    )
    subject = models.CharField(
        max_length=255, editable=False, verbose_name=_("subject"), help_text=_("Its subject line.")
    )
    reference = models.CharField(
        max_length=100,
        blank=True,
        editable=False,
        db_index=True,
        verbose_name=_("about"),
        help_text=_("What it is about (say, a contact message), so that record learns when it was sent."),
    )
    attempts = models.PositiveIntegerField(
        default=0,
        editable=False,
        verbose_name=_("failed attempts"),
        help_text=_("How many times the mail server refused it so far."),
    )
    error = models.CharField(
        max_length=255,
        blank=True,
        editable=False,
        verbose_name=_("last error"),
        help_text=_("Why the last attempt failed."),
    )
    next_attempt_at = models.DateTimeField(
        default=timezone.now,
        editable=False,
        db_index=True,
        verbose_name=_("next attempt"),
        help_text=_("When it is tried next."),
    )
    claimed_at = models.DateTimeField(
        null=True,
        blank=True,
        editable=False,
        verbose_name=_("being sent since"),
        help_text=_("When a sender took it, so no other sends it too; empty when nobody is sending it."),
    )
    created_at = models.DateTimeField(
        auto_now_add=True, verbose_name=_("queued"), help_text=_("When it was queued.")
    )

    class Meta:
        verbose_name = _("unsent e-mail")
        verbose_name_plural = _("unsent e-mails")
        ordering = ["created_at"]

    def __str__(self):
        return self.subject
