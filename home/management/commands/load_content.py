"""Builds the whole site from home/content, in Bulgarian.

Idempotent: whatever already exists (found by slug under its parent, or by name) is left as
it is, so a second run creates and changes nothing and never overwrites an editor's work.
"""

from pathlib import Path

from django.core.files.images import ImageFile
from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site

from centers.models import (
    CenterIndexPage,
    CenterPage,
    CenterPlace,
    CenterProgram,
    Operator,
    Place,
    Service,
    TargetGroup,
    TeamRole,
)
from home.content import centers, illustrations, news, pages, programs, snippets
from home.models import HomeFeaturedCenter, HomeFeaturedProgram, HomePage, StandardPage
from news.models import NewsIndexPage, NewsPage, NewsPageCenter
from programs.models import ProgramIndexPage, ProgramPage

ILLUSTRATION_DIR = Path(illustrations.__file__).resolve().parent / "illustrations"
RELATION_KEYS = {"key", "operator", "team_roles", "services", "target_groups", "programs", "places"}
PAGE_ONLY_KEYS = RELATION_KEYS | {
    "centers",
    "image",
    "tags",
    "help_page",
    "featured_centers",
    "featured_programs",
}


class Command(BaseCommand):
    help = "Build the site's content from the source texts (home/content). Safe to run again."

    def handle(self, *args, **options):
        self.created = []
        with transaction.atomic():
            self.locale = Locale.get_default()
            self.images = self.load_illustrations()
            self.snippets = self.load_snippets()
            home, home_is_new = self.load_home()
            self.programs = self.load_programs(home)
            self.centers = self.load_centers(home)
            self.load_news(home)
            self.pages = {spec["key"]: self.load_standard_page(home, spec) for spec in pages.STANDARD_PAGES}
            if home_is_new:
                self.link_home(home)

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

    def fields(self, spec, stream_fields=("body",), figure_fields=()):
        values = {name: value for name, value in spec.items() if name not in PAGE_ONLY_KEYS}
        for name in stream_fields:
            if name in values:
                values[name] = self.body(values[name])
        for name in figure_fields:
            if name in values:
                values[name] = self.figures(values[name])
        return values

    def add_page(self, parent, page_class, spec, **extra):
        """Returns the page with this slug under parent, creating and publishing it if missing."""
        existing = parent.get_children().filter(slug=spec["slug"]).specific().first()
        if existing:
            return existing, False
        page = page_class(locale=self.locale, **self.fields(spec, **extra.pop("fields", {})), **extra)
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
        for model, specs in (
            (Operator, snippets.OPERATORS),
            (Service, snippets.SERVICES),
            (TargetGroup, snippets.TARGET_GROUPS),
            (TeamRole, snippets.TEAM_ROLES),
            (Place, snippets.PLACES),
        ):
            for spec in specs:
                fields = {name: value for name, value in spec.items() if name != "key"}
                obj = model.objects.filter(locale=self.locale, name=fields["name"]).first()
                if obj is None:
                    obj = model.objects.create(locale=self.locale, **fields)
                    self.note(obj)
                loaded[model, spec["key"]] = obj
        return loaded

    def snippet_list(self, model, keys):
        return [self.snippets[model, key] for key in keys]

    # Pages

    def load_home(self):
        root = Page.get_first_root_node()
        home = HomePage.objects.filter(locale=self.locale).first()
        if home:
            return home, False
        # Wagtail's installation leaves a welcome page where the home page belongs.
        for welcome in root.get_children().filter(slug=pages.HOME["slug"]):
            if type(welcome.specific) is Page:
                welcome.delete()
        home = HomePage(
            locale=self.locale, **self.fields(pages.HOME, stream_fields=(), figure_fields=("figures",))
        )
        home.help_page = None
        root.add_child(instance=home)
        home.save_revision().publish()
        self.note(home)
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": home.title},
        )
        return home, True

    def load_index(self, home, page_class, spec):
        page, is_new = self.add_page(home, page_class, spec, fields={"stream_fields": ()})
        return self.publish(home, page) if is_new else page

    def load_programs(self, home):
        index = self.load_index(home, ProgramIndexPage, programs.PROGRAM_INDEX)
        loaded = {}
        for spec in programs.PROGRAMS:
            page, is_new = self.add_page(index, ProgramPage, spec)
            if is_new:
                page.target_groups = self.snippet_list(TargetGroup, spec.get("target_groups", []))
                self.publish(index, page)
            loaded[spec["key"]] = page
        return loaded

    def load_centers(self, home):
        index = self.load_index(home, CenterIndexPage, centers.CENTER_INDEX)
        loaded = {}
        for spec in centers.CENTERS:
            page, is_new = self.add_page(
                index, CenterPage, spec, fields={"figure_fields": ("reach_figures",)}
            )
            if is_new:
                page.operator = self.snippets[Operator, spec["operator"]]
                page.team_roles = self.snippet_list(TeamRole, spec.get("team_roles", []))
                page.services = self.snippet_list(Service, spec.get("services", []))
                page.target_groups = self.snippet_list(TargetGroup, spec.get("target_groups", []))
                page.program_links = [
                    CenterProgram(program=self.programs[key]) for key in spec.get("programs", [])
                ]
                page.places = [
                    CenterPlace(place=self.snippets[Place, key], how=how)
                    for key, how in spec.get("places", [])
                ]
                self.publish(index, page)
            loaded[spec["key"]] = page
        return loaded

    def load_news(self, home):
        index = self.load_index(home, NewsIndexPage, news.NEWS_INDEX)
        for spec in news.NEWS:
            page, is_new = self.add_page(index, NewsPage, spec)
            if is_new:
                page.image = self.images.get(spec.get("image"))
                page.related_centers = [
                    NewsPageCenter(center=self.centers[key]) for key in spec.get("centers", [])
                ]
                page.tags.add(*spec.get("tags", []))
                self.publish(index, page)

    def load_standard_page(self, home, spec):
        page, is_new = self.add_page(home, StandardPage, spec)
        return self.publish(home, page) if is_new else page

    def link_home(self, home):
        """The home page points at pages made after it, so it is linked last, once."""
        home.help_page = self.pages.get(pages.HOME.get("help_page"))
        home.featured_centers = [
            HomeFeaturedCenter(page=self.centers[k]) for k in pages.HOME["featured_centers"]
        ]
        home.featured_programs = [
            HomeFeaturedProgram(page=self.programs[k]) for k in pages.HOME["featured_programs"]
        ]
        home.save_revision().publish()
