"""Builds docs/*.docx for probe108 from text/NN.txt (standard library only: zipfile and hand-written WordprocessingML),
with probe41's builder for the paragraph kinds it has (its docstring: @red, @c, @hr, @t, @l, @r, @h, @cc, @tbl … @endtbl,
body paragraphs, ^ splitting runs) and these additions of this set:

  @n0 X / @n1 X / @n2 X  headings and items numbered by Word (w:numPr, three levels 一、 / （一） / 1.; the printed label
                 is dropped; a level restarts under the level above, as Word's default list does)
  @rn X          the document number right-aligned on its own line under the masthead
  @pb            a page break
  @cctbl … @endcctbl  the 版记: a two-row w:tbl with rules above, between and below and none at the sides; its first line
                 (抄送：…) one cell spanning both columns (w:gridSpan), its second line two cells parted by a tab
                 (the printing office left, the 印发 date right)
  @mast … @endmast  a joint masthead: a borderless w:tbl whose left cell holds the bodies' names one paragraph each
                 (red, stacked) and whose right cell, two grid columns merged into one (w:gridSpan), holds 文件
  @sig … @endsig  bodies signing with their seal placeholders: a borderless w:tbl, each line a row, cells parted by a
                 tab, each cell the body's name over （盖章）
  @hdr … @endhdr  the first-page header part (word/header1.xml, w:titlePg): lines in @red / @c / @hr markup; the body
                 then carries no masthead
  @box … @endbox  a text box (wps:txbx in mc:Choice, the VML v:textbox in mc:Fallback, as Word 2010 and later save it)
                 anchored in an empty paragraph; its first line is the box title
  @fn N X        the text of footnote N (word/footnotes.xml); {fnN} in a line puts its reference mark there
Every file gets a footer part with the page number as a PAGE field (— 1 —). Run from this folder: python3 make_docx.py
"""
import importlib.util, os, re, zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("probe41_docx", os.path.join(HERE, "..", "probe41", "make_docx.py"))
B = importlib.util.module_from_spec(spec)
spec.loader.exec_module(B)

DOCS = {
    "01": "01_renshou_county_office_2022_industry_education_secondary_vocational_plan_notice_docx_red_masthead_auto_numbering_cc_print_table.docx",
    "02": "02_zhushan_education_bureau_2023_secondary_vocational_industry_education_work_points_docx_number_only_in_page_header_footnotes_text_box.docx",
    "03": "03_gushi_four_bodies_joint_2024_secondary_vocational_industry_education_action_plan_docx_masthead_table_merged_cell_seal_placeholders.docx",
}

NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:w10="urn:schemas-microsoft-com:office:word" '
      'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'mc:Ignorable="w14 wp14"')
