"""The crawler's page reader: what it counts as text a person reads."""

from tests.i18n.crawler import english, read


def test_text_marked_translate_no_is_not_language():
    page = read(
        '<main><h1>Mã bí mật</h1><p id="secret" translate="no"><span>JGVK</span>'
        " <span>VIA7</span></p><p>Nhập mã từ ứng dụng.</p></main>"
    )

    assert page.strings == ["Mã bí mật", "Nhập mã từ ứng dụng."]


def test_english_is_found_outside_it():
    page = read('<p translate="no">VIA</p><p>Save changes</p>')

    assert [english(text) for text in page.strings] == [["Save", "changes"]]
