"""The asker's side: send a question, see similar answered ones first, follow
one's own questions, open a question and its attachment."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from grassroots import queries, services
from grassroots.attachments import IMAGES, extension_of
from grassroots.forms import AskForm
from grassroots.views.access import question_for

CONTENT_TYPES = {
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "png": "image/png",
    "pdf": "application/pdf",
}


@never_cache
@login_required
def ask(request):
    left = services.questions_left_today(request.user)
    form = AskForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            question = services.ask_question(
                request.user,
                topic=data["topic"],
                commune=data["commune"],
                text=data["text"],
                attachment=data["attachment"] or None,
                anonymous=data["anonymous"],
            )
        except services.QuestionError as error:
            form.add_error(None, str(error))
        else:
            messages.success(
                request,
                _(
                    "Your question has been sent to %(centre)s. You will be told "
                    "when it is answered."
                )
                % {"centre": question.centre.name},
            )
            return redirect("grassroots:detail", question.pk)
    text = form.data.get("text", "") if form.is_bound else ""
    return render(
        request,
        "grassroots/ask.html",
        {
            "form": form,
            "left": left,
            "per_day": services.per_day(),
            "similar": queries.similar_answered(text) if text else [],
        },
    )


@login_required
def similar(request):
    """The htmx fragment under the question box: answered questions like it."""
    text = request.GET.get("text", "")[: services.MAX_TEXT]
    return render(
        request,
        "grassroots/includes/similar.html",
        {"similar": queries.similar_answered(text)},
    )


@never_cache
@login_required
def mine(request):
    return render(
        request,
        "grassroots/mine.html",
        {
            "questions": queries.mine(request.user),
            "left": services.questions_left_today(request.user),
        },
    )


@never_cache
@login_required
def detail(request, pk):
    question = question_for(request, pk)
    services.mark_seen(question, request.user)
    user = request.user
    return render(
        request,
        "grassroots/detail.html",
        {
            "question": question,
            "is_asker": question.asker_id == user.pk,
            "staff": question.status != question.Status.PUBLISHED
            or user.has_perm("grassroots.review_question", question)
            or user.has_perm("grassroots.answer_question", question),
            "may_route": user.has_perm("grassroots.route_question", question)
            and question.status in (question.Status.NEW, question.Status.ASSIGNED),
            "may_answer": user.has_perm("grassroots.answer_question", question)
            and question.status == question.Status.ASSIGNED,
            "may_review": user.has_perm("grassroots.review_question", question)
            and question.status in question.OPEN,
            "lessons": question.lessons.live().specific(),
            "documents": question.documents.all(),
        },
    )


@never_cache
@login_required
def attachment(request, pk):
    """The question's photo or document, for those who see the question only."""
    question = question_for(request, pk)
    if not question.attachment:
        raise Http404
    extension = extension_of(question.attachment.name)
    response = FileResponse(
        question.attachment.open("rb"),
        as_attachment=extension not in IMAGES,
        filename=question.attachment_name,
        content_type=CONTENT_TYPES.get(extension, "application/octet-stream"),
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response
