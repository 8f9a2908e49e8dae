"""What every test of the site starts from."""

import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: a rolled-back test leaves no page or part in it that
    its database no longer has (core/site_cache.py forgets them on changes, not on rollbacks)."""
    cache.clear()
