"""Settings shared by every environment; the environment supplies what differs."""

import ipaddress
import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parents[3]


def env_bool(name, default=False):
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "core",  # first: its templates override wagtail-localize's
    "home",
    "centers",
    "programs",
    "news",
    "events",  # issue 16: events with their calendars
    "declaration",
    "contact",
    "giving",
    "search",
    "seed",
    "wagtail_localize",
    "wagtail_2fa",  # before wagtail.admin: its login steps replace the admin's templates
    "django_otp",
    "django_otp.plugins.otp_totp",
    "wagtail_localize.locales",  # replaces wagtail.locales
    "wagtail.contrib.forms",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.frontend_cache",  # purges the front cache on publish (FRONTEND_CACHE_PURGE_URL)
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "axes",  # last: it listens to login failures of the apps above
]

MIDDLEWARE = [
    # First: answers /health/ for the process manager and the front server (core/health.py).
    "core.health.HealthCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Content-Security-Policy and Cross-Origin-Resource-Policy (core/headers.py); above WhiteNoise
    # so that static files carry them too.
    "core.headers.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # After WhiteNoise, which serves static files compressed ahead of time; before everything
    # that writes the body, so that it compresses the final page. Compressing costs about 1% of
    # rendering (0.3-0.6 ms for a 13-21 KB page), and a front server passes on what is already
    # compressed. Django pads each gzip body by a random length, against BREACH on the forms'
    # CSRF tokens (which it also masks anew in every response).
    "django.middleware.gzip.GZipMiddleware",
    # Above sessions, CSRF and messages: it must see the cookies and Vary they add.
    "core.middleware.PublicCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    # The request's Wagtail Site from the cache rather than a query (after CommonMiddleware's
    # ALLOWED_HOSTS check).
    "core.middleware.KnownSiteMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Asks admin users for their one-time code (when WAGTAIL_2FA_REQUIRED); wagtail-2fa's own,
    # but not reading the session of a visitor who has none.
    "core.middleware.SessionVerifyUserMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "sosbg.urls"
WSGI_APPLICATION = "sosbg.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "core.site_cache.context",
            ],
        },
    },
]

# --- Operating the site (issue 15): its address, the health probe, database timeouts ---

# The site's public root address. The default Wagtail Site takes its hostname and port from it
# after every migrate (and `manage.py configure_site`), and every absolute address the site gives
# (canonical, hreflang, sitemap, feeds, JSON-LD) starts with it, whatever host the visitor used.
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000")

# The process manager and the front server probe /health/ over plain HTTP: core/health.py answers
# it before SecurityMiddleware's redirect; exempt too in case the middleware order changes.
SECURE_REDIRECT_EXEMPT = [r"^health/$"]


def database_config(url, connect_timeout=3.0, statement_timeout=15.0, busy_timeout=5.0):
    """Django's DATABASES entry for `url`, with timeouts so that a database that is down or hung
    costs a request a few seconds and the site's own 500 page, not a worker for minutes.

    PostgreSQL: `connect_timeout` seconds to connect; unacknowledged data gives up after as long
    (a network that drops packets); a statement is cancelled by the server after
    `statement_timeout` seconds (0: never). SQLite: `busy_timeout` seconds waiting for a lock."""
    config = dj_database_url.parse(url, conn_max_age=60)
    options = config.setdefault("OPTIONS", {})
    if config["ENGINE"] == "django.db.backends.postgresql":
        options["connect_timeout"] = max(1, round(connect_timeout))  # libpq takes whole seconds
        options["tcp_user_timeout"] = round(connect_timeout * 1000)
        if statement_timeout:
            options["options"] = f"-c statement_timeout={round(statement_timeout * 1000)}"
    elif config["ENGINE"] == "django.db.backends.sqlite3":
        options["timeout"] = busy_timeout
    return config


# An SQLite file in the project unless DATABASE_URL names another database. The statement limit
# is for requests: manage.py (migrations, backups, the task worker) runs without one unless its
# environment sets DB_STATEMENT_TIMEOUT (manage.py). The admin shares the web's limit: its
# exports of messages and signatures take well under a second at this site's size.
DATABASES = {
    "default": database_config(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        connect_timeout=float(os.environ.get("DB_CONNECT_TIMEOUT", "3")),
        statement_timeout=float(os.environ.get("DB_STATEMENT_TIMEOUT", "15")),
        busy_timeout=float(os.environ.get("DB_BUSY_TIMEOUT", "5")),
    )
}

