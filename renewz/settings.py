"""
Settings for RENEWZ CMS.

One module for every environment: each knob is read from an environment variable
with a safe default (see the table in README.md). The embedded default runs on an
SQLite file under var/ and a local-memory cache; production sets DATABASE_URL.
"""
import os
import re
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE
from django.core.exceptions import ImproperlyConfigured
from django_prose_editor.config import html_tags
from js_asset import static_lazy

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("RENEWZ_VAR_DIR", BASE_DIR / "var"))


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DJANGO_DEBUG")

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY is not set. Set it to a long random string "
            "(e.g. `python -c 'import secrets; print(secrets.token_urlsafe(50))'`), "
            "or set DJANGO_DEBUG=1 for local development."
        )
    SECRET_KEY = "insecure-development-key-only-used-with-DJANGO_DEBUG"

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "renewz.apps.AdminConfig",  # django.contrib.admin, with the two-factor login (renewz/admin_site.py)
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "taggit",
    "django_prose_editor",
    "adminsortable2",  # drag-and-drop order of bylines and „Lesen Sie auch“ links
    "reversion",
    "renewz.apps.RenewzConfig",
    "images",  # the media library („Bilder“)
    "articles",
    "tickers",
    "pages",
    "readership",
]

MIDDLEWARE = [
    # Outermost: every answer, page-cache hits too, tells the nginx front how long it may keep it.
    "renewz.microcache.MicrocacheExpiryMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Security headers outside the page cache: a cached page gets the same ones as a fresh one.
    "renewz.security.ContentSecurityPolicyMiddleware",
    "renewz.security.AdminContentSecurityPolicyMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.gzip.GZipMiddleware",
    # ETag and 304 answers are computed on the page as finally sent, cached or not.
    "django.middleware.http.ConditionalGetMiddleware",
    # Outside the page cache, so that articles read from it are counted too („Meistgelesen“).
    "readership.middleware.ArticleViewCountMiddleware",
    # Before sessions and auth: a cache hit costs no session, user or CSRF work.
    "renewz.pagecache.PageCacheMiddleware",
    # Inside the page cache (which keeps 200s only): old WordPress addresses answer 301.
    "articles.public.wordpress_redirects.WordPressRedirectMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "renewz.bad_input.RefuseNulBytesInAdminMiddleware",
    "renewz.pagecache.PrivateResponsesMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
]

ROOT_URLCONF = "renewz.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "pages.context_processors.site",
                "articles.public.context_processors.menu",
                "tickers.context_processors.ticker",
            ],
        },
    },
]

WSGI_APPLICATION = "renewz.wsgi.application"

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{VAR_DIR / 'renewz.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # Writers queue instead of failing with "database is locked" when two editors save at once.
    DATABASES["default"].setdefault("OPTIONS", {})["transaction_mode"] = "IMMEDIATE"
elif DATABASES["default"]["ENGINE"].endswith("postgresql"):
    # Parameters sent apart from the SQL, so that each page's queries keep the same text,
    # and psycopg prepares a query the second time a connection runs it: PostgreSQL then
    # stops planning it anew (about half a millisecond off each page in `make bench`).
    # Prepared statements live in the connection: a pooler in front must run in session mode.
    DATABASES["default"].setdefault("OPTIONS", {}).update(server_side_binding=True, prepare_threshold=2)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# ---------------------------------------------------------------- outages: PostgreSQL and Redis
# A database or Redis that hangs must cost a reader seconds at most, never a gunicorn worker
# (its timeout, 30 s, stays above these bounds). README „Production“ → „Outages“.
DATABASE_CONNECT_TIMEOUT = int(os.environ.get("DATABASE_CONNECT_TIMEOUT", "3"))
# statement_timeout on the server, and (web process only) the client's bound on every wait for
# it: the server cannot enforce its own timeout while it hangs (renewz.postgresql).
DATABASE_STATEMENT_TIMEOUT = float(os.environ.get("DATABASE_STATEMENT_TIMEOUT", "5"))
# After a failure, requests get the 503 page at once for this long; then one asks again.
DATABASE_RETRY_SECONDS = int(os.environ.get("DATABASE_RETRY_SECONDS", "10"))
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"]["ENGINE"] = "renewz.postgresql"
    DATABASES["default"]["OPTIONS"]["connect_timeout"] = DATABASE_CONNECT_TIMEOUT
# A dead or hung Redis costs one socket timeout per process per this many seconds (renewz.cache).
REDIS_RETRY_SECONDS = int(os.environ.get("REDIS_RETRY_SECONDS", "10"))
# ------------------------------------------------------------------------------------------------

# Local memory in the embedded default; Redis, shared by all app servers, in production.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "renewz.cache.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "renewz",
            # A Redis outage must cost a reader milliseconds, not seconds.
            "OPTIONS": {"socket_connect_timeout": 0.25, "socket_timeout": 0.25},
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "renewz",
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    }

