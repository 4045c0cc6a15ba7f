#!/usr/bin/env python3
"""Builds the probe3 .docx file (standard library only), reusing the WordprocessingML helpers of ../probe2/make_docx.py.

usage: python3 make_docx.py [OUT_DIR]   (default: docs/ next to this script)
Layout: the red header name and the number sit in a one-row borderless table, the issuer is repeated in the page
header and footer parts, the signature and date sit in the right cell of a borderless two-cell table.
"""
import os, sys, zipfile
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "probe2"))
import make_docx as m  # noqa: E402
from xml.sax.saxutils import escape  # noqa: E402

CT = m.CONTENT_TYPES.replace("</Types>",
    '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
    '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>')
RELS = m.DOC_RELS.replace("</Relationships>",
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
    '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>')


def part(tag, text):
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:{tag} {m.W}><w:p><w:pPr><w:jc w:val="center"/></w:pPr>{m.run(text, size=18)}</w:p></w:{tag}>'


def plain_table(rows, widths):
    """A borderless layout table: each cell is a list of (text, jc) paragraphs."""
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    out = [f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders></w:tblPr><w:tblGrid>{grid}</w:tblGrid>']
    for row in rows:
        out.append("<w:tr>")
        for ci, cell in enumerate(row):
            ps = "".join(f'<w:p><w:pPr><w:jc w:val="{jc}"/></w:pPr>{m.run(t, red=red, size=sz)}</w:p>' if t else "<w:p/>" for t, jc, red, sz in cell)
            out.append(f'<w:tc><w:tcPr><w:tcW w:w="{widths[ci]}" w:type="dxa"/></w:tcPr>{ps}</w:tc>')
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def taiyuan():
    h, p, item = m.h1, m.p, m.item
    return [
        plain_table([[[("太原市生态环境局", "left", True, 56)], [("并环发〔2024〕9号", "right", False, 32)]]], [6000, 3000]),
        m.empty(),
        m.para(None, style="Title", runs=[m.run("关于开展2024年大气污染防治\n攻坚行动的通知")]),
        m.empty(),
        m.para("各县（市、区）生态环境分局，局机关各处室、各直属单位：", indent=False),
        p("为贯彻落实《山西省人民政府关于印发山西省空气质量持续改善行动计划的通知》（晋政发〔2024〕6号）精神，持续改善全市环境空气质量，现将有关事项通知如下。"),
        h("工作目标"),
        p("2024年，全市细颗粒物（PM2.5）平均浓度控制在38微克/立方米以下，优良天数比率达到72%以上，重污染天数比率控制在1.5%以内。"),
        h("重点任务"),
        m.h2("深化工业污染治理"),
        item("完成钢铁、焦化企业超低排放改造项目15个。（责任单位：各县（市、区）生态环境分局、局大气环境处）"),
        item("年底前淘汰燃煤锅炉40台。"),
        m.h2("强化移动源管控"),
        item("全年完成重型柴油货车路检路查不少于3万辆次。（牵头单位：局机动车排污监控中心；配合单位：局执法监督处）"),
        h("工作要求"),
        p("各单位要于每月5日前报送上月工作进展，11月30日前报送年度工作总结。"),
        m.empty(),
        plain_table([[[("", "left", False, 32)], [("太原市生态环境局", "center", False, 32), ("2024年3月5日", "center", False, 32)]]], [4500, 4500]),
    ]


def write(path, body):
    doc = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document {m.W}><w:body>{''.join(body)}<w:sectPr><w:headerReference w:type="default" r:id="rId3"/><w:footerReference w:type="default" r:id="rId4"/><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>"""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CT)
        z.writestr("_rels/.rels", m.RELS)
        z.writestr("word/_rels/document.xml.rels", RELS)
        z.writestr("word/document.xml", doc)
        z.writestr("word/styles.xml", m.STYLES)
        z.writestr("word/numbering.xml", m.NUMBERING)
        z.writestr("word/header1.xml", part("hdr", "太原市生态环境局文件"))
        z.writestr("word/footer1.xml", part("ftr", "太原市生态环境局办公室　2024年3月5日印发"))


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "docs")
    write(os.path.join(out, "04_taiyuan_air_table_header.docx"), taiyuan())
