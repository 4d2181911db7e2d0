"""The full-text index of lessons: FTS5 on SQLite; on PostgreSQL the `unaccent`
extension, the `lessons_vi` configuration and a tsvector table. Filled with the
live lessons there are."""

from django.db import migrations


def create_index(apps, schema_editor):
    from lessons.search.backends import backend_for
    from lessons.text import stream_text

    backend = backend_for(schema_editor.connection.vendor)
    LessonPage = apps.get_model("lessons", "LessonPage")
    with schema_editor.connection.cursor() as cursor:
        backend.create(cursor)
        for lesson in LessonPage.objects.filter(live=True).iterator():
            text = stream_text(lesson.summary, lesson.body)
            backend.store(cursor, lesson.pk, lesson.title, text)


def drop_index(apps, schema_editor):
    from lessons.search.backends import backend_for

    with schema_editor.connection.cursor() as cursor:
        backend_for(schema_editor.connection.vendor).drop(cursor)


class Migration(migrations.Migration):
    dependencies = [("lessons", "0003_callout_text_label")]

    operations = [migrations.RunPython(create_index, drop_index)]
