"""Writes gold/*.json for probe55 and checks that every printed item occurs in its document.

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

QJ, QNK, QCZ, QWL, QZG, QFL = "区教育局", "区农业农村和科技局", "区财政局", "区文体旅游广电局", "区总工会", "区妇联"
QRS, QBB, SCH = "区人力资源社会保障局", "区委编办", "各中小学校"
SJY, SXC, SFL, SGW = "市教育局", "市委宣传部", "市妇联", "市关工委"
ZJY, ZWT, ZCZ = "州教育局", "州文化体育广播电视和旅游局", "州财政局"

GOLD = [
 dict(seed="01_huangzhong_district_office_2024_primary_secondary_labour_education_plan_docx_auto_numbering_task_table.docx",
  form="Word file built by make_docx.py from text/01.txt: a district 人民政府办公室 关于印发 notice (湟中区 of 西宁, 青海; 湟政办) for a 中小学劳动教育实施方案, red masthead, the national 意见 cited without a number and three documents by number (教材, 青教发, 宁教发); sections and sub-sections numbered only by Word (w:numPr), seven typed 1.…7. items each closing （责任单位：X、Y…）; a 到2025年 goal paragraph (100%, 每周不少于1课时, 每周不少于2小时 / 3小时, 6个以上, 90%以上, 20所左右, 30门, 至少1名, 95%以上); item figures (不少于6学分 / 2学分, 40门, 1套, 2024年9月底前 15门, 2024年 3个 then 2025年底前累计 6个以上, 不少于5000人次, 1.2万平方米, 1至2项, 每月不少于1次, 2025年8月底前, 100名以上, 三年累计600人次, 每学期1次, 2025年起); 保障措施 (每年1次, 每年不少于200万元, 不低于5%, 100%, 每年1次); an annex w:tbl 序号 | 重点任务 | 牵头单位 | 责任单位 | 完成时限 of eight rows (2024年6月底前 / 2024年9月底前 / 2024年12月底前 / 2025年12月底前 / 2025年8月 / 2024—2026年 / 每学年 / 长期坚持), 各中小学校 as a unit; 抄送 and 印发 lines",
  documentNumber="湟政办〔2024〕37号",
  title="西宁市湟中区人民政府办公室关于印发《湟中区全面加强新时代中小学劳动教育实施方案》的通知",
  issuers=["西宁市湟中区人民政府办公室"], issueDate="2024-03-26",
  references=["教材〔2020〕4号", "青教发〔2021〕18号", "宁教发〔2023〕26号"],
  deadlineEnds=["2025-12-31", "2024-09-30", "2024-12-31", "2025-08-31", "2024-06-30", "2026-12-31"],
  targets=[
   t(100, "%", "开课率"),
   t(1, "课时", "每周劳动教育课", "gte", optional=True),
   t(2, "小时", "课外校外劳动时间", "gte", optional=True),
   t(3, "小时", "其他年级", "gte", optional=True),
   t(6, "个", "劳动教育实践基地", "gte"),
   t(90, "%", "劳动实践园地覆盖率", "gte"),
   t(20, "所", "劳动教育特色学校", "approx"),
   t(30, "门", "精品课程"),
   t(1, "名", "专职劳动教育教师", "gte", optional=True),
   t(95, "%", "合格率", "gte"),
   t(6, "学分", "必修课", "gte", optional=True),
   t(2, "学分", "志愿服务", "gte", optional=True),
   t(40, "门", "校本劳动课程"),
   t(1, "套", "指导手册"),
   t(15, "门", "课程开发"),
   t(3, "个", "劳动教育实践基地"),
   t(5000, "人次", "年接待学生", "gte", optional=True),
   t(1.2*WAN, "平方米", "劳动实践园地面积"),
   rng(1, 2, "项", "生活技能", optional=True),
   t(1, "次", "志愿服务劳动", "gte", optional=True),
   t(100, "名", "兼职教师", "gte"),
   t(600, "人次", "培训劳动教育教师"),
   t(1, "次", "劳动素养评价", optional=True),
   t(1, "次", "专题会议", optional=True),
   t(200*WAN, "元", "劳动教育专项经费", "gte"),
   t(5, "%", "公用经费", "gte"),
   t(100, "%", "保险覆盖率"),
   t(1, "次", "专项督导", optional=True),
  ],
  responsibilities=[
   r("开齐开足劳动教育课程", [QJ]),
   r("开发本土劳动课程资源", [QJ, QWL, QNK], "2024-09"),
   r("建设劳动教育实践基地", [QJ, QNK, QCZ]),
   r("建好校内劳动实践园地", [QJ, "区自然资源规划局"], "2025-12"),
   r("开展家庭和社区劳动", [QFL, QJ, "团区委"]),
   r("配齐配强劳动教育教师", [QJ, QRS, QZG], "2025-08"),
   r("建立劳动素养评价制度", [QJ]),
   r("修订中小学劳动教育课程实施方案", [QJ, SCH], "2024-06"),
   r("完成首批15门本土劳动课程开发", [QJ, QWL, QNK], "2024-09"),
   r("新建区级劳动教育实践基地3个", [QJ, QNK, QCZ], "2024-12"),
   r("累计建成区级劳动教育实践基地6个以上", [QJ, QNK, QCZ], "2025-12"),
   r("配齐专职劳动教育教师", [QJ, QBB, QRS], "2025-08"),
   r("开展劳动教育教师全员培训", [QJ, QZG], "2026"),
   r("开展学生劳动素养监测", [QJ, SCH]),
   r("落实劳动教育专项经费", [QCZ, QJ]),
  ],
  optionalResponsibilities=ob("加强组织领导", "强化经费保障", "强化安全保障", "加强督导评估", "教育督导室", "协调机制")),
 dict(seed="02_urumqi_education_propaganda_womens_federation_care_committee_joint_2024_school_family_society_coeducation_plan_html_xxgk_table_lead_support_brackets.html",
  form="saved HTML page of a city 教育局 portal (meta SiteName / ColumnName / ArticleTitle / PubDate 2024-09-20, a jQuery script, a style block, top bar, banner, menu, 当前位置 breadcrumb with », an 信息公开 <table> of <th>/<td> pairs two a row: 索 引 号 / 公开方式, 发布机构 (the first body only) / 成文日期 2024年09月18日, 文 号 / 发布日期, 主题分类 / 有 效 性, labels spaced with &nbsp;; an h2 title, 发布时间/来源/字号 line, body in div#zoom of <p> with full-width-space indents and <b> headings, an attachment link, 【打印本页】【关闭窗口】, footer with ICP lines): a four-body joint 印发 notice (乌鲁木齐: 教育局, 中共…市委宣传部, 妇女联合会, 关心下一代工作委员会; 乌教发) for a 健全学校家庭社会协同育人机制实施方案 (家校社协同育人), the law cited by title only and two documents by number (教基, 新教发); the four-body signature two a line on <p align=right> before the plan; goals 到2025年 (100%, 60所, 10所以上, 分别达到90%和80%以上, 1000名左右, 200名以上) and 到2027年 (90%以上, 每年不少于2000场次, 30万人次以上); eight items closing （X牵头，Y、Z配合） / （X负责） / （X、Y牵头，Z配合） / （X、Y按职责分工负责）, one with 各区〔县〕人民政府 among the units; item figures (每学期至少2次, 每学年至少1次, 每年300名以上, sleep hours 不少于10 / 9 / 8小时, 50节以上, 2025年6月底前 85%以上, 2025年底前 500个以上, 每季度至少1次, 30个, 2024—2026年每年不少于20万人次, 100支以上, 不少于1000场次); 保障措施 (每半年1次, 每年不少于300万元, 2026年底前); 有效期至2027年12月31日",
  documentNumber="乌教发〔2024〕41号",
  title="乌鲁木齐市教育局 中共乌鲁木齐市委宣传部 乌鲁木齐市妇女联合会 乌鲁木齐市关心下一代工作委员会关于印发《乌鲁木齐市健全学校家庭社会协同育人机制实施方案》的通知",
  issuers=["乌鲁木齐市教育局", "中共乌鲁木齐市委宣传部", "乌鲁木齐市妇女联合会", "乌鲁木齐市关心下一代工作委员会"],
  issueDate="2024-09-18",
  references=["教基〔2023〕7号", "新教发〔2024〕9号"],
  deadlineEnds=["2025-12-31", "2027-12-31", "2024-12-31", "2025-06-30", "2026-12-31"],
  targets=[
   t(100, "%", "建校率"),
   t(60, "所", "市级示范家长学校"),
   t(10, "所", "自治区级示范家长学校", "gte"),
   t(90, "%", "覆盖率", "gte"),
   t(80, "%", "覆盖率", "gte"),
   t(1000, "名", "家庭教育指导骨干教师", "approx"),
   t(200, "名", "讲师团", "gte"),
   t(90, "%", "满意度", "gte"),
   t(2000, "场次", "家庭教育公益讲座", "gte"),
   t(30*WAN, "人次", "惠及家长", "gte"),
   t(2, "次", "家庭教育指导活动", "gte", optional=True),
   t(1, "次", "家长开放日", "gte", optional=True),
   t(1, "次", "家访", "gte", optional=True),
   t(300, "名", "家庭教育指导骨干教师", "gte"),
   t(10, "小时", "睡眠时间", "gte", optional=True),
   t(9, "小时", "初中生", "gte", optional=True),
   t(8, "小时", "高中生", "gte", optional=True),
   t(50, "节", "家庭教育精品课程", "gte"),
   t(85, "%", "注册使用率", "gte"),
   t(500, "个", "社区家庭教育指导服务站点", "gte"),
   t(1, "次", "家庭教育指导服务", "gte", optional=True),
   t(30, "个", "社会实践基地"),
   t(20*WAN, "人次", "社会实践活动", "gte"),
   t(100, "支", "宣讲团", "gte"),
   t(1000, "场次", "关爱帮扶活动", "gte"),
   t(1, "次", "联席会议", optional=True),
   t(300*WAN, "元", "协同育人专项经费", "gte"),
  ],
  responsibilities=[
   r("办好家长学校", [SJY, SFL, SGW], "2024-12"),
   r("健全家访制度", [SJY]),
   r("加强家庭教育指导队伍建设", [SJY, SFL, SGW]),
   r("引导家长依法履责", [SFL, SJY, SXC]),
   r("开展家庭教育指导服务", [SFL, SJY], "2025-06"),
   r("建设社区家庭教育指导服务站点", [SFL, "市民政局", "各区〔县〕人民政府"], "2025-12"),
   r("用好社会育人资源", [SXC, "市文化体育广电和旅游局", "市科协", "团市委"]),
   r("发挥“五老”作用", [SGW]),
  ],
  optionalResponsibilities=ob("加强组织领导", "强化经费保障", "加强督导评估", "联席会议制度")),
 dict(seed="03_changji_prefecture_education_culture_sports_joint_2024_2026_school_sports_aesthetic_education_plan_portal_text_yearly_targets_lead_support_lines.txt",
  form="text copied from a prefecture 教育局 portal page (site name, nav line with |, 您所在的位置 breadcrumb, an 信息公开 block of two tab-parted pairs a line: 索 引 号 / 主题分类, 发文机关 (the first body only) / 成文日期 2024年04月22日, 发文字号 / 发布日期; the title, a 发布时间 / 来源 / 【字体】【打印】 line): a two-body joint notice (昌吉回族自治州 教育局 and 文化体育广播电视和旅游局; 昌州教发, the number only in the block) issuing a 学校体育美育 三年行动计划（2024—2026年）, the two-body signature on one line above the date, two documents cited by number (教体艺厅, 新教体艺); yearly targets in three paragraphs opening 2024年，/ 2025年，/ 2026年， (100%, 92%以上, 20所; 55%以上, 下降1个百分点以上, 每天不少于2小时, 10个, 累计40所; 95%以上, 60%以上, 1至2项 twice, 累计60所以上); six tasks （一）…（六） each followed by its own `牵头单位：X` / `配合单位：Y、Z` / `完成时限：…` lines (2024年9月底前 / 2025年12月底前 / 每年 / 2026年底前 / 2026年12月底前 / 长期坚持), one with two lead units; task figures (不低于11%, 每周4 / 3 / 2课时, 不少于2课时, 30分钟, 至少1个 twice, 50所, 25所, 各1次, 每两年1次, 8万人次, 200名, 150名, 1000人次, 30块, 120间, 80%以上, 不低于60分); 保障措施 (每半年1次, 2024年6月30日前, 每年500万元, 不低于10%, 每年1次, 连续三年); an annex named only, 【打印本页】【关闭窗口】, footer",
  documentNumber="昌州教发〔2024〕23号",
  title="昌吉回族自治州教育局 昌吉回族自治州文化体育广播电视和旅游局关于印发《昌吉州全面加强和改进新时代学校体育美育工作三年行动计划（2024—2026年）》的通知",
  issuers=["昌吉回族自治州教育局", "昌吉回族自治州文化体育广播电视和旅游局"], issueDate="2024-04-22",
  references=["教体艺厅〔2023〕5号", "新教体艺〔2022〕11号"],
  deadlineEnds=["2024-12-31", "2025-12-31", "2026-12-31", "2024-09-30", "2024-06-30"],
  targets=[
   t(100, "%", "开齐开足率"),
   t(92, "%", "合格率", "gte"),
   t(20, "所", "特色学校"),
   t(55, "%", "优良率", "gte"),
   t(1, "百分点", "近视率", "gte"),
   t(2, "小时", "体育活动时间", "gte", optional=True),
   t(10, "个", "学生艺术团"),
   t(40, "所", "特色学校"),
   t(95, "%", "合格率", "gte"),
   t(60, "%", "优良率", "gte"),
   rng(1, 2, "项", "运动技能", optional=True),
   rng(1, 2, "项", "艺术特长", optional=True),
   t(60, "所", "特色学校", "gte"),
   t(11, "%", "课时占总课时比例", "gte"),
   t(4, "课时", "一、二年级", optional=True),
   t(3, "课时", "三至六年级和初中", optional=True),
   t(2, "课时", "高中", optional=True),
   t(2, "课时", "艺术课程", "gte", optional=True),
   t(30, "分钟", "大课间", optional=True),
   t(1, "个", "体育特色项目", "gte", optional=True),
   t(1, "个", "艺术特色项目", "gte", optional=True),
   t(50, "所", "校园足球特色学校"),
   t(25, "所", "冰雪运动特色学校"),
   t(1, "次", "运动会", optional=True),
   t(1, "次", "冰雪运动会", optional=True),
   t(8*WAN, "人次", "参与学生", "gte"),
   t(200, "名", "体育教师"),
   t(150, "名", "美育教师"),
   t(1000, "人次", "培训", "gte"),
   t(30, "块", "塑胶运动场"),
   t(120, "间", "艺术专用教室"),
   t(80, "%", "开放率", "gte"),
   t(60, "分", "中考体育", "gte", optional=True),
   t(1, "次", "工作推进会", optional=True),
   t(500*WAN, "元", "学校体育美育专项资金"),
   t(10, "%", "公用经费", "gte"),
   t(1, "次", "专项督导", optional=True),
  ],
  responsibilities=[
   r("开齐开足上好体育美育课程", [ZJY, "各县（市）教育局"], "2024-09"),
   r("深化“一校一品”“一生一长”建设", [ZJY, ZWT], "2025-12"),
   r("健全学校体育竞赛和艺术展演体系", [ZJY, ZWT, "团州委"]),
   r("加强体育美育教师队伍建设", [ZJY, "州委编办", "州人力资源和社会保障局", ZCZ], "2026-12"),
   r("改善场地设施条件", [ZJY, "州发展和改革委员会", ZCZ, ZWT], "2026-12"),
   r("推进体育美育评价改革", [ZJY, "州教育考试院"]),
  ],
  optionalResponsibilities=ob("加强组织领导", "加大经费投入", "强化督导考核", "联合工作机制")),
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
