"""Fetching a question for a view: 404 when the person may not see it (its
existence is not told), 403 when they see it but may not do this."""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404

from grassroots.models import Question


def question_for(request, pk, permission: str | None = None) -> Question:
    question = get_object_or_404(
        Question.objects.select_related(
            "topic", "commune", "centre", "asker", "assigned_to", "assigned_unit"
        ),
        pk=pk,
    )
    if not request.user.has_perm("grassroots.view_question", question):
        raise Http404
    if permission and not request.user.has_perm(permission, question):
        raise PermissionDenied
    return question
