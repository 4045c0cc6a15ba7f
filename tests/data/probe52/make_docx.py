"""Builds docs/*.docx for probe52 from text/NN.txt (standard library only: zipfile and hand-written WordprocessingML).

Markup of text/NN.txt, one paragraph a line:
  @red X   red 文件头 line          @c X   centred line (发文字号)       @hr   red rule (empty paragraph with a border)
  @t X     bold centred title      @l X   left, no indent               @r X  right-aligned (signature, date)
  @h X     heading typed as text   @n0 X / @n1 X  heading numbered by Word (w:numPr; the printed 一、 / （一） is dropped)
  @cc X    抄送 / 印发 line        @tbl … @endtbl  table, cells parted by tabs, ¶ parts paragraphs inside a cell
  other    body paragraph with a first-line indent of two characters; an empty line is an empty paragraph.
Inside a line ^ splits the run (as Word leaves runs after edits). Run from this folder: python3 make_docx.py
"""
import os, re, zipfile
from xml.sax.saxutils import escape

DOCS = {
    "03": "03_wanli_subdistrict_office_2025_grid_management_plan_docx_auto_numbering_grid_roster_table.docx",
}

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
FS, HEI, KAI, XBS = "仿宋_GB2312", "黑体", "楷体_GB2312", "方正小标宋简体"
RSIDS = ["00A31F5C", "004B7E21", "00D92A63", "0061C4B8"]

def rpr(font=None, sz=None, bold=False, color=None):
    out = ""
    if font:
        out += f'<w:rFonts w:ascii="{font}" w:eastAsia="{font}" w:hAnsi="{font}"/>'
    if bold:
        out += "<w:b/><w:bCs/>"
    if color:
        out += f'<w:color w:val="{color}"/>'
    if sz:
        out += f'<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/>'
    return f"<w:rPr>{out}</w:rPr>" if out else ""

def runs(text, props):
    out = []
    for i, piece in enumerate(text.split("^")):
        if not piece:
            continue
        rs = RSIDS[i % len(RSIDS)]
        if i:  # Word marks the spot of an edit; a proofing mark often sits between the pieces
            out.append('<w:proofErr w:type="gramStart"/>' if i % 2 else "")
        out.append(f'<w:r w:rsidR="{rs}">{props}<w:t xml:space="preserve">{escape(piece)}</w:t></w:r>')
        if i and i % 2:
            out.append('<w:proofErr w:type="gramEnd"/>')
    return "".join(out)

def para(text, ppr="", props=""):
    return f'<w:p w:rsidR="00A31F5C" w:rsidRDefault="00A31F5C"><w:pPr>{ppr}</w:pPr>{runs(text, props)}</w:p>'

INDENT = '<w:ind w:firstLineChars="200" w:firstLine="640"/>'
SPACING = '<w:spacing w:line="560" w:lineRule="exact"/>'

def cell(text, width, head):
    ps = "".join(para(p, '<w:jc w:val="center"/>' if head else "", rpr(HEI if head else FS, 24))
                 for p in text.split("¶"))
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>{ps}</w:tc>'

def table(rows):
    widths = [700, 2600, 1900, 2700, 1500][:len(rows[0])]
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

NUM0 = re.compile(r"^[一二三四五六七八九十]+、")
NUM1 = re.compile(r"^（[一二三四五六七八九十]+）")

