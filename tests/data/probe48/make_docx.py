"""Builds docs/02_*.docx for probe48 from text/01.txt (standard library only: zipfile and hand-written WordprocessingML).

Markup, one paragraph a line: @red 文件头, @c centred, @hr red rule, @t title, @l left, @r right, @h heading,
@cc 抄送/印发 line, @tbl … @endtbl a real w:tbl (cells parted by tabs, ¶ parts paragraphs in a cell, ^X opens a w:vMerge with text X and a
lone ^ continues it), other lines are
body paragraphs with a first-line indent. Run from this folder: python3 make_docx.py
"""
import zipfile
from xml.sax.saxutils import escape

NAME = "01_ezhou_city_office_2025_airport_logistics_hub_three_year_action_plan_docx_indicator_table_vmerge.docx"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
FS, HEI, XBS = "仿宋_GB2312", "黑体", "方正小标宋简体"

def rpr(font, sz, bold=False, color=None):
    return (f'<w:rPr><w:rFonts w:ascii="{font}" w:eastAsia="{font}" w:hAnsi="{font}"/>' + ("<w:b/>" if bold else "")
            + (f'<w:color w:val="{color}"/>' if color else "") + f'<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/></w:rPr>')

def para(text, ppr, props):
    run = f'<w:r>{props}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>' if text else ""
    return f'<w:p w:rsidR="00B41D27"><w:pPr>{ppr}</w:pPr>{run}</w:p>'

SP = '<w:spacing w:line="560" w:lineRule="exact"/>'
IND = '<w:ind w:firstLineChars="200" w:firstLine="640"/>'
CEN = '<w:jc w:val="center"/>'

def table(rows):
    widths = [1000, 600, 2600, 700, 1000, 1000, 1000, 800]
    b = "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    out = [f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:jc w:val="center"/><w:tblBorders>{b}</w:tblBorders></w:tblPr>'
           '<w:tblGrid>' + "".join(f'<w:gridCol w:w="{w}"/>' for w in widths) + '</w:tblGrid>']
    for i, row in enumerate(rows):
        out.append("<w:tr>" + ("<w:trPr><w:tblHeader/></w:trPr>" if i == 0 else ""))
        for c, w in zip(row, widths):
            vm = ""
            if c.startswith("^"):  # ^X opens a vertical merge with the text X, a lone ^ continues it (empty cell)
                vm = '<w:vMerge w:val="restart"/>' if len(c) > 1 else "<w:vMerge/>"
                c = c[1:]
            ps = "".join(para(p, CEN if i == 0 else "", rpr(HEI if i == 0 else FS, 24)) for p in c.split("¶"))
            out.append(f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/>{vm}<w:vAlign w:val="center"/></w:tcPr>{ps}</w:tc>')
        out.append("</w:tr>")
    return "".join(out) + "</w:tbl>"

def body(lines):
    out, rows, in_tbl = [], [], False
    for line in lines:
        if in_tbl:
            if line == "@endtbl":
                out.append(table(rows)); rows, in_tbl = [], False
            else:
                rows.append(line.split("\t"))
            continue
        tag, _, text = line[1:].partition(" ") if line.startswith("@") else ("p", "", line)
        if tag == "tbl": in_tbl = True
        elif tag == "red": out.append(para(text, CEN, rpr(XBS, 88, color="FF0000")))
        elif tag == "c": out.append(para(text, CEN + SP, rpr(FS, 32)))
        elif tag == "hr": out.append(para("", '<w:pBdr><w:bottom w:val="single" w:sz="18" w:space="1" w:color="FF0000"/></w:pBdr>', ""))
        elif tag == "t": out.append(para(text, CEN + SP, rpr(XBS, 44, bold=True)))
        elif tag == "l": out.append(para(text, SP, rpr(FS, 32)))
        elif tag == "r": out.append(para(text, '<w:jc w:val="right"/><w:ind w:right="640"/>' + SP, rpr(FS, 32)))
        elif tag == "h": out.append(para(text, IND + SP, rpr(HEI, 32)))
        elif tag == "cc": out.append(para(text, '<w:pBdr><w:top w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>', rpr(FS, 28)))
        else: out.append(para(line, IND + SP, rpr(FS, 32)))
    return "".join(out)

lines = open("text/01.txt", encoding="utf-8").read().splitlines()
doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{body(lines)}'
       '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588"/></w:sectPr>'
       '</w:body></w:document>')
CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
with zipfile.ZipFile("docs/" + NAME, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", CT)
    z.writestr("_rels/.rels", RELS)
    z.writestr("word/document.xml", doc)
