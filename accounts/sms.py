"""Text messages to phones: one small interface, the backend named by SMS_URL.

- `console://` (the default) writes each message to the log, as `EMAIL_URL`'s
  console mail does, so a deployment without a gateway still works;
- `memory://` keeps them in `outbox` (tests);
- `https://…` (or `http://…`) posts `{"to": "+84…", "text": "…"}` as JSON to an SMS
  gateway's webhook, which is what most Vietnamese gateways (and their proxies)
  accept; a gateway of another shape adds a backend here.
"""

import json
import logging
import urllib.request
from urllib.parse import urlsplit

from django.conf import settings
from django.utils.module_loading import import_string

log = logging.getLogger(__name__)
outbox: list[dict] = []


class SmsError(RuntimeError):
    """The gateway did not take the message."""


def _console(phone: str, text: str, url) -> None:
    log.warning("SMS to %s: %s", phone, text)


def _memory(phone: str, text: str, url) -> None:
    outbox.append({"to": phone, "text": text})


def _webhook(phone: str, text: str, url) -> None:
    body = json.dumps({"to": phone, "text": text}).encode()
    request = urllib.request.Request(
        url.geturl(), data=body, headers={"Content-Type": "application/json"}
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            if response.status >= 300:
                raise SmsError(f"gateway answered {response.status}")
    except OSError as error:
        raise SmsError(str(error)) from error


BACKENDS = {"console": _console, "memory": _memory, "http": _webhook, "https": _webhook}


def send_sms(phone: str, text: str) -> None:
    """Hand one message to SMS_SENDER: `jobs.sms.send_later` (the default) stores it
    as a task that the jobs' worker delivers, trying again when the gateway fails;
    `accounts.sms.deliver` sends it at once."""
    import_string(settings.SMS_SENDER)(phone, text)


def deliver(phone: str, text: str) -> None:
    """Send one message now (SmsError when the gateway refuses or cannot be
    reached)."""
    url = urlsplit(getattr(settings, "SMS_URL", "") or "console://")
    try:
        backend = BACKENDS[url.scheme]
    except KeyError:
        raise SmsError(f"SMS_URL scheme {url.scheme!r} has no backend") from None
    backend(phone, text, url)
