"""Builds docs/03_*.docx for probe97 from text/03.txt with probe41's builder (standard library only: zipfile and
hand-written WordprocessingML; its docstring gives the markup: @n0 / @n1 are headings numbered by Word's w:numPr, @tbl …
@endtbl a real w:tbl, ¶ parts paragraphs inside a cell). The 目标任务分解表 has five columns (序号 | 乡镇 | 新建改扩建幼儿园（所） |
新增学前教育学位（个） | 新增义务教育学位（个）) with number columns wider than probe41's, so the table is given its own column
widths here. Run from this folder: python3 make_docx.py
"""
import importlib.util, os

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("probe41_docx", os.path.join(HERE, "..", "probe41", "make_docx.py"))
builder = importlib.util.module_from_spec(spec)
spec.loader.exec_module(builder)

WIDTHS = [800, 1500, 2300, 2400, 2400]

def table(rows):
    """probe41's table with this set's column widths."""
    widths = WIDTHS[:len(rows[0])]
    b = "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    trs = []
    for i, row in enumerate(rows):
        row = row + [""] * (len(widths) - len(row))
        trpr = "<w:trPr><w:tblHeader/></w:trPr>" if i == 0 else ""
        trs.append(f"<w:tr>{trpr}" + "".join(builder.cell(c, w, i == 0) for c, w in zip(row, widths)) + "</w:tr>")
    return (f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/><w:jc w:val="center"/>'
            f'<w:tblBorders>{b}</w:tblBorders><w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>'
            + "".join(trs) + "</w:tbl>")

builder.table = table

DOCS = {"03": "03_xiangzhou_county_office_2024_basic_education_expansion_quality_plan_docx_auto_numbering_township_target_breakdown_table.docx"}

if __name__ == "__main__":
    os.makedirs("docs", exist_ok=True)
    for k, n in DOCS.items():
        builder.build(k, n)
