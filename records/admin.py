from django.contrib import admin

from records.models import Credential, CredentialEvent


class EventInline(admin.TabularInline):
    model = CredentialEvent
    extra = 0
    can_delete = False
    readonly_fields = ["action", "actor", "reason", "at"]


@admin.register(Credential)
class CredentialAdmin(admin.ModelAdmin):
    """Read-only: credentials change only through the services (audit trail)."""

    list_display = ["serial_no", "holder_name", "programme_name", "status"]
    list_filter = ["status", "training_unit", "year"]
    search_fields = ["serial_no", "holder_name", "code"]
    inlines = [EventInline]

    def has_change_permission(self, request, obj=None):
        return False

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
