"""Wagtail's migrations create the tree's root page titled "Root", which the page
explorer shows to editors: it is titled in Vietnamese instead (issue #15)."""

from django.db import migrations

TITLE = "Gốc"


def rename(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    Page.objects.filter(depth=1, title="Root").update(title=TITLE, draft_title=TITLE)


def back(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    Page.objects.filter(depth=1, title=TITLE).update(title="Root", draft_title="Root")


class Migration(migrations.Migration):
    dependencies = [("lessons", "0001_initial"), ("wagtailcore", "0098_apitoken")]

    operations = [migrations.RunPython(rename, back)]
