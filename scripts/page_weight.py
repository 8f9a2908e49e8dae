"""Page weight budget: every page type, in both languages, under 100 KB compressed.

Builds the real content in a throw-away SQLite database (migrate + load_content), fetches one
page of each page type in each language with Django's test client, and adds up the gzip-compressed
size of the HTML and of the CSS and JavaScript files it references. Images are left aside: they
load lazily and in the size the screen needs. Exits 1 when a page is over the budget.

    make weight            (or: .venv/bin/python scripts/page_weight.py)
"""

import gzip
import os
import re
import sys
import tempfile
from io import StringIO
from pathlib import Path

BUDGET = 100_000  # bytes, compressed: what a weak mobile connection fetches in a few seconds
ROOT = Path(__file__).resolve().parents[1]
ASSET = re.compile(r'<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src)="([^"]+)"')


def setup(database):
    sys.path[:0] = [str(ROOT), str(ROOT / "site")]
    os.environ["DJANGO_SETTINGS_MODULE"] = "sosbg.settings.test"
    os.environ["DATABASE_URL"] = f"sqlite:///{database}"
    import django
    from django.test.utils import setup_test_environment

    django.setup()
    setup_test_environment()  # the test client's host is allowed, mail stays in memory


def build_content():
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    call_command("load_content", stdout=StringIO())


def sample_pages():
    """One live page of each page type in each language, the first in the tree."""
    from wagtail.models import Page

    samples = {}
    for page in Page.objects.live().filter(depth__gt=1).order_by("path").specific():
        samples.setdefault((page.locale.language_code, type(page).__name__), page)
    return sorted(samples.items())


def gzipped(data):
    return len(gzip.compress(data, compresslevel=9))


def asset_bytes(url):
    """A static file's bytes, read from where Django's static finders find it."""
    from django.conf import settings
    from django.contrib.staticfiles import finders

    path = finders.find(url.removeprefix(settings.STATIC_URL).split("?")[0])
    if path is None:
        raise SystemExit(f"{url} is referenced but not found among the static files")
    return Path(path).read_bytes()


def measure(client, url):
    response = client.get(url)
    if response.status_code != 200:
        raise SystemExit(f"{url} answered {response.status_code}")
    html = response.content
    assets = ASSET.findall(html.decode())
    css = sum(gzipped(asset_bytes(a)) for a in assets if a.endswith(".css"))
    js = sum(gzipped(asset_bytes(a)) for a in assets if not a.endswith(".css"))
    return gzipped(html), css, js


def main():
    with tempfile.TemporaryDirectory() as folder:
        setup(Path(folder) / "weight.sqlite3")
        build_content()
        from django.test import Client

        client = Client()
        over = []
        print(f"{'page':<68} {'HTML':>7} {'CSS':>7} {'JS':>7} {'total':>8}   (bytes, gzip)")
        for (language, kind), page in sample_pages():
            html, css, js = measure(client, page.url)
            total = html + css + js
            flag = "  OVER BUDGET" if total > BUDGET else ""
            print(f"{language} {kind:<16} {page.url:<48} {html:>7} {css:>7} {js:>7} {total:>8}{flag}")
            if flag:
                over.append(page.url)
        if over:
            print(f"\n{len(over)} page(s) over the budget of {BUDGET} bytes: {', '.join(over)}")
            return 1
        print(f"\nEvery page is under the budget of {BUDGET} bytes compressed.")
        return 0


if __name__ == "__main__":
    sys.exit(main())
