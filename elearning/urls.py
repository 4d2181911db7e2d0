from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from elearning import health

urlpatterns = [
    path("healthz", health.healthz, name="healthz"),
    path("django-admin/", admin.site.urls),
    # Wagtail's site history, scoped to what the user may see (units/site_history.py).
    path("admin/reports/", include("units.site_history")),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("accounts/", include("accounts.urls")),
    path("activate/", include("accounts.activation_urls")),
    path("", include("home.urls")),
    path("", include("units.urls")),
    path("", include("classes.urls")),
    path("", include("records.urls")),
    path("", include("partners.urls")),
    path("", include("lecturers.urls")),
    path("", include("lessons.urls")),
    path("quizzes/", include("quizzes.urls")),
    path("situations/", include("situations.urls")),
    path("live/", include("live.urls")),
    path("standards/", include("standards.urls")),
    path("questions/", include("grassroots.urls")),
]

if settings.DEBUG:
    # Only the images' folders: hand-ins and other private files are served by
    # views that check who asks (records' result_file, Wagtail's documents).
    from django.urls import re_path
    from django.views.static import serve

    urlpatterns.append(
        re_path(
            r"^media/(?P<path>(?:original_images|images)/.+)$",
            serve,
            {"document_root": settings.MEDIA_ROOT},
        )
    )

urlpatterns.append(path("", include(wagtail_urls)))

# A bare 500 but when the database is out: then a Vietnamese 503 "try again".
handler500 = "elearning.outage.server_error"
