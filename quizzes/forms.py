"""Site forms of the quizzes app."""

from datetime import timedelta

from django import forms
from django.utils.translation import gettext_lazy as _

from quizzes.models import Quiz


class OverrideForm(forms.Form):
    """A class's or one trainee's close date, time limit or attempts for a quiz."""

    quiz = forms.ModelChoiceField(label=_("Quiz"), queryset=Quiz.objects.none())
    trainee = forms.ModelChoiceField(
        label=_("Who it is for"),
        queryset=None,
        required=False,
        empty_label=_("The whole class"),
    )
    close_at = forms.DateTimeField(
        label=_("Closes"),
        required=False,
        input_formats=["%d/%m/%Y %H:%M", "%d/%m/%Y"],
        widget=forms.DateTimeInput(
            format="%d/%m/%Y %H:%M", attrs={"placeholder": "dd/mm/yyyy hh:mm"}
        ),
        error_messages={"invalid": _("Write the date as dd/mm/yyyy hh:mm.")},
    )
    minutes = forms.IntegerField(
        label=_("Time limit (minutes)"), required=False, min_value=1, max_value=1440
    )
    attempts = forms.IntegerField(
        label=_("Attempts allowed"),
        required=False,
        min_value=0,
        max_value=100,
        help_text=_("0 means unlimited."),
    )

    def __init__(self, *args, quizzes, trainees, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["quiz"].queryset = quizzes
        self.fields["trainee"].queryset = trainees
        self.fields["trainee"].label_from_instance = lambda u: u.full_name or str(u)

    def clean(self):
        data = super().clean()
        given = [data.get(f) for f in ("close_at", "minutes", "attempts")]
        if not self.errors and all(v is None for v in given):
            raise forms.ValidationError(
                _("Give a close date, a time limit or a number of attempts.")
            )
        return data

    def terms(self) -> dict:
        minutes = self.cleaned_data.get("minutes")
        return {
            "close_at": self.cleaned_data.get("close_at"),
            "time_limit": timedelta(minutes=minutes) if minutes else None,
            "attempts_allowed": self.cleaned_data.get("attempts"),
        }
