"""The Wagtail admin's site history (/admin/reports/site-history/), scoped.

Wagtail shows everyone every entry of a model they hold any permission on: another
centre's classes and units, and who changed them. Here superusers see everything;
anyone else sees the entries about pages they may edit and the entries they made
themselves, and the report's filters name only the people and types of those entries.
`elearning/urls.py` puts these views at Wagtail's own addresses, ahead of its admin.
"""

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.urls import path
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.reports.audit_logging import (
    LogEntriesView,
    SiteHistoryReportFilterSet,
)
from wagtail.log_actions import registry
from wagtail.models import PageLogEntry
from wagtail.permission_policies.pages import PagePermissionPolicy


def visible_entries(queryset, user):
    """One log model's entries the user may see."""
    if user.is_superuser:
        return queryset
    own = Q(user_id=user.pk)
    if issubclass(queryset.model, PageLogEntry):
        editable = PagePermissionPolicy().instances_user_has_permission_for(
            user, "change"
        )
        return queryset.filter(own | Q(page_id__in=editable.values("pk")))
    return queryset.filter(own)


def ids_in_visible_entries(user, method: str) -> set:
    """The user or content type ids (`get_user_ids`, `get_content_type_ids`)."""
    found = set()
    for log_model in registry.get_log_entry_models():
        entries = visible_entries(log_model.objects.viewable_by_user(user), user)
        found.update(getattr(entries, method)())
    return found


class ScopedSiteHistoryFilterSet(SiteHistoryReportFilterSet):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["object_type"].queryset = lambda request: (
            ContentType.objects.filter(
                pk__in=ids_in_visible_entries(request.user, "get_content_type_ids")
            ).order_by("model")
        )

    def get_users_queryset(self):
        User = get_user_model()
        ids = ids_in_visible_entries(self.request.user, "get_user_ids")
        return User.objects.filter(pk__in=ids).order_by(User.USERNAME_FIELD)


class ScopedLogEntriesView(LogEntriesView):
    filterset_class = ScopedSiteHistoryFilterSet

    def filter_queryset(self, queryset):
        return super().filter_queryset(visible_entries(queryset, self.request.user))


urlpatterns = [
    path("site-history/", require_admin_access(ScopedLogEntriesView.as_view())),
    path(
        "site-history/results/",
        require_admin_access(ScopedLogEntriesView.as_view(results_only=True)),
    ),
]
