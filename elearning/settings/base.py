"""Settings shared by every environment; each value can come from the environment."""

from pathlib import Path

from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE
from django.utils.translation import gettext_lazy as _

from .environment import (
    env,
    read_bool,
    read_database,
    read_email,
    read_int,
    read_list,
    read_redis,
)

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = BASE_DIR / "var"
VAR_DIR.mkdir(exist_ok=True)
env.read_env(BASE_DIR / ".env")

SECRET_KEY = env.str("DJANGO_SECRET_KEY", default="dev-only-insecure-key-change-me")
DEBUG = read_bool("DJANGO_DEBUG", False)
ALLOWED_HOSTS = read_list("DJANGO_ALLOWED_HOSTS", ["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = read_list("DJANGO_CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    # The project's apps, lowest layer first (see README, "Where things are").
    "accounts.apps.AccountsConfig",
    "units.apps.UnitsConfig",
    "programmes.apps.ProgrammesConfig",
    "classes.apps.ClassesConfig",
    "partners.apps.PartnersConfig",
    "lecturers.apps.LecturersConfig",
    "quizzes.apps.QuizzesConfig",
    "situations.apps.SituationsConfig",
    "lessons.apps.LessonsConfig",
    "records.apps.RecordsConfig",
    "live.apps.LiveConfig",
    "standards.apps.StandardsConfig",
    "grassroots.apps.GrassrootsConfig",
    "home.apps.HomeConfig",
    # Jobs that run on their own: the top layer, it calls the services below.
    "jobs.apps.JobsConfig",
    "demo.apps.DemoConfig",
    # Loads each app's `rules.py`: the authorisation policy (see units/predicates.py).
    "rules.apps.AutodiscoverRulesConfig",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "units.apps.WagtailUsersConfig",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django_htmx",
    "channels",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "elearning.middleware.StaticFilesMiddleware",
    # Content-Security-Policy on every response but static files; the per-request
    # parts (the admins' relaxation, the live socket's address) just inside it.
    "csp.middleware.CSPMiddleware",
    "elearning.middleware.ContentSecurityPolicy",
    # Pages compressed too (static files come precompressed from WhiteNoise); CSRF
    # tokens are masked per response, which defeats BREACH.
    "django.middleware.gzip.GZipMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",
    "elearning.middleware.PersonalPages",
    "units.sessions.StaffIdleTimeout",
    # The login's second step (a code), then who must set one up (REQUIRE_MFA).
    "accounts.two_factor.middleware.TwoFactorStep",
    "units.two_factor.RequireTwoFactor",
    # A view's database error (it is out): a Vietnamese 503 "try again"
    # (elearning/outage.py; a middleware's is the handler500's).
    "elearning.outage.DatabaseOutage",
    "elearning.middleware.SyncChain",
]

ROOT_URLCONF = "elearning.urls"
WSGI_APPLICATION = "elearning.wsgi.application"
ASGI_APPLICATION = "elearning.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "elearning" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "wagtail.contrib.settings.context_processors.settings",
                "home.context_processors.notices",
            ],
        },
    },
]

DATABASES = {
    "default": read_database("DATABASE_URL", f"sqlite:///{VAR_DIR / 'db.sqlite3'}")
}
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
    # Closed connections go back to a pool shared by threads (elearning/sqlite/).
    DATABASES["default"]["ENGINE"] = "elearning.sqlite"
else:
    # 0 under ASGI: Django runs each request's sync code on a thread of its own, so
    # a kept connection outlives its thread and they pile up (bench/soak.py: 2
    # workers and 70 HTTP clients hit PostgreSQL's 100 connections in a minute).
    DATABASES["default"]["CONN_MAX_AGE"] = read_int("DATABASE_CONN_MAX_AGE", 0)
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Mail (absence warnings): printed to the console unless EMAIL_URL names a server.
vars().update(read_email("EMAIL_URL", "consolemail://"))
DEFAULT_FROM_EMAIL = env.str(
    "DEFAULT_FROM_EMAIL", default="Học tập chính trị <noreply@localhost>"
)
# Mail leaves outside the request (jobs/mail.py): stored as a task, sent by the jobs'
# worker through the backend EMAIL_URL names, tried again when the server fails.
JOBS_EMAIL_BACKEND = vars()["EMAIL_BACKEND"]
EMAIL_BACKEND = "jobs.mail.QueuedEmailBackend"
# Text messages (password reset codes): written to the log unless SMS_URL names a
# gateway's webhook (accounts/sms.py).
SMS_URL = env.str("SMS_URL", default="console://")
# Stored as a task and delivered by the jobs' worker, retried when the gateway
# fails (jobs/sms.py); "accounts.sms.deliver" sends in the request instead.
SMS_SENDER = env.str("SMS_SENDER", default="jobs.sms.send_later")

