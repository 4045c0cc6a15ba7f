"""Writes gold/*.json for probe35 and checks that every printed item occurs in its document.

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

def o(*tasks):
    return [{"task": x} for x in tasks]

YI, WAN = 100000000, 10000

GOLD = [
 dict(seed="01_panan_county_office_common_prosperity_village_plan_2025_2027_yearly_targets_one_paragraph.txt",
  form="text of a county portal page (breadcrumb, 发布时间/来源 line with a font bar, number above the title): a county 人民政府办公室 关于印发 notice (磐安, 浙江) issuing a 共同富裕 work plan 2025—2027, a province and a city document cited by number, one goal paragraph with targets by year (2025年……；2026年……；到2027年……) where a 30万元以上 income threshold defines the counted villages, 实现全覆盖 in the last year, 突破3亿元, five tasks closing with （责任单位：X、Y、Z）, two dated steps (2025年9月底前, 2026年6月底前), a 不低于60% dividend rule, 每年 3000亩, a one-off award 5万元, 不少于4期 training, a yearly fund 2000万元, a 每年12月10日前 summary",
  documentNumber="磐政办发〔2025〕14号",
  title="磐安县人民政府办公室关于印发磐安县强村富民乡村集成改革推进共同富裕工作方案（2025—2027年）的通知",
  issuers=["磐安县人民政府办公室"], issueDate="2025-04-03",
  references=["浙政办发〔2024〕21号", "金政办发〔2024〕37号"],
  deadlineEnds=["2025-12-31", "2026-12-31", "2027-12-31", "2025-09-30", "2026-06-30"],
  targets=[
   t(70, "%", "行政村占比"),
   t(7, "%", "农村居民人均可支配收入", "gte"),
   t(200, "名", "农创客"),
   t(85, "%", "行政村占比"),
   t(10, "%", "低收入农户人均可支配收入", "gte"),
   t(15, "个", "融合产业项目"),
   t(4.3*WAN, "元", "农村居民人均可支配收入"),
   t(600, "名", "农创客", "gte"),
   t(3*YI, "元", "强村公司年营业收入", "gt"),
   t(3000, "亩", "标准化基地"),
   t(2, "个", "初加工中心"),
   t(2000*WAN, "元", "专项资金"),
   t(60, "%", "强村公司利润", "gte", optional=True),
   t(5*WAN, "元", "一次性奖励", optional=True),
   t(4, "期", "专题培训", "gte", optional=True),
  ],
  responsibilities=[
   r("深化强村公司改革", ["县农业农村局", "县财政局", "县国资中心"], "2025-09"),
   r("中药材产业", ["县农业农村局", "县经济商务科技局", "县市场监管局"]),
   r("盘活农村闲置资源", ["县自然资源和规划局", "县农业农村局", "县文化和广电旅游体育局"], "2026-06"),
   r("推进低收入农户帮促", ["县农业农村局", "县人力社保局", "县民政局"]),
   r("加强农创客培育", ["县农业农村局", "团县委", "县妇联"]),
  ],
  optionalResponsibilities=o("加强组织领导", "统筹协调", "落实属地责任", "强化要素保障", "专项资金", "严格考核评价",
                             "年度工作总结")),
 dict(seed="02_dazu_district_safety_committee_office_gas_and_self_built_housing_campaign_stages_town_duty_sentences.txt",
  form="text of a district portal page (bracketed [索引号] / [发文机构] / [发文字号] labels, number below the title): a district 安全生产委员会办公室 专项整治 notice (大足, 重庆), a city document cited by number inside a nested 〈〉 title, campaign goals (100%, 4500户, 1.2万栋, 95%以上), three stages 动员部署阶段（2025年4月） / 集中整治阶段（5月—9月） / 总结提升阶段（10月） with the year only on the first, a 7月31日前 step and a 10月20日前 summary inside stages, duties written as 各镇（街道）要…… and 区X要…… sentences without any marker, a 每月25日前 report, a contact phone number, 抄送 and 印发 lines",
  documentNumber="大足安办〔2025〕9号",
  title="重庆市大足区安全生产委员会办公室关于开展城镇燃气和经营性自建房安全专项整治的通知",
  issuers=["重庆市大足区安全生产委员会办公室"], issueDate="2025-03-28",
  references=["渝安办〔2024〕11号"],
  deadlineEnds=["2025-04-30", "2025-09-30", "2025-10-31", "2025-07-31", "2025-10-20"],
  targets=[
   t(100, "%", "安全检查覆盖率"),
   t(4500, "户", "瓶改管"),
   t(100, "%", "整改率"),
   t(1.2*WAN, "栋", "经营性自建房安全隐患排查"),
   t(95, "%", "整治销号率", "gte"),
   t(1, "名", "联络员", optional=True),
  ],
  responsibilities=[],
  optionalResponsibilities=o("动员部署阶段", "集中整治阶段", "总结提升阶段", "压实属地责任", "落实属地管理责任",
                             "强化行业监管", "行业监管", "入户安检", "产品质量抽检", "消防违法行为",
                             "严格执法问责", "挂牌督办", "及时报送信息", "联络员", "整治进展情况")),
 dict(seed="03_zaozhuang_city_office_talent_introduction_measures_per_person_amounts_conditions.txt",
  form="text of a city portal page (letter-spaced 索 引 号 block, 文　　号 label, no number line in the body): a city 人民政府办公室 关于印发 notice (枣庄, 山东) issuing talent measures numbered 1.–6. under 一、 headings, a province document cited by number, a 2025年至2027年 goal with 其中, 安家补贴 300万元 / 100万元 / 30万元 per person, 每月 3000元 / 2000元 / 1000元 生活补贴 with 连续发放3年 / 2年, age and contract conditions (40周岁, 35周岁, 5年以上, 10名以上), 购房补贴 20万元 / 10万元, 最长7天, a 2025年底前 step with a per-county minimum and 人才公寓2000套, 每人5000元 with a 50万元 yearly cap, a yearly fund 不少于2亿元 with 1:1 matching, 每年集中受理两次 on 6月30日前 / 12月31日前, 自…起施行 and 有效期至",
  documentNumber="枣政办字〔2025〕17号",
  title="枣庄市人民政府办公室关于印发枣庄市支持青年人才和高层次人才来枣创新创业若干措施的通知",
  issuers=["枣庄市人民政府办公室"], issueDate="2025-05-12",
  references=["鲁政办字〔2024〕62号"],
  deadlineEnds=["2027-12-31", "2025-12-31"],
  targets=[
   t(3*WAN, "名", "青年人才", "gte"),
   t(500, "名", "高层次人才", "gte"),
   t(2000, "套", "人才公寓"),
   t(2*YI, "元", "人才发展专项资金", "gte"),
   t(1, "处", "青年人才驿站", "gte", optional=True),
   t(300*WAN, "元", "顶尖人才", optional=True),
   t(100*WAN, "元", "领军人才", optional=True),
   t(30*WAN, "元", "拔尖人才", optional=True),
   t(50, "%", "首年发放", optional=True),
   t(3000, "元", "生活补贴", optional=True),
   t(2000, "元", "生活补贴", optional=True),
   t(1000, "元", "生活补贴", optional=True),
   t(20*WAN, "元", "购房补贴", optional=True),
   t(10*WAN, "元", "购房补贴", optional=True),
   t(7, "天", "免费住宿", "lte", optional=True),
   t(5000, "元", "引才奖励", optional=True),
   t(50*WAN, "元", "单个企业", "lte", optional=True),
  ],
  responsibilities=[
   r("全职引进的顶尖人才", ["市委组织部", "市人力资源社会保障局", "市财政局"]),
   r("新引进到我市企业工作", ["市人力资源社会保障局", "市财政局"]),
   r("首次在我市购买首套商品住房", ["市住房城乡建设局", "市人力资源社会保障局"]),
   r("建设青年人才驿站", ["市人力资源社会保障局", "团市委", "各区（市）人民政府"], "2025-12"),
   r("当年新引进全日制硕士研究生", ["市人力资源社会保障局", "市工业和信息化局"]),
   r("人才发展专项资金", ["市财政局", "各区（市）人民政府"]),
  ],
  optionalResponsibilities=[]),
 dict(seed="04_xuanhan_county_office_2025_rural_revitalization_work_plan_year_clauses_and_township_duties.txt",
  form="text of a county portal page (breadcrumb, 标　　题 / 发文字号 / 发文机关 labels two to a line, no number line in the body, the title only in the label): a county 人民政府办公室 关于印发 notice (宣汉, 四川) issuing a 2025—2027 巩固拓展脱贫攻坚成果同乡村振兴有效衔接 work plan, a six-body province notice and a city leading-group notice (nested 〈〉 title) cited by number, one goal paragraph 2025年，……；2026年，……；到2027年，…… with 万人 / 万元 values and a 累计 count, a 8500元 monitoring threshold, four tasks closing with （牵头单位：X；配合单位：Y、Z）, one with two leads, 2025年10月底前 and 2026年底前 steps, 1万亩 / 3000个 / 32处 / 150公里, a 至少1人 per-household minimum, duties as 各乡镇要…… / 县X要…… sentences, 每月 and 15日内 and 每年12月15日前",
  documentNumber="宣府办发〔2025〕23号",
  title="宣汉县人民政府办公室关于印发《宣汉县2025—2027年巩固拓展脱贫攻坚成果同乡村振兴有效衔接工作方案》的通知",
  issuers=["宣汉县人民政府办公室"], issueDate="2025-04-18",
  references=["川乡振发〔2024〕8号", "达委农组〔2024〕3号"],
  deadlineEnds=["2025-12-31", "2026-12-31", "2027-12-31", "2025-10-31"],
  targets=[
   t(8, "%", "脱贫人口人均纯收入", "gte"),
   t(9.5*WAN, "人", "务工就业规模", "gte"),
   t(60, "%", "产业发展的比重", "gte"),
   t(1.9*WAN, "元", "脱贫人口人均纯收入"),
   t(20, "个", "乡村振兴示范村"),
   t(2.1*WAN, "元", "脱贫人口人均纯收入", "gte"),
   t(50, "个", "乡村振兴示范村"),
   t(92, "%", "自来水普及率"),
   t(1*WAN, "亩", "富硒茶标准化基地"),
   t(3000, "个", "公益性岗位"),
   t(32, "处", "集中供水工程"),
   t(150, "公里", "农村公路"),
   t(1, "人", "脱贫家庭", "gte", optional=True),
  ],
  responsibilities=[
   r("健全防止返贫监测帮扶机制", ["县农业农村局", "县民政局", "县医保局", "县教育局"]),
   r("做大做强特色产业", ["县农业农村局", "县发展改革局", "县财政局"], "2025-10"),
   r("稳定脱贫劳动力就业", ["县人力资源社会保障局", "县农业农村局", "县总工会"]),
   r("补齐农村基础设施短板", ["县水务局", "县交通运输局", "县财政局", "各乡镇人民政府"], "2026-12"),
  ],
  optionalResponsibilities=o("负总责", "返贫风险排查", "按照职责分工", "统筹安排财政衔接", "年度成效自评")),
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
        fs = forms(x["value"], x["unit"])
        bare = g["seed"].endswith(".html") and x["unit"] == "元" and printed(x["value"] / YI) in text
        if not any(fold(f) in text for f in fs) and not bare:
            problems += 1
            print("value missing", g["seed"][:2], x)
    out = os.path.join("gold", g["seed"].rsplit(".", 1)[0] + ".json")
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(g, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
print("problems:", problems)
