"""Writes gold/*.json for probe40 and checks that every printed item occurs in its document.

Values are checked with their unit (亿/万 folded back to the printed form); a table cell under a （亿元） header is
checked as the bare number of 亿. HTML pages are checked as their text (tags dropped, entities unescaped).
Run from this folder: python3 make_gold.py
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

def o(*tasks):
    return [{"task": x} for x in tasks]

YI, WAN = 100000000, 10000

# 01's table: project, 总投资（亿元）, 2025年计划投资（亿元）
PROJECTS = [("铜基新材料产业园二期", 42.6, 12.0), ("集成电路封装测试基地", 28.3, 9.5), ("新能源电池结构件", 15.8, 6.2),
            ("长江公铁大桥南岸接线工程", 36.4, 8.8), ("江北港区二期码头工程", 11.2, 3.4), ("老旧供水管网更新改造工程", 4.6, 2.1),
            ("滨江院区", 18.5, 5.0), ("产教融合实训基地", 3.9, 1.6)]

GOLD = [
 dict(seed="01_tongling_drc_2025_key_project_investment_plan_xxgk_html_category_rows_lead_coop_columns.html",
  form="saved HTML page of a city xxgk platform (<meta> ArticleTitle/PubDate/ContentSource, a td.pmingcheng table with 索引号 / 发布机构 / 名　　称 / 发文字号 / 成文日期 / 发布日期, body in div#zoom of <div><p>): a city 发展和改革委员会 notice 下达 the 2025年 市重点项目投资计划 (no 印发), a province commission notice and a city government notice cited by number, totals (326个, 总投资1920亿元, 年度计划投资475亿元 with a 其中 split 续建178个/302亿元 and 新开工148个/173亿元, 占比不低于55%, 96个, 41个), start-rate milestones (一季度…35%以上, 上半年…70%以上, 2025年9月30日前全部开工), 100%, 增长6%左右, factor guarantees (不少于8000亩, 压缩至10个工作日以内, 不低于45亿元), a 3月31日前 filing, a 每月8日前 report, a 12月20日前 summary, then an attached table 序号 | 项目名称 | 总投资（亿元） | 2025年计划投资（亿元） | 2025年主要建设目标 | 牵头单位 | 配合单位 | 完成时限 with colspan category rows (一、先进制造业项目 …), headers broken by <br />, figures in the 建设目标 cells, 配合 cells parted by 、 or a — cell, and 完成时限 cells 2025年11月底前 / 2025年三季度 / 2025年6月 / 年底前; 抄送 and 印发 lines after the table",
  documentNumber="铜发改投资〔2025〕18号",
  title="铜陵市发展和改革委员会关于下达2025年市重点项目投资计划的通知",
  issuers=["铜陵市发展和改革委员会"], issueDate="2025-03-05",
  references=["皖发改投资〔2025〕56号", "铜政〔2025〕4号"],
  deadlineEnds=["2025-12-31", "2025-03-31", "2025-06-30", "2025-09-30", "2025-12-20", "2025-11-30", "2025-10-31",
                "2025-08-31"],
  targets=[
   t(326, "个", "市重点项目"),
   t(1920*YI, "元", "总投资"),
   t(475*YI, "元", "年度计划投资"),
   t(178, "个", "续建项目"),
   t(302*YI, "元", "年度计划投资"),
   t(148, "个", "新开工项目"),
   t(173*YI, "元", "年度计划投资"),
   t(55, "%", "先进制造业项目", "gte"),
   t(96, "个", "基础设施项目"),
   t(41, "个", "社会民生项目"),
   t(35, "%", "开工率", "gte"),
   t(70, "%", "开工率", "gte"),
   t(100, "%", "完成投资"),
   t(6, "%", "固定资产投资", "approx"),
   t(8000, "亩", "重点项目用地", "gte"),
   t(10, "个工作日", "环评审批时限", "lte"),
   t(45*YI, "元", "专项债券", "gte"),
   t(12*WAN, "平方米", "标准化厂房"),
   t(9.6, "公里", "路基工程"),
   t(2, "个", "泊位"),
   t(5000, "吨级", "泊位", optional=True),
   t(56, "公里", "供水管网"),
   t(2.8*WAN, "平方米", "实训用房"),
  ] + [t(round(a*YI), "元", k, optional=True) for k, a, _ in PROJECTS]
    + [t(round(b*YI), "元", k, optional=True) for k, _, b in PROJECTS],
  responsibilities=[
   r("铜陵有色铜基新材料产业园二期项目", ["义安区人民政府", "市经济和信息化局", "市自然资源和规划局"], "2025-11"),
   r("铜陵经开区集成电路封装测试基地项目", ["市开发区管委会", "市科学技术局"], "2025-09"),
   r("枞阳县新能源电池结构件项目", ["枞阳县人民政府", "市经济和信息化局"], "2025-06"),
   r("G3铜陵长江公铁大桥南岸接线工程", ["市交通运输局", "铜官区人民政府", "郊区人民政府"], "2025-12"),
   r("铜陵港江北港区二期码头工程", ["市港航管理中心", "枞阳县人民政府"], "2025-10"),
   r("城区老旧供水管网更新改造工程", ["市住房和城乡建设局", "铜陵首创水务有限责任公司"], "2025-12"),
   r("铜陵市立医院滨江院区项目", ["市卫生健康委员会", "市城市建设投资控股集团有限公司"], "2025-09"),
   r("铜陵职业技术学院产教融合实训基地", ["市教育体育局"], "2025-08"),
  ],
  optionalResponsibilities=o("落实包保责任", "加强要素保障", "实行调度通报", "严格考核评价", "年度推进计划", "用地",
                             "环评审批", "专项债券", "项目进展", "全年项目推进情况总结")),
 dict(seed="02_huangshi_market_regulation_2025_food_safety_risk_grading_checks_notice_quarterly_half_year_lead_coop_brackets.html",
  form="saved HTML page of a city bureau portal (<meta> ArticleTitle/PubDate/ContentSource/Description, a th/td xxgk table with 索 引 号 / 发布机构 / 成文日期 / 发文字号 / 发布日期 / 标　　题, body in div#zoomcon <p>): a city 市场监督管理局 notice on 2025年 食品生产经营风险分级管理和监督检查, a State Administration order cited as 国家市场监督管理总局令第49号 and a province bureau notice by title and number (〈〉 inside 《》), a goal paragraph of rates (覆盖率/完成率/整改率/处置率 100%, 每千人5批次, 稳定在98%以上, 保持100%, 85%以上; 全年不发生…: not numeric), five tasks each closing with （牵头科室：X、Y；配合单位：Z、W）, check frequencies by risk grade (每年至少1次, 每半年至少1次, 每季度至少1次), yearless deadlines (4月30日前, 5月15日前, 6月底前, 9月底前, 年底前), relative limits (20个工作日内, 3个月内, 2个工作日内, 每季度结束后5个工作日内), task targets (100%, 90%以上, 5000批次以上 with 其中 不少于2200批次, 95%以上, 60%以上), 7月10日前 / 12月10日前 reports, a contact line, signature and （此件主动公开）",
  documentNumber="黄市监发〔2025〕12号",
  title="黄石市市场监督管理局关于做好2025年食品生产经营风险分级管理和监督检查工作的通知",
  issuers=["黄石市市场监督管理局"], issueDate="2025-03-31",
  references=["国家市场监督管理总局令第49号", "鄂市监食生规〔2024〕3号"],
  deadlineEnds=["2025-12-31", "2025-04-30", "2025-05-15", "2025-06-30", "2025-09-30", "2025-07-10", "2025-12-10"],
  targets=[
   t(100, "%", "风险等级评定覆盖率"),
   t(100, "%", "监督检查计划完成率"),
   t(100, "%", "整改率"),
   t(5, "批次", "监督抽检量"),
   t(98, "%", "抽检合格率", "gte"),
   t(100, "%", "核查处置率"),
   t(100, "%", "学校食堂"),
   t(85, "%", "社会餐饮单位", "gte"),
   t(20, "个工作日", "初次评定", "lte", optional=True),
   t(1, "次", "检查", "gte", optional=True),
   t(1, "次", "巡查", "gte", optional=True),
   t(100, "%", "学校食堂检查覆盖率"),
   t(90, "%", "公开招标采购比例", "gte"),
   t(5000, "批次", "监督抽检", "gte"),
   t(2200, "批次", "农产品抽检", "gte"),
   t(3, "个月", "核查处置", "lte", optional=True),
   t(95, "%", "考核合格率", "gte"),
   t(60, "%", "认证率", "gte"),
   t(2, "名", "执法人员", "gte", optional=True),
   t(2, "个工作日", "向社会公开", "lte", optional=True),
   t(5, "个工作日", "统计报表", "lte", optional=True),
  ],
  responsibilities=[
   r("全面开展风险等级评定", ["食品生产安全监督管理科", "食品经营安全监督管理科", "各县（市、区）市场监督管理局"], "2025-04"),
   r("按风险等级确定检查频次", ["食品生产安全监督管理科", "各县（市、区）市场监督管理局", "市食品药品检验检测中心"], "2025-05"),
   r("强化重点场所监管", ["食品经营安全监督管理科", "市教育局", "市民政局", "各县（市、区）市场监督管理局"], "2025-06"),
   r("深化抽检与检查联动", ["食品安全抽检监测科", "市食品药品检验检测中心"], "2025-09"),
   r("推动企业落实主体责任", ["食品生产安全监督管理科", "市食品安全委员会办公室秘书科"], "2025-12"),
  ],
  optionalResponsibilities=o("加强组织领导", "严格检查规范", "按时报送信息", "检查结果", "半年工作总结", "全年工作总结")),
 dict(seed="03_lijiang_health_commission_prehospital_emergency_three_year_plan_2025_2027_year_by_year_targets_lead_sentences_html.html",
  form="saved HTML page of a city commission portal (<meta> ArticleTitle/PubDate/ContentSource, a td.bt xxgk table with 索引号 / 发布机构 / 成文日期 / 发文字号 / 文件名称, the number again centred above the addressees, body in div#fontzoom <p>): a city 卫生健康委员会 关于印发 notice signed before a 院前医疗急救服务能力提升三年行动计划（2025—2027年）, a national nine-body opinion and a province commission notice cited by number, year-by-year goals in three paragraphs 到2025年底 / 到2026年底 / 到2027年底 with the same indicators at rising values (急救呼叫满足率 95%以上 → 100%, 城市地区平均急救反应时间 15 → 13 → 12分钟以内, 农村地区 35 → 30分钟以内, 急救站点覆盖率 60% → 80%以上, 3分钟出车率, 负压救护车 40%, 10万人次, 600台以上), per-unit standards (每个县（区）至少1个, 每3万人口不少于1辆, 服务半径不超过5公里 / 10至20公里, 1:5), five tasks each closing with （X牵头，Y、Z按职责分工负责） (one with two leads), a task with yearly steps 2025年/2026年/2027年, dated steps 2026年6月底前 / 2025年9月底前, yearly minima (每年…不少于3万人次, 不少于1次), a 2025年7月31日前 filing, a yearly fund 800万元, a 每半年 review and a 2027年11月底前 final evaluation, 抄送 and 印发 lines",
  documentNumber="丽卫发〔2025〕27号",
  title="丽江市卫生健康委员会关于印发《丽江市院前医疗急救服务能力提升三年行动计划（2025—2027年）》的通知",
  issuers=["丽江市卫生健康委员会"], issueDate="2025-05-16",
  references=["国卫医政发〔2020〕19号", "云卫医发〔2024〕8号"],
  deadlineEnds=["2025-12-31", "2026-12-31", "2027-12-31", "2026-06-30", "2025-09-30", "2025-07-31", "2027-11-30"],
  targets=[
   t(1, "个", "标准化急救站", "gte", optional=True),
   t(95, "%", "急救呼叫满足率", "gte"),
   t(15, "分钟", "城市地区平均急救反应时间", "lte"),
   t(35, "分钟", "农村地区", "lte"),
   t(60, "%", "急救站点覆盖率"),
   t(95, "%", "出车率", "gte"),
   t(40, "%", "负压救护车"),
   t(13, "分钟", "城市地区平均急救反应时间", "lte"),
   t(80, "%", "急救站点覆盖率", "gte"),
   t(100, "%", "急救呼叫满足率"),
   t(12, "分钟", "城市地区平均急救反应时间", "lte"),
   t(30, "分钟", "农村地区", "lte"),
   t(1, "辆", "救护车", "gte", optional=True),
   t(10*WAN, "人次", "公众急救技能培训"),
   t(600, "台", "AED", "gte"),
   t(5, "公里", "服务半径", "lte", optional=True),
   rng(10, 20, "公里", "服务半径", optional=True),
   t(1, "次", "轮训", "gte", optional=True),
   t(3*WAN, "人次", "培训公众", "gte"),
   t(1, "次", "专项培训", optional=True),
   t(800*WAN, "元", "专项经费"),
   t(1, "次", "督导评估", optional=True),
  ],
  responsibilities=[
   r("完善急救网络布局", ["市卫生健康委", "市发展改革委", "市自然资源规划局", "各县（区）人民政府"]),
   r("建设统一调度平台", ["市急救指挥中心", "市公安局", "市政务服务管理局"], "2026-06"),
   r("加强救护车辆配置", ["各县（区）人民政府", "市卫生健康委", "市财政局"], "2025-09"),
   r("壮大急救人才队伍", ["市卫生健康委", "市人力资源社会保障局", "市财政局"]),
   r("普及公众急救技能", ["市卫生健康委", "市红十字会", "市教育体育局", "市文化和旅游局"]),
  ],
  optionalResponsibilities=o("强化组织保障", "加大投入力度", "严格督导考核", "工作专班", "实施方案", "终期评估")),
 dict(seed="04_nanan_district_government_interpretation_building_economy_measures_no_own_number_source_on_own_line.txt",
  form="text of a district government portal page (site name, breadcrumb 政策解读 > 部门解读, the title 关于《…》的政策解读, 发布日期 and 来源 each on its own line, no number of its own, no signature but a 解读机关 / 解读人 / 联系电话 block): an interpretation of a district government's 若干政策 cited by title and number (南岸府发), a city office opinion cited by number and a plan by title only, past results to 2024年底 (126栋, 14栋, 38%: not targets), restated goals (2025年新增…2栋; 到2027年…22栋以上, 其中…3栋, 保持在85%以上, 提高到45%), a count (共12条), award amounts paired by 分别 (50万元、30万元; 100万元、200万元), a rent subsidy 每平方米每月30元 for 连续3年 capped 最高不超过200万元, conditions (年纳税500万元以上, 闲置3年以上: not targets), a share 20% capped 300万元, 1名 楼长, a 每年3月1日至4月30日 window, a 20个工作日内 review, Q&A with 由原来的50万元提高到100万元 and 由原来的60个工作日压缩至30个工作日以内, duties by body without markers, 自2025年7月1日起施行 / 有效期至2027年12月31日, a related link",
  documentNumber=None,
  title="关于《重庆市南岸区支持楼宇经济高质量发展若干政策》的政策解读",
  issuers=["重庆市南岸区商务委员会"], issueDate="2025-06-18",
  references=["南岸府发〔2025〕5号", "渝府办发〔2023〕87号"],
  deadlineEnds=["2025-12-31", "2027-12-31"],
  targets=[
   t(2, "栋", "新增税收亿元楼宇"),
   t(22, "栋", "税收亿元楼宇", "gte"),
   t(3, "栋", "5亿元以上楼宇"),
   t(85, "%", "入驻率", "gte"),
   t(45, "%", "比重"),
   t(30, "个工作日", "资金拨付时间", "lte"),
   t(12, "条", "若干政策", optional=True),
   t(50*WAN, "元", "奖励", optional=True),
   t(30*WAN, "元", "奖励", optional=True),
   t(100*WAN, "元", "奖励", optional=True),
   t(200*WAN, "元", "奖励", optional=True),
   t(30, "元", "租金补贴", optional=True),
   t(3, "年", "连续补贴", optional=True),
   t(200*WAN, "元", "每家企业每年补贴", "lte", optional=True),
   t(10*WAN, "元", "招商奖励", optional=True),
   t(20, "%", "改造投资额", optional=True),
   t(300*WAN, "元", "单个项目", "lte", optional=True),
   t(1, "名", "楼长", optional=True),
   t(20, "个工作日", "审核", "lte", optional=True),
  ],
  responsibilities=[],
  optionalResponsibilities=o("起草", "组织实施", "资金保障", "税收数据", "日常服务", "楼长", "审核")),
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
        if "value" not in x:
            fs = [printed(x["min"]) + "至" + printed(x["max"]) + x["unit"]]
            ok = any(fold(f) in text for f in fs)
        else:
            fs = forms(x["value"], x["unit"])
            ok = any(fold(f) in text for f in fs)
            if not ok and x["unit"] == "元" and "(亿元)" in text:
                v = x["value"] / YI
                raw = open(os.path.join("docs", g["seed"]), encoding="utf-8").read()
                ok = any("<td>%s</td>" % p in raw for p in (printed(v), "%.1f" % v))
        if not ok:
            problems += 1
            print("value missing", g["seed"][:2], x)
    out = os.path.join("gold", g["seed"].rsplit(".", 1)[0] + ".json")
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(g, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
print("problems:", problems)
