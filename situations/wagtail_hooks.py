"""Situations, competencies and audiences in the Wagtail admin."""

from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    ObjectList,
    Panel,
    TabbedInterface,
)
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import CreateView, EditView, SnippetViewSet

from situations.admin_forms import SituationAdminForm
from situations.models import Audience, Competency, Situation
from situations.reports import graph_svg


class GraphPanel(Panel):
    """The graph picture of the situation as last saved, shaded by trainees."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "situations/admin/graph_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            if self.instance.pk:
                context["svg"] = mark_safe(graph_svg(self.instance))  # svg.py escapes
            return context


class PublishCheckMixin:
    """Refuse "publish" while the graph has problems, naming each of them, and any
    save that would delete a step or choice trainees have already met."""

    def is_valid(self, form):
        if not super().is_valid(form):
            return False
        if used := form.deletion_problems():
            return self._refuse(_("The situation cannot be saved: %s"), used)
        if self.action != "publish":
            return True
        if problems := form.graph_problems():
            message = _("The situation cannot be published yet: %s")
            return self._refuse(message, [problem.message for problem in problems])
        return True

    def _refuse(self, message, problems) -> bool:
        self.produced_error_code = "validation_error"
        self.produced_error_message = message % " ".join(problems)
        return False


class SituationCreateView(PublishCheckMixin, CreateView):
    pass


class SituationEditView(PublishCheckMixin, EditView):
    pass


choice_panels = [
    FieldPanel("text"),
    FieldRowPanel([FieldPanel("next_key")]),
    FieldPanel("consequence"),
    InlinePanel("scores", label=gettext_lazy("Score")),
]
step_panels = [
    FieldRowPanel([FieldPanel("key"), FieldPanel("kind")]),
    FieldPanel("title"),
    FieldPanel("body"),
    FieldRowPanel([FieldPanel("image"), FieldPanel("audio")]),
    FieldPanel("quote"),
    FieldPanel("quote_source"),
    FieldPanel("next_key"),
    FieldRowPanel([FieldPanel("outcome"), FieldPanel("recommended_path")]),
    FieldPanel("debrief"),
    InlinePanel(
        "choices", label=gettext_lazy("Choice"), max_num=5, panels=choice_panels
    ),
]


class SituationViewSet(SnippetViewSet):
    model = Situation
    icon = "redirect"
    menu_label = gettext_lazy("Situations")
    menu_order = 310
    add_to_admin_menu = True
    add_view_class = SituationCreateView
    edit_view_class = SituationEditView
    list_display = [
        "title",
        "theme",
        "difficulty",
        # a plain column shows the value as "True"/"False"
        BooleanColumn(
            "live", label=capfirst(Situation._meta.get_field("live").verbose_name)
        ),
    ]
    list_filter = ["difficulty", "live"]
    search_fields = ["title", "theme"]
    edit_handler = TabbedInterface(
        [
            ObjectList(
                [
                    FieldPanel("title"),
                    FieldPanel("slug"),
                    FieldPanel("theme"),
                    FieldPanel("summary"),
                    FieldRowPanel(
                        [FieldPanel("difficulty"), FieldPanel("estimated_minutes")]
                    ),
                    FieldPanel("allow_back"),
                    FieldPanel("audiences"),
                    FieldPanel("competencies"),
                    FieldPanel("programmes"),
                    FieldPanel("legal_basis"),
                ],
                heading=gettext_lazy("Situation"),
            ),
            ObjectList(
                [InlinePanel("briefings", label=gettext_lazy("Briefing"))],
                heading=gettext_lazy("Briefings by role"),
            ),
            ObjectList(
                [
                    InlinePanel(
                        "steps", label=gettext_lazy("Step"), panels=step_panels
                    ),
                ],
                heading=gettext_lazy("Steps"),
            ),
            ObjectList(
                [InlinePanel("rubric", label=gettext_lazy("Criterion"))],
                heading=gettext_lazy("Rubric"),
            ),
            ObjectList([GraphPanel()], heading=gettext_lazy("Graph")),
        ],
        base_form_class=SituationAdminForm,
    )


class CompetencyViewSet(SnippetViewSet):
    model = Competency
    icon = "tasks"
    menu_label = gettext_lazy("Competencies")
    list_display = ["name", "code"]


class AudienceViewSet(SnippetViewSet):
    model = Audience
    icon = "group"
    menu_label = gettext_lazy("Audiences")


register_snippet(SituationViewSet)
register_snippet(CompetencyViewSet)
register_snippet(AudienceViewSet)
