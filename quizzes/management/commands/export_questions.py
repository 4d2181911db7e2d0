from django.core.management.base import BaseCommand, CommandError

from quizzes.formats import gift_writer
from quizzes.models import Question
from quizzes.services.importing import to_parsed


class Command(BaseCommand):
    help = "Write the question bank (or one category) as GIFT to standard output."

    def add_arguments(self, parser):
        parser.add_argument("--format", required=True, choices=["gift"])
        parser.add_argument("--category", default=None)

    def handle(self, *args, **options):
        questions = Question.objects.select_related("category").prefetch_related(
            "choices"
        )
        if options["category"]:
            questions = questions.filter(category__name=options["category"])
            if not questions.exists():
                raise CommandError(
                    f"Không có câu hỏi nào trong nhóm: {options['category']}"
                )
        parsed = [to_parsed(q) for q in questions.order_by("category__name", "pk")]
        writable = [q for q in parsed if gift_writer.can_write(q)]
        self.stdout.write(gift_writer.write(writable), ending="")
        skipped = len(parsed) - len(writable)
        if skipped:
            self.stderr.write(
                f"Bỏ qua {skipped} câu hỏi mà GIFT không biểu diễn được "
                "(điền nhiều chỗ trống, kéo thả từ, sắp xếp thứ tự)."
            )
