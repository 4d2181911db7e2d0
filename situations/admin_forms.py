"""The situation's admin form: publishing is refused while the graph has problems."""

from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminModelForm

from situations import graph


def _kept(formset):
    deleted = set(formset.deleted_forms) if formset.can_delete else set()
    forms = [
        form
        for form in formset.forms
        if form not in deleted and (form.instance.pk or form.has_changed())
    ]
    return sorted(forms, key=lambda form: form.cleaned_data.get("ORDER") or 0)


def _points(choice_form) -> dict[str, int]:
    points: dict[str, int] = {}
    for score_form in _kept(choice_form.formsets["scores"]):
        data = score_form.cleaned_data
        if data.get("competency") is not None:
            code = data["competency"].code
            points[code] = points.get(code, 0) + (data.get("points") or 0)
    return points


def _node(step_form) -> graph.Node:
    data = step_form.cleaned_data
    kind = data.get("kind") or graph.DECISION
    if kind == graph.REFLECTION:
        return graph.Node(data.get("key", ""), kind, (data.get("next_key") or "",))
    choices = _kept(step_form.formsets["choices"]) if kind == graph.DECISION else []
    return graph.Node(
        data.get("key", ""),
        kind,
        tuple(form.cleaned_data.get("next_key", "") for form in choices),
        tuple(_points(form) for form in choices),
    )


def nodes_from_form(form) -> list[graph.Node]:
    return [_node(step_form) for step_form in _kept(form.formsets["steps"])]


def _deleted(formset):
    return [form.instance for form in formset.deleted_forms if form.instance.pk]


def used_deletions(form) -> list[str]:
    """Steps and choices trainees have already met cannot be deleted."""
    messages = []
    steps = form.formsets["steps"]
    for step in _deleted(steps):
        if step.decisions.exists() or step.reflections.exists() or step.runs_here():
            message = _(
                "Trainees have already reached step “%s”; it cannot be deleted."
            )
            messages.append(message % step.key)
    for step_form in steps.forms:
        for choice in _deleted(step_form.formsets["choices"]):
            if choice.decisions.exists():
                message = _(
                    "Trainees have already chosen “%s”; the choice cannot be deleted."
                )
                messages.append(message % choice.text)
    return messages


class SituationAdminForm(WagtailAdminModelForm):
    def deletion_problems(self) -> list[str]:
        problems = used_deletions(self)
        for message in problems:
            self.add_error(None, message)
        return problems

    def graph_problems(self) -> list[graph.Problem]:
        problems = graph.check(nodes_from_form(self))
        for problem in problems:
            self.add_error(None, problem.message)
        weights = [
            form.cleaned_data.get("weight") or 0
            for form in _kept(self.formsets["rubric"])
        ]
        if weights and sum(weights) != 100:
            message = _("The rubric weights add up to %d%%; they must add up to 100%%.")
            self.add_error(None, message % sum(weights))
            problems.append(graph.Problem("rubric", "", message % sum(weights)))
        return problems
