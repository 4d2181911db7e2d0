from django.contrib import admin

from classes.models import ClassSession, TrainingClass


class SessionInline(admin.TabularInline):
    model = ClassSession
    extra = 0


@admin.register(TrainingClass)
class TrainingClassAdmin(admin.ModelAdmin):
    list_display = ["code", "version", "training_unit", "starts_on", "ends_on"]
    list_filter = ["training_unit"]
    inlines = [SessionInline]
