"""The Wagtail admin's screens for classes, scoped to the units the user manages."""

import django_filters
from django import forms
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    ObjectList,
)
from wagtail.admin.ui.menus import MenuItem as ListingMenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.views.generic import history, usage
from wagtail.admin.viewsets.model import ModelViewSet

from accounts.models import User
from classes import access
from classes.models import Enrolment, TrainingClass
from programmes.models import Programme, ProgrammeVersion
from units.admin_views import ScopedObjectMixin, date_panel
from units.models import TrainingUnit
from units.roles import Role


class ClassScopeMixin(ScopedObjectMixin):
    def scope(self, user):
        return access.managed_classes(user)


class TrainingClassForm(WagtailAdminModelForm):
    """Units the user manages, their lecturers, any programme version."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.for_user
        units = (
            TrainingUnit.objects.managed_by(user)
            if user
            else TrainingUnit.objects.none()
        )
        self.fields["training_unit"].queryset = units
        self.fields["head_lecturer"].queryset = User.objects.filter(
            grants__role=Role.LECTURER, grants__training_unit__in=units
        ).distinct()
        self.fields["version"].queryset = ProgrammeVersion.objects.select_related(
            "programme"
        )


WHEN = [
    ("upcoming", _("Not started yet")),
    ("running", _("Under way")),
    ("finished", _("Ended")),
]


class TrainingClassFilterSet(WagtailFilterSet):
    when = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=WHEN,
        method="filter_when",
        widget=forms.RadioSelect,
        empty_label=_("All"),
    )
    training_unit = django_filters.ModelChoiceFilter(
        label=_("Training unit"),
        queryset=lambda request: TrainingUnit.objects.managed_by(request.user),
    )
    programme = django_filters.ModelChoiceFilter(
        field_name="version__programme",
        label=_("Programme"),
        queryset=Programme.objects.all(),
    )
    mode = django_filters.ChoiceFilter(
        label=_("Mode"),
        choices=TrainingClass.Mode.choices,
        widget=forms.RadioSelect,
        empty_label=_("All"),
    )

    class Meta:
        model = TrainingClass
        fields = ["when", "training_unit", "programme", "mode"]

    def filter_when(self, queryset, name, value):
        today = timezone.localdate()
        if value == "upcoming":
            return queryset.filter(starts_on__gt=today)
        if value == "finished":
            return queryset.filter(ends_on__lt=today)
        return queryset.running(today)


class TrainingClassIndexView(generic.IndexView):
    def get_base_queryset(self):
        active = Q(enrolments__status=Enrolment.Status.ACTIVE)
        return (
            access.managed_classes(self.request.user)
            .select_related("version__programme", "training_unit")
            .annotate(trainee_count=Count("enrolments", filter=active))
        )

    def get_list_more_buttons(self, instance):
        return [
            *super().get_list_more_buttons(instance),
            ListingMenuItem(
                _("Open the class page"),
                url=reverse("class_detail", args=[instance.pk]),
                icon_name="link-external",
                priority=15,
            ),
        ]


class TrainingClassEditView(ClassScopeMixin, generic.EditView):
    pass


class TrainingClassDeleteView(ClassScopeMixin, generic.DeleteView):
    pass


class TrainingClassHistoryView(ClassScopeMixin, history.HistoryView):
    pass


class TrainingClassUsageView(ClassScopeMixin, usage.UsageView):
    pass


class TrainingClassViewSet(ModelViewSet):
    model = TrainingClass
    icon = "date"
    url_prefix = "classes"
    index_view_class = TrainingClassIndexView
    edit_view_class = TrainingClassEditView
    delete_view_class = TrainingClassDeleteView
    history_view_class = TrainingClassHistoryView
    usage_view_class = TrainingClassUsageView
    copy_view_enabled = False
    list_display = [
        "code",
        Column("programme", label=_("Programme"), sort_key="version__programme__name"),
        Column("training_unit", label=_("Training unit"), sort_key="training_unit"),
        "starts_on",
        "ends_on",
        "mode",
        Column("trainee_count", label=_("Trainees"), sort_key="trainee_count"),
    ]
    filterset_class = TrainingClassFilterSet
    search_fields = ["code", "version__programme__name", "version__name", "location"]
    edit_handler = ObjectList(
        [
            FieldPanel("training_unit"),
            FieldPanel("version"),
            FieldRowPanel([FieldPanel("code"), FieldPanel("mode")]),
            FieldRowPanel([date_panel("starts_on"), date_panel("ends_on")]),
            FieldPanel("head_lecturer"),
            FieldPanel("location"),
            MultiFieldPanel(
                [
                    FieldRowPanel(
                        [
                            FieldPanel("min_attendance_percent"),
                            FieldPanel("pass_score"),
                            FieldPanel("rounding"),
                        ]
                    ),
                ],
                heading=_("Assessment policy"),
                help_text=_("Leave empty to follow the programme version."),
            ),
        ],
        base_form_class=TrainingClassForm,
    )
