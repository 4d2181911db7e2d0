"""A person's own account: their contact details and a copy of their data."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.forms import ContactForm
from accounts.personal_data import personal_data_json


@login_required
def contact(request):
    form = ContactForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your phone number and e-mail are saved."))
        return redirect("me")
    return render(request, "accounts/contact.html", {"form": form})


@login_required
@require_POST
def my_data(request):
    """Download everything the platform holds about the person (a POST: the file
    is made on request, never left in a cache or a link)."""
    day = timezone.localdate().strftime("%Y-%m-%d")
    response = HttpResponse(
        personal_data_json(request.user), content_type="application/json"
    )
    name = f"du-lieu-ca-nhan-{day}.json"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    response["Cache-Control"] = "no-store"
    return response
