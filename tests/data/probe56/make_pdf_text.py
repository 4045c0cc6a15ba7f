"""Builds docs/03_*.txt for probe56 from text/03.txt as text copied out of the PDF of the notice: lines wrapped hard at
28 characters (a paragraph's first line indented two full-width spaces, 26 characters; a closing mark or % kept on the line before;
@k lines kept whole, @t the title wrapped without indent), a `— N —` page-number line every
22 lines and a blank line after it (as PDF text extraction leaves them). Run from this folder: python3 make_pdf_text.py
"""
import os

NAME = "03_wanzhou_language_committee_education_commission_joint_2024_language_work_points_pdf_text_lead_support_lines.txt"
WIDTH, PAGE = 28, 22

NO_START = "，。、；：）》〉”％%"

def wrap(line):
    if line.startswith("@k "):
        return [line[3:]]  # masthead, number, headings, signature and date lines stay whole
    title = line.startswith("@t ")
    s, out, first = line[3:] if title else line, [], True
    while s:
        w = WIDTH - 2 if first and not title else WIDTH
        while w < len(s) and s[w] in NO_START:
            w += 1  # a closing mark or % is not left to open the next line
        out.append(("\u3000\u3000" if first and not title else "") + s[:w])
        s, first = s[w:], False
    return out

if __name__ == "__main__":
    lines = []
    for raw in open(os.path.join("text", "03.txt"), encoding="utf-8").read().splitlines():
        lines += wrap(raw)
    out, page = [], 1
    for i, l in enumerate(lines, 1):
        out.append(l)
        if i % PAGE == 0:
            out += ["", "— %d —" % page, ""]
            page += 1
    out += ["", "— %d —" % page]
    os.makedirs("docs", exist_ok=True)
    with open(os.path.join("docs", NAME), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