# Rendered teaser cards, article pages and the menu, keyed by a fingerprint of what they
# show (articles.public.fragments): never stale, so each process keeps its own in local memory,
# also in production (no network round trip per fragment), and they survive publications
# elsewhere on the site. Django's {% cache %} tag uses this alias.
FRAGMENT_CACHE_ENABLED = env_bool("RENEWZ_FRAGMENT_CACHE", True)
CACHES["template_fragments"] = (
    {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "renewz-fragments",
        "TIMEOUT": 24 * 60 * 60,
        "OPTIONS": {"MAX_ENTRIES": 20000},
    }
    if FRAGMENT_CACHE_ENABLED
    else {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}
)

# Full-page cache for anonymous readers (renewz.pagecache) and HTTP caching for CDNs.
PAGE_CACHE_ENABLED = env_bool("RENEWZ_PAGE_CACHE", True)
PAGE_CACHE_SECONDS = int(os.environ.get("RENEWZ_PAGE_CACHE_SECONDS", "600"))
HTTP_CACHE_SECONDS = int(os.environ.get("RENEWZ_HTTP_CACHE_SECONDS", "60"))
HTTP_STALE_WHILE_REVALIDATE_SECONDS = int(os.environ.get("RENEWZ_HTTP_STALE_SECONDS", "30"))

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "de"
LANGUAGES = [("de", "Deutsch")]
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
# German for the admin strings Django and django-taggit leave untranslated (locale/de/).
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("DJANGO_STATIC_ROOT", VAR_DIR / "static"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("DJANGO_MEDIA_ROOT", VAR_DIR / "media"))
# Serving uploads from Django is for the embedded default only; production puts
# a web server or object storage in front of MEDIA_ROOT.
SERVE_MEDIA = env_bool("DJANGO_SERVE_MEDIA")
# Originals and renditions of library images (images.Image): answered only by articles.public.media
# under PRIVATE_MEDIA_URL, which checks who may see them; the web server never serves them by itself.
PRIVATE_MEDIA_ROOT = Path(os.environ.get("DJANGO_PRIVATE_MEDIA_ROOT", VAR_DIR / "private"))
PRIVATE_MEDIA_URL = "/bild/"
# Behind the nginx front (deploy/nginx/renewz.conf: /_bilddateien/): after those checks Django
# answers with X-Accel-Redirect to this internal prefix, and nginx sends the file from the same
# PRIVATE_MEDIA_ROOT. Empty: Django streams it (the embedded default; always from object storage).
PRIVATE_MEDIA_ACCEL_REDIRECT = os.environ.get("RENEWZ_PRIVATE_MEDIA_ACCEL_REDIRECT", "").strip()
if PRIVATE_MEDIA_ACCEL_REDIRECT and not re.fullmatch(r"/(?:[^/?#]+/)+", PRIVATE_MEDIA_ACCEL_REDIRECT):
    raise ImproperlyConfigured("RENEWZ_PRIVATE_MEDIA_ACCEL_REDIRECT must start and end with /, e.g. /_bilddateien/.")

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Library images, their renditions and WordPress exports (images.renditions.private_storage).
    "private": {"BACKEND": "images.renditions.PrivateStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Uploads: hero images and author photos.
IMAGE_UPLOAD_MAX_BYTES = int(os.environ.get("RENEWZ_IMAGE_MAX_BYTES", 10 * 1024 * 1024))
IMAGE_UPLOAD_MAX_PIXELS = int(os.environ.get("RENEWZ_IMAGE_MAX_PIXELS", 40_000_000))
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# --- HTTPS and security headers (README "Production") -------------------------------
# Behind HTTPS (production), cookies are sent over TLS only, plain-HTTP requests are
# redirected and browsers are told to stay on HTTPS, subdomains included. Off by default
# because the embedded default serves plain HTTP.
HTTPS = env_bool("DJANGO_HTTPS")
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = HTTPS
SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365 if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
# Also when the proxy redirects already: a request that reaches Django over plain HTTP
# (a misconfigured proxy, a direct connection) never gets a page.
SECURE_SSL_REDIRECT = env_bool("DJANGO_SSL_REDIRECT", HTTPS)
# The header by which the TLS proxy says a request came over HTTPS: "Name" (value https)
# or "Name: value"; "off" trusts none (TLS ends in gunicorn). The proxy must overwrite it
# on every request, or a client could claim HTTPS.
PROXY_SSL_HEADER = os.environ.get("DJANGO_PROXY_SSL_HEADER", "").strip() or ("X-Forwarded-Proto" if HTTPS else "off")
if PROXY_SSL_HEADER.lower() != "off":
    _name, _, _value = PROXY_SSL_HEADER.partition(":")
    SECURE_PROXY_SSL_HEADER = ("HTTP_" + _name.strip().upper().replace("-", "_"), _value.strip() or "https")
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"

# Content-Security-Policy (django-csp). Public pages run only our own script files (no
# inline script, no nonce: the page cache serves one copy to everyone); JSON-LD blocks are
# data, which CSP does not apply to. Nothing may frame a page, and nothing from elsewhere loads.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        # The hash is the inline style of templates/500.html, which must work when nothing
        # else does (no static files); tests/renewz/test_security.py checks that it matches.
        "style-src": [SELF, "'sha256-SbtZZC1d+pIPa3FqVq954gwkG0sQv93eIhNDg9Pa18A='"],
        "img-src": [SELF],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}
