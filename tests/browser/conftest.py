"""The site in a real browser: Playwright drives Debian's Chromium against a live server that
serves the real content (load_content), built once for all the browser tests.

Why not pytest-django's `live_server`: it asks for `transactional_db`, which empties the
database after every test, and building the content takes ~20 s. Here the content (the copy
tests/content.py makes once per process, shared with the other tests) is committed once to the
test database and the server is shared; these tests do not request `db`, so pytest-django runs
them after every database test and nothing else sees the content.

Fixtures for a new browser test: `phone_page` (375 px) or `desktop_page` (1280 px), already
pointed at the live server (`page.goto("/bg/tsentrove/")`); `site_url`; `artifacts_dir` for
screenshots; `support.sample_url` and `support.accessibility_violations`.
The centre finder's and the site search's browser tests go in this folder as
`test_finder.py` and `test_search.py`, beside test_navigation.py and test_contact_form.py.
"""

import os
import tempfile
from pathlib import Path

import pytest
from django.db import DEFAULT_DB_ALIAS, connections
from django.test import TransactionTestCase, modify_settings, override_settings
from django.test.utils import setup_databases, teardown_databases
from pytest_django.live_server_helper import LiveServer

from tests import content

from .support import DESKTOP, PHONE

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """Debian's Chromium: Playwright's own browser download cannot work here. No sandbox,
    because CI runs as root, where Chromium's sandbox refuses to start."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"No Chromium at {CHROMIUM}: run `make browser` (apt-get install chromium).")
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": ["--no-sandbox"]}


@pytest.fixture(scope="package")
def orm_beside_playwright():
    """Playwright's sync API keeps an event loop running in this thread, and Django refuses ORM
    calls from such a thread unless told they are safe (they are: nothing here is async).
    Only while the browser tests run: `check --deploy` rightly rejects it anywhere else."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        yield


DATABASE_FIXTURES = {"db", "transactional_db", "live_server"}


def asks_for_the_default_database(item):
    """Whether pytest-django's `django_db_setup` creates the default database for this test: a
    Django TestCase, a `django_db` mark or a database fixture asks for it (pytest-django's rule,
    read from the test's public attributes)."""
    cls = getattr(item, "cls", None)
    if cls is not None and issubclass(cls, TransactionTestCase):
        databases = cls.databases
    elif marker := item.get_closest_marker("django_db"):
        databases = marker.kwargs.get("databases")
    elif DATABASE_FIXTURES.intersection(getattr(item, "fixturenames", ())):
        databases = None
    else:
        return False
    return databases is None or databases == "__all__" or DEFAULT_DB_ALIAS in databases


@pytest.fixture(scope="package")
def browser_database(request, orm_beside_playwright, django_db_setup, django_db_blocker):
    """The test database. pytest-django creates it only when some collected test asks for it;
    when only the browser tests run, none has, so create it here (and drop it after)."""
    if any(asks_for_the_default_database(item) for item in request.session.items):
        yield
        return
    with django_db_blocker.unblock():
        config = setup_databases(verbosity=0, interactive=False, aliases={DEFAULT_DB_ALIAS})
    yield
    with django_db_blocker.unblock():
        teardown_databases(config, verbosity=0)


@pytest.fixture(scope="package")
def site_url(browser_database, django_db_blocker):
    """The address of a live server with the whole site's content, in both languages.

    Media files go to a temporary folder on disk (the test settings keep them in memory),
    so the live server can serve the illustrations' renditions."""
    with (
        tempfile.TemporaryDirectory() as media,
        override_settings(
            MEDIA_ROOT=media,
            STORAGES={
                "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
                "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
            },
        ),
        modify_settings(ALLOWED_HOSTS={"append": "localhost"}),
        django_db_blocker.unblock(),  # the tests and the server's threads read the database
    ):
        content.restore()
        server = LiveServer("localhost")
        try:
            yield server.url
        finally:
            server.stop()
            # Under Playwright, this thread's ORM calls get their own connection (Django keeps
            # connections per context); close it, or PostgreSQL cannot drop the test database.
            connections.close_all()


@pytest.fixture(scope="package")
def artifacts_dir():
    """Where screenshots go: $ARTIFACTS_DIR (CI names a folder per run), else artifacts/screenshots/."""
    folder = Path(os.environ.get("ARTIFACTS_DIR") or "artifacts/screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def phone_page(browser, site_url):
    context = browser.new_context(viewport=PHONE, base_url=site_url)
    yield context.new_page()
    context.close()


@pytest.fixture
def desktop_page(browser, site_url):
    context = browser.new_context(viewport=DESKTOP, base_url=site_url)
    yield context.new_page()
    context.close()
