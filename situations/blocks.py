"""The block that puts a situation into a lesson's StreamField."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock


class SituationBlock(blocks.StructBlock):
    """A situation's card in a lesson, with a button to start or resume it."""

    situation = SnippetChooserBlock("situations.Situation", label=_("Situation"))
    intro = blocks.TextBlock(
        required=False,
        label=_("Introduction"),
        help_text=_("Optional words before the situation card."),
    )

    class Meta:
        template = "situations/blocks/situation_block.html"
        icon = "redirect"
        label = _("Situation exercise")

    def get_context(self, value, parent_context=None):
        from situations.queries import block_context

        context = super().get_context(value, parent_context=parent_context)
        request = (parent_context or {}).get("request")
        context.update(block_context(value["situation"], request))
        return context
