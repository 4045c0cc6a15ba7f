"""Writes gold/*.json for probe58 and checks that every printed item occurs in its document.

Values are checked with their unit (亿/万 folded back to the printed form), ranges as printed. The HTML page is checked as
its text (scripts and styles dropped, tags dropped, entities unescaped), the .docx as the text of word/document.xml (so
the headings numbered by Word are checked without 一、 / （一）), the text copied from a PDF without its `— N —`
page-number lines (a value or key cut by a page break is checked joined, as a reader reads it); full-width forms are
folded. Run from this folder: python3 make_gold.py
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

def cell(value, unit, key, printed_as):
    """A bare table cell: the unit comes from the column header; checked as printed."""
    return t(value, unit, key, optional=True, cell=printed_as)

JT = "旗教育体育局"
JCW, JAQ, ZJ = "旗教育体育局计划财务股", "旗教育体育局安全稳定股", "旗住房和城乡建设局"
FG = "旗发展和改革委员会"
YJ, YF, YC, YD = "市教育局", "市发展和改革委员会", "市财政局", "市大数据管理服务局"
XJ, XC = "各县（市、区）教育局", "各县（市、区）财政局"

GOLD = [
 dict(seed="01_jungar_banner_education_sports_bureau_2024_school_building_safety_weak_school_upgrade_plan_docx_project_table.docx",
  form="Word file built by make_docx.py from text/01.txt: a 旗 教育体育局 关于印发 notice (准格尔旗, 鄂尔多斯市, 内蒙古; 准教体发) for its own 2024年校舍安全保障和薄弱学校改造提升项目实施方案, red masthead, an autonomous-region two-body notice (a space between 教育厅 and 财政厅 in its title) and a city bureau notice cited by number, the addressees 各苏木乡镇中心学校 / 局机关各股室; the sections and sub-sections numbered only by Word (w:numPr), six typed 1.…6. items (the number in a run of its own) each closing （责任单位：X、Y） with 股 sections of the bureau; a 2024年，… goal paragraph (项目8个, 1.28亿元, 2.6万平方米, 1.1万平方米, 100% twice, 到2024年底 100%, 学位1500个以上, 56人以上大班额 清零 as a condition); item figures (2024年4月底前 86所, 每月1次, 2024年8月底前 一人一床, 1500个以上 again, 100% three times, 100%, 每季度1次); 保障措施 (每月1次, 不低于40%, 每月25日前 reports, a 2024年12月15日前 summary); an attached project table as a real w:tbl 项目名称 | 建设内容 | 投资（万元） | 责任单位 | 完成时限 (eight rows, bare investment cells adding up to 1.28亿元, scales in the 建设内容 cells, two units a cell parted by 、, 2024年N月底前 cells); 抄送 and 印发 lines",
  documentNumber="准教体发〔2024〕17号",
  title="准格尔旗教育体育局关于印发《准格尔旗2024年校舍安全保障和薄弱学校改造提升项目实施方案》的通知",
  issuers=["准格尔旗教育体育局"], issueDate="2024-03-26",
  references=["内教发〔2024〕9号", "鄂教体发〔2024〕21号"],
  deadlineEnds=["2024-12-31", "2024-04-30", "2024-08-31", "2024-12-15", "2024-11-30", "2024-10-31",
                "2024-09-30", "2024-06-30", "2024-05-31"],
  targets=[
   t(8, "个", "项目"),
   t(1.28*YI, "元", "计划总投资"),
   t(2.6*WAN, "平方米", "校舍"),
   t(1.1*WAN, "平方米", "C级校舍"),
   t(100, "%", "D级危房拆除率"),
   t(100, "%", "校舍安全隐患整改完成率"),
   t(100, "%", "抗震设防达标率"),
   t(1500, "个", "学位", "gte"),
   t(86, "所", "中小学", optional=True),
   t(1, "次", "整改进度", optional=True),
   t(100, "%", "联网率"),
   t(100, "%", "封闭化管理达标率"),
   t(100, "%", "专职保安员配备率"),
   t(100, "%", "工程质量合格率"),
   t(1, "次", "专项检查", optional=True),
   t(1, "次", "项目推进会", optional=True),
   t(40, "%", "配套资金", "gte"),
   t(1.4*WAN, "平方米", "教学楼", optional=True),
   t(6000, "平方米", "教学综合楼", optional=True),
   t(2200, "平方米", "学生宿舍", optional=True),
   t(800, "平方米", "食堂", optional=True),
   t(5800, "平方米", "C级校舍", optional=True),
   t(2, "座", "厕所", optional=True),
   t(1.2, "公里", "供暖管网", optional=True),
   t(5200, "平方米", "C级校舍", optional=True),
   t(1200, "套", "视频监控设备", optional=True),
   t(3, "处", "D级危房", optional=True),
   cell(6200*WAN, "元", "准格尔旗第九小学新建项目", "6200"),
   cell(2800*WAN, "元", "第三中学教学综合楼改扩建项目", "2800"),
   cell(980*WAN, "元", "薛家湾镇中心学校宿舍及食堂改造项目", "980"),
   cell(860*WAN, "元", "沙圪堵镇中心学校C级校舍加固项目", "860"),
   cell(420*WAN, "元", "大路镇中心学校厕所及供暖改造项目", "420"),
   cell(760*WAN, "元", "龙口镇学校C级校舍加固项目", "760"),
   cell(520*WAN, "元", "全旗中小学校园安防提升项目", "520"),
   cell(260*WAN, "元", "全旗中小学D级危房拆除项目", "260"),
  ],
  responsibilities=[
   r("组织开展校舍安全排查鉴定", [JCW, ZJ], "2024-04"),
   r("建立隐患整改台账", [JAQ, "各苏木乡镇中心学校"]),
   r("改善农村牧区寄宿制学校条件", [JCW, "相关苏木乡镇人民政府"], "2024-08"),
   r("推进城区学校扩容增位", [JT, FG, "旗自然资源局"]),
   r("提升校园安全技防水平", [JAQ, "旗公安局"]),
   r("严格落实项目管理制度", [JCW, ZJ]),
   r("准格尔旗第九小学新建项目", [JT, FG], "2024-11"),
   r("第三中学教学综合楼改扩建项目", [JT, "旗自然资源局"], "2024-10"),
   r("薛家湾镇中心学校宿舍及食堂改造项目", ["薛家湾镇人民政府", JT], "2024-08"),
   r("沙圪堵镇中心学校C级校舍加固项目", ["沙圪堵镇人民政府", ZJ], "2024-08"),
   r("大路镇中心学校厕所及供暖改造项目", ["大路镇人民政府", JT], "2024-09"),
   r("龙口镇学校C级校舍加固项目", ["龙口镇人民政府", ZJ], "2024-09"),
   r("全旗中小学校园安防提升项目", [JAQ, "旗公安局"], "2024-06"),
   r("全旗中小学D级危房拆除项目", [JCW], "2024-05"),
  ],
  optionalResponsibilities=ob("加强组织领导", "强化资金保障", "严格督导考核", "工作领导小组")),
 dict(seed="02_yinchuan_education_development_finance_joint_2024_2026_education_digital_transformation_plan_html_lead_support_brackets.html",
  form="saved HTML page of a city government portal (meta SiteName / ColumnName / ArticleTitle / PubDate / ContentSource, top bar, banner with search box, nav of links, 您当前的位置 breadcrumb; an 信息公开 <table> of td label/value pairs two a row: 索引号 | 公开方式 / 发文单位 (three names) | 成文日期 2024-05-10 / 文　号 | 发布日期 2024-05-14 / 标　题 colspan; h1 title, 发布时间/来源/浏览次数/字号 line, body <p> in div#zoom, 附件 link, 相关链接, footer with ICP numbers): a three-body joint 印发 notice (宁夏 银川: 市教育局, 市发展和改革委员会, 市财政局; 银教发) for a 教育数字化转型 action plan (2024—2026年), a region 教育厅 opinion and a city 规划 cited by number, the signature on one line before the plan's centred title; a 到2026年 goal paragraph (千兆 接入率 100%, 出口带宽 不低于2000Mbps / 1000Mbps, 95%以上, 保持100%, 60所以上 其中 15所左右, 注册率 100% / 95%以上, 月活跃率 不低于60%, 5000节以上, 3—5个); six tasks closing （牵头单位：X；配合单位：Y、Z） (two dated steps 2024年底前 / 2025年底前, 5G 100%, 2025年6月底前 2000节以上, 2024年 20所 then 累计 40所 by 2025年 with 每所…不少于2间, 100对以上, 每学期…不少于40课时, 30所, 每年 1.2万人次以上, 每名…不少于50学时, 2026年底前 全覆盖, 100%, 每年…不少于1次); 保障措施 (持续推进, 三年累计 不少于3.6亿元, 不低于…8%, （X、Y按职责分工负责）, 每年12月底前 1次)",
  documentNumber="银教发〔2024〕62号",
  title="银川市教育局 银川市发展和改革委员会 银川市财政局关于印发《银川市推进教育数字化转型行动方案（2024—2026年）》的通知",
  issuers=["银川市教育局", "银川市发展和改革委员会", "银川市财政局"], issueDate="2024-05-10",
  references=["宁教发〔2023〕48号", "银政发〔2022〕31号"],
  deadlineEnds=["2026-12-31", "2024-12-31", "2025-12-31", "2025-06-30"],
  targets=[
   t(100, "%", "千兆光纤宽带接入率"),
   t(2000, "Mbps", "城区学校出口带宽", "gte"),
   t(1000, "Mbps", "农村学校出口带宽", "gte"),
   t(95, "%", "校园无线网络覆盖率", "gte"),
   t(100, "%", "多媒体教室覆盖率"),
   t(60, "所", "智慧校园示范校", "gte"),
   t(15, "所", "自治区级示范校", "approx"),
   t(100, "%", "教师注册率"),
   t(95, "%", "学生注册率", "gte"),
   t(60, "%", "月活跃率", "gte"),
   t(5000, "节", "优质数字教育资源", "gte"),
   rng(3, 5, "个", "智慧教育示范县"),
   t(100, "%", "5G信号覆盖率"),
   t(2000, "节", "优质课例", "gte"),
   t(20, "所", "示范校"),
   t(40, "所", "示范校"),
   t(2, "间", "智慧教室", "gte", optional=True),
   t(100, "对", "网络联校", "gte"),
   t(40, "课时", "专递课堂", "gte", optional=True),
   t(30, "所", "人工智能教育实验校"),
   t(1.2*WAN, "人次", "全员培训", "gte"),
   t(50, "学时", "信息技术应用能力培训", "gte", optional=True),
   t(100, "%", "等级保护测评完成率"),
   t(1, "次", "网络安全应急演练", "gte", optional=True),
   t(3.6*YI, "元", "教育信息化建设资金", "gte"),
   t(8, "%", "运维经费", "gte"),
   t(1, "次", "评估", optional=True),
  ],
  responsibilities=[
   r("升级教育网络基础设施", [YJ, YD, YF, "各县（市）区人民政府"]),
   r("建设市级智慧教育平台", [YJ, YD, YC], "2025-06"),
   r("推进智慧校园建设", ["各县（市）区教育局", YJ, YC]),
   r("深化数字资源共建共享", [YJ, "各县（市）区教育局"]),
   r("提升师生数字素养", [YJ, "市人力资源和社会保障局"], "2026-12"),
   r("强化数据安全和网络安全", ["市委网信办", YJ, "市公安局"]),
   r("加大经费投入", [YC, YF]),
  ],
  optionalResponsibilities=ob("加强统筹协调", "严格考核评估", "工作专班")),
 dict(seed="03_wuzhong_education_finance_joint_2024_autumn_student_financial_aid_notice_portal_text_standards_table.txt",
  form="text copied from a city government portal (宁夏 吴忠): breadcrumb line, an 信息公开 block of tab-parted label pairs two a line (索 引 号 / 主题分类, 发布机构 / 成文日期 2024年08月21日, 文　　号 / 发布日期 2024年08月23日, 标　　题), the number only there; a joint 通知 of a city 教育局 and 财政局 on the 2024 autumn term's 学生资助: a region two-body notice and a city 管理办法 cited by number; standards by stage from the autumn term (学前 由每生每年1000元提高到每生每年1200元; 寄宿生 小学每生每年1250元 / 初中每生每年1500元, 50% for 非寄宿生; 普通高中 平均 2000元→2300元, 资助面 25%, three tiers 3000/2300/1600, 5类 students exempt; 中职 2000元→2300元; 高校新生 一次性 1000元 / 500元, loan caps 不超过20000元 / 25000元); a tab-laid 资助标准一览表 学段 | 资助项目 | 资助对象 | 资助标准（元/生·年） with bare cells (平均2300, 1000（一次性）); 重点工作 closing with sentences 此项工作由X负责，Y、Z、W配合 / 此项工作由X牵头，Y配合 / 由X负责 (9月20日前 without a year, 不少于5个工作日, 15个工作日内, 2024年11月底前 100%, 2024年9月30日前 1.2万人次以上, 每学期至少1次, 100%); a check in 12月; 自2024年9月1日起执行; both bodies signed on one line; 【打印本页】 and a footer",
  documentNumber="吴教发〔2024〕73号",
  title="吴忠市教育局 吴忠市财政局关于做好2024年秋季学期学生资助工作的通知",
  issuers=["吴忠市教育局", "吴忠市财政局"], issueDate="2024-08-21",
  references=["宁财教发〔2024〕112号", "吴财规发〔2022〕3号"],
  deadlineEnds=["2024-09-20", "2024-11-30", "2024-09-30", "2024-12-31"],
  targets=[
   t(1200, "元", "资助标准"),
   t(1000, "元", "资助标准", optional=True),
   t(1250, "元", "小学", optional=True),
   t(1500, "元", "初中", optional=True),
   t(50, "%", "非寄宿生", optional=True),
   t(2300, "元", "平均资助标准"),
   t(2000, "元", "平均资助标准", optional=True),
   t(25, "%", "资助面", optional=True),
   t(3000, "元", "一档", optional=True),
   t(2300, "元", "二档", optional=True),
   t(1600, "元", "三档", optional=True),
   t(2300, "元", "中职国家助学金"),
   t(2000, "元", "中职国家助学金", optional=True),
   t(1000, "元", "省外院校", optional=True),
   t(500, "元", "区内院校", optional=True),
   t(20000, "元", "本专科学生", "lte", optional=True),
   t(25000, "元", "研究生", "lte", optional=True),
   cell(1200, "元", "学前教育资助", "学前教育资助家庭经济困难幼儿1200"),
   cell(1250, "元", "寄宿生生活补助（小学）", "寄宿生生活补助（小学）家庭经济困难寄宿生1250"),
   cell(1500, "元", "寄宿生生活补助（初中）", "寄宿生生活补助（初中）家庭经济困难寄宿生1500"),
   cell(2300, "元", "国家助学金", "家庭经济困难学生平均2300"),
   cell(2300, "元", "一、二年级家庭经济困难学生", "一、二年级家庭经济困难学生2300"),
   cell(1000, "元", "新生入学资助", "区外院校新生1000（一次性）"),
   t(5, "个工作日", "公示", "gte", optional=True),
   t(15, "个工作日", "发放", "lte", optional=True),
   t(100, "%", "发放率"),
   t(1.2*WAN, "人次", "贷款", "gte"),
   t(1, "次", "资助政策宣传", "gte", optional=True),
   t(100, "%", "资助政策知晓率"),
  ],
  responsibilities=[
   r("精准认定家庭经济困难学生", [XJ, "县级民政部门", "乡村振兴部门", "残联"], "2024-09"),
   r("及时足额发放资助资金", [XC, XJ], "2024-11"),
   r("做好生源地信用助学贷款", ["市学生资助管理中心"], "2024-09"),
  ],
  optionalResponsibilities=ob("加强资助育人", "调整资助标准", "工作要求")),
]

def fold(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))

def doc_text(name):
    path = os.path.join("docs", name)
    if name.endswith(".docx"):
        with zipfile.ZipFile(path) as z:
            return fold(re.sub(r"<[^>]+>", "", z.read("word/document.xml").decode("utf-8")))
    s = open(path, encoding="utf-8").read()
    if name.endswith(".txt"):
        s = re.sub(r"(?m)^\s*— \d+ —\s*$", "", s)
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
