"""The Wagtail admin's screens for lecturer profiles and the province's standard.

A centre manager keeps the centre's roster (profiles, their qualifications and
modules); the province manager reads every roster of the province and sets its
standard. Lists show only that; an address opens only that (else a 404), and
changing one asks lecturers/rules.py.
"""

from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    ObjectList,
)
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic

from accounts.models import User
from lecturers.models import LecturerProfile, LecturerStandard
from partners.admin_views import ScopedViewSet, province_managed
from partners.models import Organisation
from units.admin_views import date_panel
from units.models import AdminUnit, TrainingUnit
from units.roles import Role


class LecturerProfileForm(WagtailAdminModelForm):
    """The units the user runs, the people who lecture there, the bodies they
    see as workplaces."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        units = TrainingUnit.objects.run_by(self.for_user)
        self.fields["training_unit"].queryset = units
        self.fields["user"].queryset = User.objects.filter(
            grants__role=Role.LECTURER, grants__training_unit__in=units
        ).distinct()
        self.fields["workplace"].queryset = Organisation.objects.visible_to(
            self.for_user
        )

    def clean(self):
        data = super().clean()
        user, unit = data.get("user"), data.get("training_unit")
        if (
            user
            and unit
            and not user.grants.filter(role=Role.LECTURER, training_unit=unit).exists()
        ):
            self.add_error("user", _("This person holds no lecturer role in the unit."))
        return data


class LecturerProfileIndexView(generic.IndexView):
    def get_base_queryset(self):
        return (
            LecturerProfile.objects.filter(
                training_unit__in=TrainingUnit.objects.managed_by(self.request.user)
            )
            .select_related("user", "training_unit", "workplace")
            .annotate(
                qualification_count=Count("qualifications", distinct=True),
                module_count=Count("permits", distinct=True),
            )
        )


class LecturerProfileViewSet(ScopedViewSet):
    model = LecturerProfile
    icon = "user"
    url_prefix = "lecturer-profiles"
    menu_label = _("Lecturer profiles")
    index_view_class = LecturerProfileIndexView
    copy_view_enabled = False
    inspect_view_enabled = True
    rule_app = "lecturers"
    rule_model = "lecturerprofile"
    list_display = [
        Column("user", label=_("Lecturer"), sort_key="user__sort_key"),
        Column("training_unit", label=_("Teaches for"), sort_key="training_unit"),
        "employment",
        Column("workplace", label=_("Works at")),
        Column("qualification_count", label=_("Qualifications")),
        Column("module_count", label=_("Modules")),
        "valid_to",
    ]
    list_filter = ["employment", "training_unit"]
    search_fields = ["user__full_name", "position", "workplace__name"]
    edit_handler = ObjectList(
        [
            FieldRowPanel([FieldPanel("user"), FieldPanel("training_unit")]),
            FieldRowPanel([FieldPanel("employment"), FieldPanel("workplace")]),
            FieldPanel("position"),
            FieldRowPanel([date_panel("valid_from"), date_panel("valid_to")]),
            InlinePanel(
                "qualifications",
                heading=_("Qualifications"),
                label=_("Qualification"),
                panels=[
                    FieldRowPanel(
                        [
                            FieldPanel("kind"),
                            FieldPanel("theory_level"),
                            FieldPanel("degree_level"),
                        ]
                    ),
                    FieldPanel("field"),
                    FieldRowPanel(
                        [
                            FieldPanel("issued_by"),
                            FieldPanel("number"),
                            date_panel("issued_on"),
                        ]
                    ),
                ],
            ),
            InlinePanel(
                "permits",
                heading=_("Modules they may teach"),
                label=_("Module"),
                panels=[
                    FieldPanel("module"),
                    FieldRowPanel([date_panel("valid_from"), date_panel("valid_to")]),
                ],
            ),
            FieldPanel("note"),
        ],
        base_form_class=LecturerProfileForm,
    )

    @staticmethod
    def scope(user):
        return LecturerProfile.objects.filter(
            training_unit__in=TrainingUnit.objects.managed_by(user)
        )


class LecturerStandardForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.for_user.is_superuser:
            self.fields["province"].queryset = AdminUnit.objects.filter(
                pk__in=province_managed(self.for_user)
            )


def visible_standards(user):
    if user.is_superuser:
        return LecturerStandard.objects.all()
    grants = user.grants.current()
    return LecturerStandard.objects.filter(
        Q(province__in=grants.filter(role=Role.PROVINCE_MANAGER).values("province"))
        | Q(province__in=grants.values("training_unit__province"))
    )


class LecturerStandardIndexView(generic.IndexView):
    def get_base_queryset(self):
        return visible_standards(self.request.user).select_related("province")


class LecturerStandardViewSet(ScopedViewSet):
    model = LecturerStandard
    icon = "tasks"
    url_prefix = "lecturer-standards"
    menu_label = _("Lecturer standards")
    index_view_class = LecturerStandardIndexView
    copy_view_enabled = False
    rule_app = "lecturers"
    rule_model = "lecturerstandard"
    list_display = [
        "province",
        "year",
        "norm_periods",
        "full_time_theory",
        "part_time_theory",
        "degree",
    ]
    edit_handler = ObjectList(
        [
            FieldRowPanel([FieldPanel("province"), FieldPanel("year")]),
            FieldPanel("norm_periods"),
            FieldRowPanel(
                [FieldPanel("full_time_theory"), FieldPanel("part_time_theory")]
            ),
            FieldPanel("degree"),
            FieldRowPanel(
                [FieldPanel("pedagogy_full_time"), FieldPanel("pedagogy_part_time")]
            ),
            FieldPanel("basis"),
        ],
        base_form_class=LecturerStandardForm,
    )

    scope = staticmethod(visible_standards)
