"""What the service worker keeps: the app shell, and a module or a whole
programme saved for offline reading."""

import hashlib
import json

from django.core.cache import cache
from django.db.models import Count, Max
from django.templatetags.static import static
from django.urls import reverse

from lessons.models import LessonPage, ModulePage
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


def _manifest(page, pages, request) -> dict:
    urls = [p.get_url(request) for p in pages]
    size = PAGE_OVERHEAD_BYTES * len(pages)
    for lesson in lessons_under(page):
        media, media_size = _media(lesson, request)
        urls += [lesson.get_url(request), *media]
        size += _lesson_bytes(lesson) + media_size
    return {"title": page.title, "urls": urls, "bytes": size}


def _cached(page, build) -> dict:
    """Built once per change of the pages below (each image's rendition and
    each lesson's blocks are read to build it), then kept in the cache."""
    below = LessonPage.objects.live().descendant_of(page)
    stamp = below.aggregate(n=Count("pk"), last=Max("last_published_at"))
    version = hashlib.sha256(repr(sorted(stamp.items())).encode()).hexdigest()[:16]
    key = f"lessons:offline:{page.pk}:{version}"
    manifest = cache.get(key)
    if manifest is None:
        manifest = build()
        cache.set(key, manifest, 24 * 3600)
    return manifest


def module_manifest(module, request) -> dict:
    """The URLs to save for reading the module offline, and their total size."""
    return _cached(module, lambda: _manifest(module, [module], request))


def programme_manifest(programme, request) -> dict:
    """The programme page, its modules and every lesson with its images and
    documents: what to save to read the whole programme offline, and the size."""
    modules = list(ModulePage.objects.live().child_of(programme).order_by("path"))
    return _cached(
        programme, lambda: _manifest(programme, [programme, *modules], request)
    )
