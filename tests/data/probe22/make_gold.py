"""Writes gold/*.json for probe22 and checks that every printed item occurs in its document.

Values are checked with their unit (亿/万 folded back to the printed form); table cells of 04 are checked as bare
numbers, since the unit is in the column header. Run from this folder: python3 make_gold.py
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
 dict(seed="01_suqian_market_regulation_ip_bureau_ip_strong_city_notice_patent_trademark_pledge.txt",
  form="text of a city portal page: a city 市场监督管理局 that carries the sign of the 知识产权局, both names in the title and the signature (宿迁市市场监督管理局（宿迁市知识产权局）), number on its own line, 到2024年底 goals with 每万人口高价值发明专利拥有量达到6.5件, 突破7000件, 18万件以上, 累计达到30件, 25亿元以上, 300家以上, five tasks and a sixth each closing with （责任单位：X、Y）, a per-patent subsidy and a yearly cap, an interest subsidy share and cap, 年内 / 全年 figures inside tasks, dated steps (2024年9月30日前, 2024年10月底前), a plan date, a recurring quarterly report and a summary date",
  documentNumber="宿市监发〔2024〕19号",
  title="宿迁市市场监督管理局（宿迁市知识产权局）关于加快推进知识产权强市建设的通知",
  issuers=["宿迁市市场监督管理局", "宿迁市知识产权局"], issueDate="2024-03-20", references=[],
  deadlineEnds=["2024-12-31", "2024-09-30", "2024-10-31", "2024-04-15", "2024-12-10"],
  targets=[
   t(6.5, "件", "每万人口高价值发明专利拥有量"),
   t(7000, "件", "有效发明专利拥有量", "gt"),
   t(18*WAN, "件", "有效注册商标总量", "gte"),
   t(30, "件", "地理标志商标"),
   t(25*YI, "元", "质押融资金额", "gte"),
   t(300, "家", "惠及企业", "gte"),
   t(5, "家", "国家知识产权优势企业"),
   t(20, "家", "省知识产权示范企业"),
   t(3, "个", "高价值专利培育示范中心"),
   t(4, "件", "地理标志商标"),
   t(50, "件", "名录", "gte"),
   t(120, "件", "假冒专利案件", "gte"),
   t(90, "%", "结案率", "gte"),
   t(10, "场", "专题培训", "gte"),
   t(2000, "人次", "培训企业人员"),
   t(800, "次", "专利转让许可次数", "gte"),
   t(40, "家", "通过认证企业"),
   t(3000, "元", "资助", optional=True),
   t(30*WAN, "元", "资助总额", "lte", optional=True),
   t(50, "%", "贴息", optional=True),
   t(20*WAN, "元", "单户企业", "lte", optional=True),
   t(5, "个工作日", "进展", "lte", optional=True),
  ],
  responsibilities=[
   r("提升高价值专利创造质量", ["知识产权促进处", "各县（区）市场监督管理局"], "2024-12"),
   r("实施商标品牌战略", ["商标广告监督管理处", "各县（区）市场监督管理局"]),
   r("扩大知识产权质押融资规模", ["知识产权促进处", "市知识产权保护中心"], "2024-09"),
   r("强化知识产权保护", ["知识产权保护处", "市场监管综合执法支队"], "2024-10"),
   r("优化知识产权公共服务", ["知识产权促进处", "市知识产权保护中心", "各县（区）市场监督管理局"]),
   r("推动专利转化运用", ["知识产权促进处", "各县（区）市场监督管理局"]),
  ],
  optionalResponsibilities=[{"task": "加强组织领导"}, {"task": "强化考核督导"}, {"task": "实施方案"},
                            {"task": "工作进展"}, {"task": "年度工作总结"}]),
 dict(seed="02_taojiang_county_government_flood_control_urgent_notice_recurring_reports.txt",
  form="text of a county portal page (xxgk block with letter-spaced 索 引 号 and 发文字号 / 成文日期): a county 人民政府 紧急通知 on 防汛 with a 明电 number, a forecast period (6月18日至22日), a city 防指 notice cited with its number, duties 各乡镇要… / 县X局要… without markers, 24小时 duty, recurring report times 每日8时前、17时前, report limits 30分钟内 / 1小时内; no targets, no deadline",
  documentNumber="桃政明电〔2024〕6号",
  title="桃江县人民政府关于切实做好当前防汛工作的紧急通知",
  issuers=["桃江县人民政府"], issueDate="2024-06-17", references=["益防指电〔2024〕11号"],
  deadlineEnds=[],
  targets=[
   t(30, "分钟", "电话报告", "lte", optional=True),
   t(1, "小时", "书面报告", "lte", optional=True),
  ],
  responsibilities=[],
  optionalResponsibilities=[{"task": "防汛应急响应"}, {"task": "巡查"}, {"task": "技术指导"}, {"task": "转移"},
                            {"task": "监测预警"}, {"task": "救援队伍"}, {"task": "监测预报"}, {"task": "值班"},
                            {"task": "易涝点"}, {"task": "巡查"}, {"task": "防汛物资"}, {"task": "救灾物资"},
                            {"task": "医疗救护"}, {"task": "基本生活保障"}, {"task": "督查"}, {"task": "网格化包保"},
                            {"task": "按照职责分工"}]),
 dict(seed="03_xiangtan_government_approval_tianyi_development_zone_plan_area_investment.txt",
  form="text of a city portal page: a city 人民政府 批复 (潭政函) to a 开发区管理委员会 approving a park plan (2024—2030年), the request cited with its number, 规划面积23.8平方公里 / 工业用地14.2平方公里, 重点项目58个，总投资约420亿元 with two 其中 parts each 总投资约, 到2026年 / 到2030年 levels (突破300亿元, 120家以上, 600亿元, 15个), land standards per 亩 and a 容积率, a 100% rate, a recurring 每年1月31日前 report, two dated steps (2024年8月31日前, 2024年底前 with 30万平方米), city departments and the district by duty without markers",
  documentNumber="潭政函〔2024〕41号",
  title="湘潭市人民政府关于湘潭天易经济开发区高端装备产业园建设规划（2024—2030年）的批复",
  issuers=["湘潭市人民政府"], issueDate="2024-05-10", references=["天易管报〔2024〕9号"],
  deadlineEnds=["2026-12-31", "2030-12-31", "2024-08-31", "2024-12-31"],
  targets=[
   t(23.8, "平方公里", "规划面积", optional=True),
   t(14.2, "平方公里", "工业用地", optional=True),
   t(58, "个", "重点项目"),
   t(420*YI, "元", "总投资", "approx"),
   t(41, "个", "产业项目"),
   t(350*YI, "元", "总投资", "approx"),
   t(17, "个", "公共服务项目"),
   t(70*YI, "元", "总投资", "approx"),
   t(300*YI, "元", "产值", "gt"),
   t(120, "家", "规模以上工业企业", "gte"),
   t(600*YI, "元", "产值"),
   t(15, "个", "研发平台"),
   t(100, "%", "污水集中处理率"),
   t(30*WAN, "平方米", "标准厂房"),
   t(350*WAN, "元", "投资强度", "gte", optional=True),
   t(20*WAN, "元", "亩均税收", "gte", optional=True),
   t(1.0, "", "容积率", "gte", optional=True),
  ],
  responsibilities=[],
  optionalResponsibilities=[{"task": "建设主体责任"}, {"task": "年度实施计划"}, {"task": "控制性详细规划"},
                            {"task": "标准厂房"}, {"task": "各自职责"}, {"task": "征地拆迁"}, {"task": "产城融合"},
                            {"task": "规划实施情况"}, {"task": "国土空间规划"}, {"task": "生态"}]),
 dict(seed="04_longyan_drc_2024_key_projects_construction_plan_xxgk_html_task_table.html",
  form="saved HTML page of a city xxgk platform (th/td 索引号 / 所属机构 / 发文日期 / 文　　号 table, <meta> tags, body in div#zoom with <p>): a city 发展和改革委员会 notice issuing the 2024年重点项目建设计划: 260个, 总投资2860亿元, 年度计划投资560亿元以上, 新开工85个, 竣工60个, 压缩至…50%以内, 6月30日前 / 12月15日前 steps, a recurring 每月5日前 report, then a task table 序号 | 项目名称 | 年度投资（亿元） | 牵头单位 | 完成时限 with cells in <p>, units parted by <br> or 、, a “—” cell, deadline cells with a trailing step (2024年12月底前完成年度投资 …) and 长期坚持",
  documentNumber="龙发改投资〔2024〕27号",
  title="龙岩市发展和改革委员会关于印发龙岩市2024年重点项目建设计划的通知",
  issuers=["龙岩市发展和改革委员会"], issueDate="2024-02-26", references=[],
  deadlineEnds=["2024-12-31", "2024-06-30", "2024-12-15", "2024-09-30", "2024-10-31", "2024-11-30", "2024-08-31"],
  targets=[
   t(260, "个", "市级重点项目"),
   t(2860*YI, "元", "总投资"),
   t(560*YI, "元", "年度计划投资", "gte"),
   t(85, "个", "新开工项目"),
   t(60, "个", "竣工"),
   t(50, "%", "办理时限", "lte"),
   t(32.5*YI, "元", "龙岩至龙川铁路", optional=True),
   t(18.6*YI, "元", "铜冶炼技改项目", optional=True),
   t(6.2*YI, "元", "冠豸山大道", optional=True),
   t(9.8*YI, "元", "稀土新材料产业园", optional=True),
   t(4.5*YI, "元", "第一医院新院区", optional=True),
   t(15.0*YI, "元", "抽水蓄能电站", optional=True),
   t(3.6*YI, "元", "冠豸山机场", optional=True),
  ],
  responsibilities=[
   r("龙岩至龙川铁路龙岩至武平段", ["市交通运输局"], "2024-12"),
   r("紫金矿业铜冶炼技改项目", ["上杭县人民政府"], "2024-09"),
   r("龙岩中心城区冠豸山大道改造提升工程", ["市住房和城乡建设局", "新罗区人民政府"], "2024-10"),
   r("长汀县稀土新材料产业园基础设施项目", ["长汀县人民政府"], "2024-06"),
   r("龙岩市第一医院新院区二期工程", ["市卫生健康委员会"], "2024-12"),
   r("漳平市抽水蓄能电站", ["漳平市人民政府", "市发展和改革委员会"], "2024-11"),
   r("连城冠豸山机场改扩建工程", ["连城县人民政府"], "2024-08"),
   r("市级重点项目前期工作", ["市发展和改革委员会", "各县（市、区）人民政府"], "持续推进"),
  ],
  optionalResponsibilities=[{"task": "压实推进责任"}, {"task": "挂钩责任制"}, {"task": "新开工项目"},
                            {"task": "审批流程"}, {"task": "专项债券"}, {"task": "问题清单"}, {"task": "项目进展"},
                            {"task": "督查"}, {"task": "年度项目建设总结"}, {"task": "要素"}]),
 dict(seed="05_yuxi_education_bureau_teacher_training_notice_hours_rule_registration_time.txt",
  form="text of a city portal page (部门信息公开 breadcrumb, 发布时间 with zero-padded 03月08日): a city 教育局 notice on 教师培训 citing a province notice by number, 2024年 goals (2.6万人次, 3800人次, 600名, 4500人次, 覆盖率达到100%, 5个), hour rules (每人每年…不少于72学时, 五年累计不少于360学时, 不少于20学时, 不超过…50%, 不少于120学时), a 10天 course and a 50人 class cap, 不少于30场, a 报名 deadline with a time of day (2024年3月25日17:00前), a funding share 不低于…5%, a plan date, a summary date, duties without markers",
  documentNumber="玉教发〔2024〕15号",
  title="玉溪市教育局关于做好2024年中小学幼儿园教师培训工作的通知",
  issuers=["玉溪市教育局"], issueDate="2024-03-06", references=["云教师〔2024〕6号"],
  deadlineEnds=["2024-12-31", "2024-08-31", "2024-03-25", "2024-04-10", "2024-12-20"],
  targets=[
   t(2.6*WAN, "人次", "教师培训"),
   t(3800, "人次", "市级集中培训"),
   t(600, "名", "骨干教师"),
   t(4500, "人次", "乡村教师"),
   t(100, "%", "覆盖率"),
   t(5, "个", "教师发展示范基地"),
   t(30, "场", "送教下乡", "gte"),
   t(72, "学时", "每人每年", "gte", optional=True),
   t(360, "学时", "五年累计", "gte", optional=True),
   t(20, "学时", "信息技术应用能力", "gte", optional=True),
   t(50, "%", "网络研修", "lte", optional=True),
   t(10, "天", "集中研修", optional=True),
   t(50, "人", "学员", "lte", optional=True),
   t(120, "学时", "岗前培训", "gte", optional=True),
   t(5, "%", "培训经费", "gte", optional=True),
   t(50, "%", "实践性课程", "gte", optional=True),
  ],
  responsibilities=[],
  optionalResponsibilities=[{"task": "寒暑假教师研修"}, {"task": "审核推荐"}, {"task": "报名"}, {"task": "参训"},
                            {"task": "培训经费"}, {"task": "年度教师培训计划"}, {"task": "按需施训"},
                            {"task": "培训质量评估"}, {"task": "总结"}, {"task": "岗前培训"}, {"task": "送教"}]),
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
