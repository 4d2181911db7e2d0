"""The Wagtail admin's screens for programmes, their versions and modules.

They are province-wide standards: whoever works with classes may read them; only
province managers and administrators change them (the group permissions in
units/roles.py).
"""

import django_filters
from django.db.models import Count, Sum
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
)
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from programmes.models import Programme, ProgrammeModule, ProgrammeVersion
from units.admin_views import date_panel


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
