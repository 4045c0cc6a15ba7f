"""Builds docs/03_*.docx for probe112 from text/03.txt with probe41's builder (standard library only: zipfile and
hand-written WordprocessingML; its docstring gives the markup: @n0 / @n1 are headings numbered by Word's w:numPr, @tbl …
@endtbl a real w:tbl of five columns). The notice's headings are typed as text (@h), no number and no masthead; the last paragraph is the date. Run from this folder: python3 make_docx.py
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from docxkit import build_all  # noqa: E402

DOCS = {"03": "03_tunchang_county_office_2024_vocational_skills_talent_training_notice_docx_no_number_cited_own_office_number_date_last_paragraph.docx"}

if __name__ == "__main__":
    build_all(DOCS, os.path.dirname(os.path.abspath(__file__)))
