"""Wagtail admin: the question bank, quizzes, import with preview, essay marking."""

from django.contrib import messages
from django.urls import path, reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet

from quizzes.admin_views import imports, questions, viewsets

for viewset in viewsets.SNIPPET_VIEWSETS:
    register_snippet(viewset)


@hooks.register("register_admin_urls")
def quiz_admin_urls():
    return [
        path("quizzes/import/", imports.import_view, name="quizzes_import"),
        path(
            "quizzes/question/<int:pk>/preview/",
            questions.preview_view,
            name="quizzes_preview",
        ),
        path(
            "quizzes/question/<int:pk>/regrade/",
            questions.regrade_view,
            name="quizzes_regrade",
        ),
    ]


class PermittedMenuItem(MenuItem):
    """A menu item shown only to those the policy lets use it."""

    def __init__(self, *args, permission: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


@hooks.register("register_admin_menu_item")
def import_menu_item():
    return PermittedMenuItem(
        _("Import questions"),
        reverse("quizzes_import"),
        icon_name="upload",
        order=310,
        permission="quizzes.import_questions",
    )


@hooks.register("register_admin_menu_item")
def marking_menu_item():
    return PermittedMenuItem(
        _("Essays to mark"),
        reverse("quizzes:marking"),
        icon_name="edit",
        order=320,
        permission="quizzes.mark_essays",
    )


class OverridesMenuItem(MenuItem):
    def is_shown(self, request):
        from quizzes.services.overrides import may_override_somewhere

        return may_override_somewhere(request.user)


@hooks.register("register_admin_menu_item")
def overrides_menu_item():
    return OverridesMenuItem(
        _("Quiz extensions"), reverse("quizzes:overrides"), icon_name="time", order=330
    )


@hooks.register("register_snippet_listing_buttons")
def question_buttons(snippet, user, next_url=None):
    from wagtail.admin.widgets import ListingButton

    from quizzes.models import Question

    if isinstance(snippet, Question):
        yield ListingButton(
            _("Preview"), reverse("quizzes_preview", args=[snippet.pk]), priority=15
        )
        if user.has_perm("quizzes.regrade_question"):
            yield ListingButton(
                _("Regrade"),
                reverse("quizzes_regrade", args=[snippet.pk]),
                priority=16,
            )


@hooks.register("after_create_snippet")
@hooks.register("after_edit_snippet")
def warn_when_answers_are_given_away(request, instance):
    """A saved quiz that shows right answers while attempts remain gets a warning."""
    from quizzes.models import Quiz

    if not isinstance(instance, Quiz) or not instance.gives_away_answers:
        return
    if instance.max_attempts:
        text = gettext(
            "This quiz allows %(n)s attempts and shows the right answers between "
            'them: a trainee could copy them into the next attempt. Untick "show '
            'right answers while attempts remain" for a final test.'
        ) % {"n": instance.max_attempts}
    else:
        text = gettext(
            "This quiz allows unlimited attempts and shows the right answers "
            "between them: a trainee could copy them into the next attempt. Untick "
            '"show right answers while attempts remain" for a final test.'
        )
    messages.warning(request, text)
