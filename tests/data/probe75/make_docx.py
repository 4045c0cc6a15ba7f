"""Builds docs/02_*.docx for probe75 from text/02.txt with probe41's builder (standard library only: zipfile and
hand-written WordprocessingML; its docstring gives the markup: @n0 / @n1 are headings numbered by Word's w:numPr, @tbl …
@endtbl a real w:tbl of five columns, ¶ parts paragraphs inside a cell). Run from this folder: python3 make_docx.py
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from docxkit import build_all  # noqa: E402

DOCS = {"02": "02_yongchuan_education_hrss_joint_2021_skilled_talent_training_quality_plan_docx_auto_numbering_task_table_mixed_time_limits.docx"}

if __name__ == "__main__":
    build_all(DOCS, os.path.dirname(os.path.abspath(__file__)))
