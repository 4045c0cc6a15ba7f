#!/usr/bin/env python3
"""Builds the probe .docx files from hand-written WordprocessingML (standard library only).

usage: python3 make_docx.py [OUT_DIR]   (default: docs/ next to this script)
The files are laid out the way Word saves an official document: red header paragraph, the number on its own
paragraph, automatic list numbering kept in numbering.xml (labels absent from the text), task tables with
vertically merged cells, right-aligned signature and date.
"""
import os, sys, zipfile
from xml.sax.saxutils import escape

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
</Types>"""

RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""

DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
</Relationships>"""

# Heading styles carry the numbering for levels 0 and 1 (as drafters' templates do); level 2 is direct numPr.
STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}>
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋_GB2312" w:hAnsi="Times New Roman"/><w:sz w:val="32"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:pPr><w:spacing w:line="560" w:lineRule="exact"/><w:jc w:val="both"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:ind w:firstLine="640"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="a"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr><w:ind w:firstLine="640"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:rFonts w:eastAsia="楷体_GB2312"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="a"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:rFonts w:eastAsia="方正小标宋简体"/><w:sz w:val="44"/></w:rPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr></w:style>
</w:styles>"""

NUMBERING = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering {W}>
<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>"""


def run(text, red=False, bold=False, size=None, spacing=None):
    rpr = ""
    if red: rpr += '<w:color w:val="FF0000"/>'
    if bold: rpr += "<w:b/>"
    if size: rpr += f'<w:sz w:val="{size}"/>'
    if spacing: rpr += f'<w:spacing w:val="{spacing}"/>'
    parts = text.split("\n")
    body = '<w:br/>'.join(f'<w:t xml:space="preserve">{escape(p)}</w:t>' for p in parts)
    return f"<w:r>{'<w:rPr>' + rpr + '</w:rPr>' if rpr else ''}{body}</w:r>"


def para(content, style=None, jc=None, ilvl=None, indent=True, runs=None):
    """content: text, or None when runs is given. ilvl 2 gets direct numbering; styles 1/2 number themselves."""
    ppr = ""
    if style: ppr += f'<w:pStyle w:val="{style}"/>'
    if ilvl is not None: ppr += f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="1"/></w:numPr>'
    if jc: ppr += f'<w:jc w:val="{jc}"/>'
    elif indent and not style: ppr += '<w:ind w:firstLine="640"/>'
    body = "".join(runs) if runs else run(content)
    return f"<w:p>{'<w:pPr>' + ppr + '</w:pPr>' if ppr else ''}{body}</w:p>"


def split_runs(text, at):
    """Splits a paragraph into several runs with a proofing mark between them, as Word saves edited text."""
    out, prev = [], 0
    for i in at:
        out.append(run(text[prev:i])); out.append('<w:proofErr w:type="spellStart"/>'); prev = i
    out.append(run(text[prev:]))
    return out


