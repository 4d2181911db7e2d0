"""The filter of the partner bodies' list."""

from django import forms
from django.utils.translation import gettext_lazy as _

from partners.models import Organisation


class BodyFilterForm(forms.Form):
    kind = forms.ChoiceField(
        choices=[("", _("All kinds")), *Organisation.Kind.choices],
        required=False,
        label=_("Kind"),
        error_messages={"invalid_choice": _("Choose a kind from the list.")},
    )
