"""Thin views: progress reports, marking read, search, the service worker, offline."""

import json

from django.contrib.auth.decorators import login_required
from django.http import HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET, require_POST

from lessons import access, offline
from lessons.finder import search_lessons
from lessons.forms import ProgressReportForm
from lessons.models import LessonPage, ModulePage, ProgrammePage
from lessons.search.matching import MAX_TERMS
from lessons.services import record_reading

MAX_REPORTS = 200
MAX_QUERY_CHARS = 300


def _readable_lesson(user, lesson_id):
    lesson = LessonPage.objects.live().filter(pk=lesson_id).first()
    if lesson is None or not access.may_read(user, lesson.programme_page(user)):
        return None
    return lesson


def _apply(user, report: dict) -> tuple[str, str | None]:
    form = ProgressReportForm(report)
    if not form.is_valid():
        return str(report.get("id", "")), _("The report is not valid.")
    data = form.cleaned_data
    lesson = _readable_lesson(user, data["lesson"])
    if lesson is None:
        return str(data["id"]), _("This lesson is not open to you.")
    record_reading(
        user,
        lesson,
        percent=data["percent"],
        finished=data["finished"],
        client_id=data["id"],
        at=data["at"],
        position=data["position"],
    )
    return str(data["id"]), None


def _reports(body: bytes) -> list | None:
    try:
        reports = json.loads(body)["reports"]
    except (ValueError, KeyError, TypeError):
        return None
    if not isinstance(reports, list) or len(reports) > MAX_REPORTS:
        return None
    return reports


@require_POST
def progress(request):
    """Reports queued on the phone, sent as JSON; each is applied once."""
    if not request.user.is_authenticated:
        return JsonResponse({"error": _("Please log in again.")}, status=401)
    reports = _reports(request.body)
    if reports is None:
        return JsonResponse({"error": _("The request is not valid.")}, status=400)
    results = [_apply(request.user, r) for r in reports if isinstance(r, dict)]
    return JsonResponse(
        {
            "accepted": [rid for rid, error in results if error is None],
            "rejected": [{"id": rid, "error": e} for rid, e in results if e],
        }
    )


@login_required
@require_POST
def mark_read(request, lesson_id):
    """The "Đã học xong" button without JavaScript."""
    lesson = _readable_lesson(request.user, lesson_id)
    if lesson is None:
        return HttpResponseBadRequest(_("This lesson is not open to you."))
    record_reading(request.user, lesson, percent=100, finished=True)
    return redirect(lesson.get_url(request) + "#ket-thuc")


@require_GET
def search(request):
    query = request.GET.get("q", "").strip()
    outcome = search_lessons(query[:MAX_QUERY_CHARS], request) if query else None
    return render(
        request,
        "lessons/search.html",
        {"query": query[:MAX_QUERY_CHARS], "outcome": outcome, "max_words": MAX_TERMS},
    )


@require_GET
@cache_control(no_cache=True)
def service_worker(request):
    response = render(
        request,
        "lessons/sw.js",
        offline.worker_context(),
        content_type="application/javascript; charset=utf-8",
    )
    response["Service-Worker-Allowed"] = "/"
    return response


@require_GET
def offline_page(request):
    return render(request, "lessons/offline.html")


@login_required
@require_GET
def module_download(request, module_id):
    """What to save for reading a module offline, and about how big it is."""
    module = get_object_or_404(ModulePage.objects.live(), pk=module_id)
    if not access.may_read(request.user, module.programme_page(request.user)):
        return JsonResponse({"error": _("This module is not open to you.")}, status=403)
    return JsonResponse(offline.module_manifest(module, request))


@login_required
@require_GET
def programme_download(request, programme_id):
    """What to save for reading a whole programme offline, and about how big."""
    programme = get_object_or_404(ProgrammePage.objects.live(), pk=programme_id)
    if not access.may_read(request.user, programme.programme_page(request.user)):
        return JsonResponse(
            {"error": _("This programme is not open to you.")}, status=403
        )
    return JsonResponse(offline.programme_manifest(programme, request))