def table(rows, widths):
    """rows: lists of cells; a cell "^" continues the vertical merge started by the cell above (given as ("text", "restart"))."""
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    out = [f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/><w:jc w:val="center"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>']
    for ri, row in enumerate(rows):
        out.append("<w:tr>" + ("<w:trPr><w:tblHeader/></w:trPr>" if ri == 0 else ""))
        for ci, cell in enumerate(row):
            merge, text = "", cell
            if isinstance(cell, tuple):
                text, merge = cell[0], '<w:vMerge w:val="restart"/>'
            elif cell == "^":
                text, merge = "", "<w:vMerge/>"
            tcpr = f'<w:tcPr><w:tcW w:w="{widths[ci]}" w:type="dxa"/>{merge}<w:vAlign w:val="center"/></w:tcPr>'
            ps = "".join(f'<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:line="400" w:lineRule="exact"/></w:pPr>{run(t, bold=ri == 0, size=24)}</w:p>' for t in text.split("\n"))
            out.append(f"<w:tc>{tcpr}{ps}</w:tc>")
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def write(path, body):
    doc = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document {W}><w:body>{''.join(body)}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="1247" w:gutter="0"/></w:sectPr></w:body></w:document>"""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", RELS)
        z.writestr("word/_rels/document.xml.rels", DOC_RELS)
        z.writestr("word/document.xml", doc)
        z.writestr("word/styles.xml", STYLES)
        z.writestr("word/numbering.xml", NUMBERING)


def h1(t): return para(t, style="1")
def h2(t): return para(t, style="2")
def item(t): return para(t, ilvl=2)
def p(t): return para(t)
def right(t): return para(t, jc="right")
def empty(): return "<w:p/>"


def jinhua():
    """City government document: red header, number, title, 主送, numbered body, task table with merged cells."""
    return [
        para(None, jc="center", runs=[run("金华市人民政府文件", red=True, bold=True, size=72, spacing=20)]),
        empty(),
        para("金政发〔2023〕21号", jc="center"),
        empty(),
        para(None, style="Title", runs=[run("金华市人民政府关于加快培育先进制造业集群的\n实施意见")]),
        empty(),
        para("各县（市、区）人民政府，市政府各部门：", indent=False),
        p("为深入贯彻《浙江省人民政府关于印发浙江省“415X”先进制造业集群建设行动方案（2023—2027年）的通知》（浙政发〔2023〕4号）精神，推动我市制造业高质量发展，现提出如下意见。"),
        h1("总体目标"),
        p("到2027年，全市规模以上工业增加值年均增长8%左右，培育千亿级产业集群3个、百亿级特色产业集群10个以上；规模以上工业企业研发费用占营业收入比重达到2.5%，新增省级以上“专精特新”企业200家。"),
        h1("重点任务"),
        h2("壮大集群主体"),
        item("实施“雄鹰”企业培育行动，每年新增营业收入超50亿元企业5家以上。"),
        item("推进“小升规”，三年新增规模以上工业企业1500家。"),
        h2("强化要素保障"),
        item("每年安排工业用地不少于6000亩，其中用于集群重大项目的比例不低于60%。"),
        item("市级财政每年统筹制造业发展专项资金5亿元，重点支持集群关键技术攻关。"),
        h1("保障措施"),
        p("各地各部门要按照任务分工抓好落实，市经信局每半年对任务推进情况开展一次评估。重点任务分工见附表。"),
        empty(),
        right("金华市人民政府"),
        right("2023年8月30日"),
        para("（此件公开发布）", jc="center"),
        empty(),
        para("附表", indent=False),
        para("重点任务分工表", jc="center"),
        table([
            ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"],
            ["1", "培育新能源汽车及零部件千亿级集群", ("市经信局", "restart"), "市发展改革委、市科技局", "2027年底"],
            ["2", "培育生物医药百亿级特色集群", "^", "市卫生健康委、市市场监管局", "2026年底"],
            ["3", "保障集群重大项目用地", "市自然资源和规划局", "市经信局、各县（市、区）人民政府", "每年"],
            ["4", "设立制造业集群产业基金", "市财政局", "市国资委、市金融办", "2024年6月底前"],
        ], [800, 3200, 1700, 2200, 1400]),
    ]


def hebei():
    """Joint issuance by two province bodies: joint red header above 文件, number, numbered body with inline units."""
    return [
        para(None, jc="center", runs=[run("河北省卫生健康委员会", red=True, bold=True, size=60)]),
        para(None, jc="center", runs=[run("河  北  省  医  疗  保  障  局", red=True, bold=True, size=60)]),
        para(None, jc="right", runs=[run("文件", red=True, bold=True, size=72)]),
        empty(),
        para("冀卫基层函〔2024〕17号", jc="center"),
        empty(),
        para(None, style="Title", runs=[run("河北省卫生健康委员会 河北省医疗保障局\n关于推进紧密型县域医疗卫生共同体\n建设的通知")]),
        empty(),
        para("各市（含定州、辛集市）卫生健康委、医疗保障局，雄安新区公共服务局：", indent=False),
        para(None, runs=split_runs("为贯彻落实《关于推进紧密型县域医疗卫生共同体建设的指导意见》（国卫基层发〔2023〕41号），提升县域医疗卫生服务能力，现就有关工作通知如下。", [18, 40])),
        h1("工作目标"),
        p("到2025年底，全省力争90%以上的县（市、区）建成紧密型县域医共体；县域内住院量占比达到85%左右，基层医疗卫生机构诊疗量占比不低于65%。"),
        h1("重点工作"),
        h2("完善管理体制"),
        p("各县（市、区）要在2024年9月底前成立由政府主要负责同志任主任的医共体管理委员会，统筹医共体规划建设、投入保障和人事安排。（责任单位：各市卫生健康委）"),
        h2("推进医保支付方式改革"),
        p("对紧密型医共体实行医保基金总额付费，加强监督考核，结余留用、合理超支分担，医保基金县域内支出比例不低于60%。（牵头单位：省医疗保障局；配合单位：省卫生健康委、省财政厅）"),
        h2("提升基层服务能力"),
        item("每个医共体至少建成2个县域医疗服务次中心。"),
        item("每年选派县级医院医师下沉基层不少于1000人次。（责任单位：省卫生健康委、各市卫生健康委）"),
        h1("工作要求"),
        p("各市要于每年12月10日前将医共体建设情况报省卫生健康委基层卫生健康处。"),
        empty(),
        para(None, jc="right", runs=[run("河北省卫生健康委员会"), run("\t\t"), run("河北省医疗保障局")]),
        right("2024年4月8日"),
    ]


def kunming():
    """Implementation plan with no document number; date in Chinese numerals; signature of one bureau."""
    return [
        para(None, style="Title", runs=[run("昆明市2024年滇池流域农业面源污染治理\n工作方案")]),
        empty(),
        p("为落实《云南省人民政府办公厅关于印发云南省农业面源污染治理实施方案的通知》（云政办发〔2022〕55号）部署，持续改善滇池水质，结合我市实际，制定本方案。"),
        h1("工作目标"),
        p("2024年，滇池流域化肥使用量较2023年减少3%，农药使用量实现负增长；畜禽粪污综合利用率稳定在90%以上，农作物秸秆综合利用率达到93%；流域内新建生态沟渠50公里，建设农田退水净化设施12处。"),
        h1("主要任务"),
        h2("推进化肥农药减量增效"),
        p("推广测土配方施肥技术，覆盖率达到95%以上；新建绿色防控示范区20个，示范面积不少于3万亩。6月底前完成流域内种植结构调整摸底。（牵头单位：市农业农村局；配合单位：呈贡区、晋宁区、官渡区人民政府）"),
        h2("加强养殖污染防治"),
        p("规模养殖场粪污处理设施装备配套率保持100%，完成5个畜禽养殖集中区提升改造。（责任单位：市农业农村局、市生态环境局）"),
        h2("开展监测评估"),
        p("在流域主要入湖河道布设农业面源污染监测点位30个，每季度开展一次监测，10月底前形成年度评估报告。（责任单位：市生态环境局、市滇池管理局）"),
        h1("保障措施"),
        p("市级财政安排滇池流域农业面源污染治理资金8000万元，各区按照不低于1：1比例配套。"),
        empty(),
        right("昆明市农业农村局"),
        right("二〇二四年三月十二日"),
    ]


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "docs")
    write(os.path.join(out, "05_jinhua_manufacturing.docx"), jinhua())
    write(os.path.join(out, "06_hebei_county_medical_joint.docx"), hebei())
    write(os.path.join(out, "07_kunming_dianchi_nonumber.docx"), kunming())
