"""Editors add events in the admin: under a centre the event takes the centre as its place, and an
end before the start is refused on the form with the field named."""

from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, streamfield

from events.models import EventPage
from tests import builders


class EventAdminTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        tree = builders.build_site()
        cls.center = builders.add_center(tree["centers"])
        cls.index = builders.add_event_index(tree["home"])

    def setUp(self):
        self.login()

    def data(self, **fields):
        return nested_form_data(
            {
                "title": "Група за родители",
                "slug": "grupa",
                "summary": "Среща.",
                "body": streamfield([]),
                **fields,
            }
        )

    def test_an_event_added_under_a_centre_is_at_that_centre(self):
        self.assertCanCreate(self.center, EventPage, self.data(start_date="2026-07-01"))
        event = EventPage.objects.get(slug="grupa")
        self.assertEqual(event.center_id, self.center.pk)

    def test_an_end_before_the_start_is_refused_on_the_form(self):
        response = self.client.post(
            f"/admin/pages/add/events/eventpage/{self.index.pk}/",
            self.data(start_date="2026-07-10", end_date="2026-07-01"),
        )
        self.assertEqual(response.status_code, 200)
        self.assertIn("end_date", response.context["form"].errors)
        self.assertFalse(EventPage.objects.filter(slug="grupa").exists())
