"""The demo site's page tree."""

from django.conf import settings
from django.db import transaction
from wagtail.models import Locale, Page, Site

from lessons.models import HomePage

HOME_TITLE = "Học tập lý luận chính trị"
HOME_INTRO = (
    "<p>Nơi học viên các lớp bồi dưỡng của trung tâm chính trị học bài, "
    "làm bài kiểm tra, "
    "luyện <b>xử lý tình huống</b> ở cơ sở và trao đổi với giảng viên ngay trong lớp, "
    "kể cả trên điện thoại khi mạng yếu.</p>"
)


def _root() -> Page:
    """Wagtail's root page; a flushed database (as in browser tests) may lack it."""
    Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    return Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root")
    )


@transaction.atomic
def seed() -> HomePage:
    """A HomePage as the default site's root; Wagtail's welcome page goes."""
    home = HomePage.objects.first()
    if home is None:
        home = _root().add_child(
            instance=HomePage(title=HOME_TITLE, slug="trang-chu", intro=HOME_INTRO)
        )
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost",
            root_page=home,
            is_default_site=True,
            site_name=HOME_TITLE,
        )
    elif site.root_page_id != home.pk:
        old_root = site.root_page
        site.root_page = home
        site.site_name = HOME_TITLE
        site.save()
        if old_root.specific_class is Page and not old_root.get_children().exists():
            old_root.delete()
    return home