def body(lines):
    out, rows, in_tbl = [], [], False
    for line in lines:
        if in_tbl:
            if line == "@endtbl":
                out.append(table(rows)); rows = []; in_tbl = False
            else:
                rows.append(line.split("\t"))
            continue
        m = re.match(r"@(\w+) ?(.*)$", line)
        tag, text = (m.group(1), m.group(2)) if m else ("p", line)
        if tag == "tbl":
            in_tbl = True
        elif tag == "red":
            out.append(para(text, '<w:jc w:val="center"/><w:spacing w:after="240"/>', rpr(XBS, 88, color="FF0000")))
        elif tag == "c":
            out.append(para(text, '<w:jc w:val="center"/>' + SPACING, rpr(FS, 32)))
        elif tag == "hr":
            out.append(para("", '<w:pBdr><w:bottom w:val="single" w:sz="18" w:space="1" w:color="FF0000"/></w:pBdr>'))
        elif tag == "t":
            out.append(para(text, '<w:jc w:val="center"/><w:spacing w:before="240" w:line="560" w:lineRule="exact"/>',
                            rpr(XBS, 44, bold=True)))
        elif tag == "l":
            out.append(para(text, SPACING, rpr(FS, 32)))
        elif tag == "r":
            out.append(para(text, '<w:jc w:val="right"/><w:ind w:right="640"/>' + SPACING, rpr(FS, 32)))
        elif tag == "h":
            out.append(para(text, INDENT + SPACING, rpr(HEI, 32)))
        elif tag in ("n0", "n1"):
            lvl = tag[1]
            text = (NUM0 if lvl == "0" else NUM1).sub("", text, count=1)
            out.append(para(text, f'<w:numPr><w:ilvl w:val="{lvl}"/><w:numId w:val="1"/></w:numPr>' + SPACING,
                            rpr(HEI if lvl == "0" else FS, 32)))
        elif tag == "cc":
            out.append(para(text, '<w:pBdr><w:top w:val="single" w:sz="6" w:space="1" w:color="000000"/>'
                                  '<w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>'
                                  '<w:ind w:left="280" w:right="280"/>', rpr(FS, 28)))
        else:
            out.append(para(text, INDENT + SPACING, rpr(FS, 32)))
    return "".join(out)

STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="{FS}" w:hAnsi="Times New Roman"/>
<w:kern w:val="2"/><w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:widowControl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="List Paragraph"/><w:basedOn w:val="a"/><w:qFormat/><w:pPr><w:ind w:firstLineChars="200" w:firstLine="420"/></w:pPr></w:style>
<w:style w:type="table" w:default="1" w:styleId="a4"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>
<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="a4"/><w:tblPr><w:tblBorders>
<w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>
<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>
<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>
</w:tblBorders></w:tblPr></w:style></w:styles>"""

NUMBERING = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering {W}><w:abstractNum w:abstractNumId="0"><w:nsid w:val="3A2F51C7"/><w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/>
<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr><w:rPr><w:rFonts w:eastAsia="{HEI}" w:hint="eastAsia"/></w:rPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/><w:lvlJc w:val="left"/>
<w:lvlRestart w:val="0"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr><w:rPr><w:rFonts w:eastAsia="{KAI}" w:hint="eastAsia"/></w:rPr></w:lvl>
</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>"""

def build(key, name):
    lines = open(os.path.join("text", key + ".txt"), encoding="utf-8").read().splitlines()
    numbered = any(l.startswith(("@n0 ", "@n1 ")) for l in lines)
    sect = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" '
            'w:left="1588" w:header="851" w:footer="992" w:gutter="0"/><w:docGrid w:type="linesAndChars" '
            'w:linePitch="579" w:charSpace="-849"/></w:sectPr>')
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>'
           + body(lines) + sect + "</w:body></w:document>")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
          + ('<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
             if numbered else "") + "</Types>")
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            "</Relationships>")
    drels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
             + ('<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
                if numbered else "") + "</Relationships>")
    path = os.path.join("docs", name)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for arc, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc),
                          ("word/_rels/document.xml.rels", drels), ("word/styles.xml", STYLES)):
            info = zipfile.ZipInfo(arc, date_time=(2025, 1, 1, 0, 0, 0))  # fixed stamps: the same bytes on every run
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
        if numbered:
            info = zipfile.ZipInfo("word/numbering.xml", date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, NUMBERING)
    print(path)

if __name__ == "__main__":
    os.makedirs("docs", exist_ok=True)
    for k, n in DOCS.items():
        build(k, n)
