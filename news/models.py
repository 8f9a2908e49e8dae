"""The network's news."""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.dates import MONTHS
from django.utils.functional import SimpleLazyObject
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField

from core import seo
from core.blocks import BodyBlock
from core.i18n import localized_query
from core.pages import SitePage
from core.site_cache import remember

NEWS_PER_PAGE = 10


@register_snippet
class NewsTopic(TranslatableMixin, models.Model):
    """A subject readers can filter the news by, translated like the other snippets."""

    name = models.CharField(
        max_length=100, verbose_name=_("name"), help_text=_("The topic as readers see it, e.g. “Перник”.")
    )
    slug = models.SlugField(
        max_length=100,
        allow_unicode=False,
        verbose_name=_("address name"),
        help_text=_("Small Latin letters, digits and hyphens, used in the filter's link, e.g. “pernik”."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("news topic")
        verbose_name_plural = _("news topics")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="news_topic_unique_slug_per_language")
        ]

    def __str__(self):
        return self.name


class NewsIndexPage(SitePage):
    """Lists the news, newest first, with filters by topic and by centre."""

    intro = models.TextField(
        blank=True, verbose_name=_("introduction"), help_text=_("A sentence above the list of news.")
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]
    max_count_per_parent = 1
    announces_news_feeds = True

    class Meta:
        verbose_name = _("news index")

    def news(self):
        return (
            NewsPage.objects.live()
            .child_of(self)
            .select_related("image")
            .prefetch_related("topics")
            .order_by("-date", "-pk")
        )

    def centers(self):
        """The centres a reader can filter by, those in this language's tree: their address name,
        title and translation key (kept with the site's parts, core/site_cache.py)."""
        from centers.models import CenterPage

        def read():
            centers = CenterPage.objects.live().filter(locale_id=self.locale_id).order_by("title")
            return list(centers.values("slug", "title", "translation_key"))

        return remember(f"news-centers:{self.pk}", read)

    def topics(self):
        """The topics of this index's news, in the reader's language, by name (kept as above)."""

        def read():
            used = NewsTopic.objects.filter(news__in=NewsPage.objects.live().child_of(self))
            return sorted(localized_query(used), key=lambda topic: topic.name)

        return remember(f"news-topics:{self.pk}", read)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        news = self.news()

        topics = self.topics()
        topic = next((t for t in topics if t.slug == request.GET.get("topic")), None)
        if topic:
            news = news.filter(topics__translation_key=topic.translation_key).distinct()

        centers = self.centers()
        center = next((c for c in centers if c["slug"] == request.GET.get("center")), None)
        if center:
            news = news.filter(related_centers__center__translation_key=center["translation_key"]).distinct()

        filters = {"center": center["slug"] if center else "", "topic": topic.slug if topic else ""}
        context.update(
            filter_query=urlencode({name: value for name, value in filters.items() if value}),
            news_page=Paginator(news, NEWS_PER_PAGE).get_page(request.GET.get("page")),
            topics=topics,
            centers=centers,
            current_topic=topic,
            current_center=center,
            unknown_filter=bool(
                (request.GET.get("topic") and not topic) or (request.GET.get("center") and not center)
            ),
        )
        return context


