"""The choice of unit and year on the lecturers' pages: a GET form, so a bad value
is said in Vietnamese beside its field and the page shows the default instead."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

FIRST_YEAR = 2000


class ScopeForm(forms.Form):
    unit = forms.ModelChoiceField(
        queryset=None,
        required=False,
        label=_("Training unit"),
        error_messages={"invalid_choice": _("Choose a unit you manage.")},
    )
    year = forms.IntegerField(
        required=False,
        label=_("Year"),
        error_messages={"invalid": _("Give the year as a number, e.g. 2026.")},
    )

    def __init__(self, data, *, units, all_units_label=None):
        super().__init__(data)
        self.fields["unit"].queryset = units
        self.fields["unit"].empty_label = all_units_label
        last = timezone.localdate().year + 1
        self.fields["year"].widget.attrs.update(min=FIRST_YEAR, max=last)

    def clean_year(self):
        year = self.cleaned_data.get("year")
        last = timezone.localdate().year + 1
        if year is not None and not FIRST_YEAR <= year <= last:
            raise forms.ValidationError(
                _("Choose a year from %(first)s to %(last)s.")
                % {"first": FIRST_YEAR, "last": last}
            )
        return year

    def chosen(self):
        """(the unit chosen or None, the year chosen or this year): a field with a
        wrong value counts as not chosen, and its error is shown."""
        self.is_valid()
        year = self.cleaned_data.get("year") or timezone.localdate().year
        return self.cleaned_data.get("unit"), year
