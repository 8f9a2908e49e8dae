"""The form flow's order, with a form of its own: the bot check before the rate limit, the rate
limit before validation, storing in one transaction, the notification after the commit."""

from django import forms
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.test import RequestFactory, TestCase, override_settings

from core.forms_flow import BOT, INVALID, LIMITED, STORED, submit
from core.protection import HONEYPOT, HoneypotMixin, count_submission

NAMES = ["Доброволци", "Спам", "я" * 51]  # Wagtail's own groups exist already


class GroupForm(HoneypotMixin, forms.Form):
    name = forms.CharField(max_length=50)


@override_settings(SUBMISSION_RATE_LIMIT=(1, 600))
class FormFlowTests(TestCase):
    def setUp(self):
        cache.clear()
        self.notified = []

    def submit(self, store=None, **data):
        request = RequestFactory().post("/", data)
        return submit(
            request,
            GroupForm(request.POST),
            scope="groups",
            store=store or (lambda form: Group.objects.create(name=form.cleaned_data["name"])),
            notify=self.notified.append,
            limited_message="Too many",
        )

    def test_a_valid_form_is_stored_counted_and_notified_after_the_commit(self):
        with self.captureOnCommitCallbacks() as callbacks:
            outcome = self.submit(name="Доброволци")
            self.assertEqual(self.notified, [])
        for callback in callbacks:
            callback()
        self.assertEqual((outcome.kind, outcome.thanked, outcome.status_code), (STORED, True, 200))
        self.assertEqual(self.notified, [Group.objects.get(name="Доброволци")])
        self.assertEqual(self.submit(name="Второ").kind, LIMITED)

    def test_a_bot_is_thanked_before_the_limit_is_asked_and_nothing_is_stored(self):
        count_submission(RequestFactory().post("/"), "groups")
        with self.captureOnCommitCallbacks(execute=True):
            outcome = self.submit(name="Спам", **{HONEYPOT: "http://spam.example"})
        self.assertEqual((outcome.kind, outcome.thanked, outcome.stored), (BOT, True, None))
        self.assertFalse(Group.objects.filter(name__in=NAMES).exists())
        self.assertEqual(self.notified, [])

    def test_over_the_limit_nothing_is_stored_and_the_form_shows_every_problem(self):
        count_submission(RequestFactory().post("/"), "groups")
        outcome = self.submit(name="я" * 51)
        self.assertEqual((outcome.kind, outcome.thanked, outcome.status_code), (LIMITED, False, 429))
        self.assertEqual(outcome.form.non_field_errors(), ["Too many"])
        self.assertIn("name", outcome.form.errors)
        self.assertFalse(Group.objects.filter(name__in=NAMES).exists())

    def test_a_refusal_while_storing_is_rolled_back_shown_on_the_form_and_not_counted(self):
        def store(form):
            Group.objects.create(name=form.cleaned_data["name"])
            raise ValidationError({"name": "Already there"})

        with self.captureOnCommitCallbacks(execute=True):
            outcome = self.submit(store=store, name="Доброволци")
        self.assertEqual((outcome.kind, outcome.status_code), (INVALID, 400))
        self.assertEqual(outcome.form.errors["name"], ["Already there"])
        self.assertFalse(Group.objects.filter(name__in=NAMES).exists())
        self.assertEqual(self.notified, [])
        with self.captureOnCommitCallbacks(execute=True):
            self.assertEqual(self.submit(name="Доброволци").kind, STORED)
