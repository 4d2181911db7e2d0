from django.apps import AppConfig, apps
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _
from wagtail.users.apps import WagtailUsersAppConfig


class UnitsConfig(AppConfig):
    name = "units"
    verbose_name = _("Units")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.contrib.auth.signals import user_logged_in

        from units.sessions import note_login

        post_migrate.connect(_sync_groups_after_last_app)
        user_logged_in.connect(note_login, dispatch_uid="units-staff-idle")


def _sync_groups_after_last_app(sender, **kwargs):
    # Permissions of every app exist only once the last app with models has migrated
    # (Django sends post_migrate only for apps that have a models module).
    with_models = [config for config in apps.get_app_configs() if config.models_module]
    if sender is with_models[-1]:
        from units.services import sync_role_groups

        sync_role_groups()


class WagtailUsersConfig(WagtailUsersAppConfig):
    """Wagtail's user screens, with forms for one "họ và tên" field and a phone, and
    each manager's list limited to the people of their units."""

    user_viewset = "units.people_admin.UserViewSet"
