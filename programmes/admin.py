from django.contrib import admin

from programmes.models import Programme, ProgrammeModule, ProgrammeVersion


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
