"""The network's centers and the things they are described by.

Snippets (Operator, Service, TargetGroup, TeamRole) are translatable and shared by every
center, so a service or a target group is written once and translated once. Settlements and
municipalities are the NSI's register, reference data loaded by `load_settlements`.
"""

from types import SimpleNamespace

from django import forms
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.dates import MONTHS
from django.utils.functional import SimpleLazyObject, cached_property
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField

from core.blocks import BodyBlock, FiguresBlock
from core.i18n import active_locale, localized_query
from core.pages import SitePage
from core.site_cache import remember

from .panels import NetworkFactPanel
from .schema_org import center_data

# A hook other apps register to add to a centre page's context: a function of the centre page that
# returns a dict, e.g. {"programs": …} from programs/wagtail_hooks.py.
CENTER_PAGE_CONTEXT_HOOK = "center_page_context"


class Region(models.TextChoices):
    """Bulgaria's 28 regions (области), for finding centers by region."""

    BLAGOEVGRAD = "blagoevgrad", _("Blagoevgrad")
    BURGAS = "burgas", _("Burgas")
    DOBRICH = "dobrich", _("Dobrich")
    GABROVO = "gabrovo", _("Gabrovo")
    HASKOVO = "haskovo", _("Haskovo")
    KARDZHALI = "kardzhali", _("Kardzhali")
    KYUSTENDIL = "kyustendil", _("Kyustendil")
    LOVECH = "lovech", _("Lovech")
    MONTANA = "montana", _("Montana")
    PAZARDZHIK = "pazardzhik", _("Pazardzhik")
    PERNIK = "pernik", _("Pernik")
    PLEVEN = "pleven", _("Pleven")
    PLOVDIV = "plovdiv", _("Plovdiv")
    RAZGRAD = "razgrad", _("Razgrad")
    RUSE = "ruse", _("Ruse")
    SHUMEN = "shumen", _("Shumen")
    SILISTRA = "silistra", _("Silistra")
    SLIVEN = "sliven", _("Sliven")
    SMOLYAN = "smolyan", _("Smolyan")
    SOFIA_CITY = "sofia-city", _("Sofia City")
    SOFIA = "sofia", _("Sofia Province")
    STARA_ZAGORA = "stara-zagora", _("Stara Zagora")
    TARGOVISHTE = "targovishte", _("Targovishte")
    VARNA = "varna", _("Varna")
    VELIKO_TARNOVO = "veliko-tarnovo", _("Veliko Tarnovo")
    VIDIN = "vidin", _("Vidin")
    VRATSA = "vratsa", _("Vratsa")
    YAMBOL = "yambol", _("Yambol")


class Funding(models.TextChoices):
    STATE_DELEGATED = "state-delegated", _("State-delegated activity")
    MUNICIPAL = "municipal", _("Municipal budget")
    DONATIONS = "donations", _("Donations only, no public funding")


