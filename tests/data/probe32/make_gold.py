"""Writes gold/*.json for probe32 and checks that every printed item occurs in its document.

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
 dict(seed="01_xiushui_county_office_rural_waste_assessment_rules_scoring_list.txt",
  form="text of a county portal page (letter-spaced 索 引 号 block with 文　　号 / 生成日期 two days after the signature, number on its own line, 抄送 and 印发 lines): a county 人民政府办公室 关于印发 notice signed before a 考核细则 in 第X条 articles, a province 办法 and a city plan cited by number, a 年度工作目标 article opening with 2025年 (保持100%, 96%以上, 新增…30个, 98%以上, 90%以上), weights of three parts (40% / 40% / 20%), a scoring list （一）…（10分） with numbered standards carrying points, deductions and bonuses (得3分, 每少1次扣1分, 每个加0.5分，最多加5分), thresholds inside the standards that restate the goals (在岗率达到98%以上的得满分, 无害化处理率达到96%以上的得满分, 满意度达到90%以上的得满分) or are new (签约率达到90%以上, 低于70%的不得分, 月工资不低于1500元, 每300名…配备1名保洁员, 每季度至少召开1次), deductions per event (每次扣5分) with a 20分 cap, a yearly procedure (每年12月10日前, 次年1月20日前), grade bands, a 15% weight, a 5万元 award, a 后3位 rule, a 负责解释 article, a validity end and an earlier trial 办法 repealed by number",
  documentNumber="修府办字〔2025〕17号",
  title="修水县人民政府办公室关于印发《修水县乡镇农村生活垃圾治理工作考核细则》的通知",
  issuers=["修水县人民政府办公室"], issueDate="2025-04-21",
  references=["赣农厅字〔2024〕12号", "九办字〔2022〕41号", "修府办字〔2022〕33号"],
  deadlineEnds=["2025-12-31", "2027-12-31"],
  targets=[
   t(100, "%", "行政村覆盖率"),
   t(96, "%", "无害化处理率", "gte"),
   t(30, "个", "垃圾分类减量试点村"),
   t(98, "%", "在岗率", "gte"),
   t(90, "%", "满意度", "gte"),
   t(98, "%", "在岗率", "gte", optional=True),
   t(96, "%", "无害化处理率", "gte", optional=True),
   t(90, "%", "满意度", "gte", optional=True),
   t(90, "%", "签约率", "gte", optional=True),
   t(1500, "元", "月工资", "gte", optional=True),
   t(1, "名", "保洁员", "gte", optional=True),
   t(1, "次", "专题调度会议", "gte", optional=True),
   t(5*WAN, "元", "奖补资金", optional=True),
  ],
  responsibilities=[],
  optionalResponsibilities=[{"task": "日常考核"}, {"task": "季度暗访"}, {"task": "年度自评报告"},
                            {"task": "汇总形成考核结果"}, {"task": "奖补资金"}, {"task": "约谈"}, {"task": "负责解释"}]),
 dict(seed="02_huoshan_county_office_2025_rural_water_supply_plan_leader_and_units.txt",
  form="text of a county portal page (信息索引号 / 文件编号 / 信息名称 lines one a line, 生成日期 the day after the signature, no number line above the title, 印发 line): a county 人民政府办公室 关于印发 notice signed before a 2025年 工作方案, a province opinion and a city plan cited by number, a 2025年 goal paragraph (18处, 260公里, 12.6万人, 96.5%, 85%以上, 保持100%, 90%以上), six tasks each closing with （责任领导：<post and name>；责任单位：X、Y，Z）: one with the two parts reversed (责任单位 first), one with two leaders parted by a comma, units parted by 、 and ，; dated steps (2025年9月底前, 年底前, 2025年6月底前, 11月底前, 5月底前), counts in tasks (2座, 14处, 4800户, 3支, 8辆, 4台), a yearly fund 不低于600万元, a 年度 rate 100%, cadences (每季度…1次, 每月…1次), a 1.36亿元 investment and a 每月5日前 report",
  documentNumber="霍政办秘〔2025〕26号",
  title="霍山县人民政府办公室关于印发霍山县2025年农村供水保障提升工作方案的通知",
  issuers=["霍山县人民政府办公室"], issueDate="2025-05-08",
  references=["皖政办〔2023〕11号", "六政办秘〔2024〕37号"],
  deadlineEnds=["2025-12-31", "2025-09-30", "2025-06-30", "2025-11-30", "2025-05-31"],
  targets=[
   t(18, "处", "新建改造农村供水工程"),
   t(260, "公里", "配水管网"),
   t(12.6*WAN, "人", "惠及农村人口"),
   t(96.5, "%", "自来水普及率"),
   t(85, "%", "规模化供水工程", "gte"),
   t(100, "%", "水质达标率"),
   t(90, "%", "水费收缴率", "gte"),
   t(2, "座", "取水泵站"),
   t(14, "处", "水源保护区标志"),
   t(4800, "户", "老旧入户管道"),
   t(100, "%", "抽检覆盖率"),
   t(600*WAN, "元", "维修养护资金", "gte"),
   t(3, "支", "应急抢修队伍"),
   t(8, "辆", "应急送水车"),
   t(4, "台", "移动净水设备"),
   t(1.36*YI, "元", "计划投资"),
   t(1, "次", "实战演练", optional=True),
   t(1, "名", "分管负责同志", optional=True),
  ],
  responsibilities=[
   r("实施水源保障工程", ["县水利局", "县生态环境分局", "下符桥镇人民政府"], "2025-09"),
   r("推进管网延伸改造", ["县水利局", "县城投集团", "各乡镇人民政府"], "2025-12"),
   r("加强水质检测监测", ["县卫生健康委", "县水利局"]),
   r("落实工程运行管护", ["县财政局", "县水利局", "各乡镇人民政府"], "2025-06"),
   r("推进水费计收改革", ["县发展改革委", "县水利局", "县市场监管局"], "2025-11"),
   r("提升应急供水能力", ["县应急管理局", "县水利局", "县消防救援大队"], "2025-05"),
  ],
  optionalResponsibilities=[{"task": "加强组织领导"}, {"task": "强化资金保障"}, {"task": "严格督导考核"},
                            {"task": "调度通报"}]),
 dict(seed="03_zengdu_district_housing_bureau_self_built_housing_review_notice_no_number.txt",
  form="text of a district portal page (breadcrumb, title above a 发布时间/来源 line, no document number anywhere, title without the issuer's name, contact line and 附件 list before the signature): a district 住房和城乡建设局 通知 of a campaign 自即日起至9月30日, a scope by storeys and grades (3层及以上, C级、D级), a goal paragraph opening 9月30日前 (1.2万栋, 整治率达到100%) with a 9月20日前 step, three stages (即日起至7月31日, 8月1日至9月20日, 9月21日至9月30日), a 不低于10% sampling share, duties by body without markers, a 1名联络员 with a 7月22日前 list, a recurring 每月5日前 report (自8月起) and a 10月10日前 summary",
  documentNumber=None,
  title="关于开展全区农村自建房安全隐患“回头看”排查整治工作的通知",
  issuers=["曾都区住房和城乡建设局"], issueDate="2025-07-15",
  references=[],
  deadlineEnds=["2025-09-30", "2025-09-20", "2025-07-31", "2025-07-22", "2025-10-10"],
  targets=[
   t(1.2*WAN, "栋", "经营性自建房"),
   t(100, "%", "危房整治率"),
   t(10, "%", "抽查比例", "gte", optional=True),
   t(1, "名", "联络员", optional=True),
  ],
  responsibilities=[],
  optionalResponsibilities=[{"task": "自查阶段"}, {"task": "整治阶段"}, {"task": "验收阶段"}, {"task": "压实属地责任"},
                            {"task": "强化技术支撑"}, {"task": "加强宣传引导"}, {"task": "严格信息报送"},
                            {"task": "逐户复核"}, {"task": "依法依规处置"}, {"task": "抽查"}, {"task": "技术指导"},
                            {"task": "联动把关"}, {"task": "联络员"}, {"task": "进展情况"}, {"task": "工作总结"}]),
 dict(seed="04_xinhua_county_office_2025_urban_parking_plan_leader_unit_time_line.txt",
  form="text of a county portal page (【索引号】【成文日期】【文号】 labels in brackets, the title printed over two lines parted after the issuer's name, 抄送 and 印发 lines): a county 人民政府办公室 关于印发 notice signed before a 2025年 工作方案, a city plan cited by number, a 到2025年底 goal paragraph (2000个以上, 其中…2座, 不少于40个, 98%以上), six numbered tasks under （一）…（三） each followed by one line 责任领导：<post and name>　　责任单位：X、Y，Z　　完成时限：<date> parted by wide spaces: a leader who is also a bureau head (县政府副县长、县公安局局长…), two leaders parted by 、, month deadlines with the year, 长期坚持, a 不少于600个 count in a task, a 不超过3元 fee cap, a recurring 每月25日前 report",
  documentNumber="新政办函〔2025〕32号",
  title="新化县人民政府办公室关于印发《新化县2025年城区停车秩序综合整治工作方案》的通知",
  issuers=["新化县人民政府办公室"], issueDate="2025-06-10",
  references=["娄政办发〔2024〕15号"],
  deadlineEnds=["2025-12-31", "2025-11-30", "2025-08-31", "2025-09-30", "2025-07-31"],
  targets=[
   t(2000, "个", "公共停车泊位", "gte"),
   t(2, "座", "立体停车库"),
   t(40, "个", "经营性停车场", "gte"),
   t(98, "%", "投诉办结率", "gte"),
   t(600, "个", "开放泊位", "gte"),
   t(3, "元", "首小时收费", "lte", optional=True),
  ],
  responsibilities=[
   r("建设公共停车场", ["县住房城乡建设局", "县自然资源局", "县城投公司"], "2025-11"),
   r("挖潜机关单位停车资源", ["县机关事务服务中心", "县教育局", "县卫生健康局"], "2025-08"),
   r("优化路内停车泊位", ["县公安局交警大队", "县城市管理和综合执法局"], "2025-09"),
   r("开展违停专项整治", ["县公安局交警大队", "县城市管理和综合执法局", "上梅街道办事处", "枫林街道办事处"], "持续推进"),
   r("建设智慧停车管理平台", ["县数据局", "县发展和改革局", "县城投公司"], "2025-12"),
   r("规范停车收费", ["县发展和改革局", "县市场监督管理局"], "2025-07"),
  ],
  optionalResponsibilities=[{"task": "加强组织领导"}, {"task": "强化督查考核"}, {"task": "营造良好氛围"},
                            {"task": "工作进展"}]),
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
