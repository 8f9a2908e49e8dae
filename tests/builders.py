"""Small builders for a site tree in tests: only the fields each page type requires."""

import datetime
import itertools

from wagtail.models import Locale, Page, Site

from centers.models import CenterIndexPage, CenterPage, CenterProgram, Operator
from core.site_url import configured_address
from home.models import HomePage, StandardPage
from news.models import NewsIndexPage, NewsPage, NewsPageCenter, NewsTopic
from programs.models import ProgramIndexPage, ProgramPage

_numbers = itertools.count(1)


def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def build_site():
    """A home page as the default site's root, with the three indexes under it."""
    root = Page.get_first_root_node()
    for child in root.get_children():
        child.delete()
    home = root.add_child(
        instance=HomePage(
            title="Начало", slug="home", lead="Подкрепа за деца и семейства.", help_title="Нужна ви е помощ?",
            help_text="<p>Услугите са безплатни.</p>",
        )
    )  # fmt: skip
    Site.objects.all().delete()
    hostname, port = configured_address()  # as migrate names it: the test client's host
    Site.objects.create(hostname=hostname, port=port, root_page=home, is_default_site=True, site_name="ЦОП")
    return {
        "home": home,
        "centers": publish(home, CenterIndexPage(title="Центрове", slug="tsentrove")),
        "programs": publish(home, ProgramIndexPage(title="Програми", slug="programi")),
        "news": publish(home, NewsIndexPage(title="Новини", slug="novini")),
    }


def operator(is_sos=True):
    name = "Сдружение „SOS Детски селища България“" if is_sos else f"Партньор {next(_numbers)}"
    return Operator.objects.get_or_create(name=name, is_sos=is_sos, locale=Locale.get_default())[0]


def add_center(index, title=None, programs=(), **fields):
    number = next(_numbers)
    fields.setdefault("operator", operator())
    center = CenterPage(
        title=title or f"ЦОП {number}",
        slug=f"center-{number}",
        service_name="Център за обществена подкрепа",
        summary="Подкрепа за деца и семейства.",
        town=fields.pop("town", "Перник"),
        region=fields.pop("region", "pernik"),
        **fields,
    )
    center.program_links = [CenterProgram(program=program) for program in programs]
    return publish(index, center)


def add_program(index, title=None, **fields):
    number = next(_numbers)
    return publish(
        index,
        ProgramPage(
            title=title or f"Програма {number}", slug=f"program-{number}", summary="Какво прави.", **fields
        ),
    )


def add_topic(name, slug=None, locale=None):
    return NewsTopic.objects.create(
        name=name, slug=slug or f"topic-{next(_numbers)}", locale=locale or Locale.get_default()
    )


def add_news(index, title=None, date=None, centers=(), topics=(), **fields):
    number = next(_numbers)
    item = NewsPage(
        title=title or f"Новина {number}",
        slug=f"news-{number}",
        date=date or datetime.date(2026, 1, 1),
        lead="Какво се случи.",
        body=[{"type": "paragraph", "value": "<p>Текст.</p>"}],
        **fields,
    )
    item.related_centers = [NewsPageCenter(center=center) for center in centers]
    item.topics = list(topics)
    return publish(index, item)


def add_standard_page(parent, title="За мрежата"):
    number = next(_numbers)
    return publish(
        parent,
        StandardPage(
            title=title, slug=f"page-{number}", body=[{"type": "paragraph", "value": "<p>Текст.</p>"}]
        ),
    )


def add_event_index(home, title="Събития", slug="sabitiya"):
    from events.models import EventIndexPage

    return publish(home, EventIndexPage(title=title, slug=slug))


def add_event(parent, title=None, **fields):
    from events.models import EventPage

    number = next(_numbers)
    target_groups = fields.pop("target_groups", [])
    event = EventPage(
        title=title or f"Събитие {number}", slug=f"event-{number}", summary="Какво ще се случи.", **fields
    )
    event.target_groups = list(target_groups)
    return publish(parent, event)
