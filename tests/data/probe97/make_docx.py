"""Builds docs/03_*.docx for probe97 from text/03.txt with probe41's builder (standard library only: zipfile and
hand-written WordprocessingML; its docstring gives the markup: @n0 / @n1 are headings numbered by Word's w:numPr, @tbl …
@endtbl a real w:tbl, ¶ parts paragraphs inside a cell). The 目标任务分解表 has five columns (序号 | 乡镇 | 新建改扩建幼儿园（所） |
新增学前教育学位（个） | 新增义务教育学位（个）) with number columns wider than probe41's, so the table is given its own column
widths here. Run from this folder: python3 make_docx.py
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from docxkit import build_all, builder, widths_table  # noqa: E402

WIDTHS = [800, 1500, 2300, 2400, 2400]

DOCS = {"03": "03_xiangzhou_county_office_2024_basic_education_expansion_quality_plan_docx_auto_numbering_township_target_breakdown_table.docx"}

if __name__ == "__main__":
    b = builder()
    b.table = widths_table(b, lambda n: WIDTHS[:n], pad=True)
    build_all(DOCS, os.path.dirname(os.path.abspath(__file__)), b)
