"""Builds docs/03_*.docx for probe64 from text/03.txt with probe41's builder (standard library only: zipfile and
hand-written WordprocessingML; its docstring gives the markup: @c centred lines carry the 第X章 headings here, the
articles are body paragraphs opening 第X条 as typed). Run from this folder: python3 make_docx.py
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from docxkit import build_all  # noqa: E402

DOCS = {"03": "03_qujing_science_technology_bureau_2024_city_research_project_fund_measures_docx_articles_caps_time_limits.docx"}

if __name__ == "__main__":
    build_all(DOCS, os.path.dirname(os.path.abspath(__file__)))
