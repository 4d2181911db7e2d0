from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LiveConfig(AppConfig):
    name = "live"
    verbose_name = _("Live sessions")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.conf import settings
        from django.contrib.auth.signals import user_logged_out
        from django.db.models.signals import post_delete, post_save, pre_save

        from live.hub import close_sockets_of
        from live.revalidation import note_grant, unhost_if_lost
        from live.revocation import close_if_revoked, note_credentials
        from units.models import Grant

        user_logged_out.connect(close_sockets_of, dispatch_uid="live-logout")
        person = settings.AUTH_USER_MODEL
        pre_save.connect(note_credentials, sender=person, dispatch_uid="live-creds")
        post_save.connect(close_if_revoked, sender=person, dispatch_uid="live-revoke")
        pre_save.connect(note_grant, sender=Grant, dispatch_uid="live-grant-before")
        post_save.connect(unhost_if_lost, sender=Grant, dispatch_uid="live-grant")
        post_delete.connect(unhost_if_lost, sender=Grant, dispatch_uid="live-ungrant")
