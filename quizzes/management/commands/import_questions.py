from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from quizzes.formats import FormatError, parse
from quizzes.services.importing import describe_counts, import_parsed

MAX_BYTES = 20 * 1024 * 1024


class Command(BaseCommand):
    help = "Import questions from a GIFT, Aiken or H5P file; nothing is saved on error."

    def add_arguments(self, parser):
        parser.add_argument("path")
        parser.add_argument("--format", required=True, choices=["gift", "aiken", "h5p"])
        parser.add_argument("--category", default=None)

    def handle(self, *args, **options):
        path = Path(options["path"])
        if not path.is_file():
            raise CommandError(f"Không tìm thấy tệp: {path}")
        if path.stat().st_size > MAX_BYTES:
            raise CommandError(f"Tệp quá lớn (tối đa {MAX_BYTES // 1024 // 1024} MB).")
        try:
            questions = parse(path.read_bytes(), options["format"])
            counts = import_parsed(questions, category=options["category"])
        except FormatError as error:
            raise CommandError(
                "Không nhập câu hỏi nào:\n" + "\n".join(error.problems)
            ) from None
        self.stdout.write(describe_counts(counts))
