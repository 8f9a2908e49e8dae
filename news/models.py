"""The network's news."""

from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from home.blocks import BodyBlock
from home.pages import LatinSlugMixin

NEWS_PER_PAGE = 10


class NewsIndexPage(LatinSlugMixin, Page):
    """Lists the news, newest first, with filters by tag and by centre."""

    intro = models.TextField(
        blank=True, verbose_name=_("introduction"), help_text=_("A sentence above the list of news.")
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news index")

    def news(self):
        return (
            NewsPage.objects.live()
            .child_of(self)
            .select_related("image")
            .prefetch_related("tagged_items__tag")
            .order_by("-date", "-pk")
        )

    def centers(self):
        """The centres a reader can filter by: those in this language's tree."""
        from centers.models import CenterPage

        return CenterPage.objects.live().filter(locale=self.locale).order_by("title")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        news = self.news()

        tag = Tag.objects.filter(slug=request.GET.get("tag", "")).first()
        if tag:
            news = news.filter(tags=tag)

        centers = list(self.centers())
        center = next((c for c in centers if c.slug == request.GET.get("center")), None)
        if center:
            news = news.filter(related_centers__center__translation_key=center.translation_key).distinct()

        filters = {"center": center.slug if center else "", "tag": tag.slug if tag else ""}
        context.update(
            filter_query=urlencode({name: value for name, value in filters.items() if value}),
            news_page=Paginator(news, NEWS_PER_PAGE).get_page(request.GET.get("page")),
            tags=Tag.objects.filter(news_newspagetag_items__content_object__in=self.news())
            .distinct()
            .order_by("name"),
            centers=centers,
            current_tag=tag,
            current_center=center,
            unknown_filter=bool(
                (request.GET.get("tag") and not tag) or (request.GET.get("center") and not center)
            ),
        )
        return context


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey("news.NewsPage", on_delete=models.CASCADE, related_name="tagged_items")


class NewsPage(LatinSlugMixin, Page):
    """A news item: something that happened in the network or one of its centres."""

    date = models.DateField(
        default=timezone.localdate,
        verbose_name=_("date"),
        help_text=_("The date shown on the news item; the list is sorted by it."),
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
    tags = ClusterTaggableManager(
        through=NewsPageTag,
        blank=True,
        verbose_name=_("tags"),
        help_text=_("A few words readers can filter the news by, e.g. “Перник”."),
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel([FieldPanel("date"), FieldPanel("tags")], heading=_("Date and tags")),
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

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news")

    def centers(self):
        from centers.models import CenterPage

        keys = self.related_centers.values_list("center__translation_key", flat=True)
        return CenterPage.objects.live().filter(locale=self.locale, translation_key__in=keys)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["centers"] = self.centers()
        return context


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
