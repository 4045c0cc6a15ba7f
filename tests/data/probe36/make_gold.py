"""Writes gold/*.json for probe36 and checks that every printed item occurs in its document.

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
 dict(seed="01_shandong_education_department_forwards_ministry_after_school_service_opinion_city_bureau_tasks.txt",
  form="text of a province department portal page (breadcrumb, 发布时间/来源/浏览次数 line, number on its own line under the title): a province 教育厅 通知 forwarding a ministry opinion cited by its number (教基〔2025〕3号) and a province general office opinion (鲁政办字), its own number 鲁教基字〔2025〕5号, 主送 各市教育局; a goal paragraph 到2025年底 (参与率95%以上, 不少于12个, 其中…占比不低于60%, 300所) and 到2026年底 (80%); four tasks of 各市教育局 each closing with （责任单位：省教育厅X处，各市教育局） (units parted by 、 and ，, a 处 without its 省教育厅 prefix), dated steps (2025年4月底前, 2025年9月底前), a 5+2 schedule (每周5天、每天不少于2小时), a per-county minimum (至少…10门), a fee cap 每生每学期不超过300元, a 每学期 check, 2025年6月15日前 / 2025年12月10日前 reports, 附件, signature, 抄送 and 印发 lines",
  documentNumber="鲁教基字〔2025〕5号",
  title="山东省教育厅关于转发《教育部等六部门关于推进中小学课后服务提质增效的指导意见》的通知",
  issuers=["山东省教育厅"], issueDate="2025-03-19", references=["教基〔2025〕3号", "鲁政办字〔2024〕88号"],
  deadlineEnds=["2025-12-31", "2026-12-31", "2025-04-30", "2025-09-30", "2025-06-15", "2025-12-10"],
  targets=[
   t(95, "%", "参与率", "gte"),
   t(12, "个", "课后服务项目", "gte"),
   t(60, "%", "艺术类项目占比", "gte"),
   t(300, "所", "示范校"),
   t(80, "%", "学校比例"),
   t(5, "天", "每周5天", optional=True),
   t(2, "小时", "每天不少于2小时", "gte", optional=True),
   t(10, "门", "精品课程", "gte", optional=True),
   t(300, "元", "每生每学期", "lte", optional=True),
  ],
  responsibilities=[
   r("优化服务时间安排", ["省教育厅基础教育处", "各市教育局"], "2025-04"),
   r("丰富服务内容供给", ["省教育厅基础教育处", "体育卫生与艺术教育处", "各市教育局"], "2025-09"),
   r("规范引入校外资源", ["各市教育局", "省教育厅校外教育培训监管处"]),
   r("完善经费保障机制", ["省教育厅财务处", "各市教育局"]),
  ],
  optionalResponsibilities=[{"task": "加强组织领导"}, {"task": "强化监测评估"}, {"task": "按时报送情况"},
                            {"task": "工作进展"}, {"task": "年度工作总结"}]),
 dict(seed="02_xiamen_general_office_2025_old_community_renovation_plan_annex_task_list_cell_per_line.txt",
  form="text of a 计划单列市 portal page (letter-spaced 索 引 号 block with 文　　号 / zero-padded 发文日期 and a later 发布日期, number on its own line): a city 人民政府办公厅 关于印发 notice signed before a 2025年 老旧小区改造提升 实施方案; a province department's nine-body notice cited by number (闽建城); a 2025年 goal paragraph (186个, 2.3万户, 400部以上, 120公里, 年底前 85%以上, 不低于90%); four body tasks without markers (新增停车位3000个, 物业管理覆盖率100%); a yearly fund 3亿元 with a per-household cap 每户不超过1.5万元; 每月25日前 / 每季度 reports; then an annex 重点任务清单 copied from a web table one cell per line (序号 / 任务 / 责任单位 / 完成时限 each on its own line, seven rows: units parted by 、, a figure in a task cell 45公里, a restated 400部以上, deadlines 2025年4月底前 / 6月底前 / 11月底前 / 12月底前 / 2025年第三季度 / 持续推进)",
  documentNumber="厦府办〔2025〕21号",
  title="厦门市人民政府办公厅关于印发厦门市2025年城镇老旧小区改造提升实施方案的通知",
  issuers=["厦门市人民政府办公厅"], issueDate="2025-04-08", references=["闽建城〔2024〕11号"],
  deadlineEnds=["2025-12-31", "2025-04-30", "2025-06-30", "2025-11-30", "2025-09-30"],
  targets=[
   t(186, "个", "改造城镇老旧小区"),
   t(2.3*WAN, "户", "涉及居民"),
   t(400, "部", "加装电梯", "gte"),
   t(120, "公里", "老旧管网"),
   t(85, "%", "完工率", "gte"),
   t(90, "%", "居民满意度", "gte"),
   t(3000, "个", "停车位"),
   t(100, "%", "物业管理覆盖率"),
   t(3*YI, "元", "补助资金"),
   t(1.5*WAN, "元", "每户", "lte", optional=True),
   t(45, "公里", "供水管网"),
  ],
  responsibilities=[
   r("确定2025年度改造项目清单", ["各区人民政府"], "2025-04"),
   r("施工图设计审查和招标", ["市住房和城乡建设局", "各区人民政府"], "2025-06"),
   r("老旧供水管网和二次供水设施改造", ["市水务局", "厦门水务集团"], "2025-11"),
   r("燃气管道老化更新改造", ["市市政园林局", "华润燃气厦门公司"], "2025-12"),
   r("既有住宅加装电梯", ["市住房和城乡建设局", "市市场监管局", "各区人民政府"], "2025-12"),
   r("新增停车位和充电设施", ["市交通运输局", "市发展改革委", "各区人民政府"], "2025-09"),
   r("长效管理机制", ["各区人民政府", "市住房和城乡建设局"], "持续推进"),
  ],
  optionalResponsibilities=[{"task": "科学编制改造计划"}, {"task": "统筹推进基础类改造"}, {"task": "推动完善类和提升类改造"},
                            {"task": "健全长效管理机制"}, {"task": "配套资金"}, {"task": "改造进度"}]),
 dict(seed="03_ningbo_housing_bureau_interpretation_affordable_rental_housing_plan_no_own_number.txt",
  form="text of a 计划单列市 portal page: a 部门解读 政策解读 (title above a 发布日期/信息来源/解读类型/字号 line, no number of its own, no signature) of a city general office plan cited by title and number in the opening sentence (甬政办发〔2025〕18号), a State Council office opinion and a province office notice in the background, past results (累计…12.6万套（间）, 约25万人: not targets), the plan's goals restated (2025—2027年…6万套（间）以上, 其中2025年…2.2万套（间）, 到2027年底…30%), a count of measures (15项), policy terms (上限由7%提高到15%, 不超过70平方米, 不低于80%, 不高于…90%, 涨幅不超过5%, 每套（间）不超过2万元), an eligibility condition (低于20平方米), an old standard (1万元), a time limit 压缩至15个工作日, duties by body without markers, 自2025年6月1日起施行 / 有效期至2027年12月31日, a related link",
  documentNumber=None,
  title="《宁波市加快发展保障性租赁住房实施方案（2025—2027年）》政策解读",
  issuers=["宁波市住房和城乡建设局"], issueDate="2025-05-16",
  references=["甬政办发〔2025〕18号", "国办发〔2021〕22号", "浙政办发〔2024〕31号"],
  deadlineEnds=["2025-12-31", "2027-12-31"],
  targets=[
   t(6*WAN, "套（间）", "保障性租赁住房", "gte"),
   t(2.2*WAN, "套（间）", "筹集"),
   t(30, "%", "新增住房供应总量的比例"),
   t(15, "个工作日", "认定时限"),
   t(15, "项", "具体举措", optional=True),
   t(15, "%", "配套用地面积占比", optional=True),
   t(70, "平方米", "小户型", "lte", optional=True),
   t(80, "%", "小户型占比", "gte", optional=True),
   t(90, "%", "租金", "lte", optional=True),
   t(5, "%", "年租金涨幅", "lte", optional=True),
   t(2*WAN, "元", "每套（间）", "lte", optional=True),
  ],
  responsibilities=[],
  optionalResponsibilities=[{"task": "起草"}, {"task": "统筹协调"}, {"task": "用地保障"}, {"task": "补助资金"},
                            {"task": "责任主体"}]),
 dict(seed="04_futian_district_housing_bureau_forwards_guangdong_construction_safety_notice_own_requirements.txt",
  form="text of a 深圳 district portal page (breadcrumb, 信息索引号 line, 发布日期/信息来源 line, number on its own line): a district 住房和建设局 通知 forwarding a province 住房和城乡建设厅 notice cited by number (粤建质), a city bureau notice cited by number (深建质安) as the basis of its own requirements; 整治目标 (覆盖率100%, 整改率100%, 不低于98%, 下降10%以上, 全年…零发生), 整治重点 with a 论证率100%, four stages each with a date range in its heading and 责任单位：X、Y on its own line (a dated step 2025年5月20日前 inside the first), a 每月至少检查1次 frequency, a 24小时内 handover limit, 每月5日前 and 2025年11月10日前 reports, signature before the 附件 line",
  documentNumber="福住建〔2025〕19号",
  title="深圳市福田区住房和建设局关于转发广东省住房和城乡建设厅《关于开展房屋市政工程施工安全隐患排查整治的通知》的通知",
  issuers=["深圳市福田区住房和建设局"], issueDate="2025-04-23",
  references=["粤建质〔2025〕4号", "深建质安〔2025〕7号"],
  deadlineEnds=["2025-05-20", "2025-07-31", "2025-09-30", "2025-10-31", "2025-11-10"],
  targets=[
   t(100, "%", "隐患排查覆盖率"),
   t(100, "%", "重大事故隐患整改率"),
   t(98, "%", "一般隐患整改率", "gte"),
   t(10, "%", "死亡人数", "gte"),
   t(100, "%", "论证率"),
   t(24, "小时", "移交", "lte", optional=True),
  ],
  responsibilities=[
   r("企业自查自改", ["各在建项目建设单位", "施工单位", "监理单位"], "2025-05"),
   r("监管部门集中检查", ["区建设工程质量安全监督站", "局建设管理科"], "2025-07"),
   r("街道巡查联动", ["各街道办事处"], "2025-09"),
   r("总结巩固提升", ["局建设管理科", "各街道办事处"], "2025-10"),
  ],
  optionalResponsibilities=[{"task": "压实安全生产责任"}, {"task": "巡查情况"}, {"task": "整治工作总结"}]),
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
    checks = [g["documentNumber"] or "", g["title"], g["issueDate"][:4]] + g["issuers"] + g["references"]
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
