from django.contrib.auth.models import AbstractUser, UserManager
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from accounts.phones import InvalidPhone, display_phone, normalize_phone
from elearning.vietnamese import given_name, name_sort_key


class User(AbstractUser):
    """A person: one "họ và tên" field, sorted by the given name (its last word)."""

    first_name = None
    last_name = None
    full_name = models.CharField(_("full name"), max_length=150)
    sort_key = models.CharField(max_length=255, editable=False, db_index=True)
    phone = models.CharField(
        _("phone"),
        max_length=16,
        unique=True,
        null=True,
        blank=True,
        help_text=_("Stored as +84…; any usual spelling is accepted."),
    )
    date_of_birth = models.DateField(_("date of birth"), null=True, blank=True)
    party_cell = models.CharField(_("party cell or unit"), max_length=200, blank=True)
    position = models.CharField(_("position"), max_length=200, blank=True)
    anonymised_at = models.DateTimeField(_("anonymised at"), null=True, blank=True)

    objects = UserManager()

    REQUIRED_FIELDS = ["full_name"]

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["sort_key"]

    def __str__(self):
        return self.full_name or self.username

    def clean(self):
        super().clean()
        self.normalize()

    def save(self, *args, **kwargs):
        self.normalize()
        super().save(*args, **kwargs)

    def normalize(self):
        """One spelling for names and phones, whichever way they were typed."""
        self.full_name = " ".join(self.full_name.split())
        self.sort_key = name_sort_key(self.full_name)
        if not self.phone:
            self.phone = None
            return
        try:
            self.phone = normalize_phone(self.phone)
        except InvalidPhone:
            raise ValidationError(
                {"phone": _("This is not a valid Vietnamese phone number.")}
            ) from None

    def get_full_name(self):
        return self.full_name

    def get_short_name(self):
        return given_name(self.full_name) or self.username

    @property
    def phone_display(self) -> str:
        return display_phone(self.phone) if self.phone else ""


class ActivationCode(models.Model):
    """A one-time code that lets a person set their own password: printed on a slip
    for a new account, or given again by the centre to reset one. Only a hash is
    kept (Django's password hasher): a leaked table gives no usable code. The rows
    are also the audit of every code given and used."""

    user = models.ForeignKey(
        User, on_delete=models.CASCADE, related_name="activation_codes"
    )
    code_hash = models.CharField(max_length=128)
    created_at = models.DateTimeField(_("given at"), auto_now_add=True)
    expires_at = models.DateTimeField(_("valid until"))
    used_at = models.DateTimeField(_("used at"), null=True, blank=True)
    replaced_at = models.DateTimeField(_("replaced at"), null=True, blank=True)
    issued_by = models.ForeignKey(
        User,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("given by"),
    )

    class Channel(models.TextChoices):
        SLIP = "slip", _("printed slip")
        SMS = "sms", _("text message")

    channel = models.CharField(
        _("given by way of"), max_length=8, choices=Channel.choices, default="slip"
    )
    compromised = models.BooleanField(
        _("old password stopped at once"),
        default=False,
        help_text=_("The account was misused: its password stopped with this code."),
    )

    class Meta:
        verbose_name = _("activation code")
        verbose_name_plural = _("activation codes")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["user", "used_at", "replaced_at"])]

    def __str__(self):
        return f"{self.user} · {self.created_at:%d/%m/%Y %H:%M}"