@register_snippet
class Operator(TranslatableMixin, index.Indexed, models.Model):
    """The organisation that runs a center under its licence."""

    name = models.CharField(
        max_length=255,
        verbose_name=_("name"),
        help_text=_("The organisation's full name, e.g. Сдружение „SOS Детски селища България“."),
    )
    is_sos = models.BooleanField(
        default=False,
        verbose_name=_("SOS Children's Villages Bulgaria"),
        help_text=_("Tick for SOS Children's Villages Bulgaria itself; leave empty for partners."),
    )
    partner_note = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("working with"),
        help_text=_("A partner the operator runs the centre with, if the source names one."),
    )
    website = models.URLField(blank=True, verbose_name=_("website"), help_text=_("Optional."))
    is_public_body = models.BooleanField(
        default=False,
        verbose_name=_("public body"),
        help_text=_("Tick for a municipality or another public body, e.g. Община Разлог."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("is_sos"),
        FieldPanel("is_public_body"),
        FieldPanel("partner_note"),
        FieldPanel("website"),
    ]
    search_fields = [index.SearchField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("operator")
        verbose_name_plural = _("operators")
        ordering = ["-is_sos", "name"]

    def __str__(self):
        return self.name


@register_snippet
class Service(TranslatableMixin, index.Indexed, models.Model):
    """A social service a ЦОП provides under the Social Services Act."""

    class Access(models.TextChoices):
        GENERAL = "general", _("General access: no referral needed")
        SPECIALISED = "specialised", _("Specialised: by referral or needs assessment")

    name = models.CharField(
        max_length=255, verbose_name=_("name"), help_text=_("The service as the law or the centre names it.")
    )
    access = models.CharField(
        max_length=20,
        choices=Access.choices,
        blank=True,
        verbose_name=_("access"),
        help_text=_(
            "General-access services need no referral; specialised ones need one and a contract. "
            "Empty when no source says which: the page then shows no access rule."
        ),
    )
    description = models.TextField(
        blank=True,
        verbose_name=_("description"),
        help_text=_("What the service is, in plain words, and any time limit."),
    )
    legal_basis = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("legal basis"),
        help_text=_("The article of law it rests on, with an “as of” date if the law has changed."),
    )
    sort_order = models.PositiveSmallIntegerField(
        default=0, verbose_name=_("order"), help_text=_("Lower numbers are listed first.")
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("access"),
        FieldPanel("description"),
        FieldPanel("legal_basis"),
        FieldPanel("sort_order"),
    ]
    search_fields = [index.SearchField("name"), index.SearchField("description")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("service")
        verbose_name_plural = _("services")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


@register_snippet
class TargetGroup(TranslatableMixin, index.Indexed, models.Model):
    """A group of people a center or a programme is for."""

    name = models.CharField(
        max_length=255, verbose_name=_("name"), help_text=_("Who they are, e.g. “Foster families”.")
    )
    description = models.TextField(
        blank=True, verbose_name=_("description"), help_text=_("Optional: a sentence on who is meant.")
    )
    sort_order = models.PositiveSmallIntegerField(
        default=0, verbose_name=_("order"), help_text=_("Lower numbers are listed first.")
    )

    panels = [FieldPanel("name"), FieldPanel("description"), FieldPanel("sort_order")]
    search_fields = [index.SearchField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


@register_snippet
class TeamRole(TranslatableMixin, models.Model):
    """A profession on a center's team: psychologist, speech therapist, social worker…"""

    name = models.CharField(
        max_length=120, verbose_name=_("name"), help_text=_("The profession, e.g. “psychologist”.")
    )
    sort_order = models.PositiveSmallIntegerField(
        default=0, verbose_name=_("order"), help_text=_("Lower numbers are listed first.")
    )

    panels = [FieldPanel("name"), FieldPanel("sort_order")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("team role")
        verbose_name_plural = _("team roles")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class Municipality(models.Model):
    """One of Bulgaria's 265 municipalities (общини), from the NSI's EKATTE register
    (centers/data/settlements.csv). Reference data, loaded by `load_settlements`, not edited."""

    code = models.CharField(
        max_length=5, unique=True, verbose_name=_("code"), help_text=_("The NSI's code, e.g. PER32.")
    )
    name = models.CharField(max_length=60, verbose_name=_("name"), help_text=_("In Bulgarian, e.g. Перник."))
    name_latin = models.CharField(
        max_length=60,
        verbose_name=_("name in Latin letters"),
        help_text=_("By the official transliteration."),
    )
    region = models.CharField(
        max_length=20, choices=Region.choices, verbose_name=_("region"), help_text=_("Its region (област).")
    )
    search_key = models.CharField(max_length=60, db_index=True, editable=False)

    class Meta:
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")
        ordering = ["name", "code"]

    def __str__(self):
        return f"{self.name} ({self.get_region_display()})"

    def shown_name(self, language):
        """The municipality as named mid-sentence: "община Перник", "Pernik Municipality"; the
        capital's is named by its adjective."""
        if language == "en":
            return f"{self.name_latin} Municipality"
        return "Столична община" if self.name == "Столична" else f"община {self.name}"


class Settlement(models.Model):
    """A city, town, village or monastery of the NSI's EKATTE register, with its point on the
    map. Reference data, loaded by `load_settlements`; a centre's reach points at it."""

    class Kind(models.TextChoices):
        CITY = "city", _("town")
        VILLAGE = "village", _("village")
        MONASTERY = "monastery", _("monastery")

    ekatte = models.CharField(
        max_length=5, unique=True, verbose_name=_("EKATTE code"), help_text=_("The NSI's code, e.g. 55871.")
    )
    kind = models.CharField(
        max_length=10,
        choices=Kind.choices,
        verbose_name=_("type"),
        help_text=_("Town (гр.) or village (с.)."),
    )
    name = models.CharField(max_length=60, verbose_name=_("name"), help_text=_("In Bulgarian, e.g. Дебелец."))
    name_latin = models.CharField(
        max_length=60,
        verbose_name=_("name in Latin letters"),
        help_text=_("By the official transliteration."),
    )
    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.PROTECT,
        related_name="settlements",
        verbose_name=_("municipality"),
        help_text=_("The municipality it belongs to."),
    )
    is_municipality_seat = models.BooleanField(
        default=False,
        verbose_name=_("municipality seat"),
        help_text=_("The municipality's administrative centre."),
    )
    latitude = models.FloatField(verbose_name=_("latitude"), help_text=_("Decimal degrees, e.g. 42.60528."))
    longitude = models.FloatField(verbose_name=_("longitude"), help_text=_("Decimal degrees, e.g. 23.03778."))
    location_is_approximate = models.BooleanField(
        default=False,
        verbose_name=_("point is the municipality seat's"),
        help_text=_("Ticked when the data had no point for this place and the seat's is used."),
    )
    # The name as the finder compares it (gazetteer.search_key / loose_key), precomputed so a
    # lookup is an indexed equality, not a scan.
    search_key = models.CharField(max_length=60, db_index=True, editable=False)
    loose_key = models.CharField(max_length=60, db_index=True, editable=False)

    class Meta:
        verbose_name = _("settlement")
        verbose_name_plural = _("settlements")
        ordering = ["name", "ekatte"]

    def __str__(self):
        return f"{self.name} ({self.municipality.name})"

    def shown_name(self, language):
        return self.name_latin if language == "en" else self.name

    @property
    def position(self):
        return (self.latitude, self.longitude)


def local_operators():
    """{operator id: that operator in the reader's language, else as it is}. The operators are a
    handful of rows that most pages name, kept with the site's parts (core/site_cache.py)."""
    operators = remember("operators", lambda: list(Operator.objects.all()))
    locale_id = active_locale().pk
    translated = {
        operator.translation_key: operator for operator in operators if operator.locale_id == locale_id
    }
    return {operator.pk: translated.get(operator.translation_key, operator) for operator in operators}


def with_local_operators(centers):
    """The centres, each with `local_operator`: its operator in the reader's language."""
    centers = list(centers)
    operators = local_operators()
    for center in centers:
        center.local_operator = operators.get(center.operator_id)
    return centers


class CenterIndexPage(SitePage):
    """Lists every center of the network, SOS centers first, then partners."""

    switch_keeps = ("town", "region", "service", "target_group")  # kept by the language switch

    intro = models.TextField(
        blank=True,
        verbose_name=_("introduction"),
        help_text=_("A sentence or two above the list: what a ЦОП is and that its services are free."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        InlinePanel(
            "other_centres",
            label=_("Other known centres"),
            help_text=_(
                "Municipalities where a source says a Community Support Centre outside the network "
                "works: the finder tells visitors there so and points to the National Map of Social Services."
            ),
        ),
    ]
    override_translatable_fields = [SynchronizedField("other_centres", overridable=False)]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["centers.CenterPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("centre index")

    def centers(self):
        return (
            CenterPage.objects.live()
            .child_of(self)
            .select_related("operator")
            .order_by("-operator__is_sos", "town", "title")
        )

    def get_context(self, request, *args, **kwargs):
        from .finder import Finder, map_points
        from .opendata import data_links, licence

        context = super().get_context(request, *args, **kwargs)
        centers = with_local_operators(self.centers())
        finder = Finder(centers, request.GET, index=self)
        found = [match.center for match in finder.matches]
        context.update(
            finder=finder,
            map=map_points(centers, highlighted={center.pk for center in found}),
            sos_centers=[c for c in found if c.is_sos],
            partner_centers=[c for c in found if not c.is_sos],
            open_data=data_links(),
            open_data_licence=licence(request),
        )
        return context


class CenterPage(SitePage):
    """One Community Support Centre (ЦОП): where it is, who runs it, what it offers, how to get help."""

    search_kind = pgettext_lazy("kind of search result", "Centre")  # its label in site search

    # Identity
    service_name = models.CharField(
        max_length=255,
        verbose_name=_("name of the service"),
        help_text=_("The social service's current legal name, e.g. “Център за обществена подкрепа”."),
    )
    former_service_name = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("former name of the service"),
        help_text=_("The name the service had before, e.g. “Консултативен център”. Empty if none."),
    )
    summary = models.TextField(
        verbose_name=_("summary"),
        help_text=_("Two or three sentences: who the centre helps and how. Shown in lists."),
    )
    operator = models.ForeignKey(
        Operator,
        null=True,
        on_delete=models.PROTECT,
        related_name="centers",
        verbose_name=_("operator"),
        help_text=_("The organisation that runs the centre."),
    )

    # Where
    town = models.CharField(max_length=120, verbose_name=_("town"), help_text=_("The town the centre is in."))
    municipality = models.CharField(
        max_length=120, blank=True, verbose_name=_("municipality"), help_text=_("E.g. “Община Перник”.")
    )
    region = models.CharField(
        max_length=20,
        choices=Region.choices,
        verbose_name=_("region"),
        help_text=_("The region (област) the centre is in; used to find centres by region."),
    )
    street_address = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("street address"),
        help_text=_("Street and number. Leave empty until it is confirmed."),
    )
    location_note = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("where to find it"),
        help_text=_("E.g. “on the grounds of SOS Children's Village Tryavna”."),
    )
    latitude = models.DecimalField(
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(41), MaxValueValidator(45)],
        verbose_name=_("latitude"),
        help_text=_("For the map, e.g. 42.60528. Without a street address, the town's centre."),
    )
    longitude = models.DecimalField(
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(22), MaxValueValidator(29)],
        verbose_name=_("longitude"),
        help_text=_("For the map, e.g. 23.03778."),
    )
    location_is_approximate = models.BooleanField(
        default=True,
        verbose_name=_("map point is the town, not the door"),
        help_text=_("Leave ticked while the coordinates are the town's; untick once they mark the building."),
    )

    # Contact
    phone = models.CharField(
        max_length=40, blank=True, verbose_name=_("phone"), help_text=_("With area code, e.g. 076 123 456.")
    )
    email = models.EmailField(blank=True, verbose_name=_("e-mail"), help_text=_("The centre's own address."))
    opening_hours = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("opening hours"),
        help_text=_("E.g. “Monday to Friday, 9:00–17:30”. Leave empty until confirmed."),
    )

    # History
    opened_year = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[MinValueValidator(1990), MaxValueValidator(2100)],
        verbose_name=_("year opened"),
        help_text=_("The year the centre started work."),
    )
    opened_month = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(12)],
        verbose_name=_("month opened"),
        help_text=_("1–12, if the source gives the month."),
    )
    predecessor = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("predecessor"),
        help_text=_("The service this centre continues, e.g. “ЦОП Радомир”."),
    )
    predecessor_year = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[MinValueValidator(1990), MaxValueValidator(2100)],
        verbose_name=_("predecessor opened in"),
        help_text=_("The year the predecessor opened, e.g. 2008."),
    )

    # Size and reach
    capacity = models.PositiveSmallIntegerField(
        null=True, blank=True, verbose_name=_("capacity"), help_text=_("Places under the licence, if known.")
    )
    staff_count = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        verbose_name=_("staff"),
        help_text=_("Number of staff, if the source gives it."),
    )
    monthly_children = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        verbose_name=_("children a month"),
        help_text=_("How many children the centre serves in a month."),
    )
    monthly_adults = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        verbose_name=_("adults a month"),
        help_text=_("How many parents and carers the centre serves in a month."),
    )
    reach_figures = StreamField(
        FiguresBlock(),
        blank=True,
        verbose_name=_("other figures"),
        help_text=_(
            "Other results with the year they are from, e.g. “1000+ people in community work, 2025”."
        ),
    )

    # What it offers and to whom
    team_roles = ParentalManyToManyField(
        TeamRole,
        blank=True,
        related_name="centers",
        verbose_name=_("team"),
        help_text=_("The professions on the centre's team."),
    )
    services = ParentalManyToManyField(
        Service,
        blank=True,
        related_name="centers",
        verbose_name=_("services"),
        help_text=_("The social services the centre provides."),
    )
    target_groups = ParentalManyToManyField(
        TargetGroup,
        blank=True,
        related_name="centers",
        verbose_name=_("target groups"),
        help_text=_("Who the centre works with."),
    )

    # Ways in
    accepts_direct_requests = models.BooleanField(
        default=True,
        verbose_name=_("families can come directly"),
        help_text=_("A parent or guardian can ask for help without any referral."),
    )
    accepts_referrals = models.BooleanField(
        default=True,
        verbose_name=_("takes referrals"),
        help_text=_("Takes referrals from the Child Protection Department, schools, doctors and others."),
    )
    access_note = models.TextField(
        blank=True,
        verbose_name=_("how to get help"),
        help_text=_("Anything particular to this centre about how families reach it."),
    )

    # Funding and licence
    funding = models.CharField(
        max_length=20,
        choices=Funding.choices,
        blank=True,
        verbose_name=_("funding"),
        help_text=_("How the centre is paid for. Leave empty if the sources do not say."),
    )
    funding_note = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("funding note"),
        help_text=_("E.g. “in partnership with Veliko Tarnovo municipality”."),
    )
    licence = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("licence"),
        help_text=_(
            "Who licensed the service, e.g. “licensed by the Agency for Quality of Social Services”."
        ),
    )

    body = StreamField(
        BodyBlock(),
        blank=True,
        verbose_name=_("more about the centre"),
        help_text=_("Everything else: history, awards, how the team works."),
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("service_name"), FieldPanel("former_service_name"), NetworkFactPanel("operator")],
            heading=_("Name and operator"),
        ),
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("town"), FieldPanel("municipality"), FieldPanel("region")]),
                FieldPanel("street_address"),
                FieldPanel("location_note"),
                FieldRowPanel([NetworkFactPanel("latitude"), NetworkFactPanel("longitude")]),
                NetworkFactPanel("location_is_approximate"),
            ],
            heading=_("Where"),
        ),
        MultiFieldPanel(
            [FieldPanel("phone"), FieldPanel("email"), FieldPanel("opening_hours")],
            heading=_("Contact"),
        ),
        InlinePanel(
            "reach",
            label=_("Places served"),
            help_text=_(
                "The centre's town, the municipalities it serves as a whole, and the places its "
                "mobile work or outreach offices reach. The centre finder answers from these."
            ),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([NetworkFactPanel("opened_year"), NetworkFactPanel("opened_month")]),
                FieldRowPanel([NetworkFactPanel("predecessor"), NetworkFactPanel("predecessor_year")]),
            ],
            heading=_("History"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("capacity"), FieldPanel("staff_count")]),
                FieldRowPanel([FieldPanel("monthly_children"), FieldPanel("monthly_adults")]),
                FieldPanel("reach_figures"),
            ],
            heading=_("Size and reach"),
        ),
        FieldPanel("team_roles", widget=forms.CheckboxSelectMultiple),
        FieldPanel("services", widget=forms.CheckboxSelectMultiple),
        FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
        InlinePanel("program_links", label=_("Programmes the centre runs")),
        MultiFieldPanel(
            [
                FieldPanel("accepts_direct_requests"),
                FieldPanel("accepts_referrals"),
                FieldPanel("access_note"),
            ],
            heading=_("Ways in"),
        ),
        MultiFieldPanel(
            [NetworkFactPanel("funding"), NetworkFactPanel("funding_note"), NetworkFactPanel("licence")],
            heading=_("Funding and licence"),
        ),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("town"),
        index.SearchField("municipality"),
        index.SearchField("body"),
        index.AutocompleteField("summary"),
        index.AutocompleteField("town"),
        index.AutocompleteField("body"),
        index.FilterField("region"),
    ]

    # The same in every language: where the centre is, how to reach it, what it offers. Relations
    # keep pointing at the Bulgarian snippets and are shown localized (core/i18n.py).
    override_translatable_fields = [
        SynchronizedField("operator", overridable=False),
        SynchronizedField("phone", overridable=False),
        SynchronizedField("email", overridable=False),
        SynchronizedField("latitude", overridable=False),
        SynchronizedField("longitude", overridable=False),
        SynchronizedField("team_roles", overridable=False),
        SynchronizedField("services", overridable=False),
        SynchronizedField("target_groups", overridable=False),
        SynchronizedField("reach", overridable=False),
    ]

    parent_page_types = ["centers.CenterIndexPage"]
    subpage_types = ["contact.ContactPage", "events.EventPage"]

    class Meta:
        verbose_name = _("centre")
        verbose_name_plural = _("centres")
        permissions = [
            ("change_center_facts", _("Can change a centre's operator, licence, funding, place and history"))
        ]

    @property
    def opened_month_name(self):
        return MONTHS.get(self.opened_month, "")

    @property
    def is_sos(self):
        return bool(self.operator and self.operator.is_sos)

    def places_served(self):
        """(place in the reader's language, how it is served) for each place the centre reaches."""
        language = get_language()
        links = self.reach.select_related("municipality", "settlement")
        return [
            (SimpleNamespace(name=link.place.shown_name(language)), link.get_how_display())
            for link in links
            if link.place and link.how != CenterReach.How.TOWN
        ]

    def structured_data(self, request, share_image):
        return [center_data(request, self)]

    @cached_property
    def local_operator(self):
        """The operator in the reader's language (the page and its JSON-LD both name it)."""
        return local_operators().get(self.operator_id)

    def get_context(self, request, *args, **kwargs):
        # Each part is read when the template first shows it: the page's content is kept in the
        # cache (center_page.html), and while it is kept none of them is read at all.
        context = super().get_context(request, *args, **kwargs)
        context.update(
            operator=SimpleLazyObject(lambda: self.local_operator),
            team=SimpleLazyObject(lambda: localized_query(self.team_roles.all())),
            services=SimpleLazyObject(lambda: localized_query(self.services.all())),
            target_groups=SimpleLazyObject(lambda: localized_query(self.target_groups.all())),
            places=SimpleLazyObject(self.places_served),
        )
        # The programmes, news, contact form and declarations of the centre come from the apps that
        # own them (each app's wagtail_hooks.py, lazily too), so this app imports none of them.
        for sections in hooks.get_hooks(CENTER_PAGE_CONTEXT_HOOK):
            context.update(sections(self))
        return context


