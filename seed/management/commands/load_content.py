"""Builds the whole site from seed/content: Bulgarian, then its English translation.

Safe to run again. Each object it makes is remembered under its item's key (seed.models.SeedRecord),
so a later run finds it by that record whatever an editor renamed, never touches it, and never
makes it again once an editor has deleted it; an item whose key it has never seen is made, even on
a site that exists. The English is made as wagtail-localize translations of the Bulgarian
(seed/localize.py), as an editor would make them in the admin.

On a site that exists (its root page one of ours), what cannot be done (a page whose parent an
editor deleted, a text an editor changed that the seed has no English for) is undone, reported as a
warning, and the rest goes on: the command ends well, so `make run` starts the server. On a new
database any fault is the seed's own, and it fails loudly.

Inline items (form fields, links, featured pages) get their sort_order here, as the admin's forms
give it: without one, their order, and the pairing of a translation's items with the source's,
would be up to the database.
"""

from contextlib import contextmanager
from pathlib import Path

from django.core.files.images import ImageFile
from django.core.management.base import BaseCommand
from django.db import transaction
from django.db.models.signals import post_save
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, ReferenceIndex, Site
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail.tasks import update_reference_index_task

from centers.groups import setup_all
from centers.management.commands.load_settlements import ensure_settlements
from centers.models import (
    CenterIndexPage,
    CenterPage,
    CenterProgram,
    CenterReach,
    Municipality,
    Operator,
    OtherCentre,
    Service,
    Settlement,
    TargetGroup,
    TeamRole,
)
from contact.groups import ensure_network_team
from contact.models import ContactFormField, ContactPage, NetworkContactPage
from core.site_url import configured_address
from declaration.models import DeclarationPage
from events.models import EventIndexPage, EventPage
from giving.models import CampaignPage, DonatePage, GivingSettings
from home.models import (
    AccessibilityStatementPage,
    HomeFeaturedCenter,
    HomeFeaturedProgram,
    HomePage,
    StandardPage,
)
from news.models import NewsIndexPage, NewsPage, NewsPageCenter, NewsTopic
from programs.models import ProgramIndexPage, ProgramPage
from seed.content import (
    centers,
    contact,
    declaration,
    events,
    giving,
    illustrations,
    news,
    pages,
    programs,
    snippets,
)
from seed.content.en import centers as en_centers
from seed.content.en import contact as en_contact
from seed.content.en import declaration as en_declaration
from seed.content.en import events as en_events
from seed.content.en import giving as en_giving
from seed.content.en import news as en_news
from seed.content.en import pages as en_pages
from seed.content.en import programs as en_programs
from seed.content.en import snippets as en_snippets
from seed.localize import translate
from seed.models import SeedRecord

ILLUSTRATION_DIR = Path(illustrations.__file__).resolve().parent / "illustrations"
FIGURE_FIELDS = {"figures", "reach_figures"}
# Keys of the content dicts that are relations or references, set by the loader, not fields.
NOT_FIELDS = {
    "key", "operator", "team_roles", "services", "target_groups", "programs", "reach", "other_centres",
    "center", "centers", "program", "image", "topics", "help_page", "featured_centers", "featured_programs", "form_fields", "privacy_page",
}  # fmt: skip


@contextmanager
def references_indexed_once():
    """Wagtail brings an object's references up to date after each of its saves, and the build
    saves a page several times (added, revised, published, translated): here each object is
    brought up to date once, at the end, by Wagtail's own task."""
    saved = set()

    def collect(sender, instance, **kwargs):
        if ReferenceIndex.is_indexed(sender):
            saved.add((sender, instance.pk))

    post_save.connect(collect, weak=False)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        post_save.disconnect(collect)
    for model, pk in sorted(saved, key=lambda item: (item[0]._meta.label, item[1])):
        # An object a failed step made was undone with it.
        if model._default_manager.filter(pk=pk).exists():
            update_reference_index_task.enqueue(model._meta.app_label, model._meta.model_name, str(pk))


class CannotMake(Exception):
    """What an editor did leaves no place for an item (on a site that exists, a warning)."""


