"""Writes gold/*.json for probe33 and checks that every printed item occurs in its document.

Values are checked with their unit (亿/万 folded back to the printed form), ranges as printed (min—max). Run from this
folder: python3 make_gold.py
"""
import json, os, re, unicodedata

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

YI, WAN = 100000000, 10000

GOLD = [
 dict(seed="01_shantou_city_office_2025_business_environment_reform_task_list_tab_table.txt",
  form="text of a city portal page (breadcrumb, 发布时间/来源 line, number on its own line): a city 人民政府办公室 关于印发 notice (汕头, 汕府办) issuing a 2025年 营商环境 改革任务清单 after the signature, a province notice and a city notice cited by number, goals in the notice (99%以上, 压缩至1个工作日以内, 8万户以上), a 每季度末月25日前 report and a 12月10日前 summary, then a tab-separated table copied from a web page 序号 / 改革事项 / 具体措施 / 责任单位 / 完成时间 with category rows (一、政务服务) between numbered rows, figures inside the 具体措施 cells, units parted by 、 (one with a bracketed second name), 完成时间 cells 2025年N月底前 / 长期坚持 / 每季度",
  documentNumber="汕府办〔2025〕19号",
  title="汕头市人民政府办公室关于印发汕头市2025年优化营商环境重点改革任务清单的通知",
  issuers=["汕头市人民政府办公室"], issueDate="2025-03-28", references=["粤府〔2024〕26号", "汕府〔2023〕41号"],
  deadlineEnds=["2025-12-10", "2025-06-30", "2025-09-30", "2025-12-31", "2025-11-30", "2025-08-31", "2025-10-31"],
  targets=[
   t(99, "%", "网上可办率", "gte"),
   t(1, "个工作日", "企业开办时间", "lte"),
   t(8*WAN, "户", "新增经营主体", "gte"),
   t(15, "项", "集成服务", "gte"),
   t(70, "%", "跑动次数", "gte"),
   t(100, "%", "免费刻制公章覆盖率"),
   t(100, "%", "差评整改率"),
   t(15, "个工作日", "审批时间", "lte"),
   t(30, "个", "拿地即开工", "gte"),
   t(20, "%", "检查频次", "gte"),
   t(5, "个", "维权援助工作站"),
   t(3, "个工作日", "办电时间", "lte"),
   t(12, "%", "普惠小微贷款余额", "gte"),
   t(3000, "户", "首贷户", "gte"),
   t(1, "次", "政企恳谈会", "gte", optional=True),
   t(95, "%", "诉求办结率", "gte"),
   t(10, "个", "改革创新案例", "approx"),
  ],
  responsibilities=[
   r("深化“高效办成一件事”改革", ["市政务服务和数据管理局", "市直有关部门", "各区（县）政府"], "2025-06"),
   r("提升企业开办便利度", ["市市场监督管理局", "市公安局", "市税务局"], "2025-09"),
   r("落实政务服务“好差评”制度", ["市政务服务和数据管理局"]),
   r("深化工程建设项目审批制度改革", ["市住房和城乡建设局", "市自然资源局"], "2025-06"),
   r("推行“拿地即开工”", ["市自然资源局", "市住房和城乡建设局", "各区（县）政府"], "2025-12"),
   r("规范涉企行政检查", ["市司法局", "市市场监督管理局"], "持续推进"),
   r("加强知识产权保护", ["市市场监督管理局（市知识产权局）"], "2025-11"),
   r("提升获得电力服务水平", ["汕头供电局", "市发展和改革局"], "2025-08"),
   r("强化金融服务实体经济", ["市委金融办", "人民银行汕头市分行", "国家金融监督管理总局汕头监管分局"], "2025-12"),
   r("开展涉企违规收费整治", ["市市场监督管理局", "市发展和改革局", "市财政局"], "持续推进"),
   r("畅通政企沟通渠道", ["市工商业联合会", "市发展和改革局"]),
   r("推进营商环境改革创新试点", ["汕头高新区管委会", "汕头综合保税区管委会"], "2025-10"),
  ],
  optionalResponsibilities=[{"task": "细化工作举措"}, {"task": "工作进展"}, {"task": "全年工作总结"},
                            {"task": "统筹调度"}]),
 dict(seed="02_hezhou_healthcare_security_finance_joint_outpatient_chronic_disease_benefit_ranges.txt",
  form="text of a city portal page (letter-spaced 索 引 号 block with 标题 / 文号 / 成文日期 and a later 发布日期): a joint notice of a city 医疗保障局 and 财政局 (贺州, 贺医保发; both names in the title parted by a space, signed on one line) adjusting 门诊慢特病 benefits: a region notice cited by number, 病种 36种 → 52种, 起付线 by hospital grade (200元 / 300元 / 500元), 报销比例 ranges by class (70%—85%, 50%—70%, 55%—65%), 最高支付限额 (20万元, a range 3000元—8000元, 2000元), 起付线降低50% / 提高5个百分点 for poor groups, a 15个工作日内 time limit, a 到2025年底 coverage goal (80%), a 2025年6月20日前 system step, 参保率稳定在96%以上 and 直接结算率95%以上, duties by body without markers, 自2025年7月1日起执行 / 有效期至2027年6月30日, the earlier notice repealed by title and number, 附件 list, 抄送 and 印发 lines",
  documentNumber="贺医保发〔2025〕12号",
  title="贺州市医疗保障局 贺州市财政局关于调整城乡居民基本医疗保险门诊慢特病待遇的通知",
  issuers=["贺州市医疗保障局", "贺州市财政局"], issueDate="2025-05-16",
  references=["桂医保发〔2024〕15号", "贺医保发〔2022〕9号"],
  deadlineEnds=["2025-12-31", "2025-06-20", "2027-06-30"],
  targets=[
   t(80, "%", "覆盖率"),
   t(96, "%", "参保率", "gte"),
   t(95, "%", "直接结算率", "gte"),
   t(52, "种", "病种", optional=True),
   t(16, "个", "病种", optional=True),
   t(200, "元", "一级及以下定点医疗机构", optional=True),
   t(300, "元", "二级", optional=True),
   t(500, "元", "三级", optional=True),
   rng(70, 85, "%", "报销比例", optional=True),
   rng(50, 70, "%", "报销比例", optional=True),
   rng(55, 65, "%", "报销比例", optional=True),
   t(20*WAN, "元", "最高支付限额", optional=True),
   rng(3000, 8000, "元", "最高支付限额", optional=True),
   t(2000, "元", "第三类", optional=True),
   t(50, "%", "起付线降低", optional=True),
   t(5, "个百分点", "报销比例提高", optional=True),
   t(15, "个工作日", "完成认定", "lte", optional=True),
  ],
  responsibilities=[],
  optionalResponsibilities=[{"task": "统筹指导"}, {"task": "基金预算管理"}, {"task": "认定和经办管理"},
                            {"task": "信息系统调试"}, {"task": "监督检查"}]),
 dict(seed="03_sanya_tourism_culture_bureau_2025_consumption_season_coupons_three_stages.txt",
  form="text of a city portal page (breadcrumb, 发布时间/信息来源 line, number on its own line): a city 旅游和文化广电体育局 关于印发 notice (三亚, 三旅文广体) issuing a 文旅消费促进活动方案 after the signature: a province office notice cited by number, 活动时间 2025年5月1日至10月31日, 活动目标 (突破1200万人次, 增长8%左右, 消费券2000万元, 1500家以上, 10亿元以上), four coupon kinds with 满X元减Y元 terms, a per-person weekly limit and a 7日 validity, three seasonal stages as yearless date ranges, a 全年…不少于60场 count, 6个 集聚区 with a one-off award 30万元, 不少于20款, 投诉处置率100% with a 24小时内 limit, five activities each closing with （责任单位：X、Y、Z）, a 每周一17时前 report, a 2025年11月15日前 summary, a contact line",
  documentNumber="三旅文广体〔2025〕36号",
  title="三亚市旅游和文化广电体育局关于印发《2025年“乐游三亚·畅享消费”文旅消费促进活动方案》的通知",
  issuers=["三亚市旅游和文化广电体育局"], issueDate="2025-04-18", references=["琼府办〔2025〕8号"],
  deadlineEnds=["2025-10-31", "2025-06-15", "2025-08-31", "2025-11-15"],
  targets=[
   t(1200*WAN, "人次", "过夜游客", "gt"),
   t(8, "%", "旅游总收入", "approx"),
   t(2000*WAN, "元", "文旅消费券"),
   t(1500, "家", "参与商户", "gte"),
   t(10*YI, "元", "带动文旅消费", "gte"),
   t(60, "场", "主题活动", "gte"),
   t(6, "个", "夜间文旅消费集聚区"),
   t(20, "款", "组合产品", "gte"),
   t(100, "%", "投诉处置率"),
   t(600, "元", "住宿券", optional=True),
   t(150, "元", "住宿券", optional=True),
   t(200, "元", "餐饮券", optional=True),
   t(50, "元", "餐饮券", optional=True),
   t(100, "元", "景区券", optional=True),
   t(30, "元", "景区券", optional=True),
   t(300, "元", "演艺券", optional=True),
   t(80, "元", "演艺券", optional=True),
   t(1, "张", "限领", optional=True),
   t(7, "日", "有效", "lte", optional=True),
   t(30*WAN, "元", "一次性奖励", optional=True),
   t(24, "小时", "办结", "lte", optional=True),
  ],
  responsibilities=[
   r("发放文旅消费券", ["市旅游和文化广电体育局", "市财政局", "市商务局"]),
   r("主题活动", ["市旅游和文化广电体育局", "各区人民政府"]),
   r("激活夜间消费", ["市商务局", "市旅游和文化广电体育局", "吉阳区人民政府"]),
   r("推动免税购物与文旅消费联动", ["市商务局", "市旅游和文化广电体育局"]),
   r("加强市场监管和服务保障", ["市市场监督管理局", "市旅游和文化广电体育局", "市公安局"]),
  ],
  optionalResponsibilities=[{"task": "加强组织协调"}, {"task": "强化资金监管"}, {"task": "及时报送信息"},
                            {"task": "上周活动数据"}, {"task": "活动总结"}]),
 dict(seed="04_jiaocheng_district_office_2025_business_environment_task_list_space_table.txt",
  form="text of a district portal page (索引号 block in two columns with 发文日期 one day after the signature and 文号): a district 人民政府办公室 关于印发 notice (宁德市蕉城区, 蕉政办) issuing a 2025年 营商环境 改革任务清单 after the signature, a city office notice cited by number, a 到2025年底 goal paragraph (92%以上, 不少于10个, 90%以上), a 2025年6月30日前 plan step and a 每月5日前 report, then a table copied from a web page whose cells are parted by two spaces (no tabs) 序号 / 改革事项 / 具体措施 / 责任单位 / 完成时间, no category rows, figures inside the 具体措施 cells (400家以上, 不少于30项, 压缩至10个工作日以内, 压缩30%以上, 保持100%), units parted by 、 (各乡镇（街道）, 区总工会), 完成时间 cells 2025年N月底前 / 长期坚持 / 每季度",
  documentNumber="蕉政办〔2025〕22号",
  title="宁德市蕉城区人民政府办公室关于印发蕉城区2025年营商环境攻坚改革任务清单的通知",
  issuers=["蕉城区人民政府办公室"], issueDate="2025-05-08", references=["宁政办〔2025〕15号"],
  deadlineEnds=["2025-12-31", "2025-06-30", "2025-09-30", "2025-07-31", "2025-10-31"],
  targets=[
   t(92, "%", "一趟不用跑", "gte"),
   t(10, "个", "五证同发", "gte"),
   t(90, "%", "企业满意度", "gte"),
   t(400, "家", "规上工业企业", "gte"),
   t(30, "项", "免申即享", "gte"),
   t(10, "个工作日", "兑付时间", "lte"),
   t(95, "%", "问题办结率", "gte"),
   t(30, "%", "中介服务平均时限", "gte"),
   t(20, "场", "招聘活动", "gte"),
   t(5000, "人", "新招员工", "gte"),
   t(2, "个工作日", "办理时间", "lte"),
   t(100, "%", "行政复议案件办结率"),
  ],
  responsibilities=[
   r("推行涉企事项“一企一码”", ["区发展和改革局", "区工业和信息化局"], "2025-09"),
   r("深化“五证同发”审批改革", ["区自然资源局", "区住房和城乡建设局", "区行政服务中心管委会"], "2025-12"),
   r("推进惠企政策“免申即享”", ["区财政局", "区工业和信息化局", "区行政服务中心管委会"], "2025-07"),
   r("建立项目服务专员制度", ["区发展和改革局", "各乡镇（街道）"], "持续推进"),
   r("开展中介服务规范提升行动", ["区行政服务中心管委会", "区市场监督管理局"], "2025-10"),
   r("推动用工招工保障", ["区人力资源和社会保障局", "区总工会"]),
   r("优化不动产登记服务", ["区自然资源局", "区税务局"], "2025-06"),
   r("营造法治化营商环境", ["区司法局", "区市场监督管理局"], "持续推进"),
  ],
  optionalResponsibilities=[{"task": "实施方案"}, {"task": "工作进展"}, {"task": "专项督查"}]),
]

