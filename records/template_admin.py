"""The credential templates in the Wagtail admin, with a live preview.

A centre manager edits the templates of the units they run (an administrator,
all); the preview beside the form is the PDF of a sample credential as the form
stands, at true size. Uploaded images are checked (records/template_images.py) and
a template whose texts cannot fit the page is refused with the field named.
"""

from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.snippets.views.snippets import (
    DeleteView,
    EditView,
    HistoryView,
    PreviewOnEditView,
    SnippetViewSet,
    UsageView,
)

from records.models import CredentialTemplate
from records.pdf import template_overflows
from records.template_images import check_image
from units.admin_views import ScopedObjectMixin
from units.models import TrainingUnit

IMAGES = ("emblem", "seal", "background")
TEXTS = ("committee_line", "unit_line", "title", "head_title", "place_name")


class CredentialTemplateForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "training_unit" in self.fields and self.for_user is not None:
            self.fields["training_unit"].queryset = TrainingUnit.objects.run_by(
                self.for_user
            )

    def clean(self):
        data = super().clean()
        for field in IMAGES:
            upload = self.files.get(self.add_prefix(field))
            if upload is not None and field not in self.errors:
                try:
                    check_image(upload)
                except ValidationError as error:
                    self.add_error(field, error)
        if not any(field in self.errors for field in TEXTS):
            self._check_fit(data)
        return data

    def _check_fit(self, data) -> None:
        probe = CredentialTemplate(
            **{f: data.get(f) or "" for f in TEXTS},
            orientation=data.get("orientation") or "L",
        )
        for field, text in template_overflows(probe).items():
            self.add_error(
                field,
                _("This text does not fit on the page even in small print: %(text)s")
                % {"text": text},
            )


class TemplateScopeMixin(ScopedObjectMixin):
    def scope(self, user):
        return CredentialTemplate.objects.filter(
            training_unit__in=TrainingUnit.objects.run_by(user)
        )


class TemplateEditView(TemplateScopeMixin, EditView):
    pass


class TemplateDeleteView(TemplateScopeMixin, DeleteView):
    pass


class TemplateHistoryView(TemplateScopeMixin, HistoryView):
    pass


class TemplateUsageView(TemplateScopeMixin, UsageView):
    pass


class TemplatePreviewOnEditView(PreviewOnEditView):
    def get_object(self):
        scope = TemplateScopeMixin().scope(self.request.user)
        return get_object_or_404(scope, pk=self.kwargs["pk"])


class CredentialTemplateViewSet(SnippetViewSet):
    model = CredentialTemplate
    icon = "doc-full"
    menu_label = gettext_lazy("Credential templates")
    add_to_admin_menu = True
    menu_order = 330
    copy_view_enabled = False
    edit_view_class = TemplateEditView
    delete_view_class = TemplateDeleteView
    history_view_class = TemplateHistoryView
    usage_view_class = TemplateUsageView
    preview_on_edit_view_class = TemplatePreviewOnEditView
    list_display = ["training_unit", "credential_type", "orientation", "version"]
    list_filter = ["credential_type"]
    edit_handler = ObjectList(
        [
            FieldRowPanel([FieldPanel("training_unit"), FieldPanel("credential_type")]),
            FieldPanel("orientation"),
            MultiFieldPanel(
                [
                    FieldPanel("committee_line"),
                    FieldPanel("unit_line"),
                    FieldPanel("title"),
                    FieldRowPanel([FieldPanel("head_title"), FieldPanel("place_name")]),
                ],
                heading=gettext_lazy("Texts"),
            ),
            MultiFieldPanel(
                [FieldPanel(name) for name in IMAGES],
                heading=gettext_lazy("Images"),
            ),
        ],
        base_form_class=CredentialTemplateForm,
    )

    def get_queryset(self, request):
        return CredentialTemplate.objects.filter(
            training_unit__in=TrainingUnit.objects.run_by(request.user)
        ).select_related("training_unit")
