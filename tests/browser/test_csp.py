"""The Content-Security-Policy in Chromium: the main pages of the site and of both
admins run with no `securitypolicyviolation` and no CSP error on the console."""

import re

from playwright.sync_api import expect

from tests.browser.conftest import PHONE
from tests.browser.live_fixtures import asgi_demo  # noqa: F401 - a fixture

expect.set_options(timeout=30_000)

WATCH = """
window.__csp = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__csp.push(e.violatedDirective + " " + (e.blockedURI || "inline") +
    " at " + e.sourceFile + ":" + e.lineNumber);
});
"""
CODE = "246810"  # the demo's live session


class Watched:
    """A browser page whose CSP violations (events and console errors) are kept."""

    def __init__(self, browser, **options):
        self.context = browser.new_context(locale="vi-VN", **options)
        self.context.add_init_script(WATCH)
        self.page = self.context.new_page()
        self.page.set_default_timeout(30_000)
        self.console = []
        self.page.on("console", self._console)
        self.seen = []

    def _console(self, message):
        text = message.text
        if "Content Security Policy" in text or "Content-Security-Policy" in text:
            self.console.append(text)

    def visit(self, base, path):
        self.page.goto(f"{base}{path}")
        self.page.wait_for_load_state("load")
        return self.page

    def check(self, where):
        """No violation since the page was opened (events are reported late)."""
        self.page.wait_for_timeout(300)
        events = self.page.evaluate("window.__csp || []")
        assert not events, (where, events)
        assert not self.console, (where, self.console)

    def close(self):
        self.context.close()


def _log_in(watched, base, who, path="/accounts/login/"):
    page = watched.visit(base, path)
    page.locator("#id_username").fill(who)
    page.locator("#id_password").fill("demo12345")
    page.locator("form button[type=submit]").click()
    page.wait_for_load_state()
    watched.check(path)


def _lesson(query):
    (root,) = query(
        "SELECT p.url_path FROM wagtailcore_site s JOIN wagtailcore_page p"
        " ON p.id = s.root_page_id WHERE s.is_default_site = 1"
    )
    [(page_id, url_path)] = query(
        "SELECT p.id, p.url_path FROM wagtailcore_page p JOIN lessons_lessonpage l"
        " ON l.page_ptr_id = p.id WHERE p.live = 1 ORDER BY p.path LIMIT 1"
    )
    return page_id, url_path[len(root[0]) - 1 :]


def _quiz_attempt(watched, base):
    page = watched.visit(base, "/quizzes/")
    page.locator("main a[href^='/quizzes/']").first.click()
    page.locator("main form button[type=submit]").first.click()
    expect(page).to_have_url(re.compile(r"/quizzes/attempt/\d+/"))
    watched.check(page.url)
    with page.expect_response(lambda r: r.url.endswith("/save/")):
        page.locator("form.attempt input[type=radio]").first.check()
    watched.check("autosave")


def _situation(watched, base):
    page = watched.visit(base, "/situations/")
    page.locator("main a[href^='/situations/']").first.click()
    page.locator("main form button[type=submit]").first.click()
    expect(page).to_have_url(re.compile(r"/situations/runs/\d+/"))
    watched.check(page.url)


def test_site_pages_run_without_csp_violations(browser, asgi_demo):  # noqa: F811
    base, query = asgi_demo
    _page_id, lesson_url = _lesson(query)
    phone = Watched(browser, viewport=PHONE, is_mobile=True, has_touch=True)
    for path in ("/", "/verify/", "/live/"):
        phone.visit(base, path)
        phone.check(path)
    _log_in(phone, base, "0912 345 678")
    for path in ("/", "/me/", lesson_url, "/offline/"):
        page = phone.visit(base, path)
        phone.check(path)
    assert page.evaluate("navigator.serviceWorker.ready.then(() => true)")
    _quiz_attempt(phone, base)
    _situation(phone, base)

    lecturer = Watched(browser, viewport={"width": 1280, "height": 800})
    _log_in(lecturer, base, "giangvien")
    console = lecturer.visit(base, f"/live/{CODE}/console/")
    presenter = Watched(browser, viewport={"width": 1280, "height": 800})
    _log_in(presenter, base, "giangvien")
    presenter.visit(base, f"/live/{CODE}/present/")
    live = phone.visit(base, f"/live/{CODE}/")
    expect(live.locator("#live-activity")).to_contain_text("Đang chờ giảng viên")
    console.locator("#live-polls li").first.get_by_role("button", name="Mở").click()
    live.locator("#live-activity input[type=radio]").first.check()
    live.locator("#live-activity").get_by_role("button", name="Gửi").click()
    expect(presenter.page.locator(".live-bars li").first).to_contain_text("1 (100%)")
    for watched, where in ((phone, "participant"), (lecturer, "console")):
        watched.check(where)
    presenter.check("presenter")
    for watched in (phone, lecturer, presenter):
        watched.close()


def test_admin_pages_run_without_csp_violations(browser, asgi_demo):  # noqa: F811
    base, query = asgi_demo
    page_id, _url = _lesson(query)
    desk = Watched(browser, viewport={"width": 1280, "height": 900})
    _log_in(desk, base, "admin", "/admin/login/")
    for path in ("/admin/", "/admin/pages/", f"/admin/pages/{page_id}/edit/"):
        page = desk.visit(base, path)
        expect(page.get_by_role("heading", level=1).first).to_be_visible()
        desk.check(path)
    page.locator("#id_title").fill("Bài giảng đã sửa")
    page.keyboard.press("Tab")
    desk.check("editing")
    for path in ("/django-admin/", "/django-admin/accounts/user/"):
        desk.visit(base, path)
        desk.check(path)
    desk.page.locator("#result_list tbody th a").first.click()
    expect(desk.page.locator("#user_form")).to_be_visible()
    desk.page.wait_for_load_state()
    desk.check(desk.page.url)
    desk.close()
