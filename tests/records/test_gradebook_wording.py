"""The gradebook and its XLSX say the same words for the same result: a trainee not
eligible for a credential is "Chưa đủ điều kiện" in both, never "Không đạt"; the
final result columns stay in sight (sticky)."""

import io
import re

from django.contrib.staticfiles import finders
from openpyxl import load_workbook


def test_the_page_and_the_xlsx_name_each_result_alike(client, graded):
    # Scores 8, 7, 6 and 4.5: Dung is below the pass score.
    client.force_login(graded.manager)
    pk = graded.training_class.pk
    page = client.get(f"/classes/{pk}/gradebook/").content.decode()
    on_page = {}
    for row in re.findall(r'<tr><th scope="row" class="name">(.*?)</tr>', page, re.S):
        name = re.sub(r"<[^>]+>", "", row.split("</th>")[0]).strip()
        band = row.split('class="result result-band">')[1].split("</td>")[0]
        on_page[name] = re.sub(r"<[^>]+>", "", band).strip()
    rows = list(
        load_workbook(
            io.BytesIO(client.get(f"/classes/{pk}/results.xlsx").content)
        ).active.values
    )
    band = rows[0].index("Xếp loại")
    in_xlsx = {row[1]: row[band] for row in rows[1:]}
    assert (
        on_page
        == in_xlsx
        == {
            "Nguyễn Văn An": "Giỏi",
            "Trần Thị Bình": "Khá",
            "Lê Văn Cường": "Trung bình",
            "Phạm Thị Dung": "Chưa đủ điều kiện",
        }
    )
    assert "Không đạt" not in page
    assert "Không đạt" not in [value for row in rows for value in row]


def test_the_name_and_the_result_columns_are_sticky(client, graded):
    client.force_login(graded.manager)
    page = client.get(f"/classes/{graded.training_class.pk}/gradebook/").content
    assert page.count(b'class="result result-band"') == 1 + len(graded.trainees)
    assert page.count(b'class="result result-score"') == 1 + len(graded.trainees)
    with open(finders.find("classes/classes.css"), encoding="utf-8") as css:
        text = css.read()
    assert ".gradebook .result { position: sticky;" in text
    assert ".gradebook .result-band { right: 0;" in text
