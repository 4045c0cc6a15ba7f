"""Builds docs/03_*.docx for probe53 from text/03.txt with probe41's builder (standard library only: zipfile and
hand-written WordprocessingML; its docstring gives the markup: @h headings typed as text, @tbl … @endtbl a real w:tbl,
¶ two paragraphs inside one cell). Run from this folder: python3 make_docx.py
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from docxkit import build_all  # noqa: E402

DOCS = {"03": "03_keshan_county_government_office_2025_skills_talent_county_school_enterprise_plan_docx_lead_marked_cells.docx"}

if __name__ == "__main__":
    build_all(DOCS, os.path.dirname(os.path.abspath(__file__)))
