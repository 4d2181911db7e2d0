"""Text messages leave through the jobs, as mail does (jobs/mail.py): stored as a
task in the request, delivered by a worker through SMS_URL's backend, tried again
later when the gateway fails; a message that fails every try stays as a failed
task, not lost."""

from django_tasks import task

from accounts.sms import deliver

from .tasks import retry_later


def send_later(phone: str, text: str) -> None:
    """SMS_SENDER: store the message for the worker."""
    deliver_sms.enqueue(phone, text)


@task(backend="jobs")
def deliver_sms(phone: str, text: str, attempt: int = 1) -> None:
    try:
        deliver(phone, text)
    except Exception:
        retry_later(deliver_sms, [phone, text], attempt, what="Text message")
        raise
