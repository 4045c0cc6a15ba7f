"""Builds docs/03_*.docx for probe85 from text/03.txt with probe41's builder (standard library only: zipfile and
hand-written WordprocessingML; its docstring gives the markup: @n0 / @n1 are headings numbered by Word's w:numPr, @t a
bold centred title line (three of them here: the notice's title over three paragraphs), @tbl … @endtbl a real w:tbl,
cells parted by tabs). One change to the builder's table: the column widths follow the number of columns (a
seven-column indicator table: 序号 | 指标 | 单位 | 2021年基数 | 2022年 | 2023年 | 2024年).
Run from this folder: python3 make_docx.py
"""
import importlib.util, os

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("probe41_docx", os.path.join(HERE, "..", "probe41", "make_docx.py"))
builder = importlib.util.module_from_spec(spec)
spec.loader.exec_module(builder)

DOCS = {"03": "03_mile_city_office_2022_vocational_skilled_talent_three_year_plan_docx_auto_numbering_unit_brackets_indicator_table_base_and_three_years.docx"}

WIDTHS = {7: [600, 3400, 900, 1200, 1100, 1100, 1100]}

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

if __name__ == "__main__":
    os.chdir(HERE)
    os.makedirs("docs", exist_ok=True)
    for k, n in DOCS.items():
        builder.build(k, n)
