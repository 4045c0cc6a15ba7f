#!/usr/bin/env python3
"""Builds the probe8 .docx files (standard library only), reusing the WordprocessingML helpers of probe2 and the
table writer of probe7 (vertical merges and column spans).

usage: python3 make_docx.py [OUT_DIR]   (default: docs/ next to this script)
"""
import importlib.util, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))


def load(name, rel):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, "..", rel, "make_docx.py"))
    mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)
    return mod


p2 = load("p2", "probe2")
p7 = load("p7", "probe7")
run, para, write, p, right, empty = p2.run, p2.para, p2.write, p2.p, p2.right, p2.empty
table = p7.table


def center(t): return para(t, jc="center")


def yantai():
    """A joint notice of two city bureaus issuing 实施细则 for a technical-renovation fund: red joint header, number
    centered, the rules in chapters and articles typed in the text, subsidy standards as a share of the investment
    with a per-project cap (terms, not targets), eligibility thresholds, procedural periods, article duties of the
    two bureaus, an annual fund total, a validity end and an earlier 办法 repealed by number."""
    return [
        para(None, jc="center", runs=[run("烟台市工业和信息化局\n烟 台 市 财 政 局", red=True, bold=True, size=60, spacing=10)]),
        empty(),
        center("烟工信发〔2024〕21号"),
        empty(),
        para(None, style="Title", runs=[run("烟台市工业和信息化局 烟台市财政局\n关于印发《烟台市工业企业技术改造专项资金\n管理实施细则》的通知")]),
        empty(),
        para("各区市工业和信息化主管部门、财政局，有关企业：", indent=False),
        p("为贯彻落实《山东省人民政府办公厅关于推动工业企业技术改造提级加速的通知》（鲁政办字〔2023〕112号），规范市级工业企业技术改造专项资金管理，我们制定了《烟台市工业企业技术改造专项资金管理实施细则》，现印发给你们，请认真遵照执行。"),
        empty(),
        right("烟台市工业和信息化局　　　　烟台市财政局"),
        right("2024年5月10日"),
        para("（此件主动公开）", indent=False),
        empty(),
        para(None, style="Title", runs=[run("烟台市工业企业技术改造专项资金管理实施细则")]),
        center("第一章　总　　则"),
        p("第一条　为加快推动全市工业企业技术改造，提高财政资金使用效益，根据有关法律法规和政策规定，制定本细则。"),
        p("第二条　本细则所称技术改造专项资金（以下简称专项资金），是指市级财政预算安排，用于支持工业企业实施技术改造的资金。2024年至2026年，市级财政每年安排专项资金3亿元。"),
        p("第三条　市工业和信息化局负责编制专项资金年度支持计划，组织项目申报、评审和绩效评价；市财政局负责专项资金预算安排、资金拨付和监督检查。"),
        center("第二章　支持范围和标准"),
        p("第四条　支持对象为在本市依法登记注册、具有独立法人资格的规模以上工业企业。申报项目应于上一年度内竣工，且生产性设备投资额在1000万元以上。"),
        p("第五条　对设备投资额1000万元以上的技术改造项目，按项目生产性设备投资额的10%给予补助，单个项目最高不超过500万元。"),
        p("第六条　对列入市级智能化改造项目的，按项目软硬件投资额的15%给予补助，单个项目最高不超过300万元；被认定为省级以上智能工厂的，再给予一次性奖励50万元。"),
        p("第七条　对首次进入省级以上首台（套）技术装备名单的产品，按其单台（套）销售价格的30%给予研制企业奖励，单个产品最高不超过50万元。"),
        p("第八条　同一项目不得重复享受市级财政资金支持。单个企业年度获得专项资金支持总额最高不超过1000万元。"),
        center("第三章　申报和审核"),
        p("第九条　专项资金实行常年申报、集中评审。企业于每年3月底前通过“烟台企业服务平台”提交申报材料，各区市工业和信息化主管部门会同财政局进行初审。"),
        p("第十条　市工业和信息化局会同市财政局组织专家或委托第三方机构进行评审，评审结果在市工业和信息化局门户网站公示，公示期为5个工作日。"),
        p("第十一条　公示无异议的，市财政局在收到资金拨付申请后15个工作日内拨付资金。"),
        center("第四章　监督管理"),
        p("第十二条　获得支持的企业应当按规定使用专项资金，并于资金拨付后12个月内报送项目绩效自评报告。"),
        p("第十三条　对弄虚作假骗取专项资金的企业，追回已拨付资金，3年内不得申报市级财政资金项目。"),
        center("第五章　附　　则"),
        p("第十四条　本细则由市工业和信息化局、市财政局负责解释。"),
        p("第十五条　本细则自2024年6月1日起施行，有效期至2027年5月31日。《烟台市工业企业技术改造专项资金管理办法》（烟工信发〔2019〕45号）同时废止。"),
    ]


