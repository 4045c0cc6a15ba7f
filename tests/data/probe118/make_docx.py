"""Builds docs/03_*.docx for probe118 from text/03.txt with probe41's builder (standard library only: zipfile and
hand-written WordprocessingML; its docstring gives the markup: @red masthead, @c number, @hr red rule, @n0 / @n1 headings
numbered by Word's w:numPr, @tbl … @endtbl a real w:tbl of five columns, @cc 抄送 / 印发 lines). Run from anywhere:
python3 make_docx.py
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from docxkit import build_all  # noqa: E402

DOCS = {"03": "03_nanfeng_baishe_town_government_2024_dropout_control_plan_docx_auto_numbering_village_table_contact_mobile.docx"}

if __name__ == "__main__":
    build_all(DOCS, os.path.dirname(os.path.abspath(__file__)))
