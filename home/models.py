"""The home page, the plain content pages (About, How to get help, Privacy) and the
accessibility statement."""

from django.db import models
from django.db.models import OuterRef, Subquery
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from centers.models import CenterPage, with_local_operators
from contact.forms import ACCESSIBILITY_TOPIC
from core import navigation, seo
from core.blocks import FiguresBlock
from core.i18n import localized_query
from core.pages import SitePage
from events.models import EventPage, upcoming
from news.models import NewsPage
from programs.models import ProgramPage

from .blocks import StandardBodyBlock


class HomePage(SitePage):
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
        "events.EventIndexPage",
        "home.StandardPage",
        "declaration.DeclarationPage",
        "giving.DonatePage",
        "giving.CampaignPage",
        "contact.NetworkContactPage",
        "home.AccessibilityStatementPage",
    ]
    announces_news_feeds = True

    class Meta:
        verbose_name = _("home page")

    def structured_data(self, request, share_image):
        return [seo.network(request, self)]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["latest_news"] = (
            NewsPage.objects.live().descendant_of(self).select_related("image").order_by("-date", "-pk")[:3]
        )
        # Read when the template shows them: while the page's content is kept, not at all.
        context["featured_centers"] = SimpleLazyObject(
            lambda: with_local_operators(
                center for center in featured(self.featured_centers.all(), CenterPage) if center.live
            )
        )
        context["featured_programs"] = SimpleLazyObject(
            lambda: [
                program for program in featured(self.featured_programs.all(), ProgramPage) if program.live
            ]
        )
        # Upcoming by today's date: the kept content names the day (site_day), so it changes daily.
        context["upcoming_events"] = SimpleLazyObject(
            lambda: upcoming(EventPage.objects.live().public().filter(locale_id=self.locale_id))[:3]
        )
        context["help_page"] = navigation.home_links(self, request)["help"]
        return context


def featured(rows, model):
    """The pages these rows (the home page's featured centres or programmes) choose, in the
    reader's language, in the rows' order: one query, the rows inside it."""
    position = rows.filter(page__translation_key=OuterRef("translation_key")).values("sort_order")[:1]
    return localized_query(model.objects.filter(pk__in=rows.values("page_id")), position=Subquery(position))


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


class StandardPage(SitePage):
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


class AccessibilityStatementPage(SitePage):
    """The accessibility statement, in the structure of the EU's model statement (Commission
    Implementing Decision (EU) 2018/1523): compliance status, what is not accessible and why, how
    the statement was prepared, how to report a problem, the enforcement procedure and the date
    of the last review. Every page's footer links to it (home/templatetags/home_tags.py)."""

    class Status(models.TextChoices):
        FULL = "full", _("Fully compliant")
        PARTIAL = "partial", _("Partially compliant")
        NONE = "none", _("Not compliant")

    intro = models.TextField(
        verbose_name=_("introduction"),
        help_text=_(
            "Who the statement is from and what it covers, e.g. the network wants everyone to be "
            "able to use this website."
        ),
    )
    status = models.CharField(
        max_length=8,
        choices=Status.choices,
        default=Status.PARTIAL,
        verbose_name=_("compliance status"),
        help_text=_(
            "How far the site meets WCAG 2.1 level AA (EN 301 549). Choose “fully” only when "
            "nothing is listed under known limitations."
        ),
    )
    limitations = RichTextField(
        features=["h3", "bold", "italic", "link", "ul"],
        blank=True,
        verbose_name=_("known limitations"),
        help_text=_(
            "The content that is not accessible, why, and what a visitor can do instead. Only "
            "what is true of this site."
        ),
    )
    method = models.TextField(
        verbose_name=_("how the site was checked"),
        help_text=_(
            "The method used to prepare the statement, e.g. a self-assessment with automated "
            "checks and the checks people made by hand, or an assessment by an outside expert."
        ),
    )
    prepared_on = models.DateField(
        verbose_name=_("date prepared"),
        help_text=_("The day this statement was first prepared."),
    )
    reviewed_on = models.DateField(
        verbose_name=_("date of the last review"),
        help_text=_("The day the statement was last checked against the site. Update it at each review."),
    )
    enforcement = RichTextField(
        features=["bold", "italic", "link", "ul"],
        blank=True,
        verbose_name=_("enforcement procedure"),
        help_text=_(
            "Where a visitor can turn if our answer to their report does not satisfy them (the "
            "body responsible in Bulgaria). Leave empty until the network has confirmed it: the "
            "section is then not shown."
        ),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("status"),
        FieldPanel("limitations"),
        MultiFieldPanel(
            [FieldPanel("method"), FieldPanel("prepared_on"), FieldPanel("reviewed_on")],
            heading=_("Preparation of this statement"),
        ),
        FieldPanel("enforcement"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("limitations")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("accessibility statement")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["accessibility_topic"] = ACCESSIBILITY_TOPIC
        return context
