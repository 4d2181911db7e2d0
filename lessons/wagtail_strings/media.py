# ruff: noqa: E501
"""Images and documents: uploads, listings, tags and collections."""

from django.utils.translation import gettext_noop as _

STRINGS = [
    _("1 document selected"),
    _("%(objects)s documents selected"),
    _("All documents in listing selected"),
    _("%(objects)s images selected"),
    _("All images in listing selected"),
    _(
        'Multi-word tags with spaces will automatically be enclosed in double quotes (").'
    ),
    _("This file is too big (%(file_size)s). Maximum filesize %(max_filesize)s."),
    _("This file is too big. Maximum filesize %(max_filesize)s."),
    _("title"),
    _("file"),
    _("tags"),
    _("document"),
    _("documents"),
    _("You haven't uploaded any documents."),
    _("Add multiple documents"),
    _("Drag and drop documents into this area to upload immediately."),
    _("Or choose from your computer"),
    _(
        "Upload successful. Please update this document with a more appropriate title, if necessary. You may also delete the document completely if the upload wasn't required."
    ),
    _("Sorry, upload failed."),
    _("Document updated."),
    _("Tags"),
    _("Add tags to the selected documents"),
    _("Add to collection"),
    _("Add selected documents to collection"),
    _("Delete selected documents"),
    _("Choose another document"),
    _("Documents"),
    _("Add documents"),
    _("Image is decorative"),
    _(
        "Not a valid .%(extension)s image. The extension does not match the file format (%(image_format)s)"
    ),
    _("image"),
    _("images"),
    _("Layout"),
    _("You haven't uploaded any images."),
    _("Add an image"),
    _("Grid layout"),
    _("List layout"),
    _("Add tags to the selected images"),
    _("Add selected images to collection"),
    _("Delete selected images"),
    _("Edit this image"),
    _("Title: (A -> Z)"),
    _("Title: (Z -> A)"),
    _("File size: (low to high)"),
    _("File size: (high to low)"),
    _("Usage count: (low to high)"),
    _("Usage count: (high to low)"),
    _("Images"),
    _("collection"),
]
