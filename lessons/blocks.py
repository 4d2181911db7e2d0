"""The blocks a lesson is made of; each renders with its own template."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock, ImageChooserBlock
from wagtail.rich_text import RichText

from lessons.sanitise import sanitise_html
from quizzes.blocks import QuizBlock
from situations.blocks import SituationBlock

TEXT_FEATURES = ["h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]


def _template(name: str) -> str:
    return f"lessons/blocks/{name}.html"


class SafeRichTextBlock(blocks.RichTextBlock):
    """Rich text cleaned of scripts, event attributes and javascript: links,
    whether it came from the editor, an import or the database."""

    def get_prep_value(self, value):
        return sanitise_html(super().get_prep_value(value))

    def to_python(self, value):
        return RichText(sanitise_html(value))


class HeadingBlock(blocks.CharBlock):
    class Meta:
        template = _template("heading")
        icon = "title"
        label = _("Heading")


class TextBlock(SafeRichTextBlock):
    class Meta:
        template = _template("text")
        label = _("Text")


class LessonImageBlock(blocks.StructBlock):
    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False)

    class Meta:
        template = _template("image")
        icon = "image"
        label = _("Image")


class VideoBlock(blocks.StructBlock):
    """A self-hosted file (its size shown before it loads) or, failing that, an
    embed from a video site."""

    file = DocumentChooserBlock(label=_("Video file (MP4 or WebM)"), required=False)
    poster = ImageChooserBlock(label=_("Poster image"), required=False)
    embed = EmbedBlock(label=_("Or a link to a video site"), required=False)
    caption = blocks.CharBlock(label=_("Caption"), required=False)

    class Meta:
        template = _template("video")
        icon = "media"
        label = _("Video")

    def clean(self, value):
        value = super().clean(value)
        if not value.get("file") and not value.get("embed"):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "file": blocks.BlockValidationError(
                        _("Choose a video file or give a link to a video site.")
                    )
                }
            )
        return value


class AudioBlock(blocks.StructBlock):
    file = DocumentChooserBlock(label=_("Audio file (MP3, M4A or OGG)"))
    caption = blocks.CharBlock(label=_("Caption"), required=False)

    class Meta:
        template = _template("audio")
        icon = "media"
        label = _("Audio")


class DownloadBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    label = blocks.CharBlock(label=_("Label"), required=False)

    class Meta:
        template = _template("download")
        icon = "doc-full"
        label = _("Document download")


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        choices=[("remember", _("Remember")), ("note", _("Note"))],
        default="remember",
        label=_("Kind"),
    )
    text = SafeRichTextBlock(
        features=["bold", "italic", "ul", "ol", "link"], label=_("Text")
    )

    class Meta:
        template = _template("callout")
        icon = "warning"
        label = _("Callout")


class QuotationBlock(blocks.StructBlock):
    """A passage quoted from a Party or State document, with its source."""

    text = blocks.TextBlock(label=_("Quoted text"))
    source = blocks.CharBlock(
        label=_("Source"), help_text=_('e.g. "Kết luận 66-KL/TW, mục 2.1"')
    )
    explanation = SafeRichTextBlock(
        label=_("Explained in plain words"),
        required=False,
        features=["bold", "italic", "ul", "ol"],
    )

    class Meta:
        template = _template("quotation")
        icon = "openquote"
        label = _("Quotation from a document")


class GlossaryBlock(blocks.StructBlock):
    term = blocks.CharBlock(label=_("Term"))
    definition = blocks.TextBlock(label=_("Definition"))

    class Meta:
        template = _template("glossary")
        icon = "help"
        label = _("Glossary term")


class DiscussionBlock(blocks.StructBlock):
    question = blocks.TextBlock(label=_("Question"))
    hint = blocks.TextBlock(label=_("Hint for the discussion"), required=False)

    class Meta:
        template = _template("discussion")
        icon = "group"
        label = _("Discussion question")


class LecturerNotesBlock(SafeRichTextBlock):
    """Shown only to lecturers, editors and managers, never to trainees."""

    class Meta:
        template = _template("lecturer_notes")
        icon = "lock"
        label = _("Lecturer notes")


def lesson_blocks() -> list[tuple[str, blocks.Block]]:
    return [
        ("heading", HeadingBlock()),
        ("text", TextBlock(features=TEXT_FEATURES)),
        ("image", LessonImageBlock()),
        ("video", VideoBlock()),
        ("audio", AudioBlock()),
        ("download", DownloadBlock()),
        ("callout", CalloutBlock()),
        ("quotation", QuotationBlock()),
        ("glossary", GlossaryBlock()),
        ("discussion", DiscussionBlock()),
        ("lecturer_notes", LecturerNotesBlock(features=TEXT_FEATURES)),
        *activity_blocks(),
    ]


def activity_blocks() -> list[tuple[str, blocks.Block]]:
    """Quizzes and situations played inside a lesson; they count towards its
    completion once passed or finished."""
    return [("quiz", QuizBlock()), ("situation", SituationBlock())]
