"""Builds docs/03_*.docx for probe119 from text/03.txt with probe41's builder (standard library only: zipfile and
hand-written WordprocessingML; its docstring gives the markup: @red masthead, @c number, @hr red rule, @tbl … @endtbl a
real w:tbl of five columns). Run from anywhere: python3 make_docx.py
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from docxkit import build_all  # noqa: E402

DOCS = {"03": "03_tianchang_education_sports_bureau_2024_school_enterprise_demonstration_project_call_docx_conditions_standards_table.docx"}

if __name__ == "__main__":
    build_all(DOCS, os.path.dirname(os.path.abspath(__file__)))
