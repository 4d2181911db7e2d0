from django import forms
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from classes.models import ClassSession, TrainingClass
from programmes.models import ProgrammeVersion

DATE_INPUT = forms.DateInput(format="%d/%m/%Y", attrs={"placeholder": "dd/mm/yyyy"})


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


class ReasonForm(forms.Form):
    reason = forms.CharField(label=_("Reason"), max_length=300)


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


class SlipsForm(forms.Form):
    """Which activation slips to print: everyone waiting, or one person again."""

    FORMATS = [("pdf", _("PDF to print (8 slips a page)")), ("xlsx", _("Spreadsheet"))]

    format = forms.ChoiceField(label=_("File"), choices=FORMATS, initial="pdf")
    enrolment = forms.ModelChoiceField(
        label=_("Only this person (a new code, e.g. a forgotten password)"),
        queryset=None,
        required=False,
        empty_label=_("Everyone who has not set a password yet"),
    )
    compromised = forms.BooleanField(
        label=_("Someone else used this account: stop its password now"),
        required=False,
    )

    def __init__(self, *args, training_class, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["enrolment"].queryset = (
            training_class.enrolments.filter(status="active")
            .select_related("trainee")
            .order_by("trainee__sort_key")
        )
        self.fields["enrolment"].label_from_instance = lambda e: e.trainee.full_name
