"""Public verification of credentials: /verify/ and /verify/<code>/.

Unknown and garbled codes get the same polite 404; an address that keeps missing is
answered 429 for a while, so codes cannot be guessed by trying.
"""

from axes.helpers import get_client_ip_address
from django.conf import settings
from django.shortcuts import redirect, render

from elearning.throttle import Throttle
from records.credential_codes import display_code, normalize_code
from records.forms import VerifyForm
from records.models import Credential

LIMIT = getattr(settings, "VERIFY_FAILURE_LIMIT", 10)
WINDOW_SECONDS = getattr(settings, "VERIFY_FAILURE_WINDOW", 600)


MISSES = Throttle("verify-misses", limit=LIMIT, window=WINDOW_SECONDS)


def _throttled(request) -> bool:
    return MISSES.exceeded(get_client_ip_address(request) or "")


def _count_miss(request) -> None:
    MISSES.hit(get_client_ip_address(request) or "")


def _too_many(request):
    response = render(request, "records/verify_throttled.html", status=429)
    response["Retry-After"] = str(WINDOW_SECONDS)
    return response


def verify(request):
    form = VerifyForm(request.GET or None)
    if not form.is_valid():
        return render(request, "records/verify.html", {"form": form})
    code = normalize_code(form.cleaned_data["code"])
    if code:
        return redirect("verify_code", code=code)
    return verify_code(request, form.cleaned_data["code"])


def verify_code(request, code):
    if _throttled(request):
        return _too_many(request)
    normalized = normalize_code(code)
    found = Credential.objects.filter(code=normalized).first() if normalized else None
    if found is None:
        _count_miss(request)
        return render(
            request, "records/verify_missing.html", {"form": VerifyForm()}, status=404
        )
    if normalized != code:
        return redirect("verify_code", code=normalized)
    return render(
        request,
        "records/verify_result.html",
        {"credential": found, "code": display_code(found.code)},
    )
