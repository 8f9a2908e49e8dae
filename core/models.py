"""What every page shares: the network's footer settings, and the outbox of e-mails the mail
server refused."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


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

    panels = [
        MultiFieldPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")], heading=_("Contact")),
        MultiFieldPanel(
            [FieldPanel("facebook_url"), FieldPanel("instagram_url"), FieldPanel("youtube_url")],
            heading=_("Social media"),
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
    """An e-mail the mail server refused (review requests, workflow notices…), kept until
    `send_pending_mail` delivers it: Wagtail logs such failures and moves on, and a reviewer's
    comment must not be lost with them."""

    message = models.BinaryField(
        editable=False, help_text=_("The whole message as it would have gone out, serialised.")
    )
    recipients = models.TextField(editable=False, help_text=_("Who it is for, for the admin list."))
    subject = models.CharField(max_length=255, editable=False, help_text=_("Its subject line."))
    error = models.CharField(max_length=255, editable=False, help_text=_("Why the last attempt failed."))
    created_at = models.DateTimeField(auto_now_add=True, help_text=_("When sending first failed."))

    class Meta:
        verbose_name = _("unsent e-mail")
        verbose_name_plural = _("unsent e-mails")
        ordering = ["created_at"]

    def __str__(self):
        return self.subject
