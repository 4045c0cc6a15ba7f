"""Writes gold/*.json for probe50 and checks that every printed item occurs in its document.

Values are checked with their unit (亿/万 folded back to the printed form; ranges as printed: 15—20个, 20%—30%, 3至6个月).
HTML pages are checked as their text (scripts and styles dropped, tags dropped, entities unescaped); everything
NFKC-folded with whitespace removed. Run from this folder: python3 make_gold.py
"""
import html, json, os, re, unicodedata

def t(value, unit, key, comparator=None, optional=False):
    d = {"value": value, "unit": unit, "key": key}
    if comparator:
        d["comparator"] = comparator
    if optional:
        d["optional"] = True
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

ZJ = "区住房和城乡建设局"
ZW = "市政务服务和数据管理局"
SJ = "市市场监督管理局"

GOLD = [
 dict(seed="01_rongcheng_district_party_and_government_offices_joint_2025_urban_village_renovation_plan_html_span_metadata.html",
  form="saved HTML page of a district portal (<meta> SiteName / ColumnName, top bar with a date script, nav, breadcrumb; the title in <div class=\"title\">, no <h1>; the metadata as spans in one line <div class=\"meta\"><span>发文机关：…</span>&nbsp;&nbsp;<span>发文字号：…</span><span>成文日期：2025-04-08</span><span>发布日期：2025-04-11</span><span>来源</span><span>字号 大 中 小</span>, the 发文机关 span naming both offices parted by a space; body in div#zoom of <p>): a joint notice of a district party committee office and the district government office (中共揭阳市榕城区委办公室 / 揭阳市榕城区人民政府办公室, 榕委办发) issuing a 城中村改造攻坚行动方案, both offices signed on one right-aligned line over one date, a 2025年4月30日前 duty of the 街道; a joint city party and government office plan cited by 《〈〉》 title and number (揭委办发); a 2025年 goal paragraph (项目12个, 18亿元以上, 35万平方米左右, 4200套, 86公里, 3000个以上, 100%; 到2025年底 90%以上); eight tasks each closing with a bracket （X牵头，Y、Z配合） without labels (lead then 配合 units; 供电榕城分局, 各街道办事处 / 相关街道办事处, 区委社会工作部), with one dated step each (2025年5月底前 / 10月底前 / 11月底前 / 6月30日前 / 三季度末前 / 7月底前) or a 年内 figure or none; task figures (不少于1800套 for two 街道 together, 8条, 1080个, 6处, 不少于6亿元, 2个项目, 80%左右); 保障措施 without brackets (周调度、月通报, 每季度开展一次, 不少于1.5亿元, 压缩至法定时限的50%以内, a 2025年12月20日前 summary); print/close links, footer with ICP numbers",
  documentNumber="榕委办发〔2025〕12号",
  title="中共揭阳市榕城区委办公室 揭阳市榕城区人民政府办公室关于印发《榕城区2025年城中村改造攻坚行动方案》的通知",
  issuers=["中共揭阳市榕城区委办公室", "揭阳市榕城区人民政府办公室"], issueDate="2025-04-08",
  references=["揭委办发〔2024〕27号"],
  deadlineEnds=["2025-04-30", "2025-12-31", "2025-05-31", "2025-10-31", "2025-11-30", "2025-06-30", "2025-09-30",
                "2025-07-31", "2025-12-20"],
  targets=[
   t(12, "个", "改造项目"),
   t(18*YI, "元", "投资", "gte"),
   t(35*WAN, "平方米", "房屋征收", "approx"),
   t(4200, "套", "安置住房"),
   t(86, "公里", "管网"),
   t(3000, "个", "停车泊位", "gte"),
   t(100, "%", "消防安全隐患整改率"),
   t(90, "%", "雨污分流覆盖率", "gte"),
   t(1800, "套", "仙桥街道", "gte"),
   t(8, "条", "断头路"),
   t(1080, "个", "公办学前教育学位"),
   t(6, "处", "社区嵌入式服务设施"),
   t(6*YI, "元", "上级资金", "gte"),
   t(2, "个", "市场化融资"),
   t(12, "个", "评估论证", optional=True),
   t(80, "%", "专业化物业服务覆盖率", "approx"),
   t(1.5*YI, "元", "城中村改造资金", "gte"),
   t(50, "%", "审批时限", "lte"),
  ],
  responsibilities=[
   r("加快项目前期工作", [ZJ, "区发展和改革局", "区自然资源局", "各街道办事处"], "2025-05"),
   r("稳妥推进征收安置", [ZJ, "区司法局", "区信访局", "相关街道办事处"], "2025-10"),
   r("完善市政基础设施", [ZJ, "区交通运输局", "区水务局", "供电榕城分局"], "2025-11"),
   r("补齐公共服务短板", ["区教育局", "区卫生健康局", "区民政局", "区市场监督管理局"], "2025-12"),
   r("强化安全隐患整治", ["区消防救援大队", "区应急管理局", ZJ, "各街道办事处"], "2025-06"),
   r("创新投融资模式", ["区财政局", "区发展和改革局", "区金融工作服务中心"], "2025-09"),
   r("注重历史文化保护", ["区文化广电旅游体育局", "区自然资源局", ZJ], "2025-07"),
   r("推进长效治理", ["区委社会工作部", ZJ, "各街道办事处"]),
  ],
  optionalResponsibilities=ob("加强组织领导", "严格督查考核", "强化要素保障", "营造良好氛围", "领导小组",
                              "制定本辖区具体实施计划")),
 dict(seed="02_meizhou_water_bureau_reply_jiaoling_county_irrigation_district_renovation_plan_approved_amounts.txt",
  form="text of a city bureau portal page (breadcrumb, title, 发布时间/来源/浏览次数 line, the number on its own line under it): a city 水务局 批复 (梅市水函) to a county 水务局 (one 主送 body on top) approving an irrigation-district renovation plan for 2025, the county's 请示 cited by title and number (蕉水报), 收悉, nine numbered approvals, 此复, signature and date, contact and 抄送 lines, 【打印本页】【关闭窗口】; approved figures: areas (涉及灌溉面积5.8万亩, 其中改善2.6万亩, 新增节水0.9万亩), a coefficient from 0.52 to 0.56以上, 年新增节水能力320万立方米, works (18.6公里 with 其中 6.2 / 12.4公里, 42座 with 其中 9 / 4 / 29座, 36处, 1套, 15处), 核定项目总投资3260万元 with six cost items (其中…2415万元 …) and three funding sources (1950万元, 650万元, 其余660万元由…县统筹解决); a schedule (2025年4月开工, 2025年11月30日前 主体, 2025年12月底前 验收, 2025年4月15日前 招标), a flood season 4月15日至10月15日, rates (合格率100%, 优良率不低于85%, 利用率不低于70%, 支付率90%以上), limits that are periods (3个月内, 30日内), a monthly 每月5日前 report; duties of 你局 in sentences without markers",
  documentNumber="梅市水函〔2025〕23号",
  title="梅州市水务局关于同意蕉岭县长潭水库灌区续建配套与节水改造项目2025年度实施方案的批复",
  issuers=["梅州市水务局"], issueDate="2025-03-20",
  references=["蕉水报〔2025〕6号"],
  deadlineEnds=["2025-11-30", "2025-12-31", "2025-04-15", "2025-04-30", "2025-10-15"],
  targets=[
   t(5.8*WAN, "亩", "灌溉面积", optional=True),
   t(2.6*WAN, "亩", "改善灌溉面积"),
   t(0.9*WAN, "亩", "新增节水灌溉面积"),
   t(0.56, "", "灌溉水有效利用系数", "gte"),
   t(320*WAN, "立方米", "节水能力"),
   t(18.6, "公里", "骨干渠道"),
   t(6.2, "公里", "干渠"),
   t(12.4, "公里", "支渠"),
   t(42, "座", "渠系建筑物"),
   t(9, "座", "水闸"),
   t(4, "座", "渡槽"),
   t(29, "座", "涵洞"),
   t(36, "处", "量测水设施"),
   t(1, "套", "信息化管理平台", optional=True),
   t(15, "处", "自动化闸门控制点"),
   t(3260*WAN, "元", "项目总投资"),
   t(2415*WAN, "元", "建筑工程费", optional=True),
   t(318*WAN, "元", "机电设备及安装工程费", optional=True),
   t(96*WAN, "元", "金属结构设备及安装工程费", optional=True),
   t(142*WAN, "元", "临时工程费", optional=True),
   t(201*WAN, "元", "独立费用", optional=True),
   t(88*WAN, "元", "基本预备费", optional=True),
   t(1950*WAN, "元", "水利发展资金"),
   t(650*WAN, "元", "省级财政资金"),
   t(660*WAN, "元", "其余"),
   t(100, "%", "工程质量合格率"),
   t(85, "%", "优良率", "gte"),
   t(70, "%", "弃渣综合利用率", "gte"),
   t(90, "%", "资金支付率", "gte"),
  ],
  responsibilities=[],
  optionalResponsibilities=ob("项目法人", "施工图设计", "管护", "度汛", "资金台账", "进度", "临时用地", "建设总结",
                              "施工招标", "县水务局")),
 dict(seed="03_yulin_commerce_bureau_rural_ecommerce_measures_implementation_rules_html_two_row_header_task_table.html",
  form="saved HTML page of a city bureau portal (<meta> ArticleTitle / PubDate 2025-05-16 / ContentSource, a <style> block, breadcrumb, h1, 发布时间/来源/字体 line, body in div.TRS_Editor, the number centred in its own <p>): a city 商务局 关于印发 notice (玉林, 玉商规) issuing an 实施细则 of a city office's measures cited by title and number (玉政办发, cited again in 第一条 by number alone); eleven 第X条 articles with <strong> labels: a yearly fund 2025年至2027年每年安排不少于1500万元, 到2027年 goals (突破180亿元, 年均增长12%左右, 80家以上, 7个, 1200个), 到2026年底 6个左右, 年内 2万立方米左右, 6000人次以上, 到2025年底 100%; tiered one-off awards by sales band (5000万元 / 1亿元 / 3亿元 thresholds → 20万元 / 40万元 / 80万元, 最高不超过80万元), a 30% grant capped at 200万元, a 5万元 award for teams 达到500万元以上, 200元 per person, 0.2元 per parcel capped at 50万元, park awards (conditions 30家以上 / 超过2亿元 → 30万元, then 50万元 / 100万元), 100万元 for a demonstration county, 1万元 per station 不超过100个; yearly application (每年3月, 5个工作日 publicity, 每年9月30日前 payment, 每年1月15日前 report), 3年内 ban; 自2025年6月1日起施行，有效期至2027年12月31日; an 附件 任务分工表 as an HTML <table> with a two-row header (序号 / 类别 / 重点任务 / 完成时限 rowspan=2, 责任单位 colspan=2 over 牵头单位 | 配合单位), a 类别 column with rowspan over 3 / 2 / 2 rows and one single row, cells with <p> in the header only, 完成时限 2027年12月底前 / 2025年10月底前 / 2026年6月底前 / 2025年12月底前 / 2025年9月30日前 / 每年 / 2025年11月底前 / 长期",
  documentNumber="玉商规〔2025〕2号",
  title="玉林市商务局关于印发《玉林市促进农村电子商务高质量发展若干措施实施细则》的通知",
  issuers=["玉林市商务局"], issueDate="2025-05-14",
  references=["玉政办发〔2025〕11号"],
  deadlineEnds=["2027-12-31", "2025-12-31", "2026-12-31", "2025-10-31", "2026-06-30", "2025-09-30", "2025-11-30"],
  targets=[
   t(1500*WAN, "元", "专项资金", "gte"),
   t(180*YI, "元", "农村网络零售额", "gt"),
   t(12, "%", "年均增长", "approx"),
   t(80, "家", "农村电商企业", "gte"),
   t(7, "个", "县级电子商务公共服务中心"),
   t(1200, "个", "村级电商服务站点"),
   t(20*WAN, "元", "一次性奖励", optional=True),
   t(40*WAN, "元", "一次性奖励", optional=True),
   t(80*WAN, "元", "一次性奖励", optional=True),
   t(80*WAN, "元", "最高", "lte", optional=True),
   t(30, "%", "补助", optional=True),
   t(200*WAN, "元", "单个项目", "lte", optional=True),
   t(2*WAN, "立方米", "冷库库容", "approx"),
   t(5*WAN, "元", "奖励", optional=True),
   t(200, "元", "培训补贴", optional=True),
   t(6000, "人次", "培训农村电商人才", "gte"),
   t(0.2, "元", "运营补贴", optional=True),
   t(50*WAN, "元", "每家企业每年", "lte", optional=True),
   t(100, "%", "快递服务通达率"),
   t(30*WAN, "元", "一次性奖励", optional=True),
   t(50*WAN, "元", "一次性奖励", optional=True),
   t(100*WAN, "元", "一次性奖励", optional=True),
   t(6, "个", "农村电商产业园", "approx"),
   t(100*WAN, "元", "工作经费补助", optional=True),
   t(1*WAN, "元", "奖励", optional=True),
   t(100, "个", "站点数量", "lte", optional=True),
   t(5, "个工作日", "公示", optional=True),
  ],
  responsibilities=[
   r("实施农村电商企业梯度培育行动", ["市商务局", "市工业和信息化局", SJ], "2027-12"),
   r("建设县级电子商务公共服务中心", ["各县（市、区）人民政府", "市商务局"], "2025-10"),
   r("培育农产品网络品牌", ["市农业农村局", "市商务局", SJ], "2026-06"),
   r("建设产地集配中心和冷链仓储设施", ["市商务局", "市发展和改革委员会", "市农业农村局"], "2025-12"),
   r("推进县乡村三级物流共同配送", ["市邮政管理局", "市交通运输局", "市供销合作社"], "2025-09"),
   r("开展农村电商直播人才培训", ["市人力资源和社会保障局", "市商务局", "团市委"]),
   r("建设市级电商直播基地", ["市商务局", "市委网信办", "各县（市、区）人民政府"], "2025-11"),
   r("落实专项资金预算安排", ["市财政局", "市商务局"]),
  ],
  optionalResponsibilities=ob("初审", "负责解释", "组织审核", "绩效评价", "上年度项目实施情况", "申报通知",
                              "申报与审核", "监督管理", "工作经费补助")),
 dict(seed="04_chaozhou_government_office_2025_business_environment_work_points_lead_assist_and_fuze_sentences.txt",
  form="text copied from a city portal (title line, number line, no metadata block): a city 人民政府办公室 关于印发 notice (潮州, 潮府办) for 2025年优化营商环境工作要点, a year-less 3月底前 duty, signature and date above the work points; an opening 2025年 paragraph (2.5万户左右, 稳定在98%以上, 压缩至1个工作日以内); fifteen numbered items 1.…15. under 一、…五、 headings, each opening with a heading phrase and closing either with a bracket （X牵头，Y、Z配合） without labels, or with a sentence 此项工作由X负责。 / 由X负责，Y配合。 / 由X、Y按职责分工负责。 / 由X负责。 / 此项工作由X负责，Y、Z配合。; deadlines without a year: 上半年, 年内, 三季度末前, 11月底前, 6月底前, 9月底前, 四季度, 全年, 12月10日前, and a recurring 每季度末月20日前; targets with ranges and 左右 (15—20个, 3至6个月, 20%—30%, 92%左右, 15%左右, 30项左右, 分别压缩至40小时、1.5小时左右), floors and caps (以上, 不低于60%, 突破40亿元, 以内), 12345 as a name; bodies outside the government (人民银行潮州市分行, 国家金融监督管理总局潮州监管分局, 潮州海关, 潮州供电局, 市水务集团, 市工商业联合会), 市市场监督管理局及各行政执法部门配合; 督导 and 通报 without markers",
  documentNumber="潮府办〔2025〕9号",
  title="潮州市人民政府办公室关于印发《潮州市2025年优化营商环境工作要点》的通知",
  issuers=["潮州市人民政府办公室"], issueDate="2025-02-27",
  references=[],
  deadlineEnds=["2025-03-31", "2025-06-30", "2025-12-31", "2025-09-30", "2025-11-30", "2025-12-10"],
  targets=[
   t(2.5*WAN, "户", "经营主体", "approx"),
   t(98, "%", "一网通办", "gte"),
   t(1, "个工作日", "企业开办时间", "lte"),
   rng(15, 20, "个", "集成服务套餐"),
   t(95, "%", "事项要素一致率", "gte"),
   t(95, "%", "热线接通率", "gte"),
   t(98, "%", "工单按时办结率"),
   t(92, "%", "群众满意度", "approx"),
   t(500*WAN, "元", "节约成本", "gte"),
   t(20, "天", "简易注销公告时间"),
   t(60, "%", "标准地", "gte"),
   rng(3, 6, "个月", "开工"),
   t(15, "%", "普惠小微贷款余额", "approx"),
   t(40*YI, "元", "在保余额", "gt"),
   t(8, "个工作日", "办电时间", "lte"),
   t(5, "个工作日", "供水报装时间", "lte"),
   t(40, "小时", "通关时间", "approx"),
   t(1.5, "小时", "通关时间", "approx"),
   rng(20, 30, "%", "行政检查次数"),
   t(8*YI, "元", "知识产权质押融资金额", "gte"),
   t(3, "个", "知识产权维权援助工作站"),
   t(1, "次", "政企座谈会", "gte", optional=True),
   t(95, "%", "企业诉求办结率", "gte"),
   t(30, "项", "免申即享", "approx"),
   t(10, "个工作日", "政策兑现平均时间", "lte"),
  ],
  responsibilities=[
   r("深化“高效办成一件事”改革", [ZW, "市公安局", "市人力资源社会保障局", SJ]),
   r("推进政务服务标准化", [ZW], "2025-09"),
   r("提升12345热线服务质效", [ZW, "各县（区）人民政府"]),
   r("降低企业开办成本", [SJ, "市公安局", "市财政局"]),
   r("完善企业退出机制", [SJ, "市税务局"], "2025-11"),
   r("优化用地服务", ["市自然资源局", "市发展和改革局", "市工业和信息化局"]),
   r("强化融资支持", ["市金融工作局", "人民银行潮州市分行", "国家金融监督管理总局潮州监管分局"], "2025-06"),
   r("降低用电用水成本", ["潮州供电局", "市水务集团"]),
   r("提升跨境贸易便利化水平", ["市商务局", "潮州海关", "市交通运输局"], "2025-12"),
   r("规范涉企执法检查", ["市司法局", SJ, "各行政执法部门"]),
   r("加强知识产权保护", [SJ], "2025-12"),
   r("健全政企沟通机制", ["市发展和改革局", "市工商业联合会", "各县（区）人民政府"]),
   r("清理拖欠企业账款", ["市工业和信息化局", "市财政局", "市国资委"]),
   r("开展营商环境监测评估", ["市发展和改革局"], "2025-12"),
   r("加强政策宣传解读", [ZW, "市发展和改革局", "市财政局"]),
  ],
  optionalResponsibilities=ob("市营商环境建设工作领导小组办公室", "各牵头单位", "督导", "各地各部门")),
]

def fold(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))

def doc_text(name):
    s = open(os.path.join("docs", name), encoding="utf-8").read()
    if name.endswith(".html"):
        s = re.sub(r"(?s)<(script|style)[^>]*>.*?</\1>", "", s)
        s = html.unescape(re.sub(r"<[^>]+>", "", s))
    return fold(s)

def printed(v):
    return ("%f" % v).rstrip("0").rstrip(".")

def forms(x):
    """The printed forms a value may take: as is, or folded to 万/亿 before the unit; a range as printed."""
    unit = x["unit"]
    if "min" in x:
        lo, hi = printed(x["min"]), printed(x["max"])
        return [lo + "—" + hi + unit, lo + unit + "—" + hi + unit, lo + "至" + hi + unit]
    value = x["value"]
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
        if not any(fold(f) in text for f in forms(x)):
            problems += 1
            print("value missing", g["seed"][:2], x)
    out = os.path.join("gold", g["seed"].rsplit(".", 1)[0] + ".json")
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(g, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
print("problems:", problems)
