"""Lecturers and managers: the class report, its export, releases and reviews."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from situations import reports, services
from situations.export import class_workbook
from situations.models import ClassRelease, Reflection, Situation
from situations.views.access import get_reportable_class, reportable_classes


def _pair(request, slug, class_id):
    training_class = get_reportable_class(request.user, class_id)
    situation = get_object_or_404(Situation, slug=slug)
    return situation, training_class


@login_required
def report(request, slug, class_id):
    situation, training_class = _pair(request, slug, class_id)
    trainees = reports.class_trainees(training_class)
    rows = reports.trainee_rows(situation, trainees)
    context = {
        "situation": situation,
        "training_class": training_class,
        "rows": rows,
        "finished": sum(1 for row in rows if row["run"] and row["run"].is_finished),
        "table": reports.step_table(situation, trainees),
        "svg": mark_safe(reports.graph_svg(situation, trainees)),  # svg.py escapes
        "reflections": reports.reflections_of(situation, trainees),
        "released": ClassRelease.objects.filter(
            situation=situation, training_class=training_class
        ).first(),
    }
    return render(request, "situations/report.html", context)


@login_required
def export(request, slug, class_id):
    situation, training_class = _pair(request, slug, class_id)
    response = HttpResponse(
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    name = f"tinh-huong-{situation.slug}-lop-{training_class.pk}.xlsx"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    class_workbook(situation, training_class).save(response)
    return response


@login_required
@require_POST
def release(request, slug, class_id):
    situation, training_class = _pair(request, slug, class_id)
    if not request.user.has_perm("classes.teach_class", training_class):
        raise PermissionDenied
    services.release_class_choices(situation, training_class, lecturer=request.user)
    messages.success(request, _("The class can now see what the class chose."))
    return redirect("situations:report", slug, class_id)


@login_required
def review(request, reflection_id):
    reflection = get_object_or_404(
        Reflection.objects.select_related("run__situation", "run__trainee", "step"),
        pk=reflection_id,
    )
    classes = reportable_classes(request.user).filter(
        enrolments__trainee=reflection.run.trainee
    )
    if not classes.exists():
        raise PermissionDenied
    if request.method == "POST" and not any(
        request.user.has_perm("classes.teach_class", c) for c in classes
    ):
        raise PermissionDenied
    criteria = list(reflection.run.situation.rubric.all())
    if request.method == "POST":
        marks = {c.name: request.POST.get(f"mark-{c.pk}", "") for c in criteria}
        try:
            services.review_reflection(
                reflection,
                reviewer=request.user,
                marks=marks,
                comment=request.POST.get("comment", ""),
            )
        except ValidationError as error:
            messages.error(request, error.messages[0])
        else:
            messages.success(request, _("The review is saved."))
            return redirect(request.path)
    marks = reflection.rubric_marks
    rows = [
        (c, request.POST.get(f"mark-{c.pk}", marks.get(c.name, ""))) for c in criteria
    ]
    context = {"reflection": reflection, "rows": rows, "classes": classes}
    return render(request, "situations/review.html", context)