# What the admin needs on top (renewz.security): the prose editor's import map is an inline
# script, allowed by the request's nonce; its Tiptap core injects a stylesheet without one,
# and the admin's image previews carry style attributes, so styles there may be inline.
ADMIN_CONTENT_SECURITY_POLICY_REPLACE = {
    "script-src": [SELF, NONCE],
    "style-src": [SELF, UNSAFE_INLINE],
}

# Permissions-Policy (django-permissions-policy): the site uses none of these browser
# features, so no page, and nothing injected into one, may ask for them. Copying a link
# (clipboard-write) stays allowed for the site itself, as by default.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer", "autoplay", "camera", "display-capture", "encrypted-media",
        "geolocation", "gyroscope", "magnetometer", "microphone", "midi", "payment",
        "publickey-credentials-get", "screen-wake-lock", "usb", "xr-spatial-tracking",
        "browsing-topics",
    )
}
# --- end of HTTPS and security headers -----------------------------------------------

# Site identity, shown in the header and in page titles: the defaults of the site settings,
# which the Administration edits (pages.models.SiteSettings; read SiteSettings.current()).
SITE_NAME = "RENEWZ.de"
SITE_TAGLINE = "Finde, was zählt. Immer informiert"
ARTICLES_PER_PAGE = 12
# Listings go this many pages deep (12 × 50 = 600 articles); older ones are found by
# search, feeds and sitemaps. Keeps every listing page's cost flat as the archive grows.
LISTING_MAX_PAGES = int(os.environ.get("RENEWZ_LISTING_MAX_PAGES", "50"))

