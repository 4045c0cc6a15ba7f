"""Builds docs/01_*.docx for probe105 from text/01.txt with probe41's builder (standard library only: zipfile and
hand-written WordprocessingML; its docstring gives the markup: @red / @c / @hr / @t / @l / @r / @h / @cc lines, @tbl …
@endtbl a real w:tbl, cells parted by tabs). The headings are typed (一、 / （一） as text), not numbered by Word. The
builder's column widths are for five columns; here the widths follow the table (the 年度 table of five columns, the
task table of four with a wide 重点任务 and 责任单位 column). Run from this folder: python3 make_docx.py
"""
import importlib.util, os

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("probe41_docx", os.path.join(HERE, "..", "probe41", "make_docx.py"))
builder = importlib.util.module_from_spec(spec)
spec.loader.exec_module(builder)

WIDTHS = {5: [1100, 2100, 2000, 2000, 2000], 4: [700, 3600, 3300, 1600]}

def table(rows):
    widths = WIDTHS[len(rows[0])]
    b = "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    trs = []
    for i, row in enumerate(rows):
        trpr = "<w:trPr><w:tblHeader/></w:trPr>" if i == 0 else ""
        trs.append(f"<w:tr>{trpr}" + "".join(builder.cell(c, w, i == 0) for c, w in zip(row, widths)) + "</w:tr>")
    return (f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/><w:jc w:val="center"/>'
            f'<w:tblBorders>{b}</w:tblBorders><w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>'
            + "".join(trs) + "</w:tbl>")

builder.table = table

DOCS = {"01": "01_xuancheng_city_office_2023_vocational_industry_education_action_plan_docx_year_target_table_abbreviated_units_note.docx"}

if __name__ == "__main__":
    os.makedirs("docs", exist_ok=True)
    for k, n in DOCS.items():
        builder.build(k, n)
