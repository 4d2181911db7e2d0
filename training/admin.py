from django.contrib import admin

from training.models import AdminUnit, ServiceArea, TrainingUnit


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
