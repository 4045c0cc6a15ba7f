"""Builds docs/03_*.docx for probe110 from text/03.txt with probe41's builder (standard library only: zipfile and
hand-written WordprocessingML; its docstring gives the markup: @h headings typed as text, @tbl … @endtbl a real w:tbl,
here of four columns 序号 | 任务 | 责任单位 | 时间). The goals are two numbered body paragraphs typed as text (1. / 2.).
Run from this folder: python3 make_docx.py
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from docxkit import build_all  # noqa: E402

DOCS = {"03": "03_changdu_city_office_2022_vocational_quality_upgrading_plan_notice_docx_numbered_goal_list_task_table_period_cells.docx"}

if __name__ == "__main__":
    build_all(DOCS, os.path.dirname(os.path.abspath(__file__)))
