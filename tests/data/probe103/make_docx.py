"""Builds docs/03_*.docx for probe103 from text/03.txt with probe41's builder (standard library only: zipfile and
hand-written WordprocessingML; its docstring gives the markup), with three additions of this set:
  @red2 X        a red masthead line in a smaller size (two bodies' names one above the other)
  @sig A<TAB>B   the two bodies signing side by side: a borderless w:tbl of one row and two cells
  @box … @endbox a 专栏 box: a one-cell w:tbl with borders, its first line the box's title (bold, centred), each further
                 line a paragraph of the cell
Run from this folder: python3 make_docx.py
"""
import importlib.util, os

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("probe41_docx", os.path.join(HERE, "..", "probe41", "make_docx.py"))
builder = importlib.util.module_from_spec(spec)
spec.loader.exec_module(builder)

DOCS = {"03": "03_rongchang_education_commission_finance_joint_2023_secondary_vocational_quality_plan_docx_column_boxes_side_by_side_signature.docx"}

B = builder
BASE_BODY = builder.body  # probe41's reading of every other line
CENTER = '<w:jc w:val="center"/>'
NOBORDER = "".join(f'<w:{s} w:val="nil"/>' for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
BORDER = "".join(f'<w:{s} w:val="single" w:sz="8" w:space="0" w:color="000000"/>' for s in ("top", "left", "bottom", "right"))

def sig_table(names):
    cells = "".join(
        f'<w:tc><w:tcPr><w:tcW w:w="4400" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>'
        f'{B.para(n, CENTER + B.SPACING, B.rpr(B.FS, 32))}</w:tc>'
        for n in names)
    return (f'<w:tbl><w:tblPr><w:tblW w:w="8800" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders>{NOBORDER}'
            f'</w:tblBorders><w:tblLook w:val="0000"/></w:tblPr><w:tblGrid><w:gridCol w:w="4400"/><w:gridCol w:w="4400"/>'
            f'</w:tblGrid><w:tr><w:trPr><w:trHeight w:val="1400"/></w:trPr>{cells}</w:tr></w:tbl>')

def box_table(lines):
    ps = B.para(lines[0], '<w:jc w:val="center"/>' + B.SPACING, B.rpr(B.HEI, 28, bold=True))
    ps += "".join(B.para(l, '<w:ind w:firstLineChars="200" w:firstLine="560"/>' + B.SPACING, B.rpr(B.KAI, 28))
                  for l in lines[1:])
    return (f'<w:tbl><w:tblPr><w:tblW w:w="8800" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders>{BORDER}'
            f'</w:tblBorders><w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid><w:gridCol w:w="8800"/></w:tblGrid>'
            f'<w:tr><w:tc><w:tcPr><w:tcW w:w="8800" w:type="dxa"/></w:tcPr>{ps}</w:tc></w:tr></w:tbl>')

def body(lines):
    out, box, in_box = [], [], False
    for line in lines:
        if in_box:
            if line == "@endbox":
                out.append(box_table(box)); box = []; in_box = False
            else:
                box.append(line)
        elif line == "@box":
            in_box = True
        elif line.startswith("@sig "):
            out.append(sig_table(line[5:].split("\t")))
        elif line.startswith("@red2 "):
            out.append(B.para(line[6:], '<w:jc w:val="center"/><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>',
                              B.rpr(B.XBS, 64, color="FF0000")))
        else:
            out.append(BASE_BODY([line]))
    return "".join(out)

B.body = body  # build() calls the module's body(): this set's markup first, the rest as probe41's

if __name__ == "__main__":
    os.makedirs("docs", exist_ok=True)
    for k, n in DOCS.items():
        B.build(k, n)
