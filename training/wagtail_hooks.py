"""The "Đào tạo" (training) group of the Wagtail admin: units, programmes, classes.

Units and classes are scoped to the user: an address opens only what the list shows,
anything else is a 404. Programmes, their versions and modules are province-wide
standards: whoever works with classes may read them; only province managers and
administrators change them (the group permissions in accounts/roles.py).
"""

import django_filters
from django import forms
from django.db.models import Count, Q, Sum
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
)
from wagtail.admin.ui.menus import MenuItem as ListingMenuItem
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic import history, usage
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.admin.widgets import AdminDateInput

from accounts.models import User
from accounts.roles import Role
from training import access
from training.models import (
    AdminUnit,
    Enrolment,
    Programme,
    ProgrammeModule,
    ProgrammeVersion,
    TrainingClass,
    TrainingUnit,
)


class ScopedObjectMixin:
    """Open only what the index would list for this user (edit, delete, history…)."""

    def scope(self, user):
        return TrainingUnit.objects.visible_to(user)

    def get_base_object_queryset(self):
        return self.scope(self.request.user)

    def get_object(self, queryset=None):
        visible = self.get_base_object_queryset()
        return get_object_or_404(visible, pk=self.kwargs[self.pk_url_kwarg])


def date_panel(field_name):
    """A date field shown and typed day first (the admin's default is 2026-03-02)."""
    return FieldPanel(field_name, widget=AdminDateInput(format="%d/%m/%Y"))


class TrainingUnitIndexView(generic.IndexView):
    def get_base_queryset(self):
        return TrainingUnit.objects.visible_to(self.request.user).select_related(
            "province", "seat"
        )


class TrainingUnitEditView(ScopedObjectMixin, generic.EditView):
    pass


class TrainingUnitDeleteView(ScopedObjectMixin, generic.DeleteView):
    pass


class TrainingUnitHistoryView(ScopedObjectMixin, history.HistoryView):
    pass


class TrainingUnitUsageView(ScopedObjectMixin, usage.UsageView):
    pass


class TrainingUnitViewSet(ModelViewSet):
    model = TrainingUnit
    icon = "home"
    menu_label = _("Training units")
    index_view_class = TrainingUnitIndexView
    edit_view_class = TrainingUnitEditView
    delete_view_class = TrainingUnitDeleteView
    history_view_class = TrainingUnitHistoryView
    usage_view_class = TrainingUnitUsageView
    copy_view_enabled = False
    url_prefix = "training-units"
    list_display = ["name", "type", "province", "seat", "valid_from", "valid_to"]
    list_filter = ["type", "province"]
    search_fields = ["name", "governing_party_committee"]
    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("type"), FieldPanel("province")]),
        FieldPanel("governing_party_committee"),
        FieldRowPanel([FieldPanel("seat"), FieldPanel("predecessor")]),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
            ],
            heading=_("Contact"),
        ),
        FieldRowPanel([date_panel("valid_from"), date_panel("valid_to")]),
        InlinePanel("service_areas", heading=_("Service area"), label=_("Commune")),
    ]


class AdminUnitViewSet(ModelViewSet):
    model = AdminUnit
    icon = "site"
    menu_label = _("Administrative units")
    url_prefix = "admin-units"
    list_display = ["name", "level", "parent", "valid_from", "valid_to"]
    list_filter = ["level"]
    search_fields = ["name", "code"]
    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("level"), FieldPanel("code")]),
        FieldPanel("parent"),
        FieldRowPanel([date_panel("valid_from"), date_panel("valid_to")]),
        FieldPanel("successors"),
    ]


# Programmes, their versions and modules: one province-wide list for everybody.


class ProgrammeIndexView(generic.IndexView):
    def get_base_queryset(self):
        return Programme.objects.annotate(version_count=Count("versions"))


class ProgrammeViewSet(ModelViewSet):
    model = Programme
    icon = "doc-full"
    url_prefix = "programmes"
    index_view_class = ProgrammeIndexView
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = [
        "name",
        "kind",
        Column("version_count", label=_("Versions"), sort_key="version_count"),
    ]
    list_filter = ["kind"]
    search_fields = ["name", "audience", "description"]
    panels = [
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldPanel("audience"),
        FieldPanel("description"),
    ]


