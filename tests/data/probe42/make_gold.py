"""Writes gold/*.json for probe42 and checks that every printed item occurs in its document.

Values are checked with their unit (亿/万 folded back to the printed form). An item whose figure is printed apart from
its unit (an indicator-table cell under a 单位 column, a figure in Chinese numerals) names its printed form with `as_`;
the check then looks for that string in the same table row / sentence instead (as_ is not written to the gold file).
Run from this folder: python3 make_gold.py
"""
import json, os, re, unicodedata

def t(value, unit, key, comparator=None, optional=False, as_=None):
    d = {"value": value, "unit": unit, "key": key}
    if comparator:
        d["comparator"] = comparator
    if optional:
        d["optional"] = True
    if as_:
        d["_as"] = as_
    return d

def r(task, units, deadline=None):
    d = {"task": task, "units": units}
    if deadline:
        d["deadline"] = deadline
    return d

def o(*tasks):
    return [{"task": x} for x in tasks]

YI, WAN = 100000000, 10000

GOLD = [
 dict(seed="01_changde_city_office_14th_fyp_transport_special_plan_excerpt_indicator_table_row_per_line.txt",
  form="text of a city portal page (letter-spaced 索 引 号 block whose 发文日期 is the 印发 date, two days after the signature): a city 人民政府办公室 关于印发 notice issuing a “十四五” 综合交通运输发展 专项规划, printed as an excerpt (节选) with 第X章/第X节 headings; a province office plan cited by title and number and the city's 纲要 by title only; a 发展基础 section of “十三五” results (612亿元, 826公里, 72.5%, 100%, 120万人次, 1850万吨: no targets); 到2025年 goals in prose (——lines: 1100公里, 300公里, 建制村通客车率保持100%, 1小时通达, 300万人次, 3000万吨, 90%以上, 较2020年下降5%, 累计完成860亿元), 展望2035年; a 专栏 indicator table laid out one row a line with tabs, 序号 | 指标 | 单位 | 2020年 | 2025年 | 属性 (预期性 / 约束性; units in their own column: 公里, %, 万人次, 万吨, 亿元; ≥ in cells; five-year cumulative values in 〔〕 with a note; a — cell); task figures (270公里以上, 78公里, 600公里, 5000公里, 300座, 15条以上, 3条); 保障措施 without markers and a 2023年底前 mid-term review; 抄送 and 印发 lines",
  documentNumber="常政办发〔2021〕21号",
  title="常德市人民政府办公室关于印发《常德市“十四五”综合交通运输发展规划》的通知",
  issuers=["常德市人民政府办公室"], issueDate="2021-09-14", references=["湘政办发〔2021〕45号"],
  deadlineEnds=["2025-12-31", "2035-12-31", "2023-12-31"],
  targets=[
   t(1100, "公里", "高速公路通车里程"),
   t(85, "%", "普通国省道二级及以上公路比重", as_="85"),
   t(720, "公里", "铁路营业里程", as_="720"),
   t(300, "公里", "高速铁路营业里程"),
   t(450, "公里", "内河高等级航道里程", as_="450"),
   t(300*WAN, "人次", "旅客吞吐量"),
   t(3000*WAN, "吨", "港口货物吞吐量"),
   t(100, "%", "通三级及以上公路", as_="100"),
   t(100, "%", "通硬化路", as_="100"),
   t(45, "%", "出行分担率", "gte", as_="≥45"),
   t(90, "%", "新能源公交车占比", "gte"),
   t(860*YI, "元", "综合交通固定资产投资"),
   t(5, "%", "二氧化碳排放强度"),
   t(100, "%", "通客车率"),
   t(1, "小时", "通达", optional=True),
   t(270, "公里", "新增高速公路通车里程", "gte"),
   t(78, "公里", "航道"),
   t(600, "公里", "普通国省道改造"),
   t(5000, "公里", "农村公路提质改造"),
   t(300, "座", "危桥改造"),
   t(15, "条", "航线", "gte"),
   t(3, "条", "多式联运示范线路"),
  ],
  responsibilities=[],
  optionalResponsibilities=o("加强组织领导", "强化资金保障", "做好评估调整", "中期评估", "总结评估", "征地拆迁",
                             "统筹推进规划实施", "构建内畅外联的对外运输通道", "完善城乡一体的公路网络", "提升运输服务品质")),
 dict(seed="02_weishan_county_government_2025_nansihu_closed_fishing_season_notice_hour_periods.txt",
  form="text of a county portal page (breadcrumb, title above a 发布时间 line with a clock time / 信息来源 / 浏览次数, the number on its own line under it, no 主送): a county 人民政府 通告 on the lake's 禁渔期: laws cited by title only and a province department notice by title and number (〈〉 inside 《》), a 禁渔区域 with a distance in Chinese numerals (三公里以内), 禁渔时间 with hours (自2025年3月1日12时起至2025年6月30日12时止; a second zone 自2025年3月1日12时起至7月31日12时止 with a yearless end), prohibitions （一）…（四） with 一人一竿、一线一钩 in words, dated duties with hours (2025年3月1日12时前, 2月28日18时前) and a 2025年3月10日前 clean-up, duties by kind (X负责…；Y负责…), 保障措施 with 牵头/会同 but no marker, articles of a law cited (第三十八条、第四十一条), a 24小时 phone line, 本通告自发布之日起施行, 特此通告, previous/next links; no numeric targets",
  documentNumber="微政通〔2025〕1号",
  title="微山县人民政府关于做好2025年南四湖禁渔期管理工作的通告",
  issuers=["微山县人民政府"], issueDate="2025-02-20", references=["鲁农渔字〔2025〕4号"],
  deadlineEnds=["2025-06-30", "2025-07-31", "2025-03-01", "2025-02-28", "2025-03-10"],
  targets=[
   t(3, "公里", "入湖口", "lte", optional=True, as_="三公里以内"),
   t(24, "小时", "值班", optional=True),
  ],
  responsibilities=[],
  optionalResponsibilities=o("禁渔期执法监管", "涉渔违法犯罪", "监督检查", "船舶管理", "禁渔宣传", "落实禁渔补助",
                             "禁渔期生活补助", "联合执法", "强化宣传引导", "登记造册", "网具清理", "开捕公告",
                             "特殊需要", "离港", "返回各自港点", "向县渔政执法机构报告")),
 dict(seed="03_henan_transport_department_2024_rural_roads_situation_bulletin_past_figures_next_step_targets.txt",
  form="text of a province department portal page (breadcrumb, 发布日期/来源 line naming a 处, number on its own line, a 主送 line): a province 交通运输厅 关于2024年…情况的通报 whose figures are the past year's results (362.5亿元, 增长6.8%, 1.12万公里, 112%, 486座, 4850公里, 38个 / 12个, 列养率保持100%, 84.3%, 1.6个百分点, 3个 / 12个 示范县, 86个, per-city figures 1580公里 / 89.6%, 完成率分别为82%、78%和75%, 127座, 104个, 4.6万名, 71%, 2.3万人, 9个, 60%, 216个, 93.5%, 0.8个百分点; a 截至2024年12月31日 date), praise and criticism of named cities, problems 一是…三是, and an attached per-city table of past results (tabs; 完成率 over 100%); a province office opinion cited by number; one forward-looking 下一步 paragraph with real 2025 targets (300亿元以上, 1万公里, 500座, 4000公里, 85%以上, 保持100%, 10个, 2个以上) and dated duties (2025年3月31日前, 6月底前, 2025年5月底前, 11月30日前 without a year), a 每月5日前 report, duties by kind (X负责…) without markers; (此件主动公开), 抄送 and 印发 lines",
  documentNumber="豫交文〔2025〕38号",
  title="河南省交通运输厅关于2024年全省农村公路建设养护工作情况的通报",
  issuers=["河南省交通运输厅"], issueDate="2025-02-25", references=["豫政办〔2020〕12号"],
  deadlineEnds=["2025-12-31", "2025-03-31", "2025-06-30", "2025-05-31", "2025-11-30"],
  targets=[
   t(300*YI, "元", "农村公路投资", "gte"),
   t(1*WAN, "公里", "新改建农村公路"),
   t(500, "座", "危桥改造"),
   t(4000, "公里", "安全生命防护工程"),
   t(85, "%", "优良中等路率", "gte"),
   t(100, "%", "列养率"),
   t(10, "个", "示范县"),
   t(2, "个", "全国示范县", "gte"),
   t(127, "座", "危桥", optional=True),
  ],
  responsibilities=[],
  optionalResponsibilities=o("抓紧谋划项目", "加快问题整改", "强化质量监管", "做好信息报送", "落实工作责任",
                             "统筹调度", "路政执法", "年度建设计划", "整改方案", "工作进展", "年度工作总结",
                             "质量抽检", "养护资金")),
 dict(seed="04_foshan_drc_low_altitude_economy_measures_draft_for_comment_drafting_note_no_number.txt",
  form="text of a city bureau portal page (意见征集 column, 发布时间 with a clock time / 来源 line): a 征求意见稿 of a city 若干措施 with no number and no signature, opened by a 起草说明 (起草背景 with past figures to 2024年底: 86家, 120亿元, 46个, 18条 — no targets; 起草依据 citing a province office plan by title and number (a 2024—2026年 range in its title) and the city's 纲要 by title only; 起草过程 with counts 6场, 41条, 33条; 主要内容 共十条; a consultation period 2025年4月22日至2025年5月21日, an e-mail, an address with a postcode), then the draft: a 到2026年 goal sentence (突破300亿元, 100家以上, 2个, 200个以上, 50条以上), ten articles 一、…十、 each closing with （责任单位：X、Y，Z） or （责任单位：X）: support standards (5% of capital 最高500万元; 分别给予一次性奖励1000万元、500万元、200万元; 300万元; 30% with 最高300万元; 20% with 最高2000万元; 每个…20万元; 每条航线…50万元 with 每年最高200万元; 分别…50万元、150万元、300万元), conditions (年飞行不少于500架次的, 首次突破1亿元、5亿元、10亿元的: nothing), yearly figures (每年…不少于20个, 每年…1000人以上), a yearly fund 不少于2亿元 and a 50亿元 fund, one 2025年底前 step, 就高不重复, 有效期至2027年12月31日",
  documentNumber=None,
  title="佛山市关于加快推进低空经济高质量发展的若干措施（征求意见稿）",
  issuers=["佛山市发展和改革局"], issueDate="2025-04-22", references=["粤府办〔2024〕6号"],
  deadlineEnds=["2026-12-31", "2025-05-21", "2025-12-31", "2027-12-31"],
  targets=[
   t(300*YI, "元", "产业规模", "gt"),
   t(100, "家", "低空经济企业", "gte"),
   t(2, "个", "通用机场"),
   t(200, "个", "起降点", "gte"),
   t(50, "条", "低空航线", "gte"),
   t(20, "个", "应用场景", "gte"),
   t(1000, "人", "专业技能人才", "gte"),
   t(2*YI, "元", "专项资金", "gte"),
   t(50*YI, "元", "产业基金", optional=True),
   t(5, "%", "注册资本", optional=True),
   t(500*WAN, "元", "落户奖励", "lte", optional=True),
   t(1000*WAN, "元", "奖励", optional=True),
   t(500*WAN, "元", "奖励", optional=True),
   t(200*WAN, "元", "奖励", optional=True),
   t(300*WAN, "元", "奖励", optional=True),
   t(30, "%", "配套支持", optional=True),
   t(300*WAN, "元", "单个项目", "lte", optional=True),
   t(20, "%", "补助", optional=True),
   t(2000*WAN, "元", "补助", "lte", optional=True),
   t(20*WAN, "元", "补助", optional=True),
   t(50*WAN, "元", "补助", optional=True),
   t(200*WAN, "元", "单个企业每年", "lte", optional=True),
   t(50*WAN, "元", "奖励", optional=True),
   t(150*WAN, "元", "奖励", optional=True),
  ],
  responsibilities=[
   r("支持整机企业落户", ["市发展改革局", "市投资促进局", "各区人民政府"]),
   r("支持适航取证", ["市发展改革局", "市科技局"]),
   r("支持研发创新", ["市科技局", "市财政局"]),
   r("支持基础设施建设", ["市交通运输局", "市自然资源局", "各区人民政府"]),
   r("支持航线开通", ["市交通运输局", "市文化广电旅游体育局"]),
   r("拓展应用场景", ["市工业和信息化局", "市应急管理局", "市卫生健康局"]),
   r("支持企业做大做强", ["市发展改革局"]),
   r("加强人才引育", ["市委人才工作领导小组办公室", "市人力资源社会保障局", "市教育局"]),
   r("强化资金保障", ["市财政局", "市国资委"]),
   r("优化空域协同", ["市交通运输局", "市政务服务数据管理局"], "2025-12"),
  ],
  optionalResponsibilities=o("负责解释", "征求意见", "反馈意见", "就高不重复")),
]

