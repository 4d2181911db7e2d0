from django import template
from django.conf import settings
from django.utils.safestring import mark_safe
from wagtail.rich_text import expand_db_html

from lessons.queries import my_programmes as programmes_of
from lessons.sanitise import sanitise_html

register = template.Library()


@register.filter
def safe_richtext(value) -> str:
    """Rich text expanded for display and cleaned once more on the way out."""
    source = getattr(value, "source", value) or ""
    return mark_safe(sanitise_html(expand_db_html(source)))


@register.inclusion_tag("lessons/includes/my_programmes.html", takes_context=True)
def my_programmes(context):
    """The programmes of the trainee's classes with progress, for /me/."""
    request = context["request"]
    return {"request": request, "programmes": programmes_of(request.user)}


@register.simple_tag
def site_name() -> str:
    """The platform's name (WAGTAIL_SITE_NAME), which ends every admin tab title."""
    return settings.WAGTAIL_SITE_NAME
