"""Writes gold/*.json for probe53 and checks that every printed item occurs in its document.

Values are checked with their unit (亿/万 folded back to the printed form; full-width digits folded by NFKC), ranges as
printed (3—5个, 10%—20%), bare table cells as printed. HTML pages are checked as their text (scripts and styles dropped,
tags dropped, entities unescaped), the .docx as the text of word/document.xml. Run from this folder: python3 make_gold.py
"""
import html, json, os, re, unicodedata, zipfile

def t(value, unit, key, comparator=None, optional=False, cell=False):
    d = {"value": value, "unit": unit, "key": key}
    if comparator:
        d["comparator"] = comparator
    if optional:
        d["optional"] = True
    if cell:
        d["cell"] = True
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

def ob(*tasks):
    return [{"task": x} for x in tasks]

YI, WAN = 100000000, 10000
KEEP = "持续推进"

JY, RS, FG, CZ, GX = "市教育局", "市人力资源社会保障局", "市发展改革委", "市财政局", "市工业和信息化局"
GX1 = "各县（市）区人民政府"
J2, R2, F2, C2 = "市教育局", "市人社局", "市发改委", "市财政局"
KJ, KR, KC, KZ, KN, KG, KK = "县教育局", "县人社局", "县财政局", "县总工会", "县农业农村局", "县工信局", "县经济开发区管委会"
XZ = "各乡镇人民政府"