def fold(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))

def doc_text(name):
    return fold(open(os.path.join("docs", name), encoding="utf-8").read())

def printed(v):
    return ("%f" % v).rstrip("0").rstrip(".")

def forms(x):
    """The printed forms an item may take: as is, folded to 万/亿 before the unit, or a range min—max."""
    unit = x["unit"]
    if "min" in x:
        lo, hi = printed(x["min"]), printed(x["max"])
        return [lo + unit + "—" + hi + unit, lo + "—" + hi + unit]
    value = x["value"]
    out = [printed(value) + unit]
    for f, name in ((YI, "亿"), (WAN, "万")):
        if value >= f:
            out.append(printed(value / f) + name + unit)
    return out

problems = 0
os.makedirs("gold", exist_ok=True)
for g in GOLD:
    text = doc_text(g["seed"])
    n = len(re.sub(r"\s+", "", open(os.path.join("docs", g["seed"]), encoding="utf-8").read()))
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
        if not any(fold(f) in text for f in forms(x)):
            problems += 1
            print("value missing", g["seed"][:2], x)
    y, m, d = g["issueDate"].split("-")
    if "%d年%d月%d日" % (int(y), int(m), int(d)) not in text:
        problems += 1
        print("date missing", g["seed"][:2], g["issueDate"])
    print(g["seed"][:2], n, "characters without whitespace")
    out = os.path.join("gold", g["seed"].rsplit(".", 1)[0] + ".json")
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(g, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
print("problems:", problems)
