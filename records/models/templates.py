"""The printed form of a credential, per issuing unit and credential type.

A template holds what the unit prints around the holder's data: the issuing body's
two lines, the title, the head's title, the place name, the page orientation and
the optional emblem, seal and background images. Each save raises its version; a
credential keeps the texts and images of the version it was issued under, so
editing a template changes only the credentials issued after.
"""

from django.db import models
from django.http import HttpResponse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.models import PreviewableMixin

from records.models.credentials import CredentialType, head_title
from units.models.units import TrainingUnit

# What the form of each type is called on the paper.
TITLES = {
    CredentialType.DIPLOMA: "Bằng tốt nghiệp",
    CredentialType.CERTIFICATE: "Giấy chứng nhận",
    CredentialType.STATE_CERTIFICATE: "Chứng chỉ",
    CredentialType.REPLACEMENT: "Giấy chứng nhận hoàn thành khóa học",
}
IMAGE_HELP = _("PNG, JPEG or SVG, at most 2 MB; an SVG with scripts is refused.")


class Orientation(models.TextChoices):
    LANDSCAPE = "L", _("A4 landscape")
    PORTRAIT = "P", _("A4 portrait")


def place_of(unit: TrainingUnit) -> str:
    """The place name as printed: "Chiêm Hóa" for "Xã Chiêm Hóa", "Tuyên Quang"
    for "Tỉnh Tuyên Quang"."""
    name = unit.seat.name if unit.seat_id else ""
    for prefix in ("Thành phố", "Đặc khu", "Thị trấn", "Phường", "Tỉnh", "Xã"):
        if name.startswith(prefix + " "):
            return name[len(prefix) + 1 :]
    return name


class CredentialTemplate(PreviewableMixin, models.Model):
    training_unit = models.ForeignKey(
        TrainingUnit,
        on_delete=models.CASCADE,
        related_name="credential_templates",
        verbose_name=_("issuing unit"),
    )
    credential_type = models.CharField(
        _("credential"), max_length=32, choices=CredentialType.choices
    )
    orientation = models.CharField(
        pgettext_lazy("paper", "page"),
        max_length=1,
        choices=Orientation.choices,
        default=Orientation.LANDSCAPE,
    )
    committee_line = models.CharField(
        _("governing body line"),
        max_length=200,
        help_text=_('The first line at the top left, e.g. "Đảng ủy xã Chiêm Hóa".'),
    )
    unit_line = models.CharField(
        _("issuing unit line"),
        max_length=200,
        help_text=_(
            'The second line, in bold, e.g. "Trung tâm Chính trị Chiêm Hóa"; '
            "it also follows the head's title."
        ),
    )
    title = models.CharField(
        _("title"),
        max_length=100,
        help_text=_('The title in red, e.g. "Giấy chứng nhận".'),
    )
    head_title = models.CharField(
        _("head's title"),
        max_length=100,
        help_text=_('"Giám đốc" for a centre, "Hiệu trưởng" for a school.'),
    )
    place_name = models.CharField(
        _("place name as printed"),
        max_length=100,
        help_text=_('Before the date, e.g. "Chiêm Hóa" (not "Tỉnh Tuyên Quang").'),
    )
    emblem = models.FileField(
        _("emblem (top centre)"),
        upload_to="credential_templates/",
        blank=True,
        help_text=IMAGE_HELP,
    )
    seal = models.FileField(
        _("seal (over the signature)"),
        upload_to="credential_templates/",
        blank=True,
        help_text=IMAGE_HELP,
    )
    background = models.FileField(
        _("background"),
        upload_to="credential_templates/",
        blank=True,
        help_text=IMAGE_HELP,
    )
    version = models.PositiveIntegerField(_("version"), default=1, editable=False)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("credential template")
        verbose_name_plural = _("credential templates")
        ordering = ["training_unit", "credential_type"]
        constraints = [
            models.UniqueConstraint(
                fields=["training_unit", "credential_type"],
                name="credential_template_once",
            ),
        ]

    def __str__(self):
        return f"{self.get_credential_type_display()} — {self.training_unit}"

    def save(self, *args, **kwargs):
        """Every save of a stored template is a new version."""
        if not self.pk:
            self.version = 1
        else:
            stored = (
                type(self).objects.filter(pk=self.pk).values_list("version", flat=True)
            )
            self.version = (stored.first() or 0) + 1
            if kwargs.get("update_fields") is not None:
                kwargs["update_fields"] = {*kwargs["update_fields"], "version"}
        super().save(*args, **kwargs)

    @classmethod
    def default_for(cls, unit: TrainingUnit, credential_type: str):
        """The unit's stored template of this type, or an unsaved one made from the
        unit's record (the lines as the unit is named, the head's title by type)."""
        stored = cls.objects.filter(
            training_unit=unit, credential_type=credential_type
        ).first()
        return stored or cls(
            training_unit=unit,
            credential_type=credential_type,
            committee_line=unit.governing_party_committee,
            unit_line=unit.name,
            title=TITLES[CredentialType(credential_type)],
            head_title=head_title(unit.type),
            place_name=place_of(unit),
            version=0,
        )

    @property
    def preview_sizes(self):
        """The PDF is shown at 100 %: an A4 landscape page is about 1123 px wide."""
        return [
            {
                "name": "desktop",
                "icon": "desktop",
                "device_width": 1200,
                "label": _("Preview at true size"),
            }
        ]

    def serve_preview(self, request, mode_name):
        """The admin's live preview: a sample credential's PDF at true size, from
        the form as typed (images as last saved)."""
        from records.pdf import sample_pdf  # the PDF layer reads this model

        response = HttpResponse(sample_pdf(self), content_type="application/pdf")
        response["Content-Disposition"] = 'inline; filename="preview.pdf"'
        return response
