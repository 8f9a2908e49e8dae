"""Events: summer schools, parents' groups, workshops. Each has its dates (one day, a run of days or
weekly sessions), its place (a centre or a named address), who it is for, and a calendar file."""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Coalesce
from django.utils.dates import MONTHS, WEEKDAYS
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.blocks import BodyBlock
from core.i18n import localized_query
from core.pages import SitePage
from core.site_cache import remember

from . import schedule

PAST_EVENTS_SHOWN = 20
MONTHS_OFFERED = 12


def dated(events):
    """Only events with a start date: an event without one is listed nowhere (no guessing)."""
    return events.filter(start_date__isnull=False).annotate(
        last_day=Coalesce("repeats_until", "end_date", "start_date")
    )


def upcoming(events, day=None):
    """These events that still have a day on or after `day` (today), soonest first."""
    day = day or schedule.today()
    found = [(schedule.next_day(event, day), event) for event in dated(events).filter(last_day__gte=day)]
    found = [(when, event) for when, event in found if when is not None]
    found.sort(key=lambda pair: (pair[0], pair[1].start_time or datetime.time.min, pair[1].pk))
    for when, event in found:
        event.next_day = when
    return [event for _when, event in found]


def past(events, day=None):
    """These events whose last day is before `day` (today), latest first."""
    day = day or schedule.today()
    return list(dated(events).filter(last_day__lt=day).order_by("-last_day", "-pk")[:PAST_EVENTS_SHOWN])


def in_locale_of(page, model, key):
    """The live `model` page with translation key `key` in `page`'s language, or None."""
    if not key:
        return None
    return model.objects.live().filter(locale_id=page.locale_id, translation_key=key).first()