class Command(BaseCommand):
    help = "Build the site's content from the source texts (seed/content). Safe to run again."

    def handle(self, *args, **options):
        self.created, self.gone, self.warnings = [], [], []
        self.found = 0  # objects a run that kept no records made, recorded now
        self.made = set()  # keys of the objects made by this run
        self.item_keys = {}  # (model label, pk) → key, for the objects of this run
        self.to_translate = []  # (Bulgarian object, its content, its English), parents first
        with transaction.atomic(), references_indexed_once():
            self.locale = Locale.get_default()
            self.site_exists = Site.objects.filter(root_page__in=HomePage.objects.all()).exists()
            self.records = {
                record.key: record for record in SeedRecord.objects.select_related("content_type")
            }
            # Centres' reach points into the settlement register: a new database gets it first.
            with self.attempt("load the settlement register"):
                if settlements := ensure_settlements():
                    self.created.append(f"settlement register: {settlements} settlements")
            self.images = self.load_illustrations()
            self.snippets = self.load_snippets()
            home = self.load_home()
            self.programs = self.load_programs(home)
            self.centers = self.load_centers(home)
            self.load_news(home)
            self.load_events(home)
            self.pages = {spec["key"]: self.load_standard_page(home, spec) for spec in pages.STANDARD_PAGES}
            self.load_declaration(home)
            self.load_giving(home)
            self.load_contact_forms(home)
            self.load_accessibility_statement(home)
            if self.key(HomePage, pages.HOME["slug"], self.locale) in self.made:
                self.link_home(home)
            english = None
            with self.attempt("find the English locale"):
                english = Locale.objects.get(language_code="en")
            if english is not None:
                self.translate_all(english)
            # Groups, permissions and the review workflow cover the pages just made.
            with self.attempt("set up the editors' groups"):
                setup_all()
                ensure_network_team()
        self.report()

    def report(self):
        for line in self.created:
            self.stdout.write(f"Created {line}")
        for key in self.gone:
            self.stdout.write(f"Not made again, deleted on the site: {key}")
        if self.found:
            self.stdout.write(f"Recorded {self.found} objects an earlier run made before it kept records.")
        for line in self.warnings:
            self.stdout.write(self.style.WARNING(f"Warning: {line}"))
        if self.created:
            self.stdout.write(self.style.SUCCESS(f"{len(self.created)} created."))
        else:
            self.stdout.write("Nothing to create: the content is already loaded.")
        if self.warnings:
            count = len(self.warnings)
            self.stdout.write(self.style.WARNING(f"{count} warning{'s' if count != 1 else ''}: see above."))

    # Remembering what the seed made

    @staticmethod
    def key(model, name, locale=None):
        """An item's key: its model, its key in seed/content and, if translatable, its language."""
        key = f"{model._meta.label_lower}:{name}"
        return f"{key}@{locale.language_code}" if locale else key

    @contextmanager
    def attempt(self, what):
        """On a site that exists, a step that fails is undone and reported, and the rest goes on:
        whatever editors did, `make run` reaches the server. On a new database the fault is the
        seed's, so it is raised."""
        if not self.site_exists:
            yield
            return
        try:
            with transaction.atomic():
                yield
        except Exception as error:
            self.warnings.append(f"could not {what}: {error}")

    def seeded(self, key, find, make, note=None):
        """The object of the item `key`: the one made for it before, None if that one is gone (an
        editor deleted it), else the one `find` finds (made by a run that kept no records), else
        the one `make` makes."""
        record = self.records.get(key)
        if record is not None:
            obj = record.get_object()
            if obj is None:
                self.gone.append(key)
            else:
                self.item_keys[obj._meta.label_lower, obj.pk] = key
            return obj
        result = None
        with self.attempt(f"make {key}"):
            obj = find()
            is_new = obj is None
            if is_new:
                obj = make()
            if obj is not None:
                self.records[key] = SeedRecord.remember(key, obj)
                if is_new:
                    self.made.add(key)
                    self.created.append(note(obj) if note else f"{obj._meta.verbose_name}: {obj}")
                else:
                    self.found += 1
                self.item_keys[obj._meta.label_lower, obj.pk] = key
                result = obj
        return result

    # Building blocks

    def body(self, blocks):
        """Turns the content modules' (type, value) pairs into StreamField data."""
        stream = []
        for block_type, value in blocks:
            if block_type == "image":
                value = {
                    "image": self.images[value["illustration"]].pk,
                    "alt_text": value["alt"],
                    "decorative": False,
                }
            stream.append({"type": block_type, "value": value})
        return stream

    def figures(self, figures):
        return [{"type": "figure", "value": figure} for figure in figures]

    def stream_values(self, name, value):
        return self.figures(value) if name in FIGURE_FIELDS else self.body(value)

    def field_value(self, model, name, value):
        """A content value as the field stores it; streams go through their block, so optional
        values left out of the content read as empty, as an editor's would."""
        field = model._meta.get_field(name)
        if isinstance(field, StreamField):
            block = field.stream_block
            return block.get_prep_value(block.to_python(self.stream_values(name, value)))
        return value

    def fields(self, spec, model):
        """The model's field values from a content dict."""
        return {
            name: self.field_value(model, name, value)
            for name, value in spec.items()
            if name not in NOT_FIELDS
        }

    def add_page(self, parent, page_class, spec, key=None, prepare=None):
        """The item's page under parent: the recorded one, else the one with its slug there, else
        a new one, `prepare`d with its relations and published."""

        def find():
            if parent is None:
                return None
            found = parent.get_children().filter(slug=spec["slug"]).specific().first()
            return found if isinstance(found, page_class) else None

        def make():
            if parent is None:
                raise CannotMake("the page it goes under is gone")
            page = page_class(locale=self.locale, **self.fields(spec, page_class))
            if prepare:
                prepare(page)
            parent.add_child(instance=page)
            page.save_revision().publish()
            return page

        return self.seeded(
            self.key(page_class, key or spec.get("key") or spec["slug"], self.locale), find, make
        )

    def translatable(self, obj, content, english):
        """Queues the English of an object the seed made (or found), parents before children."""
        if obj is not None:
            self.to_translate.append((obj, content, english))
        return obj

    # Images and snippets

    def load_illustrations(self):
        Image = get_image_model()
        images = {}
        for spec in illustrations.ILLUSTRATIONS:

            def make(spec=spec):
                with open(ILLUSTRATION_DIR / spec["file"], "rb") as file:
                    image = Image(title=spec["title"], description=spec["description"])
                    image.file = ImageFile(file, name=spec["file"])
                    image.save()
                return image

            images[spec["key"]] = self.seeded(
                self.key(Image, spec["key"]),
                lambda spec=spec: Image.objects.filter(title=spec["title"]).first(),
                make,
            )
        return images

    def load_snippets(self):
        loaded = {}
        for model, specs, english in (
            (Operator, snippets.OPERATORS, en_snippets.OPERATORS),
            (Service, snippets.SERVICES, en_snippets.SERVICES),
            (TargetGroup, snippets.TARGET_GROUPS, en_snippets.TARGET_GROUPS),
            (TeamRole, snippets.TEAM_ROLES, en_snippets.TEAM_ROLES),
            (NewsTopic, news.NEWS_TOPICS, en_news.NEWS_TOPICS),
        ):
            for spec in specs:
                fields = {name: value for name, value in spec.items() if name != "key"}
                obj = self.seeded(
                    self.key(model, spec["key"], self.locale),
                    lambda model=model, fields=fields: model.objects.filter(
                        locale=self.locale, name=fields["name"]
                    ).first(),
                    lambda model=model, fields=fields: model.objects.create(locale=self.locale, **fields),
                )
                loaded[model, spec["key"]] = self.translatable(obj, fields, english[spec["key"]])
        return loaded

    def snippet_list(self, model, keys):
        """The snippets of these keys that are still there."""
        return [snippet for key in keys if (snippet := self.snippets[model, key]) is not None]

    # Pages

    def load_home(self):
        def make():
            root = Page.get_first_root_node()
            # Wagtail's installation leaves a welcome page where the home page belongs.
            for welcome in root.get_children().filter(slug=pages.HOME["slug"]):
                if type(welcome.specific) is Page:
                    welcome.delete()
            home = HomePage(locale=self.locale, **self.fields(pages.HOME, HomePage))
            home.help_page = None
            root.add_child(instance=home)
            home.save_revision().publish()
            hostname, port = configured_address()  # SITE_URL, as migrate names the default site
            Site.objects.update_or_create(
                is_default_site=True,
                defaults={"hostname": hostname, "port": port, "root_page": home, "site_name": home.title},
            )
            return home

        home = self.seeded(
            self.key(HomePage, pages.HOME["slug"], self.locale),
            lambda: HomePage.objects.filter(locale=self.locale).first(),
            make,
        )
        return self.translatable(home, pages.HOME, en_pages.HOME)

    def load_index(self, home, page_class, spec, english, prepare=None):
        return self.translatable(self.add_page(home, page_class, spec, prepare=prepare), spec, english)

    def load_programs(self, home):
        index = self.load_index(home, ProgramIndexPage, programs.PROGRAM_INDEX, en_programs.PROGRAM_INDEX)
        loaded = {}
        for spec in programs.PROGRAMS:

            def prepare(page, spec=spec):
                page.target_groups = self.snippet_list(TargetGroup, spec.get("target_groups", []))

            page = self.add_page(index, ProgramPage, spec, prepare=prepare)
            loaded[spec["key"]] = self.translatable(page, spec, en_programs.PROGRAMS[spec["key"]])
        return loaded

    def load_centers(self, home):
        def prepare_index(index):
            index.other_centres = [
                OtherCentre(municipality=Municipality.objects.get(name=name), source=source, sort_order=i)
                for i, (name, source) in enumerate(centers.OTHER_CENTRES)
            ]

        index = self.load_index(
            home, CenterIndexPage, centers.CENTER_INDEX, en_centers.CENTER_INDEX, prepare=prepare_index
        )
        loaded = {}
        for spec in centers.CENTERS:

            def prepare(page, spec=spec):
                page.operator = self.snippets[Operator, spec["operator"]]
                page.team_roles = self.snippet_list(TeamRole, spec.get("team_roles", []))
                page.services = self.snippet_list(Service, spec.get("services", []))
                page.target_groups = self.snippet_list(TargetGroup, spec.get("target_groups", []))
                page.program_links = [
                    CenterProgram(program=program, sort_order=i)
                    for i, program in enumerate(
                        self.programs[key] for key in spec.get("programs", []) if self.programs[key]
                    )
                ]
                page.reach = [
                    self.reach(how, *place, sort_order=i)
                    for i, (how, *place) in enumerate(spec.get("reach", []))
                ]

            page = self.add_page(index, CenterPage, spec, prepare=prepare)
            loaded[spec["key"]] = self.translatable(page, spec, en_centers.CENTERS[spec["key"]])
        return loaded

    @staticmethod
    def reach(how, name, municipality=None, sort_order=0):
        """A line of a centre's reach from the content: ("municipality", "Перник") or
        ("mobile", "Дебелец", "Велико Търново"), named as in the settlement register."""
        if how == CenterReach.How.MUNICIPALITY:
            municipality = Municipality.objects.get(name=name)
            return CenterReach(how=how, municipality=municipality, sort_order=sort_order)
        settlement = Settlement.objects.get(name=name, municipality__name=municipality)
        return CenterReach(how=how, settlement=settlement, sort_order=sort_order)

    def load_news(self, home):
        index = self.load_index(home, NewsIndexPage, news.NEWS_INDEX, en_news.NEWS_INDEX)
        for spec in news.NEWS:

            def prepare(page, spec=spec):
                page.image = self.images.get(spec.get("image"))
                page.related_centers = [
                    NewsPageCenter(center=center, sort_order=i)
                    for i, center in enumerate(
                        self.centers[key] for key in spec.get("centers", []) if self.centers[key]
                    )
                ]
                page.topics = self.snippet_list(NewsTopic, spec.get("topics", []))

            page = self.add_page(index, NewsPage, spec, prepare=prepare)
            self.translatable(page, spec, en_news.NEWS[spec["key"]])

    def load_events(self, home):
        """The summer schools, without dates: the sources give none (seed/content/events.py)."""
        index = self.load_index(home, EventIndexPage, events.EVENT_INDEX, en_events.EVENT_INDEX)
        for spec in events.EVENTS:

            def prepare(page, spec=spec):
                page.center = self.centers.get(spec["center"])
                page.program = self.programs.get(spec["program"])

            page = self.add_page(index, EventPage, spec, prepare=prepare)
            self.translatable(page, spec, en_events.EVENTS[spec["key"]])

    def load_standard_page(self, home, spec):
        page = self.add_page(home, StandardPage, spec)
        return self.translatable(page, spec, en_pages.STANDARD_PAGES[spec["key"]])

    def load_accessibility_statement(self, home):
        spec = pages.ACCESSIBILITY_STATEMENT
        page = self.add_page(home, AccessibilityStatementPage, spec)
        self.translatable(page, spec, en_pages.ACCESSIBILITY_STATEMENT)

    def load_declaration(self, home):
        spec = declaration.DECLARATION

        def prepare(page):
            page.center = self.centers[spec["center"]]

        page = self.add_page(home, DeclarationPage, spec, prepare=prepare)
        self.declaration = self.translatable(page, spec, en_declaration.DECLARATION)

    def load_giving(self, home):
        """The Donate page, the Pernik campaign (linked to the declaration) and, on a new site,
        the clearly marked sample account: the sources give no bank details (seed/content/giving.py)."""
        self.seeded(
            self.key(GivingSettings, "default-site"),
            lambda: GivingSettings.objects.filter(site=Site.objects.get(is_default_site=True)).first(),
            lambda: GivingSettings.objects.create(
                site=Site.objects.get(is_default_site=True), **giving.SAMPLE_ACCOUNT
            ),
        )
        page = self.add_page(home, DonatePage, giving.DONATE)
        self.translatable(page, giving.DONATE, en_giving.DONATE)

        def prepare(page):
            page.declaration = self.declaration

        page = self.add_page(home, CampaignPage, giving.CAMPAIGN, prepare=prepare)
        self.translatable(page, giving.CAMPAIGN, en_giving.CAMPAIGN)

    def load_contact_forms(self, home):
        """A form under each centre, and the network team's form under the home page."""
        for key, center in self.centers.items():
            self.load_contact_form(center, ContactPage, key, contact.CONTACT_FORM, en_contact.CONTACT_FORM)
        self.load_contact_form(
            home, NetworkContactPage, "network", contact.NETWORK_CONTACT_FORM, en_contact.NETWORK_CONTACT_FORM
        )

    def load_contact_form(self, parent, page_class, key, spec, english):
        def prepare(page):
            page.form_fields = [
                ContactFormField(sort_order=order, **field) for order, field in enumerate(spec["form_fields"])
            ]

        page = self.add_page(parent, page_class, spec, key=key, prepare=prepare)
        self.translatable(page, spec, english)

    def link_home(self, home):
        """The home page points at pages made after it, so it is linked last, once."""
        home.help_page = self.pages.get(pages.HOME.get("help_page"))
        home.privacy_page = self.pages.get(pages.HOME.get("privacy_page"))
        home.featured_centers = [
            HomeFeaturedCenter(page=self.centers[k], sort_order=i)
            for i, k in enumerate(pages.HOME["featured_centers"])
        ]
        home.featured_programs = [
            HomeFeaturedProgram(page=self.programs[k], sort_order=i)
            for i, k in enumerate(pages.HOME["featured_programs"])
        ]
        home.save_revision().publish()

    # English

    def translate_all(self, english):
        for obj, content, english_content in self.to_translate:
            key = (
                f"{self.item_keys[obj._meta.label_lower, obj.pk].rpartition('@')[0]}@{english.language_code}"
            )
            self.seeded(
                key,
                lambda obj=obj: obj.get_translation_or_none(english),
                lambda obj=obj, content=content, english_content=english_content: self.translate(
                    obj, content, english_content, english
                ),
                note=lambda translation, obj=obj: f"{obj._meta.verbose_name} (English): {translation}",
            )

    def translate(self, obj, content, english_content, locale):
        """Makes `obj`'s translation from its content and the English of it (seed/localize.py)."""
        if isinstance(obj, Page) and obj.depth > 2 and not obj.get_parent().has_translation(locale):
            # wagtail-localize would copy the parent, untranslated, into the English tree.
            raise CannotMake("the page it goes under has no English")
        model = type(obj)
        bulgarian = {name: self.field_value(model, name, content[name]) for name in english_content}
        english = {name: self.field_value(model, name, value) for name, value in english_content.items()}
        return translate(obj, bulgarian, english, locale)
