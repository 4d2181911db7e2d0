"""The test suite: fast hashing, files in a temporary folder, the rest as in base."""

import tempfile

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = tempfile.mkdtemp(prefix="elearning-test-media-")
STORAGES = {
    "default": {"BACKEND": "elearning.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_AUTOREFRESH = True
ALLOWED_HOSTS = ["*"]
# Tests that need two-factor required turn it on themselves.
REQUIRE_MFA = False
# No jobs runner in the suite's processes (tests/jobs starts servers that run one),
# so /healthz has no jobs part here; tests/site/test_health.py turns it on.
JOBS_IN_PROCESS = False
HEALTH_CHECKS = {}
# With no runner, mail is sent at once by the EMAIL_URL backend (the servers that
# tests start keep what they print, as before); tests/jobs/test_mail.py queues it.
EMAIL_BACKEND = JOBS_EMAIL_BACKEND  # noqa: F405
# Text messages likewise at once (tests/jobs/test_sms.py queues them).
SMS_SENDER = "accounts.sms.deliver"
