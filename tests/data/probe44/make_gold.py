"""Writes gold/*.json for probe44 and checks that every printed item occurs in its document.

Values are checked with their unit (亿/万 folded back to the printed form); ranges as printed min至max. Run from this
folder: python3 make_gold.py (after python3 make_pdf_text.py has written 04 from text/04.txt).
"""
import html, json, os, re, unicodedata

def t(value, unit, key, comparator=None, optional=False):
    d = {"value": value, "unit": unit, "key": key}
    if comparator:
        d["comparator"] = comparator
    if optional:
        d["optional"] = True
    return d

def rng(lo, hi, unit, key, optional=True):
    d = {"min": lo, "max": hi, "unit": unit, "key": key, "comparator": "range"}
    if optional:
        d["optional"] = True
    return d

def r(task, units, deadline=None):
    d = {"task": task, "units": units}
    if deadline:
        d["deadline"] = deadline
    return d

YI, WAN = 100000000, 10000
O = dict(optional=True)

COUNTIES = [("右江区", 900, 6360), ("田阳区", 880, 6240), ("田东县", 880, 6240), ("平果市", 890, 6300),
            ("德保县", 870, 6120), ("靖西市", 875, 6180), ("那坡县", 870, 6120), ("凌云县", 870, 6120),
            ("乐业县", 870, 6120), ("田林县", 870, 6120), ("西林县", 870, 6120), ("隆林各族自治县", 870, 6120)]

