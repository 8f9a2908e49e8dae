"""The admin is in Bulgarian on every screen an editor, reviewer or centre staff member sees: a walk
through those screens as a superuser whose preferred language is Bulgarian finds no English interface
word in the visible text (tags, scripts and styles stripped). Proper names and content that is Latin
on purpose (SOS, IBAN, e-mail addresses, the English pages' own text) are allowed."""

import json
import os
import re
from html import unescape
from html.parser import HTMLParser

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils.html import strip_tags
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Page, Workflow
from wagtail.snippets.models import get_snippet_models
from wagtail.users.models import UserProfile

from contact.models import ContactSubmission
from tests.content import SiteContentTestCase

URL_OR_ADDRESS = re.compile(
    r"\S+@\S+|\b(?:https?://|www\.)\S+|\S+\.(?:bg|org|com|eu|svg|png|jpe?g|webp)\b|/\S*"
)
ENGLISH_DATE = re.compile(
    r"\b\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}"
)
LATIN_WORD = re.compile(r"\b[A-Za-z][A-Za-z'’]+\b")

# Latin on purpose: names, abbreviations and formats that stay as they are in Bulgarian text.
ALLOWED = {
    "SOS", "IBAN", "BIC", "EPC", "QR", "SMS", "CSV", "XLSX", "HTML", "URL", "RSS", "Atom", "PDF", "ID",
    "JPEG", "PNG", "GIF", "WEBP", "SVG", "px", "KB", "MB", "Wagtail", "Django", "Facebook", "Instagram",
    "YouTube", "LinkedIn", "Google", "OpenStreetMap", "Markdown", "English", "Bulgarian", "SEO", "Alt",
    "Children", "Villages", "Bulgaria", "Kinderdorf", "International", "Hermann", "Gmeiner", "EUR", "BGN",
    "TOTP", "AVIF", "JPG",
    # The accessibility standards by their names: WCAG 2.1 AA, EN 301 549.
    "WCAG", "AA", "EN",
    # The admin names the technical term it explains: "Кратък адрес (slug)", "Заглавие за търсачки (title)".
    "slug", "title",
}  # fmt: skip


