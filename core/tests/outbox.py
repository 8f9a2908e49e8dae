"""What the outbox's tests share: a mail server that never answers, and the task worker."""

from unittest import mock

from django.core.mail.backends.base import BaseEmailBackend
from django.utils import timezone
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
LOCMEM = "django.core.mail.backends.locmem.EmailBackend"
HUNG = "core.tests.outbox.HungServer"
REFUSING = "core.tests.outbox.RefusingServer"


class HungServer(BaseEmailBackend):
    """A mail server that never answers. It notes every attempt to reach it in `attempts` and
    then fails at once as if its timeout had run out: a test never waits."""

    attempts = []

    def open(self):
        HungServer.attempts.append("connect")
        raise TimeoutError("timed out")

    def send_messages(self, email_messages):
        self.open()


class RefusingServer(BaseEmailBackend):
    def send_messages(self, email_messages):
        raise ConnectionRefusedError("mail server down")


def run_worker():
    """Runs every task that is due, as `manage.py db_worker --batch` does (its Worker.run_task),
    without the worker's exclusive transaction, which SQLite cannot open inside a test's. Returns
    how many ran."""
    worker = Worker(
        queue_names=["*"], interval=0, batch=True, backend_name="default",
        startup_delay=False, max_tasks=None, worker_id="test-worker",
    )  # fmt: skip
    ran = 0
    while (due := DBTaskResult.objects.ready().get_locked()) is not None:
        due.claim(worker.worker_id)
        worker.run_task(due)
        ran += 1
    return ran


def in_a_while(delta):
    """The clock moved on by `delta` (the outbox and the task worker both read it)."""
    return mock.patch("django.utils.timezone.now", return_value=timezone.now() + delta)