# --- end of Operating the site ---

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Bulgarian is the site's default language; English is the second. Every page exists under
# /bg/ and /en/ (i18n_patterns); "/" goes to the visitor's language (see sosbg/urls.py).
LANGUAGE_CODE = "bg"
LANGUAGES = [("bg", "Български"), ("en", "English")]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# A new translation starts as a draft even when its source is live: it is published after the
# network team's review (core/translation_permissions.py), never at once.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
LANGUAGE_COOKIE_AGE = 60 * 60 * 24 * 365
LANGUAGE_COOKIE_SAMESITE = "Lax"
# locale-admin/ completes the Bulgarian of the Wagtail and wagtail-localize admin (scripts/admin_locale.py);
# it is apart from locale/ because `makemessages --no-obsolete` would delete the admin strings there.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale-admin"]
TIME_ZONE = "Europe/Sofia"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Wagtail's editor can post many fields on a long center page.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Every e-mail goes through core.mail's outbox, sent by a task after the commit;
# OUTGOING_EMAIL_BACKEND is the real sender.
EMAIL_BACKEND = "core.mail.OutboxEmailBackend"
OUTGOING_EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "webmaster@localhost")
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)

WAGTAIL_SITE_NAME = _("SOS Community Support Centres")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", SITE_URL)  # the e-mails' admin links
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# No SVG: an SVG file can carry scripts, and Wagtail does not sanitise it.
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024  # bytes: a phone photo fits, a raw scan does not
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000  # width × height: bigger ones would exhaust memory when resized
WAGTAILIMAGES_IMAGE_FORM_BASE = "core.image_forms.ImageForm"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024  # bytes: a leaflet or a report, not a video
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# The editor may type or generate a Cyrillic slug; pages turn it into Latin by the official
# Bulgarian transliteration when saved (core/slugs.py), so URLs stay readable and shareable.
WAGTAIL_ALLOW_UNICODE_SLUGS = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
# A form whose security check failed gets the site's own page, with what was typed shown.
CSRF_FAILURE_VIEW = "core.views.csrf_failure"
FORMAT_MODULE_PATH = ["sosbg.formats"]
# Monday, for a language without a format module of its own (sosbg.formats sets it for bg and en).
FIRST_DAY_OF_WEEK = 1

# The rate limit's counters and the site's kept parts live in the cache: with several workers,
# share one (Redis). A Redis that refuses or hangs costs a page at most REDIS_TIMEOUT once, then
# the site goes on without it for REDIS_RETRY_AFTER seconds (core/cache.py).
if os.environ.get("REDIS_URL"):
    REDIS_TIMEOUT = float(os.environ.get("REDIS_TIMEOUT", "0.25"))
    CACHES = {
        "default": {
            "BACKEND": "core.cache.FailSoftRedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "OPTIONS": {
                "socket_connect_timeout": REDIS_TIMEOUT,
                "socket_timeout": REDIS_TIMEOUT,
                "retry_after": float(os.environ.get("REDIS_RETRY_AFTER", "10")),
            },
        }
    }

# How long a shared cache (front server, CDN) may keep a public page for anonymous visitors;
# 0 sends no Cache-Control: public (core/middleware.py says which responses qualify).
PUBLIC_CACHE_SECONDS = int(os.environ.get("PUBLIC_CACHE_SECONDS", "60"))

# --- The front cache (issue 15: the production stack, deploy/ and scripts/prod.py) ---
# How long a shared cache purged on publish may keep a public page without a query string
# (`s-maxage`); 0 sends none. Only with purging on (FRONTEND_CACHE_PURGE_URL): what a purge does
# not reach (a snippet, the footer settings) shows after at most this long.
PUBLIC_CACHE_SHARED_SECONDS = int(os.environ.get("PUBLIC_CACHE_SHARED_SECONDS", "0"))
# Where to send a PURGE for each address a publish changes (wagtail.contrib.frontend_cache), e.g.
# http://127.0.0.1:80 for the stack's nginx; empty: no purging (development, tests).
if os.environ.get("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE = {
        "front": {
            "BACKEND": "core.frontend_cache.NginxPurgeBackend",
            "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
        }
    }
# Each address is purged as it is: a page's English address has its own slug, so Wagtail's default
# (the same path under every language prefix) would purge addresses that do not exist.
WAGTAILFRONTENDCACHE_LANGUAGES = []
# --- end of the front cache ---
# How long a worker keeps what every page shows of the site (menu, footer: core/site_cache.py)
# when the cache is its own memory; a shared cache (REDIS_URL) forgets it at once on any change.
SITE_CACHE_SECONDS = int(os.environ.get("SITE_CACHE_SECONDS", "60"))

# Public forms: at most this many submissions per client address in this many seconds.
SUBMISSION_RATE_LIMIT = (
    int(os.environ.get("SUBMISSION_RATE_LIMIT_COUNT", "5")),
    int(os.environ.get("SUBMISSION_RATE_LIMIT_SECONDS", "600")),
)

