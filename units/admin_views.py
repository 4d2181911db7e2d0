"""The Wagtail admin's screens for administrative and training units.

Units are scoped to the user: an address opens only what the list shows, anything
else is a 404.
"""

from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
)
from wagtail.admin.views import generic
from wagtail.admin.views.generic import history, usage
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import AdminDateInput

from units.models import AdminUnit, TrainingUnit


class ScopedObjectMixin:
    """Open only what the index would list for this user (edit, delete, history…)."""

    def scope(self, user):
        return TrainingUnit.objects.visible_to(user)

    def get_base_object_queryset(self):
        return self.scope(self.request.user)

    def get_object(self, queryset=None):
        visible = self.get_base_object_queryset()
        found = get_object_or_404(visible, pk=self.kwargs[self.pk_url_kwarg])
        # What Wagtail's revision views expect of get_object (the edit view of a
        # model with revisions reads the live object beside the latest revision).
        self.live_object = found
        if getattr(self, "draftstate_enabled", False):
            return found.get_latest_revision_as_object()
        return found


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
        FieldRowPanel(
            [
                FieldPanel("type"),
                # Moving a unit to another province is the province's decision.
                FieldPanel("province", permission="units.move_unit"),
            ]
        ),
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


class AdminUnitForm(WagtailAdminModelForm):
    """A province manager places units only inside their own provinces."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.for_user.is_superuser and "parent" in self.fields:
            self.fields["parent"].queryset = AdminUnit.objects.editable_by(
                self.for_user
            )
            self.fields["parent"].required = True


class AdminUnitScopeMixin(ScopedObjectMixin):
    def scope(self, user):
        return AdminUnit.objects.editable_by(user)


class AdminUnitEditView(AdminUnitScopeMixin, generic.EditView):
    pass


class AdminUnitDeleteView(AdminUnitScopeMixin, generic.DeleteView):
    pass


class AdminUnitViewSet(ModelViewSet):
    model = AdminUnit
    edit_view_class = AdminUnitEditView
    delete_view_class = AdminUnitDeleteView
    icon = "site"
    menu_label = _("Administrative units")
    url_prefix = "admin-units"
    list_display = ["name", "level", "parent", "valid_from", "valid_to"]
    list_filter = ["level"]
    search_fields = ["name", "code"]
    edit_handler = ObjectList(
        [
            FieldPanel("name"),
            FieldRowPanel([FieldPanel("level"), FieldPanel("code")]),
            FieldPanel("parent"),
            FieldRowPanel([date_panel("valid_from"), date_panel("valid_to")]),
            FieldPanel("successors"),
        ],
        base_form_class=AdminUnitForm,
    )


# Programmes, their versions and modules: one province-wide list for everybody.