def siming():
    """A district general office annual 计划 whose body is short and whose indicators and duties sit together in one
    table 序号 | 指标名称 | 单位 | 目标值 | 责任单位 (≥ in some cells, several units in a cell, one unit cell merged
    down over two rows), one-off report dates, a year-end completion date."""
    return [
        para(None, jc="center", runs=[run("厦门市思明区人民政府办公室", red=True, bold=True, size=64, spacing=10)]),
        empty(),
        center("思政办〔2024〕12号"),
        empty(),
        para(None, style="Title", runs=[run("厦门市思明区人民政府办公室关于印发思明区\n2024年城市管理工作计划的通知")]),
        empty(),
        para("各街道办事处，区直各部门，各有关单位：", indent=False),
        p("《思明区2024年城市管理工作计划》已经区政府研究同意，现印发给你们，请认真贯彻执行。"),
        empty(),
        right("厦门市思明区人民政府办公室"),
        right("2024年2月5日"),
        para("（此件主动公开）", indent=False),
        empty(),
        para(None, style="Title", runs=[run("思明区2024年城市管理工作计划")]),
        p("为持续提升城市精细化管理水平，打造高颜值、高品质的中心城区，按照市委、市政府关于城市管理工作的部署，结合我区实际，制定本计划。"),
        p("一、总体要求"),
        p("坚持人民城市人民建、人民城市为人民，以“绣花功夫”推进城市精细化管理，巩固全国文明城市创建成果，年底前全面完成下表所列年度指标任务。"),
        p("二、年度指标及责任分工"),
        table([
            ["序号", "指标名称", "单位", "目标值", "责任单位"],
            ["1", "生活垃圾回收利用率", "%", "≥38", ("区市政园林局", "restart")],
            ["2", "新增垃圾分类示范小区", "个", "40", "^"],
            ["3", "城市道路机械化清扫率", "%", "100", "区市政园林局、区环境卫生中心"],
            ["4", "改造提升背街小巷", "条", "30", "区建设与交通局、各街道办事处"],
            ["5", "新增公共停车泊位", "个", "2000", "区建设与交通局"],
            ["6", "拆除违法建设", "平方米", "50000", "区城市管理局、各街道办事处"],
            ["7", "新建改造城市公厕", "座", "25", "区市政园林局"],
            ["8", "城市管理类诉求按期办结率", "%", "≥98", "区城市管理局"],
            ["9", "建成“口袋公园”", "个", "8", "区市政园林局、区建设与交通局"],
        ], [700, 3200, 1000, 1200, 3000]),
        p("三、工作要求"),
        p("（一）压实工作责任。各责任单位要对照指标任务制定工作台账，明确时间节点和具体责任人。"),
        p("（二）加强资金保障。区财政安排城市管理专项经费1.2亿元，统筹用于上述指标任务的实施。"),
        p("（三）加强宣传引导。充分利用“i思明”新媒体平台、社区宣传栏等载体，广泛宣传城市管理法规和垃圾分类知识，引导市民群众主动参与城市治理。"),
        p("（四）强化督查考核。区城市管理局负责计划实施的统筹协调和跟踪督办。各责任单位于7月10日前报送上半年工作进展，12月15日前报送全年工作总结。"),
    ]


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "docs")
    write(os.path.join(out, "04_yantai_subsidy_rules_joint_bureaus.docx"), yantai())
    write(os.path.join(out, "06_siming_district_annual_plan_indicator_duty_table.docx"), siming())
