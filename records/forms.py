from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from classes.forms import DATE_INPUT
from records.models import Assessment, Classification, SigningForm


class SubmissionForm(forms.Form):
    text = forms.CharField(
        label=_("Your assignment"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 12}),
    )
    file = forms.FileField(
        label=_("Or attach a file"),
        required=False,
        help_text=_("PDF, Word, OpenDocument, text or a photo; at most 10 MB."),
    )


class AssessmentForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind"), choices=Assessment.Kind.choices)
    title = forms.CharField(label=_("Title"), max_length=200)
    instructions = forms.CharField(
        label=_("Instructions"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    rubric = forms.CharField(
        label=pgettext_lazy("assessment", "Rubric"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            'One criterion per line as "criterion | points"; they add up to 10.'
        ),
    )
    due_on = forms.DateField(label=_("Due on"), widget=DATE_INPUT, required=False)
    weight = forms.IntegerField(label=_("Weight"), min_value=1, max_value=10, initial=1)


class GradeForm(forms.Form):
    score = forms.CharField(label=_("Score (of 10)"), required=False, max_length=6)
    comment = forms.CharField(
        label=_("Comment"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )

    def __init__(self, *args, criteria=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.criteria = list(criteria)
        for index, (label, maximum) in enumerate(self.criteria):
            self.fields[f"point_{index}"] = forms.CharField(
                label=f"{label} (/{maximum})", max_length=6
            )

    def points(self):
        if not self.criteria:
            return None
        return [self.cleaned_data[f"point_{i}"] for i in range(len(self.criteria))]


class IssueForm(forms.Form):
    signer_name = forms.CharField(label=_("Signed by"), max_length=150)
    signer_title = forms.CharField(
        label=_("Signer's title"),
        max_length=200,
        help_text=_('The signer\'s own title, e.g. "Giám đốc" or "Phó Giám đốc".'),
    )
    signing_form = forms.ChoiceField(
        label=_("Signing form"),
        choices=SigningForm.choices,
        required=False,
        help_text=_(
            'A deputy signs "KT." (on behalf of) the head, with their own title '
            "on the next line."
        ),
    )
    place_name = forms.CharField(label=_("Place of issue"), max_length=100)
    trainees = forms.TypedMultipleChoiceField(
        label=_("Trainees"),
        coerce=int,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Please tick at least one trainee.")},
    )


class VerifyForm(forms.Form):
    code = forms.CharField(
        label=_("Verification code"),
        max_length=40,
        widget=forms.TextInput(
            attrs={
                "autocomplete": "off",
                "autocapitalize": "characters",
                "placeholder": "XXXX-XXXX-XXXX-XXXX",
            }
        ),
    )


class CorrectionForm(forms.Form):
    """What a correction may change, and why (the old credential is replaced)."""

    holder_name = forms.CharField(label=_("Full name"), max_length=150)
    holder_birth_date = forms.DateField(
        label=_("Date of birth"), widget=DATE_INPUT, required=False
    )
    classification = forms.ChoiceField(
        label=_("Classification"), choices=Classification.choices
    )
    reason = forms.CharField(label=_("Reason"), max_length=300, required=False)
