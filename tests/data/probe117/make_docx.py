"""Builds docs/03_*.docx for probe117 from text/03.txt with probe41's builder (standard library only: zipfile and
hand-written WordprocessingML; its docstring gives the markup: @red / @c / @hr / @t / @h / @r / @cc lines, @tbl … @endtbl
a real w:tbl) and probe65's merged cells: in a table cell a leading `@vr ` opens a vertically merged cell (w:vMerge
restart) and `@up` continues the one above (an empty w:tc with <w:vMerge/>). Column widths follow the table's number of
columns (the allocation table has five, the 绩效目标表 four). Run from this folder: python3 make_docx.py
"""
import importlib.util, os

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("probe41_docx", os.path.join(HERE, "..", "probe41", "make_docx.py"))
builder = importlib.util.module_from_spec(spec)
spec.loader.exec_module(builder)

def cell(text, width, head):
    vm = ""
    if text == "@up":
        vm, text = "<w:vMerge/>", ""
    elif text.startswith("@vr "):
        vm, text = '<w:vMerge w:val="restart"/>', text[4:]
    ps = "".join(builder.para(p, '<w:jc w:val="center"/>' if head else "", builder.rpr(builder.HEI if head else builder.FS, 24))
                 for p in text.split("¶"))
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{vm}<w:vAlign w:val="center"/></w:tcPr>{ps}</w:tc>'

WIDTHS = {4: [1500, 2000, 3000, 2300], 5: [2300, 3100, 1100, 1100, 1200]}

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

builder.cell = cell    # body() and table() look these up in their module when they run
builder.table = table

DOCS = {"03": "03_jiangjin_district_education_commission_finance_joint_2024_secondary_vocational_quality_funds_notice_docx_allocation_and_performance_tables_vmerge.docx"}

if __name__ == "__main__":
    os.chdir(HERE)
    os.makedirs("docs", exist_ok=True)
    for k, n in DOCS.items():
        builder.build(k, n)
