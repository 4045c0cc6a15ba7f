"""Writes gold/*.json for probe57 and checks that every printed item occurs in its document.

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

SJY, SRS, SBB, SCZ, SZJ, SFG, XQ = "市教育局", "市人力资源和社会保障局", "市委编办", "市财政局", "市住房和城乡建设局", "市发展和改革委员会", "各县（区）人民政府"
HJW, HSJ, HGA, HWJ = "区教委", "区市场监管局", "公安海淀分局", "区卫生健康委"
O = dict(optional=True)

GOLD = [
 dict(seed="01_shigatse_city_office_2024_2026_rural_teacher_support_plan_docx_auto_numbering_allowance_task_table.docx",
  form="Word file built by make_docx.py from text/01.txt: a city 人民政府办公室 关于印发 notice (日喀则, 西藏; 日政办发) for a 乡村教师支持计划实施方案（2024—2026年）, red masthead, the central 意见 cited without a number and three documents by number (教师, 藏政办发, 藏教人); sections and sub-sections numbered only by Word (w:numPr), nine typed 1.…9. items each closing （责任单位：X、Y…）, 各县（区）人民政府 among the units; a 到2026年 goal paragraph (600名以上, 85%以上, 100%, 1.2万人次, 每年不少于72学时, 300套); item figures (每年不少于200名, 每年150名左右 over 2024—2026年, 1年以上, 不低于10% / 20%, 2024年12月底前 18个县（区）, 提高5个百分点, 满25年; allowance standards 每人每月800元 / 1000元 / 1400元 and 4500米以上 每人每月再增加200元, a 4:6 split; 每年12月底前; 2024年完成120套, 2025年底前累计300套; 300名, 20个, 每学期不少于2次; 满20年、30年, 每年50名); 保障措施 (每半年1次, 2024年6月30日前, 每年不少于3000万元, 5%, 每年1次); an annex w:tbl 序号 | 重点任务 | 牵头单位 | 责任单位 | 完成时限 of eight rows (2024年6月底前 / 2024年12月底前 twice / 2025年12月底前 / 每月 / 每年12月底前 / 2024—2026年 / 长期坚持), one led by 各县（区）人民政府; 抄送 and 印发 lines",
  documentNumber="日政办发〔2024〕29号",
  title="日喀则市人民政府办公室关于印发《日喀则市乡村教师支持计划实施方案（2024—2026年）》的通知",
  issuers=["日喀则市人民政府办公室"], issueDate="2024-05-14",
  references=["教师〔2020〕5号", "藏政办发〔2016〕22号", "藏教人〔2022〕7号"],
  deadlineEnds=["2026-12-31", "2024-12-31", "2025-12-31", "2024-06-30"],
  targets=[
   t(600, "名", "补充乡村教师", "gte"),
   t(85, "%", "学历比例", "gte"),
   t(100, "%", "覆盖率"),
   t(1.2*WAN, "人次", "培训"),
   t(72, "学时", "参加培训", "gte", **O),
   t(300, "套", "周转宿舍"),
   t(200, "名", "补充乡村教师", "gte"),
   t(150, "名", "定向培养", "approx"),
   t(1, "年", "任教经历", "gte", **O),
   t(10, "%", "交流轮岗", "gte"),
   t(20, "%", "骨干教师", "gte"),
   t(18, "个", "县管校聘"),
   t(5, "百分点", "岗位比例"),
   t(25, "年", "任教满", **O),
   t(800, "元", "一类地区", **O),
   t(1000, "元", "二类地区", **O),
   t(1400, "元", "三类地区", **O),
   t(4500, "米", "海拔", "gte", **O),
   t(200, "元", "每人每月", **O),
   t(120, "套", "周转宿舍"),
   t(300, "名", "骨干教师"),
   t(20, "个", "名师工作室"),
   t(2, "次", "送教下乡", "gte", **O),
   t(20, "年", "从教满", **O),
   t(30, "年", "从教满", **O),
   t(50, "名", "优秀乡村教师"),
   t(1, "次", "联席会议", **O),
   t(3000*WAN, "元", "专项资金", "gte"),
   t(5, "%", "培训经费"),
   t(1, "次", "专项督导", **O),
  ],
  responsibilities=[
   r("加大公开招聘力度", [SJY, SRS, SBB]),
   r("推进城乡教师交流轮岗", [SJY, XQ]),
   r("全面推行县管校聘", [SBB, SJY, SRS], "2024-12"),
   r("优化乡村学校岗位结构", [SRS, SJY]),
   r("足额发放乡村教师生活补助", [SCZ, SJY, XQ]),
   r("健全工资收入长效联动机制", [XQ, SCZ, SRS]),
   r("改善乡村教师生活条件", [SZJ, SJY, SFG]),
   r("实施乡村教师全员培训", [SJY, SCZ]),
   r("开展乡村教师表彰", [SJY, SRS]),
   r("制定县（区）乡村教师支持计划实施办法", [XQ, SJY], "2024-06"),
   r("全面完成县管校聘管理改革", [SBB, SJY, SRS], "2024-12"),
   r("完成第一批乡村教师周转宿舍120套", [SZJ, SJY, SFG], "2024-12"),
   r("累计建成乡村教师周转宿舍300套", [SZJ, SJY, SFG], "2025-12"),
   r("按月发放乡村教师生活补助", [SCZ, SJY, XQ]),
   r("开展乡村教师工资待遇核查", [SRS, SCZ, SJY]),
   r("完成乡村教师培训1.2万人次", [SJY, SCZ], "2026"),
   r("评选优秀乡村教师", [SJY, SRS]),
  ],
  optionalResponsibilities=ob("加强组织领导", "强化经费保障", "加强督导考核", "联席会议制度")),
 dict(seed="02_haidian_education_market_police_health_joint_2024_school_food_campus_safety_inspection_notice_html_dl_div_pairs_person_column_table.html",
  form="saved HTML page of a district government portal (meta SiteName / ColumnName / ArticleTitle / PubDate 2024-08-30 16:20 / ContentSource, a style block, a jQuery script, top links, a search form, nav <ul>, 当前位置 breadcrumb with &gt;): an 信息公开 block as one <dl> whose <dt>/<dd> pairs sit two a row in <div class=pair> inside <div class=row> (labels without colons: 索引号 / 主题分类, 发文机构 (the first body) / 联合发文单位 (the other three parted by 、), 发文字号 / 成文日期 2024-08-28, 发布日期 / 有效性), an h1 title, a 发布时间 / 来源 / 字号 line; a four-body joint notice (北京市海淀区: 教育委员会, 市场监督管理局, 北京市公安局海淀分局, 卫生健康委员会) numbered in the 联发 form (海教联发) on a 学校食品安全和校园安全专项检查 for the 2024 autumn term; a 规定 cited by title only and two city documents by number (京教勤, 京教安); the scope (200米, 386所, 412个, 23家); a 工作目标 paragraph (100% twice, 85%以上, 不少于500批次, 3000人次以上, three rates 均达到100%, 100%); five stages with day periods in brackets (2024年8月28日—9月6日 / 9月7日—9月30日 / 10月8日—11月15日 / 11月16日—12月15日 / 12月16日—12月25日) holding 6个 groups and 15个工作日; a 第一责任人 / 直接责任人 sentence; an HTML <table> 序号 | 检查内容 | 牵头单位 | 配合单位 | 责任人 | 完成时限 of six rows whose 责任人 cells name posts (区市场监管局分管副局长 …) and whose time limits are days (2024年11月15日前 / 9月30日前 / 10月31日前 / 12月15日前); 工作要求 (每学期不少于2次, 不少于12个月, 9月30日前 1次 and 1次, 每年不少于40小时, 每月5日前, 1小时内); a contact line with a person and a phone number; two attachments; the four-body signature two a line with &nbsp;, the date, （此件主动公开）, attachment links, 【打印本页】【关闭窗口】, footer with ICP numbers",
  documentNumber="海教联发〔2024〕6号",
  title="北京市海淀区教育委员会 北京市海淀区市场监督管理局 北京市公安局海淀分局 北京市海淀区卫生健康委员会关于开展2024年秋季学期学校食品安全和校园安全专项检查的通知",
  issuers=["北京市海淀区教育委员会", "北京市海淀区市场监督管理局", "北京市公安局海淀分局", "北京市海淀区卫生健康委员会"],
  issueDate="2024-08-28",
  references=["京教勤〔2024〕3号", "京教安〔2024〕11号"],
  deadlineEnds=["2024-09-06", "2024-09-30", "2024-10-31", "2024-11-15", "2024-12-15", "2024-12-25"],
  targets=[
   t(200, "米", "校园周边", **O),
   t(386, "所", "学校（园）", **O),
   t(412, "个", "学校食堂", **O),
   t(23, "家", "供餐单位", **O),
   t(100, "%", "检查覆盖率"),
   t(100, "%", "明厨亮灶"),
   t(85, "%", "A级比例", "gte"),
   t(500, "批次", "食品样品", "gte"),
   t(3000, "人次", "培训", "gte"),
   t(100, "%", "达标率"),
   t(100, "%", "整改率"),
   t(6, "个", "联合检查组", **O),
   t(15, "个工作日", "重大隐患", **O),
   t(2, "次", "食品安全自查", "gte", **O),
   t(12, "个月", "陪餐记录", "gte", **O),
   t(1, "次", "食品安全知识培训", **O),
   t(1, "次", "应急疏散演练", **O),
   t(40, "小时", "培训时间", "gte", **O),
   t(1, "小时", "报告", **O),
  ],
  responsibilities=[
   r("检查学校食堂食品原料采购查验和索证索票", [HSJ, HJW], "2024-11-15"),
   r("开展学校食堂及供餐单位食品抽检", [HSJ, HJW, "区疾控中心"], "2024-11-15"),
   r("落实校长（园长）陪餐和家长委员会监督制度", [HJW, "各中小学校", "幼儿园"], "2024-09-30"),
   r("检查学校传染病防控和饮用水卫生", [HWJ, "区疾控中心", HJW], "2024-10-31"),
   r("检查校园“护学岗”和封闭化管理落实情况", [HGA, HJW, "各街道办事处"], "2024-11-15"),
   r("整治校园周边食品经营和交通秩序", [HGA, HSJ, "区城管执法局"], "2024-12-15"),
  ],
  optionalResponsibilities=ob("动员部署阶段", "学校自查阶段", "联合检查阶段", "整改复查阶段", "总结提升阶段",
                              "压实工作责任", "强化培训演练", "严格责任追究", "及时报送信息", "第一责任人")),
 dict(seed="03_nyingchi_city_office_2024_2027_county_high_school_revitalisation_plan_text_goal_paragraphs_lead_support_lines.txt",
  form="plain text of a city 人民政府办公室 notice as typed (林芝, 西藏; 林政办发; masthead line, the number on its own line, the title over two lines, addressees naming 巴宜区、米林市 and 各县, full-width-space indents): a 县域普通高中振兴行动计划（2024—2027年）, a ministry notice with 〈〉 inside 《》 and a region plan cited by number (教基, 藏教发); goals in two paragraphs 到2025年 (92%以上, 56人以上, 80%以上) and 到2027年 (稳定在95%以上, 新建2所, 改扩建3所, 3000个, 100%, 15%以上, 不低于20%, 提高5个百分点以上); six tasks （一）…（六） each heading on its own line, then its paragraph, then a `牵头单位：X；配合单位：Y、Z` line (one with two lead units, one whose supporting list ends `，各县（区）人民政府`) and a `完成时限：` line (2027年12月底前 / 2026年12月底前 / 2025年12月底前 / 长期坚持 / 每年8月底前 / 2025年9月底前); task figures (2026年8月底前 各1所, 3所, 3000人以内, 50人以内; 60间, 1.5万平方米, 40册以上; 每年不少于80名, 2025年底前, 200名, 10名; 每年不少于60名, 3个, 不少于4次; 98%以上; 2025年秋季学期起, 1个, 30门); 保障措施 (不少于2次, 2024年9月30日前, 1.2亿元, 每生每年不低于1500元, 每年1次, 2027年底前); 抄送 and 印发 lines",
  documentNumber="林政办发〔2024〕18号",
  title="林芝市人民政府办公室关于印发《林芝市县域普通高中振兴行动计划（2024—2027年）》的通知",
  issuers=["林芝市人民政府办公室"], issueDate="2024-07-09",
  references=["教基〔2021〕8号", "藏教发〔2022〕31号"],
  deadlineEnds=["2025-12-31", "2027-12-31", "2026-08-31", "2026-12-31", "2025-09-30", "2024-09-30"],
  targets=[
   t(92, "%", "毛入学率", "gte"),
   t(56, "人", "大班额", "gte", **O),
   t(80, "%", "达标率", "gte"),
   t(95, "%", "毛入学率", "gte"),
   t(2, "所", "新建普通高中"),
   t(3, "所", "改扩建"),
   t(3000, "个", "学位"),
   t(100, "%", "达标率"),
   t(15, "%", "研究生学历比例", "gte"),
   t(20, "%", "骨干教师占比", "gte"),
   t(5, "百分点", "本科上线率", "gte"),
   t(1, "所", "普通高中", **O),
   t(3000, "人", "办学规模", "lte", **O),
   t(50, "人", "班额", "lte", **O),
   t(60, "间", "学科实验室"),
   t(1.5*WAN, "平方米", "学生宿舍"),
   t(40, "册", "生均图书", "gte", **O),
   t(80, "名", "专任教师", "gte"),
   t(200, "名", "骨干教师"),
   t(10, "名", "名校长"),
   t(60, "名", "援藏教师", "gte"),
   t(3, "个", "教育集团"),
   t(4, "次", "联合教研", "gte", **O),
   t(98, "%", "完成率", "gte"),
   t(1, "个", "学生发展指导中心", **O),
   t(30, "门", "特色课程"),
   t(2, "次", "联席会议", "gte", **O),
   t(1.2*YI, "元", "专项资金"),
   t(1500, "元", "生均公用经费", "gte", **O),
   t(1, "次", "专项督导", **O),
  ],
  responsibilities=[
   r("扩大优质学位供给", [SJY, SFG, "市自然资源局", SZJ, XQ], "2027-12"),
   r("改善县中办学条件", [SJY, SCZ, SFG], "2026-12"),
   r("加强县中教师队伍建设", [SJY, SBB, SRS], "2025-12"),
   r("深化广东援藏和集团化办学", [SJY, "市援藏工作办公室", XQ]),
   r("规范招生管理", [SJY, "市公安局", "市教育考试院"]),
   r("推进育人方式改革", [SJY, "市教育科学研究所"], "2025-09"),
  ],
  optionalResponsibilities=ob("加强组织领导", "加大经费投入", "强化督导评估", "联席会议制度")),
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
