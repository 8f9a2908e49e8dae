"""The editor's handbook (docs/editors.md), rendered in the admin and opened from its Help menu."""

from pathlib import Path

import markdown
from django.conf import settings
from django.template.response import TemplateResponse
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

HANDBOOK = Path(settings.BASE_DIR) / "docs" / "editors.md"


def handbook_html():
    # The handbook is the project's own file, so its few HTML anchors (<a id="en">) are kept as written.
    return markdown.markdown(HANDBOOK.read_text(encoding="utf-8"), extensions=["tables", "fenced_code"])


def handbook_view(request):
    return TemplateResponse(
        request,
        "core/admin/handbook.html",
        {"page_title": _("Editor's handbook"), "handbook": mark_safe(handbook_html())},
    )
