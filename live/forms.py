"""Forms of the live pages: joining, creating a session, preparing activities."""

from django import forms
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from live.models import LiveSession, Poll
from units.roles import Role


class JoinForm(forms.Form):
    code = forms.RegexField(
        label=_("Session code"),
        regex=r"^\s*\d{3}\s?\d{3}\s*$",
        error_messages={"invalid": _("The code has 6 digits, e.g. 482913.")},
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
    )
    name = forms.CharField(
        label=_("Your name"), max_length=60, required=False,
        help_text=_("As you want it shown, e.g. “Nguyễn Văn An”."),
    )  # fmt: skip

    def clean_code(self):
        return "".join(self.cleaned_data["code"].split())


class SessionForm(forms.ModelForm):
    class Meta:
        model = LiveSession
        fields = [
            "title", "class_session", "cohosts", "lobby", "qa_moderated",
            "qa_anonymous", "quiz_speed_points", "blocked_words",
        ]  # fmt: skip
        widgets = {"blocked_words": forms.Textarea(attrs={"rows": 3})}
        labels = {"title": _("Session title")}

    def __init__(self, *args, class_sessions=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["class_session"].queryset = class_sessions
        self.fields["class_session"].required = False
        self.fields["cohosts"].queryset = (
            User.objects.filter(grants__role__in=[Role.LECTURER, Role.CENTRE_MANAGER])
            .distinct()
            .order_by("sort_key")
        )
        self.fields["cohosts"].help_text = _("They can moderate and run the session.")


class PollForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind"), choices=Poll.Kind.choices)
    prompt = forms.CharField(label=_("Question"), max_length=300)
    options = forms.CharField(
        label=_("Options"), required=False, widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("One option a line (choice polls)."),
    )  # fmt: skip
    scale = forms.IntegerField(label=_("Scale"), min_value=2, max_value=10, initial=5)
    results_visible = forms.BooleanField(
        label=_("Show results live"), required=False, initial=True
    )


class QuizItemForm(forms.Form):
    bank_question = forms.TypedChoiceField(
        label=_("From the question bank"), coerce=int, required=False, empty_value=None
    )
    prompt = forms.CharField(label=_("Or write a question"), required=False)
    options = forms.CharField(
        label=_("Options"), required=False, widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("One option a line; start the right one(s) with *."),
    )  # fmt: skip
    seconds = forms.IntegerField(
        label=_("Seconds to answer"), min_value=5, max_value=300, initial=30
    )

    def __init__(self, *args, bank=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["bank_question"].choices = [("", "—"), *bank]

    def clean(self):
        data = super().clean()
        if not data.get("bank_question") and not data.get("prompt"):
            raise forms.ValidationError(
                _("Choose a question from the bank or write one.")
            )
        return data

    def written(self) -> dict:
        lines = [line.strip() for line in self.cleaned_data["options"].splitlines()]
        lines = [line for line in lines if line]
        return {
            "prompt": self.cleaned_data["prompt"],
            "options": [line.lstrip("*").strip() for line in lines],
            "correct": [i for i, line in enumerate(lines) if line.startswith("*")],
        }


class SituationForm(forms.Form):
    situation = forms.TypedChoiceField(label=_("Situation"), coerce=int)

    def __init__(self, *args, situations=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["situation"].choices = list(situations)