GOLD = [
 dict(seed="01_qiqihar_government_office_2025_vocational_education_integration_action_plan_task_table_category_rows.txt",
  form="text copied from a city portal page (navigation lines, a tab-laid 信息公开 block of two label/value pairs a line: 索 引 号 / 主题分类, 发布机构 / 成文日期, 文    号 / 发布日期, 名    称, 有 效 性; the title, a font/print line): a 市人民政府办公室 关于印发 notice (齐齐哈尔, 齐政办发) issuing a 职业教育产教融合提质行动计划（2025—2027年）, citing a 中办 国办 opinion without a number, a State Council office opinion and a province office plan by number; a 到2027年 goal paragraph (2个, 3—5个, 8个左右, 6个, 50个以上, 不低于65%, 1.2万人, 每年不少于5万人次, 60%以上); eleven numbered tasks under five （一） 工程 headings with their own figures (100%, 12所左右, 1200人以上, 不少于20家, 30万元, 40家, 8000元, 6:4, 3000人, 50%以上, 不少于30个, 1万人次以上, 500元, 12个月) and a condition (就业率连续两年低于60%的专业); 2025年底前 / 2026年6月底前 inside tasks; 保障措施 with 每年不少于3000万元, 1亿元左右, 不低于30%, 每年12月底前; an annex 重点任务分工表 laid out with tabs 序号 | 重点任务 | 牵头单位 | 责任单位 | 完成时限 whose rows are grouped under one-cell category rows (一、办学条件达标工程), units such as 各县（市）区人民政府 with brackets inside, time limits 2026年6月底前 / 2027年12月底前 / 2025—2027年 / 长期坚持 / 每年; a 相关链接 line to a 解读 and footer lines",
  documentNumber="齐政办发〔2025〕17号",
  title="齐齐哈尔市人民政府办公室关于印发《齐齐哈尔市职业教育产教融合提质行动计划（2025—2027年）》的通知",
  issuers=["齐齐哈尔市人民政府办公室"], issueDate="2025-04-18",
  references=["国办发〔2017〕95号", "黑政办发〔2024〕21号"],
  deadlineEnds=["2027-12-31", "2025-12-31", "2026-06-30", "2027-06-30", "2025-09-30"],
  targets=[
   t(2, "个", "市域产教联合体"),
   rng(3, 5, "个", "行业产教融合共同体"),
   t(8, "个", "高水平专业群", "approx"),
   t(6, "个", "公共实训基地"),
   t(50, "个", "校企共建实训基地", "gte"),
   t(65, "%", "双师型", "gte"),
   t(1.2*WAN, "人", "培养规模"),
   t(5*WAN, "人次", "培训", "gte"),
   t(60, "%", "本地就业率", "gte"),
   t(100, "%", "办学条件达标率"),
   t(12, "所", "中等职业学校", "approx"),
   t(1200, "人", "校均在校生规模", "gte"),
   t(40, "家", "产教融合型企业"),
   t(3000, "人", "订单培养规模"),
   t(50, "%", "职业技能等级证书比例", "gte"),
   t(30, "个", "赛项", "gte"),
   t(1*WAN, "人次", "高技能人才培训", "gte"),
   t(3000*WAN, "元", "专项资金", "gte"),
   t(1*YI, "元", "累计投入", "approx"),
   t(30, "%", "地方教育附加", "gte"),
   t(20, "家", "成员单位", "gte", optional=True),
   t(30*WAN, "元", "一次性奖励", optional=True),
   t(8000, "元", "实训设备值", "gte", optional=True),
   t(500, "元", "生活补贴", optional=True),
   t(12, "个月", "补贴期限", "lte", optional=True),
  ],
  responsibilities=[
   r("推进职业院校基础设施改造", [JY, FG, CZ, GX1], "2026-06"),
   r("优化职业院校布局结构", [JY, "市委编办", RS, GX1], "2027-12"),
   r("组建市域产教联合体", ["齐齐哈尔经济技术开发区管委会", JY, GX, "市科技局"], "2025-12"),
   r("建设行业产教融合共同体", [JY, GX, "市农业农村局", "市卫生健康委"], "2027"),
   r("培育产教融合型企业", [FG, JY, CZ, GX], KEEP),
   r("动态调整专业设置", [JY, RS, FG]),
   r("建设高水平实训基地", [RS, JY, CZ, GX1], "2027-06"),
   r("推行现代学徒制和订单培养", [JY, RS, "市工商联"], "2027-12"),
   r("深化“岗课赛证”综通", [JY, RS, "市总工会"], KEEP),
   r("开展大规模职业技能培训", [RS, JY, "市农业农村局", "市退役军人事务局"]),
   r("推进毕业生留齐就业", [RS, JY, CZ], "2025-09"),
  ],
  optionalResponsibilities=ob("推进职业院校基础设施改造", "优化职业院校布局结构", "组建市域产教联合体", "建设行业产教融合共同体",
                              "培育产教融合型企业", "动态调整专业设置", "建设高水平实训基地", "推行现代学徒制和订单培养",
                              "深化“岗课赛证”综通", "开展大规模职业技能培训", "推进毕业生留齐就业", "加强组织领导",
                              "强化经费保障", "加强督导考核", "办学条件达标工程", "产教融合平台建设工程",
                              "专业和实训基地提升工程", "校企协同育人工程", "技能人才培养培训工程")),
 dict(seed="02_jixi_education_hrss_development_finance_joint_2023_vocational_education_opinions_html_indicator_table.html",
  form="saved HTML page of a city portal (UTF-8, meta tags, scripts, a top bar, nav <ul>, breadcrumb, a th/td 信息公开 table 索引号 / 信息分类 / 发布机构 / 发文字号 / 成文日期 / 发布日期 / 主题词 naming only the first body as 发布机构, an h1 title, an info line with a script-written view count, <p style=text-indent> paragraphs with <strong> headings): a four-body joint 实施意见 (鸡西: 教育局, 人力资源和社会保障局, 发展和改革委员会, 财政局; number 鸡教联发[2023]12号 in square brackets) on 产教融合 citing three documents by number; a 到２０２５年 goal paragraph in full-width digits (８０％以上, ９５％以上, ３—５个, “十四五”期间); seven tasks each closing with a bracket of one of three forms (（责任单位：X、Y）, （X牵头，Y、Z配合）, （X、Y按职责分工负责）) holding 到2025年 figures (10所左右, 分别达到1.1万人和0.6万人, 3000人左右, 不低于20%, 2个, 6个以上, 15个左右, 100名以上, 60%以上, 每年2万人次以上, 不低于70%), yearly and per-unit standards (每年500万元, 不超过100万元, 不少于3000平方米, 至少2家, 每5年累计不少于6个月, 不超过编制总额20%, 1000元、1500元、2000元, 2万元、1万元, 50%); 保障措施 (不低于12000元, 不低于30%, 2023—2025年累计1.5亿元, 30%, 每人每月300元, 不超过6个月, 每年12月底前, 2025年底前); an HTML <table> 主要指标 序号 | 指标名称 | 2022年基数 | 2025年目标 | 责任单位 with units in the indicator cell ((%), (个), (万人次)), ≥ in the target cells, a 3—5 cell; the four-body signature two a <p> parted by &nbsp;, the date in its own <p>, footer",
  documentNumber="鸡教联发[2023]12号",
  title="鸡西市教育局 鸡西市人力资源和社会保障局 鸡西市发展和改革委员会 鸡西市财政局关于深化产教融合推动职业教育高质量发展的实施意见",
  issuers=["鸡西市教育局", "鸡西市人力资源和社会保障局", "鸡西市发展和改革委员会", "鸡西市财政局"], issueDate="2023-06-26",
  references=["国发〔2019〕4号", "国办发〔2017〕95号", "黑政办规〔2022〕17号"],
  deadlineEnds=["2025-12-31"],
  targets=[
   t(80, "%", "合作覆盖率", "gte"),
   t(95, "%", "就业率", "gte"),
   rng(3, 5, "个", "实训基地"),
   t(10, "所", "中等职业学校", "approx"),
   t(1.1*WAN, "人", "在校生规模"),
   t(0.6*WAN, "人", "在校生规模"),
   t(500*WAN, "元", "实训基地建设资金"),
   t(3000, "人", "学徒制培养人数", "approx"),
   t(20, "%", "企业兼职教师", "gte"),
   t(2, "个", "省级高水平专业群"),
   t(6, "个", "市级特色专业群", "gte"),
   t(15, "个", "专业", "approx"),
   t(100, "名", "专业课教师", "gte"),
   t(60, "%", "双师型", "gte"),
   t(2*WAN, "人次", "培训", "gte"),
   t(70, "%", "职业技能等级证书的比例", "gte"),
   t(30, "%", "地方教育附加", "gte"),
   t(1.5*YI, "元", "专项资金"),
   t(3000, "平方米", "建设面积", "gte", optional=True),
   t(100*WAN, "元", "奖补", "lte", optional=True),
   t(2, "家", "企业", "gte", optional=True),
   t(6, "个月", "企业实践", "gte", optional=True),
   t(20, "%", "编制总额", "lte", optional=True),
   t(1000, "元", "补贴", optional=True),
   t(1500, "元", "补贴", optional=True),
   t(2000, "元", "补贴", optional=True),
   t(1, "次", "技能大赛", optional=True),
   t(2*WAN, "元", "奖励", optional=True),
   t(1*WAN, "元", "奖励", optional=True),
   t(50, "%", "奖励", optional=True),
   t(12000, "元", "生均公用经费", "gte", optional=True),
   t(30, "%", "抵免", optional=True),
   t(300, "元", "实习补贴", optional=True),
   t(6, "个月", "补贴期限", "lte", optional=True),
  ],
  responsibilities=[
   r("优化职业教育结构布局", [J2, R2, F2]),
   r("建设产教融合实训基地", [F2, J2, R2, C2]),
   r("深化校企合作育人", [J2, R2]),
   r("打造高水平专业群", [J2]),
   r("加强“双师型”教师队伍建设", [J2, R2, C2]),
   r("大规模开展职业技能培训", [R2, C2, J2]),
   r("办好职业技能大赛", [R2, J2]),
   r("健全投入机制", [C2, J2]),
   r("落实激励政策", [F2, C2, R2]),
   r("职业院校与规模以上企业合作覆盖率", [J2]),
   r("职业院校毕业生就业率", [J2, R2]),
   r("“双师型”教师占专业课教师比例", [J2]),
   r("产教融合实训基地", [F2, J2]),
   r("年职业技能培训规模", [R2]),
  ],
  optionalResponsibilities=ob("加强监测评价", "总体要求", "重点任务", "保障措施")),
 dict(seed="03_keshan_county_government_office_2025_skills_talent_county_school_enterprise_plan_docx_lead_marked_cells.docx",
  form="Word file built by make_docx.py from text/03.txt: a county 人民政府办公室 关于印发 notice (克山, 齐齐哈尔; number 克政办发（2025）9号 in round full-width brackets under a red 文件头) for a 技能人才“县校企”协同培养行动实施方案 citing the city plan by number and a province plan without one; a 2025年 goal paragraph (8000人次以上, 3500人次, 2500人次, 1200人, 300人, 600人, 6个以上) and 到2026年底 goals (2.6万人, 28%左右, 不低于75%); five tasks each closing （责任单位：X、Y、Z） with figures (2025年6月底前, 200个, 每年不少于3000人次, 不低于1800元, 每年至少2期, 800元 / 1200元, 每两年…10名, 1万元, 5万元 / 2万元, 每年9月, 不少于8个); three stage headings with month periods (2025年3月—4月, 2025年5月—11月, 2025年12月), 每月25日前, 2025年12月20日前; 保障措施 with 不少于300万元 and 每季度末; a w:tbl 任务清单 序号 | 工作任务 | 具体内容 | 责任单位 | 完成时限 whose 具体内容 cells hold two paragraphs and whose 责任单位 cells mark the lead with （牵头） after the first unit; time limits 2025年6月底前 / 2025年9月 / 2025年11月底前 / 2026年12月 / 每年9月 / 长期坚持; 抄送 and 印发 lines",
  documentNumber="克政办发（2025）9号",
  title="克山县人民政府办公室关于印发《克山县技能人才“县校企”协同培养行动实施方案》的通知",
  issuers=["克山县人民政府办公室"], issueDate="2025-03-12",
  references=["齐政办发〔2025〕17号"],
  deadlineEnds=["2025-12-31", "2026-12-31", "2025-06-30", "2025-04-30", "2025-11-30", "2025-12-20", "2025-09-30"],
  targets=[
   t(8000, "人次", "职业技能培训", "gte"),
   t(3500, "人次", "转移就业技能培训"),
   t(2500, "人次", "实用技术培训"),
   t(1200, "人", "新增技能人才"),
   t(300, "人", "高技能人才"),
   t(600, "人", "招生规模"),
   t(6, "个", "订单班", "gte"),
   t(2.6*WAN, "人", "技能人才总量"),
   t(28, "%", "高技能人才占技能人才比例", "approx"),
   t(75, "%", "对口就业率", "gte"),
   t(200, "个", "实训工位"),
   t(3000, "人次", "面向社会开展培训", "gte"),
   t(10, "名", "克山工匠"),
   t(8, "个", "赛项", "gte"),
   t(300*WAN, "元", "专项资金", "gte"),
   t(1800, "元", "实习报酬", "gte", optional=True),
   t(2, "期", "集中培训", "gte", optional=True),
   t(800, "元", "培训补贴", optional=True),
   t(1200, "元", "培训补贴", optional=True),
   t(1*WAN, "元", "一次性奖励", optional=True),
   t(5*WAN, "元", "资助", optional=True),
   t(2*WAN, "元", "资助", optional=True),
  ],
  responsibilities=[
   r("建强县职教中心培训主阵地", [KJ, KR, KC], "2025-06"),
   r("推行“订单式”校企联合培养", [KG, KJ, KK]),
   r("开展农村劳动力技能培训", [KR, KN, XZ]),
   r("加快高技能人才培养", [KR, KZ, KC]),
   r("以赛促训提升技能水平", [KR, KJ, KZ]),
   r("实训条件改造", [KJ, KC], "2025-06"),
   r("校企合作订单班", [KJ, KG, KK], "2025-09"),
   r("农村劳动力培训", [KR, KN, XZ], "2025-11"),
   r("高技能人才培养", [KR, KZ], "2026-12"),
   r("职业技能大赛", [KR, KJ, KZ]),
   r("培训资金保障", [KC, KR], KEEP),
  ],
  optionalResponsibilities=ob("动员部署阶段", "组织实施阶段", "总结评估阶段", "加强组织领导", "强化资金保障", "营造良好氛围",
                              "领导小组")),
 dict(seed="04_nehe_education_bureau_2025_secondary_vocational_enrolment_notice_school_quota_table_stages.txt",
  form="text copied from a county-level city portal page (讷河, 齐齐哈尔; navigation lines, an 信息索引号 / 发布机构 / 文号 / 生成日期 / 公开方式 block one label a line, the title, a 发布时间/来源 line): an 教育局 notice on 2025年中等职业学校招生 citing a province department notice and a city plan by number; a 2025年 enrolment paragraph (1350人, 900人, 200人, 450人, 职普比不低于4:6); a tab-laid quota table 学校名称 | 招生专业 | 计划数（人） | 学制 with bare counts, 3年 / 5年 and a 合计 row with an empty cell; conditions (不超过20周岁, 250分以上); stages with day periods without a year (5月12日—6月10日, 6月20日—6月25日, 7月10日—8月15日), 6月26日前, 8月15日前, an event day (9月1日新生报到); 资助 standards (每生每年2000元, 6000元, 500元, 不少于5个工作日); 职业吸引力 goals (不少于1次, 不少于2000人次, 不少于120人, 不低于1500元, 65%以上, 80%以上, 5月至6月间); penalties 10%—20%, 30日内, 100%, 9月30日前, 每周五前, 9月20日前; a contact line with a landline, annex lines, the signature",
  documentNumber="讷教发〔2025〕23号",
  title="讷河市教育局关于做好2025年中等职业学校招生工作的通知",
  issuers=["讷河市教育局"], issueDate="2025-05-09",
  references=["黑教发〔2025〕11号", "齐教发〔2025〕8号"],
  deadlineEnds=["2025-12-31", "2025-06-10", "2025-06-25", "2025-06-26", "2025-08-15", "2025-06-30", "2025-09-30",
                "2025-09-20"],
  targets=[
   t(1350, "人", "计划招生"),
   t(900, "人", "全日制学历教育新生"),
   t(200, "人", "贯通培养"),
   t(450, "人", "民办中等职业学校招生"),
   t(100, "%", "覆盖率"),
   t(100, "%", "人籍一致率"),
   t(2000, "人次", "参与学生", "gte"),
   t(120, "人", "订单班招生", "gte"),
   t(65, "%", "升学率", "gte"),
   t(80, "%", "对口就业率", "gte"),
   t(700, "人", "讷河市职业技术教育中心学校", optional=True, cell=True),
   t(250, "人", "龙江科技职业学校", optional=True, cell=True),
   t(200, "人", "兴华职业学校", optional=True, cell=True),
   t(2, "次", "宣传活动", "gte", optional=True),
   t(2000, "元", "资助标准", optional=True),
   t(6000, "元", "国家奖学金", optional=True),
   t(500, "元", "招生奖补", optional=True),
   t(5, "个工作日", "公示", "gte", optional=True),
   t(1, "次", "职业体验活动", "gte", optional=True),
   t(1500, "元", "实习报酬", "gte", optional=True),
   t(30, "日", "电子学籍注册", "lte", optional=True),
   rng(10, 20, "%", "招生计划", optional=True),
  ],
  responsibilities=[],
  optionalResponsibilities=ob("严格招生纪律", "规范学籍管理", "做好统计报送", "压实工作责任", "开展职业启蒙体验",
                              "推进产教融合招生", "落实升学就业通道", "宣传咨询阶段", "志愿填报阶段", "录取阶段")),
]

