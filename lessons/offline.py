"""What the service worker keeps: the app shell, and a module saved for offline."""

import hashlib
import json

from django.templatetags.static import static
from django.urls import reverse

from lessons.queries import lessons_under

SHELL_STATIC = [
    "css/site.css",
    "js/site.js",
    "js/lesson.js",
    "js/offline.js",
    "lessons/lessons.css",
    "vendor/htmx.min.js",
]
# Markup around the words of a lesson (header, footer, blocks), compressed.
PAGE_OVERHEAD_BYTES = 3000
# Vietnamese words average about seven bytes in UTF-8; text compresses about 3:1.
BYTES_PER_WORD = 3


def shell_urls() -> list[str]:
    return [reverse("lessons:offline"), *(static(path) for path in SHELL_STATIC)]


def shell_version() -> str:
    """Changes whenever a shell file's hashed name changes, so phones update."""
    return hashlib.sha256("|".join(shell_urls()).encode()).hexdigest()[:12]


def worker_context() -> dict:
    return {
        "version": shell_version(),
        "shell_json": json.dumps(shell_urls()),
        "offline_url": reverse("lessons:offline"),
        "logout_url": reverse("logout"),
    }


def _lesson_bytes(lesson) -> int:
    return PAGE_OVERHEAD_BYTES + lesson.word_count * BYTES_PER_WORD


def _media(lesson, request) -> tuple[list[str], int]:
    """Images of a lesson (their small renditions) and documents to download."""
    urls, size = [], 0
    for block in lesson.specific.body:
        if block.block_type == "image":
            image = block.value["image"]
            rendition = image.get_rendition("width-720|format-webp")
            urls.append(rendition.url)
            size += rendition.file.size if rendition.file else 0
        elif block.block_type == "download":
            document = block.value["document"]
            urls.append(document.url)
            size += document.file_size or 0
    return urls, size


def module_manifest(module, request) -> dict:
    """The URLs to save for reading the module offline, and their total size."""
    urls, size = [module.get_url(request)], PAGE_OVERHEAD_BYTES
    for lesson in lessons_under(module):
        media, media_size = _media(lesson, request)
        urls += [lesson.get_url(request), *media]
        size += _lesson_bytes(lesson) + media_size
    return {"title": module.title, "urls": urls, "bytes": size}
