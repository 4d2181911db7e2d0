"""Forms of the standards pages; the rules are the services'."""

from django import forms
from django.utils.translation import gettext_lazy as _

from standards import computations
from standards.models import Answer, CriteriaSet, Criterion, SelfAssessment
from standards.services.criteria import criterion_errors

MET_CHOICES = [("yes", _("Met")), ("no", _("Not met"))]


class StartForm(forms.Form):
    unit = forms.ModelChoiceField(queryset=None, label=_("Centre"))
    year = forms.CharField(label=_("Year"), max_length=20)

    def __init__(self, *args, units, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = units
        self.fields["year"].widget.attrs.update(inputmode="numeric", size=4)
        self.only = units.first() if units.count() == 1 else None
        if self.only is not None:
            # One centre: nothing to choose.
            del self.fields["unit"]

    def clean(self):
        data = super().clean()
        if self.only is not None:
            data["unit"] = self.only
        return data


class AnswerForm(forms.Form):
    claimed_met = forms.ChoiceField(
        label=_("The centre's assessment"),
        choices=MET_CHOICES,
        widget=forms.RadioSelect,
        required=False,
    )
    explanation = forms.CharField(
        label=_("Explanation"),
        widget=forms.Textarea(attrs={"rows": 5}),
        required=False,
        max_length=5000,
    )
    file = forms.FileField(
        label=_("Attach evidence"),
        required=False,
        help_text=_("PDF, Word, Excel, OpenDocument, JPG or PNG, at most 10 MB."),
    )

    def __init__(self, *args, answer, **kwargs):
        initial = {
            "explanation": answer.explanation,
            "claimed_met": {True: "yes", False: "no"}.get(answer.claimed_met, ""),
        }
        super().__init__(*args, initial=initial, **kwargs)
        if answer.criterion.is_computed:
            del self.fields["claimed_met"]

    def claimed(self) -> bool | None:
        return {"yes": True, "no": False}.get(self.cleaned_data.get("claimed_met"))


class ReviewForm(forms.Form):
    verdict = forms.ChoiceField(
        label=_("Review"),
        choices=[c for c in Answer.Verdict.choices if c[0]],
        widget=forms.RadioSelect,
    )
    comment = forms.CharField(
        label=_("Comment"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        max_length=3000,
    )


class ReturnForm(forms.Form):
    note = forms.CharField(
        label=_("Note to the centre"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        max_length=3000,
    )


class ConcludeForm(forms.Form):
    result = forms.ChoiceField(
        label=_("Result"),
        choices=[c for c in SelfAssessment.Result.choices if c[0]],
        widget=forms.RadioSelect,
    )
    conclusion = forms.CharField(
        label=_("Conclusion"),
        widget=forms.Textarea(attrs={"rows": 4}),
        required=False,
        max_length=5000,
    )


class NewVersionForm(forms.Form):
    province = forms.ModelChoiceField(queryset=None, label=_("Province"))

    def __init__(self, *args, provinces, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["province"].queryset = provinces
        self.only = provinces.first() if provinces.count() == 1 else None
        if self.only is not None:
            # One province: nothing to choose.
            del self.fields["province"]

    def clean(self):
        data = super().clean()
        if self.only is not None:
            data["province"] = self.only
        return data


class CriteriaSetForm(forms.ModelForm):
    class Meta:
        model = CriteriaSet
        fields = ["title", "decision", "applies_from_year"]
        widgets = {
            "applies_from_year": forms.NumberInput(attrs={"inputmode": "numeric"})
        }


class CriterionForm(forms.ModelForm):
    computation = forms.ChoiceField(label=_("Computation"), required=False, choices=())

    class Meta:
        model = Criterion
        fields = [
            "group",
            "code",
            "position",
            "text",
            "guidance",
            "kind",
            "computation",
            "comparison",
            "target",
        ]
        widgets = {
            "text": forms.Textarea(attrs={"rows": 3}),
            "guidance": forms.Textarea(attrs={"rows": 3}),
            "kind": forms.RadioSelect,
            "target": forms.TextInput(attrs={"inputmode": "decimal"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        choices = [("", "—"), *computations.choices()]
        current = self.instance.computation
        if current and current not in computations.REGISTRY:
            choices.append((current, current))
        self.fields["computation"].choices = choices
        self.fields["target"].localize = True
        self.fields["target"].widget.is_localized = True

    def clean(self):
        data = super().clean()
        errors = criterion_errors(
            data.get("kind"),
            data.get("computation", ""),
            data.get("comparison", ""),
            data.get("target"),
        )
        for name, message in errors.items():
            if name not in self.errors:
                self.add_error(name, message)
        if data.get("kind") == Criterion.Kind.DECLARED:
            data["computation"], data["comparison"], data["target"] = "", "", None
        return data
