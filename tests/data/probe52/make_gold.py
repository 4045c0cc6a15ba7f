"""Writes gold/*.json for probe52 and checks that every printed item occurs in its document.

Values are checked with their unit (亿/万 folded back to the printed form), ranges as printed (3至12个月). HTML pages are
checked as their text (scripts dropped, tags dropped, entities unescaped), the .docx as the text of word/document.xml (so
the headings numbered by Word are checked without 一、 / （一）). Run from this folder: python3 make_gold.py
"""
import html, json, os, re, unicodedata, zipfile

def t(value, unit, key, comparator=None, optional=False):
    d = {"value": value, "unit": unit, "key": key}
    if comparator:
        d["comparator"] = comparator
    if optional:
        d["optional"] = True
    return d

def rng(lo, hi, unit, key, optional=True):
    d = {"min": lo, "max": hi, "unit": unit, "key": key}
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

ZJ, CG, CT = "县住房和城乡建设局", "县城市管理和综合执法局", "县城市建设投资开发有限公司"
GJ, TY = "城关镇人民政府", "天岳街道办事处"
SQ = "各社区居委会"

GOLD = [
 dict(seed="01_hainan_hrss_finance_joint_2025_employment_internship_notice_old_portal_nested_tables_font.html",
  form="saved HTML page of an old province department portal (HTML 4.01, layout in nested <table>s of fixed width, top banner and nav bar in table rows, 当前位置 breadcrumb, the title in <font size=5 color=#C00000><b>, a 发布时间/来源/点击数 line, the number in its own centred <td>, the body one <td> a paragraph inside an inner table, each paragraph's text inside <font face=仿宋_GB2312>, headings in <font face=黑体><b>, full-width spaces as indents, the two-body signature on one right-aligned <td> with &nbsp;, 打印本页/关闭窗口, footer with an ICP number): a joint notice of a province 人力资源和社会保障厅 and 财政厅 (海南, 琼人社发) on 就业见习 citing a ministry notice and a province office document by number; a 2025年 goal paragraph (不少于1.5万个 positions, 不少于9000人, 留用率45%以上, 海口/三亚 分别不少于4500个、2500个, 20家以上 bases); 技术类、管理类岗位占比不低于40%, 2025年6月30日前 and 2025年9月30日前 80%以上; subsidy standards (一次性奖补5万元 / 2万元, 每人每月1600元, 提高至每人每月1900元 when 留用率50%以上, 每人1000元, 每月不超过30元); conditions (16—24岁, 离校2年内, 1年以上劳动合同, 3至12个月); 100% 签订率, frequencies (至少3次, 不少于2场, 每季度至少1次), 15 / 10个工作日; 2025年7月15日前, 每月5日前, 2025年12月10日前, 2025年11月底前; 有效期至2027年12月31日 and a repealed notice by number",
  documentNumber="琼人社发〔2025〕64号",
  title="海南省人力资源和社会保障厅 海南省财政厅关于进一步做好2025年就业见习工作的通知",
  issuers=["海南省人力资源和社会保障厅", "海南省财政厅"], issueDate="2025-05-20",
  references=["人社部发〔2025〕12号", "琼府办〔2025〕9号", "琼人社发〔2022〕37号"],
  deadlineEnds=["2025-12-31", "2025-06-30", "2025-09-30", "2025-07-15", "2025-12-10", "2025-11-30", "2027-12-31"],
  targets=[
   t(1.5*WAN, "个", "就业见习岗位", "gte"),
   t(9000, "人", "参加就业见习", "gte"),
   t(45, "%", "留用率", "gte"),
   t(4500, "个", "见习岗位", "gte"),
   t(2500, "个", "见习岗位", "gte"),
   t(20, "家", "就业见习示范基地", "gte"),
   t(40, "%", "岗位占比", "gte"),
   t(80, "%", "岗位募集任务", "gte"),
   t(100, "%", "见习协议签订率"),
   t(5*WAN, "元", "一次性奖补", optional=True),
   t(2*WAN, "元", "一次性奖补", optional=True),
   t(1600, "元", "见习补贴", optional=True),
   t(1900, "元", "见习补贴", optional=True),
   t(50, "%", "留用率", "gte", optional=True),
   t(1000, "元", "一次性吸纳就业补贴", optional=True),
   t(30, "元", "保险费补贴", "lte", optional=True),
   t(3, "次", "岗位推荐", "gte", optional=True),
   t(2, "场", "专场招聘活动", "gte", optional=True),
   t(1, "名", "指导老师", optional=True),
   t(1, "次", "抽查", "gte", optional=True),
   t(15, "个工作日", "审核", "lte", optional=True),
   t(10, "个工作日", "拨付", "lte", optional=True),
   rng(3, 12, "个月", "见习期限"),
  ],
  responsibilities=[],
  optionalResponsibilities=ob("明确工作目标", "扩大见习岗位募集", "落实见习补贴政策", "规范见习管理服务", "强化组织保障",
                              "制定本地实施细则", "就业补助资金", "联合督导", "跟踪服务")),
 dict(seed="02_pingjiang_county_government_2025_meeting_minutes_task_breakdown_shared_section_deadlines.txt",
  form="text of a county government 会议纪要 (平江, 平府阅 number under the spaced 会 议 纪 要 line, the printing office and date on one line, a 关于研究…的会议纪要 title): a 专题会议 on 县城排水防涝 and 背街小巷 works citing a city office plan by number; 会议议定事项 in prose with the year's figures (12处, 18.6公里, 23个, 46条, 40%以上, 30年一遇, 2.35亿元 of which 1.6亿元 and 0.75亿元), 每半月 reporting; a 工作任务分解 whose tasks are one line each `N. 任务内容。牵头单位：X；责任单位：Y、Z。` under section headings carrying the shared time limit `（一）近期任务（2025年6月底前完成）` / `（二）中期任务（2025年9月底前完成）` / `（三）年内任务（2025年12月底前完成）`, three lines adding their own `；完成时限：…` (2025年7月31日前 inside the 9月 section, 2026年1月31日前 inside the 12月 section, 长期坚持 in a （四）常态化任务 section without a time); figures in the lines (35公里, 2800座, 1次, 2座, 150处, 60套, 800个, 24小时, 30分钟内); 每月25日前 reports and a 2025年12月20日前 summary; 出席 / 列席 / 记录 lines with names, 抄送 and 印发 lines",
  documentNumber="平府阅〔2025〕14号",
  title="关于研究县城排水防涝设施建设和背街小巷提质改造有关事项的会议纪要",
  issuers=["平江县人民政府办公室"], issueDate="2025-05-16",
  references=["岳政办发〔2024〕21号"],
  deadlineEnds=["2025-06-30", "2025-09-30", "2025-12-31", "2025-07-31", "2026-01-31", "2025-12-20"],
  targets=[
   t(12, "处", "易涝积水点"),
   t(18.6, "公里", "雨水管网"),
   t(23, "个", "老旧小区"),
   t(46, "条", "背街小巷"),
   t(40, "%", "可渗透地面面积比例", "gte"),
   t(2.35*YI, "元", "项目总投资"),
   t(1.6*YI, "元", "专项债券"),
   t(0.75*YI, "元", "配套"),
   t(35, "公里", "清淤管渠"),
   t(2800, "座", "检查井"),
   t(1, "次", "应急演练", optional=True),
   t(2, "座", "雨水泵站"),
   t(150, "处", "雨污混接点"),
   t(60, "套", "液位监测设备"),
   t(800, "个", "停车泊位"),
   t(30, "分钟", "到岗处置", "lte", optional=True),
  ],
  responsibilities=[
   r("完成县城12处易涝积水点应急整治", [ZJ, CG, GJ, TY], "2025-06"),
   r("开展县城排水管渠汛前清淤疏通", [CG, ZJ, CT], "2025-06"),
   r("完成汨罗江县城段堤防隐患排查和穿堤涵闸检修", ["县水利局", "县应急管理局", GJ], "2025-06"),
   r("修订完善县城排水防涝应急预案", ["县应急管理局", ZJ, CG, "县水利局"], "2025-06"),
   r("完成背街小巷提质改造项目初步设计和概算批复", ["县发展和改革局", ZJ, "县自然资源局", CT], "2025-06"),
   r("新建改造县城雨水管网18.6公里", [ZJ, CT, "县自然资源局"], "2025-09"),
   r("完成23个老旧小区雨污分流改造", [ZJ, GJ, TY, CT], "2025-09"),
   r("争取中央预算内投资和地方政府专项债券资金1.6亿元", ["县发展和改革局", "县财政局"], "2025-07"),
   r("完成县城积水点智能监测系统建设", [CG, ZJ, "县应急管理局"], "2025-09"),
   r("完成46条背街小巷提质改造", [CT, ZJ, CG, GJ, TY], "2025-12"),
   r("完成背街小巷改造范围内交通标志标线设置和公共停车泊位施划", ["县交通运输局", "县公安局交通警察大队", CG], "2025-12"),
   r("组织项目竣工验收和资金审计", [ZJ, "县财政局", "县审计局"], "2026-01"),
   r("落实汛期24小时值班值守和领导带班制度", ["县应急管理局", ZJ, CG]),
  ],
  optionalResponsibilities=ob("建立背街小巷改造项目周调度、月通报制度", "拨付资金", "加快项目建设", "重点督查事项",
                              "县级领导联点负责制", "会议议定事项", "其他事项", "报县人民政府督查室")),
 dict(seed="03_wanli_subdistrict_office_2025_grid_management_plan_docx_auto_numbering_grid_roster_table.docx",
  form="Word file built by make_docx.py from text/03.txt: a 街道办事处 关于印发 notice (芜湖市鸠江区湾里街道, 湾街办) for a 网格化服务管理工作方案, a district document cited by number; every heading numbered by Word's automatic numbering (w:numPr ilvl 0 / 1 with a chineseCounting numbering.xml: no 一、 / （一） in the text), six numbered tasks each closing （责任单位：X、Y）, three stage headings with month periods in brackets (2025年3月 / 2025年4月至10月 / 2025年11月至12月); a 2025年 goal paragraph (28个 / 6个 网格, 28名 / 84名 网格员, 100%, 95%以上, 90%以上, 85%以上, 5个); 300至500户, 1名, 不少于4次, 每月…不少于1遍, 每周至少1次, 2小时内, 3 / 7个工作日内, 90%以上, 100%, 10名; 2025年3月31日前 / 4月30日前 / 6月30日前 / 5月31日前 / 11月30日前; 工作经费不少于60万元, 每人每月不低于3800元, 每月3日前; a w:tbl 网格 | 网格长 | 网格员 | 联系电话 of nine rows (person names, mobile numbers and one 0553- landline: no units, no targets)",
  documentNumber="湾街办〔2025〕11号",
  title="湾里街道办事处关于印发《湾里街道2025年网格化服务管理工作方案》的通知",
  issuers=["芜湖市鸠江区湾里街道办事处"], issueDate="2025-03-06",
  references=["鸠办发〔2024〕15号"],
  deadlineEnds=["2025-12-31", "2025-03-31", "2025-04-30", "2025-06-30", "2025-05-31", "2025-10-31", "2025-11-30"],
  targets=[
   t(28, "个", "综合网格"),
   t(6, "个", "专属网格"),
   t(28, "名", "专职网格员"),
   t(84, "名", "兼职网格员"),
   t(100, "%", "入户走访覆盖率"),
   t(95, "%", "按时办结率", "gte"),
   t(90, "%", "群众满意度", "gte"),
   t(85, "%", "就地化解率", "gte"),
   t(5, "个", "示范点"),
   t(90, "%", "网格微信群覆盖率", "gte"),
   t(100, "%", "隐患整改率"),
   t(10, "名", "优秀网格员"),
   t(60*WAN, "元", "网格工作经费", "gte"),
   t(3800, "元", "薪酬", "gte", optional=True),
   rng(300, 500, "户", "综合网格"),
   t(1, "名", "专职网格员", optional=True),
   t(4, "次", "业务培训", "gte", optional=True),
   t(1, "遍", "走访", "gte", optional=True),
   t(1, "次", "走访", "gte", optional=True),
   t(2, "小时", "上报", "lte", optional=True),
   t(3, "个工作日", "办结", "lte", optional=True),
   t(7, "个工作日", "办结", "lte", optional=True),
  ],
  responsibilities=[
   r("优化网格划分", ["社会治理办公室", SQ], "2025-03"),
   r("配强网格力量", ["党建工作办公室", "社会治理办公室"], "2025-04"),
   r("常态开展走访排查", [SQ, "综治中心"]),
   r("规范事件流转处置", ["综治中心", "城市管理办公室"], "2025-06"),
   r("推进网格服务提质", ["民生服务办公室", SQ]),
   r("强化网格安全防范", ["应急管理办公室", "派出所", SQ], "2025-05"),
  ],
  optionalResponsibilities=ob("部署阶段", "推进阶段", "考评阶段", "保障措施", "工作要求", "领导小组")),
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
    """The printed forms a value may take: as is, or folded to 万/亿 before the unit (1.0万亩 as printed too)."""
    if bare:
        return [printed(value / WAN)]
    out = [printed(value) + unit, printed(value) + "个" + unit]
    for f, name in ((YI, "亿"), (WAN, "万")):
        if value >= f / 10:  # 0.5万元
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
    # 百分点 is the unit of 个百分点 as printed (the older, more common form in earlier sets)
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
            if fold("%d至%d%s" % (x["min"], x["max"], x["unit"])) not in text:
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
