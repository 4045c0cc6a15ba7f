"""Builds docs/03_*.docx for probe121 from text/03.txt with probe41's builder (standard library only: zipfile and
hand-written WordprocessingML; its docstring gives the markup: @tbl … @endtbl a real w:tbl, here one of five columns, the
task list of 附件1, and one of four, the 评价指标 of 附件2). Run from anywhere: python3 make_docx.py
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from docxkit import build_all  # noqa: E402

DOCS = {"03": "03_zunhua_city_office_2024_secondary_vocational_capacity_notice_docx_task_list_evaluation_indicators.docx"}

if __name__ == "__main__":
    build_all(DOCS, os.path.dirname(os.path.abspath(__file__)))
