from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def _editorial_setup(sender, **kwargs):
    """The editors' workflow hangs on the home page, the root of every lesson."""
    from home.models import HomePage
    from lessons.editorial import set_up_editorial_workflow

    home = HomePage.objects.first()
    if home is not None:
        set_up_editorial_workflow(home)


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        post_migrate.connect(_editorial_setup, sender=self)
