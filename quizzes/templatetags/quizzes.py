from django import template

register = template.Library()


@register.filter
def get(mapping, key):
    """``pairs|get:choice.id``: a dict value by a key that may be int or str."""
    if not isinstance(mapping, dict):
        return ""
    return mapping.get(str(key), mapping.get(key, ""))