REDIS_URL = read_redis("REDIS_URL")
# redis-py's asyncio pool raises past its connection limit; a hall of 2,000 phones
# needs far more than the default.
REDIS_MAX_CONNECTIONS = read_int("REDIS_MAX_CONNECTIONS", 10000)
if REDIS_URL:
    CHANNEL_LAYERS = {
        "default": {
            "BACKEND": "channels_redis.pubsub.RedisPubSubChannelLayer",
            "CONFIG": {
                "hosts": [
                    {"address": REDIS_URL, "max_connections": REDIS_MAX_CONNECTIONS}
                ],
            },
        }
    }
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "elearning",
        }
    }
else:
    CHANNEL_LAYERS = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "rules.permissions.ObjectPermissionBackend",
    "accounts.backends.UsernameOrPhoneBackend",
]
_VALIDATORS = "django.contrib.auth.password_validation"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": f"{_VALIDATORS}.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "/"

# Failed logins are counted per account *and* address together: a stranger cannot
# lock the lecturer out before class, and a whole hall behind one NAT address is
# not locked out by one person. The lock lifts by itself after the cool-off.
AXES_FAILURE_LIMIT = read_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = read_int("AXES_COOLOFF_MINUTES", 15) / 60
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_USERNAME_CALLABLE = "accounts.backends.login_identity"
AXES_LOCKOUT_CALLABLE = "accounts.views.locked_out"
AXES_RESET_ON_SUCCESS = True
# Every failure kept (up to 1000 per account) for the superusers' lockout report.
AXES_ENABLE_ACCESS_FAILURE_LOG = True
AXES_IPWARE_PROXY_COUNT = read_int("AXES_PROXY_COUNT", 0)
# Live sessions: joins by name a network address may make in one session at once
# (refilled over 50 s; live/limits.py). A hall's phones often share one address.
LIVE_JOINS_PER_ADDRESS = read_int("LIVE_JOINS_PER_ADDRESS", 1000)
# Live sessions: bytes of events one socket may leave waiting in its server process
# (beyond the kernel's buffers) before the hub drops it (live/ws_protocol.py).
LIVE_SOCKET_BUFFER_BYTES = read_int("LIVE_SOCKET_BUFFER_BYTES", 1024 * 1024)
# Grassroots questions one person may send in a day (grassroots/services.py).
GRASSROOTS_QUESTIONS_PER_DAY = read_int("GRASSROOTS_QUESTIONS_PER_DAY", 5)
# A staff login (lecturers, editors, managers) ends after this long without use.
STAFF_IDLE_HOURS = read_int("STAFF_IDLE_HOURS", 8)
# Years an inactive account keeps its personal data before a manager may anonymise
# it (units/retention.py); results and credentials stay either way.
PERSONAL_DATA_RETENTION_YEARS = read_int("PERSONAL_DATA_RETENTION_YEARS", 5)
# People made in the admin start without a password: they set their own with an
# activation slip (classes/views/activation.py: person_slip).
WAGTAILUSERS_PASSWORD_REQUIRED = False
# Different accounts failing from one address within the window (spraying).
LOGIN_ACCOUNTS_PER_ADDRESS = read_int("LOGIN_ACCOUNTS_PER_ADDRESS", 30)
LOGIN_ACCOUNTS_WINDOW_MINUTES = read_int("LOGIN_ACCOUNTS_WINDOW_MINUTES", 15)
# Administrators and centre and province managers must log in with a code from an
# authenticator app (units/two_factor.py). On unless the settings module says
# (production: on; dev and test: off, so the demo accounts log in by password).
REQUIRE_MFA = read_bool("REQUIRE_MFA", True)
OTP_TOTP_ISSUER = "Học tập chính trị"

LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", _("Vietnamese"))]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
# The project's catalog, then the Vietnamese of Wagtail, Django and taggit
# (elearning/vendor_catalog.py): both win over every app's catalog, and the JavaScript
# catalogs (Wagtail's jsi18n) read them too; the first entry wins.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "vendor_locale"]
FORMAT_MODULE_PATH = ["elearning.formats"]

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "var" / "static"
STATICFILES_DIRS = [BASE_DIR / "elearning" / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
STORAGES = {
    # Django's, without the half-written file a full disk leaves (elearning/storage.py).
    "default": {"BACKEND": "elearning.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
WHITENOISE_MAX_AGE = 31536000
# Files browsers ask for at the root, such as /favicon.ico.
WHITENOISE_ROOT = BASE_DIR / "elearning" / "root"
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
# Any request's body, refused before it is read (elearning/body_limit.py); the
# admin's document and image uploads have their own, larger limits.
REQUEST_MAX_BYTES = read_int("REQUEST_MAX_MB", 12) * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

WAGTAIL_SITE_NAME = "Học tập chính trị"
WAGTAILADMIN_BASE_URL = env.str(
    "WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000"
)
WAGTAIL_I18N_ENABLED = False
# The admin's date pickers day first too (they would show 2026-03-02).
WAGTAIL_DATE_FORMAT = "%d/%m/%Y"
WAGTAIL_DATETIME_FORMAT = "%d/%m/%Y %H:%M"
WAGTAIL_TIME_FORMAT = "%H:%M"
WAGTAILADMIN_PERMITTED_LANGUAGES = [("vi", "Tiếng Việt")]
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
# Uploads (lessons): sizes capped; documents checked by their first bytes, never by
# name alone; no SVG anywhere, and documents go through Wagtail's serve view.
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILDOCS_MAX_UPLOAD_SIZE = read_int("WAGTAILDOCS_MAX_UPLOAD_MB", 200) * 1024 * 1024
WAGTAILDOCS_EXTENSIONS = [
    *("pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "odp"),
    *("txt", "mp3", "m4a", "ogg", "mp4", "webm"),
]
WAGTAILDOCS_DOCUMENT_FORM_BASE = "lessons.forms.CheckedDocumentForm"

# Content-Security-Policy: only the site's own scripts (an inline one needs
# nonce="{{ request.csp_nonce }}"), styles, images and connections; no inline style
# but the 500 page's <style> (its hash: tests/site/test_csp.py recomputes it); video
# embeds framed from CSP_FRAME_SOURCES only.
_VIDEO_SITES = [
    "https://www.youtube.com",
    "https://www.youtube-nocookie.com",
    "https://player.vimeo.com",
]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF, "'sha256-jHx4zWkCdi0DGU5xeAYstwDp0HwAG2svLUT8sFLk0cA='"],
        "img-src": [SELF, "data:", "blob:"],
        # + ws(s)://<this host>, per request (elearning/middleware.py).
        "connect-src": [SELF],
        "worker-src": [SELF],
        "frame-src": [SELF, *read_list("CSP_FRAME_SOURCES", _VIDEO_SITES)],
        "object-src": [NONE],
        "base-uri": [SELF],
        "frame-ancestors": [SELF],
        "form-action": [SELF],
    }
}
# What pages under a prefix replace in it (elearning/middleware.py; README, design
# notes). Wagtail's admin only: its listings, panels and date pickers write inline
# <script>s with per-page data, and its editor inserts <style> and <script> elements
# (measured in tests/browser/test_csp.py). The Django admin needs nothing.
CONTENT_SECURITY_POLICY_ADMIN = {
    "/admin/": {
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
    },
}
# The admin asks no third party: no avatars from gravatar.com, no check for a newer
# Wagtail at releases.wagtail.org (the policy would block both).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False

# Jobs that run on their own (jobs/; README, "Jobs that run on their own"): Django's
# Tasks framework, the django-tasks backport. Wagtail's own tasks still run at once
# (its default); the jobs go through the database backend, run by jobs/runner.py: in
# the web process unless JOBS_IN_PROCESS is off (then `manage.py run_jobs` runs them).
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "jobs": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}
JOBS_IN_PROCESS = read_bool("JOBS_IN_PROCESS", True)
# How often each process's scheduler looks for due jobs (and its worker for tasks).
JOBS_TICK_SECONDS = read_int("JOBS_TICK_SECONDS", 10)
# A failed job is tried again after this, then twice as long each time (up to 1 h).
JOBS_RETRY_SECONDS = read_int("JOBS_RETRY_SECONDS", 30)
# More parts of /healthz: name -> a function that answers True when that part is fine
# (the ground names them here and imports no app).
HEALTH_CHECKS = {"jobs": "jobs.health.scheduler_ran_recently"}

DEMO_PASSWORD = env.str("DEMO_PASSWORD", default="demo12345")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {
        "handlers": ["console"],
        "level": env.str("DJANGO_LOG_LEVEL", default="INFO"),
    },
    "loggers": {
        "axes": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
        "django_tasks_db": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
    },
}

# Production settings set this; commands that write demo data refuse to run then.
IS_PRODUCTION = False
