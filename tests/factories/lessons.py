"""A small content tree: one programme with a module and three lessons, a class
with one enrolled trainee, and a stranger."""

from dataclasses import dataclass

from django.conf import settings
from wagtail.models import Locale, Page, Site

from classes.models import Enrolment
from home.models import HomePage
from lessons.models import LessonPage, ModulePage, ProgrammePage
from tests.factories.classes import TrainingClassFactory
from tests.factories.people import UserFactory

BODY = [
    {"type": "heading", "value": "Đảng viên mới và nhiệm vụ"},
    {
        "type": "text",
        "value": "<p>Người <b>đảng viên mới</b> phải gương mẫu ở nơi cư trú.</p>",
    },
    {
        "type": "callout",
        "value": {"kind": "remember", "text": "<p>Thời kỳ dự bị là 12 tháng.</p>"},
    },
    {"type": "lecturer_notes", "value": "<p>Ghi chú riêng cho giảng viên.</p>"},
    {"type": "discussion", "value": {"question": "Bạn sẽ làm gì?", "hint": ""}},
]


@dataclass
class Tree:
    home: HomePage
    programme: ProgrammePage
    module: ModulePage
    lessons: list[LessonPage]
    trainee: object
    stranger: object
    training_class: object


def home_page() -> HomePage:
    home = HomePage.objects.first()
    if home is None:
        Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
        root = Page.get_first_root_node() or Page.add_root(
            instance=Page(title="Root", slug="root")
        )
        home = root.add_child(instance=HomePage(title="Trang chủ", slug="trang-chu"))
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={"hostname": "localhost", "root_page": home},
        )
    return home


def publish(parent, page):
    page = parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def lesson_tree(titles=("Bài một", "Bài hai", "Bài ba")) -> Tree:
    home = home_page()
    training_class = TrainingClassFactory()
    programme = publish(
        home,
        ProgrammePage(
            title=f"Chương trình {training_class.version.programme.name}",
            programme_version=training_class.version,
        ),
    )
    module = publish(programme, ModulePage(title="Phần 1. Đảng viên mới"))
    lessons = [
        publish(module, LessonPage(title=title, summary="Tóm tắt.", body=BODY))
        for title in titles
    ]
    trainee, stranger = UserFactory(), UserFactory()
    Enrolment.objects.create(training_class=training_class, trainee=trainee)
    return Tree(home, programme, module, lessons, trainee, stranger, training_class)
