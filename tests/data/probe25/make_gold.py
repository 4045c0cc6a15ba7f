"""Writes gold/*.json for probe25 and checks that every printed item occurs in its document.

Values are checked with their unit (亿/万 folded back to the printed form); a range is checked as printed (3—5家).
HTML tags are stripped and entities unescaped before the checks. Run from this folder: python3 make_gold.py
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
FWZX = "区医疗保障服务中心"
XQYJ = "各县（市、区）应急管理局"
ZFZD = "市应急管理综合行政执法支队"

GOLD = [
 dict(seed="01_ouhai_district_healthcare_security_bureau_2025_work_points_no_number_word_tab_table_quarterly_long_term.txt",
  form="text of a district portal page (部门信息公开 > 计划总结 breadcrumb, 发布日期 / 来源 / 字体 line): a district 医疗保障局's 2025年 工作要点 published as the document itself, no document number, a city bureau's notice cited with its number, a 到2025年底 paragraph (稳定在99.5%以上, 48万人, 65%以上, 达到100%, 120个), then a Word-export tab-separated task table 序号 | 工作任务 | 责任科室（单位） | 完成时限 of ten rows whose 完成时限 cells mix 2025年N月底前, 长期 and 每季度, units parted by 、 (sections of the bureau, its service centre, 各街道（镇）), task cells with figures (不少于3000人, 提高至4000元, 不少于50个, 年内…20个, 保持100%), a year label (2026年度) that is no deadline, a recurring 每季度结束后10日内 report and a one-off summary date",
  documentNumber=None,
  title="瓯海区2025年医疗保障工作要点",
  issuers=["温州市瓯海区医疗保障局"], issueDate="2025-03-10", references=["温医保发〔2025〕3号"],
  deadlineEnds=["2025-12-31", "2025-06-30", "2025-09-30", "2025-11-30", "2025-12-15"],
  targets=[
   t(99.5, "%", "户籍人口参保率", "gte"),
   t(48*WAN, "人", "城乡居民医保参保人数"),
   t(65, "%", "医保电子凭证结算率", "gte"),
   t(100, "%", "现场检查覆盖率"),
   t(120, "个", "医保服务站点"),
   t(3000, "人", "新增参保人数", "gte"),
   t(50, "个", "中选药品", "gte"),
   t(20, "个", "新建站点"),
   t(100, "%", "参保资助率"),
   t(4000, "元", "最高支付限额", optional=True),
   t(10, "日", "进展", "lte", optional=True),
  ],
  responsibilities=[
   r("开展全民参保扩面攻坚", ["待遇保障科", FWZX, "各街道（镇）"], "2025-12"),
   r("落实职工医保门诊共济保障机制", ["待遇保障科"], "2025-06"),
   r("深化DRG支付方式改革", ["医药服务管理科", FWZX]),
   r("落实国家和省组织药品、医用耗材集中带量采购结果", ["医药服务管理科"], "2025-09"),
   r("开展医保基金使用专项整治", ["基金监管科", FWZX], "持续推进"),
   r("推进定点医药机构医保信用评价", ["基金监管科"], "2025-11"),
   r("加快村（社区）医保服务站点建设", [FWZX, "各街道（镇）"], "2025-06"),
   r("推广医保电子凭证和移动支付应用", ["办公室", FWZX]),
   r("加强医保系统行风建设", ["办公室"], "持续推进"),
   r("健全医疗救助托底保障机制", ["待遇保障科", FWZX], "2025-12"),
  ],
  optionalResponsibilities=opt("加强组织领导", "强化督查考核", "营造良好氛围", "第一责任人", "工作进展",
                               "全年工作总结", "细化工作举措")),
 dict(seed="02_zhaoqing_industry_it_bureau_specialized_sme_cultivation_awards_notice_xxgk_block.txt",
  form="text of a city portal page with a letter-spaced 索 引 号 / 分　　类 / 发布机构 / 成文日期 / 名　　称 / 文　　号 / 发布日期 block in two columns: a city 工业和信息化局 notice on 专精特新 cultivation and awards, a ministry 办法 and a province notice cited by number (工信部企业, 粤工信规字), past totals 截至2024年底 (21家, 412家) that are no targets, a 2025年 goal paragraph (range 3—5家, 100家以上, 300家以上, 突破600家, 20家左右, 2家以上), one-off awards per grade (50万元, 10万元, 20万元), a 技改 subsidy share with a project-size condition and a cap, a yearly fund 3000万元, three application stages with dated steps (2025年4月30日前, 5月20日前, 6月底前) and a payment date (9月底前), a 5个工作日 公示, a per-county minimum, a quarterly update, 全年…不少于12场, no responsibility marker",
  documentNumber="肇工信〔2025〕42号",
  title="肇庆市工业和信息化局关于做好2025年专精特新中小企业培育和奖补工作的通知",
  issuers=["肇庆市工业和信息化局"], issueDate="2025-03-18",
  references=["工信部企业〔2022〕63号", "粤工信规字〔2023〕2号"],
  deadlineEnds=["2025-12-31", "2025-04-30", "2025-05-20", "2025-06-30", "2025-09-30"],
  targets=[
   rng(3, 5, "家", "小巨人"),
   t(100, "家", "省级专精特新中小企业", "gte"),
   t(300, "家", "创新型中小企业", "gte"),
   t(600, "家", "专精特新企业总数", "gt"),
   t(20, "家", "上市后备企业", "approx"),
   t(2, "家", "资本市场", "gte"),
   t(3000*WAN, "元", "专项资金"),
   t(12, "场", "服务活动", "gte"),
   t(50*WAN, "元", "奖励", optional=True),
   t(10*WAN, "元", "奖励", optional=True),
   t(20*WAN, "元", "复核", optional=True),
   t(10, "%", "补助", optional=True),
   t(300*WAN, "元", "单个项目", "lte", optional=True),
   t(30, "家", "入库企业", "gte", optional=True),
  ],
  responsibilities=[],
  optionalResponsibilities=opt("企业申报", "填报申请", "县区初审", "推荐意见", "市级审核", "专家评审", "奖补资金",
                               "建立培育库", "强化精准服务", "加强资金监管", "入库企业名单")),
 dict(seed="03_maanshan_transport_drc_joint_transport_three_year_action_plan_2025_2027_targets.txt",
  form="text of a city portal page (规划计划 breadcrumb, number on its own line): a joint 关于印发 notice of a city 交通运输局 and 发展和改革委员会 (both names in the title parted by a space, signed on one line, the lead bureau's number) issuing a 三年行动方案（2025—2027年） attached after the signature, a province notice cited by number, 到2025年 / 到2027年 paragraphs (7200公里, 280公里, 突破1.4亿吨, 22万标箱; 320公里以上, 90%以上, 1.6亿吨, 30万标箱, 保持100%, 2025—2027年累计…300亿元以上), six tasks closing with （责任单位：X、Y…） naming county governments, a 管委会 and a power company, three-year figures, a yearly figure (每年完成40公里以上), 年均增长10%以上, a grade label (5A级), a task with two dated steps (2025年建成…, 2026年6月底前开工…), one dated step in two tasks, a yearly fund 5亿元, a recurring 每年12月10日前 report",
  documentNumber="马交〔2025〕11号",
  title="马鞍山市交通运输局 马鞍山市发展和改革委员会关于印发《马鞍山市交通运输高质量发展三年行动方案（2025—2027年）》的通知",
  issuers=["马鞍山市交通运输局", "马鞍山市发展和改革委员会"], issueDate="2025-02-25", references=["皖政〔2024〕18号"],
  deadlineEnds=["2025-12-31", "2027-12-31", "2026-06-30", "2026-12-31"],
  targets=[
   t(7200, "公里", "综合交通网总里程"),
   t(280, "公里", "高速公路通车里程"),
   t(1.4*YI, "吨", "货物吞吐量", "gt"),
   t(22*WAN, "标箱", "集装箱吞吐量"),
   t(320, "公里", "高速公路通车里程", "gte"),
   t(90, "%", "二级及以上比例", "gte"),
   t(1.6*YI, "吨", "货物吞吐量"),
   t(30*WAN, "标箱", "集装箱吞吐量"),
   t(100, "%", "新能源车辆比例"),
   t(300*YI, "元", "交通固定资产投资", "gte"),
   t(120, "公里", "普通国省干线公路"),
   t(40, "公里", "每年完成", "gte"),
   t(5, "个", "泊位"),
   t(10, "%", "铁水联运量", "gte"),
   t(300, "公里", "农村公路"),
   t(60, "座", "危旧桥梁"),
   t(1, "个", "示范县"),
   t(150, "辆", "新能源公交车"),
   t(80, "个", "客货邮融合发展站点"),
   t(200, "个", "充电桩"),
   t(5*YI, "元", "专项资金"),
  ],
  responsibilities=[
   r("完善高速公路网络", ["市交通运输局", "市发展改革委", "当涂县人民政府", "和县人民政府"]),
   r("提升普通国省干线", ["市交通运输局", "市公路事业发展中心"]),
   r("建设现代化港口", ["市港航管理中心", "郑蒲港新区管委会", "市交通运输局"], "2025-12"),
   r("深化“四好农村路”建设", ["市交通运输局", "各县区人民政府"]),
   r("推进城乡客运一体化", ["市交通运输局", "市邮政管理局", "市公交集团"]),
   r("发展智慧绿色交通", ["市交通运输局", "市数据资源局", "国网马鞍山供电公司"], "2026-12"),
  ],
  optionalResponsibilities=opt("认真贯彻落实", "加强统筹协调", "联席会议", "强化要素保障", "严格督查考核",
                               "年度推进情况", "年度评估")),
 dict(seed="04_wuzhou_emergency_bureau_confined_space_special_campaign_stages_xxgk_html_div_items.html",
  form="saved HTML page of a city bureau's 通知公告 column (<meta> tags with PubDate three days after the signature, an xxgk block of <div class=item><em>label：</em><span>value</span></div> with labels letter-spaced by &ensp; / &emsp;, zero-padded 成文日期 2025年03月28日, body in div#UCAP-CONTENT with <p> and &emsp; indents, the signature right-aligned): a city 应急管理局 notice of a 有限空间作业 special campaign, a region notice cited by number and a 规定 by title only, 整治目标 rates (three times 达到100%), 全年…3000人次以上, four 整治重点 each closing with （责任单位：…） naming the bureau's own 科 and its 执法支队, 全年…不少于200家次, a half-yearly drill minimum and a per-county monthly minimum, four stages as date ranges (the first also with a 4月15日前 step), a recurring 每月25日前 report and a summary date; no year-end deadline (全年 a scope)",
  documentNumber="梧应急发〔2025〕15号",
  title="梧州市应急管理局关于开展2025年工贸行业有限空间作业安全专项整治行动的通知",
  issuers=["梧州市应急管理局"], issueDate="2025-03-28", references=["桂应急发〔2025〕9号"],
  deadlineEnds=["2025-04-15", "2025-05-31", "2025-09-30", "2025-11-30", "2025-12-05"],
  targets=[
   t(100, "%", "排查覆盖率"),
   t(100, "%", "重大事故隐患整改率"),
   t(100, "%", "安全培训合格率"),
   t(3000, "人次", "培训有限空间作业人员", "gte"),
   t(200, "家次", "执法检查企业", "gte"),
   t(1, "次", "应急演练", "gte", optional=True),
   t(10, "家", "每月检查企业", "gte", optional=True),
  ],
  responsibilities=[
   r("建立有限空间管理台账", [XQYJ]),
   r("落实作业审批制度", [XQYJ, ZFZD]),
   r("开展执法检查", [ZFZD, "市应急管理局安全生产基础科"]),
   r("强化应急救援准备", ["市应急管理局应急救援科", XQYJ]),
  ],
  optionalResponsibilities=opt("动员部署阶段", "企业自查阶段", "集中整治阶段", "巩固提升阶段", "具体工作方案",
                               "进展情况", "工作总结", "加强组织领导", "集中执法检查", "回头看")),
 dict(seed="05_putian_zhenhai_subdistrict_office_back_lanes_renovation_notice_no_number_units_and_persons.txt",
  form="text of a district portal's 镇街专栏 page (发布时间 with a time of day, 来源 and an empty 访问量): a 街道办事处 notice with no document number on a 背街小巷 renovation campaign, a city office notice cited with its number, a 2025年 goal paragraph (42条, 5000平方米以上, 15公里, 800个, 6个, 90%以上), five tasks each closing with （责任单位：X、Y；责任人：<name>）, units of the subdistrict (街道城建办, 街道综合执法队 …), 各社区居委会 and a power supply station, a dated step in two tasks, per-lane terms (1名巷长, 每周巡查不少于2次), three stages as date ranges, a monthly pace (每月完成不少于5条), 验收合格率达到100%, a fund 600万元, a recurring 每月25日前 report and a summary date",
  documentNumber=None,
  title="荔城区镇海街道办事处关于开展2025年背街小巷环境综合整治提升行动的通知",
  issuers=["荔城区镇海街道办事处"], issueDate="2025-04-07", references=["莆政办〔2024〕36号"],
  deadlineEnds=["2025-12-31", "2025-05-15", "2025-09-30", "2025-04-30", "2025-10-31", "2025-11-30", "2025-12-10"],
  targets=[
   t(42, "条", "背街小巷"),
   t(5000, "平方米", "违章搭建", "gte"),
   t(15, "公里", "架空线缆"),
   t(800, "个", "停车泊位"),
   t(6, "个", "口袋公园"),
   t(90, "%", "满意度", "gte"),
   t(100, "%", "验收合格率"),
   t(600*WAN, "元", "专项资金"),
   t(1, "名", "巷长", optional=True),
   t(2, "次", "巡查", "gte", optional=True),
   t(5, "条", "每月完成", "gte", optional=True),
  ],
  responsibilities=[
   r("开展摸底调查", ["街道城建办", "各社区居委会"], "2025-05"),
   r("拆除违章搭建", ["街道综合执法队", "街道城建办"]),
   r("规整架空线缆", ["街道城建办", "区供电公司镇海供电所"], "2025-09"),
   r("提升配套设施", ["街道城建办", "街道财政所"]),
   r("建立长效机制", ["街道党政办", "各社区居委会"]),
  ],
  optionalResponsibilities=opt("宣传发动阶段", "集中整治阶段", "验收总结阶段", "加强组织领导", "领导小组办公室",
                               "强化经费保障", "严格督查通报", "工作进展情况", "年度工作总结", "宣传整治行动")),
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
    """The printed forms a value may take: as is, or folded to 万/亿 before the unit; a range as 3—5家."""
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
