"""Writes gold/*.json for probe43 and checks that every printed item occurs in its document.

Values are checked with their unit (亿/万 folded back to the printed form). HTML pages are checked as their text (tags
dropped, entities unescaped); 04 is read as GBK, as its <meta charset="gbk"> says. Run from this folder: python3 make_gold.py
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
XQ = "各县（市、区）农业农村局"

GOLD = [
 dict(seed="01_jian_agriculture_rural_bureau_2025_key_task_list_xxgk_html_rowspan_lead_column.html",
  form="saved HTML page of a city bureau portal (<meta> ArticleTitle/PubDate/ContentSource, an xxgk ul/li block with 索 引 号 / 发布机构 / 成文日期 / 名　　称 / 文　　号 / 发布日期, the number repeated centred above the addressees, body in div#zoom <p>): a city 农业农村局 关于印发 notice issuing a 2025年农业农村重点工作任务清单, a province department notice and a city party-and-government opinion cited by number, three requirements without units (a 2025年3月20日前 plan, a 每月25日前 report, a 2025年7月5日前 half-year summary, a 2025年12月15日前 year report), signature, then the list as an HTML <table> 序号 | 类别 | 重点任务 | 目标要求 | 牵头单位 | 配合单位 | 完成时限 with rowspan on the 类别 column (4/3/3/4 rows) and on the 牵头单位 column (科室 cells spanning 2 or 3 rows, not aligned with the 类别 spans), figures in the 目标要求 cells (稳定在720万亩以上, 58亿斤以上, 150万亩, 17万头左右, 380万头, 100%, 70%以上, 32万亩, 不低于9.6亿元, 省级以上…2个 (a rank, not a comparator), 97%以上, 3000人以上, 10家, 增长6%左右, 40万亩, 60亿元, 8个, 50个, 80%以上, 200个, 60%以上, 23万人以上, 3个乡镇, 30年, 10万元以上 as a condition, 80%), 配合 cells parted by 、, 完成时限 cells 2025年N月底前 / 长期坚持; 抄送 and 印发 lines",
  documentNumber="吉市农发〔2025〕5号",
  title="吉安市农业农村局关于印发《吉安市2025年农业农村重点工作任务清单》的通知",
  issuers=["吉安市农业农村局"], issueDate="2025-03-06",
  references=["赣农字〔2025〕6号", "吉发〔2025〕2号"],
  deadlineEnds=["2025-03-20", "2025-07-05", "2025-12-15", "2025-12-31", "2025-05-31", "2025-11-30", "2025-10-31",
                "2025-09-30"],
  targets=[
   t(720*WAN, "亩", "粮食播种面积", "gte"),
   t(58*YI, "斤", "总产量", "gte"),
   t(150*WAN, "亩", "油菜种植面积"),
   t(17*WAN, "头", "能繁母猪存栏", "approx"),
   t(380*WAN, "头", "生猪出栏"),
   t(100, "%", "应免密度"),
   t(70, "%", "免疫抗体合格率", "gte"),
   t(32*WAN, "亩", "高标准农田"),
   t(9.6*YI, "元", "完成投资", "gte"),
   t(2, "个", "良种繁育基地"),
   t(97, "%", "良种覆盖率", "gte"),
   t(3000, "人", "高素质农民", "gte"),
   t(10, "家", "龙头企业"),
   t(6, "%", "营业收入", "approx"),
   t(40*WAN, "亩", "井冈蜜柚种植面积"),
   t(60*YI, "元", "综合产值"),
   t(8, "个", "认证品牌"),
   t(50, "个", "新增认证"),
   t(80, "%", "卫生厕所普及率", "gte"),
   t(200, "个", "和美乡村示范村"),
   t(60, "%", "风险消除率", "gte"),
   t(23*WAN, "人", "务工就业规模", "gte"),
   t(3, "个", "乡镇", optional=True),
   t(30, "年", "延长", optional=True),
   t(10*WAN, "元", "经营收入", "gte", optional=True),
   t(80, "%", "村集体占比"),
  ],
  responsibilities=[
   r("稳定粮食生产", ["种植业管理科", "市农业技术推广中心", XQ], "2025-12"),
   r("推进油料扩种", ["种植业管理科", "市农业技术推广中心"], "2025-05"),
   r("稳定生猪产能", ["畜牧兽医科", "市畜牧兽医服务中心"], "2025-12"),
   r("加强动物疫病防控", ["畜牧兽医科", "市畜牧兽医服务中心", XQ], "2025-11"),
   r("建设高标准农田", ["农田建设管理科", "市农田建设服务中心", XQ], "2025-10"),
   r("推进种业振兴", ["科技教育科", "市农业科学研究院"], "2025-09"),
   r("培育高素质农民", ["科技教育科", "市农业广播电视学校", XQ], "2025-11"),
   r("壮大农业产业化龙头企业", ["产业发展科", "市农业产业化发展中心"], "2025-12"),
   r("做强井冈蜜柚特色产业", ["产业发展科", "市果业发展中心", "井冈山市农业农村局"], "2025-12"),
   r("推进农产品品牌建设", ["产业发展科", "市农产品质量安全检测中心"], "2025-11"),
   r("开展农村人居环境整治提升", ["农村社会事业促进科", XQ], "2025-12"),
   r("巩固拓展脱贫攻坚成果", ["乡村振兴促进科", XQ], "持续推进"),
   r("稳定脱贫人口务工就业", ["乡村振兴促进科", "市人力资源和社会保障局", XQ], "2025-12"),
   r("深化农村改革", ["政策与改革科", "市农村经营管理服务中心"], "2025-12"),
  ],
  optionalResponsibilities=o("压实工作责任", "加强调度督导", "严格考核评价", "推进方案", "工作进展", "上半年工作总结",
                             "全年任务完成情况", "专项督导")),
 dict(seed="02_xinxiang_ecology_bureau_air_pollution_plan_2025_2027_year_steps_lead_resp_time_brackets.txt",
  form="text of a city portal page (breadcrumb, 发布日期/来源 line, number on its own line): a city 生态环境局 关于印发 notice (a short 经市政府同意 cover signed before the plan) issuing a 大气污染防治攻坚行动方案（2025—2027年）, a province plan and a city government notice cited by number, goals in three year paragraphs 2025年 / 2026年 / 到2027年 with the same indicators at falling or rising values (PM2.5 降至45 / 43 / 40微克/立方米以下, 优良天数比率 68% / 70% / 72%以上, 重污染天数比率 控制在2.5% / 2% / 1.5%以内; 2025年 减排量 分别达到3600吨、1800吨; 2027年 PM10 较2024年下降10%以上), ten numbered items under five （一） headings each closing with （牵头单位：X；责任单位：Y、Z，W；完成时限：…） where 完成时限 is 长期坚持 / 2027年底前 / 2025年N月底前 / 2025年11月30日前 / 每年6月、10月, items with yearly steps (2025年…；2026年底前…；2027年底前…) that carry the bracket's 完成时限, task targets (下降5%左右, 提高到18%以上, 80%以上, 1200辆以上, 100%, 95%以上, 每月每平方公里7吨以内, 93%以上, 增加30家), a 每小时35蒸吨以下 specification, 保障措施 without units (a 2025年5月31日前 plan, 每年…不少于1.2亿元, 每月5日前 ranking), a 每年12月10日前 report and a 2027年12月15日前 final evaluation; 抄送 and 印发 lines",
  documentNumber="新环文〔2025〕21号",
  title="新乡市生态环境局关于印发《新乡市大气污染防治攻坚行动方案（2025—2027年）》的通知",
  issuers=["新乡市生态环境局"], issueDate="2025-04-15",
  references=["豫政〔2024〕12号", "新政文〔2022〕35号"],
  deadlineEnds=["2025-12-31", "2026-12-31", "2027-12-31", "2025-09-30", "2025-10-31", "2025-11-30", "2025-05-31",
                "2027-12-15"],
  targets=[
   t(45, "微克/立方米", "PM2.5", "lte"),
   t(68, "%", "优良天数比率", "gte"),
   t(2.5, "%", "重污染天数比率", "lte"),
   t(3600, "吨", "减排量"),
   t(1800, "吨", "减排量"),
   t(43, "微克/立方米", "PM2.5", "lte"),
   t(70, "%", "优良天数比率", "gte"),
   t(2, "%", "重污染天数比率", "lte"),
   t(40, "微克/立方米", "PM2.5", "lte"),
   t(72, "%", "优良天数比率", "gte"),
   t(1.5, "%", "重污染天数比率", "lte"),
   t(10, "%", "PM10", "gte"),
   t(5, "%", "煤炭消费量", "approx"),
   t(18, "%", "非化石能源消费比重", "gte"),
   t(35, "蒸吨", "燃煤锅炉", "lte", optional=True),
   t(80, "%", "清洁运输比例", "gte"),
   t(1200, "辆", "营运柴油货车", "gte"),
   t(100, "%", "新能源汽车比例"),
   t(95, "%", "机械化清扫率", "gte"),
   t(7, "吨", "降尘量", "lte"),
   t(93, "%", "秸秆综合利用率", "gte"),
   t(30, "家", "引领性企业"),
   t(1.2*YI, "元", "大气污染防治专项资金", "gte"),
  ],
  responsibilities=[
   r("严格“两高”项目准入", ["市发展改革委", "市工业和信息化局", "市生态环境局", "各县（市、区）人民政府"], "持续推进"),
   r("推进重点行业超低排放改造", ["市生态环境局", "市工业和信息化局", "各县（市、区）人民政府"], "2027-12"),
   r("开展涉气产业集群排查整治", ["市工业和信息化局", "市生态环境局", "市市场监督管理局", "各县（市、区）人民政府"], "2025-12"),
   r("严控煤炭消费总量", ["市发展改革委", "市工业和信息化局", "市统计局"], "2027-12"),
   r("淘汰燃煤锅炉和工业炉窑", ["市生态环境局", "市市场监督管理局", "市城市管理局"], "2025-10"),
   r("提升清洁运输比例", ["市交通运输局", "市发展改革委", "市生态环境局"], "2027-12"),
   r("加快老旧车辆淘汰", ["市交通运输局", "市公安局", "市城市管理局", "市商务局"], "2025-11"),
   r("深化扬尘污染治理", ["市住房和城乡建设局", "市城市管理局", "市交通运输局", "市自然资源和规划局"], "持续推进"),
   r("加强秸秆综合利用和禁烧管控", ["市农业农村局", "各县（市、区）人民政府"]),
   r("修订重污染天气应急减排清单", ["市生态环境局", "市工业和信息化局", "各县（市、区）人民政府"], "2025-09"),
  ],
  optionalResponsibilities=o("加强组织领导", "强化资金保障", "严格考核问责", "三年行动方案", "年度工作完成情况",
                             "总结评估")),
 dict(seed="03_puyang_commerce_bureau_2025_consumption_season_coupons_html_p_span_nbsp_br.html",
  form="saved HTML page of a city bureau portal exported from Word (body as <p class=MsoNormal> whose text is split across <span> runs, digits in their own lang=EN-US spans so that dates and amounts are broken apart, &nbsp; indents, <br /> inside paragraphs joining a heading to its text, three coupon stages in one paragraph and a task to its （责任单位：…）; 发布时间/作者/来源 line, number centred above the addressees): a city 商务局 notice on a 2025年 消费季, a province department notice and a city office notice cited by number, 活动时间 自2025年4月28日至2025年10月31日, 活动目标 (消费券共计1800万元 with a 其中 split 1200万元 / 600万元, 不少于120场, 2000家以上, 5亿元以上, 增长6%以上), coupon kinds with allocations (800万元 in three stages 4月28日—5月5日 / 6月10日—6月20日 / 9月28日—10月8日 of 300/250/250万元, 满X元减Y元 terms, 限领1套, 7日内有效; 汽车 400万元 with per-vehicle amounts 2000/3000/5000元 by price band 10万元 / 20万元 and 1000元 more for 新能源; 家电 600万元 at 15% capped 2000元), six activities each closing with （责任单位：X、Y）, activity figures (5条, 每个县（区）不少于3场, 6000辆以上, 3万台以上, 20个, 100家, 不少于2场, 8个), 2025年4月20日前 / 4月22日前 registration, a 2025年11月15日前 claim deadline, a 15个工作日内 payment, a 每周一12时前 report, a 2025年11月30日前 summary, a contact line",
  documentNumber="濮商务〔2025〕8号",
  title="濮阳市商务局关于开展2025年“乐享龙都·惠购濮阳”消费季活动的通知",
  issuers=["濮阳市商务局"], issueDate="2025-04-08",
  references=["豫商消费〔2025〕3号", "濮政办〔2025〕11号"],
  deadlineEnds=["2025-10-31", "2025-05-05", "2025-06-20", "2025-10-08", "2025-05-31", "2025-08-31", "2025-04-20",
                "2025-04-22", "2025-11-15", "2025-11-30"],
  targets=[
   t(1800*WAN, "元", "消费券"),
   t(1200*WAN, "元", "市级财政资金"),
   t(600*WAN, "元", "配套资金"),
   t(120, "场", "促消费活动", "gte"),
   t(2000, "家", "参与商户", "gte"),
   t(5*YI, "元", "带动社会消费", "gte"),
   t(6, "%", "社会消费品零售总额", "gte"),
   t(800*WAN, "元", "市级安排", optional=True),
   t(400*WAN, "元", "市级安排", optional=True),
   t(300*WAN, "元", "发放", optional=True),
   t(250*WAN, "元", "发放", optional=True),
   t(250*WAN, "元", "发放", optional=True),
   t(100, "元", "满", optional=True), t(20, "元", "减", optional=True),
   t(300, "元", "满", optional=True), t(60, "元", "减", optional=True),
   t(600, "元", "满", optional=True), t(120, "元", "减", optional=True),
   t(1, "套", "限领", optional=True),
   t(7, "日", "有效", "lte", optional=True),
   t(2000, "元", "补贴", optional=True),
   t(3000, "元", "补贴", optional=True),
   t(5000, "元", "补贴", optional=True),
   t(1000, "元", "补贴", optional=True),
   t(15, "%", "成交价", optional=True),
   t(2000, "元", "单件", "lte", optional=True),
   t(5, "条", "夜间消费特色街区"),
   t(3, "场", "每个县（区）", "gte", optional=True),
   t(6000, "辆", "汽车以旧换新", "gte"),
   t(3*WAN, "台", "家电以旧换新", "gte"),
   t(20, "个", "特色餐饮品牌"),
   t(100, "家", "示范放心消费餐饮门店"),
   t(2, "场", "专场活动", "gte", optional=True),
   t(8, "个", "乡镇商贸中心"),
   t(15, "个工作日", "拨付", "lte", optional=True),
  ],
  responsibilities=[
   r("举办春季消费节", ["市商务局", "华龙区人民政府"]),
   r("打造夏夜消费季", ["市商务局", "市文化广电和旅游局", "市城市管理局"]),
   r("开展金秋购物节", ["市商务局", "各县（区）人民政府"]),
   r("推进汽车和家电以旧换新", ["市商务局", "市公安局交通管理支队", "市市场监督管理局"]),
   r("激发餐饮住宿消费", ["市商务局", "市市场监督管理局", "市文化广电和旅游局"]),
   r("拓展农村消费市场", ["各县人民政府", "市供销合作社"]),
  ],
  optionalResponsibilities=o("综合消费券", "汽车消费券", "家电家居消费券", "报名", "申领", "监督管理", "活动总结",
                             "绩效评估", "上周活动", "应急预案")),
 dict(seed="04_lianyungang_housing_provident_fund_center_loan_policy_adjustment_gbk_html_effective_date_limits.html",
  form="saved HTML page of an older table-laid portal served as GBK (<meta charset=\"gbk\">, written with Python's encode('gbk') from text/), breadcrumb, 发布日期/来源 line, number in a centred div above the addressees: a city 住房公积金管理中心 notice adjusting 个人住房贷款 policy, a regulation cited by title only and a province department notice by number, new caps 最高贷款额度由50万元调整为60万元 / 由70万元调整为90万元, 多子女 上浮20% 即最高可贷72万元 / 108万元, 高层次人才 上浮30% 最高不超过120万元, terms (15倍, 不足2万元的按2万元计算, 首付款比例不低于20% / 由不低于30%调整为不低于25%, 最长不超过30年, 退休后5年, rates 2.1% / 2.6%, 1.1倍, 租房提取 由每月1200元提高至每月1500元, 每年最高不超过18000元), conditions (18周岁, 满6个月, 12个月, 24个月, 3期 / 6期, 6个月以上, 3个月, 毕业5年内), a 10个工作日内 decision limit, 自2025年6月1日起施行 / 有效期至2027年5月31日, the earlier notice repealed by title and number, a 2025年5月28日前 system step for 各县（区）管理部 without a marker, a 12329 line, signature",
  documentNumber="连公积金发〔2025〕6号",
  title="连云港市住房公积金管理中心关于调整住房公积金个人住房贷款政策的通知",
  issuers=["连云港市住房公积金管理中心"], issueDate="2025-05-09",
  references=["苏建金管〔2025〕9号", "连公积金发〔2023〕11号"],
  deadlineEnds=["2027-05-31", "2025-05-28"],
  targets=[
   t(60*WAN, "元", "最高贷款额度", "lte"),
   t(90*WAN, "元", "最高贷款额度", "lte"),
   t(72*WAN, "元", "最高可贷", "lte"),
   t(108*WAN, "元", "最高可贷", "lte"),
   t(120*WAN, "元", "最高贷款额度", "lte"),
   t(20, "%", "上浮", optional=True),
   t(30, "%", "上浮", optional=True),
   t(15, "倍", "账户余额", optional=True),
   t(2*WAN, "元", "账户余额", optional=True),
   t(20, "%", "首付款比例", "gte", optional=True),
   t(25, "%", "首付款比例", "gte", optional=True),
   t(30, "年", "贷款期限", "lte", optional=True),
   t(5, "年", "法定退休年龄", optional=True),
   t(2.1, "%", "年利率", optional=True),
   t(2.6, "%", "年利率", optional=True),
   t(1.1, "倍", "贷款利率", "gte", optional=True),
   t(1500, "元", "租房提取额度", optional=True),
   t(18000, "元", "提取总额", "lte", optional=True),
   t(10, "个工作日", "决定", "lte", optional=True),
  ],
  responsibilities=[],
  optionalResponsibilities=o("业务系统参数调整", "政策宣传解读", "负责解释", "商转公")),
]

def fold(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))

def doc_text(name):
    raw = open(os.path.join("docs", name), "rb").read()
    s = raw.decode("gbk") if b'charset="gbk"' in raw else raw.decode("utf-8")
    if name.endswith(".html"):
        s = html.unescape(re.sub(r"<[^>]+>", "", s))
    return fold(s)

def printed(v):
    return ("%f" % v).rstrip("0").rstrip(".")

def forms(value, unit):
    """The printed forms a value may take: as is, or folded to 万/亿 before the unit."""
    out = [printed(value) + unit]
    for f, name in ((YI, "亿"), (WAN, "万")):
        if value >= f:
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
        if x["unit"] == "蒸吨":
            fs = [printed(x["value"]) + "蒸吨"]
        if not any(fold(f) in text for f in fs):
            problems += 1
            print("value missing", g["seed"][:2], x)
    out = os.path.join("gold", g["seed"].rsplit(".", 1)[0] + ".json")
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(g, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
print("problems:", problems)