class EventIndexPage(SitePage):
    """The network's events: upcoming first, filterable by centre, programme and month, then the past ones."""

    intro = models.TextField(
        blank=True, verbose_name=_("introduction"), help_text=_("A sentence above the list of events.")
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("events index")

    def events(self):
        """Every live event in this language, under this index or under a centre."""
        return EventPage.objects.live().public().filter(locale_id=self.locale_id).select_related("image")

    def centers(self):
        from centers.models import CenterPage

        def read():
            centers = CenterPage.objects.live().filter(locale_id=self.locale_id).order_by("title")
            return list(centers.values("slug", "title", "translation_key"))

        return remember(f"event-centers:{self.pk}", read)

    def programs(self):
        from programs.models import ProgramPage

        def read():
            programs = ProgramPage.objects.live().filter(locale_id=self.locale_id).order_by("title")
            return list(programs.values("slug", "title", "translation_key"))

        return remember(f"event-programs:{self.pk}", read)

    @staticmethod
    def months(day):
        """(value, label) for this month and the next ones, e.g. ("2026-07", "July 2026")."""
        months, year, month = [], day.year, day.month
        for _step in range(MONTHS_OFFERED):
            months.append((f"{year:04d}-{month:02d}", f"{MONTHS[month]} {year}", (year, month)))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return months

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        day = schedule.today()
        events = self.events()

        centers = self.centers()
        center = next((c for c in centers if c["slug"] == request.GET.get("center")), None)
        if center:
            events = events.filter(center__translation_key=center["translation_key"])
        programs = self.programs()
        program = next((p for p in programs if p["slug"] == request.GET.get("program")), None)
        if program:
            events = events.filter(program__translation_key=program["translation_key"])
        months = self.months(day)
        month = next((m for m in months if m[0] == request.GET.get("month")), None)

        coming = upcoming(events, day)
        if month:
            coming = [event for event in coming if event.has_a_day_in(*month[2], day)]
        context.update(
            upcoming_events=coming,
            past_events=past(events, day),
            centers=centers,
            programs=programs,
            months=months,
            current_center=center,
            current_program=program,
            current_month=month,
            unknown_filter=any(
                request.GET.get(name) and not found
                for name, found in (("center", center), ("program", program), ("month", month))
            ),
        )
        return context


class EventPage(SitePage):
    """An event: when, where, who it is for, and whether to register. Always free."""

    search_kind = pgettext_lazy("kind of search result", "Event")  # its label in site search

    summary = models.TextField(
        verbose_name=_("summary"),
        help_text=_("One or two sentences on what happens and for whom. Shown in lists and calendars."),
    )
    start_date = models.DateField(
        null=True,
        blank=True,
        verbose_name=_("start date"),
        help_text=_(
            "The first day. Leave empty until the date is decided: an event without a date is "
            "not listed anywhere."
        ),
    )
    end_date = models.DateField(
        null=True,
        blank=True,
        verbose_name=_("end date"),
        help_text=_("The last day, if the event lasts several days in a row. Empty for one day."),
    )
    start_time = models.TimeField(
        null=True, blank=True, verbose_name=_("start time"), help_text=_("When it begins, e.g. 10:00.")
    )
    end_time = models.TimeField(
        null=True, blank=True, verbose_name=_("end time"), help_text=_("When it ends, e.g. 12:00.")
    )
    repeats_on = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        choices=sorted(WEEKDAYS.items()),
        verbose_name=_("every week on"),
        help_text=_("For group sessions: the weekday they meet on. Empty if the event does not repeat."),
    )
    repeats_until = models.DateField(
        null=True,
        blank=True,
        verbose_name=_("weekly until"),
        help_text=_("The day of the last weekly session."),
    )
    center = models.ForeignKey(
        "centers.CenterPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
        verbose_name=_("centre"),
        help_text=_("The centre where the event happens, or that runs it. Empty: give the place below."),
    )
    place_name = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("place"),
        help_text=_("Where it happens, if not at the centre, e.g. “Primary School No. 3”."),
    )
    address = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("address"),
        help_text=_("Street, number and town of that place, as people would look it up."),
    )
    target_groups = ParentalManyToManyField(
        "centers.TargetGroup",
        blank=True,
        related_name="events",
        verbose_name=_("target groups"),
        help_text=_("The groups the event is meant for."),
    )
    audience = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("who it is for"),
        help_text=_("In a few words, e.g. “children who start first grade this autumn”."),
    )
    registration_required = models.BooleanField(
        default=False,
        verbose_name=_("registration needed"),
        help_text=_("Tick if people must tell the centre in advance that they are coming."),
    )
    program = models.ForeignKey(
        "programs.ProgramPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
        verbose_name=_("programme"),
        help_text=_("The programme the event belongs to, if any."),
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("image"),
        help_text=_("An illustration. No photos of children."),
    )
    image_alt = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("image description"),
        help_text=_(
            "What the picture shows, for people who cannot see it. Empty: the image's own description."
        ),
    )
    body = StreamField(
        BodyBlock(),
        blank=True,
        verbose_name=_("body"),
        help_text=_("More about the event: programme, what to bring."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldRowPanel([FieldPanel("start_time"), FieldPanel("end_time")]),
                FieldRowPanel([FieldPanel("repeats_on"), FieldPanel("repeats_until")]),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [
                PageChooserPanel("center", page_type="centers.CenterPage"),
                FieldPanel("place_name"),
                FieldPanel("address"),
            ],
            heading=_("Where"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
                FieldPanel("audience"),
                FieldPanel("registration_required"),
                PageChooserPanel("program", page_type="programs.ProgramPage"),
            ],
            heading=_("Who it is for"),
        ),
        FieldPanel("image"),
        FieldPanel("image_alt"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.AutocompleteField("summary"),
        index.FilterField("start_date"),
    ]

    # As a news item's topics: the same centre, programme and groups in every language, shown in
    # the reader's language (looked up by translation key).
    override_translatable_fields = [
        SynchronizedField("target_groups", overridable=False),
        SynchronizedField("center", overridable=False),
        SynchronizedField("program", overridable=False),
    ]

    parent_page_types = ["events.EventIndexPage", "centers.CenterPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        # Under a centre, the event is at that centre unless the editor chose one (Wagtail cleans a
        # new page again once it is in the tree, so this holds for pages added in the admin too).
        if not self.center_id and self.get_parent_center() is not None:
            self.center = self.get_parent_center()
        errors = {}
        if self.start_date is None:
            for name in ("end_date", "start_time", "end_time", "repeats_on", "repeats_until"):
                if getattr(self, name) is not None:
                    errors[name] = _("Give the start date first.")
        elif self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _(
                "The event cannot end before it starts: the end date is before the start date."
            )
        if self.end_time and not self.start_time:
            errors["end_time"] = _("Give the start time as well as the end time.")
        one_day = self.end_date in (None, self.start_date) or self.repeats_on is not None
        if self.start_time and self.end_time and one_day and self.end_time <= self.start_time:
            errors["end_time"] = _(
                "The event cannot end before it starts: the end time is not after the start time."
            )
        if self.repeats_on is not None and self.start_date:
            if self.end_date not in (None, self.start_date):
                errors["end_date"] = _(
                    "A weekly event has no end date: give the last session under “weekly until”."
                )
            if self.repeats_until is None:
                errors["repeats_until"] = _("Give the day of the last weekly session.")
            elif self.repeats_until < schedule.first_session(self.start_date, self.repeats_on):
                errors["repeats_until"] = _("The last session cannot be before the first one.")
        elif self.repeats_until is not None and "repeats_until" not in errors:
            errors["repeats_on"] = _("Choose the weekday of the sessions, or leave “weekly until” empty.")
        if errors:
            raise ValidationError(errors)

    def get_parent_center(self):
        from centers.models import CenterPage

        parent = self.get_parent() if self.path else None
        return parent.specific if parent is not None and isinstance(parent.specific, CenterPage) else None

    # What the pages and calendars say

    @property
    def is_dated(self):
        return self.start_date is not None

    @property
    def has_passed(self):
        return schedule.has_passed(self)

    @property
    def weekday_name(self):
        return WEEKDAYS.get(self.repeats_on, "")

    @property
    def first_day(self):
        if self.start_date and self.repeats_on is not None:
            return schedule.first_session(self.start_date, self.repeats_on)
        return self.start_date

    @property
    def last_day_shown(self):
        return schedule.last_day(self)

    def has_a_day_in(self, year, month, day):
        """Whether the event has a day in this month, on or after `day`."""
        start = max(datetime.date(year, month, 1), day)
        end = datetime.date(year + month // 12, month % 12 + 1, 1)
        found = schedule.next_day(self, start)
        return found is not None and found < end

    def local_center(self):
        """The event's centre in the page's language, if it is live."""
        from centers.models import CenterPage

        return in_locale_of(self, CenterPage, self.center.translation_key if self.center_id else None)

    def local_program(self):
        from programs.models import ProgramPage

        return in_locale_of(self, ProgramPage, self.program.translation_key if self.program_id else None)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Read when the template shows them: while the page's content is kept, not at all.
        context.update(
            center=SimpleLazyObject(self.local_center),
            program=SimpleLazyObject(self.local_program),
            target_groups=SimpleLazyObject(lambda: localized_query(self.target_groups.all())),
            today=schedule.today(),
        )
        return context

    def get_sitemap_urls(self, request=None):
        # An event without a date is listed nowhere, the sitemap included.
        return super().get_sitemap_urls(request) if self.is_dated else []

    def structured_data(self, request, share_image):
        from .schema_org import event_data

        return [event_data(request, self, share_image)] if self.is_dated else []
