"""The programmes and methods the centers run."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalManyToManyField
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.blocks import BodyBlock
from core.i18n import localized_query
from core.pages import SitePage

# A hook other apps register to add to a programme page's context: a function of the programme
# page that returns a dict, e.g. {"upcoming_events": …} from events/wagtail_hooks.py.
PROGRAM_PAGE_CONTEXT_HOOK = "program_page_context"


class ProgramIndexPage(SitePage):
    """Lists the programmes and methods used across the network."""

    intro = models.TextField(
        blank=True,
        verbose_name=_("introduction"),
        help_text=_("A sentence or two above the list of programmes."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["programs.ProgramPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("programme index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["programs"] = ProgramPage.objects.live().child_of(self)
        return context


class ProgramPage(SitePage):
    """A programme or method: what it is, who it is for, how it runs, and where."""

    search_kind = pgettext_lazy("kind of search result", "Programme")  # its label in site search

    summary = models.TextField(
        verbose_name=_("summary"),
        help_text=_("Two or three sentences on what the programme does. Shown in lists."),
    )
    audience = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("who it is for"),
        help_text=_("In a few words, e.g. “adolescents and their parents”."),
    )
    min_age = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        verbose_name=_("from age"),
        help_text=_("Youngest age, if the programme sets one."),
    )
    max_age = models.PositiveSmallIntegerField(
        null=True, blank=True, verbose_name=_("to age"), help_text=_("Oldest age, if the programme sets one.")
    )
    target_groups = ParentalManyToManyField(
        "centers.TargetGroup",
        blank=True,
        related_name="programs",
        verbose_name=_("target groups"),
        help_text=_("The groups the programme is meant for."),
    )
    individual_work = models.BooleanField(
        default=False, verbose_name=_("individual work"), help_text=_("Runs one to one or with one family.")
    )
    group_work = models.BooleanField(
        default=False, verbose_name=_("group work"), help_text=_("Runs with groups of children or parents.")
    )
    community_work = models.BooleanField(
        default=False,
        verbose_name=_("community work"),
        help_text=_("Runs in kindergartens, schools or the wider community."),
    )
    origin = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("origin"),
        help_text=_("Who created the method, e.g. “a Bulgarian method of the Libera Institute”."),
    )
    credit = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("credit"),
        help_text=_("Trademark or credit line the owner asks for, e.g. “Element of Play® is …”."),
    )
    origin_url = models.URLField(
        blank=True,
        verbose_name=_("origin website"),
        help_text=_("The website of the method's owner, if there is one."),
    )
    body = StreamField(
        BodyBlock(),
        blank=True,
        verbose_name=_("body"),
        help_text=_("More about the programme: its themes, how a session runs."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("audience"),
                FieldRowPanel([FieldPanel("min_age"), FieldPanel("max_age")]),
                FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Who it is for"),
        ),
        MultiFieldPanel(
            [FieldPanel("individual_work"), FieldPanel("group_work"), FieldPanel("community_work")],
            heading=pgettext_lazy("how a programme is run", "Format"),
        ),
        MultiFieldPanel(
            [FieldPanel("origin"), FieldPanel("credit"), FieldPanel("origin_url")],
            heading=_("Origin and credit"),
        ),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("audience"),
        index.SearchField("origin"),
        index.SearchField("body"),
        index.AutocompleteField("summary"),
        index.AutocompleteField("body"),
    ]

    override_translatable_fields = [SynchronizedField("target_groups", overridable=False)]

    parent_page_types = ["programs.ProgramIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("programme")
        verbose_name_plural = _("programmes")

    def clean(self):
        super().clean()
        if self.min_age is not None and self.max_age is not None and self.min_age > self.max_age:
            raise ValidationError({"max_age": _("The oldest age cannot be below the youngest.")})

    @property
    def formats(self):
        labels = [
            (self.individual_work, _("individual")),
            (self.group_work, pgettext_lazy("programme format", "group")),
            (self.community_work, _("community")),
        ]
        return [label for on, label in labels if on]

    def centers(self):
        """The centres that run this programme, from the centres' own links (never entered twice)."""
        from centers.models import CenterPage

        return (
            CenterPage.objects.live()
            .filter(locale=self.locale, program_links__program__translation_key=self.translation_key)
            .distinct()
            .order_by("town", "title")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["centers"] = self.centers()
        # Read when the template shows them: while the page's content is kept, not at all.
        context["target_groups"] = SimpleLazyObject(lambda: localized_query(self.target_groups.all()))
        for sections in hooks.get_hooks(PROGRAM_PAGE_CONTEXT_HOOK):
            context.update(sections(self))
        return context
