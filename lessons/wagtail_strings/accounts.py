# ruff: noqa: E501
"""Signing in and the account settings: profile, notifications, theme."""

from django.utils.translation import gettext_noop as _

STRINGS = [
    _("Upload a profile picture:"),
    _("Sign in"),
    _("Sign in to Wagtail"),
    _("Forgotten password?"),
    _("Remember me"),
    _("Signing in…"),
    _("Edit account avatar"),
    _("account"),
    _("Profile"),
    _("Notifications"),
    _("Name and Email"),
    _("Profile picture"),
    _("Theme preferences"),
    _("approved notifications"),
    _("Receive notification when your page edit is approved"),
    _("rejected notifications"),
    _("Receive notification when your page edit is rejected"),
    _("updated comments notifications"),
    _(
        "Receive notification when comments have been created, resolved, or deleted on a page that you have subscribed to receive comment notifications on"
    ),
    _("profile picture"),
    _("System default"),
    _("Light"),
    _("Dark"),
    _("admin theme"),
    _("More contrast"),
    _("contrast"),
    _("Snug"),
    _("density"),
    _("Enable custom keyboard shortcuts specific to Wagtail."),
]
