"""The checks an evidence file passes before it is kept (as hand-ins do)."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from elearning.uploads import head_of, sniff_document

MAX_BYTES = 10 * 1024 * 1024
TYPES = ("pdf", "doc", "docx", "odt", "xls", "xlsx", "ods", "jpg", "jpeg", "png")


def check_evidence_file(file) -> None:
    name = (file.name or "").lower()
    extension = name.rsplit(".", 1)[-1] if "." in name else ""
    if file.size > MAX_BYTES:
        raise ValidationError(_("The file is larger than 10 MB."))
    if file.size == 0:
        raise ValidationError(_("The file is empty."))
    # The name alone proves nothing: a script renamed .pdf is refused too.
    if extension not in TYPES or not sniff_document(name, head_of(file)):
        raise ValidationError(
            _(
                "Please attach a PDF, Word, Excel, OpenDocument or image "
                "(JPG, PNG) file."
            )
        )
