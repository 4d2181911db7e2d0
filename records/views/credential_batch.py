"""A class's credentials together: one PDF to print, and its register book."""

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.urls import reverse
from django.views.decorators.http import require_GET

from classes import access
from records.models import Credential
from records.pdf import credentials_pdf
from records.register_book import register_pdf, register_xlsx

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _file(content: bytes, content_type: str, name: str, inline=False):
    response = HttpResponse(content, content_type=content_type)
    how = "inline" if inline else "attachment"
    response["Content-Disposition"] = f'{how}; filename="{name}"'
    return response


@require_GET
@login_required
def class_credentials_pdf(request, pk):
    """The class's credentials in force, a page each, in register order."""
    training_class = access.managed_class_or_404(request, pk)
    credentials = (
        Credential.objects.filter(
            training_class=training_class, status=Credential.Status.VALID
        )
        .select_related("reissue_of")
        .order_by("year", "register_no")
    )

    def url(credential):
        address = reverse("verify_code", args=[credential.code])
        return request.build_absolute_uri(address)

    return _file(
        credentials_pdf(credentials, url),
        "application/pdf",
        f"van-bang-lop-{training_class.pk}.pdf",
        inline=True,
    )


@require_GET
@login_required
def class_register_pdf(request, pk):
    training_class = access.managed_class_or_404(request, pk)
    return _file(
        register_pdf(training_class),
        "application/pdf",
        f"so-cap-lop-{training_class.pk}.pdf",
        inline=True,
    )


@require_GET
@login_required
def class_register_xlsx(request, pk):
    training_class = access.managed_class_or_404(request, pk)
    return _file(
        register_xlsx(training_class), XLSX, f"so-cap-lop-{training_class.pk}.xlsx"
    )
