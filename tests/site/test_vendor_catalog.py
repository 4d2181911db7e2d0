"""Every msgid of Wagtail, Django and taggit has Vietnamese, and the checks catch a
removed translation, a lost placeholder and a project string that renames Wagtail's."""

import importlib.util
import shutil
from pathlib import Path

import polib
import pytest

from elearning import vendor_catalog

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "vendor_msgids.py"


def _run_script(argv=()):
    spec = importlib.util.spec_from_file_location("vendor_msgids", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.main(list(argv))


@pytest.fixture
def copy(tmp_path) -> Path:
    """A copy of our catalogs to damage."""
    shutil.copytree(vendor_catalog.VENDOR_LOCALE, tmp_path / "vendor_locale")
    return tmp_path / "vendor_locale"


def _edit(root: Path, msgid: str, change) -> None:
    path = vendor_catalog.catalog_path("django", root)
    catalog = polib.pofile(str(path))
    for entry in catalog:
        if entry.msgid == msgid:
            change(entry)
    catalog.save(str(path))


def _problems(root: Path) -> dict[str, str]:
    report = vendor_catalog.check(root)
    return {entry.msgid: problem for _, entry, problem in report.missing}


def test_every_msgid_of_the_installed_packages_is_translated(capsys):
    report = vendor_catalog.check()
    assert report.total > 2400  # Wagtail's admin and contrib apps, Django, taggit
    assert [(e.msgid, problem) for _, e, problem in report.missing] == []
    assert vendor_catalog.clashes() == []
    assert vendor_catalog.shadowed() == []
    assert _run_script() == 0
    assert (
        f"{report.total} of {report.total} msgids translated" in capsys.readouterr().out
    )


def test_the_installed_apps_are_read_from_their_own_english_catalogs():
    apps = {source.app for source in vendor_catalog.sources()}
    assert {"wagtail", "wagtail.admin", "wagtail.images", "wagtail.documents"} <= apps
    assert {"wagtail.snippets", "wagtail.users", "wagtail.contrib.forms"} <= apps
    assert {"django", "django.contrib.auth", "taggit"} <= apps
    assert not any(app.split(".")[0] in {"lessons", "units", "quizzes"} for app in apps)
    # Wagtail's JavaScript strings are checked too.
    assert ("wagtail.admin", "djangojs") in {
        (s.app, s.domain) for s in vendor_catalog.sources()
    }


def test_a_removed_translation_is_reported(copy):
    _edit(copy, "Create a new %(model_name)s", lambda e: setattr(e, "msgstr", ""))
    assert _problems(copy) == {"Create a new %(model_name)s": "no translation"}


def test_a_fuzzy_translation_counts_as_missing(copy):
    _edit(copy, "Snippets", lambda e: e.flags.append("fuzzy"))
    assert _problems(copy) == {"Snippets": "no translation"}


def test_a_lost_or_changed_placeholder_is_reported(copy):
    _edit(
        copy, "Create a new %(model_name)s", lambda e: setattr(e, "msgstr", "Tạo mới")
    )
    _edit(
        copy,
        'Sorry, no snippets match "<em>%(search_query)s</em>"',
        lambda e: setattr(
            e, "msgstr", 'Không có đoạn nội dung nào khớp "%(search_query)s"'
        ),
    )
    problems = _problems(copy)
    assert problems["Create a new %(model_name)s"].startswith("placeholders []")
    assert "<em>" in problems['Sorry, no snippets match "<em>%(search_query)s</em>"']


def test_a_plural_keeps_the_placeholders_of_the_english_plural(copy):
    msgid = '%(total)s Page <span class="w-sr-only">created in %(site_name)s</span>'

    def drop_count(entry):
        entry.msgstr_plural = {0: 'Trang <span class="w-sr-only">được tạo</span>'}

    _edit(copy, msgid, drop_count)
    assert "placeholders" in _problems(copy)[msgid]

    def two_forms(entry):
        entry.msgstr_plural = {0: "%(total)s trang", 1: "%(total)s trang"}

    _edit(copy, msgid, two_forms)
    assert _problems(copy)[msgid] == "Vietnamese has one plural form (nplurals=1)"


def test_placeholders_are_the_formats_and_the_tags():
    found = vendor_catalog.placeholders(
        'Xóa %(count)d {name} %s 100%% <a href="%(url)s">tại đây</a>'
    )
    assert found == sorted(["%(count)d", "%s", '<a href="%(url)s">', "</a>", "{name}"])


def test_an_upgrade_s_new_msgids_are_added_empty_and_reported(copy):
    path = vendor_catalog.catalog_path("django", copy)
    catalog = polib.pofile(str(path))
    catalog.remove(next(e for e in catalog if e.msgid == "Snippets"))
    catalog.append(polib.POEntry(msgid="A string no package has", msgstr="Cũ"))
    catalog.save(str(path))
    assert _problems(copy) == {"Snippets": "no translation"}

    added, dropped = vendor_catalog.update(copy)

    assert (added, dropped) == (1, 1)
    entries = {e.msgid: e for e in polib.pofile(str(path))}
    assert entries["Snippets"].msgstr == ""
    assert "A string no package has" not in entries
    assert _problems(copy) == {"Snippets": "no translation"}


def test_the_wrong_words_of_the_issue_are_gone():
    from django.utils import translation

    with translation.override("vi"):
        assert translation.gettext("Title") == "Tiêu đề"
        assert translation.gettext("title") == "tiêu đề"
        assert translation.pgettext("job title", "title") == "chức danh"
        assert translation.gettext("Name") == "Tên"
        assert translation.gettext("Full name") == "Họ và tên"
        assert translation.gettext("log entries") == "mục nhật ký"
        assert translation.gettext("Snippets") == "Đoạn nội dung"
        assert (
            translation.gettext("You do not have permission to access the admin.")
            == "Bạn không có quyền vào trang quản trị."
        )
        assert translation.ngettext(
            "This %(model_name)s is referenced %(usage_count)s time.",
            "This %(model_name)s is referenced %(usage_count)s times.",
            1,
        ) % {"model_name": "hình ảnh", "usage_count": 1} == (
            "hình ảnh này đang được dùng ở 1 nơi."
        )
        message = translation.gettext(
            "File extension “%(extension)s” is not allowed. "
            "Allowed extensions are: %(allowed_extensions)s."
        )
        assert message.startswith("Không nhận tệp có đuôi")
