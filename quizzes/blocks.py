"""The StreamField block that plays a question or a short question set in a lesson."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock


class QuizBlock(blocks.StructBlock):
    """A quiz (one question or a short set) played inline, H5P-style.

    The trainee answers and presses "Kiểm tra"; the server scores and stores the
    answers as an inline attempt (so ``quizzes.queries.passed_quiz_ids`` counts it
    toward the lesson's progress) and returns the feedback without a page reload.
    """

    quiz = SnippetChooserBlock("quizzes.Quiz", label=_("Quiz or question set"))
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=200)
    allow_check = blocks.BooleanBlock(
        label=_('Allow "Check"'), required=False, default=True
    )
    allow_retry = blocks.BooleanBlock(
        label=_('Allow "Retry"'), required=False, default=True
    )
    allow_solution = blocks.BooleanBlock(
        label=_('Allow "Show solution"'), required=False, default=True
    )

    class Meta:
        icon = "help"
        label = _("Quiz")
        template = "quizzes/blocks/quiz_block.html"

    def get_context(self, value, parent_context=None):
        from quizzes.player import inline_context

        context = super().get_context(value, parent_context=parent_context)
        request = (parent_context or {}).get("request")
        context.update(inline_context(value, request))
        return context
