from django.apps import AppConfig


class DemoConfig(AppConfig):
    """Demo data only: `seed_demo` and its content. No product module imports it."""

    name = "demo"
    verbose_name = "Dữ liệu mẫu"
    default_auto_field = "django.db.models.BigAutoField"
