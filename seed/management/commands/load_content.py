"""Builds the whole site from seed/content: Bulgarian, then its English translation.

Idempotent: whatever already exists (found by slug under its parent, or by name; a translation
by its source) is left as it is, so a second run creates and changes nothing and never
overwrites an editor's work. The English is made as wagtail-localize translations of the
Bulgarian (seed/localize.py), exactly as an editor would make them in the admin.

Inline items (form fields, links, featured pages) get their sort_order here, as the admin's forms
give it: without one, their order, and the pairing of a translation's items with the source's,
would be up to the database.
"""

from pathlib import Path

from django.core.files.images import ImageFile
from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site

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
from declaration.models import DeclarationPage
from giving.models import CampaignPage, DonatePage, GivingSettings
from home.models import HomeFeaturedCenter, HomeFeaturedProgram, HomePage, StandardPage
from news.models import NewsIndexPage, NewsPage, NewsPageCenter, NewsTopic
from programs.models import ProgramIndexPage, ProgramPage
from seed.content import centers, contact, declaration, giving, illustrations, news, pages, programs, snippets
from seed.content.en import centers as en_centers
from seed.content.en import contact as en_contact
from seed.content.en import declaration as en_declaration
from seed.content.en import giving as en_giving
from seed.content.en import news as en_news
from seed.content.en import pages as en_pages
from seed.content.en import programs as en_programs
from seed.content.en import snippets as en_snippets
from seed.localize import translate, translated_copy

ILLUSTRATION_DIR = Path(illustrations.__file__).resolve().parent / "illustrations"
FIGURE_FIELDS = {"figures", "reach_figures"}
# Keys of the content dicts that are relations or references, set by the loader, not fields.
NOT_FIELDS = {
    "key", "operator", "team_roles", "services", "target_groups", "programs", "reach", "other_centres",
    "center", "centers", "image", "topics", "help_page", "featured_centers", "featured_programs", "form_fields", "privacy_page",
}  # fmt: skip


