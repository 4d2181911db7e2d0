"""The forms of the grassroots' questions: asking, routing, answering, reviewing,
keeping a live question."""

import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from classes.forms import DATE_INPUT
from grassroots import services
from grassroots.attachments import ACCEPT_ATTRIBUTE, attachment_error
from grassroots.models import Topic
from programmes.models import Programme

DEFAULT_DAYS_TO_ANSWER = 7


class CommuneField(forms.ModelChoiceField):
    def label_from_instance(self, commune):
        if commune.parent_id:
            return f"{commune.name} ({commune.parent.name})"
        return commune.name


class AskForm(forms.Form):
    topic = forms.ModelChoiceField(
        label=_("Topic"), queryset=Topic.objects.all(), empty_label=_("— choose —")
    )
    commune = CommuneField(
        label=_("Your commune"),
        queryset=services.communes(),
        empty_label=_("— choose —"),
        help_text=_("The commune, ward or special zone the question comes from."),
    )
    text = forms.CharField(
        label=_("Your question"),
        max_length=services.MAX_TEXT,
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    attachment = forms.FileField(
        label=_("Photo or document (optional)"),
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": ACCEPT_ATTRIBUTE}),
        help_text=_("A photo (JPG, PNG, up to 5 MB) or a document (up to 10 MB)."),
    )
    anonymous = forms.BooleanField(
        label=_("Do not show my name to other people"),
        required=False,
        help_text=_("The centre still sees who asked, to answer you."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["commune"].queryset = services.communes()

    def clean_attachment(self):
        file = self.cleaned_data.get("attachment")
        if file:
            error = attachment_error(file)
            if error:
                raise forms.ValidationError(error)
        return file


class RouteForm(forms.Form):
    lecturer = forms.ModelChoiceField(
        label=_("Lecturer"), queryset=None, required=False, empty_label=_("— none —")
    )
    unit = forms.ModelChoiceField(
        label=_("Or a unit"),
        queryset=None,
        required=False,
        empty_label=_("— none —"),
        help_text=_("The provincial political school answers through its lecturers."),
    )
    partner = forms.ModelChoiceField(
        label=_("Or a partner body"),
        queryset=None,
        required=False,
        empty_label=_("— none —"),
        help_text=_("The centre's manager records the body's answer."),
    )
    due_on = forms.DateField(label=_("Answer due"), widget=DATE_INPUT)

    def __init__(self, *args, question, **kwargs):
        kwargs.setdefault(
            "initial",
            {
                "lecturer": question.assigned_to_id,
                "unit": question.assigned_unit_id,
                "partner": question.assigned_partner_id,
                "due_on": question.due_on
                or timezone.localdate()
                + datetime.timedelta(days=DEFAULT_DAYS_TO_ANSWER),
            },
        )
        super().__init__(*args, **kwargs)
        self.fields["lecturer"].queryset = services.lecturers_of(question.centre)
        self.fields["lecturer"].label_from_instance = lambda user: user.full_name
        self.fields["unit"].queryset = services.schools_for(question.centre)
        self.fields["partner"].queryset = services.partners_for(question.centre)

    def clean(self):
        cleaned = super().clean()
        chosen = [cleaned.get(name) for name in ("lecturer", "unit", "partner")]
        if sum(bool(value) for value in chosen) != 1:
            raise forms.ValidationError(
                _("Choose one: a lecturer, a unit or a partner body.")
            )
        return cleaned


class AnswerForm(forms.Form):
    text = forms.CharField(
        label=_("Answer"), max_length=8000, widget=forms.Textarea(attrs={"rows": 10})
    )


class PublishForm(forms.Form):
    answer = forms.CharField(
        label=_("Answer as published"),
        max_length=8000,
        widget=forms.Textarea(attrs={"rows": 10}),
    )
    programme = forms.ModelChoiceField(
        label=_("Programme"),
        queryset=Programme.objects.order_by("name"),
        required=False,
        empty_label=_("— from the first lesson —"),
    )
    lessons = forms.ModelMultipleChoiceField(
        label=_("Lessons referred to"),
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    documents = forms.ModelMultipleChoiceField(
        label=_("Documents referred to"),
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, question, **kwargs):
        from wagtail.documents import get_document_model

        from lessons.models import LessonPage

        kwargs.setdefault(
            "initial",
            {
                "answer": question.answer,
                "programme": question.programme_id,
                "lessons": list(question.lessons.values_list("pk", flat=True))
                or list(question.topic.lessons.values_list("pk", flat=True)),
                "documents": list(question.documents.values_list("pk", flat=True)),
            },
        )
        super().__init__(*args, **kwargs)
        self.fields["lessons"].queryset = LessonPage.objects.live().order_by("path")
        self.fields["documents"].queryset = get_document_model().objects.order_by(
            "title"
        )


class ReturnForm(forms.Form):
    note = forms.CharField(
        label=_("What the lecturer should change"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class DeclineForm(forms.Form):
    reason = forms.CharField(
        label=_("Why the question is declined (the asker reads it)"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class KeepForm(forms.Form):
    topic = forms.ModelChoiceField(
        label=_("Topic"), queryset=Topic.objects.all(), empty_label=_("— choose —")
    )
