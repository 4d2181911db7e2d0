"""After the session: the report page, the XLSX export and the join QR code."""

import qrcode
import qrcode.image.svg
from axes.helpers import get_client_ip_address
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import cache_control

from live import codes
from live.export import session_workbook
from live.report import build_report
from live.views.access import hosted_session

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@login_required
def report(request, code):
    session = hosted_session(request, code)
    return render(request, "live/report.html", build_report(session))


@login_required
def export(request, code):
    session = hosted_session(request, code)
    response = HttpResponse(session_workbook(session), content_type=XLSX)
    name = f"phien-{session.code}-{session.created_at:%Y%m%d}.xlsx"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@cache_control(max_age=3600)
def qr(request, code):
    try:
        session = codes.find(code, get_client_ip_address(request) or "")
    except codes.TooManyMisses:
        return HttpResponse(
            status=429, headers={"Retry-After": str(codes.MISSES.window)}
        )
    if session is None:
        raise Http404
    url = request.build_absolute_uri(f"/live/?code={session.code}")
    image = qrcode.make(url, image_factory=qrcode.image.svg.SvgPathImage, border=2)
    return HttpResponse(image.to_string(), content_type="image/svg+xml")
