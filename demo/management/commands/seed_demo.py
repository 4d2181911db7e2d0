from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from demo import (
    centres,
    grassroots,
    lecturers,
    lessons,
    live,
    quizzes,
    situations,
    standards,
)

# In this order: each part uses what the ones before it made.
PARTS = [
    ("units, programmes, classes", centres),
    ("lecturers and partner bodies", lecturers),
    ("lessons", lessons),
    ("quizzes", quizzes),
    ("situations", situations),
    ("live", live),
    ("grassroots questions", grassroots),
    ("centre standards", standards),
]


class Command(BaseCommand):
    help = "Load the Vietnamese demo data (idempotent: a second run changes nothing)."

    def handle(self, *args, **options):
        if settings.IS_PRODUCTION:
            raise CommandError("seed_demo không chạy với cấu hình production.")
        for name, part in PARTS:
            part.seed()
            self.stdout.write(f"  {name}: xong")
        self.stdout.write(self.style.SUCCESS("Đã nạp dữ liệu mẫu."))
