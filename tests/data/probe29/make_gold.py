"""Writes gold/*.json for probe29 and checks that every printed item occurs in its document.

probe22's approach: NFKC and whitespace folding, HTML tags stripped; values with their unit (亿/万 folded back).
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

def r(task, units, deadline=None):
    d = {"task": task, "units": units}
    if deadline:
        d["deadline"] = deadline
    return d

YI, WAN = 100000000, 10000

GOLD = [
 dict(seed="01_zigong_three_bodies_joint_county_commerce_plan_2025_2027_yearly_targets.txt",
  form="text of a city portal page: a joint 关于印发 notice of three city bodies (商务局, 财政局, 农业农村局; names parted by spaces in the title, signed on one line, 自商务联发), a province plan cited by number, 到2027年底 goals (4个, 30个以上, 90%以上, 45亿元) followed by 分年度目标 2025年…；2026年…；2027年… restating the same keys, four tasks closing with （责任单位：X、Y，Z）, one task with two dated steps, a range 3—5个, 500名以上, 8个左右, a yearly fund 2000万元 with a 最高100万元 subsidy, a 每年1月31日前 report, 有效期至",
  documentNumber="自商务联发〔2025〕4号",
  title="自贡市商务局 自贡市财政局 自贡市农业农村局关于印发《自贡市县域商业体系建设行动方案（2025—2027年）》的通知",
  issuers=["自贡市商务局", "自贡市财政局", "自贡市农业农村局"], issueDate="2025-03-18", references=["川商流通〔2024〕12号"],
  deadlineEnds=["2027-12-31", "2025-12-31", "2026-12-31"],
  targets=[
   t(4, "个", "县级物流配送中心"),
   t(30, "个", "乡镇商贸中心", "gte"),
   t(90, "%", "覆盖率", "gte"),
   t(45*YI, "元", "农村网络零售额"),
   t(10, "个", "乡镇商贸中心"),
   t(36*YI, "元", "农村网络零售额"),
   t(10, "个", "乡镇商贸中心"),
   t(40*YI, "元", "农村网络零售额"),
   t(10, "个", "乡镇商贸中心", "gte"),
   t(90, "%", "覆盖率", "gte"),
   {"min": 3, "max": 5, "unit": "个", "key": "示范乡镇商贸中心", "comparator": "range"},
   t(500, "名", "农村电商带头人", "gte"),
   t(8, "个", "区域公用品牌", "approx"),
   t(2000*WAN, "元", "县域商业体系建设资金"),
   t(100*WAN, "元", "补助", "lte", optional=True),
  ],
  responsibilities=[
   r("完善县级物流配送网络", ["市商务局", "市邮政管理局", "各区（县）人民政府"]),
   r("改造提升乡镇商贸中心", ["市商务局", "市农业农村局"]),
   r("发展农村电子商务", ["市商务局", "市农业农村局", "市市场监督管理局"]),
   r("强化资金保障", ["市财政局", "市商务局"]),
  ],
  optionalResponsibilities=[{"task": "工作推进机制"}, {"task": "工作总结"}, {"task": "项目调度"}]),
 dict(seed="02_yulin_natural_resources_bureau_notice_no_number_land_survey_dates.txt",
  form="text of a city portal page (索 引 号 block without 文号): a city 自然资源和规划局 通知 with no document number, a province notice cited by number, 全年 goals (2.5万个以上, 98%以上, 100%), three stages as month ranges each with a dated step and （责任单位：…） naming sections and 各县（市、区）自然资源分局, a per-county minimum, a 每月5日前 report",
  documentNumber=None,
  title="榆林市自然资源和规划局关于开展2025年度国土变更调查工作的通知",
  issuers=["榆林市自然资源和规划局"], issueDate="2025-04-08", references=["陕自然资发〔2025〕18号"],
  deadlineEnds=["2025-05-31", "2025-09-30", "2025-12-15", "2025-12-31"],
  targets=[
   t(2.5*WAN, "个", "变更图斑核查", "gte"),
   t(98, "%", "外业举证准确率", "gte"),
   t(100, "%", "耕地图斑核查覆盖率"),
   t(5, "名", "专职技术人员", "gte", optional=True),
  ],
  responsibilities=[
   r("准备阶段", ["国土空间调查监测科", "各县（市、区）自然资源分局"], "2025-05"),
   r("调查阶段", ["各县（市、区）自然资源分局"], "2025-09"),
   r("成果汇总阶段", ["国土空间调查监测科", "市自然资源调查监测中心"], "2025-12"),
  ],
  optionalResponsibilities=[{"task": "调查力量"}, {"task": "工作进展情况"}]),
 dict(seed="03_zhangye_three_bodies_joint_rural_water_supply_task_table_xxgk_html.html",
  form="saved HTML page of a city xxgk platform (th/td 索引号 / 成文日期 / 文　　号 table, zero-padded dates, h1, div#zoom): a joint notice of three city bodies (水务局, 发展和改革委员会, 财政局; names parted by spaces, signed on one line, the lead body's number), a province plan cited by number, 到2027年底 goals with 分年度目标 (96%, 97%, 98%以上), then a table 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 with <br> and 、 splits, a figure in a task cell (600公里), 2025/2026/2027年12月底前 and 长期坚持",
  documentNumber="张水发〔2025〕21号",
  title="张掖市水务局 张掖市发展和改革委员会 张掖市财政局关于印发《张掖市农村供水保障提升三年行动任务分工》的通知",
  issuers=["张掖市水务局", "张掖市发展和改革委员会", "张掖市财政局"], issueDate="2025-05-12", references=["甘水农发〔2025〕9号"],
  deadlineEnds=["2027-12-31", "2025-12-31", "2026-12-31"],
  targets=[
   t(98, "%", "农村自来水普及率", "gte"),
   t(85, "%", "规模化供水工程覆盖农村人口比例", "gte"),
   t(96, "%", "农村自来水普及率"),
   t(97, "%", "农村自来水普及率"),
   t(98, "%", "农村自来水普及率", "gte"),
   t(600, "公里", "老旧供水管网"),
  ],
  responsibilities=[
   r("实施规模化供水工程建设", ["市水务局", "市发展和改革委员会", "各县（区）人民政府"], "2027-12"),
   r("改造老旧供水管网600公里", ["市水务局", "市财政局", "各县（区）人民政府"], "2026-12"),
   r("落实农村供水工程维修养护资金", ["市财政局", "市水务局"], "持续推进"),
   r("开展水质检测全覆盖", ["市卫生健康委员会", "市水务局", "市生态环境局"], "2025-12"),
  ],
  optionalResponsibilities=[]),
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
    checks = [g["documentNumber"] or "", g["title"], g["issueDate"][:4]] + g["issuers"] + g["references"]
    checks += [x["key"] for x in g["targets"]]
    for x in g["responsibilities"]:
        checks += [x["task"]] + x["units"]
    checks += [x["task"] for x in g["optionalResponsibilities"]]
    for c in checks:
        if fold(c) not in text:
            problems += 1
            print("missing", g["seed"][:2], c)
    for x in g["targets"]:
        fs = [printed(x["min"]) + "—" + printed(x["max"]) + x["unit"]] if "min" in x else forms(x["value"], x["unit"])
        bare = g["seed"].endswith(".html") and x["unit"] == "元" and "value" in x and printed(x["value"] / YI) in text
        if not any(fold(f) in text for f in fs) and not bare:
            problems += 1
            print("value missing", g["seed"][:2], x)
    out = os.path.join("gold", g["seed"].rsplit(".", 1)[0] + ".json")
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(g, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
print("problems:", problems)
