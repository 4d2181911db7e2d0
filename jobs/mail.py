"""Mail leaves through the jobs. Django's mail functions, given this backend
(EMAIL_BACKEND), store each message as a task; a worker sends it with the backend
EMAIL_URL names (JOBS_EMAIL_BACKEND), and a send that fails is tried again later
(jobs/tasks.py). A message that fails every try stays as a failed task, not lost."""

import base64

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.db import DatabaseError
from django_tasks import task

from .tasks import retry_later


class QueuedEmailBackend(BaseEmailBackend):
    def send_messages(self, email_messages) -> int:
        queued = 0
        for message in email_messages:
            try:
                data = to_data(message)
            except TypeError:  # a MIME part built by hand: sent now, as before
                queued += _real_connection(self.fail_silently).send_messages([message])
                continue
            try:
                send_queued_mail.enqueue(data)
            except DatabaseError:
                if not self.fail_silently:
                    raise
                continue
            queued += 1
        return queued


@task(backend="jobs")
def send_queued_mail(message: dict, attempt: int = 1) -> int:
    try:
        return _real_connection().send_messages([from_data(message)])
    except Exception:
        retry_later(send_queued_mail, [message], attempt, what="Mail")
        raise


def _real_connection(fail_silently: bool = False):
    return get_connection(settings.JOBS_EMAIL_BACKEND, fail_silently=fail_silently)


def to_data(message) -> dict:
    """The message as JSON; TypeError for what JSON cannot carry."""
    return {
        "subject": str(message.subject),
        "body": str(message.body),
        "from_email": message.from_email,
        "to": list(message.to),
        "cc": list(message.cc),
        "bcc": list(message.bcc),
        "reply_to": list(message.reply_to),
        "headers": dict(message.extra_headers),
        "content_subtype": message.content_subtype,
        "alternatives": [
            [str(content), mimetype]
            for content, mimetype in getattr(message, "alternatives", [])
        ],
        "attachments": [_attachment(each) for each in message.attachments],
    }


def _attachment(attachment) -> list:
    if not isinstance(attachment, tuple):
        raise TypeError("a MIME attachment")
    filename, content, mimetype = attachment
    if isinstance(content, bytes):
        return [filename, base64.b64encode(content).decode(), mimetype, "base64"]
    return [filename, content, mimetype, "text"]


def from_data(data: dict) -> EmailMultiAlternatives:
    message = EmailMultiAlternatives(
        data["subject"],
        data["body"],
        data["from_email"],
        data["to"],
        bcc=data["bcc"],
        cc=data["cc"],
        reply_to=data["reply_to"],
        headers=data["headers"],
    )
    message.content_subtype = data["content_subtype"]
    for content, mimetype in data["alternatives"]:
        message.attach_alternative(content, mimetype)
    for filename, content, mimetype, kind in data["attachments"]:
        raw = base64.b64decode(content) if kind == "base64" else content
        message.attach(filename, raw, mimetype)
    return message
