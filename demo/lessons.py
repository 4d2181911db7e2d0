"""The demo site's page tree: home, the three programmes, their modules and lessons."""

from django.conf import settings
from django.db import transaction
from wagtail.models import Locale, Page, Site

from demo.lesson_text import CONTENT, conclusion_sections, explanations, read_lesson
from demo.lesson_trees import TREES
from elearning.vietnamese import slugify_vi
from home.models import HomePage
from lessons.editorial import set_up_editorial_workflow
from lessons.models import LessonPage, ModulePage, ProgrammePage
from programmes.models import ProgrammeVersion

HOME_TITLE = "Học tập lý luận chính trị"
HOME_INTRO = (
    "<p>Nơi học viên các lớp bồi dưỡng của trung tâm chính trị học bài, "
    "làm bài kiểm tra, "
    "luyện <b>xử lý tình huống</b> ở cơ sở và trao đổi với giảng viên ngay trong lớp, "
    "kể cả trên điện thoại khi mạng yếu.</p>"
)
SOURCE = "Kết luận 66-KL/TW ngày 08/11/2019 của Ban Bí thư"
LECTURER_NOTE = (
    "<p>Gợi ý: mở đầu bằng câu hỏi “Ở xã ta có di tích, nhân chứng nào gắn với lịch "
    "sử Đảng?”. Dành 10 phút cho học viên kể chuyện địa phương trước khi vào bài.</p>"
)


def _root() -> Page:
    """Wagtail's root page; a flushed database (as in browser tests) may lack it."""
    Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    return Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Gốc", slug="root")
    )


def _home() -> HomePage:
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


def _slug(title: str) -> str:
    return slugify_vi(title)[:80].rstrip("-")


def _child(parent, model, title: str, **fields):
    """The page under `parent` with this title's slug; created and published once."""
    slug = _slug(title)
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    if existing is not None:
        return existing
    page = parent.add_child(instance=model(title=title, slug=slug, **fields))
    page.save_revision().publish()
    return page


def _conclusion_body() -> list[dict]:
    text = (CONTENT / "ket-luan-66-KL-TW.txt").read_text("utf-8")
    notes, body = explanations(), []
    for key, section in conclusion_sections(text):
        if key not in notes:
            body.append({"type": "heading", "value": section})
            continue
        body.append(
            {
                "type": "quotation",
                "value": {
                    "text": section,
                    "source": f"{SOURCE}, {key}",
                    "explanation": f"<p>{notes[key]}</p>",
                },
            }
        )
    return body


def _lesson_fields(text_name: str | None, summary: str) -> dict:
    if text_name == "ket-luan-66":
        return {"summary": summary, "body": _conclusion_body()}
    if text_name is None:
        return {"summary": summary}
    lesson = read_lesson(text_name)
    if text_name == "lich-su-dang":
        lesson["body"].insert(0, {"type": "lecturer_notes", "value": LECTURER_NOTE})
    return lesson


def _programme(home, tree: dict) -> ProgrammePage:
    version = (
        ProgrammeVersion.objects.filter(programme__name=tree["programme"])
        .order_by("-valid_from", "-pk")
        .first()
    )
    return _child(
        home,
        ProgrammePage,
        tree["programme"],
        programme_version=version,
        intro=f"<p>{tree['intro']}</p>",
        audience=version.programme.audience if version else "",
        legal_basis=version.legal_basis if version else "",
        total_periods=version.total_periods if version else 0,
        credential_type=version.credential_type if version else "certificate",
    )


@transaction.atomic
def seed() -> HomePage:
    """The home page as the default site's root, then the programmes below it."""
    home = _home()
    for tree in TREES:
        programme = _programme(home, tree)
        for module_title, lessons in tree["modules"]:
            parent = programme
            if module_title:
                parent = _child(programme, ModulePage, module_title)
            for title, periods, text_name, summary in lessons:
                fields = _lesson_fields(text_name, summary)
                _child(parent, LessonPage, title, periods=periods, **fields)
    set_up_editorial_workflow(home)
    return home