CENTER = '<w:jc w:val="center"/>'
NOBORDER = "".join(f'<w:{s} w:val="nil"/>' for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
RED = "FF0000"

FN = re.compile(r"\{fn(\d+)\}")

def runs(text, props):
    """probe41's runs, with {fnN} turned into a footnote reference run."""
    out = []
    for i, piece in enumerate(FN.split(text)):
        if i % 2:
            out.append(f'<w:r><w:rPr><w:rStyle w:val="a7"/></w:rPr><w:footnoteReference w:id="{piece}"/></w:r>')
        elif piece:
            out.append(B.runs(piece, props))
    return "".join(out)

def para(text, ppr="", props=""):
    return f'<w:p w:rsidR="00A31F5C" w:rsidRDefault="00A31F5C"><w:pPr>{ppr}</w:pPr>{runs(text, props)}</w:p>'

NUM = [re.compile(r"^[一二三四五六七八九十]+、"), re.compile(r"^（[一二三四五六七八九十]+）"), re.compile(r"^\d+[.．]")]

def numbered(level, text):
    text = NUM[level].sub("", text, count=1)
    font = (B.HEI, B.KAI, B.FS)[level]
    ppr = f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="1"/></w:numPr>' + B.SPACING
    return para(text, ppr, B.rpr(font, 32))

def cc_table(lines):
    """The 版记: 抄送 across both columns, then the printing office and the 印发 date."""
    rule = '<w:{0} w:val="single" w:sz="8" w:space="0" w:color="000000"/>'
    borders = rule.format("top") + '<w:left w:val="nil"/>' + rule.format("bottom") + '<w:right w:val="nil"/>' \
        + rule.format("insideH").replace('w:sz="8"', 'w:sz="4"') + '<w:insideV w:val="nil"/>'
    props = B.rpr(B.FS, 28)
    cc = para(lines[0], '<w:ind w:left="280" w:right="280" w:hangingChars="300" w:hanging="840"/>', props)
    left, right = lines[1].split("\t")
    office = para(left, '<w:ind w:left="280"/>', props)
    date = para(right, '<w:ind w:right="280"/><w:jc w:val="right"/>', props)
    first = (f'<w:tr><w:trPr><w:trHeight w:val="560"/></w:trPr><w:tc><w:tcPr><w:tcW w:w="8844" w:type="dxa"/>'
             f'<w:gridSpan w:val="2"/><w:vAlign w:val="center"/></w:tcPr>{cc}</w:tc></w:tr>')
    second = (f'<w:tr><w:trPr><w:trHeight w:val="560"/></w:trPr>'
              f'<w:tc><w:tcPr><w:tcW w:w="4422" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>{office}</w:tc>'
              f'<w:tc><w:tcPr><w:tcW w:w="4422" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>{date}</w:tc></w:tr>')
    return (f'<w:tbl><w:tblPr><w:tblW w:w="8844" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders>{borders}'
            f'</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblLook w:val="0000"/></w:tblPr><w:tblGrid>'
            f'<w:gridCol w:w="4422"/><w:gridCol w:w="4422"/></w:tblGrid>{first}{second}</w:tbl>')

def masthead_table(names):
    """Four bodies' names stacked in one cell, 文件 in the merged cell to their right."""
    left = "".join(para(n, '<w:spacing w:line="600" w:lineRule="exact"/><w:jc w:val="distribute"/>',
                        B.rpr(B.XBS, 48, color=RED)) for n in names)
    right = para("文件", '<w:jc w:val="center"/>', B.rpr(B.XBS, 100, color=RED))
    return (f'<w:tbl><w:tblPr><w:tblW w:w="8844" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders>{NOBORDER}'
            f'</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblLook w:val="0000"/></w:tblPr><w:tblGrid>'
            f'<w:gridCol w:w="6344"/><w:gridCol w:w="1250"/><w:gridCol w:w="1250"/></w:tblGrid>'
            f'<w:tr><w:tc><w:tcPr><w:tcW w:w="6344" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>{left}</w:tc>'
            f'<w:tc><w:tcPr><w:tcW w:w="2500" w:type="dxa"/><w:gridSpan w:val="2"/><w:vAlign w:val="center"/></w:tcPr>'
            f'{right}</w:tc></w:tr></w:tbl>')

def sig_table(lines):
    """Each body's name over its seal placeholder, two bodies a row."""
    trs = []
    for line in lines:
        cells = "".join(
            f'<w:tc><w:tcPr><w:tcW w:w="4422" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>'
            f'{para(n, B.SPACING + CENTER, B.rpr(B.FS, 32))}{para("（盖章）", B.SPACING + CENTER, B.rpr(B.FS, 32))}</w:tc>'
            for n in line.split("\t"))
        trs.append(f'<w:tr><w:trPr><w:trHeight w:val="1600"/></w:trPr>{cells}</w:tr>')
    return (f'<w:tbl><w:tblPr><w:tblW w:w="8844" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders>{NOBORDER}'
            f'</w:tblBorders><w:tblLook w:val="0000"/></w:tblPr><w:tblGrid><w:gridCol w:w="4422"/><w:gridCol w:w="4422"/>'
            f'</w:tblGrid>{"".join(trs)}</w:tbl>')

def text_box(lines, n):
    """A 专栏 text box anchored in an empty paragraph: DrawingML first, the VML copy for older readers."""
    content = para(lines[0], CENTER, B.rpr(B.HEI, 28, bold=True)) + "".join(
        para(l, '<w:spacing w:line="440" w:lineRule="exact"/><w:ind w:firstLineChars="200" w:firstLine="560"/>',
             B.rpr(B.KAI, 28)) for l in lines[1:])
    cx, cy = 5615940, 2160000
    drawing = (
        f'<w:drawing><wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" '
        f'relativeHeight="25165926{n}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        f'<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH>'
        f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>45720</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
        f'<wp:docPr id="{n}" name="文本框 {n}"/><wp:cNvGraphicFramePr/>'
        f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>'
        f'<a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill><a:miter lim="800000"/></a:ln></wps:spPr>'
        f'<wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx>'
        f'<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" '
        f'anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>')
    pict = (
        f'<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        f'<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        f'<v:shape id="文本框 {n}" o:spid="_x0000_s102{n}" type="#_x0000_t202" style="position:absolute;left:0;'
        f'text-align:left;margin-left:0;margin-top:3.6pt;width:442.2pt;height:170.1pt;z-index:25165926{n};'
        f'mso-position-horizontal:center;mso-position-horizontal-relative:margin" strokeweight=".75pt">'
        f'<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>{content}</w:txbxContent></v:textbox>'
        f'<w10:wrap type="topAndBottom" anchorx="margin"/></v:shape></w:pict>')
    return (f'<w:p w:rsidR="00A31F5C" w:rsidRDefault="00A31F5C"><w:pPr>{B.SPACING}</w:pPr><w:r>'
            f'<w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="wps">{drawing}</mc:Choice>'
            f'<mc:Fallback>{pict}</mc:Fallback></mc:AlternateContent></w:r></w:p>')

def header_part(lines):
    out = []
    for line in lines:
        tag, _, text = line.partition(" ")
        if tag == "@red":
            out.append(para(text, '<w:spacing w:after="240"/>' + CENTER, B.rpr(B.XBS, 88, color=RED)))
        elif tag == "@c":
            out.append(para(text, B.SPACING + CENTER, B.rpr(B.FS, 32)))
        elif tag == "@hr":
            out.append(para("", f'<w:pBdr><w:bottom w:val="single" w:sz="18" w:space="1" w:color="{RED}"/></w:pBdr>'))
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr {NS}>{"".join(out)}</w:hdr>'

FOOTER = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr {NS}><w:p><w:pPr><w:pStyle w:val="a5"/>'
          f'<w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">— </w:t></w:r>'
          f'<w:r><w:rPr><w:sz w:val="28"/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:rPr><w:sz w:val="28"/>'
          f'</w:rPr><w:instrText xml:space="preserve"> PAGE   \\* MERGEFORMAT </w:instrText></w:r><w:r><w:rPr>'
          f'<w:sz w:val="28"/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:rPr><w:sz w:val="28"/></w:rPr>'
          f'<w:t>1</w:t></w:r><w:r><w:rPr><w:sz w:val="28"/></w:rPr><w:fldChar w:fldCharType="end"/></w:r>'
          f'<w:r><w:rPr><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve"> —</w:t></w:r></w:p></w:ftr>')

