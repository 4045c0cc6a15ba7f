"""Builds docs/03_*.docx for probe74 from text/03.txt with probe41's builder (standard library only: zipfile and
hand-written WordprocessingML; its docstring gives the markup: @n0 / @n1 are headings numbered by Word's w:numPr, @tbl …
@endtbl a real w:tbl, cells parted by tabs). Two changes to the builder's table: the column widths follow the number of
columns (a seven-column indicator table and a five-column task table), and a cell written ^X opens a vertical merge
(w:vMerge restart) with the text X while a lone ^ continues it (w:vMerge, empty cell), as Word saves a merged 类别 column.
Run from this folder: python3 make_docx.py
"""
import importlib.util, os

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("probe41_docx", os.path.join(HERE, "..", "probe41", "make_docx.py"))
builder = importlib.util.module_from_spec(spec)
spec.loader.exec_module(builder)

DOCS = {"03": "03_yueqing_vocational_school_2021_fourteenth_five_year_plan_excerpt_docx_indicator_table_vmerge_task_table.docx"}

WIDTHS = {5: [700, 3000, 1700, 2600, 1400], 7: [600, 1100, 2900, 900, 1300, 1300, 1000]}

def cell(text, width, head):
    vm = ""
    if text.startswith("^"):
        vm = '<w:vMerge w:val="restart"/>' if len(text) > 1 else "<w:vMerge/>"
        text = text[1:]
    ps = "".join(builder.para(p, '<w:jc w:val="center"/>' if head else "", builder.rpr(builder.HEI if head else builder.FS, 24))
                 for p in text.split("¶"))
    return (f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{vm}<w:vAlign w:val="center"/></w:tcPr>{ps}</w:tc>')

def table(rows):
    widths = WIDTHS[len(rows[0])]
    b = "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    trs = []
    for i, row in enumerate(rows):
        trpr = "<w:trPr><w:tblHeader/></w:trPr>" if i == 0 else ""
        trs.append(f"<w:tr>{trpr}" + "".join(cell(c, w, i == 0) for c, w in zip(row, widths)) + "</w:tr>")
    return (f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/><w:jc w:val="center"/>'
            f'<w:tblBorders>{b}</w:tblBorders><w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>'
            + "".join(trs) + "</w:tbl>")

builder.table = table

if __name__ == "__main__":
    os.chdir(HERE)
    os.makedirs("docs", exist_ok=True)
    for k, n in DOCS.items():
        builder.build(k, n)
