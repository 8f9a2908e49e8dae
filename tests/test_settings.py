"""Production settings refuse to start without a secret and pass Django's deployment checks."""

import os
import subprocess
import sys
from pathlib import Path

from django.test import SimpleTestCase

ROOT = Path(__file__).resolve().parent.parent


def manage(*args, **env):
    environment = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DEBUG"}}
    environment.update(DJANGO_SETTINGS_MODULE="sosbg.settings.production", **env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


class ProductionSettingsTests(SimpleTestCase):
    def test_production_refuses_to_start_without_a_secret_key(self):
        result = manage("check")
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("Set SECRET_KEY", result.stderr)

    def test_production_passes_the_deployment_checklist(self):
        result = manage(
            "check",
            "--deploy",
            "--fail-level",
            "WARNING",
            SECRET_KEY="x" * 30 + "-a-long-random-test-only-value-9f8e7d",
            # The settings, not the local database: a loaded db.sqlite3 has forms without an
            # address, which `check --deploy` rightly reports (contact.W001).
            CONTACT_FALLBACK_EMAIL="network@example.org",
        )
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)

    def test_database_url_selects_postgresql(self):
        result = manage(
            "shell", "-c", "from django.db import connection; print(connection.vendor)",
            SECRET_KEY="x" * 50, DATABASE_URL="postgres://user@127.0.0.1:5432/db",
        )  # fmt: skip
        self.assertEqual(result.stdout.strip().splitlines()[-1], "postgresql", result.stderr)


class CacheSettingsTests(SimpleTestCase):
    def test_redis_url_gives_a_shared_cache_for_the_rate_limit(self):
        result = manage(
            "shell", "-c", "from django.conf import settings; print(settings.CACHES['default']['BACKEND'])",
            SECRET_KEY="x" * 50, REDIS_URL="redis://127.0.0.1:6379/1",
        )  # fmt: skip
        self.assertEqual(
            result.stdout.strip().splitlines()[-1],
            "core.cache.FailSoftRedisCache",
            result.stderr,
        )


def mail_and_tasks(**env):
    """(EMAIL_USE_TLS, EMAIL_USE_SSL, the tasks' backend) under production settings and `env`."""
    result = manage(
        "shell", "-c",
        "from django.conf import settings as s; print(s.EMAIL_USE_TLS, s.EMAIL_USE_SSL, s.TASKS['default']['BACKEND'])",
        SECRET_KEY="x" * 50, **env,
    )  # fmt: skip
    return result.stdout.strip().splitlines()[-1] if result.returncode == 0 else result.stderr


class MailSettingsTests(SimpleTestCase):
    def test_production_sends_from_the_task_worker_over_tls_by_default(self):
        self.assertEqual(mail_and_tasks(), "True False django_tasks_db.DatabaseBackend")

    def test_implicit_tls_replaces_starttls_and_an_explicit_no_turns_it_off(self):
        self.assertEqual(mail_and_tasks(EMAIL_USE_SSL="true"), "False True django_tasks_db.DatabaseBackend")
        self.assertEqual(mail_and_tasks(EMAIL_USE_TLS="false"), "False False django_tasks_db.DatabaseBackend")
        self.assertIn("Set only one of", mail_and_tasks(EMAIL_USE_TLS="true", EMAIL_USE_SSL="true"))

    def test_tasks_backend_chooses_where_tasks_run(self):
        self.assertEqual(
            mail_and_tasks(TASKS_BACKEND="immediate"),
            "True False django_tasks.backends.immediate.ImmediateBackend",
        )
        self.assertIn(
            "TASKS_BACKEND must be one of immediate, database", mail_and_tasks(TASKS_BACKEND="celery")
        )


class TrustedProxySettingsTests(SimpleTestCase):
    def test_trusted_proxies_are_read_as_networks(self):
        result = manage(
            "shell", "-c", "from django.conf import settings; print(settings.TRUSTED_PROXIES)",
            SECRET_KEY="x" * 50, TRUSTED_PROXIES="127.0.0.1, ::1,10.0.0.0/8",
        )  # fmt: skip
        self.assertEqual(
            result.stdout.strip().splitlines()[-1], "['127.0.0.1/32', '::1/128', '10.0.0.0/8']", result.stderr
        )

    def test_a_trusted_proxy_that_is_no_address_stops_the_start(self):
        result = manage("check", SECRET_KEY="x" * 50, TRUSTED_PROXIES="127.0.0.1,nginx")
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("'nginx' does not appear to be an IPv4 or IPv6 network", result.stderr)
