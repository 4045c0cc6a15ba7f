"""Writes gold/*.json for probe26 and checks that every printed item occurs in its document.

Values are checked with their unit (亿/万 folded back to the printed form); a range is checked by its two ends as
printed (30万—50万元). HTML tags are stripped and entities unescaped before the checks. Run from this folder:
python3 make_gold.py
"""
import html, json, os, re, unicodedata

def t(value, unit, key, comparator=None, optional=False):
    d = {"value": value, "unit": unit, "key": key}
    if comparator:
        d["comparator"] = comparator
    if optional:
        d["optional"] = True
    return d

def rng(lo, hi, unit, key, optional=False):
    d = {"min": lo, "max": hi, "unit": unit, "key": key, "comparator": "range"}
    if optional:
        d["optional"] = True
    return d

def r(task, units, deadline=None):
    d = {"task": task, "units": units}
    if deadline:
        d["deadline"] = deadline
    return d

def opt(*tasks):
    return [{"task": x} for x in tasks]

YI, WAN = 100000000, 10000

GOLD = [
 dict(seed="01_shanxi_provincial_office_new_energy_storage_plan_2027_division_table.txt",
  form="text of a province portal page (政府文件 breadcrumb, two-column 索 引 号 block with 发文机关 / 成文日期 / 发文字号 / 发布日期, dates zero-padded, 发布日期 three days after the signature): a province 人民政府办公厅 关于印发 notice (晋政办发) issuing a 实施方案（2024—2027年）, signed above the plan with （此件公开发布）, a national guidance and a province notice cited by number, a 到2025年底 level and 到2027年 goals in one paragraph (达到600万千瓦以上 then 1000万千瓦以上 for the same thing, 突破800亿元, 5家左右, 50家以上, 10个, 30个以上), five tasks without markers carrying a 2024年 figure (不少于15个), 30吉瓦时以上, a yearly minimum (每年…不少于10项), a 15% ratio encouraged, 覆盖率达到100%, subsidy terms per 千瓦时 with a yearly cap and a 3-year limit, a 每年12月底前 report, then an attached tab-laid 重点任务分工表 序号 | 任务内容 | 牵头单位 | 参与单位 | 完成时限 (任务内容 and 参与单位 as column names) with 2027年底前, 2025年6月底前, 持续推进 and 长期坚持 cells",
  documentNumber="晋政办发〔2024〕27号",
  title="山西省人民政府办公厅关于印发山西省新型储能产业高质量发展实施方案（2024—2027年）的通知",
  issuers=["山西省人民政府办公厅"], issueDate="2024-05-14",
  references=["发改能源规〔2021〕1051号", "晋政发〔2022〕14号"],
  deadlineEnds=["2025-12-31", "2027-12-31", "2024-12-31", "2025-06-30"],
  targets=[
   t(600*WAN, "千瓦", "新型储能装机规模", "gte"),
   t(1000*WAN, "千瓦", "新型储能装机规模", "gte"),
   t(800*YI, "元", "营业收入", "gt"),
   t(5, "家", "链主企业", "approx"),
   t(50, "家", "专精特新中小企业", "gte"),
   t(10, "个", "创新平台"),
   t(30, "个", "示范项目", "gte"),
   t(15, "%", "装机容量", optional=True),
   t(15, "个", "新开工新型储能项目", "gte"),
   t(30, "吉瓦时", "储能电池产能", "gte"),
   t(10, "项", "储能领域项目", "gte"),
   t(100, "%", "安全检查覆盖率"),
   t(0.2, "元", "补贴", optional=True),
   t(500*WAN, "元", "单个项目", "lte", optional=True),
   t(3, "年", "补贴期限", "lte", optional=True),
  ],
  responsibilities=[
   r("推动储能项目规模化建设", ["省能源局", "省发展改革委", "省自然资源厅", "各市人民政府"], "2027-12"),
   r("壮大储能装备制造产业", ["省工业和信息化厅", "省能源局", "省商务厅"], "2027-12"),
   r("强化技术创新支撑", ["省科技厅", "省能源局", "省工业和信息化厅"], "持续推进"),
   r("完善市场机制和价格政策", ["省发展改革委", "省能源局", "国家能源局山西监管办"], "2025-06"),
   r("加强安全管理", ["省应急管理厅", "省能源局", "省消防救援总队", "各市人民政府"], "持续推进"),
  ],
  optionalResponsibilities=opt("认真贯彻落实", "加强组织协调", "工作协调机制", "加大政策支持", "强化监测评估",
                               "新型储能发展情况", "实施情况评估", "安全生产主体责任")),
 dict(seed="02_zhangjiakou_civil_affairs_finance_joint_eldercare_subsidy_monthly_standards.txt",
  form="text of a city portal page (部门文件 breadcrumb, 发布时间/来源/浏览次数 line, number on its own line): a joint notice of a city 民政局 and 财政局 (both names in the title parted by a space and signed on one line, the lead bureau's number 张民发) adjusting 养老服务补贴 standards, a joint province notice and a city opinion cited by number, eligibility by age and status, standards raised 由每人每月…元提高到…元 (three) and fixed monthly amounts by age band (100元, 200元), a 4:6 cost split, 按月发放, the counties' dated duty (2024年12月20日前), a 2025年6月底前 step, a 2025年底前 rate (95%以上), 发放准确率达到100%, a quarterly report (每季度首月10日前), 每年开展一次 复核, 自2025年1月1日起执行 with 有效期至2029年12月31日 and the earlier notice repealed by title and number; duties without markers",
  documentNumber="张民发〔2024〕46号",
  title="张家口市民政局 张家口市财政局关于调整经济困难老年人养老服务补贴标准的通知",
  issuers=["张家口市民政局", "张家口市财政局"], issueDate="2024-11-20",
  references=["冀民〔2024〕38号", "张政字〔2023〕19号", "张民发〔2019〕27号"],
  deadlineEnds=["2024-12-20", "2025-06-30", "2025-12-31", "2029-12-31"],
  targets=[
   t(300, "元", "重度失能", optional=True),
   t(200, "元", "中度失能", optional=True),
   t(120, "元", "补贴标准", optional=True),
   t(100, "元", "不满90周岁", optional=True),
   t(200, "元", "90周岁及以上", optional=True),
   t(95, "%", "能力评估覆盖率", "gte"),
   t(100, "%", "发放准确率"),
  ],
  responsibilities=[],
  optionalResponsibilities=opt("做好对象核定", "重新核定", "加强资金管理", "拨付补贴资金", "补贴发放情况",
                               "强化动态管理", "集中复核", "加强监督检查", "专项检查", "做好政策宣传",
                               "电子台账", "全流程线上办理", "上门受理")),
 dict(seed="03_chifeng_water_bureau_2024_water_projects_rural_supply_notice_no_number.txt",
  form="text of a city portal page (通知公告 column, 发布时间 zero-padded, 信息来源 line): a city 水利局 notice with no document number (旗县区 and the bureau's own sections addressed), a region 水利厅 notice cited by number, a 2024年 goal paragraph (42亿元以上, 12.5万亩 with a 其中 list of four 旗县区 parts and 其余旗县区, 6座, 46公里, 85处, 88%以上, 45%), six tasks closing with （责任单位：X、Y） where X is a section named 局…科 (once a city 中心 alone, once a company), one dated step in three tasks (2024年10月底前, 2024年6月底前, 2024年11月底前), a 年内 figure (32处), 亩均节水不低于50立方米, 每年至少…2次, 收缴率达到80%以上, 1200平方公里, 8座, the counties' dated duty (2024年3月31日前), a 每月25日前 report, a payment rate by 2024年9月底前 (70%以上), 持续推进 inside a requirement, a contact line, signed the day before the page date",
  documentNumber=None,
  title="赤峰市水利局关于做好2024年水利工程建设和农村牧区供水保障工作的通知",
  issuers=["赤峰市水利局"], issueDate="2024-03-11", references=["内水办〔2024〕9号"],
  deadlineEnds=["2024-12-31", "2024-10-31", "2024-06-30", "2024-11-30", "2024-03-31", "2024-09-30"],
  targets=[
   t(42*YI, "元", "水利建设投资", "gte"),
   t(12.5*WAN, "亩", "高效节水灌溉"),
   t(1.8*WAN, "亩", "松山区"),
   t(3.2*WAN, "亩", "宁城县"),
   t(2.5*WAN, "亩", "敖汉旗"),
   t(2*WAN, "亩", "翁牛特旗"),
   t(3*WAN, "亩", "其余旗县区"),
   t(6, "座", "病险水库"),
   t(46, "公里", "中小河流"),
   t(85, "处", "供水工程"),
   t(88, "%", "自来水普及率", "gte"),
   t(45, "%", "人口比例"),
   t(50, "立方米", "亩均节水", "gte"),
   t(2, "次", "水质检测", "gte", optional=True),
   t(80, "%", "水费收缴率", "gte"),
   t(1200, "平方公里", "水土流失综合治理面积"),
   t(8, "座", "淤地坝"),
   t(32, "处", "监测站点"),
   t(70, "%", "支付进度", "gte"),
  ],
  responsibilities=[
   r("加快高效节水灌溉建设", ["局农村水利水电科", "各旗县区水利局"], "2024-10"),
   r("实施病险水库除险加固", ["局运行管理科", "局水旱灾害防御科"], "2024-06"),
   r("推进中小河流治理", ["局规划计划科", "局建设与管理科"], "2024-11"),
   r("保障农村牧区供水安全", ["局农村牧区供水科", "市水务投资有限公司"]),
   r("强化水土保持", ["局水土保持科", "各旗县区水利局"]),
   r("推进数字孪生水利建设", ["市水利信息中心"], "2024-12"),
  ],
  optionalResponsibilities=opt("压实工作责任", "项目清单", "加强调度督导", "项目进展", "约谈", "严格资金监管",
                               "确保质量安全", "监督检查")),
 dict(seed="04_langfang_sci_tech_bureau_2024_project_call_deadline_amounts_xxgk_html_empty_number.html",
  form="saved HTML page of a city portal's 部门文件 column (<meta> tags, a four-column xxgk table of td.t1 labels and td.t2 values: 索 引 号 / 信息分类 / 发布机构 / 成文日期 / 文 号 with an EMPTY cell / 发布日期 / 名 称, letter-spaced by &nbsp;, body in div.TRS_UEDITOR with <p style>): a city 科学技术局 申报通知 with no document number, the bureau's project rules cited by title and number, 支持方向 without figures, the year's fund 2500万元, per-project standards as a range 30万—50万元, a quota 不超过30项, a 20% 后补助 share with a cap 最高不超过100万元, a fixed 3万元, a 2年 period, conditions (不低于100万元, 不超过55周岁, 不超过1项), a per-county recommendation quota 不超过5项, 1个月内, a 2:1 matching ratio, 网上申报截止时间为2024年4月30日17:00, a recommendation date 2024年5月10日前, a 5个工作日 公示, two contact lines, two attachments, signature right-aligned",
  documentNumber=None,
  title="廊坊市科学技术局关于组织申报2024年度廊坊市科学技术研究与发展计划项目的通知",
  issuers=["廊坊市科学技术局"], issueDate="2024-03-28", references=["廊科字〔2022〕15号"],
  deadlineEnds=["2024-04-30", "2024-05-10"],
  targets=[
   t(2500*WAN, "元", "科技计划项目资金"),
   rng(30*WAN, 50*WAN, "元", "每项支持", optional=True),
   t(30, "项", "拟立项", "lte", optional=True),
   t(20, "%", "新增研发投入", optional=True),
   t(100*WAN, "元", "每项最高", "lte", optional=True),
   t(3*WAN, "元", "每项支持", optional=True),
   t(2, "年", "实施周期", optional=True),
   t(5, "项", "推荐重点研发项目", "lte", optional=True),
  ],
  responsibilities=[],
  optionalResponsibilities=opt("网上填报", "在线填报", "审核推荐", "推荐汇总表", "评审立项", "专家评审",
                               "政策宣传", "申报辅导", "申报材料", "签订任务书", "自筹资金")),
 dict(seed="05_xiqing_district_government_forwards_tianjin_domestic_services_plan_own_requirements.txt",
  form="text of a district portal page (a 直辖市 district: 区政府文件 breadcrumb, 发布日期/来源 line, number on its own line): a district 人民政府 转发 notice (西青政发) forwarding a city general office 关于印发 notice cited by title and number whose plan is not reproduced (only an 附件 line naming it), the title with the district name but without the city, the signature with the city (天津市西青区人民政府), then the district's own seven requirements: a 到2026年底 goal paragraph (3家以上, 10家, 30个以上, 累计8000人次, 70%以上), items closing with （责任单位：X、Y、Z）, a yearly minimum (每年…不少于2500人次), a per-person subsidy limit (不超过3次), a 2024年 figure (12个), a rate by 2024年9月底前 (100%), a yearly fund 300万元 and a one-off award 5万元, a 2025年底前 brand goal (1个, 不少于2家), and an unmarked last item with a dated duty (2024年6月30日前) and a 每季度末月20日前 report",
  documentNumber="西青政发〔2024〕11号",
  title="西青区人民政府关于转发市人民政府办公厅印发天津市促进家政服务业提质扩容行动方案（2024—2026年）的通知",
  issuers=["天津市西青区人民政府"], issueDate="2024-05-27", references=["津政办发〔2024〕21号"],
  deadlineEnds=["2026-12-31", "2024-12-31", "2024-09-30", "2025-12-31", "2024-06-30"],
  targets=[
   t(3, "家", "龙头企业", "gte"),
   t(10, "家", "员工制家政企业"),
   t(30, "个", "社区家政服务网点", "gte"),
   t(8000, "人次", "技能培训"),
   t(70, "%", "持证上岗率", "gte"),
   t(2500, "人次", "技能培训", "gte"),
   t(3, "次", "享受补贴", "lte", optional=True),
   t(12, "个", "社区家政服务网点"),
   t(100, "%", "录入率"),
   t(300*WAN, "元", "专项资金"),
   t(5*WAN, "元", "一次性奖励", optional=True),
   t(1, "个", "区域服务品牌"),
   t(2, "家", "示范企业", "gte"),
  ],
  responsibilities=[
   r("明确工作目标", ["区商务局", "各街道办事处", "各镇人民政府"], "2026-12"),
   r("加强技能培训", ["区人力资源和社会保障局", "区妇联"]),
   r("推动家政进社区", ["区商务局", "区民政局", "各街道办事处"], "2024"),
   r("加强诚信体系建设", ["区商务局", "区市场监管局"], "2024-09"),
   r("强化要素保障", ["区财政局", "区商务局"]),
   r("培育龙头品牌", ["区商务局", "区工商联"], "2025-12"),
  ],
  optionalResponsibilities=opt("认真贯彻落实", "压实工作责任", "年度工作台账", "工作进展情况", "督导检查",
                               "纳入年度督查重点")),
]

