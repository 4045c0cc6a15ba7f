"""Writes docs/04_*.txt from text/04.txt as text copied out of a PDF.

Lines starting with '=' are kept as one line (headers, signature, 抄送/印发); every other line is a paragraph that is
broken every 38 columns (a full-width character counts 2, an ASCII character 1, so 38 full-width characters a line) in
the middle of words and sentences; a page line '— N —' and a blank line follow every 22 lines. Run: python3 make_pdf_text.py
"""
import unicodedata

WIDTH, PAGE = 76, 22
OUT = "docs/04_binzhou_industry_it_bureau_manufacturing_digital_transformation_plan_2025_2027_pdf_lead_unit_lines.txt"

def w(c):
    return 2 if unicodedata.east_asian_width(c) in "WF" else 1

lines = []
for raw in open("text/04.txt", encoding="utf-8").read().splitlines():
    if raw.startswith("="):
        lines.append(raw[1:])
        continue
    cur, n = "", 0
    for c in raw:
        if n + w(c) > WIDTH:
            lines.append(cur)
            cur, n = "", 0
        cur += c
        n += w(c)
    if cur:
        lines.append(cur)

out, count, page = [], 0, 1
for ln in lines:
    out.append(ln)
    if ln.strip():
        count += 1
    if count == PAGE:
        out += ["", "— %d —" % page, ""]
        page += 1
        count = 0
out += ["", "— %d —" % page]
open(OUT, "w", encoding="utf-8").write("\n".join(out) + "\n")
