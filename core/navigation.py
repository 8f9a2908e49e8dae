"""The links every page shows: the menu and the footer's help and privacy pages, kept with the
site's other parts (core/site_cache.py)."""

from .i18n import localized_pages
from .site_cache import link, remember


def menu(root, request=None):
    """The pages ticked “show in menus” under this home page, as links."""
    return remember(
        f"menu:{root.pk}", lambda: [link(page, request) for page in root.get_children().live().in_menu()]
    )


def home_links(root, request=None):
    """The home page's help and privacy pages in the reader's language, if live, as links:
    {"help": link or None, "privacy": link or None}."""

    def find():
        help_id, privacy_id = getattr(root, "help_page_id", None), getattr(root, "privacy_page_id", None)
        pages = localized_pages([help_id, privacy_id])
        return {
            name: link(pages[pk], request) if pk in pages else None
            for name, pk in (("help", help_id), ("privacy", privacy_id))
        }

    return remember(f"home-links:{root.pk}", find) if root is not None else {"help": None, "privacy": None}
