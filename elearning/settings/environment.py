"""Reading the environment: every malformed variable stops start-up with one line."""

from urllib.parse import urlsplit

import environ
from django.core.exceptions import ImproperlyConfigured

DATABASE_SCHEMES = {"sqlite", "postgres", "postgresql", "pgsql"}
EMAIL_SCHEMES = {"smtp", "smtps", "smtp+tls", "smtp+ssl", "consolemail", "filemail"}
REDIS_SCHEMES = {"redis", "rediss"}


class BadSetting(ImproperlyConfigured):
    """A variable of the environment that cannot be used; the message names it."""

    def __init__(self, name: str, value: str, expected: str):
        super().__init__(
            f"Biến môi trường {name} không hợp lệ ({value!r}): cần {expected}."
        )


env = environ.Env()


def require(name: str, expected: str) -> str:
    raw = env.str(name, default="")
    if not raw:
        raise BadSetting(name, raw, expected)
    return raw


def read_bool(name: str, default: bool) -> bool:
    raw = env.str(name, default="")
    if raw == "":
        return default
    if raw.lower() in {"1", "true", "yes", "on"}:
        return True
    if raw.lower() in {"0", "false", "no", "off"}:
        return False
    raise BadSetting(name, raw, "true hoặc false")


def read_int(name: str, default: int) -> int:
    raw = env.str(name, default="")
    if raw == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise BadSetting(name, raw, "một số nguyên") from None


def read_list(name: str, default: list[str]) -> list[str]:
    raw = env.str(name, default="")
    if raw == "":
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


def read_database(name: str, default: str) -> dict:
    raw = env.str(name, default="") or default
    scheme = urlsplit(raw).scheme
    if scheme not in DATABASE_SCHEMES:
        raise BadSetting(
            name, raw, "postgres://người_dùng@máy:cổng/tên hoặc sqlite:///đường_dẫn"
        )
    try:
        config = environ.Env.db_url_config(raw)
    except (ValueError, ImproperlyConfigured):
        raise BadSetting(name, raw, "một địa chỉ cơ sở dữ liệu hợp lệ") from None
    if not config.get("NAME"):
        raise BadSetting(name, raw, "tên cơ sở dữ liệu trong địa chỉ")
    return config


def read_redis(name: str) -> str:
    raw = env.str(name, default="")
    if raw and (
        urlsplit(raw).scheme not in REDIS_SCHEMES or not urlsplit(raw).hostname
    ):
        raise BadSetting(name, raw, "redis://máy:cổng/số")
    return raw


def read_email(name: str, default: str) -> dict:
    """EMAIL_BACKEND, EMAIL_HOST, … from one URL: smtp://user:password@host:587
    (smtp+tls, smtp+ssl), or consolemail:// to print mails."""
    raw = env.str(name, default="") or default
    if urlsplit(raw).scheme not in EMAIL_SCHEMES:
        raise BadSetting(name, raw, "smtp://người-dùng:mật-khẩu@máy:cổng")
    return environ.Env.email_url_config(raw)
