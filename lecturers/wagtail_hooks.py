"""The admin's "Lecturers and partners" group: the centre's roster, the province's
standard, partner bodies and co-organised classes; and links to the pages that
read them (roster, standard check, teaching load)."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.model import ModelViewSetGroup

from lecturers.admin_views import LecturerProfileViewSet, LecturerStandardViewSet
from partners.admin_views import ClassPartnershipViewSet, OrganisationViewSet


class LecturersViewSetGroup(ModelViewSetGroup):
    menu_label = _("Lecturers and partners")
    menu_icon = "user"
    menu_order = 320
    items = [
        LecturerProfileViewSet,
        LecturerStandardViewSet,
        OrganisationViewSet,
        ClassPartnershipViewSet,
    ]


@hooks.register("register_admin_viewset")
def register_lecturers_viewsets():
    return LecturersViewSetGroup()


class ManagersMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("lecturers.view_profile_lists")


@hooks.register("register_admin_menu_item")
def register_lecturers_menu_item():
    """The roster, standard check and teaching load live on the site's pages."""
    return ManagersMenuItem(
        _("Lecturers' standard and load"),
        reverse("lecturer_list"),
        icon_name="table",
        order=330,
    )