class CenterReach(Orderable):
    """Where a centre works, as its sources say: its own town, a whole municipality, or a
    settlement reached by mobile work or an outreach office. The finder answers every
    settlement of a served municipality from one such line, with no entry per village."""

    class How(models.TextChoices):
        TOWN = "town", _("the centre's own town")
        MUNICIPALITY = "municipality", _("whole municipality served")
        MOBILE_WORK = "mobile", _("mobile work")
        OUTREACH_OFFICE = "office", _("outreach office")

    center = ParentalKey(CenterPage, on_delete=models.CASCADE, related_name="reach")
    how = models.CharField(
        max_length=20,
        choices=How.choices,
        verbose_name=_("how it is served"),
        help_text=_(
            "A whole municipality: every town and village in it finds the centre. Mobile work "
            "visits a settlement; an outreach office is a room the team works from there."
        ),
    )
    municipality = models.ForeignKey(
        Municipality,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="center_reach",
        verbose_name=_("municipality"),
        help_text=_("Only for “whole municipality served”: the municipality, e.g. Перник."),
    )
    settlement = models.ForeignKey(
        Settlement,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="center_reach",
        verbose_name=_("settlement"),
        help_text=_("For the centre's town, mobile work or an outreach office: the town or village."),
    )

    panels = [FieldPanel("how"), FieldPanel("municipality"), FieldPanel("settlement")]

    class Meta(Orderable.Meta):
        verbose_name = _("place served")
        verbose_name_plural = _("places served")

    def clean(self):
        super().clean()
        if self.how == self.How.MUNICIPALITY and not self.municipality_id:
            raise ValidationError({"municipality": _("Choose the municipality the centre serves.")})
        if self.how != self.How.MUNICIPALITY and not self.settlement_id:
            raise ValidationError({"settlement": _("Choose the town or village.")})

    @property
    def place(self):
        return self.municipality if self.how == self.How.MUNICIPALITY else self.settlement


