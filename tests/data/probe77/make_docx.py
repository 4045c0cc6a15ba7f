"""Builds docs/03_*.docx for probe77 from text/03.txt with probe41's builder (standard library only: zipfile and
hand-written WordprocessingML; its docstring gives the markup: @t a bold centred title paragraph (two of them here, the
title running over two paragraphs), @n0 / @n1 headings numbered by Word's w:numPr, @tbl … @endtbl a real w:tbl of five
columns). Run from this folder: python3 make_docx.py
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from docxkit import build_all  # noqa: E402

DOCS = {"03": "03_dangshan_county_office_education_bureau_joint_2021_vocational_quality_three_year_plan_docx_two_paragraph_title_auto_numbering_indicator_table.docx"}

if __name__ == "__main__":
    build_all(DOCS, os.path.dirname(os.path.abspath(__file__)))
