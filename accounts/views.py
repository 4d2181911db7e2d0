from django.contrib.auth import views as auth_views
from django.shortcuts import render
from django.utils.translation import gettext as _

from accounts.forms import LoginForm
from accounts.two_factor.middleware import mark_enrolled, send_to
from accounts.two_factor.services import has_two_factor


class LoginView(auth_views.LoginView):
    form_class = LoginForm
    template_name = "accounts/login.html"
    redirect_authenticated_user = True

    def form_valid(self, form):
        response = super().form_valid(form)
        if has_two_factor(self.request.user):
            # The password was the first step; the code comes next, then `next`.
            mark_enrolled(self.request, True)
            return send_to(self.request, "two_factor_verify", response.url)
        return response


def locked_out(request, credentials=None, *args, **kwargs):
    """Shown instead of the login form while failures from this place cool off."""
    form = LoginForm(request, data=None)
    return render(
        request,
        "accounts/login.html",
        {
            "form": form,
            "locked_out": True,
            "locked_out_message": _(
                "Too many failed attempts. Please wait 15 minutes and try again, "
                "or ask your centre to reset your password."
            ),
        },
        status=429,
    )
