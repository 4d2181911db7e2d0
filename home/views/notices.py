"""The user's notices (absence warnings) and marking them read."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from classes.models import Notice
from classes.services import mark_all_read, mark_read
from home.queries import notices_for

SHOWN = 100


@login_required
def notice_list(request):
    notices = list(notices_for(request.user)[:SHOWN])
    return render(
        request,
        "home/notices.html",
        {"notices": notices, "unread": any(n.read_at is None for n in notices)},
    )


@require_POST
@login_required
def read_notice(request, pk):
    """Mark one of the user's own notices read; anyone else's is 404."""
    mark_read(get_object_or_404(Notice, pk=pk, recipient=request.user))
    return redirect("notices")


@require_POST
@login_required
def read_all_notices(request):
    count = mark_all_read(request.user)
    if count:
        messages.success(
            request,
            ngettext(
                "%(n)d notice marked as read.", "%(n)d notices marked as read.", count
            )
            % {"n": count},
        )
    return redirect("notices")
