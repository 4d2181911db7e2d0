"""Input checks: progress reports from phones, and uploads checked by content."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm

from elearning.uploads import sniff_document

MAX_POSITION = 5000


class ProgressReportForm(forms.Form):
    """One report queued by a phone: its own id, the lesson, how far, finished."""

    id = forms.UUIDField(error_messages={"invalid": _("The report id is not valid.")})
    lesson = forms.IntegerField(min_value=1)
    percent = forms.IntegerField(min_value=0, max_value=100)
    finished = forms.BooleanField(required=False)
    at = forms.DateTimeField(required=False)
    position = forms.IntegerField(min_value=0, max_value=MAX_POSITION, required=False)


class CheckedDocumentForm(BaseDocumentForm):
    """Wagtail's document form, refusing files whose content is not what their
    name says (a script renamed .pdf, an SVG renamed .mp3)."""

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and hasattr(upload, "read"):
            head = upload.read(4096)
            upload.seek(0)
            if not sniff_document(upload.name, head):
                raise ValidationError(
                    _(
                        "The file's content does not match its type (.%(ext)s). "
                        "Please upload the original PDF, Word, Excel, PowerPoint, "
                        "audio or video file."
                    ),
                    params={"ext": upload.name.rsplit(".", 1)[-1].lower()},
                )
        return upload

    def _post_clean(self):
        # Wagtail's Document.clean() checks the extension of the stored file, which
        # is still empty when the upload was refused (or missing) above: it would add
        # "File extension “” is not allowed" under the real reason.
        refused = list(self._errors.get("file", [])) if self._errors else []
        super()._post_clean()
        if refused:
            self._errors["file"] = self.error_class(refused)
