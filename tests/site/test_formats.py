import datetime

from django import forms
from django.template import Context, Template
from django.utils import translation


class DateForm(forms.Form):
    day = forms.DateField()


def test_date_typed_day_first_is_accepted():
    with translation.override("vi"):
        form = DateForm({"day": "25/12/2026"})
        assert form.is_valid(), form.errors
        assert form.cleaned_data["day"] == datetime.date(2026, 12, 25)


def test_ambiguous_date_is_read_day_first():
    with translation.override("vi"):
        form = DateForm({"day": "05/12/2026"})
        assert form.is_valid(), form.errors
        assert form.cleaned_data["day"] == datetime.date(2026, 12, 5)


def test_impossible_date_gets_a_vietnamese_message():
    with translation.override("vi"):
        form = DateForm({"day": "31/02/2026"})
        assert not form.is_valid()
        assert form.errors["day"] == ["Nhập một ngày hợp lệ."]


def test_dates_are_shown_day_first():
    with translation.override("vi"):
        rendered = Template("{{ day|date:'SHORT_DATE_FORMAT' }}|{{ day }}").render(
            Context({"day": datetime.date(2026, 12, 5)})
        )
    assert rendered == "05/12/2026|05/12/2026"
