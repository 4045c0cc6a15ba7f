"""Writes gold/*.json for probe59 and checks that every printed item occurs in its document.

Values are checked with their unit (亿/万 folded back to the printed form), ranges as printed (1至2名 or 3至12个月).
HTML pages are checked as their text (scripts and styles dropped, tags dropped, entities unescaped), the .docx as the
text of word/document.xml (so the headings numbered by Word are checked without 一、 / （一）); full-width forms are folded.
Run from this folder: python3 make_gold.py (after python3 make_docx.py)
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

JY, WJ, RS = "市教育局", "市卫生健康委", "市人力资源社会保障局"

GOLD = [
 dict(seed="01_dalian_education_health_commission_joint_2024_2026_child_myopia_prevention_plan_docx_auto_numbering_lead_support_table.docx",
  form="Word file built by make_docx.py from text/01.txt: a joint 关于印发 notice of a city 教育局 and 卫生健康委员会 (大连, 辽宁; 大教发, one number for both) for a 2024—2026 儿童青少年近视防控工作方案, a two-line red masthead, a ministry document and a province document cited by number; sections and sub-sections numbered only by Word (w:numPr), eight typed 1.…8. items without unit brackets; a 到2026年 goal paragraph with yearly declines in 个百分点 (每年降低0.5个百分点以上 / 1个百分点以上) and ceilings per school stage (3%以内, 38%以下, 60%以下, 70%以下), coverage and rates (100%, 95%以上, 100%, 55%以上), 60所 / 2个; item rules per day and per semester (30分钟, 不少于1小时, 2小时以上, 不超过60分钟 / 90分钟, 单次不超过20分钟, 30%, 每天各1次), 2024年底前 / 2025年底前 3000间 / 2024年9月启动 / 2025年6月底前, 90%以上, 15家, 每年800人次以上, a staffing rule 每600名学生配备1名, 100件以上; 保障措施 (每半年1次, 连续2年, 每年不少于800万元); an annex w:tbl 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 of eight rows (2024年12月底前 / 2025年底前 / 2025年6月底前 / 每学期 / 2024年6月底前 / 2026年底前 / 2024—2026年 / 长期坚持); the two-body signature on one line; 抄送 and 印发 lines",
  documentNumber="大教发〔2024〕23号",
  title="大连市教育局 大连市卫生健康委员会关于印发《大连市儿童青少年近视防控工作方案（2024—2026年）》的通知",
  issuers=["大连市教育局", "大连市卫生健康委员会"], issueDate="2024-03-18",
  references=["教体艺〔2018〕3号", "辽教发〔2023〕17号"],
  deadlineEnds=["2026-12-31", "2024-12-31", "2025-12-31", "2025-06-30", "2024-06-30"],
  targets=[
   t(0.5, "百分点", "总体近视率", "gte"),
   t(1, "百分点", "近视高发", "gte"),
   t(3, "%", "6岁儿童近视率", "lte"),
   t(38, "%", "小学生近视率", "lte"),
   t(60, "%", "初中生近视率", "lte"),
   t(70, "%", "高中阶段学生近视率", "lte"),
   t(100, "%", "视力筛查覆盖率"),
   t(95, "%", "建档率", "gte"),
   t(100, "%", "采光照明达标率"),
   t(55, "%", "达标优良率", "gte"),
   t(60, "所", "示范校"),
   t(2, "个", "示范区"),
   t(30, "分钟", "大课间", optional=True),
   t(1, "小时", "校内体育活动", "gte", optional=True),
   t(2, "小时", "户外活动", "gte", optional=True),
   t(2, "小时", "幼儿园", "gte", optional=True),
   t(1, "小时", "其中体育活动", "gte", optional=True),
   t(60, "分钟", "书面作业", "lte", optional=True),
   t(90, "分钟", "初中", "lte", optional=True),
   t(20, "分钟", "电子产品", "lte", optional=True),
   t(30, "%", "教学总时长", "lte", optional=True),
   t(3000, "间", "改造"),
   t(1, "次", "课桌椅", optional=True),
   t(1, "次", "眼保健操", optional=True),
   t(90, "%", "做操规范率", "gte"),
   t(1, "次", "视力筛查", optional=True),
   t(15, "家", "定点医疗机构"),
   t(800, "人次", "校医和保健教师", "gte"),
   t(600, "名", "学生", optional=True),
   t(1, "名", "保健教师", "gte", optional=True),
   t(100, "件", "科普作品", "gte"),
   t(1, "次", "联席会议", optional=True),
   t(2, "年", "近视率", optional=True),
   t(800*WAN, "元", "近视防控专项经费", "gte"),
  ],
  responsibilities=[
   r("完成中小学校教室照明状况专项排查", [JY, WJ, "市市场监管局"], "2024-12"),
   r("实施教室照明改造3000间", [JY, "市财政局"], "2025-12"),
   r("建设中小学生屈光发育档案信息系统", [WJ, JY, "市大数据局"], "2025-06"),
   r("每学期开展学生视力筛查", [WJ, JY]),
   r("确定近视防控定点医疗机构", [WJ, "各区市县人民政府"], "2024-06"),
   r("配齐中小学校卫生专业技术人员", [JY, "市委编办", RS, WJ], "2026-12"),
   r("创建市级近视防控示范校", [JY, WJ, "市体育局"], "2026"),
   r("开展近视防控宣传月和爱眼日主题宣传", [JY, WJ, "市委宣传部"]),
  ],
  optionalResponsibilities=ob("加强组织领导", "联席会议", "强化考核评议", "保障经费投入", "保障户外活动时间",
                              "减轻学生学业负担", "改善视觉环境", "落实眼保健操制度", "开展视力筛查", "加强专业干预",
                              "配齐卫生专业人员", "加强宣传教育")),
 dict(seed="02_changchun_education_bureau_2024_primary_secondary_mental_health_education_plan_html_list_metadata_lead_support_brackets.html",
  form="saved HTML page of a city 教育局 portal (meta SiteName / ColumnName / ArticleTitle / PubDate 2024-04-22, a zoom script, style block, top bar, banner, menu <ul>, 当前位置 breadcrumb, an 信息公开 block as a <ul> of <li><span>label：</span>value</li> pairs with letter-spaced labels 索　引　号 / 文　　号 and 成文日期 2024年04月18日, h2 title, 发布时间 / 信息来源 / 字体 line, body in div.TRS_Editor of <p style> paragraphs, bold headings, print / close links, footer with ICP numbers): a 教育局 关于印发 notice (长春, 吉林; 长教发, the number only in the block) for a 中小学生心理健康教育 plan, a ministry document and a province document cited by number; a 到2025年底 goal paragraph (100%, 95%以上, 100% screening coverage, a 1:4000 staffing ratio, 至少配备1名, 90%以上, 50所, 各县（市）区均建成1个) and 到2026年; six tasks with bold heading phrases, each closing （X牵头，Y配合） / （X、Y牵头，Z配合） / （X负责） / （X、Y按职责分工负责） with 〔市〕 inside the bracket and the bureau's 处 as units; item rules (每两周至少1课时, 每学年1次, 不少于40学时 / 16学时, 1至2名, 每学期至少2次, 7×24小时, 不低于40平方米) and counts (200名, 120间); dated steps 2024年秋季学期起 / 2024年10月底前 / 2025年秋季学期前 / 2024年12月底前 / 2025年底前; 工作要求 with 每学期 checks and a yearly 12月15日前 summary",
  documentNumber="长教发〔2024〕12号",
  title="长春市教育局关于印发《长春市加强中小学生心理健康教育工作实施方案》的通知",
  issuers=["长春市教育局"], issueDate="2024-04-18",
  references=["教体艺〔2023〕1号", "吉教联〔2023〕28号"],
  deadlineEnds=["2025-12-31", "2026-12-31", "2024-10-31", "2024-12-31"],
  targets=[
   t(100, "%", "课程开设率"),
   t(95, "%", "心理辅导室建设达标率", "gte"),
   t(100, "%", "测评覆盖率"),
   t(1, "名", "每所学校", "gte", optional=True),
   t(90, "%", "专职教师配备率", "gte"),
   t(50, "所", "特色学校"),
   t(1, "个", "心理辅导中心", optional=True),
   t(1, "课时", "心理健康教育课", "gte", optional=True),
   t(1, "次", "心理健康测评", optional=True),
   t(40, "学时", "专业培训", "gte", optional=True),
   t(16, "学时", "专题培训", "gte", optional=True),
   t(200, "名", "骨干教师"),
   rng(1, 2, "名", "心理委员", optional=True),
   t(2, "次", "专题讲座", "gte", optional=True),
   t(24, "小时", "心理援助热线", optional=True),
   t(40, "平方米", "心理辅导室", "gte", optional=True),
   t(120, "间", "标准化心理辅导室"),
   t(1, "次", "专项检查", optional=True),
  ],
  responsibilities=[
   r("开齐开足心理健康课程", ["市教育局基础教育处", "各县〔市〕区教育局"]),
   r("规范开展心理健康测评", ["市教育局体育卫生与艺术教育处", WJ, "市心理健康教育指导中心"], "2024-10"),
   r("加强心理教师队伍建设", ["市教育局人事处", "教师工作处", "市委编办", "市人社局"]),
   r("健全心理危机预警干预机制", [WJ, JY, "公安机关"], "2024-12"),
   r("推进家校社协同育人", ["市教育局思想政治工作处"]),
   r("改善心理健康服务条件", ["市教育局发展规划处", "市财政局"], "2025-12"),
  ],
  optionalResponsibilities=ob("工作要求", "各县（市）区教育局")),
 dict(seed="03_anshan_city_office_2024_college_graduates_employment_notice_portal_text_duty_sentences.txt",
  form="text copied from a city government portal (site name, nav line, 当前位置 breadcrumb, an 信息公开 block of letter-spaced label pairs on four lines: 索 引 号 / 分　　类, 发文机关 / 成文日期 2024年05月10日, 标　　题, 文　　号 / 发布日期; the title again, a 发布时间 / 来源 / 浏览次数 line): a city 人民政府办公室 notice (鞍山, 辽宁; 鞍政办发, the number only in the block) on 高校毕业生等青年就业创业, a State Council office document and a province office document cited by number; a 2024年，… goal paragraph (2.2万人以上 of which 8000人以上, 90%以上, 100%, 3500个以上, 2000个以上, 120场以上, 3万个以上); seven tasks （一）…（七） each closing with a duty sentence (此项工作由X牵头，Y、Z配合。/ 此项工作由X、Y负责，Z配合。/ 由X负责。/ 由X、Y负责，Z配合。/ 由X牵头，Y配合。/ 由X、Y按职责分工负责。); task figures (不少于1200人 / 1500人, 150人, 300人以上, 50个, 3至12个月, 500人以上, 1500人以上) among conditions and standards (2年内, 1年以上, 每人1000元, 70% / 50%以上 / 80%, 最高30万元 / 110万元, 不少于30%, 不少于100家, 38学时, 1个月内 1次 / 3个 / 1次, 每人3000元); dated steps 2024年6月底前 / 2024年8月底前 / 7月起 / 2024年8月31日前; 保障措施 (每月1次, 每年不少于1.2亿元, 每月5日前, 2024年12月20日前); 有效期至2024年12月31日 and a repealed notice by number; signature, date, （此件公开发布）, print / close links and a footer with ICP numbers",
  documentNumber="鞍政办发〔2024〕9号",
  title="鞍山市人民政府办公室关于做好2024年高校毕业生等青年就业创业工作的通知",
  issuers=["鞍山市人民政府办公室"], issueDate="2024-05-10",
  references=["国办发〔2023〕11号", "辽政办发〔2024〕6号", "鞍政办发〔2023〕14号"],
  deadlineEnds=["2024-12-31", "2024-06-30", "2024-08-31", "2024-12-20"],
  targets=[
   t(2.2*WAN, "人", "来鞍留鞍就业创业", "gte"),
   t(8000, "人", "外地高校毕业生", "gte"),
   t(90, "%", "帮扶就业率", "gte"),
   t(100, "%", "就业帮扶率"),
   t(3500, "个", "政策性岗位", "gte"),
   t(2000, "个", "就业见习岗位", "gte"),
   t(120, "场", "招聘活动", "gte"),
   t(3*WAN, "个", "就业岗位", "gte"),
   t(2, "年", "离校", optional=True),
   t(1, "年", "劳动合同", "gte", optional=True),
   t(1000, "元", "扩岗补助", optional=True),
   t(1200, "人", "机关事业单位", "gte"),
   t(1500, "人", "国有企业", "gte"),
   t(150, "人", "三支一扶"),
   t(300, "人", "社区工作者", "gte"),
   t(50, "个", "就业见习基地"),
   rng(3, 12, "个月", "见习期限", optional=True),
   t(70, "%", "见习补贴", optional=True),
   t(50, "%", "留用率", "gte", optional=True),
   t(80, "%", "见习补贴标准", optional=True),
   t(30*WAN, "元", "创业担保贷款", "lte", optional=True),
   t(110*WAN, "元", "合伙创业", "lte", optional=True),
   t(30, "%", "场地", "gte", optional=True),
   t(500, "人", "扶持高校毕业生创业", "gte"),
   t(1500, "人", "带动就业", "gte"),
   t(100, "家", "走访用人单位", "gte", optional=True),
   t(38, "学时", "就业指导课", "gte", optional=True),
   t(1, "个月", "职业指导", optional=True),
   t(1, "次", "职业指导", optional=True),
   t(3, "个", "岗位信息", optional=True),
   t(1, "次", "技能培训", optional=True),
   t(3000, "元", "求职创业补贴", optional=True),
   t(1, "次", "就业工作调度会", optional=True),
   t(1.2*YI, "元", "就业补助资金", "gte"),
  ],
  responsibilities=[
   r("挖掘市场化就业岗位", [RS, "市工业和信息化局", "市发展改革委", "市国资委"], "2024-06"),
   r("稳定政策性岗位规模", ["市委组织部", RS, "市国资委", "市民政局"], "2024-08"),
   r("扩大就业见习规模", [RS]),
   r("支持自主创业", [RS, "市财政局", "中国人民银行鞍山市分行"]),
   r("强化校园就业指导", [JY, "驻鞍各高校"]),
   r("做好离校未就业毕业生帮扶", [JY, RS], "2024-08"),
   r("保障困难毕业生就业", [RS, "市民政局", "市残联", "市乡村振兴局"]),
  ],
  optionalResponsibilities=ob("保障措施", "各县（市）区政府", "就业数据月报")),
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
