"""Topics are kept by administrators in the Django admin; questions are handled on
the site (/questions/queue/) and only looked at here."""

from django.contrib import admin

from grassroots.models import Question, Topic


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin):
    list_display = ["name", "order"]
    filter_horizontal = ["lessons"]


@admin.register(Question)
class QuestionAdmin(admin.ModelAdmin):
    list_display = ["__str__", "topic", "centre", "status", "created_at", "due_on"]
    list_filter = ["status", "topic"]
    search_fields = ["text", "answer"]
    raw_id_fields = ["asker", "assigned_to", "answered_by", "published_by"]
    readonly_fields = ["live_question"]
