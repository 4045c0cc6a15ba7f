"""Builds docs/01_*.docx for probe113 from text/01.txt with probe41's builder (standard library only: zipfile and
hand-written WordprocessingML; its docstring gives the markup: @tbl … @endtbl a real w:tbl, cells parted by tabs).
Additions for this set, as a 任务清单 is laid out in Word: the table has five columns (序号 | 工作任务 | 具体内容 | 责任单位 |
完成时限) with widths of their own; a table line `@span X` is a group row of one cell spanning all five columns
(w:gridSpan, as probe71's); a cell `@vm+ X` starts a vertical merge (w:vMerge w:val="restart") and a cell `@vm`
continues it (w:vMerge, the cell empty), as Word stores one 责任单位 cell over two rows. Run from this folder:
python3 make_docx.py
"""
import importlib.util, os

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("probe41_docx", os.path.join(HERE, "..", "probe41", "make_docx.py"))
builder = importlib.util.module_from_spec(spec)
spec.loader.exec_module(builder)

DOCS = {"01": "01_huanan_county_office_2022_vocational_high_quality_task_list_notice_docx_five_column_table_gridspan_groups_vmerge_units.docx"}

WIDTHS = [700, 1800, 3300, 2200, 1300]

def cell(text, width, head):
    merge = ""
    if text.startswith("@vm+ "):
        text, merge = text[5:], '<w:vMerge w:val="restart"/>'
    elif text == "@vm":
        text, merge = "", "<w:vMerge/>"
    ps = "".join(builder.para(p, '<w:jc w:val="center"/>' if head else "", builder.rpr(builder.HEI if head else builder.FS, 24))
                 for p in text.split("¶"))
    return (f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{merge}<w:vAlign w:val="center"/></w:tcPr>'
            f'{ps}</w:tc>')

def table(rows):
    b = "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in WIDTHS)
    trs = []
    for i, row in enumerate(rows):
        if len(row) == 1 and row[0].startswith("@span "):
            p = builder.para(row[0][6:], "", builder.rpr(builder.HEI, 24, bold=True))
            trs.append(f'<w:tr><w:tc><w:tcPr><w:tcW w:w="{sum(WIDTHS)}" w:type="dxa"/><w:gridSpan w:val="{len(WIDTHS)}"/>'
                       f'<w:vAlign w:val="center"/></w:tcPr>{p}</w:tc></w:tr>')
            continue
        trpr = "<w:trPr><w:tblHeader/></w:trPr>" if i == 0 else ""
        trs.append(f"<w:tr>{trpr}" + "".join(cell(c, w, i == 0) for c, w in zip(row, WIDTHS)) + "</w:tr>")
    return (f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/><w:jc w:val="center"/>'
            f'<w:tblBorders>{b}</w:tblBorders><w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>'
            + "".join(trs) + "</w:tbl>")

builder.table = table  # body() looks table up in its module when it runs

if __name__ == "__main__":
    os.makedirs("docs", exist_ok=True)
    for k, n in DOCS.items():
        builder.build(k, n)
