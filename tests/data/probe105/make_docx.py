"""Builds docs/01_*.docx for probe105 from text/01.txt with probe41's builder (standard library only: zipfile and
hand-written WordprocessingML; its docstring gives the markup: @red / @c / @hr / @t / @l / @r / @h / @cc lines, @tbl …
@endtbl a real w:tbl, cells parted by tabs). The headings are typed (一、 / （一） as text), not numbered by Word. The
builder's column widths are for five columns; here the widths follow the table (the 年度 table of five columns, the
task table of four with a wide 重点任务 and 责任单位 column). Run from this folder: python3 make_docx.py
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from docxkit import build_all, builder, widths_table  # noqa: E402

WIDTHS = {5: [1100, 2100, 2000, 2000, 2000], 4: [700, 3600, 3300, 1600]}

DOCS = {"01": "01_xuancheng_city_office_2023_vocational_industry_education_action_plan_docx_year_target_table_abbreviated_units_note.docx"}

if __name__ == "__main__":
    b = builder()
    b.table = widths_table(b, lambda n: WIDTHS[n])
    build_all(DOCS, os.path.dirname(os.path.abspath(__file__)), b)
