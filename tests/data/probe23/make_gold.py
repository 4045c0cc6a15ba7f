"""Writes gold/*.json for probe23 and checks that every printed item occurs in its document.

Values are checked with their unit (亿/万 folded back to the printed form); the HTML page (04) is checked with its
tags stripped and entities unescaped. Run from this folder: python3 make_gold.py
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

YI, WAN = 100000000, 10000

GOLD = [
 dict(seed="01_lintao_county_office_farmland_grain_work_plan_lead_coop_columns_tab_table.txt",
  form="text of a county portal page (索引号 block with 信息分类 / 发布机构 / 生成日期 / 文　　号 / 名　　称, 生成日期 later than the signed date): a county 人民政府办公室 关于印发 notice, signed before the plan, issuing a 高标准农田建设和粮食生产 work plan that cites a city office notice by title and number; a 2024年 goal paragraph (稳定在75万亩以上, 达到32万吨, 18万亩左右, 稳定在20万亩, 8.5万亩 with a 其中 part 1.2万亩, 72%以上), then a tab-separated task table 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 with lead and 配合 in separate columns, 配合 cells parted by 、, a task cell with a figure (覆盖率达到90%以上), 2024年N月底前 cells and 长期坚持; a per-mu funding standard, a per-mu subsidy with a size condition, a monthly report and a summary date",
  documentNumber="临政办发〔2024〕21号",
  title="临洮县人民政府办公室关于印发临洮县2024年高标准农田建设和粮食生产工作方案的通知",
  issuers=["临洮县人民政府办公室"], issueDate="2024-03-06", references=["定政办发〔2024〕9号"],
  deadlineEnds=["2024-12-31", "2024-03-31", "2024-05-31", "2024-09-30", "2024-12-10"],
  targets=[
   t(75*WAN, "亩", "粮食播种面积", "gte"),
   t(32*WAN, "吨", "粮食总产量"),
   t(18*WAN, "亩", "马铃薯种植面积", "approx"),
   t(20*WAN, "亩", "中药材种植面积"),
   t(8.5*WAN, "亩", "高标准农田"),
   t(1.2*WAN, "亩", "高效节水灌溉"),
   t(72, "%", "综合机械化率", "gte"),
   t(90, "%", "测土配方施肥技术覆盖率", "gte"),
   t(2400, "元", "高标准农田建设投入", "gte", optional=True),
   t(50, "元", "一次性补贴", optional=True),
  ],
  responsibilities=[
   r("完成2024年高标准农田建设项目初步设计批复和招投标", ["县农业农村局", "县发展和改革局", "县财政局"], "2024-03"),
   r("全面开工建设高标准农田项目，同步配套田间道路、灌排设施", ["县农业农村局", "各乡镇人民政府"], "2024-05"),
   r("落实粮食播种面积，抓好春播和马铃薯脱毒种薯推广", ["县农业农村局", "县农业技术推广中心", "各乡镇人民政府"], "2024-05"),
   r("实施耕地地力提升和化肥减量增效，测土配方施肥技术覆盖率达到90%以上", ["县农业技术推广中心", "县农业农村局"], "2024-09"),
   r("完成高标准农田项目竣工验收和上图入库", ["县农业农村局", "县自然资源局", "县财政局"], "2024-12"),
   r("加强耕地保护和撂荒地整治，遏制耕地“非农化”、防止“非粮化”", ["县自然资源局", "县农业农村局", "各乡镇人民政府"], "持续推进"),
  ],
  optionalResponsibilities=[{"task": "加强组织领导"}, {"task": "强化资金保障"}, {"task": "严格质量监管"},
                            {"task": "严格督导考核"}, {"task": "工作进展情况"}, {"task": "全年工作总结"},
                            {"task": "属地责任"}, {"task": "按照任务清单"}]),
 dict(seed="02_jiamusi_four_bodies_joint_gas_fire_safety_winter_campaign_notice_stages.txt",
  form="text of a city bureau portal page (发布时间/来源 line, number on its own line): a joint 安全生产 notice of four bodies (应急管理局, 住房和城乡建设局, 市场监督管理局, 消防救援支队) whose names open the title parted by spaces and are signed in two rows of two, a joint number (佳应急联发), a province 安委会 notice cited by title and number; 整治目标 with four rates (达到100% ×3, 95%以上), 38公里 and a 双下降 without figures; four 整治重点 each closing with （责任单位：X、Y） or （责任单位：X）, a task figure 不少于60批次 over the campaign, per-user and per-county minimums (每年至少…1次, 至少组织1次) and a population count (156家); three stages as date ranges crossing into 2025 (2024年11月1日—11月10日, 2024年11月11日—2025年2月28日, 2025年3月1日—3月31日), a weekly report with a time of day and a summary date",
  documentNumber="佳应急联发〔2024〕5号",
  title="佳木斯市应急管理局 佳木斯市住房和城乡建设局 佳木斯市市场监督管理局 佳木斯市消防救援支队关于开展2024年冬春季燃气和消防安全专项整治的通知",
  issuers=["佳木斯市应急管理局", "佳木斯市住房和城乡建设局", "佳木斯市市场监督管理局", "佳木斯市消防救援支队"],
  issueDate="2024-10-28", references=["黑安发〔2024〕12号"],
  deadlineEnds=["2024-11-10", "2025-02-28", "2025-03-31", "2025-04-10"],
  targets=[
   t(100, "%", "燃气用户安全检查覆盖率"),
   t(100, "%", "燃气泄漏报警装置安装率"),
   t(100, "%", "重大隐患整改率"),
   t(95, "%", "一般隐患整改率", "gte"),
   t(38, "公里", "老旧燃气管道"),
   t(60, "批次", "抽查", "gte"),
   t(1, "次", "入户安全检查", "gte", optional=True),
   t(1, "次", "消防疏散演练", "gte", optional=True),
   t(156, "家", "工贸企业", optional=True),
  ],
  responsibilities=[
   r("城镇燃气经营和使用环节", ["市住房和城乡建设局", "各县（市）区人民政府"]),
   r("燃气器具和气瓶质量", ["市市场监督管理局"]),
   r("人员密集场所消防安全", ["市消防救援支队", "各县（市）区人民政府"]),
   r("工贸企业有限空间和动火作业", ["市应急管理局"]),
  ],
  optionalResponsibilities=[{"task": "动员部署阶段"}, {"task": "排查整治阶段"}, {"task": "巩固提升阶段"},
                            {"task": "加强组织领导"}, {"task": "强化联合执法"}, {"task": "严格信息报送"},
                            {"task": "整治进展情况"}, {"task": "专项整治工作总结"}]),
 dict(seed="03_wuzhong_hrss_bureau_employment_entrepreneurship_subsidy_amounts_validity.txt",
  form="text of a city portal page (信息来源 before 发布时间, number on its own line): a city 人力资源和社会保障局 notice on the year's 就业创业补贴 policy citing a joint region notice (two bodies in one title parted by a space) by number; a 2024年 goal paragraph (1.25万人以上, 控制在5.5%以内, 稳定在18万人左右, 90%以上, 2.8亿元, 1.2万人次), six subsidy items with amounts per person (1500元, 5000元, 1000元, 800元、1200元、1800元 with 分别), loan caps (最高额度为30万元 / 400万元, 最长不超过3年), shares of the minimum wage (80%, raised to 100% when a retention rate reaches 50%以上), eligibility conditions (2年内, 16—24岁, 1年以上), a 15个工作日内 review and a 5个工作日 公示, an application closing date, a monthly report, 自印发之日起施行 and 有效期至2024年12月31日; no responsibility marker",
  documentNumber="吴人社发〔2024〕33号",
  title="吴忠市人力资源和社会保障局关于落实2024年就业创业补贴政策的通知",
  issuers=["吴忠市人力资源和社会保障局"], issueDate="2024-04-01", references=["宁人社发〔2024〕15号"],
  deadlineEnds=["2024-12-31", "2024-11-30"],
  targets=[
   t(1.25*WAN, "人", "城镇新增就业", "gte"),
   t(5.5, "%", "城镇调查失业率", "lte"),
   t(18*WAN, "人", "农村劳动力转移就业", "approx"),
   t(90, "%", "帮扶就业率", "gte"),
   t(2.8*YI, "元", "创业担保贷款"),
   t(1.2*WAN, "人次", "补贴性职业技能培训"),
   t(1500, "元", "吸纳就业补贴", optional=True),
   t(5000, "元", "一次性创业补贴", optional=True),
   t(30*WAN, "元", "最高额度", "lte", optional=True),
   t(400*WAN, "元", "最高额度", "lte", optional=True),
   t(3, "年", "贷款期限", "lte", optional=True),
   t(80, "%", "见习补贴", optional=True),
   t(50, "%", "留用率", "gte", optional=True),
   t(100, "%", "最低工资标准", optional=True),
   t(800, "元", "培训补贴", optional=True),
   t(1200, "元", "培训补贴", optional=True),
   t(1800, "元", "培训补贴", optional=True),
   t(1000, "元", "求职创业补贴", optional=True),
   t(15, "个工作日", "审核", "lte", optional=True),
  ],
  responsibilities=[],
  optionalResponsibilities=[{"task": "压实工作责任"}, {"task": "加强资金监管"}, {"task": "强化宣传解读"},
                            {"task": "补贴发放情况"}, {"task": "完成审核"}, {"task": "提交申请"}]),
 dict(seed="04_hami_health_commission_primary_care_capacity_plan_xxgk_li_span_html.html",
  form="saved HTML page of a city xxgk platform (an <ul> of <li><span>label：</span>value</li> pairs with letter-spaced labels written with &nbsp;, 成文日期 and 发布日期 as 2024年04月10日 with zero-padded months, <meta> tags, body in div#Zoom with <p>): a city 卫生健康委员会 关于印发 notice signed above the plan (right-aligned <p>), the plan citing a region notice by number; 到2024年底 goals (达到95%以上, 35%以上, 占比达到45%, 75%以上, 保持100%), five tasks each closing with （责任单位：X、Y） where X is a section of the commission, task figures (20名, 600人次, 210个, 12个, 不少于10项, 80%), a per-county minimum (至少培育1家), dated steps (2024年9月30日前, 2024年6月底前, 2024年11月底前), a 全年 scope, a one-off award, a quarterly check, a quarterly report and a summary date; four 保障措施 without markers",
  documentNumber="哈市卫健发〔2024〕18号",
  title="哈密市卫生健康委员会关于印发《哈密市2024年基层卫生健康服务能力提升行动方案》的通知",
  issuers=["哈密市卫生健康委员会"], issueDate="2024-04-10", references=["新卫基层发〔2024〕6号"],
  deadlineEnds=["2024-12-31", "2024-09-30", "2024-06-30", "2024-11-30", "2024-12-15"],
  targets=[
   t(95, "%", "基本标准", "gte"),
   t(35, "%", "推荐标准", "gte"),
   t(45, "%", "人员占比"),
   t(75, "%", "家庭医生签约服务覆盖率", "gte"),
   t(100, "%", "中医药服务覆盖率"),
   t(20, "名", "订单定向医学生"),
   t(600, "人次", "岗位轮训"),
   t(210, "个", "家庭医生团队"),
   t(12, "个", "中医阁"),
   t(10, "项", "中医适宜技术", "gte"),
   t(80, "%", "开放率"),
   t(1, "家", "推荐标准的乡镇卫生院", "gte", optional=True),
   t(10*WAN, "元", "一次性奖励", optional=True),
  ],
  responsibilities=[
   r("优质服务基层行", ["基层卫生健康科", "各县（区）卫生健康委"], "2024-09"),
   r("加强乡村医生队伍建设", ["科技教育与人事科", "各县（区）卫生健康委"]),
   r("做实家庭医生签约服务", ["基层卫生健康科", "市疾病预防控制中心"]),
   r("提升基层中医药服务能力", ["中医药管理科", "各县（区）卫生健康委"], "2024-06"),
   r("推进基层卫生信息化建设", ["规划发展与信息化科", "市卫生健康信息中心"], "2024-11"),
  ],
  optionalResponsibilities=[{"task": "加强组织领导"}, {"task": "强化经费保障"}, {"task": "严格督导评估"},
                            {"task": "加强宣传引导"}, {"task": "工作专班"}, {"task": "工作进展"},
                            {"task": "年度工作总结"}]),
 dict(seed="05_dunhuang_government_executive_meeting_minutes_no_number_agreed_items.txt",
  form="text of a city portal page (会议纪要 column, 发布时间 / 来源 line, no 文号, no 主送): a city 人民政府 常务会议纪要 titled by its sitting (2024年第6次), the meeting day (2024年5月16日) that is no deadline, five agenda items 一、关于… each with 会议听取 / 会议原则同意 / 会议同意 and 会议要求 and closing 由X牵头，Y、Z配合，于…前完成 (one with two dated steps, one closing 持续推进); figures of the items (an estimate 预计…突破1500万人次, 2000个, 21个, 3460户, 总投资1.36亿元, 专项资金800万元, 0.6万亩, 8座, 26公里, 降至9%以下, 1.2万亩, 3万亩, 稳定在13%以上), a per-mu subsidy, 出席 / 列席 lines naming people and bodies that carry no task, signed by the 人民政府办公室 a day after the meeting",
  documentNumber=None,
  title="敦煌市人民政府2024年第6次常务会议纪要",
  issuers=["敦煌市人民政府办公室"], issueDate="2024-05-17", references=[],
  deadlineEnds=["2024-06-15", "2024-10-31", "2024-11-30", "2024-09-30", "2024-12-31"],
  targets=[
   t(1500*WAN, "人次", "接待游客", "gt", optional=True),
   t(2000, "个", "旅游停车泊位"),
   t(21, "个", "老旧小区"),
   t(3460, "户", "惠及居民"),
   t(1.36*YI, "元", "总投资"),
   t(800*WAN, "元", "专项资金"),
   t(0.6*WAN, "亩", "葡萄标准化种植基地"),
   t(8, "座", "冷链保鲜库"),
   t(26, "公里", "老旧供水管网"),
   t(9, "%", "漏损率", "lte"),
   t(1.2*WAN, "亩", "人工造林"),
   t(3*WAN, "亩", "封沙育林育草"),
   t(13, "%", "林草覆盖率", "gte"),
   t(500, "元", "补助", optional=True),
  ],
  responsibilities=[
   r("旅游旺季筹备工作", ["市文体广电和旅游局", "市公安局", "市交通运输局", "市市场监督管理局"], "2024-06"),
   r("老旧小区改造", ["市住房和城乡建设局", "市财政局", "沙州镇人民政府", "七里镇人民政府"], "2024-10"),
   r("葡萄产业高质量发展", ["市农业农村局", "市财政局", "市林业和草原局"], "2024-11"),
   r("城区供水管网改造工程", ["市水务局", "市住房和城乡建设局", "市供排水有限公司"]),
   r("防沙治沙和国土绿化工作", ["市林业和草原局", "市水务局", "市自然资源局", "各乡镇人民政府"], "持续推进"),
  ],
  optionalResponsibilities=[{"task": "按程序报批"}, {"task": "其他事项"}, {"task": "列席"}, {"task": "出席"},
                            {"task": "预约限流"}, {"task": "停水公告"}]),
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
    """The printed forms a value may take: as is, or folded to 万/亿 before the unit (0.6万亩 included)."""
    out = [printed(value) + unit]
    for f, name in ((YI, "亿"), (WAN, "万")):
        if value >= f / 10:
            out.append(printed(value / f) + name + unit)
    return out

problems = 0
os.makedirs("gold", exist_ok=True)
for g in GOLD:
    text = doc_text(g["seed"])
    checks = [g["title"], g["issueDate"][:4]] + g["issuers"] + g["references"]
    if g["documentNumber"] is not None:
        checks.append(g["documentNumber"])
    checks += [x["key"] for x in g["targets"]]
    for x in g["responsibilities"]:
        checks += [x["task"]] + x["units"]
    checks += [x["task"] for x in g["optionalResponsibilities"]]
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
