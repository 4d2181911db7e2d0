"""Production: hardening only. The environment must name the secret key and hosts."""

from .base import *  # noqa: F403
from .environment import read_bool, read_int, read_list, require

DEBUG = False
IS_PRODUCTION = True
# Two-factor for administrators and managers (units/two_factor.py).
REQUIRE_MFA = read_bool("REQUIRE_MFA", True)
SECRET_KEY = require("DJANGO_SECRET_KEY", "một khóa bí mật dài, ngẫu nhiên")
ALLOWED_HOSTS = read_list("DJANGO_ALLOWED_HOSTS", [])
if not ALLOWED_HOSTS:
    require("DJANGO_ALLOWED_HOSTS", "tên miền của máy chủ, cách nhau bởi dấu phẩy")

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = read_bool("DJANGO_SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = read_int("DJANGO_HSTS_SECONDS", 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
# Wagtail shows its page preview in a same-origin frame, so DENY would break editing.
X_FRAME_OPTIONS = "SAMEORIGIN"
SILENCED_SYSTEM_CHECKS = ["security.W019"]
SECURE_REFERRER_POLICY = "same-origin"