def fold(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))

def doc_text(name):
    path = os.path.join("docs", name)
    if name.endswith(".docx"):
        with zipfile.ZipFile(path) as z:
            return fold(re.sub(r"<[^>]+>", "", z.read("word/document.xml").decode("utf-8")))
    s = open(path, encoding="utf-8").read()
    if name.endswith(".html"):
        s = re.sub(r"<(script|style)[^>]*>.*?</\1>", "", s, flags=re.S)
        s = html.unescape(re.sub(r"<[^>]+>", "", s))
    return fold(s)

def printed(v):
    return ("%f" % v).rstrip("0").rstrip(".")

def forms(value, unit, bare=False):
    """The printed forms a value may take: as is, or folded to 万/亿 before the unit."""
    if bare:
        return [printed(value)]
    out = [printed(value) + unit, printed(value) + "个" + unit]
    for f, name in ((YI, "亿"), (WAN, "万")):
        if value >= f / 10:
            out.append(printed(value / f) + name + unit)
            out.append("%.1f" % (value / f) + name + unit)
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
    y, m, d = g["issueDate"].split("-")
    checks.append("%s年%d月%d日" % (y, int(m), int(d)))
    for c in checks:
        if fold(c) not in text:
            problems += 1
            print("missing", g["seed"][:2], c)
    for x in g["targets"]:
        if "min" in x:
            if not any(fold("%d%s%s%d%s" % (x["min"], u, sep, x["max"], x["unit"])) in text
                       for sep in ("—", "至", "-") for u in ("", x["unit"])):
                problems += 1
                print("range missing", g["seed"][:2], x)
            continue
        fs = forms(x["value"], x["unit"], x.pop("cell", False))
        if not any(fold(f) in text for f in fs):
            problems += 1
            print("value missing", g["seed"][:2], x)
    out = os.path.join("gold", g["seed"].rsplit(".", 1)[0] + ".json")
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(g, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
print("problems:", problems)
