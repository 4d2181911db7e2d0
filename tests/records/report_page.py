"""Reading a report as the user sees it: its tables from the page, and from the XLSX."""

import io

from bs4 import BeautifulSoup
from openpyxl import load_workbook


def page_tables(html: str) -> dict[str, list[list[str]]]:
    """{table title: rows of cell texts, header first} of every report table."""
    soup = BeautifulSoup(html, "html.parser")
    tables = {}
    for table in soup.select("table.report"):
        tables[table["data-sheet"]] = [
            [cell.get_text(" ", strip=True) for cell in row.find_all(["th", "td"])]
            for row in table.find_all("tr")
        ]
    return tables


def page_links(html: str, title: str) -> dict[str, str]:
    """{link text: href} in the table of that title."""
    soup = BeautifulSoup(html, "html.parser")
    table = soup.select_one(f'table.report[data-sheet="{title}"]')
    return {a.get_text(strip=True): a["href"] for a in table.find_all("a")}


def as_shown(cell) -> str:
    """A cell of the XLSX written as the page writes it (a rate is a number
    shown with "%" by its format)."""
    value = cell.value
    if value is None:
        return ""
    if "%" in cell.number_format:
        return f"{value:.1f}".replace(".", ",") + "%"
    if hasattr(value, "strftime"):
        return f"{value:%d/%m/%Y}"
    return str(value)


def xlsx_tables(content: bytes) -> dict[str, list[list[str]]]:
    """{sheet title: rows from the header on, as the page shows them}; the first
    row (the report's title and period) is left out."""
    book = load_workbook(io.BytesIO(content))
    return {
        sheet.title: [[as_shown(c) for c in row] for row in sheet.iter_rows(min_row=2)]
        for sheet in book.worksheets
    }


def xlsx_heading(content: bytes) -> str:
    return load_workbook(io.BytesIO(content)).worksheets[0]["A1"].value


def figure(tables, name: str) -> str:
    """The value of one figure of the summary table ("Tổng hợp")."""
    rows = dict(tables["Tổng hợp"][1:])
    return rows[name]
