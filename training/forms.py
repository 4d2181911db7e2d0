"""Forms of the training pages; the rules themselves live in the services."""

from django import forms
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from training.models import Assessment, ClassSession, ProgrammeVersion, TrainingClass

DATE_INPUT = forms.DateInput(format="%d/%m/%Y", attrs={"placeholder": "dd/mm/yyyy"})


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


class SessionForm(forms.Form):
    date = forms.DateField(label=_("Date"), widget=DATE_INPUT)
    part = forms.ChoiceField(label=_("Part of day"), choices=ClassSession.Part.choices)
    periods = forms.IntegerField(
        label=_("Periods"), min_value=1, max_value=10, initial=5
    )
    topic = forms.CharField(label=_("Topic or lesson"), max_length=300)
    lecturer = forms.ModelChoiceField(
        label=_("Lecturer"), queryset=User.objects.none(), required=False
    )
    room = forms.CharField(
        label=_("Room or online link"), max_length=300, required=False
    )

    def __init__(self, *args, lecturers=None, **kwargs):
        super().__init__(*args, **kwargs)
        if lecturers is not None:
            self.fields["lecturer"].queryset = lecturers


class EnrolForm(forms.Form):
    full_name = forms.CharField(label=_("Full name"), max_length=150)
    phone = forms.CharField(label=_("Phone"), max_length=30)
    date_of_birth = forms.DateField(
        label=_("Date of birth"), widget=DATE_INPUT, required=False
    )
    party_cell = forms.CharField(
        label=_("Party cell or unit"), max_length=200, required=False
    )
    position = forms.CharField(label=_("Position"), max_length=200, required=False)


class RosterForm(forms.Form):
    file = forms.FileField(
        label=_("Roster file (XLSX or CSV)"),
        help_text=_(
            "Columns: Họ và tên, Ngày sinh, Điện thoại, Chi bộ/đơn vị, Chức vụ "
            "(and optionally Xã/phường)."
        ),
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
        label=_("Rubric"),
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
        help_text=_('As printed, e.g. "GIÁM ĐỐC" or "KT. GIÁM ĐỐC – PHÓ GIÁM ĐỐC".'),
    )
    place_name = forms.CharField(label=_("Place of issue"), max_length=100)
    trainees = forms.TypedMultipleChoiceField(
        label=_("Trainees"),
        coerce=int,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Please tick at least one trainee.")},
    )


class ReasonForm(forms.Form):
    reason = forms.CharField(label=_("Reason"), max_length=300)


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


class ClassForm(forms.ModelForm):
    class Meta:
        model = TrainingClass
        fields = [
            "training_unit",
            "version",
            "code",
            "mode",
            "starts_on",
            "ends_on",
            "head_lecturer",
            "location",
            "min_attendance_percent",
            "pass_score",
            "rounding",
        ]
        widgets = {"starts_on": DATE_INPUT, "ends_on": DATE_INPUT}
        help_texts = {
            "min_attendance_percent": _("Leave empty to follow the programme version."),
            "pass_score": _("Leave empty to follow the programme version."),
            "rounding": _("Leave empty to follow the programme version."),
        }

    def __init__(self, *args, units=None, lecturers=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["training_unit"].queryset = units
        self.fields["head_lecturer"].queryset = lecturers
        self.fields["version"].queryset = ProgrammeVersion.objects.select_related(
            "programme"
        )
