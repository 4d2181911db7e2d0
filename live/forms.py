"""Forms of the live pages: joining, creating a session, preparing activities."""

from django import forms
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from live import sources
from live.models import LiveSession, Poll, QuizItem
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


IMAGE_BYTES = 2 * 1024 * 1024
IMAGE_TYPES = {b"\x89PNG\r\n\x1a\n": "png", b"\xff\xd8\xff": "jpg"}


class QuizItemForm(forms.Form):
    """A live quiz question, from the bank or written here, of any kind."""

    bank_question = forms.TypedChoiceField(
        label=_("From the question bank"), coerce=int, required=False, empty_value=None
    )
    kind = forms.ChoiceField(
        label=_("Kind"),
        choices=QuizItem.Kind.choices,
        initial=QuizItem.Kind.CHOICE,
        required=False,  # multiple choice, as before there were kinds
    )
    prompt = forms.CharField(
        label=_("Or write a question"), required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )  # fmt: skip
    options = forms.CharField(
        label=_("Options"), required=False, widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "Multiple choice: one option a line, the right one(s) starting with *. "
            "Ordering: the items in their right order (the class sees them shuffled). "
            "Typed answer: one accepted answer a line."
        ),
    )  # fmt: skip
    statement_true = forms.BooleanField(
        label=_("True/false: the statement is true"), required=False
    )
    ignore_diacritics = forms.BooleanField(
        label=_("Typed answer: accept it written without diacritics"),
        required=False, initial=True,
    )  # fmt: skip
    low = forms.FloatField(label=_("Slider: least value"), required=False)
    high = forms.FloatField(label=_("Slider: greatest value"), required=False)
    step = forms.FloatField(
        label=_("Slider: step"), required=False, min_value=0.001, initial=1
    )
    answer = forms.FloatField(label=_("Slider: the right number"), required=False)
    tolerance = forms.FloatField(
        label=_("Slider: accepted difference"), required=False, min_value=0, initial=0
    )
    image = forms.FileField(
        label=_("Image (PNG or JPEG, up to 2 MB)"), required=False,
        help_text=_("A question from the bank keeps its own image if it has one."),
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

    def clean_image(self):
        upload = self.cleaned_data.get("image")
        if not upload:
            return None
        head = upload.read(8)
        upload.seek(0)
        kind = next((k for sig, k in IMAGE_TYPES.items() if head.startswith(sig)), None)
        if kind is None:
            raise forms.ValidationError(_("The image must be a PNG or JPEG file."))
        if upload.size > IMAGE_BYTES:
            raise forms.ValidationError(_("The image is larger than 2 MB."))
        upload.live_extension = kind
        return upload

    def written(self) -> dict:
        """The fields of add_quiz_item for a question written here."""
        data = self.cleaned_data
        lines = [line.strip() for line in data["options"].splitlines()]
        lines = [line for line in lines if line]
        kind = data["kind"] or QuizItem.Kind.CHOICE
        fields = {"prompt": data["prompt"], "kind": kind}
        if kind == QuizItem.Kind.TRUE_FALSE:
            fields["correct"] = [0 if data["statement_true"] else 1]
        elif kind == QuizItem.Kind.ORDERING:
            fields.update(sources.ordering_fields(lines))
        elif kind == QuizItem.Kind.TYPED:
            fields["answer_spec"] = {
                "accepted": lines,
                "ignore_diacritics": data["ignore_diacritics"],
            }
        elif kind == QuizItem.Kind.NUMERIC:
            fields["answer_spec"] = {
                "min": data["low"], "max": data["high"], "step": data["step"],
                "answer": data["answer"], "tolerance": data["tolerance"],
            }  # fmt: skip
        else:
            fields["options"] = [line.lstrip("*").strip() for line in lines]
            fields["correct"] = [
                i for i, line in enumerate(lines) if line.startswith("*")
            ]
        return fields

    @staticmethod
    def initial_for(item: QuizItem) -> dict:
        """The form filled with a draft's fields, to edit it."""
        spec = item.answer_spec or {}
        if item.kind == QuizItem.Kind.ORDERING:
            lines = [item.options[i] for i in item.correct]
        elif item.kind == QuizItem.Kind.TYPED:
            lines = spec.get("accepted", [])
        else:
            lines = [
                ("*" if i in item.correct else "") + option
                for i, option in enumerate(item.options)
            ]
        return {
            "kind": item.kind, "prompt": item.prompt, "options": "\n".join(lines),
            "statement_true": item.correct == [0],
            "ignore_diacritics": spec.get("ignore_diacritics", True),
            "low": spec.get("min"), "high": spec.get("max"),
            "step": spec.get("step", 1), "answer": spec.get("answer"),
            "tolerance": spec.get("tolerance", 0), "seconds": item.seconds,
        }  # fmt: skip


class SituationForm(forms.Form):
    situation = forms.TypedChoiceField(label=_("Situation"), coerce=int)

    def __init__(self, *args, situations=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["situation"].choices = list(situations)
