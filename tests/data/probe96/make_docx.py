"""Builds docs/02_*.docx for probe96 from text/02.txt with probe41's builder (standard library only: zipfile and
hand-written WordprocessingML; its docstring gives the markup: @red masthead lines, @c the number, @h headings typed as
text, @tbl … @endtbl a real w:tbl of five columns). Run from this folder: python3 make_docx.py
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from docxkit import build_all  # noqa: E402

DOCS = {"02": "02_lishu_education_hrss_joint_2022_secondary_vocational_rural_revitalization_plan_docx_task_table_recurring_time_limits.docx"}

if __name__ == "__main__":
    build_all(DOCS, os.path.dirname(os.path.abspath(__file__)))
