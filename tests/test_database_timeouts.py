"""A database that is down or hung costs a request a few seconds and the site's own 500 page:
PostgreSQL gets a connect timeout and a statement timeout, SQLite a busy timeout
(sosbg.settings.base.database_config, which builds DATABASES)."""

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import psycopg
from django.conf import settings
from django.db import connection
from django.test import SimpleTestCase

from sosbg.settings.base import database_config

ROOT = Path(__file__).resolve().parent.parent
# PostgreSQL is always there in CI (and here), whichever database the suite runs on.
POSTGRES = os.environ.get("TIMEOUT_TEST_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres")


def connect(config):
    """A psycopg connection made as Django's backend makes it from a DATABASES entry."""
    return psycopg.connect(
        host=config["HOST"],
        port=config["PORT"],
        user=config["USER"],
        password=config["PASSWORD"] or None,
        dbname=config["NAME"],
        **config["OPTIONS"],
    )


class HungServer:
    """A port that accepts connections and never answers: PostgreSQL stopped dead."""

    def __enter__(self):
        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        self.socket.listen(8)
        return self.socket.getsockname()[1]

    def __exit__(self, *exc):
        self.socket.close()


class DatabaseConfigTests(SimpleTestCase):
    def test_postgresql_gets_connect_and_statement_timeouts(self):
        config = database_config("postgres://site@db.example:5432/site")
        self.assertEqual(config["ENGINE"], "django.db.backends.postgresql")
        self.assertEqual(
            config["OPTIONS"],
            {"connect_timeout": 3, "tcp_user_timeout": 3000, "options": "-c statement_timeout=15000"},
        )
        longer = database_config("postgres://site@db.example/site", connect_timeout=5, statement_timeout=60)
        self.assertEqual(longer["OPTIONS"]["connect_timeout"], 5)
        self.assertEqual(longer["OPTIONS"]["options"], "-c statement_timeout=60000")

    def test_no_statement_timeout_when_it_is_zero(self):
        self.assertNotIn(
            "options", database_config("postgres://site@db.example/site", statement_timeout=0)["OPTIONS"]
        )

    def test_sqlite_gets_a_busy_timeout_only(self):
        self.assertEqual(database_config("sqlite:////tmp/site.sqlite3")["OPTIONS"], {"timeout": 5.0})

    def test_the_settings_in_use_have_them(self):
        options = settings.DATABASES["default"]["OPTIONS"]
        if connection.vendor == "postgresql":
            self.assertEqual(options["connect_timeout"], 3)
            self.assertEqual(options["options"], "-c statement_timeout=15000")
        else:
            self.assertEqual(options["timeout"], 5.0)


class PostgreSQLTimeoutTests(SimpleTestCase):
    def test_a_statement_over_the_timeout_is_cancelled(self):
        with connect(database_config(POSTGRES, statement_timeout=0.3)) as conn:
            started = time.monotonic()
            with self.assertRaises(psycopg.errors.QueryCanceled):
                conn.execute("SELECT pg_sleep(5)")
            self.assertLess(time.monotonic() - started, 2)
            conn.rollback()
            self.assertEqual(conn.execute("SELECT 1").fetchone(), (1,))  # a short one still runs

    def test_a_hung_server_fails_the_connection_within_the_connect_timeout(self):
        with HungServer() as port:
            started = time.monotonic()
            with self.assertRaises(psycopg.OperationalError):
                connect(database_config(f"postgres://site@127.0.0.1:{port}/site", connect_timeout=2))
            self.assertLess(time.monotonic() - started, 5)


# Run in a separate process: the settings read DATABASE_URL when they load.
REQUEST_WITH_HUNG_DATABASE = """
import sys, time
sys.path.insert(0, "site")
import django
django.setup()
from django.test.utils import setup_test_environment
setup_test_environment()
from django.test import Client
started = time.monotonic()
response = Client(raise_request_exception=False).get("/bg/")
print(response.status_code, round(time.monotonic() - started, 1))
print(response.content.decode())
"""


class HungDatabaseRequestTests(SimpleTestCase):
    def test_a_page_with_the_database_hung_is_the_sites_500_page_within_seconds(self):
        with HungServer() as port:
            environment = {
                **os.environ,
                "DJANGO_SETTINGS_MODULE": "sosbg.settings.test",
                "DATABASE_URL": f"postgres://site@127.0.0.1:{port}/site",
                "DB_CONNECT_TIMEOUT": "2",
            }
            result = subprocess.run(
                [sys.executable, "-c", REQUEST_WITH_HUNG_DATABASE],
                cwd=ROOT, env=environment, capture_output=True, text=True, timeout=60,
            )  # fmt: skip
        status, seconds = result.stdout.split("\n", 1)[0].split()
        self.assertEqual(status, "500", result.stderr[-2000:])
        self.assertLess(float(seconds), 6)
        self.assertIn("Нещо се обърка", result.stdout)
        self.assertIn('href="tel:116111"', result.stdout)
