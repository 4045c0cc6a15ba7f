"""Builds docs/03_*.txt from text/03.txt the way text copied out of a PDF reads: every paragraph hard-wrapped at the
printed line width (28 characters of a 公文 page, half-width digits and letters counting half, a run of digits or letters
never cut, no line opening with a closing mark or ending with an opening one), the first line of a paragraph indented by
two spaces, a `— N —` page line after every 22 lines and at a forced page break.

Source lines: `|text` is printed as is (masthead, title, signature, 抄送 lines), `#` ends the page, any other line is a
paragraph to wrap. Run from this folder: python3 make_pdf_text.py
"""
import re

SRC = "text/03.txt"
OUT = "docs/03_liling_city_office_2023_vocational_graduates_stay_local_employment_work_plan_pdf_text_task_breakdown_label_sentences_hard_wraps.txt"
WIDTH, LINES = 28, 22
NO_START = "，。、；：？！）》”’％"
NO_END = "（《“‘"
TOKEN = re.compile(r"[0-9A-Za-z.]+(?:—[0-9A-Za-z.]+)*|.")


def width(s):
    return sum(0.5 if ord(c) < 128 else 1 for c in s)


def wrap(par):
    lines, cur = [], "  "
    for tok in TOKEN.findall(par):
        if width(cur) + width(tok) > WIDTH and cur.strip() and tok[0] not in NO_START:
            if cur[-1] in NO_END:  # an opening mark goes down with what it opens
                lines.append(cur[:-1])
                cur = cur[-1]
            else:
                lines.append(cur)
                cur = ""
        cur += tok
    lines.append(cur)
    return lines


def main():
    out, page, n = [], 1, 0

    def page_end():
        nonlocal page, n
        out.append("")
        out.append("— %d —" % page)
        out.append("")
        page += 1
        n = 0

    for raw in open(SRC, encoding="utf-8").read().splitlines():
        if raw == "#":
            page_end()
            continue
        lines = [raw[1:]] if raw.startswith("|") else wrap(raw)
        for ln in lines:
            out.append(ln)
            n += 1
            if n == LINES:
                page_end()
    if n:
        page_end()
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write("\n".join(out).rstrip("\n") + "\n")


if __name__ == "__main__":
    main()
