"""Writes gold/*.json for probe45 and checks that every printed item occurs in its document.

Values are checked with their unit (亿/万 folded back to the printed form). HTML pages are checked as their text (tags
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
XQ = "各县（市、区）交通运输局"
GL = "市公路事业发展中心"

GOLD = [
 dict(seed="01_huangshan_culture_tourism_bureau_2025_autumn_tourism_season_wechat_html_attachment_table.html",
  form="saved HTML of a WeChat official-account article (公众号 黄山文旅: og:title headline with an arrow, 原创 / account / publish_time 2025-08-22 / 发表于安徽 line, ▲点击上方蓝字 line and an editor's lead with an emoji, the document reproduced inside js_content as <section>/<p>/<span>): a city 文化和旅游局 关于印发 notice (黄文旅) issuing a 秋季旅游季活动方案, a province department notice and a city office measures cited by number, signature 2025年8月20日 before the plan; 活动时间 2025年9月1日至11月30日; 活动目标 (接待游客力争达到1800万人次，同比增长8%以上；旅游收入160亿元，同比增长10%以上; 过夜游客占比提高到45%以上; 不少于100场; 集聚区3个); eight activities with event days (9月6日, 10月19日) and ranges (10月1日—11月15日, 9月20日至22日, 10月15日至11月30日, 国庆假期（10月1日—10月7日）, 9月至11月每周末, 10月8日至11月30日) and figures (10条, 3000幅, 8000人, 5万人次以上, 20家, 每场…不少于50家, 5个); 惠民 terms (半价, 500万元 消费券, 2晚以上, 每接待1人奖励20元, 最高不超过10万元); 工作要求 duties of 各区县 without markers (2025年8月31日前, 每周一12时前, 2025年12月10日前), an 80% capacity rule, 5亿次以上 exposure, 95%以上 satisfaction; after the text an 附件 分工表 as <table> 序号 | 重点任务 | 具体内容 | 责任单位 | 完成时限 (units parted by 、; 完成时限 2025年9月6日前 / 2025年8月底前 / 2025年10月19日前 / 2025年11月30日前 / 2025年10月底前 / 旅游季期间 / 2025年9月1日前 / 2025年11月底前 / 9月—11月 / 每周一); 来源 / 编辑 / 往期推荐 / 阅读 furniture after the table",
  documentNumber="黄文旅〔2025〕36号",
  title="黄山市文化和旅游局关于印发《2025年黄山市秋季旅游季活动方案》的通知",
  issuers=["黄山市文化和旅游局"], issueDate="2025-08-20",
  references=["皖文旅发〔2025〕27号", "黄政办〔2025〕9号"],
  deadlineEnds=["2025-11-30", "2025-11-15", "2025-09-22", "2025-10-07", "2025-08-31", "2025-12-10", "2025-09-06",
                "2025-10-19", "2025-10-31", "2025-09-01"],
  targets=[
   t(1800*WAN, "人次", "接待游客"),
   t(8, "%", "同比增长", "gte"),
   t(160*YI, "元", "旅游收入"),
   t(10, "%", "同比增长", "gte"),
   t(45, "%", "过夜游客占比", "gte"),
   t(100, "场", "文旅活动", "gte"),
   t(3, "个", "集聚区"),
   t(10, "条", "精品线路"),
   t(3000, "幅", "作品", "gte"),
   t(8000, "人", "参赛规模"),
   t(5*WAN, "人次", "写生师生", "gte"),
   t(20, "家", "徽菜名店"),
   t(50, "家", "参展商户", "gte", optional=True),
   t(5, "个", "康养旅居示范基地"),
   t(500*WAN, "元", "消费券"),
   t(20, "元", "奖励", optional=True),
   t(10*WAN, "元", "奖励", "lte", optional=True),
   t(80, "%", "最大承载量", "lte", optional=True),
   t(5*YI, "次", "曝光量", "gte"),
   t(95, "%", "游客满意度", "gte"),
   t(10, "条", "线路", optional=True),
   t(4, "场", "推介会", "gte"),
   t(100, "%", "投诉处理率"),
   t(5, "个", "康养旅居示范基地", optional=True),
   t(20, "款", "旅居产品", optional=True),
  ],
  responsibilities=[
   r("筹办旅游季开幕式", ["市文化和旅游局", "屯溪区人民政府"], "2025-09"),
   r("发布秋季精品线路", ["市文化和旅游局", "市旅游协会"], "2025-08"),
   r("举办黄山国际山地马拉松", ["市体育局", "黄山区人民政府", "市卫生健康委"], "2025-10"),
   r("发放文旅消费券", ["市文化和旅游局", "市财政局", "市商务局"], "2025-11"),
   r("开展入境游推广", ["市文化和旅游局", "市外办"], "2025-10"),
   r("加强旅游市场监管", ["市文化旅游体育市场综合执法支队", "市市场监管局"]),
   r("做好交通接驳保障", ["市交通运输局", "黄山风景区管委会"], "2025-09"),
   r("培育康养旅居产品", ["市文化和旅游局", "市民政局", "市卫生健康委"], "2025-11"),
   r("开展“秋游黄山”宣传推广", ["市委宣传部", "市文化和旅游局", "市融媒体中心"], "2025-11"),
   r("做好旅游统计监测", ["市文化和旅游局", "市统计局"]),
  ],
  optionalResponsibilities=o("强化组织协调", "做好数据报送", "守牢安全底线", "加强宣传推广", "提升服务品质",
                             "活动安排", "游客接待数据", "活动总结", "开幕式", "摄影季", "马拉松", "红茶文化节",
                             "写生季", "美食节", "文创市集", "康养旅居季")),
 dict(seed="02_fushun_emergency_bureau_2025_work_safety_inspection_three_stages_monthly_reports.txt",
  form="text of a city bureau portal page (breadcrumb, 发布时间/来源 line with a font bar, number on its own line, 【打印本页】【关闭窗口】 footer): a city 应急管理局 notice (抚顺, 抚应急发) on a 2025年 安全生产大检查, a province 安委办 notice and a city 安委会 plan (title with 〈〉 inside 《》) cited by number; 工作目标 (企业自查覆盖率达到100%, 不少于1200家, 整改率100% / 95%以上, 全年…事故起数同比下降10%以上, 死亡人数同比下降15%以上); eight 检查重点 items each closing with （责任单位：X、Y） with a scope count (32家) and rates (100%, 98%以上); 时间安排 from 2025年4月15日 to 9月30日 in three stages as （一）自查自纠阶段（2025年4月15日—5月31日） / （二）重点检查阶段（2025年6月1日—8月31日） / （三）总结提升阶段（2025年9月1日—9月30日） (year-less ends), a per-county monthly minimum (每个县（区）每月抽查企业不少于30家), 4个督导组; 工作要求 without markers (2025年4月20日前 plans, 每月…不少于2起, 每月5日前 / 每月25日前 reports, a 2025年9月20日前 summary, the 12350 hotline); contact lines, 附件 line, signature, 抄送 and 印发 lines",
  documentNumber="抚应急发〔2025〕15号",
  title="抚顺市应急管理局关于开展2025年全市安全生产大检查的通知",
  issuers=["抚顺市应急管理局"], issueDate="2025-04-08",
  references=["辽安委办发〔2025〕8号", "抚安委发〔2024〕3号"],
  deadlineEnds=["2025-09-30", "2025-05-31", "2025-08-31", "2025-04-20", "2025-09-20"],
  targets=[
   t(100, "%", "企业自查覆盖率"),
   t(1200, "家", "检查企业", "gte"),
   t(100, "%", "重大事故隐患整改率"),
   t(95, "%", "一般隐患整改率", "gte"),
   t(10, "%", "事故起数", "gte"),
   t(15, "%", "死亡人数", "gte"),
   t(32, "家", "重大危险源企业", optional=True),
   t(100, "%", "除尘系统改造完成率"),
   t(98, "%", "定期检验率", "gte"),
   t(30, "家", "抽查企业", "gte", optional=True),
   t(4, "个", "督导组", optional=True),
  ],
  responsibilities=[
   r("危险化学品", ["市应急管理局", "抚顺高新区管委会"]),
   r("非煤矿山", ["市应急管理局", "市自然资源局"]),
   r("工贸行业", ["市应急管理局", "市工业和信息化局"]),
   r("燃气和城镇建设", ["市住房和城乡建设局", "市城市管理综合行政执法局"]),
   r("道路交通和消防", ["市公安局交通警察支队", "市交通运输局", "市消防救援支队"]),
   r("特种设备", ["市市场监督管理局"]),
   r("文化旅游和人员密集场所", ["市文化旅游和广播电视局", "市商务局", "市教育局", "市卫生健康委员会"]),
   r("水利和农业农村", ["市水务局", "市农业农村局"]),
  ],
  optionalResponsibilities=o("压实工作责任", "严格执法检查", "按时报送信息", "强化宣传引导", "自查自纠阶段",
                             "重点检查阶段", "总结提升阶段", "检查方案", "工作总结")),
 dict(seed="03_yuelu_district_government_childcare_opinion_trs_html_xxgk_table_lead_assist_sentences.html",
  form="saved HTML page of a district government portal (TRS CMS: <meta> SiteName / ColumnName / ArticleTitle / PubDate 2025-03-21 / ContentSource, breadcrumb to 区政府文件, a 信息公开 <table> of label/value cells 索引号 | 主题分类 | 发布机构 | 成文日期 | 文　　号 | 有 效 性 | 标　　题, body in <div class=\"TRS_Editor\"> with an inline <style>, number centred above the addressees): a 区人民政府 意见 (长沙市岳麓区, 岳政发) on 托育服务, a 国办发 opinion and a city office opinion cited by number; 总体目标 in two paragraphs 到2025年 / 到2030年 with the same indicators (每千人口拥有3岁以下婴幼儿托位数达到4.5个 / 5.5个, 普惠性托位占比达到60% / 70%以上, 社区托育服务覆盖率达到50% / 80%; 每个街道（乡镇）至少建成1个, 备案率100%; 1个 centre, 满意度90%以上); nine tasks under （一）…（九） headings each closing with a sentence 由X牵头，Y、Z配合 / 由X负责 / 由X负责，Y配合 / 由X、Y按职责分工负责 (no brackets), with subsidy terms (每个5000元, 每人每月300元), ages (2至3岁), 2025年新增…800个, 到2025年底…不少于20所 / 10个, a planning standard 每千人口不少于10个托位, 每年…不少于500人次, 100%, 每年至少…2次, 保持在95%以上, 每年…1次, 不少于90天, a 2025年9月底前 launch; 保障措施 without markers (a 2025年6月30日前 plan, 每年…不少于800万元, 每年12月15日前 evaluation, a 2025年12月31日前 mid-term review); 自2025年4月1日起施行，有效期至2030年3月31日; signature, （此件主动公开）, print/close footer",
  documentNumber="岳政发〔2025〕3号",
  title="长沙市岳麓区人民政府关于加快推进托育服务体系建设的意见",
  issuers=["长沙市岳麓区人民政府"], issueDate="2025-03-18",
  references=["国办发〔2019〕15号", "长政办发〔2023〕12号"],
  deadlineEnds=["2025-12-31", "2030-12-31", "2025-09-30", "2025-06-30", "2030-03-31"],
  targets=[
   t(4.5, "个", "托位数"),
   t(60, "%", "普惠性托位占比", "gte"),
   t(1, "个", "普惠托育服务机构", "gte", optional=True),
   t(50, "%", "社区托育服务覆盖率"),
   t(100, "%", "备案率"),
   t(5.5, "个", "托位数"),
   t(70, "%", "普惠性托位占比", "gte"),
   t(80, "%", "社区托育服务覆盖率"),
   t(1, "个", "托育综合服务中心"),
   t(90, "%", "满意度", "gte"),
   t(5000, "元", "建设补助", optional=True),
   t(300, "元", "运营补助", optional=True),
   t(800, "个", "新增普惠性托位"),
   t(20, "所", "公办幼儿园", "gte"),
   t(10, "个", "托位", "gte", optional=True),
   t(10, "个", "示范点"),
   t(500, "人次", "托育从业人员", "gte"),
   t(100, "%", "持证上岗率"),
   t(2, "次", "健康检查", "gte", optional=True),
   t(95, "%", "婴幼儿健康管理率", "gte"),
   t(1, "次", "全覆盖检查", optional=True),
   t(90, "天", "保存期限", "gte", optional=True),
   t(800*WAN, "元", "托育服务专项资金", "gte"),
  ],
  responsibilities=[
   r("扩大普惠托育服务供给", ["区卫生健康局", "区发展和改革局", "区财政局"]),
   r("推进托幼一体化发展", ["区教育局", "区卫生健康局", "区财政局"], "2025-12"),
   r("发展社区嵌入式托育", ["区住房和城乡建设局", "区自然资源和规划分局", "区卫生健康局"]),
   r("支持用人单位办托", ["区总工会", "区卫生健康局", "区机关事务服务中心", "麓谷街道办事处"], "2025-12"),
   r("加强托育人才队伍建设", ["区人力资源和社会保障局"]),
   r("强化医育结合", ["区卫生健康局", "区市场监督管理局"]),
   r("加强综合监管", ["区卫生健康局", "区市场监督管理局", "区消防救援大队", "公安岳麓分局"]),
   r("推进智慧托育建设", ["区数据资源管理局", "区卫生健康局"], "2025-09"),
   r("落实税费优惠政策", ["区发展和改革局", "国家税务总局长沙市岳麓区税务局"]),
  ],
  optionalResponsibilities=o("加强组织领导", "加大资金投入", "强化考核评估", "营造良好氛围", "托位建设计划",
                             "中期评估")),
 dict(seed="04_yichun_transport_bureau_2025_road_maintenance_plan_tab_project_table_mixed_time_limits.txt",
  form="text of a city portal page (breadcrumb, a 索 引 号 / 发布机构 / 发文日期 / 文　　号 block whose 发文日期 2025-03-27 is two days after the signature): a city 交通运输局 关于印发 notice (伊春, 伊交发) signed before a 2025年公路养护工作实施方案, a province department notice and a city government opinion cited by number; 主要目标 (2025年 养护资金2.3亿元, 大中修工程86公里, 320公里, 12座; 到年底 优良路率达到90%以上, 优良中等路率达到85%以上, 保持在95%以上, 列养率保持100%, 100% / 100% rates); seven 重点工作 without markers (5条, 100%, 24小时内, 95%以上, 年内, 100%, 90%以上); a project table as copied from the portal, one row a line with cells parted by tabs: 序号 | 项目名称 | 建设内容 | 规模 | 责任单位 | 完成时限, 规模 cells bare quantities (38公里, 26公里, 22公里, 320公里, 12座, 150公里, 86座, 5条, 全市国省干线, 1个, 1120公里, 3处), 责任单位 parted by 、, 完成时限 written 2025.9 / 2025.8 / 6月底 / 10月底 / 年底前 / 2025.10 / 2025.6 / 全年 / 2025年11月底前 / 2025.7; 保障措施 without markers (a 2025年4月15日前 list, funding standards 每年每公里不低于1万元 / 0.5万元 / 0.3万元, 每季度 checks with 95%以上, 每月28日前 reports, a 2025年12月5日前 summary); 抄送 and 印发 lines",
  documentNumber="伊交发〔2025〕12号",
  title="伊春市交通运输局关于印发《2025年伊春市公路养护工作实施方案》的通知",
  issuers=["伊春市交通运输局"], issueDate="2025-03-25",
  references=["黑交发〔2025〕21号", "伊政发〔2024〕8号"],
  deadlineEnds=["2025-12-31", "2025-09-30", "2025-08-31", "2025-06-30", "2025-10-31", "2025-11-30", "2025-07-31",
                "2025-04-15", "2025-12-05"],
  targets=[
   t(2.3*YI, "元", "养护资金"),
   t(86, "公里", "大中修工程"),
   t(320, "公里", "农村公路养护工程"),
   t(12, "座", "危旧桥梁"),
   t(90, "%", "国省干线公路优良路率", "gte"),
   t(85, "%", "优良中等路率", "gte"),
   t(95, "%", "经营性公路优良路率", "gte"),
   t(100, "%", "列养率"),
   t(100, "%", "自动化检测覆盖率"),
   t(100, "%", "交工验收合格率"),
   t(5, "条", "示范路线"),
   t(100, "%", "定期检查覆盖率"),
   t(24, "小时", "清雪作业", "lte", optional=True),
   t(95, "%", "循环利用率", "gte"),
   t(100, "%", "路长设置率"),
   t(90, "%", "路域环境整治达标率", "gte"),
   t(1*WAN, "元", "县道", "gte", optional=True),
   t(0.5*WAN, "元", "乡道", "gte", optional=True),
   t(0.3*WAN, "元", "村道", "gte", optional=True),
   t(95, "%", "抽检合格率", "gte"),
   t(38, "公里", "大修工程", optional=True),
   t(26, "公里", "中修工程", optional=True),
   t(22, "公里", "预防性养护", optional=True),
   t(320, "公里", "路面修复工程", optional=True),
   t(12, "座", "危旧桥梁改造工程", optional=True),
   t(150, "公里", "公路安全生命防护工程", optional=True),
   t(86, "座", "汛前重点桥梁排查", optional=True),
   t(5, "条", "示范路线创建", optional=True),
   t(1, "个", "公路养护管理平台建设", optional=True),
   t(1120, "公里", "自动化检测", optional=True),
   t(3, "处", "养护工区", optional=True),
  ],
  responsibilities=[
   r("G222线伊春至乌伊岭段大修工程", [GL], "2025-09"),
   r("G332线金林区段中修工程", [GL, "金林区交通运输局"], "2025-08"),
   r("S206线嘉荫县段预防性养护", ["嘉荫县交通运输局"], "2025-06"),
   r("农村公路路面修复工程", [XQ], "2025-10"),
   r("危旧桥梁改造工程", [GL, "铁力市交通运输局"], "2025-12"),
   r("公路安全生命防护工程", ["市交通运输局公路科", XQ], "2025-10"),
   r("汛前重点桥梁排查", [GL], "2025-06"),
   r("“四好农村路”示范路线创建", ["市交通运输局农村公路科"], "2025-12"),
   r("冬季除雪保通", [GL, XQ]),
   r("公路养护管理平台建设", ["市交通运输局科技信息科"], "2025-11"),
   r("公路技术状况自动化检测", [GL], "2025-07"),
   r("养护工区标准化建设", [GL, "汤旺县交通运输局"], "2025-12"),
  ],
  optionalResponsibilities=o("实施国省干线大中修", "推进农村公路提档升级", "加强桥梁隧道养护", "做好冬季养护和应急保障",
                             "提升养护信息化水平", "深化养护市场化改革", "开展路域环境整治", "落实养护责任",
                             "保障养护资金", "加强质量监管", "强化安全管理", "按时报送进度")),
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
        if value >= f / 10:  # 0.5万元
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
        fs = forms(x["value"], x["unit"])
        if not any(fold(f) in text for f in fs):
            problems += 1
            print("value missing", g["seed"][:2], x)
    out = os.path.join("gold", g["seed"].rsplit(".", 1)[0] + ".json")
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(g, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
print("problems:", problems)
