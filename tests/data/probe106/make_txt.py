"""Writes the two text documents of probe106 from text/: 01 from text/01.txt (⇥ marks a tab), 03 from text/03.txt laid
out as text copied from a PDF: lines cut at the printed width (38 Chinese characters, a digit or Latin letter half a
character, a run of digits never cut, no line opening with closing punctuation nor closing with opening punctuation), 32 lines a page, each page closed by a
`— N —` line and every page after the first opened by the running header (the plan's title); a table cut by a page
repeats its header row. Markup of text/03.txt: `@c` / `@l` a line as is, `@r` a right-set line, `@p` an indented
paragraph, `@h` an indented heading, `@blank`, `@page` a forced page break, `@table` … `@endtable` rows of cells split
by `|` (the first the header). Run from this folder: python3 make_txt.py
"""
import os, re, unicodedata

N01 = "01_chongzuo_city_office_2022_14th_fyp_vocational_education_plan_portal_text_tab_indicator_table_column_boxes_four_heading_levels.txt"
N03 = "03_fuding_city_office_2021_14th_fyp_education_development_plan_pdf_text_hard_wraps_running_header_repeated_table_header.txt"

WIDTH = 76          # half-width units a line holds (38 Chinese characters)
PAGE = 32           # lines a page holds
HEADER = "福鼎市“十四五”教育发展专项规划"
NO_START = set("，。、；：？！）》”’〕】」』%")
NO_END = set("（《“‘〔【「『")
TABLE_COLS = (14, 42, 10, 10)   # printed widths of the first four columns


def w(ch):
    return 2 if unicodedata.east_asian_width(ch) in "WF" or ch in "“”‘’" else 1


def width(s):
    return sum(w(c) for c in s)


def tokens(s):
    # A run of digits, Latin letters and the signs inside figures is one token: a line is never cut inside it.
    return re.findall(r"[0-9A-Za-z.%+:\-]+|.", s)


def wrap(text, indent="　　"):
    lines, cur = [], indent
    toks = tokens(text)
    i = 0
    while i < len(toks):
        tk = toks[i]
        if width(cur) + width(tk) > WIDTH and cur.strip():
            if tk in NO_START:          # keep closing punctuation on the line it closes
                cur += tk
                i += 1
                continue
            carry = ""
            while cur and cur[-1] in NO_END:   # an opening bracket or quote goes down with what it opens
                carry = cur[-1] + carry
                cur = cur[:-1]
            lines.append(cur)
            cur = carry
            continue
        cur += tk
        i += 1
    if cur:
        lines.append(cur)
    return lines


def pad(s, n):
    return s + " " * max(1, n - width(s))


def table_line(cells):
    return "".join(pad(c, n) for c, n in zip(cells, TABLE_COLS)) + cells[4]


def build03():
    src = open(os.path.join("text", "03.txt"), encoding="utf-8").read().splitlines()
    out, page, count = [], 1, 0
    table_head = None

    def new_page():
        nonlocal page, count
        out.append("")
        out.append("— %d —" % page)
        out.append("")
        page += 1
        count = 0
        out.append(HEADER)
        count += 1
        if table_head is not None:
            out.append(table_head)
            count += 1

    def emit(line):
        nonlocal count
        if count >= PAGE:
            new_page()
        out.append(line)
        count += 1

    in_table = False
    for ln in src:
        tag, _, text = ln.partition(" ")
        if tag == "@table":
            in_table = True
            first = True
            continue
        if tag == "@endtable":
            in_table = False
            table_head = None
            continue
        if in_table:
            cells = ln.split("|")
            line = table_line(cells)
            if first:
                first = False
                emit(line)
                table_head = line
            else:
                emit(line)
            continue
        if tag == "@page":
            new_page()
        elif tag == "@blank":
            emit("")
        elif tag in ("@c", "@l"):
            emit(text)
        elif tag == "@r":
            emit("　" * 16 + text)
        elif tag in ("@p", "@h"):
            for x in wrap(text):
                emit(x)
    out.append("")
    out.append("— %d —" % page)
    with open(os.path.join("docs", N03), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out) + "\n")


def build01():
    s = open(os.path.join("text", "01.txt"), encoding="utf-8").read().replace("⇥", "\t")
    with open(os.path.join("docs", N01), "w", encoding="utf-8") as fh:
        fh.write(s)


if __name__ == "__main__":
    os.makedirs("docs", exist_ok=True)
    build01()
    build03()
