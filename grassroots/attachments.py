"""Pure: is an attached photo or document acceptable? Judged as every upload is
(elearning/uploads.py: by its first bytes, not its name), with a size limit."""

from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from elearning.uploads import head_of, sniff_document

IMAGES = ("jpg", "jpeg", "png")
DOCUMENTS = ("pdf", "doc", "docx", "odt", "txt")
ACCEPTED = IMAGES + DOCUMENTS
MAX_IMAGE_BYTES = 5 * 1024 * 1024
MAX_DOCUMENT_BYTES = 10 * 1024 * 1024
ACCEPT_ATTRIBUTE = "image/jpeg,image/png," + ",".join(f".{e}" for e in DOCUMENTS)


def extension_of(name: str) -> str:
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


def attachment_error(file) -> str | None:
    """None when the file may be kept; otherwise what to tell the asker."""
    extension = extension_of(file.name)
    if extension not in ACCEPTED:
        return _(
            "This kind of file cannot be attached. Attach a photo (JPG, PNG) or a "
            "document (PDF, Word, ODT, text)."
        )
    limit = MAX_IMAGE_BYTES if extension in IMAGES else MAX_DOCUMENT_BYTES
    if file.size > limit:
        return _("The file is too large (%(size)s); the limit is %(limit)s.") % {
            "size": filesizeformat(file.size),
            "limit": filesizeformat(limit),
        }
    if not sniff_document(file.name, head_of(file)):
        return _(
            "The file “%(name)s” is not what its name says (a %(kind)s); "
            "attach the photo or document itself."
        ) % {"name": file.name, "kind": extension.upper()}
    return None
