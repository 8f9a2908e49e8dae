from django.core.exceptions import ValidationError
from django.test import TestCase

from programs.models import ProgramPage
from tests import builders


class ProgramRulesTests(TestCase):
    def test_oldest_age_cannot_be_below_youngest(self):
        program = ProgramPage(title="Лятно училище", slug="lyatno", summary="…", min_age=7, max_age=5)
        with self.assertRaises(ValidationError) as raised:
            program.full_clean()
        self.assertIn("max_age", raised.exception.message_dict)

    def test_formats_are_named_in_bulgarian(self):
        tree = builders.build_site()
        program = builders.add_program(tree["programs"], group_work=True, community_work=True)
        response = self.client.get(program.url)
        self.assertContains(response, "групова, общностна")

    def test_program_index_lists_live_programs(self):
        tree = builders.build_site()
        live = builders.add_program(tree["programs"], title="Ритъм карти „Дъга“")
        draft = builders.add_program(tree["programs"], title="Чернова")
        draft.unpublish()
        response = self.client.get(tree["programs"].url)
        self.assertEqual(list(response.context["programs"]), [live])
