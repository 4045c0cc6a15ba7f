#!/usr/bin/env python3
"""Builds the probe5 .docx file (standard library only), reusing the WordprocessingML helpers of probe2.

usage: python3 make_docx.py [OUT_DIR]   (default: docs/ next to this script)
"""
import importlib.util, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("p2", os.path.join(HERE, "..", "probe2", "make_docx.py"))
p2 = importlib.util.module_from_spec(spec); spec.loader.exec_module(p2)
run, para, write, h1, p, right, empty = p2.run, p2.para, p2.write, p2.h1, p2.p, p2.right, p2.empty


def hainan():
    """A 函 of a province general office answering a department's request: red issuer name without 文件 over a
    函 number right-aligned, one addressee, the request cited by title and number (收悉), clauses numbered by the
    heading style, the approved system attached after the signature (members, duties, meeting rules), no targets
    and no assignment of tasks beyond the office that does the daily work."""
    return [
        para(None, jc="center", runs=[run("海南省人民政府办公厅", red=True, bold=True, size=72, spacing=20)]),
        empty(),
        para("琼府办函〔2023〕211号", jc="right"),
        empty(),
        para(None, style="Title", runs=[run("海南省人民政府办公厅关于同意建立海南省\n促进民营经济发展联席会议制度的函")]),
        empty(),
        para("省发展改革委：", indent=False),
        p("你委《关于建立海南省促进民营经济发展联席会议制度的请示》（琼发改民营〔2023〕456号）收悉。经省政府同意，现函复如下："),
        h1("同意建立海南省促进民营经济发展联席会议制度（以下简称联席会议）。联席会议不刻制印章，不正式行文，请按照国家和省有关文件精神认真组织开展工作。"),
        h1("联席会议由省发展改革委牵头，成员单位包括省委统战部、省工业和信息化厅、省财政厅、省商务厅、省市场监督管理局、省地方金融监督管理局、省税务局、省工商联等18个部门和单位。联席会议办公室设在省发展改革委，承担联席会议日常工作。"),
        h1("联席会议原则上每半年召开一次全体会议，根据工作需要可临时召开会议。成员单位于每年1月15日前将上年度工作总结报联席会议办公室。"),
        empty(),
        para("附件：海南省促进民营经济发展联席会议制度", indent=False),
        empty(),
        right("海南省人民政府办公厅"),
        right("2023年9月26日"),
        para("（此件主动公开）", indent=False),
        empty(),
        para("附件", indent=False),
        para(None, style="Title", runs=[run("海南省促进民营经济发展联席会议制度")]),
        p("为深入贯彻落实《中共中央 国务院关于促进民营经济发展壮大的意见》精神，加强对全省促进民营经济发展工作的统筹协调，经省政府同意，建立海南省促进民营经济发展联席会议制度。"),
        h1("主要职责"),
        p("贯彻落实党中央、国务院和省委、省政府关于促进民营经济发展的决策部署；研究提出促进民营经济发展的政策措施；协调解决民营企业发展中的重大问题；督促检查各项政策措施落实情况。"),
        h1("成员单位"),
        p("联席会议由省发展改革委、省委统战部、省工业和信息化厅、省财政厅、省人力资源社会保障厅、省自然资源和规划厅、省商务厅、省市场监督管理局、省地方金融监督管理局、省税务局、省工商联等部门和单位组成。省政府分管副省长担任召集人，省发展改革委主要负责同志担任副召集人。"),
        h1("工作规则"),
        p("联席会议由召集人或副召集人主持召开。联席会议以会议纪要形式明确会议议定事项，经与会单位同意后印发有关方面。重大事项按程序报省政府。"),
        h1("工作要求"),
        p("各成员单位要按照职责分工，主动研究促进民营经济发展的有关问题，积极提出工作建议，认真落实联席会议议定事项。"),
    ]


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "docs")
    write(os.path.join(out, "05_hainan_office_letter_han.docx"), hainan())
