"""Builds docs/03_*.docx for probe120 from text/03.txt with probe41's builder (standard library only: zipfile and
hand-written WordprocessingML; its docstring gives the markup: @n0 / @n1 are headings numbered by Word's w:numPr). The
notice is typed, the plan's headings are numbered by Word. Run from this folder: python3 make_docx.py
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from docxkit import build_all  # noqa: E402

DOCS = {"03": "03_xunyang_vocational_centre_2024_school_enterprise_three_year_plan_docx_auto_numbering_duty_brackets.docx"}

if __name__ == "__main__":
    build_all(DOCS, os.path.dirname(os.path.abspath(__file__)))
