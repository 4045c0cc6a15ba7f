"""Builds docs/03_*.docx for probe80 from text/03.txt with probe41's builder (standard library only: zipfile and
hand-written WordprocessingML; its docstring gives the markup: @n0 / @n1 are headings numbered by Word's w:numPr, @tbl …
@endtbl a real w:tbl, ¶ parts paragraphs inside a cell). The project list has six columns (序号 | 项目名称 | 建设内容 |
投资（万元） | 责任单位 | 完成时限), so the table is given six column widths here. Run from this folder: python3 make_docx.py
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from docxkit import build_all, builder, widths_table  # noqa: E402

WIDTHS = [600, 1700, 2800, 1100, 1900, 1300]

DOCS = {"03": "03_baicheng_county_education_bureau_2023_secondary_vocational_school_conditions_standard_plan_docx_auto_numbering_project_table.docx"}

if __name__ == "__main__":
    b = builder()
    b.table = widths_table(b, lambda n: WIDTHS[:n], pad=True)
    build_all(DOCS, os.path.dirname(os.path.abspath(__file__)), b)
