from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet

from records.template_admin import CredentialTemplateViewSet


@hooks.register("register_admin_menu_item")
def register_reports_menu_item():
    return MenuItem(_("Reports"), reverse("dashboard"), icon_name="table", order=320)


register_snippet(CredentialTemplateViewSet)
