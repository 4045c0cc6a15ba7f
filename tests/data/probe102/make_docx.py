"""Builds docs/03_*.docx for probe102 from text/03.txt with probe41's builder (standard library only: zipfile and
hand-written WordprocessingML; its docstring gives the markup: @n0 / @n1 are headings numbered by Word's w:numPr, @t a bold
centred title line, @tbl … @endtbl a real w:tbl, cells parted by tabs). One change to the builder's table, made here: a
five-column indicator table (序号 | 指标 | 2022年 | 2023年 | 2025年) under a two-row header, where a cell `@vr X` opens a
vertically merged cell (w:vMerge restart), `@up` continues the one above (an empty w:tc with <w:vMerge/>, as Word writes
it) and `@span3 X` spans three grid columns (w:gridSpan), so that the first header row has three cells.
Run from this folder: python3 make_docx.py
"""
import importlib.util, os

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("probe41_docx", os.path.join(HERE, "..", "probe41", "make_docx.py"))
builder = importlib.util.module_from_spec(spec)
spec.loader.exec_module(builder)

DOCS = {"03": "03_shijiazhuang_education_bureau_2022_secondary_vocational_capacity_work_plan_docx_yearly_indicator_table_gridspan_header.docx"}

WIDTHS = [700, 4300, 1400, 1400, 1400]

def cell(text, width, head, span=1):
    tcpr = f'<w:tcW w:w="{width}" w:type="dxa"/>'
    if span > 1:
        tcpr += f'<w:gridSpan w:val="{span}"/>'
    if text == "@up":
        tcpr += "<w:vMerge/>"
        text = ""
    elif text.startswith("@vr "):
        tcpr += '<w:vMerge w:val="restart"/>'
        text = text[4:]
    ps = "".join(builder.para(p, '<w:jc w:val="center"/>', builder.rpr(builder.HEI if head else builder.FS, 24))
                 for p in text.split("¶"))
    return f'<w:tc><w:tcPr>{tcpr}<w:vAlign w:val="center"/></w:tcPr>{ps}</w:tc>'

def table(rows):
    b = "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in WIDTHS)
    trs = []
    for i, row in enumerate(rows):
        head = i < 2
        trpr = "<w:trPr><w:tblHeader/></w:trPr>" if head else ""
        tcs, col = [], 0
        for c in row:
            span = 1
            if c.startswith("@span"):
                span, c = int(c[5]), c[7:]
            tcs.append(cell(c, sum(WIDTHS[col:col + span]), head, span))
            col += span
        trs.append(f"<w:tr>{trpr}" + "".join(tcs) + "</w:tr>")
    return (f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/><w:jc w:val="center"/>'
            f'<w:tblBorders>{b}</w:tblBorders><w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>'
            + "".join(trs) + "</w:tbl>")

builder.table = table

if __name__ == "__main__":
    os.chdir(HERE)
    os.makedirs("docs", exist_ok=True)
    for k, n in DOCS.items():
        builder.build(k, n)
