"""No defaults left open: every page goes through the network team's review, Wagtail's own groups
give nobody the whole site, and a centre's editors see, but cannot change, the facts about their
centre that only the network sets (operator, licence, funding, where it is, since when)."""

from decimal import Decimal
from io import StringIO

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import TestCase
from django.urls import reverse
from wagtail.models import GroupPagePermission, Page, Workflow
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from centers.groups import (
    NETWORK_ADMINS,
    NETWORK_EDITORS,
    REVIEW_WORKFLOW,
    WAGTAIL_DEFAULT_WORKFLOW,
    ensure_editor_group,
    setup_all,
)
from centers.models import CenterPage
from tests import builders
from tests.content import SiteContentTestCase


class LoadedSiteReviewTests(SiteContentTestCase):
    """On the site as `load_content` builds it, in both languages."""

    def test_every_live_page_goes_through_the_network_review(self):
        pages = Page.objects.live().exclude(depth=1).specific()
        self.assertGreater(pages.filter(locale__language_code="en").count(), 10)
        for page in pages:
            with self.subTest(page=page.url_path):
                self.assertEqual(page.get_workflow().name, REVIEW_WORKFLOW)

    def test_the_review_goes_to_the_network_teams_groups_and_they_may_publish(self):
        task = Workflow.objects.get(name=REVIEW_WORKFLOW).tasks.get().specific
        reviewers = set(task.groups.values_list("name", flat=True))
        self.assertEqual(reviewers, {NETWORK_EDITORS, NETWORK_ADMINS})
        root = Page.get_first_root_node()
        for name in reviewers:
            with self.subTest(group=name):
                self.assertTrue(
                    GroupPagePermission.objects.filter(
                        group__name=name, page=root, permission__codename="publish_page"
                    ).exists()
                )

    def test_wagtails_default_workflow_and_groups_are_gone(self):
        self.assertFalse(Workflow.objects.filter(name=WAGTAIL_DEFAULT_WORKFLOW, active=True).exists())
        self.assertFalse(Group.objects.filter(name__in=["Editors", "Moderators"]).exists())
        self.assertEqual(Workflow.objects.filter(active=True).count(), 1)


class WagtailDefaultGroupTests(TestCase):
    """Wagtail's migrations give "Editors" add and change on the whole tree."""

    @classmethod
    def setUpTestData(cls):
        cls.home = builders.build_site()["home"]
        cls.someone = get_user_model().objects.create_user("someone", password="x")
        Group.objects.get(name="Editors").user_set.add(cls.someone)  # before the network's set-up
        cls.output = StringIO()
        call_command("setup_editors", stdout=cls.output)

    def test_a_member_of_editors_cannot_edit_the_home_page(self):
        self.client.force_login(self.someone)
        edit = reverse("wagtailadmin_pages:edit", args=[self.home.pk])
        self.assertNotEqual(self.client.get(edit).status_code, 200)
        self.client.post(edit, {"title": "Чуждо заглавие", "slug": "home"})
        self.assertEqual(Page.objects.get(pk=self.home.pk).get_latest_revision_as_object().title, "Начало")

    def test_editors_is_kept_for_its_member_but_grants_nothing(self):
        editors = Group.objects.get(name="Editors")
        self.assertEqual(list(editors.user_set.all()), [self.someone])
        self.assertFalse(editors.permissions.exists())
        self.assertFalse(GroupPagePermission.objects.filter(group=editors).exists())
        self.assertFalse(editors.collection_permissions.exists())
        self.assertIn("Editors", self.output.getvalue())

    def test_the_empty_moderators_group_and_its_workflow_are_deleted(self):
        self.assertFalse(Group.objects.filter(name="Moderators").exists())
        self.assertFalse(Workflow.objects.filter(name=WAGTAIL_DEFAULT_WORKFLOW).exists())

    def test_setting_up_again_changes_nothing(self):
        before = GroupPagePermission.objects.count(), Group.objects.count(), Workflow.objects.count()
        setup_all()
        after = GroupPagePermission.objects.count(), Group.objects.count(), Workflow.objects.count()
        self.assertEqual(before, after)


class CentreFactsTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        tree = builders.build_site()
        cls.center = builders.add_center(
            tree["centers"], title="SOS ЦОП Перник", funding="donations", latitude=Decimal("42.60528")
        )
        setup_all()
        cls.partner = builders.operator(is_sos=False)
        User = get_user_model()
        cls.centre_editor = User.objects.create_user("pernik-editor", password="x")
        cls.centre_editor.groups.add(ensure_editor_group(cls.center))
        cls.network_editor = User.objects.create_user("network", password="x")
        cls.network_editor.groups.add(Group.objects.get(name=NETWORK_EDITORS))

    def edit_url(self):
        return reverse("wagtailadmin_pages:edit", args=[self.center.pk])

    def post_changes(self, user):
        """The edit form with a new summary and every network fact changed."""
        self.client.force_login(user)
        form = {
            "title": self.center.title,
            "slug": self.center.slug,
            "service_name": self.center.service_name,
            "summary": "Нов текст за центъра.",
            "operator": self.partner.pk,
            "town": self.center.town,
            "region": self.center.region,
            "latitude": "42.7",
            "longitude": "23.1",
            "opened_year": "2001",
            "opened_month": "3",
            "predecessor": "Друг център",
            "predecessor_year": "1999",
            "funding": "state-delegated",
            "funding_note": "Бележка",
            "licence": "Друг лиценз",
            "accepts_direct_requests": "on",
            "accepts_referrals": "on",
            "reach_figures": streamfield([]),
            "body": streamfield([]),
            "reach": inline_formset([]),
            "program_links": inline_formset([]),
        }
        response = self.client.post(self.edit_url(), nested_form_data(form))
        self.assertRedirects(response, self.edit_url(), fetch_redirect_response=False)  # saved, no errors
        return CenterPage.objects.get(pk=self.center.pk).get_latest_revision_as_object()

    def test_a_centre_editor_sees_the_facts_but_gets_no_field_for_them(self):
        self.client.force_login(self.centre_editor)
        response = self.client.get(self.edit_url())
        self.assertContains(response, 'name="summary"')
        for field in ("operator", "latitude", "funding", "licence", "opened_year", "predecessor"):
            with self.subTest(field=field):
                self.assertNotContains(response, f'name="{field}"')
        self.assertContains(response, self.center.operator.name)
        self.assertContains(response, "Само дарения, без публично финансиране")  # the funding, by name
        self.assertContains(response, "Това се променя само от екипа на мрежата")

    def test_a_network_editor_gets_the_fields(self):
        self.client.force_login(self.network_editor)
        response = self.client.get(self.edit_url())
        for field in ("operator", "latitude", "funding", "licence", "opened_year", "predecessor"):
            with self.subTest(field=field):
                self.assertContains(response, f'name="{field}"')

    def test_facts_a_centre_editor_posts_are_not_taken(self):
        draft = self.post_changes(self.centre_editor)
        self.assertEqual(draft.summary, "Нов текст за центъра.")  # their own text is saved
        self.assertEqual(draft.operator, self.center.operator)
        self.assertEqual((draft.funding, draft.licence, draft.funding_note), ("donations", "", ""))
        self.assertEqual((draft.latitude, draft.longitude), (Decimal("42.60528"), None))
        self.assertEqual((draft.opened_year, draft.opened_month), (None, None))
        self.assertEqual((draft.predecessor, draft.predecessor_year), ("", None))

    def test_a_network_editor_changes_the_facts(self):
        draft = self.post_changes(self.network_editor)
        self.assertEqual(draft.operator, self.partner)
        self.assertEqual((draft.funding, draft.licence), ("state-delegated", "Друг лиценз"))
        self.assertEqual((draft.latitude, draft.opened_year), (Decimal("42.7"), 2001))