def footnotes_part(notes):
    sep = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
           '</w:pPr><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p>'
           '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r>'
           '</w:p></w:footnote>')
    body = "".join(
        f'<w:footnote w:id="{k}"><w:p><w:pPr><w:pStyle w:val="a6"/></w:pPr><w:r><w:rPr><w:rStyle w:val="a7"/></w:rPr>'
        f'<w:footnoteRef/></w:r>{B.runs(" " + v, B.rpr(B.FS, 24))}</w:p></w:footnote>' for k, v in sorted(notes.items()))
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {NS}>{sep}{body}</w:footnotes>'

NUMBERING = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering {NS}><w:abstractNum w:abstractNumId="0"><w:nsid w:val="5C1E2A93"/><w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/>
<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr><w:rPr><w:rFonts w:eastAsia="{B.HEI}" w:hint="eastAsia"/></w:rPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/><w:lvlJc w:val="left"/>
<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr><w:rPr><w:rFonts w:eastAsia="{B.KAI}" w:hint="eastAsia"/></w:rPr></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/><w:lvlJc w:val="left"/>
<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr><w:rPr><w:rFonts w:eastAsia="{B.FS}" w:hint="eastAsia"/></w:rPr></w:lvl>
</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>"""

STYLES = B.STYLES.replace(f"<w:styles {B.W}>", f"<w:styles {NS}>").replace("</w:styles>", (
    '<w:style w:type="paragraph" w:styleId="a5"><w:name w:val="footer"/><w:basedOn w:val="a"/><w:pPr>'
    '<w:tabs><w:tab w:val="center" w:pos="4153"/><w:tab w:val="right" w:pos="8306"/></w:tabs><w:snapToGrid w:val="0"/>'
    '</w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="a6"><w:name w:val="footnote text"/><w:basedOn w:val="a"/><w:pPr>'
    '<w:snapToGrid w:val="0"/><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>'
    '<w:style w:type="character" w:styleId="a7"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/>'
    '</w:rPr></w:style></w:styles>'))

SETTINGS = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings {NS}><w:zoom w:percent="100"/>'
            '<w:defaultTabStop w:val="420"/><w:drawingGridVerticalSpacing w:val="579"/>'
            '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
            '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>'
            '</w:compat></w:settings>')

def body(lines):
    out, block, mode, notes, header = [], [], None, {}, None
    ends = {"@endtbl": "tbl", "@endcctbl": "cctbl", "@endmast": "mast", "@endsig": "sig", "@endbox": "box", "@endhdr": "hdr"}
    boxes = 0
    for line in lines:
        if mode:
            if ends.get(line) == mode:
                if mode == "tbl":
                    out.append(B.table([l.split("\t") for l in block]))
                elif mode == "cctbl":
                    out.append(cc_table(block))
                elif mode == "mast":
                    out.append(masthead_table(block))
                elif mode == "sig":
                    out.append(sig_table(block))
                elif mode == "box":
                    boxes += 1
                    out.append(text_box(block, boxes))
                elif mode == "hdr":
                    header = block
                block, mode = [], None
            else:
                block.append(line)
            continue
        m = re.match(r"@(\w+) ?(.*)$", line)
        tag, text = (m.group(1), m.group(2)) if m else ("p", line)
        if tag in ("tbl", "cctbl", "mast", "sig", "box", "hdr"):
            mode = tag
        elif tag in ("n0", "n1", "n2"):
            out.append(numbered(int(tag[1]), text))
        elif tag == "rn":
            out.append(para(text, B.SPACING + '<w:jc w:val="right"/>', B.rpr(B.FS, 32)))
        elif tag == "pb":
            out.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
        elif tag == "fn":
            k, _, v = text.partition(" ")
            notes[int(k)] = v
        elif tag in ("red", "c", "hr", "t", "l", "r", "h", "cc"):
            out.append(B.body([line]))
        else:
            out.append(para(text, B.INDENT + B.SPACING, B.rpr(B.FS, 32)))
    return "".join(out), notes, header

def build(key, name):
    lines = open(os.path.join("text", key + ".txt"), encoding="utf-8").read().splitlines()
    xml, notes, header = body(lines)
    numbered_ = any(l.startswith(("@n0 ", "@n1 ", "@n2 ")) for l in lines)
    refs = ('<w:headerReference w:type="first" r:id="rId10"/>' if header else "") + \
        '<w:footerReference w:type="default" r:id="rId11"/>' + ('<w:footerReference w:type="first" r:id="rId11"/>' if header else "")
    sect = (f'<w:sectPr>{refs}<w:footnotePr><w:numRestart w:val="eachSect"/></w:footnotePr>'
            '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" '
            'w:left="1588" w:header="851" w:footer="992" w:gutter="0"/>' + ("<w:titlePg/>" if header else "") +
            '<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-849"/></w:sectPr>')
    doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {NS}><w:body>{xml}{sect}</w:body></w:document>'
    ov = 'application/vnd.openxmlformats-officedocument.wordprocessingml.'
    parts = [("word/document.xml", doc, ov + "document.main+xml", None),
             ("word/styles.xml", STYLES, ov + "styles+xml", "styles"),
             ("word/settings.xml", SETTINGS, ov + "settings+xml", "settings"),
             ("word/footer1.xml", FOOTER, ov + "footer+xml", "footer")]
    if numbered_:
        parts.append(("word/numbering.xml", NUMBERING, ov + "numbering+xml", "numbering"))
    if header:
        parts.append(("word/header1.xml", header_part(header), ov + "header+xml", "header"))
    if notes:
        parts.append(("word/footnotes.xml", footnotes_part(notes), ov + "footnotes+xml", "footnotes"))
    ids = {"styles": "rId1", "settings": "rId2", "numbering": "rId3", "footnotes": "rId4", "header": "rId10", "footer": "rId11"}
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          + "".join(f'<Override PartName="/{p}" ContentType="{c}"/>' for p, _, c, _ in parts) + "</Types>")
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            "</Relationships>")
    drels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             + "".join(f'<Relationship Id="{ids[k]}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/{k}" '
                       f'Target="{p[5:]}"/>' for p, _, _, k in parts if k) + "</Relationships>")
    path = os.path.join("docs", name)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for arc, data in [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/_rels/document.xml.rels", drels)] + \
                [(p, d) for p, d, _, _ in parts]:
            info = zipfile.ZipInfo(arc, date_time=(2025, 1, 1, 0, 0, 0))  # fixed stamps: the same bytes on every run
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    print(path)

if __name__ == "__main__":
    os.makedirs("docs", exist_ok=True)
    for k, n in DOCS.items():
        build(k, n)
