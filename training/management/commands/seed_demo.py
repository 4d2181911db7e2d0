import importlib

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

# Each app of the project may have a `demo` module with a `seed()` function; they run
# in the order of INSTALLED_APPS, so later apps can use what earlier ones made.
PROJECT_APPS = ["accounts", "training", "lessons", "quizzes", "situations", "live"]


class Command(BaseCommand):
    help = "Load the Vietnamese demo data (idempotent: a second run changes nothing)."

    def handle(self, *args, **options):
        if settings.IS_PRODUCTION:
            raise CommandError("seed_demo không chạy với cấu hình production.")
        for config in apps.get_app_configs():
            if config.name in PROJECT_APPS:
                try:
                    demo = importlib.import_module(f"{config.name}.demo")
                except ModuleNotFoundError as error:
                    if error.name != f"{config.name}.demo":
                        raise
                    continue
                demo.seed()
                self.stdout.write(f"  {config.name}: xong")
        self.stdout.write(self.style.SUCCESS("Đã nạp dữ liệu mẫu."))
