from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from home.queries import trainee_overview


@login_required
def me(request):
    """The trainee's own page: who they are, where they study, what they hold."""
    return render(request, "home/me.html", trainee_overview(request.user))
