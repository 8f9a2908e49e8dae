"""The home page and the plain content pages (About, How to get help, Privacy)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from .blocks import FiguresBlock, StandardBodyBlock
from .i18n import localized
from .pages import LatinSlugMixin


class HomePage(LatinSlugMixin, Page):
    """The front door: what the network is, where to get help, and what it does."""

    lead = models.TextField(
        verbose_name=_("lead statement"),
        help_text=_("One or two sentences under the site name: who we are and who we help."),
    )
    figures = StreamField(
        FiguresBlock(),
        blank=True,
        verbose_name=_("key figures"),
        help_text=_("Three or four numbers from the centres' work, each with what it counts."),
    )
    help_title = models.CharField(
        max_length=120,
        verbose_name=_("“get help” title"),
        help_text=_("The heading of the box that tells a family where to turn, e.g. “Need support?”."),
    )
    help_text = RichTextField(
        features=["bold", "italic", "link", "ul"],
        verbose_name=_("“get help” text"),
        help_text=_("Where to go, that the services are free, and whether a referral is needed."),
    )
    help_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("“get help” page"),
        help_text=_("The page the box links to for the full details, usually “How to get help”."),
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("privacy page"),
        help_text=_("The page that says what happens to what people send; forms link to it."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("lead"),
        MultiFieldPanel(
            [FieldPanel("help_title"), FieldPanel("help_text"), PageChooserPanel("help_page")],
            heading=_("Get help"),
        ),
        PageChooserPanel("privacy_page"),
        FieldPanel("figures"),
        # No limit: the lead counts every centre, so the list must be able to show them all.
        InlinePanel("featured_centers", label=_("Featured centres")),
        InlinePanel("featured_programs", label=_("Featured programmes"), max_num=6),
    ]
    search_fields = Page.search_fields + [index.SearchField("lead"), index.AutocompleteField("lead")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "centers.CenterIndexPage",
        "programs.ProgramIndexPage",
        "news.NewsIndexPage",
        "home.StandardPage",
        "declaration.DeclarationPage",
        "giving.DonatePage",
        "giving.CampaignPage",
        "contact.NetworkContactPage",
    ]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from centers.models import with_local_operators
        from news.models import NewsPage

        context = super().get_context(request, *args, **kwargs)
        context["latest_news"] = (
            NewsPage.objects.live().descendant_of(self).select_related("image").order_by("-date", "-pk")[:3]
        )
        centers = localized(item.page for item in self.featured_centers.select_related("page__operator"))
        context["featured_centers"] = with_local_operators(center for center in centers if center.live)
        programs = localized(item.page for item in self.featured_programs.select_related("page"))
        context["featured_programs"] = [program for program in programs if program.live]
        context["help_page"] = self.help_page.localized if self.help_page else None
        return context


class HomeFeaturedCenter(Orderable):
    home = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_centers")
    page = models.ForeignKey(
        "centers.CenterPage",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("centre"),
        help_text=_("A centre to show on the home page."),
    )
    panels = [PageChooserPanel("page")]


class HomeFeaturedProgram(Orderable):
    home = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_programs")
    page = models.ForeignKey(
        "programs.ProgramPage",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("programme"),
        help_text=_("A programme to show on the home page."),
    )
    panels = [PageChooserPanel("page")]


class StandardPage(LatinSlugMixin, Page):
    """A page of plain content: About the network, How to get help, Privacy."""

    intro = models.TextField(
        blank=True,
        verbose_name=_("introduction"),
        help_text=_("A sentence or two shown above the body and in lists and search results."),
    )
    body = StreamField(
        StandardBodyBlock(),
        verbose_name=_("body"),
        help_text=_(
            "The page's content: headings, text, images, quotes, notices and the centre finder "
            "with every centre's “write” link."
        ),
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.AutocompleteField("intro"),
        index.AutocompleteField("body"),
    ]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")


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