class Command(BaseCommand):
    help = "Build the site's content from the source texts (seed/content). Safe to run again."

    def handle(self, *args, **options):
        self.created = []
        self.to_translate = []  # (Bulgarian object, its English fields), parents before children
        with transaction.atomic():
            self.locale = Locale.get_default()
            # Centres' reach points into the settlement register: a new database gets it first.
            if settlements := ensure_settlements():
                self.created.append(f"settlement register: {settlements} settlements")
            self.images = self.load_illustrations()
            self.snippets = self.load_snippets()
            home, home_is_new = self.load_home()
            self.programs = self.load_programs(home)
            self.centers = self.load_centers(home)
            self.load_news(home)
            self.pages = {spec["key"]: self.load_standard_page(home, spec) for spec in pages.STANDARD_PAGES}
            self.load_declaration(home)
            self.load_giving(home)
            self.load_contact_forms(home)
            if home_is_new:
                self.link_home(home)
            self.translate_all(Locale.objects.get(language_code="en"))
            # Groups, permissions and the review workflow cover the pages just made.
            setup_all()
            ensure_network_team()

        for line in self.created:
            self.stdout.write(f"Created {line}")
        if self.created:
            self.stdout.write(self.style.SUCCESS(f"{len(self.created)} created."))
        else:
            self.stdout.write("Nothing to create: the content is already loaded.")

    # Building blocks

    def note(self, obj):
        self.created.append(f"{obj._meta.verbose_name}: {obj}")

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

    def fields(self, spec, model):
        """The model's field values from a content dict; streams go through their block, so
        optional values left out of the content read as empty, as an editor's would."""
        values = {name: value for name, value in spec.items() if name not in NOT_FIELDS}
        for name, value in values.items():
            field = model._meta.get_field(name)
            if isinstance(field, StreamField):
                block = field.stream_block
                values[name] = block.get_prep_value(block.to_python(self.stream_values(name, value)))
        return values

    def add_page(self, parent, page_class, spec):
        """Returns the page with this slug under parent, creating and publishing it if missing."""
        existing = parent.get_children().filter(slug=spec["slug"]).specific().first()
        if existing:
            return existing, False
        page = page_class(locale=self.locale, **self.fields(spec, page_class))
        return page, True

    def publish(self, parent, page):
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.note(page)
        return page

    # Images and snippets

    def load_illustrations(self):
        Image = get_image_model()
        images = {}
        for spec in illustrations.ILLUSTRATIONS:
            image = Image.objects.filter(title=spec["title"]).first()
            if image is None:
                with open(ILLUSTRATION_DIR / spec["file"], "rb") as file:
                    image = Image(title=spec["title"], description=spec["description"])
                    image.file = ImageFile(file, name=spec["file"])
                    image.save()
                self.note(image)
            images[spec["key"]] = image
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
                obj = model.objects.filter(locale=self.locale, name=fields["name"]).first()
                if obj is None:
                    obj = model.objects.create(locale=self.locale, **fields)
                    self.note(obj)
                loaded[model, spec["key"]] = obj
                self.to_translate.append((obj, english[spec["key"]]))
        return loaded

    def snippet_list(self, model, keys):
        return [self.snippets[model, key] for key in keys]

    # Pages

    def load_home(self):
        root = Page.get_first_root_node()
        home = HomePage.objects.filter(locale=self.locale).first()
        if home:
            self.to_translate.append((home, en_pages.HOME))
            return home, False
        # Wagtail's installation leaves a welcome page where the home page belongs.
        for welcome in root.get_children().filter(slug=pages.HOME["slug"]):
            if type(welcome.specific) is Page:
                welcome.delete()
        home = HomePage(locale=self.locale, **self.fields(pages.HOME, HomePage))
        home.help_page = None
        root.add_child(instance=home)
        home.save_revision().publish()
        self.note(home)
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": home.title},
        )
        self.to_translate.append((home, en_pages.HOME))
        return home, True

    def load_index(self, home, page_class, spec, english):
        page, is_new = self.add_page(home, page_class, spec)
        page = self.publish(home, page) if is_new else page
        self.to_translate.append((page, english))
        return page

    def load_programs(self, home):
        index = self.load_index(home, ProgramIndexPage, programs.PROGRAM_INDEX, en_programs.PROGRAM_INDEX)
        loaded = {}
        for spec in programs.PROGRAMS:
            page, is_new = self.add_page(index, ProgramPage, spec)
            if is_new:
                page.target_groups = self.snippet_list(TargetGroup, spec.get("target_groups", []))
                self.publish(index, page)
            loaded[spec["key"]] = page
            self.to_translate.append((page, en_programs.PROGRAMS[spec["key"]]))
        return loaded

    def load_centers(self, home):
        index, is_new = self.add_page(home, CenterIndexPage, centers.CENTER_INDEX)
        if is_new:
            index.other_centres = [
                OtherCentre(municipality=Municipality.objects.get(name=name), source=source, sort_order=i)
                for i, (name, source) in enumerate(centers.OTHER_CENTRES)
            ]
            self.publish(home, index)
        self.to_translate.append((index, en_centers.CENTER_INDEX))
        loaded = {}
        for spec in centers.CENTERS:
            page, is_new = self.add_page(
                index,
                CenterPage,
                spec,
            )
            if is_new:
                page.operator = self.snippets[Operator, spec["operator"]]
                page.team_roles = self.snippet_list(TeamRole, spec.get("team_roles", []))
                page.services = self.snippet_list(Service, spec.get("services", []))
                page.target_groups = self.snippet_list(TargetGroup, spec.get("target_groups", []))
                page.program_links = [
                    CenterProgram(program=self.programs[key], sort_order=i)
                    for i, key in enumerate(spec.get("programs", []))
                ]
                page.reach = [
                    self.reach(how, *place, sort_order=i)
                    for i, (how, *place) in enumerate(spec.get("reach", []))
                ]
                self.publish(index, page)
            loaded[spec["key"]] = page
            self.to_translate.append((page, en_centers.CENTERS[spec["key"]]))
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
            page, is_new = self.add_page(index, NewsPage, spec)
            if is_new:
                page.image = self.images.get(spec.get("image"))
                page.related_centers = [
                    NewsPageCenter(center=self.centers[key], sort_order=i)
                    for i, key in enumerate(spec.get("centers", []))
                ]
                page.topics = self.snippet_list(NewsTopic, spec.get("topics", []))
                self.publish(index, page)
            self.to_translate.append((page, en_news.NEWS[spec["key"]]))

    def load_standard_page(self, home, spec):
        page, is_new = self.add_page(home, StandardPage, spec)
        page = self.publish(home, page) if is_new else page
        self.to_translate.append((page, en_pages.STANDARD_PAGES[spec["key"]]))
        return page

    def load_declaration(self, home):
        spec = declaration.DECLARATION
        page, is_new = self.add_page(home, DeclarationPage, spec)
        if is_new:
            page.center = self.centers[spec["center"]]
            self.publish(home, page)
        self.to_translate.append((page, en_declaration.DECLARATION))
        self.declaration = page

    def load_giving(self, home):
        """The Donate page, the Pernik campaign (linked to the declaration) and, on a new site,
        the clearly marked sample account: the sources give no bank details (seed/content/giving.py)."""
        settings, is_new = GivingSettings.objects.get_or_create(
            site=Site.objects.get(is_default_site=True), defaults=giving.SAMPLE_ACCOUNT
        )
        if is_new:
            self.note(settings)
        page, is_new = self.add_page(home, DonatePage, giving.DONATE)
        page = self.publish(home, page) if is_new else page
        self.to_translate.append((page, en_giving.DONATE))
        page, is_new = self.add_page(home, CampaignPage, giving.CAMPAIGN)
        if is_new:
            page.declaration = self.declaration
            self.publish(home, page)
        self.to_translate.append((page, en_giving.CAMPAIGN))

    def load_contact_forms(self, home):
        """A form under each centre, and the network team's form under the home page."""
        for center in self.centers.values():
            self.load_contact_form(center, ContactPage, contact.CONTACT_FORM, en_contact.CONTACT_FORM)
        self.load_contact_form(
            home, NetworkContactPage, contact.NETWORK_CONTACT_FORM, en_contact.NETWORK_CONTACT_FORM
        )

    def load_contact_form(self, parent, page_class, spec, english):
        page, is_new = self.add_page(parent, page_class, spec)
        if is_new:
            page.form_fields = [
                ContactFormField(sort_order=order, **field) for order, field in enumerate(spec["form_fields"])
            ]
            self.publish(parent, page)
        self.to_translate.append((page, english))

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

    def stream_values(self, name, value):
        return self.figures(value) if name in FIGURE_FIELDS else self.body(value)

    def translate_all(self, english):
        for obj, fields in self.to_translate:
            if obj.has_translation(english):
                continue
            translation = translate(obj, translated_copy(obj, fields, self.stream_values), english)
            self.created.append(f"{obj._meta.verbose_name} (English): {translation}")
