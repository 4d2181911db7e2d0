"""Import questions in the Wagtail admin: upload, preview, then confirm."""

import uuid
from pathlib import Path

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from quizzes.admin_views.forms import ImportForm
from quizzes.formats import FormatError, parse
from quizzes.models import Question
from quizzes.services.importing import describe_counts_vi, import_parsed

TEMPLATE = "quizzes/admin/import.html"


def _store_dir() -> Path:
    folder = Path(settings.BASE_DIR) / "var" / "question-imports"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _stored(token: str) -> Path | None:
    try:
        name = str(uuid.UUID(token))
    except ValueError:
        return None
    path = _store_dir() / name
    return path if path.is_file() else None


def _preview(request, form):
    data = form.cleaned_data["file"].read()
    try:
        questions = parse(data, form.cleaned_data["format"])
    except FormatError as error:
        context = {"form": form, "problems": error.problems}
        return TemplateResponse(request, TEMPLATE, context)
    token = str(uuid.uuid4())
    (_store_dir() / token).write_bytes(data)
    context = {
        "form": form,
        "questions": questions,
        "token": token,
        "fmt": form.cleaned_data["format"],
        "category": form.cleaned_data["category"],
        "type_labels": dict(Question.Type.choices),
    }
    return TemplateResponse(request, TEMPLATE, context)


def _confirm(request):
    path = _stored(request.POST.get("token", ""))
    if path is None:
        messages.error(request, _("The uploaded file has expired; upload it again."))
        return redirect("quizzes_import")
    try:
        questions = parse(path.read_bytes(), request.POST.get("format", ""))
        counts = import_parsed(questions, category=request.POST.get("category") or None)
    except FormatError as error:
        context = {"form": ImportForm(), "problems": error.problems}
        return TemplateResponse(request, TEMPLATE, context)
    finally:
        path.unlink(missing_ok=True)
    messages.success(request, describe_counts_vi(counts))
    return redirect("wagtailsnippets_quizzes_question:list")


def import_view(request):
    if not request.user.has_perm("quizzes.import_questions"):
        raise PermissionDenied
    if request.method == "POST" and "token" in request.POST:
        return _confirm(request)
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        return _preview(request, form)
    return TemplateResponse(request, TEMPLATE, {"form": form})
