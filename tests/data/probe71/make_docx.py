"""Builds docs/03_*.docx for probe71 from text/03.txt with probe41's builder (standard library only: zipfile and
hand-written WordprocessingML; its docstring gives the markup: @n0 / @n1 are headings numbered by Word's w:numPr, @tbl …
@endtbl a real w:tbl). Two additions for this set: the table has six columns, and a table line `@span X` is a category
row of one cell spanning all columns (w:gridSpan). Two @t lines make a title of two paragraphs, as a long title is often
broken in a Word file. Run from this folder: python3 make_docx.py
"""
import importlib.util, os

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("probe41_docx", os.path.join(HERE, "..", "probe41", "make_docx.py"))
builder = importlib.util.module_from_spec(spec)
spec.loader.exec_module(builder)

DOCS = {"03": "03_danyang_four_bureau_joint_2023_school_enterprise_cooperation_action_plan_docx_two_paragraph_title_gridspan_category_table.docx"}

WIDTHS = [600, 1900, 2300, 1200, 2000, 1300]

def table(rows):
    b = "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in WIDTHS)
    trs = []
    for i, row in enumerate(rows):
        if len(row) == 1 and row[0].startswith("@span "):
            text = row[0][6:]
            p = builder.para(text, "", builder.rpr(builder.HEI, 24, bold=True))
            trs.append(f'<w:tr><w:tc><w:tcPr><w:tcW w:w="{sum(WIDTHS)}" w:type="dxa"/><w:gridSpan w:val="{len(WIDTHS)}"/>'
                       f'<w:vAlign w:val="center"/></w:tcPr>{p}</w:tc></w:tr>')
            continue
        trpr = "<w:trPr><w:tblHeader/></w:trPr>" if i == 0 else ""
        trs.append(f"<w:tr>{trpr}" + "".join(builder.cell(c, w, i == 0) for c, w in zip(row, WIDTHS)) + "</w:tr>")
    return (f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/><w:jc w:val="center"/>'
            f'<w:tblBorders>{b}</w:tblBorders><w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>'
            + "".join(trs) + "</w:tbl>")

builder.table = table  # body() looks table up in its module when it runs

if __name__ == "__main__":
    os.makedirs("docs", exist_ok=True)
    for k, n in DOCS.items():
        builder.build(k, n)
