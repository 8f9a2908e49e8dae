"""Helpers shared by the browser tests: which page to open, and what axe-core says about it."""

import pytest
from axe_playwright_python.sync_playwright import Axe

# The two widths every page is checked at: a common phone and a laptop.
PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 900}
WIDTHS = {"375": PHONE, "1280": DESKTOP}
# WCAG 2.0 and 2.1, levels A and AA: the rules the issue asks for, none switched off.
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
_axe = Axe()


def sample_url(model_label, language):
    """The first live page of a page type in a language, as load_content builds it."""
    from django.apps import apps
    from wagtail.models import Locale

    model = apps.get_model(model_label)
    locale = Locale.objects.get(language_code=language)
    page = model.objects.live().filter(locale=locale).order_by("path").first()
    if page is None:
        pytest.fail(f"The content has no live {model_label} in {language}.")
    return page.url


def accessibility_violations(page):
    """axe-core's WCAG A/AA violations on the page as it is now, one readable line each."""
    results = _axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']} — "
        + "; ".join(
            node["target"][0] if len(node["target"]) == 1 else str(node["target"])
            for node in violation["nodes"][:5]
        )
        for violation in results.response["violations"]
    ]
