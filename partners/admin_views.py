"""The Wagtail admin's screens for partner bodies and co-organised classes.

The lists show what the user may see; an address opens only that (anything else
is a 404), and changing one asks partners/rules.py.
"""

from django import forms
from django.db.models import Count
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.admin.views import generic
from wagtail.admin.views.generic import history, usage
from wagtail.admin.viewsets.model import ModelViewSet

from accounts.models import User
from classes.models import Enrolment, TrainingClass
from partners.models import ClassPartnership, Organisation
from units.admin_views import ScopedObjectMixin, date_panel
from units.models import AdminUnit, TrainingUnit
from units.roles import Role


def province_managed(user):
    return user.grants.current().filter(role=Role.PROVINCE_MANAGER).values("province")


class RuleScopedMixin(ScopedObjectMixin):
    """Open what the list shows; change or delete only what the rule allows."""

    rule = ""

    def get_object(self, queryset=None):
        obj = super().get_object(queryset)
        if self.rule and not self.request.user.has_perm(self.rule, obj):
            raise Http404
        return obj


def scoped_views(scope, app: str, model: str) -> dict:
    def view(base, rule=""):
        attrs = {"scope": lambda self, user: scope(user), "rule": rule}
        return type(base.__name__, (RuleScopedMixin, base), attrs)

    return {
        "edit_view_class": view(generic.EditView, f"{app}.change_{model}"),
        "delete_view_class": view(generic.DeleteView, f"{app}.delete_{model}"),
        "history_view_class": view(history.HistoryView),
        "usage_view_class": view(usage.UsageView),
        "inspect_view_class": view(generic.InspectView),
    }


class ScopedViewSet(ModelViewSet):
    """A viewset whose object screens open only what `scope(user)` lists, and
    change or delete only as `<rule_app>.change_<rule_model>` allows."""

    rule_app = "partners"
    rule_model = ""

    def __init__(self, *args, **kwargs):
        views = scoped_views(self.scope, self.rule_app, self.rule_model)
        for name, view_class in views.items():
            setattr(self, name, view_class)
        super().__init__(*args, **kwargs)


