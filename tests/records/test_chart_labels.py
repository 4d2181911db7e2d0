"""No text of a server-drawn chart runs out of its view box (no database).

Each text's box is estimated from its font size and its number of characters at
0.6 em a character, wider than the glyphs of the fonts the page asks for; the
longest real names (units, programmes, lecturers) are drawn.
"""

import xml.etree.ElementTree as ET

from records import charts

SVG = "{http://www.w3.org/2000/svg}"
EM = 0.6
LONG_UNIT = (
    "Trung tâm Chính trị xã Chiêm Hóa, tỉnh Tuyên Quang (sau sắp xếp đơn vị hành chính)"
)
LONG_PROGRAMME = (
    "Chương trình bồi dưỡng lý luận chính trị dành cho đảng viên mới, năm 2026"
)


def boxes(svg: str):
    root = ET.fromstring(svg)
    _x, _y, width, height = (float(v) for v in root.get("viewBox").split())
    for text in root.iter(f"{SVG}text"):
        size = float(text.get("font-size"))
        x, y = float(text.get("x")), float(text.get("y"))
        yield (
            text.text,
            (x, y - size, x + len(text.text) * size * EM, y + 0.3 * size),
            (width, height),
        )


def assert_inside(svg: str):
    for label, (left, top, right, bottom), (width, height) in boxes(svg):
        assert left >= 0, label
        assert top >= 0, label
        assert right <= width, label
        assert bottom <= height, label


def test_long_labels_values_and_titles_stay_inside_a_bar_chart():
    svg = charts.bar_chart(
        [(LONG_UNIT, 100), (LONG_PROGRAMME, 87.5), ("Xã A", 0), ("Khác", 123456)],
        title="Tỷ lệ đạt theo đơn vị đào tạo của toàn tỉnh trong quý IV năm 2026 (%)",
    )
    assert_inside(svg)
    assert "…" in svg  # the longest names are shortened, not clipped
    assert (
        svg.count("<text") == 2 + 4 * 2
    )  # two title lines, a label and a value per bar


def test_long_series_and_labels_stay_inside_a_grouped_chart():
    svg = charts.grouped_bar_chart(
        [("03/2026", [100, 75]), ("Từ 01/01/2026 đến 31/12/2026", [None, 100])],
        series=["Tỷ lệ chuyên cần của học viên", "Tỷ lệ đủ điều kiện cấp văn bằng"],
        title="Tỷ lệ chuyên cần và tỷ lệ đạt theo tháng (%)",
        suffix="%",
        maximum=100,
    )
    assert_inside(svg)


def test_an_empty_chart_is_still_a_valid_drawing():
    assert_inside(charts.bar_chart([], title="Học viên theo xếp loại"))


def test_the_estimate_is_no_narrower_than_the_tests():
    assert charts.CHAR_EM >= EM
    assert charts.BOLD_EM >= EM
