from django.contrib import admin
from django.contrib.auth.admin import UserAdmin
from django.utils.translation import gettext_lazy as _

from accounts.models import User


@admin.register(User)
class PersonAdmin(UserAdmin):
    list_display = ["full_name", "username", "phone", "is_active", "is_superuser"]
    search_fields = ["full_name", "username", "phone", "email"]
    ordering = ["sort_key"]
    fieldsets = [
        (None, {"fields": ["username", "password"]}),
        (
            _("Personal info"),
            {
                "fields": [
                    "full_name",
                    "phone",
                    "email",
                    "date_of_birth",
                    "party_cell",
                    "position",
                ]
            },
        ),
        (
            _("Permissions"),
            {"fields": ["is_active", "is_staff", "is_superuser", "groups"]},
        ),
        (_("Important dates"), {"fields": ["last_login", "date_joined"]}),
    ]
    add_fieldsets = [
        (
            None,
            {"fields": ["username", "full_name", "phone", "password1", "password2"]},
        ),
    ]
