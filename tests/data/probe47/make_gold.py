"""Writes gold/*.json for probe47 and checks that every printed item occurs in its document.

Values are checked with their unit (亿/万 folded back to the printed form). HTML pages are checked as their text (01 read as GBK, as its <meta> charset=gb2312 says; tags
dropped, entities unescaped). Run from this folder: python3 make_gold.py
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
def ob(*tasks):
    return [{"task": x} for x in tasks]

def cell(value, key):
    """A bare cell of an 投资（万元） column: the unit comes from the header."""
    return dict(t(value * WAN, "元", key, optional=True), cell=True)

BS = "保山市人民政府办公室"
JYK = "基础教育科"
NY = "县农业农村局"

GOLD = [
 dict(seed="01_baoshan_government_office_investment_attraction_award_measures_articles_gbk_html.html",
  form="saved HTML page of a city government portal served as GBK (<meta http-equiv Content-Type charset=gb2312 only, no <meta charset>), div layout: top bar, breadcrumb, a 信息公开 <ul> of <li><b>label：</b>value</li> (索 引 号 / 信息分类 / 发布机构 / 生成日期 2025-04-18 / 文件编号 / 有效性 / 名 称), h1 title, 发布时间/来源/浏览次数/字号 line, body in div#zoom, 相关链接 box: a 人民政府办公室 关于印发 notice (保山, 保政办规) issuing a 招商引资奖励办法 in sixteen 第X条 articles with <strong> article labels; a duty of the counties 于2025年6月30日前 in the notice; a yearly fund 不少于3000万元 and two goals 到2027年 (累计达到300个以上, 年均增长10%以上); tiered one-off awards by investment band 给予一次性奖励50万元 / 100万元 / 200万元 / 300万元 with a cap 最高不超过500万元, a second tier set 30万元 / 80万元 / 150万元 and 5A / 4A awards, 增资扩产 awards, rent subsidies (100%, 50%, 8元, 200万元), 500强 award, a 50% contribution award capped at 500万元 a year, a 0.5% broker award capped at 100万元; 申请条件 that are not targets (5000万元以上, 签约, 6个月内开工, 18个月内投产, 3年内); yearly application dates 每年3月31日前 / 4月30日前 / 6月30日前, 5个工作日 publicity, 5:5 sharing, 3年 ban; 自2025年5月1日起施行，有效期至2027年12月31日, an earlier policy repealed by title and number",
  documentNumber="保政办规〔2025〕2号",
  title="保山市人民政府办公室关于印发保山市招商引资奖励办法的通知",
  issuers=[BS], issueDate="2025-04-16",
  references=["云政办发〔2024〕31号", "保发〔2024〕5号", "保政办发〔2021〕17号"],
  deadlineEnds=["2025-06-30", "2027-12-31"],
  targets=[
   t(3000*WAN, "元", "招商引资奖励专项资金", "gte"),
   t(300, "个", "亿元以上产业项目", "gte"),
   t(10, "%", "省外产业资金", "gte"),
   t(50*WAN, "元", "一次性奖励", optional=True),
   t(100*WAN, "元", "一次性奖励", optional=True),
   t(200*WAN, "元", "一次性奖励", optional=True),
   t(300*WAN, "元", "一次性奖励", optional=True),
   t(500*WAN, "元", "累计奖励", "lte", optional=True),
   t(30*WAN, "元", "一次性奖励", optional=True),
   t(80*WAN, "元", "一次性奖励", optional=True),
   t(150*WAN, "元", "一次性奖励", optional=True),
   t(60*WAN, "元", "一次性奖励", optional=True),
   t(100, "%", "补贴", optional=True),
   t(50, "%", "补贴", optional=True),
   t(8, "元", "补贴", "lte", optional=True),
   t(200*WAN, "元", "累计补贴", "lte", optional=True),
   t(50, "%", "企业发展奖励", optional=True),
   t(500*WAN, "元", "企业发展奖励", "lte", optional=True),
   t(0.5, "%", "中介人奖励", optional=True),
   t(100*WAN, "元", "中介人奖励", "lte", optional=True),
   t(5, "个工作日", "公示", optional=True),
  ],
  responsibilities=[],
  optionalResponsibilities=ob("制定配套实施细则", "提出申请", "初审", "完成审核", "拨付奖励资金", "追回已拨付资金",
                              "负责解释", "市投资促进局")),
 dict(seed="02_liaoyuan_education_bureau_2025_compulsory_education_work_points_section_and_time_limit_brackets.txt",
  form="text of a city bureau portal page (breadcrumb, 索 引 号 / 发布机构 / 成文日期 2025年02月26日 / 公开方式 / 文　　号 / 标　　题 block, 【打印】【关闭】 footer): a city 教育局 关于印发 notice (辽源, 辽源教发) for 2025年义务教育工作要点, a province 教育厅 notice cited by number (〈〉 inside 《》) after the issuing sentence, a 2025年3月20日前 duty of the counties; a 2025年 opening paragraph (巩固率保持在99.6%以上, 入学率达到97%以上); fourteen numbered items 1.…14. under 一、…七、 headings, no heading phrase of their own, each closing with one bracket （责任科室：X、Y；完成时限：…） holding both labels parted by ； (完成时限 2025年10月底前 / 2025年8月底前 / 9月底前 / 全年 / 长期坚持 / 2025年春季学期开学前 / 2025年12月底前 / 2025年11月底前 / 2025年7月15日前 / 年底前 / 2025年9月30日前 / 2025年12月 / 2025年8月31日前 / 每学期开学后1个月内); figures per item (60%以上, 3所, 2700个, 56人以上 大班额, 5个, 20%, 每学期…不少于4次, 100%, 60分钟 / 90分钟 caps, 95%以上, 200节, 30项, 2小时, 56%以上, 下降1个百分点, 至少1名, 4500人次, 120名, 500元, 90%以上); 保障措施 without markers (每季度末, a 2025年12月20日前 督导)",
  documentNumber="辽源教发〔2025〕5号",
  title="辽源市教育局关于印发《2025年全市义务教育工作要点》的通知",
  issuers=["辽源市教育局"], issueDate="2025-02-26",
  references=["吉教基字〔2025〕3号"],
  deadlineEnds=["2025-03-20", "2025-10-31", "2025-08-31", "2025-09-30", "2025-12-31", "2025-11-30", "2025-07-15",
                "2025-12-20"],
  targets=[
   t(99.6, "%", "义务教育巩固率", "gte"),
   t(97, "%", "残疾儿童少年义务教育入学率", "gte"),
   t(60, "%", "优质均衡达标学校比例", "gte"),
   t(3, "所", "中小学校"),
   t(2700, "个", "学位"),
   t(5, "个", "教育集团"),
   t(20, "%", "交流轮岗比例", "gte"),
   t(4, "次", "送教下乡", "gte", optional=True),
   t(100, "%", "压减成果"),
   t(100, "%", "审批登记率"),
   t(60, "分钟", "书面作业", "lte", optional=True),
   t(90, "分钟", "初中", "lte", optional=True),
   t(100, "%", "覆盖率"),
   t(95, "%", "学生参与率", "gte"),
   t(200, "节", "优秀课例"),
   t(30, "项", "教学成果奖"),
   t(2, "小时", "综合体育活动时间", "gte", optional=True),
   t(56, "%", "优良率", "gte"),
   t(1, "百分点", "近视率"),
   t(1, "名", "心理健康教师", "gte", optional=True),
   t(100, "%", "心理健康筛查覆盖率"),
   t(4500, "人次", "培训教师"),
   t(120, "名", "乡村教师"),
   t(500, "元", "生活补助", "gte", optional=True),
   t(90, "%", "随迁子女", "gte"),
   t(95, "%", "线上报名率", "gte"),
   t(100, "%", "安置率"),
  ],
  responsibilities=[
   r("推动东丰县通过县域义务教育优质均衡发展省级评估", [JYK, "教育督导室"], "2025-10"),
   r("实施义务教育学校标准化建设", ["发展规划科", JYK], "2025-08"),
   r("新组建教育集团5个", [JYK, "人事科"], "2025-09"),
   r("开展城区学校对口帮扶乡村小规模学校活动", [JYK]),
   r("持续规范校外培训", ["校外教育培训监管科"]),
   r("提升作业设计质量", [JYK, "教研部"]),
   r("优化课后服务", [JYK, "财务科"], "2025-12"),
   r("实施课堂教学改革三年行动", ["教研部"], "2025-11"),
   r("开展义务教育质量监测", ["教育督导室", "教研部"], "2025-07"),
   r("落实每天综合体育活动时间不少于2小时", ["体卫艺科"], "2025-12"),
   r("配齐配强心理健康教师", ["体卫艺科", "人事科"], "2025-09"),
   r("组织义务教育教师全员培训", ["教师工作科", "财务科"], "2025-12"),
   r("严格落实义务教育免试就近入学", [JYK, "信息中心"], "2025-08"),
   r("开展控辍保学专项行动", [JYK, "特殊教育指导中心"]),
  ],
  optionalResponsibilities=ob("保障措施", "制定本地实施方案", "建立工作台账", "专项督导", "各县（区）教育局")),
 dict(seed="03_minqin_county_government_office_2025_high_standard_farmland_plan_html_project_table.html",
  form="saved HTML page of a county government portal (<meta> SiteName / ColumnName / ArticleTitle / PubDate 2025-03-14 / ContentSource, header and nav, breadcrumb, a th/td 信息公开 table of two label/value pairs a row: 索引号 | 发文机关 / 发文字号 | 成文日期 / 主题分类 | 发布日期, h1, body in div#zoom, signature with <br>): a 县人民政府办公室 关于印发 notice (民勤, 民政办发) for a 2025年高标准农田建设实施方案, a province office notice and a city office notice cited by number; 建设目标 (5.2万亩, 1.8万亩, 3.5万亩, 1.56亿元, 提升0.5个等级, 10%以上, 65%以上; 2025年11月底前完工, 2025年12月底前初验); 建设内容 (126公里, 480公里, 42眼, 85公里, 1200亩, 亩均财政投资不低于2400元); a project table as an HTML <table> 序号 | 项目名称 | 建设内容 | 投资（万元） | 责任单位 | 完成时限 (header cells wrapped in <p>, 7 rows and a 合计 row with colspan, bare investment cells, units parted by 、, 完成时限 2025年10月底前 / 2025年9月底前 / 2025年11月15日前 / 2025年11月底前 / 2025年5月底前 / 2025年10月); 实施步骤 in three dated stages (3月15日—4月10日 / 4月11日—11月30日 / 12月1日—12月31日) with 4月底前 / 6月底前 50%以上 / 100%; 保障措施 with a 2025年4月30日前 funding duty, 每月不少于1次, 100%, 每亩每年不低于15元",
  documentNumber="民政办发〔2025〕14号",
  title="民勤县人民政府办公室关于印发《民勤县2025年高标准农田建设实施方案》的通知",
  issuers=["民勤县人民政府办公室"], issueDate="2025-03-12",
  references=["甘政办发〔2024〕42号", "武政办发〔2025〕8号"],
  deadlineEnds=["2025-11-30", "2025-12-31", "2025-10-31", "2025-09-30", "2025-11-15", "2025-05-31", "2025-04-10",
                "2025-04-30", "2025-06-30"],
  targets=[
   t(5.2*WAN, "亩", "新建高标准农田"),
   t(1.8*WAN, "亩", "改造提升高标准农田"),
   t(3.5*WAN, "亩", "高效节水灌溉"),
   t(1.56*YI, "元", "项目总投资"),
   t(0.5, "个等级", "耕地质量", optional=True),
   t(10, "%", "亩均粮食产能", "gte"),
   t(65, "%", "农田灌溉水有效利用率", "gte"),
   t(126, "公里", "渠道"),
   t(480, "公里", "输水管道"),
   t(42, "眼", "机井"),
   t(85, "公里", "田间道路"),
   t(1200, "亩", "农田防护林带"),
   t(2400, "元", "亩均财政投资", "gte", optional=True),
   t(50, "%", "年度投资", "gte"),
   t(100, "%", "上图入库率"),
   t(1, "次", "抽检频次", "gte", optional=True),
   t(100, "%", "工程质量合格率"),
   t(15, "元", "管护经费", "gte", optional=True),
   t(1.2*WAN, "亩", "高标准农田", optional=True),
   t(110, "公里", "管道", optional=True),
   t(1.1*WAN, "亩", "高标准农田", optional=True),
   t(28, "公里", "渠道", optional=True),
   t(1.0*WAN, "亩", "高标准农田", optional=True),
   t(18, "眼", "机井", optional=True),
   t(1.5*WAN, "亩", "高效节水灌溉", optional=True),
   t(160, "公里", "管道", optional=True),
   t(1.6*WAN, "亩", "高标准农田", optional=True),
   t(32, "公里", "田间道路", optional=True),
   t(1200, "亩", "农田防护林带", optional=True),
   t(46, "公里", "线路", optional=True),
   t(35, "台", "变压器", optional=True),
   cell(3480, "薛百镇高标准农田建设项目"), cell(3190, "东坝镇高标准农田建设项目"),
   cell(2050, "收成镇高标准农田改造提升项目"), cell(2860, "红沙梁镇高效节水灌溉项目"),
   cell(3020, "西渠镇高标准农田建设项目"), cell(560, "农田防护林网建设项目"), cell(440, "项目区输配电工程"),
   cell(15600, "合计"),
  ],
  responsibilities=[
   r("薛百镇高标准农田建设项目", [NY, "薛百镇人民政府"], "2025-10"),
   r("东坝镇高标准农田建设项目", [NY, "东坝镇人民政府"], "2025-10"),
   r("收成镇高标准农田改造提升项目", [NY, "收成镇人民政府"], "2025-09"),
   r("红沙梁镇高效节水灌溉项目", ["县水务局", "红沙梁镇人民政府"], "2025-11"),
   r("西渠镇高标准农田建设项目", [NY, "西渠镇人民政府"], "2025-11"),
   r("农田防护林网建设项目", ["县林业和草原局"], "2025-05"),
   r("项目区输配电工程", ["国网民勤县供电公司"], "2025-10"),
  ],
  optionalResponsibilities=ob("强化组织领导", "落实建设资金", "严格质量监管", "健全管护机制", "前期准备阶段",
                              "招标建设阶段", "验收移交阶段", "领导小组")),
 dict(seed="04_changzhi_education_water_police_emergency_joint_2025_drowning_prevention_notice_tab_table_number_first_body.txt",
  form="text of a city bureau portal page (title line, 发布时间/来源/浏览量 line): a joint notice of four city bodies (长治: 教育局, 水利局, 公安局, 应急管理局) whose masthead puts one body a line with the number 长教发〔2025〕21号 only on the first body's line after full-width spaces, a spaced title naming the four bodies; a province 教育厅等五部门 notice and a city 安委会 notice cited by number; a 2025年 goal paragraph (100% ×3, 不少于300支, 5000人次以上); five 重点任务 paragraphs each naming the department in a sentence (教育部门牵头负责 / 水利部门会同… / 公安部门… / 应急管理部门…) with 5月底前, 2025年6月10日前, frequencies (至少1次, 每天不少于2次, 每周至少1次, 不少于2次) and 30分钟内; a 任务分工 table copied as tab-separated lines 序号 | 工作任务 | 具体措施 | 牵头单位 | 配合单位 | 完成时限 (7 rows; 完成时限 2025年5月底前 / 6月10日前 / 2025年6月20日前 / 7月—8月 / 2025年6月30日前 / 长期 / 2025年8月25日前); 工作要求 without markers (每月5日前, 1小时内, a 2025年9月10日前 summary); contact line; a signature of all four bodies two a line, the date under them",
  documentNumber="长教发〔2025〕21号",
  title="长治市教育局 长治市水利局 长治市公安局 长治市应急管理局关于做好2025年全市中小学生防溺水工作的通知",
  issuers=["长治市教育局", "长治市水利局", "长治市公安局", "长治市应急管理局"], issueDate="2025-05-20",
  references=["晋教安〔2025〕4号", "长安委发〔2025〕2号"],
  deadlineEnds=["2025-12-31", "2025-05-31", "2025-06-10", "2025-06-20", "2025-08-31", "2025-06-30", "2025-08-25", "2025-09-10"],
  targets=[
   t(100, "%", "防溺水安全教育覆盖率"),
   t(100, "%", "签收率"),
   t(100, "%", "设置率"),
   t(300, "支", "巡河护学志愿队伍", "gte"),
   t(5000, "人次", "培训教师和家长志愿者", "gte"),
   t(1, "次", "应急演练", "gte", optional=True),
   t(2, "次", "巡查", "gte", optional=True),
   t(30, "分钟", "到达现场", "lte", optional=True),
   t(1, "次", "安全提醒", "gte", optional=True),
   t(2, "次", "电话家访", "gte", optional=True),
   t(1, "小时", "报告", "lte", optional=True),
  ],
  responsibilities=[
   r("防溺水安全教育", ["市教育局", "市应急管理局"], "2025-05"),
   r("危险水域排查", ["市水利局", "各县（区）人民政府"], "2025-06"),
   r("警示标志和救生设施设置", ["市水利局", "市应急管理局", "各县（区）人民政府"], "2025-06"),
   r("重点水域巡逻管控", ["市公安局", "市水利局"], "2025-08"),
   r("应急救援队伍建设", ["市应急管理局", "市公安局"], "2025-06"),
   r("巡河护学志愿服务", ["市教育局", "团市委", "各县（区）人民政府"]),
   r("工作督导检查", ["市教育局", "市水利局", "市公安局", "市应急管理局"], "2025-08"),
  ],
  optionalResponsibilities=ob("开展全覆盖安全教育", "全面排查危险水域", "加强重点时段巡查管控", "提升应急救援能力",
                              "落实家校共管责任", "强化宣传引导", "压实工作责任", "严格信息报送", "认真总结评估")),
]

def fold(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))

def doc_text(name):
    raw = open(os.path.join("docs", name), "rb").read()
    s = raw.decode("gbk") if b"charset=gb2312" in raw[:600] else raw.decode("utf-8")
    if name.endswith(".html"):
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
        fs = forms(x["value"], x["unit"], x.pop("cell", False))
        if not any(fold(f) in text for f in fs):
            problems += 1
            print("value missing", g["seed"][:2], x)
    out = os.path.join("gold", g["seed"].rsplit(".", 1)[0] + ".json")
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(g, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
print("problems:", problems)
