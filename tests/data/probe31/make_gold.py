"""Writes gold/*.json for probe31 and checks that every printed item occurs in its document.

Values are checked with their unit (亿/万 folded back to the printed form). Run from this folder: python3 make_gold.py
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
 dict(seed="01_qiandongnan_prefecture_office_forest_economy_three_year_plan_2025_2027_task_division_lines.txt",
  form="text of an autonomous prefecture portal page (breadcrumb, 发布时间/来源 line, number on its own line): a 州人民政府办公室 关于印发 notice issuing a 三年行动方案（2025—2027年） on 林下经济, the title using the short name 黔东南州 and the signature the full 黔东南苗族侗族自治州, a （此件公开发布） line, a province plan cited by number whose title holds (2024—2026年), a 到2027年 goal paragraph (稳定在650万亩以上, 达到320亿元, 45个 / 100个 示范基地, 4500家以上 with 其中…超过1000万元的…60家, 28万户以上, 3000元以上), five tasks in prose with figures (万吨, 万羽, 万箱, 提高到55%, 突破800万人次, 40个以上), a yearly fund 2000万元 with one-off awards 30万元 / 10万元, a 每年6月底前、12月底前 report, then a 四、重点任务分工 list: eight items 1.…8. each followed by a line 责任单位：X（牵头），Y，Z (parted by ，) and a line 完成时限：… (2027年12月底前, 2025年至2027年每年12月底前, 持续推进, month-end dates), a 人行 branch among the units, 抄送 and 印发 lines",
  documentNumber="黔东南府办发〔2025〕9号",
  title="黔东南州人民政府办公室关于印发《黔东南州林下经济高质量发展三年行动方案（2025—2027年）》的通知",
  issuers=["黔东南苗族侗族自治州人民政府办公室"], issueDate="2025-05-06", references=["黔府办函〔2024〕58号"],
  deadlineEnds=["2027-12-31", "2026-12-31", "2027-06-30", "2025-12-31", "2025-09-30"],
  targets=[
   t(650*WAN, "亩", "林地面积", "gte"),
   t(320*YI, "元", "林下经济产值"),
   t(45, "个", "省级以上"),
   t(100, "个", "州级示范基地"),
   t(4500, "家", "经营主体", "gte"),
   t(60, "家", "龙头企业"),
   t(28*WAN, "户", "带动林农", "gte"),
   t(3000, "元", "户均年增收", "gte"),
   t(20*WAN, "亩", "中药材标准化种植基地"),
   t(15*WAN, "吨", "食用菌年产量"),
   t(1200*WAN, "羽", "出栏"),
   t(12*WAN, "箱", "养蜂"),
   t(30, "个", "初加工中心"),
   t(55, "%", "加工转化率"),
   t(15, "个", "森林康养基地"),
   t(800*WAN, "人次", "接待游客", "gt"),
   t(40, "个", "三品一标", "gte"),
   t(1.5*WAN, "人次", "实用技术培训"),
   t(2000*WAN, "元", "专项资金"),
   t(30*WAN, "元", "省级示范基地", optional=True),
   t(10*WAN, "元", "州级示范基地", optional=True),
  ],
  responsibilities=[
   r("建设林下中药材标准化种植基地", ["州林业局", "州农业农村局", "州卫生健康局", "各县（市）人民政府"], "2027-12"),
   r("推进林下食用菌产业提质扩量", ["州农业农村局", "州林业局", "各县（市）人民政府"], "2027-12"),
   r("发展林下生态养殖", ["州农业农村局", "州林业局", "州市场监管局"], "持续推进"),
   r("建设产地初加工中心", ["州工业和信息化局", "州发展改革委", "州林业局", "各县（市）人民政府"], "2026-12"),
   r("创建森林康养基地", ["州文体广电旅游局", "州林业局", "州卫生健康局"], "2027-06"),
   r("培育“苗岭林珍”区域公用品牌", ["州林业局", "州市场监管局", "州商务局"], "2025-12"),
   r("完善林下经济金融支持政策", ["州地方金融管理局", "人行黔东南州分行", "州林业局", "州财政局"], "2025-09"),
   r("开展林下经济实用技术培训", ["州林业局", "州人力资源社会保障局", "州农业农村局"], "2027-12"),
  ],
  optionalResponsibilities=[{"task": "做优林下种植"}, {"task": "做强林下养殖"}, {"task": "做活林下产品采集加工"},
                            {"task": "做旺森林康养"}, {"task": "打响品牌"}, {"task": "加强组织领导"},
                            {"task": "强化资金支持"}, {"task": "强化考核督导"}, {"task": "联席会议制度"},
                            {"task": "工作进展情况"}]),
 dict(seed="02_pengyang_county_office_beef_cattle_fund_measures_chapters_articles_caps.txt",
  form="text of a county 政府信息公开 page (letter-spaced 索  引  号 block in two columns with 文　　号, zero-padded 成文日期, a 规范性文件登记号 PYXG-2025-005 beside 有 效 性): a county 人民政府办公室 关于印发 notice issuing a 专项资金管理办法 in five 第X章 chapters (headings letter-spaced 总　则 / 附　则) and fifteen 第X条 articles: a region 办法 and a city plan cited by number in 第一条, a yearly fund 每年安排不少于3500万元 with 到2027年 goals in the same article (22万头以上, 65%以上), 补助标准 (每头2000元 with 每户（场）当年补助不超过50头, 每头300元, 每平方米150元 with 最高不超过30万元, 每亩100元, 每立方米60元, LPR的50% with 年贴息额最高不超过5万元 and 贴息期限不超过2年, 合计不超过80万元), conditions (存栏5头以上, 满6个月, 300平方米以上), 每年4月30日前 with 5月20日前 in the same yearly article, 公示7天, 15个工作日内, duties by body without markers, 3年内 disqualification, 自2025年8月1日起施行 and 有效期至2028年7月31日, the earlier 办法 repealed by title and number, 抄送 and 印发 lines",
  documentNumber="彭政办发〔2025〕41号",
  title="彭阳县人民政府办公室关于印发《彭阳县肉牛产业高质量发展专项资金管理办法》的通知",
  issuers=["彭阳县人民政府办公室"], issueDate="2025-06-18",
  references=["宁财规发〔2024〕6号", "固政办发〔2024〕33号", "彭政办发〔2022〕19号"],
  deadlineEnds=["2027-12-31", "2028-07-31"],
  targets=[
   t(3500*WAN, "元", "专项资金", "gte"),
   t(22*WAN, "头", "肉牛饲养量", "gte"),
   t(65, "%", "规模化养殖比重", "gte"),
   t(2000, "元", "基础母牛", optional=True),
   t(50, "头", "当年补助", "lte", optional=True),
   t(300, "元", "犊牛", optional=True),
   t(150, "元", "每平方米", optional=True),
   t(30*WAN, "元", "单个主体", "lte", optional=True),
   t(100, "元", "每亩", optional=True),
   t(60, "元", "每立方米", optional=True),
   t(50, "%", "LPR", optional=True),
   t(5*WAN, "元", "年贴息额", "lte", optional=True),
   t(2, "年", "贴息期限", "lte", optional=True),
   t(80*WAN, "元", "合计", "lte", optional=True),
   t(7, "天", "公示", optional=True),
   t(15, "个工作日", "拨付", "lte", optional=True),
  ],
  responsibilities=[],
  optionalResponsibilities=[{"task": "负责项目"}, {"task": "负责资金"}, {"task": "项目申报指导"}, {"task": "资金预算安排"},
                            {"task": "申报受理"}, {"task": "初审"}, {"task": "现场核验"}, {"task": "负责解释"}]),
 dict(seed="03_chuxiong_hrss_education_finance_joint_youth_employment_opinion_citing_two_documents.txt",
  form="text of an autonomous prefecture department page (breadcrumb, 发布时间/信息来源 line with a Chinese date, number on its own line): a joint 实施意见 of three prefecture bodies (楚雄州 人力资源和社会保障局, 教育体育局, 财政局; the names parted by spaces in the title and signed on one line; the lead body's number), citing a State Council office notice and a joint notice of three province bodies (its title holding spaces) by number in one sentence, a 2025年 goal paragraph (1.2万人以上, 保持在90%以上, 3000个, 1500人 and 带动就业4500人 joined by 、) with a 到2027年底 figure, tasks 1.… under （一）…（二） and paragraphs under （三）（四）, each closing with a bracket without a label (X、Y按职责分工负责 / X负责), a yearless 9月底前 in a 2025年 task, a 不少于300个 quota, subsidy terms and caps (每人1500元, 最多不超过50人, 最高30万元, 每人不超过30万元, 总额度不超过300万元, 5000元, 80% / 100% of the minimum wage, 留用率50%以上, 每人1000元), conditions (离校2年内, 1年以上, 毕业5年内, 16—24岁), service counts per person, a 2025年8月31日前 step, 每月5日前 reports, a 2025年12月15日前 summary, 有效期至2027年12月31日, a 抄送 line",
  documentNumber="楚人社发〔2025〕17号",
  title="楚雄州人力资源和社会保障局 楚雄州教育体育局 楚雄州财政局关于进一步做好高校毕业生等青年就业创业工作的实施意见",
  issuers=["楚雄州人力资源和社会保障局", "楚雄州教育体育局", "楚雄州财政局"], issueDate="2025-03-28",
  references=["国办发〔2022〕13号", "云人社发〔2025〕8号"],
  deadlineEnds=["2025-12-31", "2027-12-31", "2025-09-30", "2025-08-31", "2025-12-15"],
  targets=[
   t(1.2*WAN, "人", "实现就业", "gte"),
   t(90, "%", "年末就业率", "gte"),
   t(3000, "个", "见习岗位"),
   t(1500, "人", "自主创业"),
   t(4500, "人", "带动就业"),
   t(20, "个", "创业孵化基地"),
   t(1100, "个", "基层项目岗位"),
   t(300, "个", "招聘岗位", "gte"),
   t(1500, "元", "扩岗补助", optional=True),
   t(50, "人", "补助人数", "lte", optional=True),
   t(30*WAN, "元", "创业担保贷款", "lte", optional=True),
   t(30*WAN, "元", "合伙创业", "lte", optional=True),
   t(300*WAN, "元", "贷款总额度", "lte", optional=True),
   t(5000, "元", "一次性创业补贴", optional=True),
   t(80, "%", "最低工资标准", optional=True),
   t(50, "%", "留用率", "gte", optional=True),
   t(100, "%", "见习补贴标准", optional=True),
   t(1000, "元", "求职创业补贴", optional=True),
   t(1, "次", "政策宣介", "gte", optional=True),
   t(3, "个", "岗位信息", optional=True),
   t(1, "次", "职业指导", optional=True),
  ],
  responsibilities=[
   r("开发基层就业岗位", ["州人力资源社会保障局", "州教育体育局", "州卫生健康委"], "2025-09"),
   r("鼓励中小微企业吸纳就业", ["州人力资源社会保障局", "州财政局"]),
   r("稳定国有企业招聘规模", ["州国资委"]),
   r("加大创业担保贷款支持", ["州人力资源社会保障局", "州财政局", "人行楚雄州分行"]),
   r("落实一次性创业补贴", ["州人力资源社会保障局"]),
   r("强化就业见习", ["州人力资源社会保障局", "州财政局"]),
   r("做实精准帮扶", ["州教育体育局", "州人力资源社会保障局"], "2025-08"),
  ],
  optionalResponsibilities=[{"task": "拓宽就业渠道"}, {"task": "支持自主创业"}, {"task": "工作专班"},
                            {"task": "帮扶进展"}, {"task": "年度工作总结"}]),
 dict(seed="04_pingliang_city_office_apple_industry_three_year_plan_attachment_first_listed_leads.txt",
  form="text of a city portal page (breadcrumb with >>, 【发布单位】【发布时间】 line, number on its own line): a city 人民政府办公室 关于印发 notice issuing a 三年行动方案（2025—2027年） on 苹果 (title without 《》), a province plan cited by number whose title holds (2025—2027年), a 到2027年 goal paragraph (190万亩左右 with 其中…45万亩, 260万吨, 较2024年提高8个百分点, 80万吨, 70%以上, 突破400亿元), four 行动 in prose (每年10万亩 and 三年内30万亩 in one sentence, a 25年以上 condition, 2027年底前, 8个, 2000万株, 60座, 新增25万吨 beside the 80万吨 total, 100个, 10家 with a 5000万元 condition), a yearly fund 1.2亿元 with 每亩补助2000元, a 每季度 report, then an attachment 重点任务分工 headed （列第一位的为牵头单位）: seven items each followed by a 责任单位： line parted by 、 and a 完成时限： line (2025年—2027年, 2026年底前, 2027年10月底前, 长期坚持, 2025年12月底前, 2027年6月底前, 每年11月底前), a 国家金融监督管理总局 branch among the units, a closing （此件公开发布） line",
  documentNumber="平政办发〔2025〕27号",
  title="平凉市人民政府办公室关于印发平凉市苹果产业提质增效三年行动方案（2025—2027年）的通知",
  issuers=["平凉市人民政府办公室"], issueDate="2025-03-24", references=["甘政办发〔2025〕12号"],
  deadlineEnds=["2027-12-31", "2026-12-31", "2027-10-31", "2025-12-31", "2027-06-30"],
  targets=[
   t(190*WAN, "亩", "栽植面积", "approx"),
   t(45*WAN, "亩", "矮砧密植果园"),
   t(260*WAN, "吨", "总产量"),
   t(8, "个百分点", "优果率"),
   t(80*WAN, "吨", "冷链仓储能力"),
   t(70, "%", "商品化处理率", "gte"),
   t(400*YI, "元", "全产业链产值", "gt"),
   t(10*WAN, "亩", "低产低效果园"),
   t(30*WAN, "亩", "改造"),
   t(8, "个", "苗木繁育基地"),
   t(2000*WAN, "株", "优质大苗"),
   t(60, "座", "冷藏库"),
   t(25*WAN, "吨", "新增冷链仓储能力"),
   t(100, "个", "营销窗口"),
   t(10, "家", "电商企业"),
   t(1.2*YI, "元", "苹果产业发展资金"),
   t(2000, "元", "每亩补助", optional=True),
  ],
  responsibilities=[
   r("改造提升低产低效果园", ["市果业发展中心", "市财政局", "各县（市、区）人民政府"], "2027-12"),
   r("建设无病毒苗木繁育基地", ["市果业发展中心", "市林业和草原局"], "2026-12"),
   r("建设气调库、冷藏库", ["市商务局", "市发展和改革委员会", "市自然资源局", "各县（市、区）人民政府"], "2027-10"),
   r("推进果园水肥一体化和病虫害绿色防控", ["市农业农村局", "市水务局", "市果业发展中心"], "持续推进"),
   r("打造“静宁苹果”“平凉金果”区域品牌", ["市市场监督管理局", "市果业发展中心", "市融媒体中心"], "2025-12"),
   r("开设线下营销窗口", ["市商务局", "市供销社"], "2027-06"),
   r("落实果园建设补助和金融保险支持", ["市财政局", "市金融发展服务中心", "国家金融监督管理总局平凉监管分局"]),
  ],
  optionalResponsibilities=[{"task": "老园改造提升行动"}, {"task": "良种苗木繁育行动"}, {"task": "冷链物流建设行动"},
                            {"task": "品牌营销拓展行动"}, {"task": "责任主体"}, {"task": "加强调度"}]),
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
        if value >= f:
            out.append(printed(value / f) + name + unit)
    return out

problems = 0
os.makedirs("gold", exist_ok=True)
for g in GOLD:
    text = doc_text(g["seed"])
    checks = [g["documentNumber"], g["title"], g["issueDate"][:4]] + g["issuers"] + g["references"]
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
        bare = g["seed"].endswith(".html") and x["unit"] == "元" and printed(x["value"] / YI) in text
        if not any(fold(f) in text for f in fs) and not bare:
            problems += 1
            print("value missing", g["seed"][:2], x)
    out = os.path.join("gold", g["seed"].rsplit(".", 1)[0] + ".json")
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(g, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
print("problems:", problems)
