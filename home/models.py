from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from home.next_steps import next_steps_for


class HomePage(Page):
    """The site's front page: a welcome and, for each role, what to do next."""

    intro = RichTextField(
        _("introduction"), blank=True, features=["bold", "italic", "link"]
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    max_count = 1
    subpage_types = ["lessons.ProgrammePage"]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        from lessons.queries import continue_reading, my_programmes

        context = super().get_context(request, *args, **kwargs)
        context["next_steps"] = next_steps_for(request.user)
        context["my_programmes"] = my_programmes(request.user)
        context["continue_reading"] = continue_reading(context["my_programmes"])
        return context

    def route(self, request, path_components):
        """Find a page below by its whole path in one query, not one per level
        (a lesson sits three levels down; phones wait for every query)."""
        if not path_components:
            return super().route(request, path_components)
        from lessons.models.pages import LessonPage

        url_path = self.url_path + "/".join(path_components) + "/"
        # Lessons are most of the traffic: one query for them, two for the rest.
        page = LessonPage.objects.filter(url_path=url_path).first()
        page = page or Page.objects.filter(url_path=url_path).specific().first()
        if page is None or not page.live:
            raise Http404
        return page.route(request, [])