class OrganisationForm(WagtailAdminModelForm):
    """A centre manager records their centre's bodies; a province manager the
    bodies every centre of the province works with."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.for_user
        if user.is_superuser:
            return
        runs = TrainingUnit.objects.run_by(user)
        provinces = AdminUnit.objects.filter(
            pk__in=province_managed(user)
        ) | AdminUnit.objects.filter(pk__in=runs.values("province"))
        self.fields["province"].queryset = provinces.distinct()
        self.fields["training_unit"].queryset = runs
        if not runs.exists():
            self.fields.pop("training_unit")

    def clean(self):
        data = super().clean()
        unit = data.get("training_unit")
        user = self.for_user
        if (
            not user.is_superuser
            and "training_unit" in self.fields
            and unit is None
            and not province_managed(user)
            .filter(province=data.get("province"))
            .exists()
        ):
            self.add_error("training_unit", _("Choose your centre."))
        return data


class OrganisationIndexView(generic.IndexView):
    def get_base_queryset(self):
        return (
            Organisation.objects.visible_to(self.request.user)
            .select_related("training_unit", "province")
            .annotate(class_count=Count("partnerships", distinct=True))
        )


class OrganisationViewSet(ScopedViewSet):
    model = Organisation
    icon = "group"
    url_prefix = "partner-bodies"
    menu_label = _("Partner bodies")
    index_view_class = OrganisationIndexView
    copy_view_enabled = False
    inspect_view_enabled = True
    rule_model = "organisation"
    list_display = [
        "name",
        "kind",
        Column("training_unit", label=_("Centre"), sort_key="training_unit__name"),
        Column("contact_name", label=_("Contact person")),
        Column("class_count", label=_("Classes"), sort_key="class_count"),
        # a plain column shows the value as "True"/"False"
        BooleanColumn("active", label=_("Working with it")),
    ]
    list_filter = ["kind", "active"]
    search_fields = ["name", "contact_name", "address"]
    edit_handler = ObjectList(
        [
            FieldPanel("name"),
            FieldRowPanel([FieldPanel("kind"), FieldPanel("active")]),
            FieldRowPanel([FieldPanel("province"), FieldPanel("training_unit")]),
            FieldPanel("seat"),
            MultiFieldPanel(
                [
                    FieldPanel("address"),
                    FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
                    FieldRowPanel(
                        [
                            FieldPanel("contact_name"),
                            FieldPanel("contact_title"),
                            FieldPanel("contact_phone"),
                        ]
                    ),
                ],
                heading=_("Contact"),
            ),
            FieldRowPanel([FieldPanel("agreement"), date_panel("agreement_signed_on")]),
        ],
        base_form_class=OrganisationForm,
    )

    @staticmethod
    def scope(user):
        return Organisation.objects.visible_to(user)


def run_classes(user):
    return TrainingClass.objects.filter(
        training_unit__in=TrainingUnit.objects.run_by(user)
    )


class EnrolmentChoice(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.trainee} — {obj.training_class.code}"


class ClassPartnershipForm(WagtailAdminModelForm):
    """The classes the user runs, the bodies they see, the lecturers of their
    units; the trainees it sends must be of the class chosen."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.for_user
        classes = run_classes(user).select_related("version__programme")
        units = TrainingUnit.objects.run_by(user)
        self.fields["training_class"].queryset = classes
        self.fields["organisation"].queryset = Organisation.objects.visible_to(user)
        self.fields["lent_lecturer"].queryset = User.objects.filter(
            grants__role=Role.LECTURER, grants__training_unit__in=units
        ).distinct()
        self.fields["trainees"] = EnrolmentChoice(
            queryset=Enrolment.objects.filter(
                training_class__in=classes, status=Enrolment.Status.ACTIVE
            ).select_related("trainee", "training_class"),
            required=False,
            label=_("trainees it sends"),
            widget=forms.CheckboxSelectMultiple,
        )

    def clean(self):
        data = super().clean()
        training_class = data.get("training_class")
        trainees = data.get("trainees") or []
        if training_class and any(
            e.training_class_id != training_class.pk for e in trainees
        ):
            self.add_error("trainees", _("Choose only trainees of this class."))
        return data


class ClassPartnershipIndexView(generic.IndexView):
    def get_base_queryset(self):
        classes = TrainingClass.objects.filter(
            training_unit__in=TrainingUnit.objects.managed_by(self.request.user)
        )
        return (
            ClassPartnership.objects.filter(training_class__in=classes)
            .select_related("training_class", "organisation")
            .annotate(trainee_count=Count("trainees"))
        )


class ClassPartnershipViewSet(ScopedViewSet):
    model = ClassPartnership
    icon = "date"
    url_prefix = "co-organised-classes"
    menu_label = _("Co-organised classes")
    index_view_class = ClassPartnershipIndexView
    copy_view_enabled = False
    rule_model = "classpartnership"
    list_display = [
        Column("organisation", label=_("Partner body"), sort_key="organisation__name"),
        Column("training_class", label=_("Class")),
        Column("contact_name", label=_("Contact person")),
        Column("lent_lecturer", label=_("Lecturer it lends")),
        Column("trainee_count", label=_("Trainees"), sort_key="trainee_count"),
    ]
    search_fields = ["organisation__name", "training_class__code", "contact_name"]
    edit_handler = ObjectList(
        [
            FieldPanel("training_class"),
            FieldPanel("organisation"),
            FieldPanel("role"),
            FieldRowPanel([FieldPanel("contact_name"), FieldPanel("contact_phone")]),
            FieldPanel("lent_lecturer"),
            FieldPanel("trainees"),
        ],
        base_form_class=ClassPartnershipForm,
    )

    @staticmethod
    def scope(user):
        classes = TrainingClass.objects.filter(
            training_unit__in=TrainingUnit.objects.managed_by(user)
        )
        return ClassPartnership.objects.filter(training_class__in=classes)
