"""Writes gold/*.json for probe24 and checks that every printed item occurs in its document.

Values are checked with their unit (亿/万 folded back to the printed form); a range is checked as printed (3—5个).
HTML tags are stripped before the checks. Run from this folder: python3 make_gold.py
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

def opt(*tasks):
    return [{"task": x} for x in tasks]

YI, WAN = 100000000, 10000
HB = "郴州市生态环境局汝城分局"
GX = "各县（市、区）人民政府"

GOLD = [
 dict(seed="01_rucheng_ecology_branch_environment_three_year_plan_2024_2026_no_number.txt",
  form="text of a county portal page (部门信息公开 breadcrumb, 发布时间/来源 line two days after the signed date): a three-year 生态环境保护 行动方案（2024—2026年） published as the document itself by a city bureau's county branch (郴州市生态环境局汝城分局), no document number, a province plan and a city plan cited by title only, a 2024—2026年 span and a 到2026年底 paragraph (稳定在96%以上, 控制在28微克/立方米以下, 保持100%, 达标率100% without a verb, 93%以上, 行政村30个以上, 90%以上), six tasks closing with （责任单位：X、Y） (once X、Y，Z with 各乡镇人民政府 after a comma), yearly figures (每年…5个以上, 每年…10个以上, 每年…不少于6次), a range 3—5个, a 均达到43%以上 for two rates, one dated step per task (2024年6月底前, 2025年底前, 到2026年底), 持续推进 inside a task's wording, a yearly fund, a recurring 每年1月底前 report, signature and date at the end",
  documentNumber=None,
  title="汝城县生态环境保护三年行动方案（2024—2026年）",
  issuers=[HB], issueDate="2024-03-20", references=[],
  deadlineEnds=["2026-12-31", "2024-06-30", "2025-12-31"],
  targets=[
   t(96, "%", "优良天数比率", "gte"),
   t(28, "微克/立方米", "PM2.5", "lte"),
   t(100, "%", "水质优良比例"),
   t(100, "%", "水质达标率"),
   t(93, "%", "安全利用率", "gte"),
   t(30, "个", "农村环境整治", "gte"),
   t(90, "%", "一般工业固体废物综合利用率", "gte"),
   t(5, "个", "重点企业治理项目", "gte"),
   t(95, "%", "落实率", "gte"),
   t(25, "公里", "污水管网"),
   t(100, "%", "整治完成率"),
   t(43, "%", "农药利用率", "gte"),
   t(85, "%", "畜禽粪污综合利用率", "gte"),
   t(10, "个", "农村环境整治", "gte"),
   rng(3, 5, "个", "示范村"),
   t(67, "%", "森林覆盖率", "gte"),
   t(120, "公顷", "矿山生态修复"),
   t(4, "个", "水质自动监测站"),
   t(6, "次", "专项执法行动", "gte"),
   t(1500*WAN, "元", "专项资金", "gte"),
  ],
  responsibilities=[
   r("推进大气污染综合治理", [HB, "县住房和城乡建设局", "县城市管理和综合执法局"], "2024-06"),
   r("深化水污染防治", ["县住房和城乡建设局", "县水利局", HB], "2025-12"),
   r("加强土壤和农业面源污染防治", ["县农业农村局", HB], "2026-12"),
   r("推进农村环境整治", [HB, "县农业农村局", "各乡镇人民政府"]),
   r("强化生态保护修复", ["县自然资源局", "县林业局"]),
   r("提升环境监管能力", [HB]),
  ],
  optionalResponsibilities=opt("加强组织领导", "加大资金投入", "严格考核问责", "上年度工作完成情况")),
 dict(seed="02_xianning_commerce_finance_joint_2024_consumption_measures_subsidy_caps.txt",
  form="text of a city portal page: a joint 关于印发 notice of a city 商务局 and 财政局 (both names in the title parted by a space, both signed on one line, the lead bureau's number 咸商务发), a province plan and a city opinion cited by number, then the year's 促进消费若干措施: a lead paragraph (专项资金1亿元, 增长7%左右, 30场以上, 25亿元以上), seven measures closing with （责任单位：X、Y） (once X、Y，各县（市、区）人民政府), per-car subsidies, a per-person limit, a subsidy pool 3000万元 with 用完即止, a 15% share with a per-item cap (单件最高不超过2000元), one-off awards, a size condition (首次突破5000万元的), a coupon sum, 8条左右, 每年…不少于50场, 全年 as a scope, an activity period 2024年5月1日至12月31日, 2024年 figures, two dated steps in one measure, a monthly report, 有效期至2024年12月31日 and a 负责解释 clause",
  documentNumber="咸商务发〔2024〕11号",
  title="咸宁市商务局 咸宁市财政局关于印发《咸宁市2024年促进消费若干措施》的通知",
  issuers=["咸宁市商务局", "咸宁市财政局"], issueDate="2024-04-26",
  references=["鄂政发〔2024〕9号", "咸政发〔2023〕15号"],
  deadlineEnds=["2024-12-31", "2024-06-30", "2025-01-15"],
  targets=[
   t(1*YI, "元", "促消费专项资金"),
   t(7, "%", "社会消费品零售总额", "approx"),
   t(30, "场", "促消费活动", "gte"),
   t(25*YI, "元", "带动消费", "gte"),
   t(5000, "元", "新能源乘用车", optional=True),
   t(3000, "元", "燃油乘用车", optional=True),
   t(1, "辆", "每人限补贴", optional=True),
   t(3000*WAN, "元", "补贴资金总额", optional=True),
   t(15, "%", "成交价", optional=True),
   t(2000, "元", "单件", "lte", optional=True),
   t(3, "件", "每人限补贴", optional=True),
   t(200, "家", "参与企业", "gte"),
   t(25*WAN, "人", "惠及消费者"),
   t(3, "个", "夜间消费集聚区"),
   t(20*WAN, "元", "一次性奖励", optional=True),
   t(500*WAN, "元", "文旅消费券"),
   t(8, "条", "精品旅游线路", "approx"),
   t(50, "场", "赛事活动", "gte"),
   t(10*WAN, "元", "一次性奖励", optional=True),
   t(150, "家", "限额以上商贸企业", "gte"),
   t(5, "个", "乡镇商贸中心"),
   t(100, "个", "村级便民商店"),
   t(30, "%", "投资额", optional=True),
   t(50*WAN, "元", "单个项目", "lte", optional=True),
  ],
  responsibilities=[
   r("支持汽车以旧换新", ["市商务局", "市公安局", "市财政局"], "2024-12"),
   r("支持家电家居焕新", ["市商务局", "市市场监督管理局"]),
   r("繁荣餐饮和夜间消费", ["市商务局", "市文化和旅游局"], "2024"),
   r("促进文旅体育消费", ["市文化和旅游局", "市体育局"]),
   r("培育壮大消费主体", ["市商务局", "市统计局"]),
   r("扩大县域农村消费", ["市商务局", "市供销合作社"], "2024"),
   r("强化资金监管", ["市财政局", "市商务局", GX]),
  ],
  optionalResponsibilities=opt("认真贯彻执行", "活动组织", "补贴发放情况", "负责解释")),
 dict(seed="03_huaihua_housing_bureau_2024_urban_renewal_task_list_xxgk_html_table.html",
  form="saved HTML page of a city portal's 部门文件 column (<meta> tags, th/td 索引号 / 发布机构 / 生成日期 / 文　　号 / 有 效 性 table, body in div#zoom with <p>): a city 住房和城乡建设局 notice (经市人民政府同意) issuing the year's 城市更新重点任务清单, a province plan cited by number, 2024年 totals in prose (项目120个, 总投资约85亿元, 年度计划投资32亿元以上), the districts' own dated duty (2024年3月31日前) and a recurring 每月25日前 report, a paragraph of duties without a marker, then a Word-pasted table 序号 | 任务名称 | 目标任务 | 牵头单位 | 责任单位 | 完成时限 with lead and responsible units in two columns, units parted by <br> or 、, target cells with one or two figures (个/户 in 万, 公里, 处, 栋, 90%以上, 不少于50个), deadline cells 2024年N月底前, one with a trailing step (2024年5月底前完成易涝点整治), and 长期坚持",
  documentNumber="怀住建发〔2024〕7号",
  title="怀化市住房和城乡建设局关于印发《怀化市2024年城市更新重点任务清单》的通知",
  issuers=["怀化市住房和城乡建设局"], issueDate="2024-03-08", references=["湘建城〔2023〕45号"],
  deadlineEnds=["2024-12-31", "2024-03-31", "2024-11-30", "2024-05-31", "2024-10-31", "2024-09-30"],
  targets=[
   t(120, "个", "城市更新项目"),
   t(85*YI, "元", "总投资", "approx"),
   t(32*YI, "元", "年度计划投资", "gte"),
   t(86, "个", "城镇老旧小区"),
   t(1.2*WAN, "户", "惠及居民"),
   t(120, "公里", "燃气管道"),
   t(45, "公里", "雨污管网"),
   t(8, "处", "易涝点"),
   t(6, "个", "完整社区"),
   t(20, "个", "口袋公园", "gte"),
   t(30, "处", "历史建筑测绘建档"),
   t(5, "栋", "修缮历史建筑"),
   t(90, "%", "整改率", "gte"),
   t(50, "个", "城市更新项目", "gte"),
  ],
  responsibilities=[
   r("城镇老旧小区改造", ["市住房和城乡建设局", "鹤城区人民政府", "中方县人民政府", "洪江区管委会"], "2024-11"),
   r("城市燃气管道老化更新改造", ["市住房和城乡建设局", "市城市管理和综合执法局", "各区县人民政府"], "2024-12"),
   r("城市排水防涝设施建设", ["市城市管理和综合执法局", "市住房和城乡建设局", "市水利局"], "2024-05"),
   r("完整社区建设试点", ["市住房和城乡建设局", "市民政局", "鹤城区人民政府"], "2024-12"),
   r("城市口袋公园建设", ["市城市管理和综合执法局", "市自然资源和规划局"], "2024-10"),
   r("历史文化街区保护利用", ["市住房和城乡建设局", "市文化旅游广电体育局", "鹤城区人民政府"], "2024-09"),
   r("城市体检问题整改", ["市住房和城乡建设局", "各区县人民政府"], "2024-12"),
   r("城市更新项目谋划储备", ["市发展和改革委员会", "市住房和城乡建设局", "市财政局"], "持续推进"),
  ],
  optionalResponsibilities=opt("认真抓好落实", "细化工作措施", "年度项目清单", "项目推进情况", "调度通报",
                               "先体检、后更新", "社会资本", "约谈")),
 dict(seed="04_puer_market_regulation_individual_businesses_implementation_opinion_citing_documents.txt",
  form="text of a city portal page with a letter-spaced 索 引 号 / 发布机构 / 成文日期 / 文　　号 / 发布日期 / 标　　题 block in two columns: a city 市场监督管理局 实施意见 to the counties' bureaus and its own sections, a State Council 条例 cited by title only and three documents cited with their numbers (国市监注发, 云市监发, 普政发) in one sentence, a 到2025年底 paragraph (22万户以上, 累计认定达到800户, 300户以上 with a bracketed quoted abbreviation (“个转企”), 90%以上, 95%以上), six tasks closing with （牵头科室：X；配合单位：Y、Z） naming the bureau's 科 and the counties' bureaus, a time cut 压缩至0.5个工作日以内, per-county yearly minimums (不少于50户, 不少于4场), 1000件以上, a range 3—5个, 98%以上, a dated step (2024年9月底前), a yearly month (每年9月) and a quarterly report that are recurring, a hotline centre's name with 12315 among the units, a dated summary (2025年12月10日前)",
  documentNumber="普市监发〔2024〕13号",
  title="普洱市市场监督管理局关于促进个体工商户高质量发展的实施意见",
  issuers=["普洱市市场监督管理局"], issueDate="2024-05-15",
  references=["国市监注发〔2023〕64号", "云市监发〔2023〕28号", "普政发〔2023〕14号"],
  deadlineEnds=["2025-12-31", "2024-09-30", "2025-12-10"],
  targets=[
   t(22*WAN, "户", "个体工商户总量", "gte"),
   t(800, "户", "名特优新"),
   t(300, "户", "个转企", "gte"),
   t(90, "%", "年报率", "gte"),
   t(95, "%", "全程网办率", "gte"),
   t(0.5, "个工作日", "办理时间", "lte"),
   t(50, "户", "培育入库", "gte", optional=True),
   t(1000, "件", "注册商标", "gte"),
   rng(3, 5, "个", "特色产业集群"),
   t(98, "%", "按时办结率", "gte"),
   t(4, "场", "服务活动", "gte", optional=True),
  ],
  responsibilities=[
   r("实施分型分类精准帮扶", ["登记注册科", "各县（区）市场监督管理局"], "2024-09"),
   r("提升登记注册便利度", ["登记注册科", "行政审批科"]),
   r("推动“个转企”升级发展", ["登记注册科", "企业监督管理科", "各县（区）市场监督管理局"]),
   r("强化质量和品牌培育", ["知识产权科", "质量发展科"]),
   r("加强信用监管和权益保护", ["信用监督管理科", "消费者权益保护科", "12315投诉举报中心"]),
   r("开展“个体工商户服务月”活动", ["个体私营经济科", "各县（区）市场监督管理局"]),
  ],
  optionalResponsibilities=opt("加强组织协调", "强化督促落实", "具体落实措施", "工作进展情况", "工作总结")),
 dict(seed="05_bijie_city_office_transmits_rural_tourism_plan_2024_2026.txt",
  form="text of a city portal page: a short city 人民政府办公室 关于印发 notice (毕府办发, 主送 with two 管理区/新区, 此件公开发布) transmitting a 乡村旅游 实施方案（2024—2026年）attached after the signature, a province office opinion cited by number, a 到2026年 paragraph (30个以上, 8个左右, 5000万人次, 突破300亿元, 就业25万人) and a 到“十五五”末 vision without a number, five tasks closing with （责任单位：X牵头，Y、Z配合） or （责任单位：X、Y，Z）, yearly figures (每年…10条以上, 不少于20场, 5000人次以上), counts in 座 and 个, a 5G coverage rate, a per-village minimum, one-off awards per grade (分别给予…50万元、20万元), a range 3—5个, a yearly fund 1亿元, a dated step (2024年12月底前), the counties' dated duty (2024年7月15日前) and a recurring 每年12月20日前 report in 保障措施",
  documentNumber="毕府办发〔2024〕10号",
  title="毕节市人民政府办公室关于印发毕节市推进乡村旅游高质量发展实施方案（2024—2026年）的通知",
  issuers=["毕节市人民政府办公室"], issueDate="2024-06-05", references=["黔府办发〔2023〕18号"],
  deadlineEnds=["2026-12-31", "2030-12-31", "2024-12-31", "2024-07-15"],
  targets=[
   t(30, "个", "省级乡村旅游重点村", "gte"),
   t(8, "个", "甲级乡村旅游村寨", "approx"),
   t(5000*WAN, "人次", "接待游客"),
   t(300*YI, "元", "乡村旅游综合收入", "gt"),
   t(25*WAN, "人", "带动农村劳动力就业"),
   t(10, "条", "精品线路", "gte"),
   t(200, "座", "旅游厕所"),
   t(60, "个", "旅游停车场"),
   t(100, "%", "覆盖率"),
   t(100, "家", "等级民宿", "gte"),
   t(5, "家", "农家乐", "gte", optional=True),
   t(50*WAN, "元", "一次性奖励", optional=True),
   t(20*WAN, "元", "一次性奖励", optional=True),
   rng(3, 5, "个", "农文旅融合示范基地"),
   t(20, "场", "节庆活动", "gte"),
   t(5000, "人次", "从业人员", "gte"),
   t(1*YI, "元", "乡村旅游发展资金"),
  ],
  responsibilities=[
   r("打造乡村旅游精品", ["市文化广电旅游局", "市农业农村局", GX], "2024-12"),
   r("完善乡村旅游基础设施", ["市交通运输局", "市文化广电旅游局", GX]),
   r("培育乡村旅游经营主体", ["市文化广电旅游局", "市财政局", "市市场监督管理局"]),
   r("丰富乡村旅游业态", ["市农业农村局", "市文化广电旅游局"]),
   r("加强人才培养和宣传推广", ["市人力资源和社会保障局", "市文化广电旅游局"]),
  ],
  optionalResponsibilities=opt("认真抓好贯彻落实", "强化资金保障", "强化用地保障", "强化督促考核", "强化安全保障",
                               "本地实施方案", "年度工作完成情况")),
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

def forms(x):
    """The printed forms a value may take: as is, or folded to 万/亿 before the unit; a range as 3—5个."""
    if "min" in x:
        return [printed(x["min"]) + "—" + printed(x["max"]) + x["unit"]]
    value, unit = x["value"], x["unit"]
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
