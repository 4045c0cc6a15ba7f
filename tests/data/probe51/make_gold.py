"""Writes gold/*.json for probe51 and checks that every printed item occurs in its document.

Values are checked with their unit (亿/万 folded back to the printed form). The HTML page is checked as its text (style
dropped, tags dropped, entities unescaped); all text NFKC-folded with whitespace removed. Run from this folder:
python3 make_gold.py
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

def ob(*tasks):
    return [{"task": x} for x in tasks]

YI, WAN = 100000000, 10000
CZ, XZ = "县财政局", "各乡镇人民政府"

GOLD = [
 dict(seed="01_cangxi_county_government_office_2025_livelihood_projects_html_annex_table_br_cells.html",
  form="saved HTML page of a county government portal (<meta> ArticleTitle / PubDate 2025-02-21, a <style> block, top bar, breadcrumb, h1, 发布日期/来源/阅读次数 line, body in div#zoom with the number in a centred <p>, signature with <br>, 【打印本页】 footer): a 县人民政府办公室 关于印发2025年民生实事项目的通知 (苍溪, 苍府办发) with six numbered paragraphs (a city office notice cited by number, 2025年3月15日前 / 2025年12月20日前 / 2026年1月10日前 duties, 总投资3.86亿元, 不少于1.2亿元, 拨付率达到100%, 合格率达到100%, 每月25日前 reports, 满意度低于85% as a condition) and an annex HTML <table> 序号 | 项目名称 | 建设内容及目标 | 牵头单位 | 责任单位 | 完成时限 with no <th>, ten rows, two or three figures per 建设内容及目标 cell parted by ； and <br> (个, 所, 人次 in 万, 处, 公里, %, 户, 部, 座, 张, 人, 件; 以上 / 以内 / 保持), 责任单位 parted by 、, 完成时限 2025年8月底前 / 11月底前 / 10月31日前 / 11月30日前 / 9月30日前 / 12月底前",
  documentNumber="苍府办发〔2025〕6号",
  title="苍溪县人民政府办公室关于印发2025年民生实事项目的通知",
  issuers=["苍溪县人民政府办公室"], issueDate="2025-02-19",
  references=["广府办函〔2025〕9号"],
  deadlineEnds=["2025-03-15", "2025-12-20", "2026-01-10", "2025-08-31", "2025-11-30", "2025-10-31", "2025-12-31",
                "2025-09-30"],
  targets=[
   t(3.86*YI, "元", "计划总投资"),
   t(1.2*YI, "元", "县级财政安排资金", "gte"),
   t(100, "%", "资金拨付率"),
   t(100, "%", "工程质量合格率"),
   t(10, "件", "民生实事项目", optional=True),
   t(1080, "个", "学位"),
   t(12, "所", "农村薄弱学校"),
   t(3, "个", "塑胶运动场"),
   t(8, "个", "乡镇卫生院"),
   t(30, "个", "村卫生室"),
   t(5.2*WAN, "人次", "健康体检"),
   t(26, "处", "农村供水工程"),
   t(186, "公里", "供水管网"),
   t(92, "%", "农村自来水普及率", "gte"),
   t(15, "个", "老旧小区"),
   t(2860, "户", "居民", optional=True),
   t(20, "部", "电梯"),
   t(120, "公里", "农村公路"),
   t(9, "座", "危桥"),
   t(80, "公里", "安全生命防护工程"),
   t(4, "个", "乡镇区域养老服务中心"),
   t(6, "个", "养老服务站"),
   t(300, "张", "养老床位"),
   t(500, "户", "适老化改造"),
   t(3200, "人", "新增就业"),
   t(6000, "人次", "职业技能培训"),
   t(5.5, "%", "城镇调查失业率", "lte"),
   t(3, "处", "公共停车场"),
   t(1200, "个", "停车泊位"),
   t(150, "个", "公共充电桩"),
   t(2000, "户", "农村卫生厕所"),
   t(18, "处", "农村生活污水处理设施"),
   t(100, "%", "覆盖率"),
   t(25, "个", "村级健身广场"),
   t(4, "个", "多功能运动场"),
   t(500, "件", "健身器材"),
  ],
  responsibilities=[
   r("城乡义务教育学校提升工程", ["县教育局", "县发展改革局", "县自然资源局", "陵江镇人民政府"], "2025-08"),
   r("基层医疗卫生服务能力提升工程", ["县卫生健康局", CZ, XZ], "2025-11"),
   r("农村供水保障工程", ["县水利局", CZ, "县生态环境局", XZ], "2025-10"),
   r("城镇老旧小区改造工程", ["县住房城乡建设局", CZ, "陵江镇人民政府", "云峰镇人民政府"], "2025-12"),
   r("农村公路提档升级工程", ["县交通运输局", "县公安局", XZ], "2025-11"),
   r("养老服务提质工程", ["县民政局", "县卫生健康局", XZ], "2025-10"),
   r("就业创业促进工程", ["县人力资源社会保障局", "县农业农村局", "县总工会", "团县委"], "2025-12"),
   r("城区停车便民工程", ["县住房城乡建设局", "县自然资源局", "县公安局", "国网苍溪县供电公司"], "2025-09"),
   r("农村人居环境整治工程", ["县农业农村局", "县生态环境局", "县住房城乡建设局", XZ], "2025-11"),
   r("全民健身设施补短板工程", ["县文化广播电视和旅游局", "县教育局", XZ], "2025-09"),
  ],
  optionalResponsibilities=ob("提高思想认识", "加强资金保障", "严格督查考核", "注重宣传引导", "规范项目管理",
                              "及时总结报告", "县政府督查室", "县财政局", "实施方案")),
 dict(seed="02_yaan_city_government_office_geological_disaster_emergency_plan_member_duties_colon_paragraphs.txt",
  form="text of a city portal page (title line, 发布时间/来源/【字体】 line): a 人民政府办公室 关于印发 notice (雅安, 雅府办发) issuing a 突发地质灾害应急预案 in numbered sections 1 … 7, repealing the 2019 plan cited by title and number, a 2025年6月30日前 duty of the counties; 灾害分级 thresholds that are no targets (死亡（含失踪）10人以上, 直接经济损失1000万元以上, 3人以上10人以下, 500万元以上1000万元以下, 1000人以上, 1亿元以上); a 指挥部 led by posts; 成员单位职责 as ten `X：负责…` paragraphs one unit each, closing with 其他成员单位按照职责分工; monitoring (1286处, 覆盖率达到100%, 汛期（5月至9月）, 24小时值班), a 2小时内 evacuation, Ⅰ级…Ⅳ级 responses, 30分钟内 / 1小时内 reports; 保障措施 (至少1支不少于50人, a 2025年5月31日前 duty, 每年至少1次 drills, 2025年12月底前 15处 relocation); 每3年修订一次, 自印发之日起施行",
  documentNumber="雅府办发〔2025〕11号",
  title="雅安市人民政府办公室关于印发《雅安市突发地质灾害应急预案》的通知",
  issuers=["雅安市人民政府办公室"], issueDate="2025-04-07",
  references=["雅府办发〔2019〕37号", "川办函〔2024〕52号"],
  deadlineEnds=["2025-06-30", "2025-05-31", "2025-12-31"],
  targets=[
   t(100, "%", "隐患点监测覆盖率"),
   t(15, "处", "高风险隐患点"),
   t(1286, "处", "地质灾害隐患点", optional=True),
   t(24, "小时", "值班", optional=True),
   t(2, "小时", "撤离", "lte", optional=True),
   t(30, "分钟", "电话报告", "lte", optional=True),
   t(1, "小时", "书面报告", "lte", optional=True),
   t(1, "支", "专业应急抢险队伍", "gte", optional=True),
   t(50, "人", "专业应急抢险队伍", "gte", optional=True),
   t(1, "次", "应急演练", "gte", optional=True),
   t(1, "次", "避险转移演练", "gte", optional=True),
  ],
  responsibilities=[
   r("组织编制市突发地质灾害应急预案", ["市应急管理局"]),
   r("组织开展地质灾害隐患排查", ["市自然资源和规划局"]),
   r("灾害性天气监测预报预警", ["市气象局"]),
   r("组织抢修受损公路", ["市交通运输局"]),
   r("灾区治安管理和交通疏导", ["市公安局"]),
   r("组织医疗卫生救援", ["市卫生健康局"]),
   r("指导受损房屋安全鉴定", ["市住房和城乡建设局"]),
   r("组织消防救援队伍参与被困人员搜救", ["市消防救援支队"]),
   r("指导做好因灾遇难人员遗体处置", ["市民政局"]),
   r("保障市级地质灾害应急处置所需经费", ["市财政局"]),
  ],
  optionalResponsibilities=ob("应急预案修订", "市指挥部", "监测体系", "组织受威胁群众撤离", "应急救援队伍建设",
                              "应急物资储备库", "应急演练", "避险搬迁", "灾后恢复重建", "负责解释", "按照职责分工",
                              "启动", "报告")),
 dict(seed="03_quzhou_city_government_office_14th_five_year_water_plan_excerpt_pdf_space_aligned_indicator_table_boxes.txt",
  form="text copied from a PDF (hard wraps mid-sentence, the title cut over two lines, `— N —` page-number lines): a city 人民政府办公室 关于印发 notice (衢州, 衢政办发) issuing a 水利发展“十四五”规划, printed as an excerpt (节选) with 第X章/第X节 headings; 发展基础 results (186亿元, 1.2亿立方米, 88.5%, 0.597, 412公里: no targets); a province plan cited by title and number and the city's 纲要 by title only; 到2025年 goals in prose (累计完成300亿元以上, 保持100%); a 主要指标 table laid out with runs of spaces, no tabs, 类别 | 指标 | 单位 | 2020年 | 2025年 | 属性 (a 类别 cut over two lines 水资源 / 保障, ≤ / ≥ in cells, 〔〕 five-year values with a note, a — unit for a coefficient, a — cell, 亿立方米 / 条 / 亿元 units); three 专栏 boxes of numbered projects each with a scale and a 总投资 (公里, 座, 条, 万吨, 万人, 万亩, 个, 平方公里, 亿元); task figures (160公里, 45座, 50年一遇, 1.5亿立方米, 100% ×3, 30条, 20个, 86万亩, 不少于30亿元, 每年…不少于5亿元); 保障措施 without markers with a 2023年12月底前 mid-term review and a 2025年底前 final review; 抄送 and 印发 lines",
  documentNumber="衢政办发〔2021〕27号",
  title="衢州市人民政府办公室关于印发衢州市水利发展“十四五”规划的通知",
  issuers=["衢州市人民政府办公室"], issueDate="2021-08-16",
  references=["浙发改规划〔2021〕213号"],
  deadlineEnds=["2025-12-31", "2023-12-31"],
  targets=[
   t(300*YI, "元", "水利投资", "gte"),
   t(100, "%", "农村饮用水达标提标人口覆盖率"),
   t(95, "%", "县级以上城市防洪达标率"),
   t(95, "%", "主要江河堤防达标率"),
   t(100, "%", "山洪灾害防治村覆盖率"),
   t(17.5*YI, "立方米", "用水总量", "lte"),
   t(16, "%", "万元GDP用水量"),
   t(0.61, "", "农田灌溉水有效利用系数"),
   t(90, "%", "城乡供水一体化覆盖率"),
   t(98, "%", "重要水功能区水质达标率", "gte"),
   t(30, "条", "美丽河湖"),
   t(100, "%", "水利工程标准化管理覆盖率"),
   t(160, "公里", "堤防"),
   t(45, "座", "病险水库"),
   t(50, "年", "防洪能力", "gte", optional=True),
   t(1.5*YI, "立方米", "新增供水能力"),
   t(100, "%", "农村供水工程标准化管理覆盖率"),
   t(20, "个", "水美乡镇"),
   t(100, "%", "饮用水水源地水质达标率"),
   t(100, "%", "配套率"),
   t(86*WAN, "亩", "改革面积"),
   t(30*YI, "元", "社会资本", "gte"),
   t(5*YI, "元", "市级水利建设资金", "gte"),
   # 专栏 projects: scale and investment of each listed project, parameters of the project (optional)
   t(58, "公里", "堤防", optional=True), t(28.6*YI, "元", "总投资", optional=True),
   t(42, "公里", "河道", optional=True), t(15.2*YI, "元", "总投资", optional=True),
   t(45, "座", "小型水库", optional=True), t(6.8*YI, "元", "总投资", optional=True),
   t(36, "条", "山洪沟", optional=True), t(3.5*YI, "元", "总投资", optional=True),
   t(18.5, "公里", "输水隧洞", optional=True), t(40*WAN, "吨", "日供水规模", optional=True),
   t(32*YI, "元", "总投资", optional=True),
   t(1200, "公里", "供水管网", optional=True), t(65*WAN, "人", "受益人口", optional=True),
   t(18*YI, "元", "总投资", optional=True),
   t(12, "处", "中型灌区", optional=True), t(35*WAN, "亩", "改善灌溉面积", optional=True),
   t(9.6*YI, "元", "总投资", optional=True),
   t(30, "条", "省级美丽河湖", optional=True), t(260, "公里", "滨水绿道", optional=True),
   t(12*YI, "元", "总投资", optional=True),
   t(800, "个", "农村池塘", optional=True), t(350, "公里", "农村河道", optional=True),
   t(7.5*YI, "元", "总投资", optional=True),
   t(150, "平方公里", "水土流失", optional=True), t(2.4*YI, "元", "总投资", optional=True),
  ],
  responsibilities=[],
  optionalResponsibilities=ob("保障措施", "市水利局", "市发展改革委", "市自然资源和规划局", "各县（市、区）人民政府",
                              "中期评估", "总结评估")),
 dict(seed="04_bazhong_housing_bureau_2025_waste_sorting_assessment_rules_tab_scoring_table.txt",
  form="text of a city bureau portal page (title line, one-line 索引号 / 发布机构 / 成文日期 block, 【打印本页】 footer): a city 住房和城乡建设局 关于印发 notice (巴中, 巴住建发) issuing a 考核细则 in nine 第X条 articles; a province department plan and a city office plan cited by number; a 考核周期 2025年1月1日至2025年12月31日; a 年度工作目标 article opening 2025年 (36%以上, 保持100%, 100%, 85%以上, 260个, 100吨/日, a 2025年9月30日前 plant); weights of the parts (占60% / 占40%), inspection sample sizes (不少于5个 / 不少于3个), 100分 and 最高不超过5分; a 考核评分表 copied as tab-separated lines 序号 | 考核内容 | 分值 | 评分标准 (10分 … 5分; 得满分, 扣3分, 每次扣1分, 每少完成5%扣1分, 低于60%的不得分, 每处扣0.5分, 85%以上 / 100% restating goals, 每低1个百分点扣1分, 不少于1次, 未达到100%, 低于80%, 每项加2分); 考核程序 with 2025年12月10日前 / 2025年12月下旬 / 2026年1月20日前; grade bands (90分以上 …), a 20% weight, 限期1个月内; 有效期至2025年12月31日",
  documentNumber="巴住建发〔2025〕18号",
  title="巴中市住房和城乡建设局关于印发《巴中市2025年度城市生活垃圾分类工作考核细则》的通知",
  issuers=["巴中市住房和城乡建设局"], issueDate="2025-03-18",
  references=["川建城建发〔2024〕118号", "巴府办发〔2023〕21号"],
  deadlineEnds=["2025-12-31", "2025-09-30", "2025-12-10", "2026-01-20"],
  targets=[
   t(36, "%", "回收利用率", "gte"),
   t(100, "%", "无害化处理率"),
   t(100, "%", "强制分类覆盖率"),
   t(85, "%", "居民小区生活垃圾分类覆盖率", "gte"),
   t(260, "个", "分类收集点"),
   t(100, "吨/日", "厨余垃圾处理能力"),
   # thresholds inside the scoring standards (probe32: a restated goal is also optional)
   t(85, "%", "覆盖率", "gte", optional=True),
   t(100, "%", "无害化处理率", optional=True),
   t(1, "次", "集中宣传活动", "gte", optional=True),
   t(100, "%", "教育覆盖率", optional=True),
   t(80, "%", "督导员配置率", optional=True),
   t(5, "个", "居民小区", "gte", optional=True),
   t(3, "个", "公共机构", "gte", optional=True),
  ],
  responsibilities=[],
  optionalResponsibilities=ob("考核工作的组织实施", "考核组", "工作计划", "自评报告", "年终考核", "考核结果",
                              "约谈", "整改", "负责解释", "问题清单")),
]

def fold(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))

def doc_text(name):
    s = open(os.path.join("docs", name), encoding="utf-8").read()
    if name.endswith(".html"):
        s = re.sub(r"<style.*?</style>", "", s, flags=re.S)
        s = html.unescape(re.sub(r"<[^>]+>", "", s))
    s = re.sub(r"— \d+ —", "", s)
    return fold(s)

def printed(v):
    return ("%f" % v).rstrip("0").rstrip(".")

def forms(value, unit):
    """The printed forms a value may take: as is, or folded to 万/亿 before the unit, or in 〔〕 / after ≤ ≥ in a cell."""
    out = [printed(value) + unit, printed(value) + "个" + unit]
    for f, name in ((YI, "亿"), (WAN, "万")):
        if value >= f / 10:
            out.append(printed(value / f) + name + unit)
            out.append("%.1f" % (value / f) + name + unit)
    return out

CELL = {"03": True}  # 03's table cells carry the unit in their own column: checked as the bare printed number

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
        fs = forms(x["value"], x["unit"])
        if g["seed"][:2] in CELL:
            v = x["value"]
            fs += [printed(v), printed(v / YI), printed(v / WAN)]
        if not any(fold(f) in text for f in fs):
            problems += 1
            print("value missing", g["seed"][:2], x)
    out = os.path.join("gold", g["seed"].rsplit(".", 1)[0] + ".json")
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(g, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
print("problems:", problems)