# „Meistgelesen“ (readership.counting): article views are buffered in the cache and written to
# the database once per window of this many seconds; a restart loses at most one window.
VIEW_FLUSH_SECONDS = int(os.environ.get("RENEWZ_VIEW_FLUSH_SECONDS", "60"))
if VIEW_FLUSH_SECONDS <= 0 or 3600 % VIEW_FLUSH_SECONDS:
    raise ImproperlyConfigured("RENEWZ_VIEW_FLUSH_SECONDS must divide an hour (3600 seconds), e.g. 60 or 300.")

# Crypto ticker: a CoinGecko-style simple/price API.
TICKER_API_URL = os.environ.get("TICKER_API_URL", "https://api.coingecko.com/api/v3")
TICKER_API_KEY = os.environ.get("TICKER_API_KEY", "")
TICKER_API_TIMEOUT = min(float(os.environ.get("TICKER_API_TIMEOUT", "5")), 5.0)
TICKER_STALE_AFTER_MINUTES = int(os.environ.get("TICKER_STALE_AFTER_MINUTES", "15"))
# The whole refresh ends by then, however slowly the API answers: a refresh run every minute
# must be over before the next one starts (which is refused while one runs: TICKER_LOCK_FILE).
TICKER_REFRESH_DEADLINE = min(float(os.environ.get("TICKER_REFRESH_DEADLINE", "20")), 50.0)
TICKER_LOCK_FILE = Path(os.environ.get("TICKER_LOCK_FILE", VAR_DIR / "refresh_tickers.lock"))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "INFO")},
    "loggers": {"django.db.backends": {"level": "INFO"}},
}

# Share-preview links for people without an account: hours until a new link expires.
PREVIEW_LINK_HOURS = int(os.environ.get("RENEWZ_PREVIEW_LINK_HOURS", "48"))