def fold(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))

def printed(v):
    return ("%f" % v).rstrip("0").rstrip(".")

def forms(value, unit):
    out = [printed(value) + unit]
    for f, name in ((YI, "亿"), (WAN, "万")):
        if value >= f:
            out.append(printed(value / f) + name + unit)
    return out

problems = 0
os.makedirs("gold", exist_ok=True)
for g in GOLD:
    raw = open(os.path.join("docs", g["seed"]), encoding="utf-8").read()
    text = fold(raw)
    lines = [fold(l) for l in raw.splitlines()]
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
        if "_as" in x:
            # the printed form must be on a line (table row or sentence) that also names the key
            ok = any(fold(x["_as"]) in l and fold(x["key"]) in l for l in lines)
        else:
            ok = any(fold(f) in text for f in forms(x["value"], x["unit"]))
            if not ok:  # a table cell: the bare number of 万/亿 on the row of the key, the unit in its column
                for f, name in ((YI, "亿"), (WAN, "万"), (1, "")):
                    ok = ok or any(fold(x["key"]) in l and printed(x["value"] / f) in l and name + x["unit"] in l
                                   for l in lines)
        if not ok:
            problems += 1
            print("value missing", g["seed"][:2], x)
    out = os.path.join("gold", g["seed"].rsplit(".", 1)[0] + ".json")
    dump = dict(g, targets=[{k: v for k, v in x.items() if k != "_as"} for x in g["targets"]])
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(dump, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
print("problems:", problems)
