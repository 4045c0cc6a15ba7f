"""Writes gold/*.json for probe61 and checks that every printed item occurs in its document.

Values are checked with their unit (亿/万 folded back to the printed form; a cell of an indicator table whose unit sits
in the 单位 column is checked as printed, with the unit column's 万), ranges as printed (3—5个 or 1至2年). HTML pages are
checked as their text (scripts and styles dropped, tags dropped, entities unescaped), the .docx as the text of
word/document.xml (so the headings numbered by Word are checked without 一、 / （一）); full-width forms are folded.
Run from this folder: python3 make_gold.py
"""
import html, json, os, re, unicodedata, zipfile

def t(value, unit, key, comparator=None, optional=False, cell=None):
    d = {"value": value, "unit": unit, "key": key}
    if comparator:
        d["comparator"] = comparator
    if optional:
        d["optional"] = True
    if cell:
        d["cell"] = cell
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

QJY, QFG, QCZ = "区教育局", "区发展和改革局", "区财政局"
DJY, DFG, DCZ = "市教育局", "市发展和改革局", "市财政局"
O = dict(optional=True)

GOLD = [
 dict(seed="01_nanhai_district_office_2024_2026_school_places_construction_plan_docx_auto_numbering_project_table.docx",
  form="Word file built by make_docx.py from text/01.txt: a district 人民政府办公室 关于印发 notice (佛山市南海区, 广东; 南府办) for a 中小学学位建设三年行动计划（2024—2026年）, red masthead, a province and a city document cited by number (粤府办, 佛府办); sections and sub-sections numbered only by Word (w:numPr), eight typed 1.…8. items each closing （责任单位：X、Y…）, 各镇人民政府（街道办事处） among the units; a goal paragraph over 2024—2026年 and 到2026年 (30所, 其中新建12所、改扩建18所, 5.4万个 with 其中 3.1万个 / 2.3万个, 70%以上, 56人以上, 100%, 约68亿元); item figures (2024年6月底前; 每千人不少于90个; 2024年 8所, 2025年底前 6所, 2026年9月底前 12所, 3.6万个; 60个工作日以内, 不超过10个工作日; 18所, 1.8万个, 2025年12月底前 10所; 至少1个, 80%以上; a 5:5 split, 不少于20亿元; 2500名以上, 1个月); 保障措施 (每季度1次, 2024年4月30日前, 每半年1次); an annex w:tbl 序号 | 项目名称 | 新增学位（个） | 责任单位 | 完成时限 of six school projects by name with bare place counts and month deadlines; 抄送 and 印发 lines",
  documentNumber="南府办〔2024〕15号",
  title="佛山市南海区人民政府办公室关于印发《佛山市南海区中小学学位建设三年行动计划（2024—2026年）》的通知",
  issuers=["佛山市南海区人民政府办公室"], issueDate="2024-03-26",
  references=["粤府办〔2023〕11号", "佛府办〔2023〕9号"],
  deadlineEnds=["2026-12-31", "2024-06-30", "2025-12-31", "2026-09-30", "2024-12-31", "2024-04-30", "2025-08-31",
                "2026-08-31", "2025-06-30"],
  targets=[
   t(30, "所", "公办中小学校"),
   t(12, "所", "新建学校"),
   t(18, "所", "改扩建"),
   t(5.4*WAN, "个", "学位"),
   t(3.1*WAN, "个", "小学学位"),
   t(2.3*WAN, "个", "初中学位"),
   t(70, "%", "占比", "gte"),
   t(56, "人", "大班额", "gte", **O),
   t(100, "%", "达标率"),
   t(68*YI, "元", "建设资金", "approx"),
   t(90, "个", "义务教育学位", "gte", **O),
   t(8, "所", "开工建设"),
   t(6, "所", "建成投用"),
   t(3.6*WAN, "个", "学位"),
   t(60, "个工作日", "审批时间", "lte", **O),
   t(10, "个工作日", "施工图审查", "lte", **O),
   t(1.8*WAN, "个", "学位"),
   t(10, "所", "完成"),
   t(1, "个", "教育集团", "gte", **O),
   t(80, "%", "覆盖率", "gte"),
   t(20*YI, "元", "专项债券", "gte"),
   t(2500, "名", "教师", "gte"),
   t(1, "个月", "教师配备", **O),
   t(1, "次", "专题会议", **O),
   t(1, "次", "专项督查", **O),
   t(2400, "个", "映月中学", cell="2400", **O),
   t(2160, "个", "凤池小学", cell="2160", **O),
   t(3600, "个", "河村实验学校", cell="3600", **O),
   t(1350, "个", "罗村第二初级中学", cell="1350", **O),
   t(900, "个", "儒林第一小学", cell="900", **O),
   t(1500, "个", "西樵高级中学", cell="1500", **O),
  ],
  responsibilities=[
   r("开展学位供需测算", [QJY, QFG, "区公安分局"], "2024-06"),
   r("落实教育用地保障", ["区自然资源局", "区住房城乡建设和水利局", QJY]),
   r("推进新建学校项目", [QJY, "区代建中心", "各镇人民政府（街道办事处）"]),
   r("优化项目审批流程", ["区政务服务数据管理局", QFG, "区住房城乡建设和水利局"]),
   r("实施改扩建工程", [QJY, "各镇人民政府（街道办事处）"]),
   r("推进集团化办学扩容", [QJY]),
   r("多渠道筹措建设资金", [QCZ, QFG, QJY]),
   r("同步配齐教师队伍", ["区委编办", QJY, "区人力资源和社会保障局"]),
   r("南海区桂城映月中学新建工程", [QJY, "桂城街道办事处"], "2025-08"),
   r("南海区大沥镇凤池小学新建工程", [QJY, "大沥镇人民政府"], "2024-12"),
   r("南海区里水镇河村实验学校新建工程", ["区代建中心", "里水镇人民政府"], "2026-08"),
   r("南海区狮山镇罗村第二初级中学改扩建工程", [QJY, "狮山镇人民政府"], "2025-12"),
   r("南海区九江镇儒林第一小学改扩建工程", [QJY, "九江镇人民政府"], "2025-06"),
   r("南海区西樵镇西樵高级中学扩容工程", [QJY, "西樵镇人民政府"], "2026-09"),
  ],
  optionalResponsibilities=ob("加强组织领导", "严格督导考核", "工作专班", "责任主体", "学位建设年度计划")),
 dict(seed="02_dongguan_education_development_finance_joint_2024_after_school_service_notice_html_four_column_meta_table_square_bracket_number.html",
  form="saved HTML page of a city 教育局 portal (meta SiteName / SiteDomain / ColumnName / ColumnType / ArticleTitle / PubDate 2024-08-23 10:05 / ContentSource / Keywords, a style block, a zoom script, a top bar, a banner, a menu, 您现在的位置 breadcrumb with &gt;): the 信息公开 block as a <table> of four columns (label | value | label | value, labels with spaced-out characters and full-width colons: 索 引 号 / 分　　类, 发布机构 (the first body only) / 成文日期 2024-08-20, 名　　称 over colspan=3, 文　　号 / 发布日期, 主 题 词 / 有 效 性), the title in a div, a 发布时间 / 来源 / 字体 line; a three-body joint notice (东莞市: 教育局, 发展和改革局, 财政局) numbered with square brackets 东教[2024]28号 on 中小学课后服务; a central 意见 cited by title only, a province and a city document by number (粤教基函, 东府办); a 工作目标 paragraph (2024年秋季学期起 100%, 90%以上; 到2025年底 100所, 不少于10门, 60%以上); service hours (每周5天, 每天不少于2小时, 不超过2小时), fee caps 每生每学期不超过300元 / 400元, a 2024年10月底前 白名单 and 不超过30%, 每生每年200元, 约2.4亿元, 不低于80%, 15个工作日内; each item closing a （X牵头，Y、Z配合） / （X负责） / （X、Y按职责分工负责） bracket; 工作要求 (2024年9月15日前, 每学期1次, 低于80%); a contact line; the three-body signature two then one a line, the date, （此件主动公开）, share links, footer with ICP numbers",
  documentNumber="东教[2024]28号",
  title="东莞市教育局 东莞市发展和改革局 东莞市财政局关于进一步规范中小学课后服务工作的通知",
  issuers=["东莞市教育局", "东莞市发展和改革局", "东莞市财政局"], issueDate="2024-08-20",
  references=["粤教基函〔2023〕15号", "东府办〔2023〕42号"],
  deadlineEnds=["2025-12-31", "2024-10-31", "2024-09-15"],
  targets=[
   t(100, "%", "覆盖率"),
   t(90, "%", "参与率", "gte"),
   t(100, "所", "示范学校"),
   t(10, "门", "特色课程", "gte", **O),
   t(60, "%", "校外优质资源", "gte"),
   t(5, "天", "每周", **O),
   t(2, "小时", "每天", "gte", **O),
   t(2, "小时", "自习", "lte", **O),
   t(30, "%", "校外人员", "lte", **O),
   t(300, "元", "每生每学期", "lte", **O),
   t(400, "元", "延时托管", "lte", **O),
   t(200, "元", "每生每年", **O),
   t(2.4*YI, "元", "补助资金", "approx"),
   t(80, "%", "劳务补助", "gte"),
   t(15, "个工作日", "公示", **O),
   t(1, "次", "专项督查", **O),
  ],
  responsibilities=[
   r("保障服务时长", [DJY, "各园区（镇、街道）教育管理中心"]),
   r("丰富服务内容", [DJY]),
   r("用好校外资源", [DJY, "市市场监督管理局", "市科学技术局"], "2024-10"),
   r("执行收费标准", [DFG, DJY, DCZ]),
   r("落实财政补助", [DCZ, DJY]),
   r("规范经费管理", [DJY, DCZ]),
  ],
  optionalResponsibilities=ob("工作要求", "实施方案", "专项督查")),
 dict(seed="03_quanzhou_education_hrss_finance_joint_2024_high_level_education_talent_introduction_measures_text_articles_award_tiers.txt",
  form="plain text of a three-body joint 关于印发 notice as copied from a portal (泉州, 福建; 泉教人): the three bodies' masthead one a line, the number on its own line, the title over two lines with the bodies parted by full-width spaces, addressees naming 泉州开发区 and 泉州台商投资区; a 高层次教育人才引进办法 in fourteen 第X条 articles under five 第X章 headings, a province and a city document cited by number (闽政办, 泉委发); a 2024—2026年 goal in an article (300名以上, 其中 A类、B类 不少于30名, 每年不超过120名); four talent classes with age conditions (55 / 50 / 45 / 30周岁, 5年以上); a 不少于5年 service term; tiered 安家补助 60万元 / 40万元 / 20万元 / 10万元 paid over 3年 with 首年50%; 租房补贴 每人每月3000元 / 1500元 for 最长5年, a 购房补贴 最高不超过30万元; 绩效工资 20%; 每年3月底前 plans, 不少于5个工作日 publicity; a yearly fund 不少于5000万元 and a 3:7 split; a 负责 article; validity 自2024年5月1日起 至2026年12月31日; 抄送 and 印发 lines",
  documentNumber="泉教人〔2024〕9号",
  title="泉州市教育局 泉州市人力资源和社会保障局 泉州市财政局关于印发《泉州市高层次教育人才引进办法》的通知",
  issuers=["泉州市教育局", "泉州市人力资源和社会保障局", "泉州市财政局"], issueDate="2024-04-18",
  references=["闽政办〔2022〕28号", "泉委发〔2021〕6号"],
  deadlineEnds=["2026-12-31"],
  targets=[
   t(300, "名", "高层次教育人才", "gte"),
   t(30, "名", "B类人才", "gte"),
   t(120, "名", "引进名额", "lte"),
   t(60*WAN, "元", "安家补助", **O),
   t(40*WAN, "元", "安家补助", **O),
   t(20*WAN, "元", "安家补助", **O),
   t(10*WAN, "元", "安家补助", **O),
   t(3, "年", "发放", **O),
   t(50, "%", "首年", **O),
   t(3000, "元", "租房补贴", **O),
   t(1500, "元", "租房补贴", **O),
   t(5, "年", "最长享受", **O),
   t(30*WAN, "元", "购房补贴", "lte", **O),
   t(20, "%", "绩效工资", **O),
   t(5, "个工作日", "公示期", "gte", **O),
   t(5000*WAN, "元", "专项资金", "gte"),
  ],
  responsibilities=[],
  optionalResponsibilities=ob("负责引进计划统筹", "负责岗位设置", "负责专项资金保障", "负责解释", "年度引进计划",
                              "分配到各县（市、区）", "统筹安排")),
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

def forms(value, unit):
    """The printed forms a value may take: as is, or folded to 万/亿 before the unit."""
    out = [printed(value) + unit, printed(value) + "个" + unit]
    for f, name in ((YI, "亿"), (WAN, "万")):
        if value >= f / 10:
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
    y, m, d = g["issueDate"].split("-")
    checks.append("%s年%d月%d日" % (y, int(m), int(d)))
    for c in checks:
        if fold(c) not in text:
            problems += 1
            print("missing", g["seed"][:2], c)
    for x in g["targets"]:
        if x.get("comparator") is None:
            x.pop("comparator", None)
        if "min" in x:
            if not any(fold("%d%s%d%s" % (x["min"], sep, x["max"], x["unit"])) in text for sep in ("—", "至")):
                problems += 1
                print("range missing", g["seed"][:2], x)
            continue
        c = x.pop("cell", None)
        if c is not None:
            if fold(c) not in text:
                problems += 1
                print("cell missing", g["seed"][:2], x)
            continue
        if not any(fold(f) in text for f in forms(x["value"], x["unit"])):
            problems += 1
            print("value missing", g["seed"][:2], x)
    out = os.path.join("gold", g["seed"].rsplit(".", 1)[0] + ".json")
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(g, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
print("problems:", problems)