# ----------------------------------------------------------------- login protection
# django-axes throttles the admin login (README „Production“, „Rollen“). All of it
# is in this block, apart from the rest of the settings, which other changes edit.
INSTALLED_APPS += ["renewz.apps.LoginProtectionConfig"]  # django-axes, named in German
# Last, so that it sees the response of a refused login and turns it into the lockout page.
MIDDLEWARE += ["axes.middleware.AxesMiddleware"]
AUTHENTICATION_BACKENDS = [
    # First: refuses a locked-out account or address before any password is checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Attempts are rows in the shared database, not cache entries: every app server counts the
# same failures, a Redis outage (which our cache answers with silent misses) cannot switch the
# protection off, and the Administration lifts a lockout by deleting its row in the admin.
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
# Separately per account and per address: guessing one password from many addresses locks the
# account; trying many accounts from one address locks the address.
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_FAILURE_LIMIT = int(os.environ.get("RENEWZ_LOGIN_FAILURE_LIMIT", "10"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("RENEWZ_LOGIN_LOCKOUT_MINUTES", "30")))
# Every attempt while locked starts the wait anew, so a script never gets through.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = True
# A successful login forgets the failures of its account and its address, so that typos do not
# add up over a working day.
AXES_RESET_ON_SUCCESS = True
AXES_ENABLE_ACCESS_FAILURE_LOG = True
AXES_LOCKOUT_CALLABLE = "renewz.login_protection.lockout_response"
# Behind a reverse proxy the peer address is the proxy's: RENEWZ_CLIENT_IP_HEADER names the header
# in which the proxy sets the client's address (e.g. X-Real-IP). The proxy must overwrite it, since
# clients can send it too; without a proxy it stays unset and no header is believed. Only the
# one source counts: falling back to the peer address would let requests without the header
# land in a different count.
CLIENT_IP_HEADER = os.environ.get("RENEWZ_CLIENT_IP_HEADER", "").strip()
AXES_IPWARE_META_PRECEDENCE_ORDER = (
    ("HTTP_" + CLIENT_IP_HEADER.upper().replace("-", "_"),) if CLIENT_IP_HEADER else ("REMOTE_ADDR",)
)

# ----------------------------------------------------------------- two-factor login
# Optional codes from an authenticator app at the admin login (django-otp, TOTP;
# renewz/two_factor.py, README „Zwei-Faktor-Anmeldung“). The admin site itself is set above.
INSTALLED_APPS += ["django_otp", "django_otp.plugins.otp_totp"]
# The account's name in the app: "RENEWZ.de: redakteur".
OTP_TOTP_ISSUER = SITE_NAME
# A wrong code is a failed login for django-axes, which locks account and address after
# RENEWZ_LOGIN_FAILURE_LIMIT of them. django-otp's own back-off per app (1, 2, 4 … seconds after
# each wrong code) would be a second lock that the Administration can neither see nor lift.
OTP_TOTP_THROTTLE_FACTOR = 0
# django-otp's own admin of the apps is not used (renewz/admin.py); should it ever show, never
# with the secrets.
OTP_ADMIN_HIDE_SENSITIVE_DATA = True

# ----------------------------------------------------------------- shared media: object storage
# Local folders (MEDIA_ROOT, PRIVATE_MEDIA_ROOT) in the embedded default; with
# RENEWZ_MEDIA_STORAGE=s3 every upload and rendition goes to S3-compatible object storage
# (django-storages, boto3), which all app servers share. README „Production“ → „Shared media“.
MEDIA_STORAGE = os.environ.get("RENEWZ_MEDIA_STORAGE", "local").strip().lower() or "local"


def s3_storages(environ):
    """The STORAGES entries for S3-compatible object storage, from environment variables.

    Public uploads (author photos) live under `media/` of AWS_STORAGE_BUCKET_NAME and are read
    straight from the bucket (or AWS_S3_CUSTOM_DOMAIN in front of it): a bucket policy, or
    RENEWZ_S3_PUBLIC_ACL=public-read, makes that prefix readable. Library images (originals and renditions)
    live under `private/` of RENEWZ_S3_PRIVATE_BUCKET (default: the same bucket) and are never
    readable there: Django serves them (articles.public.media), since whether a reader may see
    one changes without a write when a scheduled article goes live. Access keys are not read
    here: boto3 takes AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (or a role) from the environment.
    """
    bucket = environ.get("AWS_STORAGE_BUCKET_NAME", "").strip()
    if not bucket:
        raise ImproperlyConfigured("RENEWZ_MEDIA_STORAGE=s3 needs AWS_STORAGE_BUCKET_NAME (the bucket of the uploads).")
    common = {
        "endpoint_url": environ.get("AWS_S3_ENDPOINT_URL", "").strip() or None,
        "region_name": environ.get("AWS_S3_REGION_NAME", "").strip() or None,
        "signature_version": "s3v4",
        "addressing_style": environ.get("AWS_S3_ADDRESSING_STYLE", "").strip() or None,  # "path" for many S3-compatibles
        # Names stay unique as on disk: a second upload never replaces another's file.
        "file_overwrite": False,
    }
    public_acl = environ.get("RENEWZ_S3_PUBLIC_ACL", "").strip() or None
    return {
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                **common,
                "bucket_name": bucket,
                "location": environ.get("RENEWZ_S3_MEDIA_PREFIX", "media").strip("/"),
                "default_acl": public_acl,
                "querystring_auth": False,
                "custom_domain": environ.get("AWS_S3_CUSTOM_DOMAIN", "").strip() or None,
                "url_protocol": environ.get("AWS_S3_URL_PROTOCOL", "https:").strip(),
            },
        },
        "private": {
            "BACKEND": "images.renditions.PrivateS3Storage",
            "OPTIONS": {
                **common,
                "bucket_name": environ.get("RENEWZ_S3_PRIVATE_BUCKET", "").strip() or bucket,
                "location": environ.get("RENEWZ_S3_PRIVATE_PREFIX", "private").strip("/"),
                "default_acl": None,  # never public-read, whatever the bucket's default
            },
        },
    }


