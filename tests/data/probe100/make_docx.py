"""Builds docs/03_*.docx for probe100 from text/03.txt with probe41's builder (standard library only: zipfile and
hand-written WordprocessingML; its docstring gives the markup: @n0 / @n1 are headings numbered by Word's w:numPr). The
notice's own points are typed (一、 as text), the issued plan's headings are numbered by Word; there is no table.
Run from this folder: python3 make_docx.py
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from docxkit import build_all  # noqa: E402

DOCS = {"03": "03_zhangjiajie_city_office_2023_vocational_upgrading_notice_issuing_differently_titled_plan_docx_auto_numbering.docx"}

if __name__ == "__main__":
    build_all(DOCS, os.path.dirname(os.path.abspath(__file__)))
