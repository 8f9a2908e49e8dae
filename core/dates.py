"""Bulgarian writes month names in lower case ("5 май 2025"), but Django's own catalogue
capitalises them. Naming Django's msgids here puts them in the project catalogue
(locale/bg, which LOCALE_PATHS puts first), where they are translated in lower case."""

from django.utils.translation import gettext_noop

MONTHS = [
    gettext_noop("January"),
    gettext_noop("February"),
    gettext_noop("March"),
    gettext_noop("April"),
    gettext_noop("May"),
    gettext_noop("June"),
    gettext_noop("July"),
    gettext_noop("August"),
    gettext_noop("September"),
    gettext_noop("October"),
    gettext_noop("November"),
    gettext_noop("December"),
]
