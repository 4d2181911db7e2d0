"""The period a report covers, read from the query string (no database)."""

import datetime

from django.utils import translation

from records.periods import parse_date, parse_period

TODAY = datetime.date(2026, 12, 7)


def period(**params):
    with translation.override("vi"):
        found = parse_period(params, TODAY)
        return found, found.label, list(found.messages)


def test_a_month_a_quarter_a_year_and_a_range():
    month, label, _ = period(period="month", year="2026", month="2")
    assert (month.start, month.end) == (
        datetime.date(2026, 2, 1),
        datetime.date(2026, 2, 28),
    )
    assert label == "Tháng 02/2026"
    quarter, label, _ = period(period="quarter", year="2025", quarter="4")
    assert (quarter.start, quarter.end) == (
        datetime.date(2025, 10, 1),
        datetime.date(2025, 12, 31),
    )
    assert label == "Quý IV/2025"
    year, label, _ = period(year="2024")
    assert (year.kind, year.start, year.end) == (
        "year",
        datetime.date(2024, 1, 1),
        datetime.date(2024, 12, 31),
    )
    assert label == "Năm 2024"
    custom, label, messages = period(
        period="range", **{"from": "15/01/2026", "to": "2026-03-10"}
    )
    assert (custom.start, custom.end) == (
        datetime.date(2026, 1, 15),
        datetime.date(2026, 3, 10),
    )
    assert label == "Từ 15/01/2026 đến 10/03/2026"
    assert messages == []


def test_no_parameters_is_the_current_year():
    found, _, messages = period()
    assert (found.kind, found.year, messages) == ("year", 2026, [])


def test_a_twenty_year_range_is_cut_to_five_years_and_says_so():
    found, _, messages = period(
        period="range", **{"from": "01/01/2006", "to": "31/12/2026"}
    )
    assert (found.start, found.end) == (
        datetime.date(2006, 1, 1),
        datetime.date(2010, 12, 31),
    )
    assert messages == [
        "Một báo cáo tính tối đa 5 năm: báo cáo này tính từ 01/01/2006 đến 31/12/2010."
    ]
    exactly, _, messages = period(
        period="range", **{"from": "01/01/2022", "to": "31/12/2026"}
    )
    assert (exactly.end, messages) == (datetime.date(2026, 12, 31), [])


def test_bad_input_falls_back_to_the_current_year_with_a_message():
    bad = [
        ({"year": "abc"}, "Năm phải từ 2000 đến 2027"),
        ({"year": "1999"}, "Năm phải từ 2000 đến 2027"),
        ({"year": "99999999999999999999"}, "Năm phải từ 2000 đến 2027"),
        (
            {"period": "month", "year": "2026", "month": "0"},
            "Hãy chọn tháng từ 1 đến 12",
        ),
        ({"period": "month", "year": "2026"}, "Hãy chọn tháng từ 1 đến 12"),
        (
            {"period": "quarter", "year": "2026", "quarter": "V"},
            "Hãy chọn quý từ I đến IV",
        ),
        ({"period": "range", "from": "30/02/2026", "to": "01/03/2026"}, "dd/mm/yyyy"),
        ({"period": "range", "from": "01/01/1900", "to": "01/03/2026"}, "dd/mm/yyyy"),
        ({"period": "range", "to": "01/03/2026"}, "dd/mm/yyyy"),
        (
            {"period": "range", "from": "10/03/2026", "to": "01/03/2026"},
            "Ngày kết thúc trước ngày bắt đầu",
        ),
        ({"period": "<script>"}, "Không rõ kỳ báo cáo"),
    ]
    for params, message in bad:
        found, _, messages = period(**params)
        assert found.kind == "year", params
        assert len(messages) == 1, params
        assert message in messages[0], params
    # A bad month keeps the year asked for.
    found, _, _ = period(period="month", year="2025", month="13")
    assert found.year == 2025


def test_dates_are_read_day_first_or_as_a_date_field_sends_them():
    assert parse_date("07/12/2026") == datetime.date(2026, 12, 7)
    assert parse_date(" 2026-12-07 ") == datetime.date(2026, 12, 7)
    for text in ("12/2026", "2026/12/07", "7-12-2026", "", None, "31/04/2026"):
        assert parse_date(text) is None, text


def test_each_period_asks_for_itself_again():
    for params in (
        {"period": "month", "year": "2026", "month": "2"},
        {"period": "quarter", "year": "2026", "quarter": "3"},
        {"period": "year", "year": "2025"},
        {"period": "range", "from": "15/01/2026", "to": "10/03/2026"},
    ):
        found = parse_period(params, TODAY)
        query = dict(pair.split("=") for pair in found.query().split("&"))
        assert parse_period(query, TODAY) == found
