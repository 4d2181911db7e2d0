"""Training units and administrative units in the Wagtail admin, scoped to the user."""

from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.admin.views import generic
from wagtail.admin.views.generic import history, usage
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from training.models import AdminUnit, TrainingUnit


class ScopedObjectMixin:
    """Open only what the index would list for this user (edit, delete, history…)."""

    def get_base_object_queryset(self):
        return TrainingUnit.objects.visible_to(self.request.user)

    def get_object(self, queryset=None):
        visible = self.get_base_object_queryset()
        return get_object_or_404(visible, pk=self.kwargs[self.pk_url_kwarg])


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
        FieldRowPanel([FieldPanel("valid_from"), FieldPanel("valid_to")]),
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
        FieldRowPanel([FieldPanel("valid_from"), FieldPanel("valid_to")]),
        FieldPanel("successors"),
    ]


class TrainingViewSetGroup(ModelViewSetGroup):
    menu_label = _("Units")
    menu_icon = "group"
    menu_order = 300
    items = [TrainingUnitViewSet, AdminUnitViewSet]


@hooks.register("register_admin_viewset")
def register_training_viewsets():
    return TrainingViewSetGroup()


@hooks.register("register_admin_menu_item")
def register_classes_menu_item():
    """Classes, attendance, gradebooks and credentials live on the site's own pages."""
    return MenuItem(_("Classes"), reverse("class_list"), icon_name="date", order=310)


@hooks.register("register_admin_menu_item")
def register_reports_menu_item():
    return MenuItem(_("Reports"), reverse("dashboard"), icon_name="table", order=320)
