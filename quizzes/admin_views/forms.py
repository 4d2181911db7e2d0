"""Admin forms: Moodle's review matrix as checkboxes; the import upload."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from quizzes.models.quizzes import ReviewItem, ReviewPhase

MAX_UPLOAD = 5 * 1024 * 1024


def _review_field(phase: ReviewPhase) -> forms.MultipleChoiceField:
    return forms.MultipleChoiceField(
        label=phase.label,
        choices=ReviewItem.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )


class QuizForm(WagtailAdminModelForm):
    """One checkbox group per column of Moodle's review options."""

    review_during = _review_field(ReviewPhase.DURING)
    review_immediately = _review_field(ReviewPhase.IMMEDIATELY)
    review_open = _review_field(ReviewPhase.OPEN)
    review_closed = _review_field(ReviewPhase.CLOSED)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        review = self.instance.review or {}
        for phase in ReviewPhase:
            self.fields[f"review_{phase.value}"].initial = review.get(phase.value, [])

    def save(self, commit=True):
        self.instance.review = {
            phase.value: self.cleaned_data.get(f"review_{phase.value}", [])
            for phase in ReviewPhase
        }
        return super().save(commit=commit)


class ImportForm(forms.Form):
    file = forms.FileField(label=_("File"))
    format = forms.ChoiceField(
        label=_("Format"),
        choices=[
            ("gift", "GIFT"),
            ("aiken", "Aiken"),
            ("h5p", _("H5P (.h5p or content.json)")),
        ],
    )
    category = forms.CharField(
        label=_("Category"),
        required=False,
        max_length=255,
        help_text=_("For questions the file does not place in a category."),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD:
            raise forms.ValidationError(_("The file is too large (at most 5 MB)."))
        return upload
