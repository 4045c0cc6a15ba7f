"""Writes gold/*.json for probe30 and checks that every printed item occurs in its document.

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

GOLD = [
 dict(seed="01_daqing_general_office_2025_digital_government_work_points_lead_and_support_markers.txt",
  form="text of a city portal page (breadcrumb, 发布时间/来源 line, number on its own line): a city 人民政府办公室 关于印发 notice issuing a 2025年 数字政府建设工作要点, a province opinion cited by number, a 2025年 goal paragraph (98%以上, 1200项以上, 80%以上, 150个, 突破500个, 10个左右), six tasks each closing with （牵头单位：X、Y；配合单位：Z、W）, month deadlines without a year (6月底前, 三季度末前, 年底前, 11月底前), cadences (每季度, 每半年, 每月), a 全年 figure, a yearly fund 3000万元 with a one-off award 10万元, a 每季度末月20日前 report and a 12月15日前 summary",
  documentNumber="庆政办发〔2025〕6号",
  title="大庆市人民政府办公室关于印发大庆市2025年数字政府建设工作要点的通知",
  issuers=["大庆市人民政府办公室"], issueDate="2025-03-12", references=["黑政规〔2023〕5号"],
  deadlineEnds=["2025-12-31", "2025-06-30", "2025-09-30", "2025-11-30", "2025-12-15"],
  targets=[
   t(98, "%", "网上可办率", "gte"),
   t(1200, "项", "全程网办事项", "gte"),
   t(80, "%", "掌上办", "gte"),
   t(150, "个", "数据共享接口"),
   t(500, "个", "公共数据开放数据集", "gt"),
   t(10, "个", "应用场景", "approx"),
   t(20, "项", "集成服务事项"),
   t(1.5*WAN, "路", "视频监控点位", "gte"),
   t(90, "%", "迁移率", "gte"),
   t(100, "%", "覆盖率"),
   t(3000, "人次", "培训机关干部", "gte"),
   t(3000*WAN, "元", "专项资金"),
   t(10*WAN, "元", "一次性奖励", optional=True),
  ],
  responsibilities=[
   r("提升政务服务", ["市营商环境建设监督局", "市直各相关部门", "各区县政府"], "2025-06"),
   r("推进公共数据共享开放", ["市数据局", "市委网信办", "市直各相关部门"], "2025-09"),
   r("建设城市运行", ["市数据局", "市应急管理局", "市交通运输局", "市城市管理综合执法局", "市生态环境局"], "2025-12"),
   r("强化政务云和网络安全保障", ["市委网信办", "市数据局", "市公安局"], "2025-11"),
   r("数字机关", ["市政府办公室", "市直各部门", "各区县政府"], "2025-06"),
   r("开展数字政府人才培训", ["市委组织部", "市数据局", "市人力资源和社会保障局"]),
  ],
  optionalResponsibilities=[{"task": "加强统筹协调"}, {"task": "强化资金保障"}, {"task": "严格督导考核"},
                            {"task": "工作进展"}, {"task": "年度工作总结"}]),
 dict(seed="02_dandong_industry_finance_joint_technical_renovation_award_subsidy_measures.txt",
  form="text of a city portal page (letter-spaced 索 引 号 block with 发文字号 / zero-padded 成文日期): a joint notice of a city 工业和信息化局 and 财政局 (both names in the title parted by a space, signed on one line) issuing a 奖补办法 in 第X条 articles: a province opinion cited by number, a yearly fund 5000万元, a 到2027年底 goal (年均增长10%以上, 累计…300个以上), subsidy and award terms (按实际设备投资额的10%给予补助, 最高不超过200万元, 给予一次性奖励50万元 / 20万元, 15% with a 100万元 cap, 累计不超过300万元), a 500万元以上 condition, recurring 每年3月31日前 / 4月30日前 / 每半年 / 每年12月底前 items, a 5个工作日 公示, duties by body without markers, 自2025年5月1日起施行 and 有效期至2027年12月31日, the earlier 办法 repealed by title and number",
  documentNumber="丹工信联发〔2025〕3号",
  title="丹东市工业和信息化局 丹东市财政局关于印发《丹东市工业企业技术改造奖补办法》的通知",
  issuers=["丹东市工业和信息化局", "丹东市财政局"], issueDate="2025-04-16",
  references=["辽政发〔2024〕9号", "丹工信发〔2021〕15号"],
  deadlineEnds=["2027-12-31"],
  targets=[
   t(5000*WAN, "元", "专项资金"),
   t(10, "%", "技术改造投资", "gte"),
   t(300, "个", "技术改造项目", "gte"),
   t(10, "%", "设备投资额", optional=True),
   t(200*WAN, "元", "单个项目", "lte", optional=True),
   t(50*WAN, "元", "智能制造示范工厂", optional=True),
   t(20*WAN, "元", "数字化车间", optional=True),
   t(15, "%", "设备购置价格", optional=True),
   t(100*WAN, "元", "首台（套）", "lte", optional=True),
   t(300*WAN, "元", "奖补资金", "lte", optional=True),
   t(5, "个工作日", "公示期", optional=True),
  ],
  responsibilities=[],
  optionalResponsibilities=[{"task": "组织申报"}, {"task": "资金预算安排"}, {"task": "日常监管"}, {"task": "初审"},
                            {"task": "跟踪调度"}, {"task": "绩效评价"}, {"task": "负责解释"}]),
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