def fold(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))

def doc_text(name):
    s = open(os.path.join("docs", name), encoding="utf-8").read()
    if name.endswith(".html"):
        s = html.unescape(re.sub(r"<[^>]+>", "", s))
    return fold(s)

def printed(v):
    return ("%f" % v).rstrip("0").rstrip(".")

def forms(value, unit):
    """The printed forms a value may take: as is, or folded to 万/亿 before the unit."""
    out = [printed(value) + unit]
    for f, name in ((YI, "亿"), (WAN, "万")):
        if value >= f:
            out.append(printed(value / f) + name + unit)
    return out

problems = 0
os.makedirs("gold", exist_ok=True)
for g in GOLD:
    text = doc_text(g["seed"])
    checks = [g["title"], g["issueDate"][:4]] + g["issuers"] + g["references"]
    if g["documentNumber"]:
        checks.append(g["documentNumber"])
    checks += [x["key"] for x in g["targets"]]
    for x in g["responsibilities"]:
        checks += [x["task"]] + x["units"]
    checks += [x["task"] for x in g["optionalResponsibilities"]]
    for c in checks:
        if fold(c) not in text:
            problems += 1
            print("missing", g["seed"][:2], c)
    for x in g["targets"]:
        if "min" in x:
            lo, hi = forms(x["min"], ""), forms(x["max"], x["unit"])
            ok = any(fold(a) in text for a in lo) and any(fold(b) in text for b in hi)
        else:
            ok = any(fold(f) in text for f in forms(x["value"], x["unit"]))
        if not ok:
            problems += 1
            print("value missing", g["seed"][:2], x)
    for d in g["deadlineEnds"]:
        y, m, day = d.split("-")
        if y + "年" not in text:
            problems += 1
            print("deadline year missing", g["seed"][:2], d)
    out = os.path.join("gold", g["seed"].rsplit(".", 1)[0] + ".json")
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(g, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
print("problems:", problems)
