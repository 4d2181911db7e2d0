from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from lessons.demo import seed_site
from training.demo import seed as seed_training


class Command(BaseCommand):
    help = "Load the Vietnamese demo data (idempotent: a second run changes nothing)."

    def handle(self, *args, **options):
        if settings.IS_PRODUCTION:
            raise CommandError("seed_demo không chạy với cấu hình production.")
        seed_training()
        seed_site()
        self.stdout.write(self.style.SUCCESS("Đã nạp dữ liệu mẫu."))
