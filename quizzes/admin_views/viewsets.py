"""Snippet viewsets for the question bank and quizzes."""

from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
)
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from quizzes.admin_views.forms import QuizForm
from quizzes.models import Category, Question, Quiz
from quizzes.models.quizzes import ReviewPhase


class CategoryViewSet(SnippetViewSet):
    model = Category
    icon = "folder-open-inverse"
    menu_label = _("Categories")
    list_display = ["name", "programme", "module"]
    search_fields = ["name"]
    panels = [
        FieldPanel("name"),
        FieldPanel("programme"),
        FieldPanel("module"),
        FieldPanel("description"),
    ]


class QuestionViewSet(SnippetViewSet):
    model = Question
    icon = "help"
    menu_label = _("Question bank")
    list_display = ["title", "qtype", "category", "updated_at"]
    list_filter = ["qtype", "category"]
    search_fields = ["title", "text"]
    panels = [
        FieldRowPanel([FieldPanel("category"), FieldPanel("qtype")]),
        FieldPanel("title"),
        FieldPanel("text"),
        FieldRowPanel([FieldPanel("text_format"), FieldPanel("default_mark")]),
        InlinePanel(
            "choices", heading=_("Choices, answers, pairs or items"), label=_("Choice")
        ),
        FieldPanel("general_feedback"),
        FieldPanel("explanation"),
        MultiFieldPanel(
            [
                FieldPanel("shuffle_choices"),
                FieldPanel("negative_marks"),
                FieldPanel("case_sensitive"),
                FieldPanel("ignore_diacritics"),
            ],
            heading=_("Options"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("rubric"),
                FieldRowPanel([FieldPanel("min_words"), FieldPanel("max_words")]),
            ],
            heading=_("Essay"),
        ),
    ]


class QuizViewSet(SnippetViewSet):
    model = Quiz
    icon = "tasks"
    menu_label = _("Quizzes")
    list_display = [
        "title",
        "programme",
        # a plain column shows the value as "True"/"False"
        BooleanColumn(
            "draft", label=capfirst(Quiz._meta.get_field("draft").verbose_name)
        ),
        "time_limit",
    ]
    list_filter = ["draft", "programme"]
    search_fields = ["title"]
    edit_handler = ObjectList(
        [
            FieldPanel("title"),
            FieldPanel("slug"),
            FieldPanel("description"),
            FieldRowPanel([FieldPanel("programme"), FieldPanel("module")]),
            InlinePanel(
                "slots",
                heading=_("Questions"),
                label=_("Question"),
                # the slot's question field has no verbose name of its own
                panels=[
                    FieldPanel("question", heading=_("Question")),
                    FieldPanel("order"),
                    FieldPanel("mark"),
                ],
            ),
            MultiFieldPanel(
                [
                    FieldPanel("draft"),
                    FieldRowPanel(
                        [FieldPanel("random_order"), FieldPanel("max_questions")]
                    ),
                    FieldRowPanel(
                        [FieldPanel("single_attempt"), FieldPanel("attempts_allowed")]
                    ),
                    FieldRowPanel([FieldPanel("pass_mark"), FieldPanel("exam_paper")]),
                    FieldPanel("answers_at_end"),
                    FieldPanel("success_text"),
                    FieldPanel("fail_text"),
                ],
                heading=_("Rules"),
            ),
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("open_at"), FieldPanel("close_at")]),
                    FieldPanel("time_limit"),
                    FieldRowPanel(
                        [FieldPanel("overdue_handling"), FieldPanel("grace_period")]
                    ),
                ],
                heading=_("Timing"),
            ),
            MultiFieldPanel(
                [FieldPanel(f"review_{phase.value}") for phase in ReviewPhase]
                + [FieldPanel("right_answers_between_attempts")],
                heading=_("Review options"),
            ),
        ],
        base_form_class=QuizForm,
    )


class QuizzesGroup(SnippetViewSetGroup):
    menu_label = _("Quizzes")
    menu_icon = "tasks"
    menu_order = 300
    items = (QuizViewSet, QuestionViewSet, CategoryViewSet)


SNIPPET_VIEWSETS = [QuizzesGroup]
