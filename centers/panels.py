"""The facts about a centre that only the network changes: shown to a centre's editors, not open to them."""

from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

CHANGE_CENTRE_FACTS = "centers.change_center_facts"
NOT_YOURS_TO_CHANGE = _("Only the network team changes this; write to them if it is wrong.")


class NetworkFactPanel(FieldPanel):
    """A field that users without `centers.change_center_facts` see read-only.

    The permission takes the field out of the form for them (Wagtail's `FieldPanel(permission=…)`),
    so a value they post is ignored; unlike a plain `permission`, the value is still shown."""

    def __init__(self, field_name, **kwargs):
        kwargs.setdefault("permission", CHANGE_CENTRE_FACTS)
        super().__init__(field_name, **kwargs)

    def format_value_for_display(self, value):
        if isinstance(value, bool):
            return _("Yes") if value else _("No")
        if value in (None, ""):
            return "—"
        return super().format_value_for_display(value)

    class BoundPanel(FieldPanel.BoundPanel):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            if self.form is not None and self.bound_field is None:
                self.read_only = True
                self.heading = self.panel.heading or capfirst(self.panel.db_field.verbose_name)
                self.help_text = NOT_YOURS_TO_CHANGE

        def is_shown(self):
            return self.read_only or super().is_shown()
