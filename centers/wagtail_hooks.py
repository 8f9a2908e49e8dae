from django.urls import reverse
from wagtail import hooks

from core.frontend_cache import FRONT_CACHE_PURGE_HOOK, site_url

from .models import CenterPage
from .views import settlement_chooser_viewset

# The open data (centers/opendata.py) lists every centre in every language.
OPEN_DATA_URL_NAMES = ("centres_geojson", "centres_csv", "centres_api")


@hooks.register("register_admin_viewset")
def register_settlement_chooser():
    # Registering it makes every ForeignKey to Settlement in the admin use this chooser.
    return settlement_chooser_viewset


@hooks.register(FRONT_CACHE_PURGE_HOOK)
def open_data_that_shows(page, batch):
    """A centre's publish or unpublish changes the open data files."""
    if isinstance(page, CenterPage):
        for name in OPEN_DATA_URL_NAMES:
            url = site_url(page, reverse(name))
            if url:
                batch.add_url(url)
