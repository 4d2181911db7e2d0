"""The "Đào tạo" (training) group of the Wagtail admin: classes, programmes, units."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.model import ModelViewSetGroup

from classes.admin_views import TrainingClassViewSet
from programmes.admin_views import (
    ProgrammeModuleViewSet,
    ProgrammeVersionViewSet,
    ProgrammeViewSet,
)
from units.admin_views import AdminUnitViewSet, TrainingUnitViewSet


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