class ProgrammeVersionIndexView(generic.IndexView):
    def get_base_queryset(self):
        return ProgrammeVersion.objects.select_related("programme").annotate(
            module_count=Count("modules"), module_periods=Sum("modules__periods")
        )


def modules_of(version) -> str:
    return reverse("programmemodule:index") + f"?version={version.pk}"


class ProgrammeVersionViewSet(ModelViewSet):
    model = ProgrammeVersion
    icon = "doc-full-inverse"
    url_prefix = "programme-versions"
    index_view_class = ProgrammeVersionIndexView
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = [
        "name",
        Column("programme", label=_("Programme"), sort_key="programme__name"),
        Column("legal_basis", label=_("Legal basis")),
        Column(
            "get_credential_type_display",
            label=_("Credential"),
            sort_key="credential_type",
        ),
        "valid_from",
        "total_periods",
        TitleColumn(
            "module_count",
            label=_("Modules"),
            sort_key="module_count",
            get_url=modules_of,
        ),
    ]
    list_filter = ["programme", "credential_type"]
    search_fields = ["name", "programme__name", "legal_basis"]
    panels = [
        FieldPanel("programme"),
        FieldPanel("name"),
        FieldPanel("legal_basis"),
        FieldRowPanel([date_panel("valid_from"), date_panel("valid_to")]),
        FieldRowPanel([FieldPanel("total_periods"), FieldPanel("credential_type")]),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("min_attendance_percent"), FieldPanel("pass_score")]
                ),
                FieldRowPanel(
                    [
                        FieldPanel("excellent_from"),
                        FieldPanel("very_good_from"),
                        FieldPanel("good_from"),
                    ]
                ),
                FieldPanel("rounding"),
            ],
            heading=_("Assessment policy"),
            help_text=_(
                "Classes of this version follow it unless a class sets its own."
            ),
        ),
    ]


class ModuleFilterSet(WagtailFilterSet):
    version = django_filters.ModelChoiceFilter(
        label=_("Programme version"),
        queryset=ProgrammeVersion.objects.select_related("programme"),
    )

    class Meta:
        model = ProgrammeModule
        fields = ["version"]


class ProgrammeModuleIndexView(generic.IndexView):
    @cached_property
    def columns(self):
        title, *rest = super().columns
        title.label = _("Module title")  # the field's own label reads "title"
        return [title, *rest]


class ProgrammeModuleViewSet(ModelViewSet):
    """The modules (phần học) of the versions, listed by version.

    Not inline in the version's form: that would need `ProgrammeModule.version` to be a
    ParentalKey, which is a migration; the version list links to its modules instead.
    """

    model = ProgrammeModule
    icon = "list-ol"
    url_prefix = "programme-modules"
    copy_view_enabled = False
    inspect_view_enabled = True
    index_view_class = ProgrammeModuleIndexView
    list_display = [
        "title",
        Column("version", label=_("Programme version")),
        Column("order", label=_("Order"), sort_key="order"),
        Column("periods", label=_("Periods"), sort_key="periods"),
    ]
    filterset_class = ModuleFilterSet
    search_fields = ["title", "version__name", "version__programme__name"]
    panels = [
        FieldPanel("version", heading=_("Programme version")),
        FieldPanel("title", heading=_("Module title")),
        FieldRowPanel([FieldPanel("order"), FieldPanel("periods")]),
    ]


# Classes: a manager lists, opens and changes only the classes of their own units.


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


class TrainingViewSetGroup(ModelViewSetGroup):
    menu_label = _("Training")
    menu_icon = "group"
    menu_order = 300
    items = [
        TrainingClassViewSet,
        ProgrammeViewSet,
        ProgrammeVersionViewSet,
        ProgrammeModuleViewSet,
        TrainingUnitViewSet,
        AdminUnitViewSet,
    ]


@hooks.register("register_admin_viewset")
def register_training_viewsets():
    return TrainingViewSetGroup()


@hooks.register("register_admin_menu_item")
def register_classes_menu_item():
    """Timetables, attendance, gradebooks and credentials live on the site's pages."""
    return MenuItem(
        _("Class management"),
        reverse("class_list"),
        icon_name="date",
        order=310,
    )


@hooks.register("register_admin_menu_item")
def register_reports_menu_item():
    return MenuItem(_("Reports"), reverse("dashboard"), icon_name="table", order=320)