# Contact messages are deleted this many days after they arrive (manage.py purge_submissions).
SUBMISSION_RETENTION_DAYS = int(os.environ.get("SUBMISSION_RETENTION_DAYS", "365"))
# Signatures of a declaration likewise (the same command). The sources set no period; a year, as
# for messages, unless the network decides to keep them until the declaration is handed over.
SIGNATURE_RETENTION_DAYS = int(os.environ.get("SIGNATURE_RETENTION_DAYS", "365"))
# Where a centre's messages are announced when neither its form nor its page gives an address.
CONTACT_FALLBACK_EMAIL = os.environ.get("CONTACT_FALLBACK_EMAIL", "")
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "10"))

# --- Tasks: where e-mails are sent from (core/mail.py) ---
# TASKS_BACKEND=immediate runs a task in the process that queues it, right after the commit (in
# the request: for development and tests); database stores it for the worker, `manage.py
# db_worker`, so no request waits on the mail server (production.py's default).
TASK_BACKENDS = {
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    "database": "django_tasks_db.DatabaseBackend",
}


def tasks_setting(default):
    name = os.environ.get("TASKS_BACKEND", default).strip().lower()
    if name not in TASK_BACKENDS:
        raise ImproperlyConfigured(f"TASKS_BACKEND must be one of {', '.join(TASK_BACKENDS)}, not {name!r}.")
    return {"default": {"BACKEND": TASK_BACKENDS[name]}}


INSTALLED_APPS += ["django_tasks", "django_tasks_db"]
TASKS = tasks_setting("immediate")
# --- end of tasks ---

# Admin logins: django-axes locks a username from an address after repeated failures, for an hour.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "axes_locked.html"

# Client addresses behind a proxy (core/protection.py, client_address): the front server's own
# addresses or networks, comma-separated (e.g. "127.0.0.1,::1" for nginx on the same host). Only
# from these is X-Forwarded-For believed; the rate limits and django-axes key on what it gives.
# Empty: every connection is the client itself. A value that is no address stops the start.
TRUSTED_PROXIES = [str(ipaddress.ip_network(proxy, strict=False)) for proxy in env_list("TRUSTED_PROXIES")]
AXES_CLIENT_IP_CALLABLE = "core.protection.client_address"

# The admin's password reset (core/password_reset.py): at most this many reset e-mails per client
# address, and per e-mail address asked for, in PASSWORD_RESET_LIMIT_SECONDS; past that the same
# "check your inbox" page, no e-mail, and a warning in the log.
WAGTAILADMIN_USER_PASSWORD_RESET_FORM = "core.password_reset.ThrottledPasswordResetForm"
PASSWORD_RESET_LIMIT_PER_ADDRESS = int(os.environ.get("PASSWORD_RESET_LIMIT_PER_ADDRESS", "5"))
PASSWORD_RESET_LIMIT_PER_EMAIL = int(os.environ.get("PASSWORD_RESET_LIMIT_PER_EMAIL", "3"))
PASSWORD_RESET_LIMIT_SECONDS = int(os.environ.get("PASSWORD_RESET_LIMIT_SECONDS", "3600"))
# An admin session ends after a working day, and when the browser closes.
SESSION_COOKIE_AGE = 60 * 60 * 8
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
# Two-factor sign-in to the admin (wagtail-2fa, TOTP apps such as FreeOTP or Google Authenticator):
# off for local development, on in production (see production.py).
WAGTAIL_2FA_REQUIRED = env_bool("ADMIN_2FA_REQUIRED", False)
WAGTAIL_2FA_OTP_TOTP_NAME = "SOS ЦОП"

# Security headers (core/headers.py). SecurityMiddleware adds, by Django's defaults,
# Cross-Origin-Opener-Policy and Referrer-Policy: same-origin and nosniff; production adds HSTS.
# The public site loads only its own scripts, styles, images and manifest: no inline script or
# style, no frame, font or plugin; it may not be framed, and its forms post only to itself.
# production.py adds upgrade-insecure-requests to the three policies.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'none'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'"],
        "manifest-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
# The admin (/admin/, /django-admin/), signed in: Wagtail 7.4 writes inline scripts (choosers,
# inline panels, date pickers) and inline styles, so both need 'unsafe-inline'; its previews are
# framed by the admin itself. Nothing else is needed (tests/browser/test_csp.py).
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    }
}
# The admin's pages for someone not signed in (sign-in, password reset) need no inline code.
SIGNED_OUT_ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
    }
}
# Wagtail's admin would load editors' pictures from Gravatar (sending a digest of their e-mail
# address) and ask releases.wagtail.org for new versions from each editor's browser: neither, so
# the admin's policy needs no other site. Updates reach the site through requirements.txt.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
