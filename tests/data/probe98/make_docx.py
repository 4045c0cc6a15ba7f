"""Builds docs/01_*.docx for probe98 from text/01.txt with probe41's builder (standard library only: zipfile and
hand-written WordprocessingML; its docstring gives the markup: @red masthead, @c the number, @t titles, @r signature
lines, @tbl … @endtbl a real w:tbl of five columns, @cc the 抄送 / 印发 lines). The measures' articles are typed as text
(一、 … 十、), not numbered by Word. Run from this folder: python3 make_docx.py
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from docxkit import build_all  # noqa: E402

DOCS = {"01": "01_wenling_city_office_2023_industry_education_integration_measures_docx_subsidy_articles_policy_table.docx"}

if __name__ == "__main__":
    build_all(DOCS, os.path.dirname(os.path.abspath(__file__)))
