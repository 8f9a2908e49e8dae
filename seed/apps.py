from django.apps import AppConfig


class SeedConfig(AppConfig):
    """The site's real content, in Bulgarian and English, and `load_content`, which builds it.
    It imports the feature apps; nothing imports it."""

    name = "seed"
    verbose_name = "Seed content"
