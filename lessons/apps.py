from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def _editorial_setup(sender, **kwargs):
    from lessons.editorial import set_up_editorial_workflow
    from lessons.models import HomePage

    home = HomePage.objects.first()
    if home is not None:
        set_up_editorial_workflow(home)


class LessonsConfig(AppConfig):
    name = "lessons"
    verbose_name = _("Lessons")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        post_migrate.connect(_editorial_setup, sender=self)