GOLD = [
 dict(seed="01_tangshan_healthcare_security_bureau_resident_inpatient_benefit_adjustment_by_hospital_level_start_date.txt",
  form="text of a city portal page (breadcrumb, letter-spaced 索 引 号 block with 名　　称 / 文　　号 / 成文日期 / 发布日期): a city 医疗保障局 notice adjusting 城乡居民医保 benefits: a province joint notice cited by number; 起付标准 by hospital level written 由X元调整为Y元 (300→200, 600→500, 1000→900; 市外 1500 / 2000元; second stay 50%, 最低不低于100元; 降低50%); 报销比例 by level 由X%提高到Y% (85→90, 75→80, 60→63; 市外 55%, 降低20个百分点, 中医 提高5个百分点, 最高不超过95%); per-year caps (最高支付限额由20万元提高到25万元, 门诊统筹 每人每年500→600元 at 55% / 50%, 慢性病 每人每年800 / 1000元, 最高不超过2000元, 大病保险 1.5万元, 60%至80%, 40万元); 备案有效期为1年; a 2025年 goal paragraph (稳定在95%以上, 70%左右, 提高2个百分点, 90%以上); five 工作要求 closing with （责任单位：…） (3月28日前, 全年…100%, 2025年4月底前, 每季度结束后10日内, 2025年3月31日前); 自2025年4月1日起执行，有效期至2027年12月31日 and the 2023 notice repealed by title and number",
  documentNumber="唐医保发〔2025〕5号",
  title="唐山市医疗保障局关于调整城乡居民基本医疗保险住院和门诊待遇标准的通知",
  issuers=["唐山市医疗保障局"], issueDate="2025-03-14",
  references=["冀医保发〔2025〕3号", "唐医保发〔2023〕12号"],
  deadlineEnds=["2025-12-31", "2025-03-28", "2025-04-30", "2025-03-31", "2027-12-31"],
  targets=[
   t(95, "%", "参保率", "gte"),
   t(70, "%", "基金支付比例", "approx"),
   t(2, "百分点", "住院人次占比"),
   t(90, "%", "直接结算率", "gte"),
   t(100, "%", "检查覆盖率"),
   t(200, "元", "起付标准", **O), t(500, "元", "起付标准", **O), t(900, "元", "起付标准", **O),
   t(1500, "元", "起付标准", **O), t(2000, "元", "起付标准", **O), t(50, "%", "起付标准", **O),
   t(100, "元", "最低不低于", "gte", **O),
   t(90, "%", "提高到", **O), t(80, "%", "提高到", **O), t(63, "%", "提高到", **O), t(55, "%", "报销比例", **O),
   t(20, "百分点", "降低", **O), t(5, "百分点", "提高", **O), t(95, "%", "最高不超过", "lte", **O),
   t(25*WAN, "元", "最高支付限额", **O), t(600, "元", "门诊统筹", **O),
   t(55, "%", "支付比例", **O), t(50, "%", "支付比例", **O),
   t(800, "元", "高血压", **O), t(1000, "元", "糖尿病", **O), t(2000, "元", "年度限额", "lte", **O),
   t(1.5*WAN, "元", "大病保险", **O), rng(60, 80, "%", "支付比例"), t(40*WAN, "元", "最高支付限额", **O),
   t(1, "年", "备案有效期", **O), t(10, "日", "运行分析报告", "lte", **O),
  ],
  responsibilities=[
   r("做好系统调整", ["市医疗保障事务中心", "各县（市、区）医疗保障局"], "2025-03-28"),
   r("加强基金监管", ["市医疗保障局基金监管科", "市医疗保障事务中心"]),
   r("强化宣传解读", ["各县（市、区）医疗保障局"], "2025-04"),
   r("做好运行监测", ["各县（市、区）医疗保障局"]),
   r("加强经办衔接", ["市医疗保障事务中心"], "2025-03-31"),
  ],
  optionalResponsibilities=[{"task": "调整住院起付标准"}, {"task": "提高住院报销比例"}, {"task": "调整年度最高支付限额"},
                            {"task": "规范转诊备案管理"}]),
 dict(seed="02_baise_civil_affairs_finance_joint_raising_minimum_living_standard_county_list_classified_shares.txt",
  form="text of a city portal page (breadcrumb, title, 发布时间/来源 line, number on its own line): a joint notice of a city 民政局 and 财政局 (both names in the title parted by a space, signed on one line) raising 城乡低保 standards from 2025年7月1日: a region joint notice and a city office opinion cited by number; new levels 由每人每月830元提高到每人每月870元 and 由每人每年5760元（每人每月480元）提高到每人每年6120元（每人每月510元）, 月人均补差水平不低于560元 / 320元, 特困 不低于…1.3倍 → 1131元 / 663元; 分类施保 shares (15%, 30%, 20%, 10%); a county-by-county list of twelve lines `县：城市每人每月X元，农村每人每年Y元`; 低保边缘 1.5倍以内, 临时救助 6倍 / 12倍, 30%, 6个月渐退期; a 市本级 fund 1860万元 (增加210万元); 每月10日前; five 工作要求 (four closing with （责任单位：…）, one 财政局 written after 各县（市、区）民政局、 without its prefix): 2025年7月10日前, 2025年7月31日前 with a back-pay 在8月, 年内…复核率达到100%, 14.2万人左右, 每半年",
  documentNumber="百民发〔2025〕6号",
  title="百色市民政局 百色市财政局关于提高全市城乡最低生活保障标准的通知",
  issuers=["百色市民政局", "百色市财政局"], issueDate="2025-06-16",
  references=["桂民发〔2025〕14号", "百政办发〔2023〕21号"],
  deadlineEnds=["2025-07-10", "2025-07-31", "2025-08-31", "2025-12-31"],
  targets=[
   t(870, "元", "城市低保标准"),
   t(6120, "元", "农村低保标准"),
   t(510, "元", "每人每月", **O),
   t(560, "元", "补差", "gte", **O), t(320, "元", "补差", "gte", **O),
   t(1.3, "倍", "特困人员", "gte", **O),
   t(1131, "元", "特困人员基本生活标准", **O), t(663, "元", "特困人员基本生活标准", **O),
   t(15, "%", "增发", **O), t(30, "%", "增发", **O), t(20, "%", "增发", **O), t(10, "%", "增发", **O),
   t(1.5, "倍", "低保边缘", "lte", **O), t(6, "倍", "临时救助", "lte", **O), t(12, "倍", "提高至", **O),
   t(30, "%", "就业成本", **O), t(6, "个月", "渐退期", **O),
   t(1860*WAN, "元", "配套资金"),
   t(210*WAN, "元", "增加", **O),
   t(100, "%", "复核率"),
   t(14.2*WAN, "人", "低保对象", "approx"),
  ] + [t(m, "元", c, **O) for c, m, y in COUNTIES] + [t(y, "元", c, **O) for c, m, y in COUNTIES],
  responsibilities=[
   r("加强组织实施", ["各县（市、区）民政局", "财政局"], "2025-07-10"),
   r("确保按时发放", ["各县（市、区）民政局"]),
   r("做好动态管理", ["市社会救助工作站", "各县（市、区）民政局"]),
   r("强化资金监管", ["市财政局", "市民政局"]),
  ],
  optionalResponsibilities=[{"task": "做好宣传解释"}, {"task": "资金保障"}, {"task": "落实分类施保"}]),
 dict(seed="03_chengde_science_technology_bureau_2025_project_application_guide_conditions_windows_contacts.txt",
  form="text of a city portal page (breadcrumb, title, 信息来源/发布日期 line, number on its own line): a city 科学技术局 notice organising 2025年度 市级科技计划项目 applications (a 申报指南 in the body): a city 办法 and a city government notice cited by number; a 2025年 sentence (资金2400万元, 60项左右, 其中…35项左右); support lines with per-project funding (最高不超过50万元, 最高80万元, 最高30万元, 10万元至20万元, 一次性补助20万元, 10万元奖励, 3万元至5万元); 申报条件 full of thresholds that are conditions, not targets (1年以上, 2024年3月31日前注册, 不低于3%, 不少于100万元, 超过30万元, 2:1, 55周岁, 1970年1月1日以后, 6个月, 1项 / 3项 / 2项, 200亩, 10人, 2年, 2027年6月30日前完成, 近3年内); 申报时间 windows (即日起至2025年4月30日17:00, 截止时间为2025年5月9日 and 5月9日前, 2025年5月16日前, 公示5个工作日, 2025年6月底前); 60% / 40% instalments; 联系人 / 电话 lines by 科室; no responsibility marker",
  documentNumber="承市科字〔2025〕9号",
  title="承德市科学技术局关于组织申报2025年度市级科技计划项目的通知",
  issuers=["承德市科学技术局"], issueDate="2025-03-20",
  references=["承市科规〔2023〕1号", "承市政字〔2024〕18号"],
  deadlineEnds=["2025-12-31", "2025-04-30", "2025-05-09", "2025-05-16", "2025-06-30", "2027-06-30"],
  targets=[
   t(2400*WAN, "元", "项目资金"),
   t(60, "项", "支持项目", "approx"),
   t(35, "项", "重点研发计划", "approx"),
   t(50*WAN, "元", "最高", "lte", **O), t(80*WAN, "元", "最高", "lte", **O), t(30*WAN, "元", "最高", "lte", **O),
   rng(10*WAN, 20*WAN, "元", "资助"), t(20*WAN, "元", "一次性补助", **O), t(10*WAN, "元", "奖励", **O),
   rng(3*WAN, 5*WAN, "元", "资助"),
   t(60, "%", "拨付", **O), t(40, "%", "拨付", **O), t(5, "个工作日", "公示", **O),
  ],
  responsibilities=[],
  optionalResponsibilities=[{"task": "网上申报"}, {"task": "推荐审核"}, {"task": "纸质材料"}, {"task": "评审立项"},
                            {"task": "各推荐单位要严格把关"}, {"task": "科研诚信承诺书"}, {"task": "政策宣传和申报辅导"}]),
 dict(seed="04_binzhou_industry_it_bureau_manufacturing_digital_transformation_plan_2025_2027_pdf_lead_unit_lines.txt",
  form="text copied from a PDF (make_pdf_text.py from text/04.txt): lines broken every 38 full-width columns mid-word (a year split 2|026年 at a line end, a unit split 市|科学技术局 inside a 牵头单位 line), page lines `— N —` between pages (one falls inside a target paragraph), the 文件 header, number on its own line, title in two lines: a city 工业和信息化局 关于印发 notice with a short cover signed before a 制造业数字化转型三年行动方案（2025—2027年）: a province plan and a city opinion cited by number; goals in two paragraphs 到2026年 / 到2027年 (70%以上, 62% / 66%以上, 85% / 90%以上, 30个 / 累计60个以上, 突破20万台（套） / 30万台（套）, 10个); eight tasks each followed by a line `牵头单位：X、Y` (one wrapping onto a second line); task figures (每年200家以上, 2025年底前100家, 20% / 最高50万元, 到2027年3000家, 2026年底前1500个, 50个以上, 每年50家以上, 200万元 / 100万元, 2026年6月底前1个, 20家, 80家, 100%, 每年3000人次以上, 500名); 保障措施 without units (2025年5月31日前, 每年5000万元, 每年12月10日前, 2026年6月底前, 2027年12月20日前); 抄送 and 印发 lines",
  documentNumber="滨工信发〔2025〕8号",
  title="滨州市工业和信息化局关于印发滨州市制造业数字化转型三年行动方案（2025—2027年）的通知",
  issuers=["滨州市工业和信息化局"], issueDate="2025-04-08",
  references=["鲁工信发〔2025〕2号", "滨政发〔2024〕10号"],
  deadlineEnds=["2026-12-31", "2027-12-31", "2025-12-31", "2026-06-30", "2025-05-31", "2027-12-20"],
  targets=[
   t(70, "%", "数字化转型覆盖率", "gte"),
   t(62, "%", "数控化率"), t(66, "%", "数控化率", "gte"),
   t(85, "%", "普及率"), t(90, "%", "普及率", "gte"),
   t(30, "个", "智能工厂"), t(60, "个", "智能工厂", "gte"),
   t(20*WAN, "台（套）", "连接设备数", "gt"), t(30*WAN, "台（套）", "连接设备数", "gt"),
   t(10, "个", "工业互联网平台"),
   t(200, "家", "诊断", "gte"),
   t(100, "家", "试点企业"),
   t(20, "%", "补助", **O), t(50*WAN, "元", "最高", "lte", **O),
   t(3000, "家", "上云企业"),
   t(1500, "个", "5G基站"),
   t(50, "个", "应用场景", "gte"),
   t(50, "家", "入库企业", "gte"),
   t(200*WAN, "元", "奖励", **O), t(100*WAN, "元", "奖励", **O),
   t(1, "个", "适配验证中心", **O),
   t(20, "家", "骨干企业"),
   t(80, "家", "贯标"),
   t(100, "%", "安全防护覆盖率"),
   t(3000, "人次", "培训", "gte"),
   t(500, "名", "数字工匠"),
   t(5000*WAN, "元", "专项资金"),
  ],
  responsibilities=[
   r("开展免费诊断服务", ["市工业和信息化局"], "2027-12"),
   r("推进中小企业数字化改造", ["市工业和信息化局", "市财政局"], "2025-12"),
   r("建设行业级工业互联网平台", ["市工业和信息化局", "市大数据局"], "2027-12"),
   r("融合应用", ["市工业和信息化局", "市通信发展管理办公室", "市发展和改革委员会", "市科学技术局"], "2026-12"),
   r("构建梯度培育体系", ["市工业和信息化局"]),
   r("发展工业软件和智能装备", ["市科学技术局", "市工业和信息化局"], "2026-06"),
   r("强化数据管理和安全保障", ["市大数据局", "市委网信办"], "2027-12"),
   r("加强数字化人才培养", ["市人力资源和社会保障局", "市教育局"]),
  ],
  optionalResponsibilities=[{"task": "加强组织领导"}, {"task": "强化资金支持"}, {"task": "做好评估总结"},
                            {"task": "营造良好氛围"}]),
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
        if "value" in x:
            fs = forms(x["value"], x["unit"])
            if x["unit"] == "百分点":
                fs += [printed(x["value"]) + "个百分点"]
        else:
            lo, hi = forms(x["min"], x["unit"]), forms(x["max"], x["unit"])
            fs = [a + "至" + b for a in lo for b in hi] + [a.rstrip(x["unit"]) + "至" + b for a in lo for b in hi]
            fs = [f.replace("万元至", "万元至") for f in fs] + [lo[-1].replace("万元", "万") + "元至" + hi[-1]]
        if not any(fold(f) in text for f in fs):
            problems += 1
            print("value missing", g["seed"][:2], x)
    out = os.path.join("gold", g["seed"].rsplit(".", 1)[0] + ".json")
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(g, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
print("problems:", problems)
