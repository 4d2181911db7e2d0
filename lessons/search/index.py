"""Keeping the index current, and asking it.

The index follows the database, not the request: a lesson is (re)indexed on every
full save (creating it, publishing a revision, which saves the page with the
revision's content, or a direct edit), and dropped when it is unpublished or
deleted. Saving a draft saves the page with `update_fields` and its text is not
live: it is left out. Searches join the live lessons, so an entry that outlives
its lesson (a page unpublished by a bulk update) never shows.
"""

from django.db import connection

from lessons.search import backends
from lessons.search.backends import Hit


def index_lesson(lesson) -> None:
    with connection.cursor() as cursor:
        backends.current().store(cursor, lesson.pk, lesson.title, lesson.plain_text())


def remove_lesson(lesson_id: int) -> None:
    with connection.cursor() as cursor:
        backends.current().remove(cursor, lesson_id)


def candidates(words: list[str], limit: int) -> list[Hit]:
    if not words:
        return []
    with connection.cursor() as cursor:
        return backends.current().candidates(cursor, words, limit)


def on_saved(sender, instance, update_fields=None, raw=False, **kwargs) -> None:
    if raw or update_fields is not None:
        return
    if instance.live:
        index_lesson(instance)
    else:
        remove_lesson(instance.pk)


def on_gone(sender, instance, **kwargs) -> None:
    remove_lesson(instance.pk)


def connect() -> None:
    from django.db.models.signals import post_delete, post_save
    from wagtail.signals import page_unpublished

    from lessons.models import LessonPage

    post_save.connect(on_saved, sender=LessonPage, dispatch_uid="lessons_search")
    post_delete.connect(on_gone, sender=LessonPage, dispatch_uid="lessons_search")
    page_unpublished.connect(on_gone, sender=LessonPage, dispatch_uid="lessons_search")
