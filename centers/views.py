"""The admin's settlement chooser: a centre's reach names a settlement from the register by
searching for it, in Cyrillic or Latin, rather than scrolling a list of 5,000 names."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.chooser import ChooseResultsView, ChooseView
from wagtail.admin.viewsets.chooser import ChooserViewSet

from .gazetteer import loose_key, search_key


class SettlementFilterForm(BaseFilterForm):
    q = forms.CharField(
        label=_("Name"),
        required=False,
        help_text=_("The first letters of the town or village, e.g. Деб or Deb."),
        widget=forms.TextInput(attrs={"placeholder": _("Town or village")}),
    )

    def filter(self, objects):
        objects = super().filter(objects)
        typed = self.cleaned_data.get("q", "").strip()
        if typed:
            objects = objects.filter(search_key__startswith=search_key(typed)) | objects.filter(
                loose_key__startswith=loose_key(typed)
            )
            self.is_searching = True
            self.search_query = typed
        return objects


class SettlementChooseMixin:
    filter_form_class = SettlementFilterForm

    def get_object_list(self):
        return super().get_object_list().select_related("municipality")

    @property
    def columns(self):
        return [
            self.title_column,
            Column("municipality", label=_("Municipality"), accessor=lambda s: s.municipality.name),
            Column("region", label=_("Region"), accessor=lambda s: s.municipality.get_region_display()),
        ]


class SettlementChooseView(SettlementChooseMixin, ChooseView):
    pass


class SettlementChooseResultsView(SettlementChooseMixin, ChooseResultsView):
    pass


class SettlementChooserViewSet(ChooserViewSet):
    model = "centers.Settlement"
    icon = "site"
    choose_one_text = _("Choose a town or village")
    choose_another_text = _("Choose another town or village")
    choose_view_class = SettlementChooseView
    choose_results_view_class = SettlementChooseResultsView


settlement_chooser_viewset = SettlementChooserViewSet("settlement_chooser")
