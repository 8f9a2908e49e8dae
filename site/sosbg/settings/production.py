import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import (
    ADMIN_CONTENT_SECURITY_POLICY,
    CONTENT_SECURITY_POLICY,
    SIGNED_OUT_ADMIN_CONTENT_SECURITY_POLICY,
    env_bool,
    tasks_setting,
)

try:
    SECRET_KEY = os.environ["SECRET_KEY"]
except KeyError:
    raise ImproperlyConfigured("Set SECRET_KEY in the environment.") from None

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", default=True)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", default=True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
X_FRAME_OPTIONS = "DENY"
LANGUAGE_COOKIE_SECURE = True
# Who reads messages about children signs in with a second factor.
WAGTAIL_2FA_REQUIRED = env_bool("ADMIN_2FA_REQUIRED", default=True)

# --- E-mail and tasks: sent by the worker, over TLS ---
# No request sends mail: tasks go to the database for `manage.py db_worker` (TASKS_BACKEND=immediate
# turns that off). Mail goes to the server over TLS: STARTTLS unless EMAIL_USE_SSL asks for
# implicit TLS (port 465); EMAIL_USE_TLS=false turns it off, for a relay on the same host.
TASKS = tasks_setting("database")
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", default=not EMAIL_USE_SSL)
if EMAIL_USE_SSL and EMAIL_USE_TLS:
    raise ImproperlyConfigured("Set only one of EMAIL_USE_TLS (STARTTLS) and EMAIL_USE_SSL (implicit TLS).")
# --- end of e-mail and tasks ---

# Security headers (core/headers.py): over HTTPS, whatever a page names is fetched over HTTPS.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {**CONTENT_SECURITY_POLICY["DIRECTIVES"], "upgrade-insecure-requests": True}
}
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {**ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"], "upgrade-insecure-requests": True}
}
SIGNED_OUT_ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **SIGNED_OUT_ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "upgrade-insecure-requests": True,
    }
}
