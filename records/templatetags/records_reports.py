"""The text of a report's cell, as records/report_tables.py writes it."""

from django import template

from records.report_tables import shown as shown_text

register = template.Library()


@register.filter
def shown(cell) -> str:
    return shown_text(cell)
