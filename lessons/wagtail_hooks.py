"""Wagtail's admin in Vietnamese where Wagtail's own code names things in English.

The site list's columns "Port", "Site name" and "Root page" are labelled from the
field names (`Column("port")`), not from the model's translated verbose names, and
the sort links' titles repeat them: labelled from the verbose names instead."""

from django.utils.text import capfirst
from wagtail.models import Site
from wagtail.sites.views import IndexView as SiteIndexView

NAMED_FROM_FIELD = ("port", "site_name", "root_page")


def name_site_columns() -> None:
    for column in SiteIndexView.columns:
        if column.name in NAMED_FROM_FIELD:
            column.label = capfirst(Site._meta.get_field(column.name).verbose_name)


name_site_columns()
