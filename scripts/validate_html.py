"""The Nu HTML Checker (vnu.jar, the W3C validator's engine) over every page type in both
languages, plus what a page type alone does not show: the finder's answer, search results, a
missing page and the forms sent back with errors.

Builds the real content in a throw-away SQLite database as scripts/page_weight.py does, renders
each page with Django's test client into a temporary folder and runs vnu.jar on the files.
Exits with vnu's status: 1 when any page has an error (warnings are printed, not counted).

    make validate            (fetches vnu.jar from npm's vnu-jar once; needs Java)
    .venv/bin/python scripts/validate_html.py path/to/vnu.jar
"""

import subprocess
import sys
import tempfile
from pathlib import Path

from page_weight import build_content, sample_pages, setup

# Addresses that render what no page type shows by itself (GET, or POST with invalid data).
EXTRA = [
    ("bg-finder-answer", "get", "/bg/tsentrove/?town=Pernik", None),
    ("en-finder-answer", "get", "/en/centres/?town=Pleven", None),
    ("bg-search-results", "get", "/bg/tarsene/?q=pernik", None),
    ("en-search-results", "get", "/en/search/?q=centre", None),
    ("bg-not-found", "get", "/bg/no-such-page/", None),
    ("en-not-found", "get", "/en/no-such-page/", None),
    ("bg-donate-error", "get", "/bg/darete/?amount=abc", None),
    ("bg-finder-error", "get", "/bg/tsentrove/?region=nowhere", None),
    ("bg-contact-error", "post", "/bg/tsentrove/pernik/pishete-ni/", {"name": "Мария"}),
    ("en-contact-error", "post", "/en/centres/pernik/write-to-us/", {"name": "Maria"}),
]


def render_pages(client, folder):
    """Each page's HTML as a file in `folder`; the names say which page it is."""
    pages = [(f"{language}-{kind}", "get", page.url, None) for (language, kind), page in sample_pages()]
    written = []
    for name, method, url, data in pages + EXTRA:
        response = getattr(client, method)(url, data) if data else client.get(url)
        if response.status_code >= 500:
            raise SystemExit(f"{url} answered {response.status_code}")
        path = Path(folder) / f"{name}.html"
        path.write_bytes(response.content)
        written.append(path)
        print(f"{response.status_code} {name:<28} {url}")
    return written


def main(vnu_jar):
    with tempfile.TemporaryDirectory() as folder:
        setup(Path(folder) / "validate.sqlite3")
        build_content()
        from django.core.cache import cache
        from django.test import Client

        cache.clear()
        files = render_pages(Client(), folder)
        print(f"\nChecking {len(files)} pages with {vnu_jar}")
        result = subprocess.run(["java", "-jar", str(vnu_jar), "--format", "text", *map(str, files)])
        print("No errors." if result.returncode == 0 else "\nThe pages above have errors.")
        return result.returncode


if __name__ == "__main__":
    if len(sys.argv) != 2 or not Path(sys.argv[1]).is_file():
        raise SystemExit("usage: validate_html.py path/to/vnu.jar   (make validate fetches it)")
    sys.exit(main(sys.argv[1]))
