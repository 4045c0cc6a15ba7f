"""Writes gold/*.json for probe34 and checks that every printed item occurs in its document.

Values are checked with their unit (亿/万 folded back to the printed form). Run from this folder: python3 make_gold.py
"""
import html, json, os, re, unicodedata

def t(value, unit, key, comparator=None, optional=False):
    d = {"value": value, "unit": unit, "key": key}
    if comparator:
        d["comparator"] = comparator
    if optional:
        d["optional"] = True
    return d

def r(task, units, deadline=None):
    d = {"task": task, "units": units}
    if deadline:
        d["deadline"] = deadline
    return d

YI, WAN = 100000000, 10000
EBB = "临汾市生态环境局尧都分局"

GOLD = [
 dict(seed="01_yaodu_district_office_2025_air_pollution_campaign_plan_lead_and_coop_on_one_line.txt",
  form="text of a district portal page (breadcrumb, 发布时间/来源/浏览量 line, number on its own line, （此件公开发布）): a district 人民政府办公室 关于印发 notice (临汾市尧都区, 尧政办发) issuing a 2025年 大气污染防治攻坚方案, a province plan and a city plan cited by number, a 2025年 indicator paragraph (PM2.5 控制在43微克/立方米以下 and 较2024年下降6%, PM10 78微克/立方米以下, 优良天数比率66%以上, 重污染天数控制在6天以内, 二氧化氮 下降3%以上, a ranking among 168个 counties), eight tasks numbered 1.…8. running on across five （一）… headings, each followed by one line `牵头单位：X  配合单位：Y、Z` (two spaces between the labels, a city bureau's district branch and a traffic-police 大队 among the units), year-less deadlines (6月底前, 9月底前, 10月15日前, 年底前, 8月底前, 3月31日前), a 35蒸吨/小时以下 condition, a 每月…不少于4次 frequency, a 全年 scope, a 每月5日前 report, a fund 1.2亿元, 抄送 and 印发 lines",
  documentNumber="尧政办发〔2025〕9号",
  title="临汾市尧都区人民政府办公室关于印发尧都区2025年大气污染防治攻坚方案的通知",
  issuers=["临汾市尧都区人民政府办公室"], issueDate="2025-03-05",
  references=["晋政发〔2024〕11号", "临政办发〔2025〕4号"],
  deadlineEnds=["2025-12-31", "2025-06-30", "2025-09-30", "2025-10-15", "2025-08-31", "2025-03-31"],
  targets=[
   t(43, "微克/立方米", "PM2.5", "lte"),
   t(6, "%", "PM2.5"),
   t(78, "微克/立方米", "PM10", "lte"),
   t(66, "%", "优良天数比率", "gte"),
   t(6, "天", "重污染天数", "lte"),
   t(3, "%", "二氧化氮", "gte"),
   t(2, "家", "焦化企业"),
   t(1, "家", "钢铁企业"),
   t(80, "家", "整治企业", "gte"),
   t(4500, "户", "清洁取暖改造"),
   t(98, "%", "清洁取暖覆盖率", "gte"),
   t(30, "台", "低氮燃烧改造"),
   t(600, "辆", "营运柴油货车"),
   t(100, "%", "新能源车辆占比"),
   t(6, "个", "遥感监测点位"),
   t(95, "%", "机械化清扫率", "gte"),
   t(20, "%", "秸秆焚烧火点数"),
   t(92, "%", "秸秆综合利用率", "gte"),
   t(1.2*YI, "元", "专项资金"),
   t(4, "次", "路检路查", "gte", optional=True),
  ],
  responsibilities=[
   r("加快焦化钢铁行业超低排放改造", ["区工业和信息化局", EBB, "区发展和改革局"], "2025-06"),
   r("开展涉气产业集群综合整治", [EBB, "区工业和信息化局", "区市场监督管理局", "各乡（镇）人民政府", "街道办事处"], "2025-09"),
   r("巩固农村清洁取暖成果", ["区住房和城乡建设局", "区能源局", "区财政局", "区供电公司"], "2025-10"),
   r("整治燃煤锅炉", ["区能源局", EBB, "区市场监督管理局"], "2025-12"),
   r("加强移动源污染治理", ["区交通运输局", "临汾市公安局交通警察支队尧都大队", EBB]),
   r("强化扬尘综合治理", ["区住房和城乡建设局", "区城市管理局", "区自然资源局", "区交通运输局"]),
   r("严控秸秆和垃圾露天焚烧", ["区农业农村局", "各乡（镇）人民政府", "街道办事处"]),
   r("完善应急减排清单", [EBB, "区气象局", "区工业和信息化局"], "2025-08"),
  ],
  optionalResponsibilities=[{"task": "压实工作责任"}, {"task": "强化资金保障"}, {"task": "严格考核问责"},
                            {"task": "领导小组"}, {"task": "实施方案"}, {"task": "工作进展"}]),
 dict(seed="02_jungar_banner_office_investment_promotion_award_measures_tiered_thresholds.txt",
  form="text of a banner portal page (letter-spaced 索 引 号 block with 发布机构 / zero-padded 成文日期 / 文 号 / 发布日期 / 名 称): a banner 人民政府办公室 关于印发 notice (准格尔旗 in 鄂尔多斯, 准政办发) issuing a 招商引资奖励办法 in 第X条 articles: an autonomous-region document cited by number, a yearly fund 3000万元 and 2025年 goals (260亿元以上, 亿元以上项目50个以上), tiered one-off awards keyed by investment bands (投资额1亿元以上、不足5亿元的，奖励20万元 … 30亿元以上的，奖励200万元) whose thresholds are conditions, a 3000万元以上 condition with 0.5% and a 80万元 cap, a 5000万元以上 condition with 50% of the fiscal contribution and a 500万元 yearly cap, one-off awards 100万元 / 300万元, staged payment 30% / 70%, a procedure with 6个月内 / 20个工作日内 / 不少于7个工作日, duties by body without markers, 自2025年5月1日起施行 and 有效期至2027年12月31日, an earlier policy repealed by title and number",
  documentNumber="准政办发〔2025〕23号",
  title="准格尔旗人民政府办公室关于印发《准格尔旗招商引资奖励办法》的通知",
  issuers=["准格尔旗人民政府办公室"], issueDate="2025-04-21",
  references=["内政发〔2024〕6号", "准政发〔2021〕15号"],
  deadlineEnds=["2025-12-31", "2027-12-31"],
  targets=[
   t(3000*WAN, "元", "奖励资金"),
   t(260*YI, "元", "到位资金", "gte"),
   t(50, "个", "亿元以上项目", "gte"),
   t(20*WAN, "元", "奖励", optional=True),
   t(50*WAN, "元", "奖励", optional=True),
   t(100*WAN, "元", "奖励", optional=True),
   t(200*WAN, "元", "奖励", optional=True),
   t(0.5, "%", "实际完成投资额", optional=True),
   t(80*WAN, "元", "单个项目", "lte", optional=True),
   t(50, "%", "财政贡献", optional=True),
   t(500*WAN, "元", "每户企业", "lte", optional=True),
   t(100*WAN, "元", "一次性奖励", optional=True),
   t(300*WAN, "元", "一次性奖励", optional=True),
   t(30, "%", "兑现", optional=True),
   t(70, "%", "兑现", optional=True),
   t(6, "个月", "竣工投产", "lte", optional=True),
   t(20, "个工作日", "审核", "lte", optional=True),
   t(7, "个工作日", "公示期", "gte", optional=True),
  ],
  responsibilities=[],
  optionalResponsibilities=[{"task": "受理、审核和跟踪管理"}, {"task": "预算安排和拨付"}, {"task": "审计监督"},
                            {"task": "负责解释"}, {"task": "审核"}, {"task": "追回奖励资金"}, {"task": "统筹使用"},
                            {"task": "申报"}, {"task": "兑现"}]),
 dict(seed="03_xilingol_league_office_coordination_bodies_adjustment_notice_member_lists.txt",
  form="text of a league portal page (breadcrumb, 发布时间/来源 line, number on its own line): a 盟行政公署办公室 通知 (锡林郭勒盟, 锡署办发) adjusting 议事协调机构: a new 领导小组 with 组长 / 副组长 / 成员 lists of names and posts laid out with spaces (continuation lines indented), 办公室设在…局 with 兼任办公室主任, a 指挥部 with 总指挥 / 副总指挥 / 成员 units in one line, three bodies abolished (ordinals 第七次 / 第二次 in their names) with their follow-up work passed to three bureaus, a 1名 liaison per unit due 2025年5月30日前; no goal, no figure, no cited number",
  documentNumber="锡署办发〔2025〕12号",
  title="锡林郭勒盟行政公署办公室关于调整部分议事协调机构的通知",
  issuers=["锡林郭勒盟行政公署办公室"], issueDate="2025-05-16",
  references=[],
  deadlineEnds=["2025-05-30"],
  targets=[
   t(1, "名", "联络员", optional=True),
  ],
  responsibilities=[],
  optionalResponsibilities=[{"task": "领导小组办公室设在盟生态环境局"}, {"task": "指挥部办公室设在盟林业和草原局"},
                            {"task": "日常工作"}, {"task": "按职责分别承接"}, {"task": "联络员"}, {"task": "备案"}]),
 dict(seed="04_jinghai_district_office_2025_2026_autumn_winter_air_campaign_across_two_years.txt",
  form="text of a Tianjin district portal page (breadcrumb, 【发布日期】【来源】 line, number on its own line): a district 人民政府办公室 关于印发 notice (天津市静海区, 静海政办发) issuing a 2025—2026年秋冬季 大气污染综合治理攻坚方案 whose season runs 2025年10月1日至2026年3月31日, a city command-office document cited by number (津污防攻坚指), goals for the season (PM2.5 不高于56微克/立方米 and 较上年同期下降4.5%, 重污染天数不超过9天, 优良天数比率同比提高2个百分点), seven tasks each followed by one line `牵头单位：X　　配合单位：Y、Z` (ideographic spaces; one task with a lead unit only), year-less deadlines that fall in 2025 (10月31日前, 11月15日前, 12月20日前, 11月1日前) beside 2026年1月31日前 / 2026年3月31日前 / 2026年4月15日前, figures in 毫克/立方米, 万户, 辆次 and 克/平方米, a 每日…不少于4次 frequency, a 1小时内 response time, a 每月25日前 report",
  documentNumber="静海政办发〔2025〕17号",
  title="天津市静海区人民政府办公室关于印发静海区2025—2026年秋冬季大气污染综合治理攻坚方案的通知",
  issuers=["天津市静海区人民政府办公室"], issueDate="2025-09-24",
  references=["津污防攻坚指〔2025〕5号"],
  deadlineEnds=["2026-03-31", "2025-10-31", "2025-11-15", "2025-12-20", "2025-11-01", "2026-01-31", "2026-04-15"],
  targets=[
   t(56, "微克/立方米", "PM2.5", "lte"),
   t(4.5, "%", "PM2.5"),
   t(9, "天", "重污染天数", "lte"),
   t(2, "百分点", "优良天数比率"),
   t(12, "家", "铸造企业"),
   t(8, "家", "轧钢企业"),
   t(10, "毫克/立方米", "颗粒物排放浓度", "lte"),
   t(100, "%", "核查覆盖率"),
   t(1.8*WAN, "户", "清洁取暖设施"),
   t(3000, "辆次", "重型柴油车", "gte"),
   t(0.5, "克/平方米", "道路积尘负荷", "lte"),
   t(4, "次", "洒水冲洗", "gte", optional=True),
   t(1, "小时", "应急响应", "lte", optional=True),
  ],
  responsibilities=[
   r("推进重点行业深度治理", ["区生态环境局", "区工业和信息化局", "静海经济开发区管委会", "子牙经济技术开发区管委会"], "2025-10"),
   r("严格落实错峰生产", ["区工业和信息化局", "区生态环境局", "各镇人民政府", "街道办事处"], "2025-11"),
   r("巩固散煤治理成果", ["区发展和改革委员会", "区城市管理委员会", "区市场监督管理局", "国网天津静海供电公司"], "2025-12"),
   r("保障供暖季清洁能源供应", ["区城市管理委员会"], "2025-11"),
   r("加强重型柴油车监管", ["区生态环境局", "天津市公安交通管理局静海支队", "区交通运输委员会"], "2026-01"),
   r("严控施工和道路扬尘", ["区住房和建设委员会", "区城市管理委员会", "区交通运输委员会"]),
   r("及时启动应急响应", ["区生态环境局", "区气象局", "区各有关部门"], "2026-03"),
  ],
  optionalResponsibilities=[{"task": "攻坚进展"}, {"task": "秋冬季攻坚工作总结"}, {"task": "通报"}]),
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
    u = "个百分点" if unit == "百分点" else unit
    out = [printed(value) + u, printed(value) + unit]
    for f, name in ((YI, "亿"), (WAN, "万")):
        if value >= f:
            out.append(printed(value / f) + name + u)
    return out

problems = 0
os.makedirs("gold", exist_ok=True)
for g in GOLD:
    text = doc_text(g["seed"])
    checks = [g["documentNumber"], g["title"], g["issueDate"][:4]] + g["issuers"] + g["references"]
    checks += [x["key"] for x in g["targets"]]
    for x in g["responsibilities"]:
        checks += [x["task"]] + x["units"]
    checks += [x["task"] for x in g["optionalResponsibilities"]]
    for c in checks:
        if fold(c) not in text:
            problems += 1
            print("missing", g["seed"][:2], c)
    for x in g["targets"]:
        fs = forms(x["value"], x["unit"])
        if not any(fold(f) in text for f in fs):
            problems += 1
            print("value missing", g["seed"][:2], x)
    out = os.path.join("gold", g["seed"].rsplit(".", 1)[0] + ".json")
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(g, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
print("problems:", problems)
