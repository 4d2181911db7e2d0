from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GrassrootsConfig(AppConfig):
    name = "grassroots"
    verbose_name = _("Grassroots questions")
    default_auto_field = "django.db.models.BigAutoField"
