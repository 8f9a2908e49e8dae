"""The centre finder's speed: server time and SQL queries for an answer, for several towns.

Builds the real content in a throw-away SQLite database (migrate + load_content), or uses the
database in DATABASE_URL when given with --use-database-url, then asks the centres page about
each town N times through Django's test client with DEBUG off, and prints the median server time
of the whole request (finder, template, middleware), of the finder alone (lookup and answer),
and the number of SQL queries of one request.

    make bench-finder            (or: .venv/bin/python scripts/bench_finder.py [--runs 30])
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from io import StringIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
QUESTIONS = [
    ("no town", {}),
    ("Перник", {"town": "Перник"}),
    ("Батановци (village, Pernik municipality)", {"town": "Батановци"}),
    ("Debelets (mobile work, Latin)", {"town": "Debelets"}),
    ("v. tarnovo (abbreviated)", {"town": "v. tarnovo"}),
    ("Veliko Tarnvo (misspelt)", {"town": "Veliko Tarnvo"}),
    ("Бяла (namesakes: a choice)", {"town": "Бяла"}),
    ("Земен (no centre: nearest)", {"town": "Земен"}),
    ("Раднево (another ЦОП, S1)", {"town": "Раднево"}),
    ("Нарния (unknown)", {"town": "Нарния"}),
]


def setup(database_url):
    sys.path[:0] = [str(ROOT), str(ROOT / "site")]
    os.environ["DJANGO_SETTINGS_MODULE"] = "sosbg.settings.test"
    os.environ["DATABASE_URL"] = database_url
    import django
    from django.test.utils import setup_test_environment

    django.setup()
    setup_test_environment()


def build_content():
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    call_command("load_content", stdout=StringIO())


def measure(client, path, query, runs):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(path, query)  # warm caches (templates, translations), as a running server has them
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        response = client.get(path, query)
        times.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, response.status_code
    with CaptureQueriesContext(connection) as queries:
        client.get(path, query)
    return statistics.median(times), len(queries)


def finder_ms(language, query, runs):
    """The finder alone (the town's lookup and the answer), without the page around it."""
    from django.http import QueryDict
    from django.utils import translation

    from centers.finder import Finder
    from centers.models import CenterIndexPage, with_local_operators

    data = QueryDict(mutable=True)
    data.update(query)
    with translation.override(language):
        index = CenterIndexPage.objects.get(locale__language_code=language)
        centers = with_local_operators(index.centers())
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            Finder(centers, data, index=index)
            times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30, help="requests per town (default 30)")
    parser.add_argument("--use-database-url", action="store_true", help="use DATABASE_URL, already loaded")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        if args.use_database_url:
            setup(os.environ["DATABASE_URL"])
        else:
            setup(f"sqlite:///{folder}/bench.sqlite3")
            build_content()
        from django.conf import settings
        from django.test import Client

        settings.DEBUG = False
        client = Client()
        print(f"{'question':45} {'language':8} {'page ms':>8} {'finder ms':>10} {'queries':>8}")
        for path, language in (("/bg/tsentrove/", "bg"), ("/en/centres/", "en")):
            for name, query in QUESTIONS:
                ms, queries = measure(client, path, query, args.runs)
                alone = finder_ms(language, query, args.runs)
                print(f"{name:45} {language:8} {ms:8.1f} {alone:10.1f} {queries:8}")


if __name__ == "__main__":
    main()