def s3_media_origin(environ):
    """Where readers' browsers load public uploads from in object storage, for the CSP's img-src."""
    if domain := environ.get("AWS_S3_CUSTOM_DOMAIN", "").strip():
        return f"{environ.get('AWS_S3_URL_PROTOCOL', 'https:').strip()}//{domain}"
    if endpoint := environ.get("AWS_S3_ENDPOINT_URL", "").strip():
        scheme, _, rest = endpoint.partition("://")
        return f"{scheme}://{rest.split('/')[0]}"
    return "https://*.amazonaws.com"


if MEDIA_STORAGE == "s3":
    STORAGES.update(s3_storages(os.environ))
    CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"] = [SELF, s3_media_origin(os.environ)]
elif MEDIA_STORAGE != "local":
    raise ImproperlyConfigured(f"RENEWZ_MEDIA_STORAGE must be 'local' or 's3', not {MEDIA_STORAGE!r}.")

# ----------------------------------------------------------------- health and metrics
# /health/ (renewz.health) for load balancers; /metrics (renewz.metrics) for Prometheus, counted
# outermost: a page-cache hit is counted too, with its status and latency.
MIDDLEWARE = ["renewz.metrics.RequestMetricsMiddleware", *MIDDLEWARE]
# Who may read /metrics: a bearer token, or addresses and networks (e.g. "10.0.0.5,10.1.0.0/16").
METRICS_TOKEN = os.environ.get("RENEWZ_METRICS_TOKEN", "").strip()
METRICS_ALLOWED_IPS = env_list("RENEWZ_METRICS_ALLOWED_IPS")

# ----------------------------------------------------------------- embeds (articles.embeds)
# Videos, posts, charts and podcasts in a body. Readers see a local placeholder; the provider's
# player loads only after a click (static/js/embeds.js), so frame-src lists the players, and no
# script of theirs ever runs in our pages. All of it is in this block.
# Mastodon has no one host: these instances' posts become embeds, others stay links.
EMBED_MASTODON_HOSTS = env_list(
    "RENEWZ_EMBED_MASTODON_HOSTS", "mastodon.social,social.bund.de,chaos.social,mastodon.online,troet.cafe,norden.social"
)
CONTENT_SECURITY_POLICY["DIRECTIVES"]["frame-src"] = [
    SELF,
    "https://www.youtube-nocookie.com", "https://player.vimeo.com", "https://platform.twitter.com",
    "https://www.instagram.com", "https://embed.bsky.app", "https://www.tiktok.com",
    "https://datawrapper.dwcdn.net", "https://open.spotify.com", "https://embed.podcasts.apple.com",
    "https://*.podigee.io",
    *(f"https://{host}" for host in EMBED_MASTODON_HOSTS),
]
# Title and thumbnail come from the provider's oEmbed when an article is saved in the admin
# (articles.oembed): each request may take OEMBED_TIMEOUT seconds, all of one save together
# OEMBED_BUDGET_SECONDS. RENEWZ_OEMBED_BASE_URL sends every oEmbed request to <base>/<provider>
# instead (the tests' local server).
OEMBED_TIMEOUT = min(float(os.environ.get("RENEWZ_OEMBED_TIMEOUT", "3")), 10.0)
OEMBED_BUDGET_SECONDS = min(float(os.environ.get("RENEWZ_OEMBED_BUDGET_SECONDS", "8")), 30.0)
OEMBED_BASE_URL = os.environ.get("RENEWZ_OEMBED_BASE_URL", "").strip().rstrip("/")
# The body editor's „Einbettung einfügen“ (a django-prose-editor extension).
DJANGO_PROSE_EDITOR_EXTENSIONS = [
    {
        "js": [static_lazy("admin_extra/prose_embed.js")],
        "extensions": {"Embed": html_tags(["figure", "a"], {"figure": ["class", "data-provider", "data-url", "data-title", "data-thumbnail"]})},
    },
]
# --- end of embeds ---------------------------------------------------------------------