class VisibleText(HTMLParser):
    """The text a reader sees: not scripts, styles, templates for later, icons or the no-JavaScript note."""

    HIDDEN = {"script", "style", "template", "svg", "noscript", "textarea"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.hidden_depth, self.div_depth, self.hidden_div_at, self.parts = 0, 0, None, []

    def handle_starttag(self, tag, attrs):
        if tag in self.HIDDEN:
            self.hidden_depth += 1
        elif tag == "div":  # a <div hidden> (closed reliably, unlike <p> or <li>) hides what it holds
            self.div_depth += 1
            if self.hidden_div_at is None and "hidden" in dict(attrs):
                self.hidden_div_at = self.div_depth

    def handle_endtag(self, tag):
        if tag in self.HIDDEN and self.hidden_depth:
            self.hidden_depth -= 1
        elif tag == "div":
            if self.hidden_div_at == self.div_depth:
                self.hidden_div_at = None
            self.div_depth -= 1

    def handle_data(self, data):
        if not self.hidden_depth and self.hidden_div_at is None:
            self.parts.append(data)


def visible_text(html):
    parser = VisibleText()
    parser.feed(html)
    return " ".join(parser.parts)


def visible_words(html):
    return LATIN_WORD.findall(URL_OR_ADDRESS.sub(" ", visible_text(html)))


def english_words(html, allowed=frozenset()):
    return [w for w in visible_words(html) if w not in ALLOWED and w not in allowed]


def all_words(html):
    return re.findall(r"\w+", visible_text(html))


def strings_in(data):
    """The text values of a StreamField's raw data (not its block names)."""
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for key, value in data.items():
            if key not in ("type", "id"):
                yield from strings_in(value)
    elif isinstance(data, list | tuple):
        for value in data:
            yield from strings_in(value)
    elif hasattr(data, "items"):
        yield from strings_in(dict(data.items()))


def content_words_of_english_pages():
    """The English pages' and snippets' own text: it is content, not interface."""
    words = set()
    for page in Page.objects.filter(locale__language_code="en").specific():
        for value in vars(page).values():
            if isinstance(value, str):
                words.update(LATIN_WORD.findall(strip_tags(value)))
        for field in page._meta.get_fields():
            if isinstance(field, StreamField):
                words.update(
                    LATIN_WORD.findall(strip_tags(" ".join(strings_in(getattr(page, field.name).raw_data))))
                )
    # The network's own groups and workflows are named in both languages ("редактори / editors").
    for name in [
        *Group.objects.values_list("name", flat=True),
        *Workflow.objects.values_list("name", flat=True),
    ]:
        if re.search("[а-яА-Я]", name):
            words.update(LATIN_WORD.findall(name))
    for model in get_snippet_models():
        for obj in model.objects.all():
            words.update(LATIN_WORD.findall(str(obj)))
    return words


def screens():
    """(name, url) of every screen an editor, reviewer or staff member works on."""
    yield "dashboard", reverse("wagtailadmin_home")
    yield "explorer at the root", reverse("wagtailadmin_explore_root")
    home = Page.objects.get(depth=2, locale__language_code="bg")
    yield "explorer under the home page", reverse("wagtailadmin_explore", args=[home.pk])
    bulgarian = Page.objects.filter(depth__gte=2, locale__language_code="bg").specific()
    seen_types = set()
    for page in bulgarian:
        if page.content_type_id in seen_types:
            continue
        seen_types.add(page.content_type_id)
        model = type(page)
        yield f"edit {model.__name__}", reverse("wagtailadmin_pages:edit", args=[page.pk])
        parent = page.get_parent()
        yield (
            f"add {model.__name__}",
            reverse(
                "wagtailadmin_pages:add", args=[model._meta.app_label, model._meta.model_name, parent.pk]
            ),
        )
    yield "choose the type of a new page", reverse("wagtailadmin_pages:add_subpage", args=[home.pk])
    yield "explorer under a centre", reverse("wagtailadmin_explore", args=[page_of("centerindexpage").pk])
    for model in get_snippet_models():
        viewset = model.snippet_viewset
        yield f"snippets {model.__name__}", reverse(viewset.get_url_name("list"))
        obj = model.objects.filter(**locale_filter(model)).first()
        yield f"edit snippet {model.__name__}", reverse(viewset.get_url_name("edit"), args=[obj.pk])
    yield "snippets", reverse("wagtailsnippets:index")
    image = get_image_model().objects.first()
    yield "images", reverse("wagtailimages:index")
    yield "image edit", reverse("wagtailimages:edit", args=[image.pk])
    yield "messages", reverse("contact_messages:index")
    yield "message", reverse("contact_messages:inspect", args=[ContactSubmission.objects.first().pk])
    yield "signatures", reverse("signatures:index")
    # One group of each kind: a centre's editors, a centre's staff, the network's, Wagtail's own.
    kinds = ("редактори", "екип", "мрежата", "")
    groups = {next((g for g in Group.objects.order_by("pk") if kind in g.name), None) for kind in kinds}
    for group in groups - {None}:
        yield f"group {group.name}", reverse("wagtailusers_groups:edit", args=[group.pk])
    yield "groups", reverse("wagtailusers_groups:index")
    yield "users", reverse("wagtailusers_users:index")
    yield "workflows", reverse("wagtailadmin_workflows:index")
    workflow = Workflow.objects.filter(active=True).first()
    if workflow:
        yield "workflow edit", reverse("wagtailadmin_workflows:edit", args=[workflow.pk])
    english_news = Page.objects.filter(locale__language_code="en", content_type__model="newspage").first()
    yield "translation editor", reverse("wagtailadmin_pages:edit", args=[english_news.pk])
    yield "search", reverse("wagtailadmin_pages:search") + "?q=Перник"
    yield "history", reverse("wagtailadmin_pages:history", args=[home.pk])
    yield "reports: workflows", reverse("wagtailadmin_reports:workflow")


def page_of(model_name):
    return Page.objects.get(content_type__model=model_name, locale__language_code="bg")


def locale_filter(model):
    return {"locale__language_code": "bg"} if hasattr(model, "locale") else {}


class AdminLanguageTests(SiteContentTestCase):
    """The walk, the labels it found English, and the admin additions editors use every day."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.admin = get_user_model().objects.create_superuser(
            "администратор", "admin@example.com", "password"
        )
        profile = UserProfile.get_for_user(cls.admin)
        profile.preferred_language = "bg"
        profile.save()
        cls.editor = get_user_model().objects.create_user("редактор", "editor@example.com", "password")
        cls.editor.groups.add(Group.objects.filter(name__contains="редактори").first())
        cls.staff = get_user_model().objects.create_user("екип", "staff@example.com", "password")
        cls.staff.groups.add(Group.objects.filter(name__contains="· екип").first())
        contact = Page.objects.filter(content_type__model="contactpage", locale__language_code="bg").first()
        ContactSubmission.objects.create(
            page=contact, center=contact.get_parent().specific, form_data={"message": "Здравейте"}
        )

    def setUp(self):
        self.client.force_login(self.admin)

    def walk(self):
        allowed = content_words_of_english_pages()
        found, total, self.screens_walked = {}, 0, 0
        for name, url in screens():
            self.screens_walked += 1
            response = self.client.get(url, follow=True)
            self.assertEqual(response.status_code, 200, f"{name}: {url}")
            html = response.content.decode()
            total += len(all_words(html))
            # Dates also hide in the data the JavaScript screens (the translation editor) are built from.
            words = english_words(html, allowed) + ENGLISH_DATE.findall(html)
            if words:
                found[name] = words
                if os.environ.get("ADMIN_LANGUAGE_REPORT"):
                    text = " ".join(visible_text(html).split())
                    for word in sorted(set(words)):
                        at = re.search(rf"\b{re.escape(word)}\b", text)
                        print(
                            f"  [{name}] {word}: …{text[max(0, at.start() - 80) : at.end() + 60] if at else ''}…"
                        )
        return found, total

    def test_no_english_interface_word_on_the_screens_editors_use(self):
        found, total = self.walk()
        english = sum(len(words) for words in found.values())
        print(
            f"\n{english} English of {total} words ({english / total:.2%}) on {self.screens_walked} screens"
        )
        import collections

        if os.environ.get("ADMIN_LANGUAGE_REPORT"):
            for name, words in found.items():
                print(name, len(words), collections.Counter(words).most_common(25))
        self.assertEqual(found, {})

    def test_a_centre_editors_and_a_staff_members_own_screens_have_no_english_word(self):
        allowed = content_words_of_english_pages()
        for user in (self.editor, self.staff):
            self.client.force_login(user)
            for url in (reverse("wagtailadmin_home"), reverse("contact_messages:index")):
                response = self.client.get(url, follow=True)
                with self.subTest(user=user.username, url=url):
                    self.assertEqual(response.status_code, 200)
                    self.assertEqual(english_words(response.content.decode(), allowed), [])

    def test_permission_names_on_the_group_screen_are_bulgarian(self):
        group = Group.objects.filter(name__contains="редактори").first()
        html = self.client.get(reverse("wagtailusers_groups:edit", args=[group.pk])).content.decode()
        self.assertIn("Може да добавя: услуга", html)
        self.assertIn("Може да публикува всяка страница", html)
        self.assertNotIn("Can add", html)

    def test_yes_and_no_in_lists_are_words_not_python(self):
        html = self.client.get(reverse("wagtailusers_users:index")).content.decode()
        self.assertIn('<span class="w-sr-only">\n            Да\n', html)
        self.assertNotIn("True", visible_text(html))

    def test_the_root_is_named_in_bulgarian(self):
        html = self.client.get(reverse("wagtailadmin_explore_root")).content.decode()
        self.assertIn("Корен", visible_text(html))

    def test_the_image_blocks_chooser_is_labelled_in_bulgarian(self):
        url = reverse("wagtailadmin_pages:add", args=["home", "standardpage", page_of("homepage").pk])
        definitions = unescape(self.client.get(url).content.decode())
        chooser = re.search(
            r'ImageBlock", "_args": \["image", \[\{"_type": "wagtail.blocks.FieldBlock", "_args": \["image", .*?'
            r'\{"label": ("[^"]*")',
            definitions,
            re.S,
        )
        self.assertEqual(json.loads(chooser.group(1)), "Изображение")

    def test_date_pickers_start_the_week_on_monday(self):
        index = page_of("newsindexpage")
        html = self.client.get(reverse("wagtailadmin_pages:add", args=["news", "newspage", index.pk])).content
        self.assertEqual(set(re.findall(rb'"dayOfWeekStart": (\d)', html)), {b"1"})

    # The Help menu opens the network's own handbook; a centre editor writes news in one click.

    def test_the_help_menu_opens_the_handbook_rendered_in_the_admin(self):
        self.client.force_login(self.editor)
        dashboard = self.client.get(reverse("wagtailadmin_home")).content.decode()
        self.assertIn(reverse("editors_handbook"), dashboard)
        self.assertFalse("guide.wagtail.org" in dashboard, "Wagtail's English guide is still linked")
        handbook = self.client.get(reverse("editors_handbook")).content.decode()
        self.assertIn("<h1>Наръчник за редактори · Editor's handbook</h1>", handbook.replace("&#x27;", "'"))
        self.assertIn("<h3>2. Новина</h3>", handbook)

    def test_a_centre_editor_writes_news_from_the_dashboard_in_one_click(self):
        self.client.force_login(self.editor)
        html = self.client.get(reverse("wagtailadmin_home")).content.decode()
        add_url = reverse("wagtailadmin_pages:add", args=["news", "newspage", page_of("newsindexpage").pk])
        self.assertIn(f'href="{add_url}"', html)
        self.assertIn("Напиши новина", html)
        self.assertEqual(self.client.get(add_url).status_code, 200)

    def test_staff_who_may_not_write_news_get_no_news_button(self):
        self.client.force_login(self.staff)
        html = self.client.get(reverse("wagtailadmin_home")).content.decode()
        self.assertNotIn("Напиши новина", html)

    def test_no_english_page_shows_a_bulgarian_image_description(self):
        pages = Page.objects.live().filter(locale__language_code="en", depth__gt=2).specific()
        bulgarian_alts, described = {}, 0
        for page in pages:
            alts = re.findall(r'alt="([^"]+)"', self.rendered(page.url).content.decode())
            described += len(alts)
            if any(re.search("[а-яА-Я]", alt) for alt in alts):
                bulgarian_alts[page.url] = alts
        self.assertGreater(described, 2)  # the news items' illustrations are really checked
        self.assertEqual(bulgarian_alts, {})