class NewsPage(SitePage):
    """A news item: something that happened in the network or one of its centres."""

    search_kind = pgettext_lazy("kind of search result", "News")  # its label in site search
    open_graph_type = "article"
    announces_news_feeds = True

    date = models.DateField(
        default=timezone.localdate,
        verbose_name=_("date"),
        help_text=_("The day the item is published on this site; the list is sorted by it."),
    )
    event_year = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[MinValueValidator(1990), MaxValueValidator(2100)],
        verbose_name=_("year it happened"),
        help_text=_("The year of the event, as the source gives it. Empty if the source does not say."),
    )
    event_month = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(12)],
        verbose_name=_("month it happened"),
        help_text=_("1–12, only if the source gives the month."),
    )
    lead = models.TextField(
        verbose_name=_("lead"),
        help_text=_("One or two sentences that say what happened. Shown in lists and when shared."),
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("image"),
        help_text=_(
            "An illustration with a description for people who cannot see it. No photos of children."
        ),
    )
    image_alt = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("image description"),
        help_text=_(
            "What the picture shows, for people who cannot see it. Empty: the image's own description."
        ),
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), help_text=_("The full news item."))
    topics = ParentalManyToManyField(
        NewsTopic,
        blank=True,
        related_name="news",
        verbose_name=_("topics"),
        help_text=_("The topics readers can filter the news by. Add new ones under Snippets → News topics."),
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("date"),
                FieldRowPanel([FieldPanel("event_year"), FieldPanel("event_month")]),
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Dates and topics"),
        ),
        FieldPanel("lead"),
        FieldPanel("image"),
        FieldPanel("image_alt"),
        FieldPanel("body"),
        InlinePanel("related_centers", label=_("Centres this news is about")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("lead"),
        index.SearchField("body"),
        index.AutocompleteField("lead"),
        index.AutocompleteField("body"),
        index.FilterField("date"),
    ]

    # The topics are the same in every language: they keep pointing at the Bulgarian snippets and
    # are shown in the reader's language (core/i18n.py), as a centre's services are.
    override_translatable_fields = [SynchronizedField("topics", overridable=False)]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news")

    def clean(self):
        super().clean()
        if self.event_month and not self.event_year:
            raise ValidationError({"event_year": _("Give the year of the event as well as its month.")})

    @property
    def event_month_name(self):
        return MONTHS.get(self.event_month, "")

    @property
    def event_date_iso(self):
        """The event's date as precise as the source: “2020-03”, or “2020”."""
        if not self.event_year:
            return ""
        return (
            f"{self.event_year:04d}-{self.event_month:02d}" if self.event_month else f"{self.event_year:04d}"
        )

    def localized_topics(self):
        """This item's topics in the reader's language, by name."""
        return sorted(localized_query(self.topics.all()), key=lambda topic: topic.name)

    def centers(self):
        from centers.models import CenterPage

        keys = self.related_centers.values_list("center__translation_key", flat=True)
        return CenterPage.objects.live().filter(locale=self.locale, translation_key__in=keys)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["centers"] = self.centers()
        # Read when the template shows them: while the page's content is kept, not at all.
        context["topics"] = SimpleLazyObject(self.localized_topics)
        return context

    def article_dates(self):
        """The item's own date, and its last publication, never earlier."""
        published = timezone.make_aware(datetime.datetime.combine(self.date, datetime.time.min))
        return published, timezone.localtime(max(self.last_published_at or published, published))

    def structured_data(self, request, share_image):
        published, modified = self.article_dates()
        url = seo.page_url(request, self)
        article = {
            "@type": "NewsArticle",
            "headline": seo.shorten(self.title, seo.HEADLINE_LENGTH),
            "description": seo.plain_text(self.lead),
            "datePublished": published.isoformat(),
            "dateModified": modified.isoformat(),
            "inLanguage": self.locale.language_code,
            "mainEntityOfPage": {"@type": "WebPage", "@id": url},
            "url": url,
            "image": [share_image["url"]] if share_image["own"] else None,
        }
        home = seo.site_home(request)
        if home is not None:
            article["author"] = article["publisher"] = seo.network(request, home)
        return [article]


class NewsPageCenter(Orderable):
    """Names a centre in a news item, so the centre's page lists the news."""

    news = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="related_centers")
    center = models.ForeignKey(
        "centers.CenterPage",
        on_delete=models.CASCADE,
        related_name="news_links",
        verbose_name=_("centre"),
        help_text=_("A centre this news item is about."),
    )

    panels = [PageChooserPanel("center", page_type="centers.CenterPage")]
