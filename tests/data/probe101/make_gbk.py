"""Writes docs/01_*.html: the UTF-8 source text/01.utf8.html saved as a GBK page, as the portal serves it (the page
declares its charset by an http-equiv Content-Type meta, charset=gbk). Run from this folder: python3 make_gbk.py
"""
import os

NAME = "01_qichun_county_office_2021_vocational_industry_education_tcm_plan_notice_gbk_html_li_span_metadata_br_body.html"

if __name__ == "__main__":
    s = open(os.path.join("text", "01.utf8.html"), encoding="utf-8").read()
    os.makedirs("docs", exist_ok=True)
    with open(os.path.join("docs", NAME), "wb") as fh:
        fh.write(s.encode("gbk"))
    print(os.path.join("docs", NAME))
