"""The Wagtail admin's screens for programmes, their versions and modules.

Whoever works with classes reads the national programmes and those of their
provinces; a programme is changed or deleted, with its versions and modules, only by
whom programmes/rules.py lets (its province's managers; superusers for national ones).
Anything else is a 404, as for units.
"""

import django_filters
from django.db.models import Count, Sum
from django.http import Http404
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    ObjectList,
)
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic import history, usage
from wagtail.admin.viewsets.model import ModelViewSet

from programmes.models import (
    Programme,
    ProgrammeModule,
    ProgrammeVersion,
    managed_provinces,
)
from units.admin_views import ScopedObjectMixin, date_panel
from units.models import AdminUnit


def visible_programmes(user):
    return Programme.objects.visible_to(user)


def editable_versions(user):
    return ProgrammeVersion.objects.filter(
        programme__in=Programme.objects.editable_by(user)
    ).select_related("programme")


class VisibleMixin(ScopedObjectMixin):
    """Open only what the listing shows: national and the user's provinces'."""

    lookup = ""  # the path from the model to its programme

    def scope(self, user):
        field = f"{self.lookup}__in" if self.lookup else "pk__in"
        return self.model.objects.filter(**{field: visible_programmes(user)})


class OwnedMixin(VisibleMixin):
    """Change and delete only what programmes/rules.py lets the user; else a 404."""

    rule_action = "change"

    def get_object(self, queryset=None):
        obj = super().get_object(queryset)
        permission = f"programmes.{self.rule_action}_{obj._meta.model_name}"
        if not self.request.user.has_perm(permission, obj):
            raise Http404
        return obj


def scoped_views(model_lookup: str) -> dict:
    """The edit, delete, history and usage view classes of one viewset."""

    def view(base, mixin, **attrs):
        return type(base.__name__, (mixin, base), {"lookup": model_lookup, **attrs})

    return {
        "edit_view_class": view(generic.EditView, OwnedMixin),
        "delete_view_class": view(generic.DeleteView, OwnedMixin, rule_action="delete"),
        "history_view_class": view(history.HistoryView, VisibleMixin),
        "usage_view_class": view(usage.UsageView, VisibleMixin),
        "inspect_view_class": view(generic.InspectView, VisibleMixin),
    }


class OwnedViewSet(ModelViewSet):
    """A viewset whose screens are scoped by the programme at `programme_lookup`."""

    programme_lookup = ""

    def __init__(self, *args, **kwargs):
        for name, view_class in scoped_views(self.programme_lookup).items():
            setattr(self, name, view_class)
        super().__init__(*args, **kwargs)


class ProgrammeForm(WagtailAdminModelForm):
    """Only superusers choose the owner; a province manager's new programme is their
    province's."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.for_user.is_superuser:
            self.fields.pop("province", None)
            if self.instance.pk is None:
                self.instance.province = (
                    AdminUnit.objects.filter(pk__in=managed_provinces(self.for_user))
                    .order_by("name")
                    .first()
                )


class VersionForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["programme"].queryset = Programme.objects.editable_by(self.for_user)


class ModuleForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["version"].queryset = editable_versions(self.for_user)


class ProgrammeIndexView(generic.IndexView):
    def get_base_queryset(self):
        return visible_programmes(self.request.user).annotate(
            version_count=Count("versions")
        )


class ProgrammeViewSet(OwnedViewSet):
    model = Programme
    icon = "doc-full"
    url_prefix = "programmes"
    index_view_class = ProgrammeIndexView
    programme_lookup = ""
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = [
        "name",
        "kind",
        Column("province", label=_("Province"), sort_key="province__name"),
        Column("version_count", label=_("Versions"), sort_key="version_count"),
    ]
    list_filter = ["kind", "province"]
    search_fields = ["name", "audience", "description"]
    edit_handler = ObjectList(
        [
            FieldPanel("name"),
            FieldPanel("kind"),
            FieldPanel("province"),
            FieldPanel("audience"),
            FieldPanel("description"),
        ],
        base_form_class=ProgrammeForm,
    )


class ProgrammeVersionIndexView(generic.IndexView):
    def get_base_queryset(self):
        visible = visible_programmes(self.request.user)
        return (
            ProgrammeVersion.objects.filter(programme__in=visible)
            .select_related("programme")
            .annotate(
                module_count=Count("modules"), module_periods=Sum("modules__periods")
            )
        )


def modules_of(version) -> str:
    return reverse("programmemodule:index") + f"?version={version.pk}"


class ProgrammeVersionViewSet(OwnedViewSet):
    model = ProgrammeVersion
    icon = "doc-full-inverse"
    url_prefix = "programme-versions"
    index_view_class = ProgrammeVersionIndexView
    programme_lookup = "programme"
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
    edit_handler = ObjectList(
        base_form_class=VersionForm,
        children=[
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
        ],
    )


class ModuleFilterSet(WagtailFilterSet):
    version = django_filters.ModelChoiceFilter(
        label=_("Programme version"),
        queryset=lambda request: ProgrammeVersion.objects.filter(
            programme__in=visible_programmes(request.user)
        ).select_related("programme"),
    )

    class Meta:
        model = ProgrammeModule
        fields = ["version"]


class ProgrammeModuleIndexView(generic.IndexView):
    def get_base_queryset(self):
        visible = visible_programmes(self.request.user)
        return ProgrammeModule.objects.filter(version__programme__in=visible)

    @cached_property
    def columns(self):
        title, *rest = super().columns
        title.label = _("Module title")  # the field's own label reads "title"
        return [title, *rest]


class ProgrammeModuleViewSet(OwnedViewSet):
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
    programme_lookup = "version__programme"
    list_display = [
        "title",
        Column("version", label=_("Programme version")),
        Column("order", label=_("Order"), sort_key="order"),
        Column("periods", label=_("Periods"), sort_key="periods"),
    ]
    filterset_class = ModuleFilterSet
    search_fields = ["title", "version__name", "version__programme__name"]
    edit_handler = ObjectList(
        [
            FieldPanel("version", heading=_("Programme version")),
            FieldPanel("title", heading=_("Module title")),
            FieldRowPanel([FieldPanel("order"), FieldPanel("periods")]),
        ],
        base_form_class=ModuleForm,
    )


# Classes: a manager lists, opens and changes only the classes of their own units.
