"""The screens an editor and a manager use on a phone (page edit with its menus and
side panels, preview, moderation) show no English once their scripts have run:
the text the browser renders and the title, placeholder, aria-label and alt of
every element are read with the English finder of tests/i18n/crawler.py."""

import pytest
from playwright.sync_api import expect

from accounts.models import User
from lessons.models import LessonPage
from tests.browser.conftest import PHONE
from tests.i18n.crawler import english

SHOWN = """() => {
  const out = document.body.innerText.split("\\n");
  const named = "[title],[placeholder],[aria-label],[alt]";
  for (const el of document.querySelectorAll(named)) {
    for (const name of ["title", "placeholder", "aria-label", "alt"]) {
      const value = el.getAttribute(name);
      if (value) out.push(value);
    }
  }
  return out.map((s) => s.split(/\\s+/).join(" ").trim()).filter(Boolean);
}"""


@pytest.fixture
def lessons_live(transactional_db, live_server):
    from demo import centres as training_demo
    from demo import lessons as lessons_demo

    training_demo.seed()
    lessons_demo.seed()
    return live_server


class Reader:
    """The English found on each screen shown, by URL and state, on whichever
    phone shows it."""

    def __init__(self, page):
        self.page = page
        self.found = []

    def read(self, state=""):
        self.page.wait_for_load_state("networkidle")
        where = self.page.url.split("//", 1)[-1].split("/", 1)[-1]
        for text in dict.fromkeys(self.page.evaluate(SHOWN)):
            words = english(text)
            if words:
                self.found.append(f"/{where} {state}: {text!r} ({' '.join(words)})")


def _login(page, url, username):
    page.goto(f"{url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", "demo12345")
    page.get_by_role("button", name="Đăng nhập").click()
    expect(page.get_by_role("heading", level=1).first).to_be_visible()


def _more_actions(page):
    page.locator("footer .w-dropdown__toggle").first.click()


def _side_panel(page, name):
    toggle = page.locator(f'[data-side-panel-toggle="{name}"]').first
    toggle.click()
    expect(page.locator(f'[data-side-panel="{name}"]').first).to_be_visible()


def test_editing_previewing_and_moderating_on_a_phone_show_no_english(
    phone, lessons_live
):
    url = lessons_live.url
    lesson = LessonPage.objects.order_by("path").first()
    reader = Reader(phone)
    phone.on("dialog", lambda dialog: dialog.accept())  # leaving the edit screen

    _login(phone, url, "bientap")
    reader.read("dashboard")
    phone.goto(f"{url}/admin/pages/{lesson.pk}/edit/")
    expect(phone.locator("#id_title")).to_have_value(lesson.title)
    reader.read("edit")
    _more_actions(phone)
    reader.read("more actions")
    phone.keyboard.press("Escape")
    _side_panel(phone, "status")
    reader.read("status panel")
    _side_panel(phone, "preview")
    expect(phone.locator('[data-side-panel="preview"] iframe').first).to_be_attached()
    reader.read("preview panel")
    phone.locator('[data-side-panel-toggle="preview"]').first.click()
    # the editor's submission, as the edit screen's "Gửi duyệt" makes it
    editor = User.objects.get(username="bientap")
    lesson.save_revision(user=editor)
    lesson.get_workflow().start(lesson, editor)

    # The manager moderates on a phone of their own: leaving the editor's edit
    # screen on the same page (its beforeunload prompt, its editing-session
    # release and pings) raced the next login under load in CI.
    context = phone.context.browser.new_context(
        viewport=PHONE, locale="vi-VN", is_mobile=True, has_touch=True
    )
    manager = context.new_page()
    manager.set_default_timeout(15_000)
    reader.page = manager
    try:
        _login(manager, url, "quanly")
        reader.read("dashboard")
        manager.goto(f"{url}/admin/pages/{lesson.pk}/edit/")
        reader.read("edit in moderation")
        _more_actions(manager)
        reader.read("moderation actions")
        manager.goto(f"{url}/admin/pages/{lesson.pk}/workflow_history/")
        reader.read("workflow history")
        manager.goto(f"{url}/admin/pages/{lesson.pk}/history/")
        reader.read("history")
    finally:
        context.close()

    assert reader.found == [], "\n".join(reader.found)
