from django.contrib import admin

from training.models import (
    AdminUnit,
    ClassSession,
    Credential,
    CredentialEvent,
    Programme,
    ProgrammeModule,
    ProgrammeVersion,
    ServiceArea,
    TrainingClass,
    TrainingUnit,
)


class ServiceAreaInline(admin.TabularInline):
    model = ServiceArea
    extra = 0
    autocomplete_fields = ["admin_unit"]


@admin.register(AdminUnit)
class AdminUnitAdmin(admin.ModelAdmin):
    list_display = ["name", "level", "parent", "valid_from", "valid_to"]
    list_filter = ["level"]
    search_fields = ["name", "code"]


@admin.register(TrainingUnit)
class TrainingUnitAdmin(admin.ModelAdmin):
    list_display = ["name", "type", "province", "valid_from", "valid_to"]
    list_filter = ["type"]
    search_fields = ["name"]
    inlines = [ServiceAreaInline]


class ModuleInline(admin.TabularInline):
    model = ProgrammeModule
    extra = 0


@admin.register(Programme)
class ProgrammeAdmin(admin.ModelAdmin):
    list_display = ["name", "kind"]
    search_fields = ["name"]


@admin.register(ProgrammeVersion)
class ProgrammeVersionAdmin(admin.ModelAdmin):
    list_display = ["programme", "name", "credential_type", "valid_from", "valid_to"]
    list_filter = ["credential_type"]
    inlines = [ModuleInline]


class SessionInline(admin.TabularInline):
    model = ClassSession
    extra = 0


@admin.register(TrainingClass)
class TrainingClassAdmin(admin.ModelAdmin):
    list_display = ["code", "version", "training_unit", "starts_on", "ends_on"]
    list_filter = ["training_unit"]
    inlines = [SessionInline]


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
