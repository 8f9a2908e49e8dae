"""The whole site as `load_content` builds it, for tests that need the real content.

`load_content` takes ~20 s (every page, revision, translation and illustration), so it runs once
per test process, when the first `SiteContentTestCase` starts: in a transaction that is rolled
back, the command builds the content, an anonymous visitor renders every live page once (which
also makes the illustrations' renditions, slow to encode in AVIF), and the rows of every table
that changed are copied, with the files they name. Each `SiteContentTestCase` writes that copy
back in its `setUpTestData`, in well under a second, and Django's TestCase rolls it away after
the class as before. The copy is made by the real command in every session, so the tests still
test the real content; tests/test_load_content.py runs the command itself, to test the command.

The copy is plain rows read and written through Django's cursor, not `dumpdata`/`loaddata`: no
model is serialised or built again, and the rows go back unchanged on SQLite and PostgreSQL alike
(both check foreign keys only at the end of the transaction, so the order of the tables does not
matter).
"""

from dataclasses import dataclass, field
from io import StringIO

from django.apps import apps
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connection, models, transaction
from django.http import HttpResponse
from django.test import Client, TestCase
from wagtail.models import Page


@dataclass
class Table:
    model: type
    columns: list
    rows: list


@dataclass
class Snapshot:
    tables: list
    # (file field, name) -> the file's bytes, for every file a copied row names: the test settings
    # keep media in memory, and the browser tests' live server serves them from a folder on disk.
    files: dict = field(default_factory=dict)
    # url -> the anonymous visitor's response to it, rendered from the unchanged content.
    pages: dict = field(default_factory=dict)


_snapshot = None


def _tables():
    """Every table of the database with its model (many-to-many tables included), once."""
    existing = set(connection.introspection.table_names())
    tables = {}
    for model in apps.get_models(include_auto_created=True):
        opts = model._meta
        if opts.proxy or opts.db_table in tables or opts.db_table not in existing:
            continue
        tables[opts.db_table] = model
    return tables


def read_table(model):
    opts = model._meta
    columns = [f.column for f in opts.local_concrete_fields]
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {', '.join(map(quote, columns))} FROM {quote(opts.db_table)} ORDER BY {quote(opts.pk.column)}"
        )
        return Table(model, columns, [tuple(row) for row in cursor.fetchall()])


def _files(tables):
    files = {}
    for table in tables:
        for index, f in enumerate(table.model._meta.local_concrete_fields):
            if isinstance(f, models.FileField):
                for row in table.rows:
                    if row[index]:
                        with f.storage.open(row[index]) as stored:
                            files[(f, row[index])] = stored.read()
    return files


def render(urls, into):
    """Each url's response to an anonymous visitor, kept without its context and templates."""
    client = Client()
    for url in urls:
        if url not in into:
            response = client.get(url)
            into[url] = HttpResponse(response.content, status=response.status_code, headers=response.headers)


def build():
    """Runs `load_content` in a transaction that is rolled back, and returns what it wrote."""
    with transaction.atomic():
        before = {name: read_table(model).rows for name, model in _tables().items()}
        call_command("load_content", stdout=StringIO())
        pages = {}
        render(every_page_url(), pages)
        after = [read_table(model) for model in _tables().values()]
        changed = [table for table in after if before.get(table.model._meta.db_table) != table.rows]
        snapshot = Snapshot(changed, _files(changed), pages)
        transaction.set_rollback(True)
    # The command's cached lookups (site root paths, settings) name rows that are gone now.
    cache.clear()
    return snapshot


def snapshot():
    """The content, built on first use in this process."""
    global _snapshot
    if _snapshot is None:
        _snapshot = build()
    return _snapshot


def restore():
    """Writes the content into the database: each table the command changed gets its rows back
    exactly, ids included, and each file they name is put back where the current storage keeps it."""
    content = snapshot()
    quote = connection.ops.quote_name
    with transaction.atomic(), connection.cursor() as cursor:
        for table in content.tables:
            name = quote(table.model._meta.db_table)
            cursor.execute(f"DELETE FROM {name}")
            if table.rows:
                marks = ", ".join(["%s"] * len(table.columns))
                cursor.executemany(
                    f"INSERT INTO {name} ({', '.join(map(quote, table.columns))}) VALUES ({marks})",
                    table.rows,
                )
        # PostgreSQL's id sequences already stand past the copied ids (a rollback does not move
        # them back); this keeps it so should the copy ever go into a database it was not built in.
        for sql in connection.ops.sequence_reset_sql(no_style(), [table.model for table in content.tables]):
            cursor.execute(sql)
    for (file_field, name), data in content.files.items():
        if not file_field.storage.exists(name):
            file_field.storage.save(name, ContentFile(data))
    cache.clear()


def every_page_url():
    """The address of every live page in both languages, in tree order."""
    return [page.url for page in Page.objects.live().filter(depth__gte=2).order_by("path")]


class SiteContentTestCase(TestCase):
    """A TestCase with the whole site as `load_content` builds it, in both languages.

    Subclasses that add their own data call `super().setUpTestData()` first. A test that only reads
    the content asks `self.rendered(url)` for a page instead of the client: every live page was
    rendered once, for all such tests, and each of a class's `extra_urls` is rendered before any
    class changes the content."""

    extra_urls = ()

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        restore()
        render(cls.extra_urls, snapshot().pages)

    def rendered(self, url):
        """The page at `url` as an anonymous visitor gets it from the unchanged content (a url
        rendered neither for every page nor as an extra url is rendered now, from the database as
        it is)."""
        pages = snapshot().pages
        return pages[url] if url in pages else Client().get(url)
