from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LiveConfig(AppConfig):
    name = "live"
    verbose_name = _("Live sessions")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.conf import settings
        from django.contrib.auth.signals import user_logged_out
        from django.db.models.signals import post_save, pre_save

        from live.hub import close_sockets_of
        from live.revocation import close_if_revoked, note_credentials

        user_logged_out.connect(close_sockets_of, dispatch_uid="live-logout")
        person = settings.AUTH_USER_MODEL
        pre_save.connect(note_credentials, sender=person, dispatch_uid="live-creds")
        post_save.connect(close_if_revoked, sender=person, dispatch_uid="live-revoke")
