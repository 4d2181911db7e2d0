"""A class's own page for its staff: the timetable and each trainee's standing."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils import timezone

from classes import access
from classes.views.classes import in_day_order
from records.gradebook import class_standings


@login_required
def class_detail(request, pk):
    training_class = access.visible_class_or_404(request, pk)
    if not access.can_teach(request.user, training_class):
        return redirect("standing", pk=pk)
    standings = class_standings(training_class)
    return render(
        request,
        "records/class_detail.html",
        {
            "training_class": training_class,
            "sessions": in_day_order(
                training_class.sessions.select_related("lecturer")
            ),
            "standings": standings,
            "warnings": [s for s in standings if s.absence_warning],
            "can_manage": access.can_manage(request.user, training_class),
            "today": timezone.localdate(),
        },
    )