class OtherCentre(Orderable):
    """A ЦОП outside this network that a source names, so the finder can say so for the
    settlements of its municipality instead of "no centre works here"."""

    page = ParentalKey(CenterIndexPage, on_delete=models.CASCADE, related_name="other_centres")
    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.PROTECT,
        related_name="other_centres",
        verbose_name=_("municipality"),
        help_text=_("The municipality the source says has a Community Support Centre."),
    )
    source = models.CharField(
        max_length=255,
        verbose_name=_("source"),
        help_text=_(
            "Where this is said, for the editors, e.g. the news item on the opening of ЦОП Казанлък."
        ),
    )

    panels = [FieldPanel("municipality"), FieldPanel("source")]

    class Meta(Orderable.Meta):
        verbose_name = _("other known centre")
        verbose_name_plural = _("other known centres")


class CenterProgram(Orderable):
    """A programme a center runs. Programme pages list their centers from these links."""

    center = ParentalKey(CenterPage, on_delete=models.CASCADE, related_name="program_links")
    program = models.ForeignKey(
        "programs.ProgramPage",
        on_delete=models.CASCADE,
        related_name="center_links",
        verbose_name=_("programme"),
        help_text=_("A programme or method the centre runs."),
    )

    panels = [PageChooserPanel("program", page_type="programs.ProgramPage")]


class CenterGroup(models.Model):
    """Ties an admin group to one centre, in every language. Kept apart from the page so that
    publishing an old revision of a centre can never change who may read its messages."""

    class Role(models.TextChoices):
        STAFF = "staff", _("staff: read the centre's messages")
        EDITORS = "editors", _("editors: edit the centre's pages and write news, for review")

    group = models.OneToOneField(
        Group,
        on_delete=models.CASCADE,
        related_name="center_group",
        verbose_name=_("group"),
        help_text=_("The admin group whose members have this role for the centre."),
    )
    center_key = models.UUIDField(
        db_index=True,
        verbose_name=_("centre"),
        help_text=_("The centre, the same in every language (its translation key)."),
    )
    role = models.CharField(
        max_length=20, choices=Role.choices, verbose_name=_("role"), help_text=_("What the group does.")
    )

    class Meta:
        verbose_name = _("centre group")
        verbose_name_plural = _("centre groups")
        constraints = [
            models.UniqueConstraint(fields=["center_key", "role"], name="one_group_per_centre_role")
        ]

    def __str__(self):
        return self.group.name
