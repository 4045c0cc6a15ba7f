"""Builds docs/03_*.docx for probe85 from text/03.txt with probe41's builder (standard library only: zipfile and
hand-written WordprocessingML; its docstring gives the markup: @n0 / @n1 are headings numbered by Word's w:numPr, @t a
bold centred title line (three of them here: the notice's title over three paragraphs), @tbl … @endtbl a real w:tbl,
cells parted by tabs). One change to the builder's table: the column widths follow the number of columns (a
seven-column indicator table: 序号 | 指标 | 单位 | 2021年基数 | 2022年 | 2023年 | 2024年).
Run from this folder: python3 make_docx.py
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from docxkit import build_all, builder, widths_table  # noqa: E402

WIDTHS = {7: [600, 3400, 900, 1200, 1100, 1100, 1100]}

DOCS = {"03": "03_mile_city_office_2022_vocational_skilled_talent_three_year_plan_docx_auto_numbering_unit_brackets_indicator_table_base_and_three_years.docx"}

if __name__ == "__main__":
    b = builder()
    b.table = widths_table(b, lambda n: WIDTHS[n])
    build_all(DOCS, os.path.dirname(os.path.abspath(__file__)), b)
