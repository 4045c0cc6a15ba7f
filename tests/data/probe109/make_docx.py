"""Builds docs/03_*.docx for probe109 from text/03.txt with probe41's builder (standard library only: zipfile and
hand-written WordprocessingML; its docstring gives the markup: @h headings typed as text, @tbl … @endtbl a real w:tbl,
cells parted by tabs). Headings are typed (一、 / （一） as text, no w:numPr); the two tables are a year table of five
columns and an allocation table of four, each with a 合计 row. Run from this folder: python3 make_docx.py
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from docxkit import build_all  # noqa: E402

DOCS = {"03": "03_yishui_county_government_2023_education_funding_guarantee_opinions_docx_year_funding_table_township_allocation_table.docx"}

if __name__ == "__main__":
    build_all(DOCS, os.path.dirname(os.path.abspath(__file__)))
