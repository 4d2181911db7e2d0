from django.contrib import admin

from accounts.admin import PersonAdmin
from accounts.models import User
from units.models import AdminUnit, Grant, ServiceArea, TrainingUnit


class GrantInline(admin.TabularInline):
    model = Grant
    extra = 0
    autocomplete_fields = ["training_unit"]


# The people's screen shows their roles too (accounts knows nothing of roles).
admin.site.unregister(User)
admin.site.register(
    User, type("PersonAdmin", (PersonAdmin,), {"inlines": [GrantInline]})
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
