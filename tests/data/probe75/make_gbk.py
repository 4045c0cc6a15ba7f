"""Writes docs/03_*.html: the UTF-8 source text/03.utf8.html saved as a GBK page (as the portal serves it; the page
declares its charset only by an http-equiv Content-Type meta). Run from this folder: python3 make_gbk.py
"""
import os

NAME = "03_panzhihua_hrss_2022_unemployment_insurance_skills_upgrading_subsidy_notice_gbk_html_disclosure_table_standard_table.html"

if __name__ == "__main__":
    s = open(os.path.join("text", "03.utf8.html"), encoding="utf-8").read()
    os.makedirs("docs", exist_ok=True)
    with open(os.path.join("docs", NAME), "wb") as fh:
        fh.write(s.encode("gbk"))
    print(os.path.join("docs", NAME))
