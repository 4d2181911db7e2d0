"""Pure: rich text reduced to the tags an editor may use (no script, no events)."""

import nh3

TAGS = {
    "a",
    "b",
    "blockquote",
    "br",
    "code",
    "em",
    "embed",
    "h2",
    "h3",
    "h4",
    "hr",
    "i",
    "img",
    "li",
    "ol",
    "p",
    "strong",
    "sub",
    "sup",
    "u",
    "ul",
}
ATTRIBUTES = {
    # Wagtail's stored rich text links pages and documents by id and embeds images.
    "a": {"href", "linktype", "id", "title"},
    "embed": {"embedtype", "id", "format", "alt", "url"},
    # ...which render as plain images once expanded.
    "img": {"src", "alt", "width", "height", "class", "loading"},
}
URL_SCHEMES = {"http", "https", "mailto", "tel"}


def sanitise_html(html: str) -> str:
    """Keep safe markup only; links get no javascript: or data: targets."""
    return nh3.clean(
        html or "",
        tags=TAGS,
        attributes=ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel=None,
    )
