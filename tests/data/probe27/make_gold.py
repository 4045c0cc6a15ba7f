"""Writes gold/*.json for probe27 and checks that every printed item occurs in its document.

Values are checked with their unit (亿/万 folded back to the printed form), after NFKC and whitespace folding (so
the line and page breaks of the PDF copies 01 and 03 do not count) and, for 04, with HTML tags stripped. A document
without a number checks its title instead. Run from this folder: python3 make_gold.py
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
 dict(seed="01_panjin_office_2025_business_environment_action_plan_pdf_pages_indicator_annex.txt",
  form="text copied from a PDF (lines broken at 28 full-width characters, page lines — 1 — … between pages, 文件 header, number on its own line, signature and （此件公开发布）, 抄送 and 印发 lines at the end): a city 人民政府办公室 关于印发 notice issuing a 2025年优化营商环境行动方案 with 一、/（一）/1./（1） levels: a province regulation cited by title and a province notice cited by number, 到2025年底 goals (达到98%以上, 压缩至1个工作日以内, 2.5万户以上, 前5名, 95%以上) and a 到2027年 aim without figures, fourteen items 1.–14. each closing with （责任单位：X、Y，Z） (some broken over a line or a page), dated steps (2025年6月底前, 2025年9月底前, 2025年底前, 2025年10月底前, 2025年8月底前), 全年 figures, 由20日压缩至10日, 分别压缩至30小时、1小时以内, per-centre and per-month minimums, a standard raised to 160千瓦, a 4月15日前 plan date, a recurring 每月25日前 report, then an attached tab-laid indicator table 序号 | 指标 | 2025年目标 | 责任单位 with ≥ / ≤ cells carrying their units (≥2.5万户, ≤1个工作日, ≥50亿元) and one bare 100%",
  documentNumber="盘政办发〔2025〕6号",
  title="盘锦市人民政府办公室关于印发盘锦市2025年优化营商环境行动方案的通知",
  issuers=["盘锦市人民政府办公室"], issueDate="2025-03-12", references=["辽政发〔2025〕4号"],
  deadlineEnds=["2025-12-31", "2027-12-31", "2025-06-30", "2025-09-30", "2025-10-31", "2025-08-31", "2025-04-15"],
  targets=[
   t(98, "%", "网上可办率", "gte"),
   t(1, "个工作日", "企业开办", "lte"),
   t(2.5*WAN, "户", "新增经营主体", "gte"),
   t(5, "名", "营商环境评价", "lte"),
   t(95, "%", "满意度", "gte"),
   t(15, "个", "重点事项", "gte"),
   t(2, "名", "帮办代办人员", "gte", optional=True),
   t(90, "%", "事项占比", "gte"),
   t(10, "日", "简易注销公告时间"),
   t(1000, "户", "简易注销", "gte"),
   t(40, "个工作日", "审批时间", "lte"),
   t(5, "个工作日", "办电时间", "lte"),
   t(3, "个工作日", "水气报装时间", "lte"),
   t(160, "千瓦", "报装容量标准", optional=True),
   t(50*YI, "元", "普惠小微企业贷款", "gte"),
   t(30*YI, "元", "融资担保业务规模"),
   t(1, "%", "担保费率", "lte"),
   t(1.2*WAN, "户", "平台注册企业"),
   t(30, "%", "行政检查次数", "gte"),
   t(35, "%", "联合抽查占比", "gte"),
   t(3, "个月", "办案周期", "lte"),
   t(4, "次", "专项行动", "gte"),
   t(3000, "家", "走访企业", "gte"),
   t(1, "次", "政企恳谈会", "gte", optional=True),
   t(3, "个工作日", "响应", "lte", optional=True),
   t(2*YI, "元", "政策资金", "gte"),
   t(500, "家", "惠及企业", "gte"),
   t(30, "小时", "通关时间", "lte"),
   t(1, "小时", "通关时间", "lte"),
   t(1, "期", "典型案例", "gte", optional=True),
   t(100, "%", "按期办结率"),
  ],
  responsibilities=[
   r("高效办成一件事", ["市营商局", "市数据局", "各县区政府"], "2025-06"),
   r("推进政务服务标准化", ["市营商局", "市数据局"]),
   r("压缩企业开办时间", ["市市场监管局", "市公安局", "市税务局"]),
   r("畅通市场主体退出渠道", ["市市场监管局", "市中级法院"]),
   r("提升工程建设项目审批效率", ["市住房城乡建设局", "市自然资源局", "市营商局"], "2025-09"),
   r("降低企业用电用水成本", ["国网盘锦供电公司", "市住房城乡建设局"], "2025-12"),
   r("强化金融服务", ["市金融发展局", "人民银行盘锦市分行"]),
   r("规范涉企执法检查", ["市司法局", "市市场监管局", "市直各执法部门"]),
   r("加强诚信政府建设", ["市工信局", "市财政局"], "2025-12"),
   r("强化知识产权保护", ["市市场监管局", "市公安局", "市中级法院"]),
   r("推进包容审慎监管", ["市司法局", "市直各执法部门"], "2025-10"),
   r("健全政企沟通机制", ["市营商局", "市工信局", "各县区政府"]),
   r("落实惠企政策", ["市财政局", "市发展改革委", "市工信局"], "2025-08"),
   r("提升口岸通关便利化水平", ["盘锦海关", "市交通运输局", "辽东湾新区管委会"]),
   r("政务服务事项网上可办率", ["市营商局"]),
   r("企业开办时间", ["市市场监管局"]),
   r("新增经营主体", ["市市场监管局"]),
   r("工程建设项目审批时间", ["市住房城乡建设局"]),
   r("获得电力办电时间", ["国网盘锦供电公司"]),
   r("市场主体满意度", ["市营商局"]),
   r("企业诉求按期办结率", ["市营商局"]),
   r("普惠小微企业贷款新增额", ["市金融发展局"]),
  ],
  optionalResponsibilities=[{"task": "强化组织领导"}, {"task": "强化督查考核"}, {"task": "强化宣传引导"},
                            {"task": "强化监督问效"}, {"task": "工作进展"}, {"task": "具体落实举措"},
                            {"task": "统筹推进各项任务"}]),
 dict(seed="02_linze_county_office_2025_rural_living_environment_plan_nested_levels_task_annex.txt",
  form="text of a county portal page (政府文件 breadcrumb, two-column 索 引 号 block with zero-padded 成文日期 / 发布日期, 发布时间/来源/浏览次数 line, 【打印本页】【关闭窗口】 footer): a county 人民政府办公室 关于印发 notice issuing a 2025年农村人居环境整治提升实施方案 with 一、/（一）/1./（1） levels, a city plan cited by number (its title carrying 2021—2025年), 到2025年底 goals (88%以上, 71个行政村全覆盖, 40%以上, 5个, 20个) and a “十五五”末 aim without figures, items without markers carrying 2025年 figures (1500座 with 其中…不少于900座, 30座, 12辆, 15个, 8个, 2万吨以上, 1000户, 1200亩), per-town and per-village minimums, a 3000万元 fund, dated steps (2025年5月底前, 2025年6月底前, 2025年9月底前, 2025年10月底前), three stages (2025年3月—4月 / 5月—10月 / 11月—12月) with a 11月20日前 step, a 每月5日前 report and a contact line, then an attached tab-laid 重点任务清单 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 (2025年10月底前, 2025年12月底前, 持续推进, 长期坚持)",
  documentNumber="临政办发〔2025〕15号",
  title="临泽县人民政府办公室关于印发临泽县2025年农村人居环境整治提升实施方案的通知",
  issuers=["临泽县人民政府办公室"], issueDate="2025-03-27", references=["张办发〔2022〕9号"],
  deadlineEnds=["2025-12-31", "2030-12-31", "2025-05-31", "2025-06-30", "2025-09-30", "2025-10-31",
                "2025-04-30", "2025-11-20"],
  targets=[
   t(88, "%", "卫生厕所普及率", "gte"),
   t(71, "个", "收运处置体系", optional=True),
   t(40, "%", "生活污水治理率", "gte"),
   t(5, "个", "示范村"),
   t(20, "个", "清洁村庄"),
   t(1500, "座", "户厕"),
   t(900, "座", "水冲式厕所", "gte"),
   t(30, "座", "公共厕所"),
   t(1, "处", "粪污收集处理站点", "gte", optional=True),
   t(12, "辆", "垃圾转运车辆"),
   t(95, "%", "无害化处理率", "gte"),
   t(15, "个", "试点村"),
   t(8, "个", "行政村生活污水治理"),
   t(90, "%", "正常运行率", "gte"),
   t(1, "次", "村庄清洁行动", optional=True),
   t(2*WAN, "吨", "清理农村生活垃圾", "gte"),
   t(1000, "户", "美丽庭院", ),
   t(1200, "亩", "村庄绿化面积"),
   t(3, "名", "保洁员", "gte", optional=True),
   t(3000*WAN, "元", "专项资金"),
  ],
  responsibilities=[
   r("扎实推进农村厕所革命", ["县农业农村局", "县卫生健康局", "县财政局", "各镇人民政府"], "2025-10"),
   r("加强农村生活垃圾治理", ["县住房和城乡建设局", "县农业农村局", "市生态环境局临泽分局", "各镇人民政府"], "2025-12"),
   r("梯次推进农村生活污水治理", ["市生态环境局临泽分局", "县住房和城乡建设局", "县水务局", "各镇人民政府"], "2025-10"),
   r("全面提升村容村貌", ["县农业农村局", "县妇联", "县自然资源局", "各镇人民政府"], "持续推进"),
   r("健全长效管护机制", ["县农业农村局", "县财政局", "县民政局", "各镇人民政府"], "持续推进"),
  ],
  optionalResponsibilities=[{"task": "新建改造户厕"}, {"task": "建设公共厕所"}, {"task": "问题厕所"},
                            {"task": "收运处置体系"}, {"task": "垃圾积存点"}, {"task": "分类减量利用"},
                            {"task": "治理模式"}, {"task": "加快项目建设"}, {"task": "村庄清洁行动"},
                            {"task": "美丽庭院"}, {"task": "村庄绿化美化"}, {"task": "落实管护责任"},
                            {"task": "村民主体作用"}, {"task": "动员部署阶段"}, {"task": "集中攻坚阶段"},
                            {"task": "验收总结阶段"}, {"task": "加强组织领导"}, {"task": "加大资金投入"},
                            {"task": "强化督查考核"}, {"task": "强化宣传引导"}, {"task": "工作进展"},
                            {"task": "细化方案"}, {"task": "摸底"}]),
 dict(seed="03_yanbian_prefecture_ecology_bureau_2025_air_pollution_notice_pdf_pages_indicator_annex.txt",
  form="text copied from a PDF (lines broken at 28 full-width characters, ASCII as half width, page lines — 1 — … between pages, 文件 header, number on its own line, signature after the 附件 line, （此件公开发布）, 抄送 and 印发 lines at the end): an autonomous prefecture 生态环境局 通知 (not 关于印发) on 2025年大气污染防治 with 一、/（一）/1./（1） levels, a province notice cited by number (its title holding 〈…〉), 到2025年底 goals (控制在22微克/立方米以下, 95.5%以上, 92%以上), items without markers carrying figures (260万亩以上, 25个, 120万吨, 40台, 1.2万户 with 分别不少于3000户、6000户, 18个, 500辆, 80%以上, 不低于20%, 85%以上, 不少于4轮, 保持100%), size conditions (35蒸吨/小时以下, 5000平方米以上), 24小时 duty, a per-quarter meeting minimum, dated steps (2025年10月底前, 2025年6月底前, 2025年9月底前, 2025年7月底前, 2025年4月30日前), a 每月5日前 report, a contact line, then an attached tab-laid indicator table 序号 | 指标 | 2025年目标 | 责任单位 with the unit in brackets in the indicator cell ((微克/立方米), (%), (台), (万户)) and ≥ / ≤ / bare cells",
  documentNumber="延州环发〔2025〕8号",
  title="延边朝鲜族自治州生态环境局关于做好2025年大气污染防治工作的通知",
  issuers=["延边朝鲜族自治州生态环境局"], issueDate="2025-04-03", references=["吉环发〔2025〕5号"],
  deadlineEnds=["2025-12-31", "2025-10-31", "2025-06-30", "2025-09-30", "2025-07-31", "2025-04-30"],
  targets=[
   t(22, "微克/立方米", "年均浓度", "lte"),
   t(95.5, "%", "优良天数比率", "gte"),
   t(92, "%", "秸秆综合利用率", "gte"),
   t(260*WAN, "亩", "秸秆还田面积", "gte"),
   t(25, "个", "收储站点"),
   t(120*WAN, "吨", "离田利用量"),
   t(40, "台", "燃煤锅炉"),
   t(1.2*WAN, "户", "清洁取暖改造"),
   t(3000, "户", "煤改电", "gte"),
   t(6000, "户", "煤改生物质", "gte"),
   t(18, "个", "工业炉窑综合治理项目"),
   t(500, "辆", "柴油货车"),
   t(80, "%", "新能源", "gte"),
   t(20, "%", "抽测比例", "gte"),
   t(85, "%", "机械化清扫率", "gte"),
   t(1, "次", "联席会议", "gte", optional=True),
   t(4, "轮", "交叉执法检查", "gte"),
   t(100, "%", "联网率"),
  ],
  responsibilities=[
   r("年均浓度", ["各县（市）人民政府"]),
   r("优良天数比率", ["各县（市）人民政府"]),
   r("秸秆综合利用率", ["州农业农村局", "各县（市）人民政府"]),
   r("淘汰燃煤锅炉", ["州生态环境局", "州住房城乡建设局"]),
   r("农村清洁取暖改造", ["州住房城乡建设局", "州能源局"]),
   r("新能源公交车比例", ["州交通运输局"]),
   r("道路机械化清扫率", ["州城市管理局", "各县（市）人民政府"]),
  ],
  optionalResponsibilities=[{"task": "禁烧责任"}, {"task": "秸秆综合利用途径"}, {"task": "科技监控手段"},
                            {"task": "燃煤小锅炉"}, {"task": "清洁取暖改造"}, {"task": "工业企业深度治理"},
                            {"task": "移动源污染防治"}, {"task": "餐饮油烟"}, {"task": "扬尘"},
                            {"task": "应急预案"}, {"task": "区域协作"}, {"task": "联防联控"},
                            {"task": "监管执法"}, {"task": "压实工作责任"}, {"task": "监测预警"},
                            {"task": "调度通报"}, {"task": "考核问责"}, {"task": "不利气象条件"},
                            {"task": "工作进展"}, {"task": "年度工作方案"}, {"task": "散乱污"}]),
 dict(seed="04_karamay_healthcare_security_health_commission_joint_coordination_plan_xxgk_html_nested_lists.html",
  form="saved HTML page of a city xxgk platform (<meta> ArticleTitle / PubDate, th/td block with an empty 文　　号 cell, 成文日期 and 发布日期 three days apart, h1, fontbar, body in div#zoom): a joint 关于印发 notice of a city 医疗保障局 and 卫生健康委员会 (both names in the title parted by a space, both signed on one line) issuing a 医保医疗协同发展实施方案（2025—2027年）, two region documents cited by number, 2025—2027年 / 到2025年底 / 到2027年 goals (90%以上, 70%以上, 55%以上, 90%, 95%以上), tasks in nested lists (<ol> in <ol>, <ul> of （1）（2）（3） inside an <li>, the （责任单位：…） marker after the inner </ul>), rules and terms (不超过…50%, 30个工作日内, 降至200元, 高出5个百分点, 回款时间不超过30天), per-district and per-hospital minimums, dated steps (2025年6月底前, 2025年底前, 2025年9月底前, 2025年12月底前, 2026年6月底前, 2025年5月31日前), 每年 / 每季度 / 每月10日前 / 每年12月底前 recurring items, 自印发之日起施行 and 有效期至2027年12月31日, attachment links (.docx, .xlsx), 【打印本页】【关闭窗口】",
  documentNumber=None,
  title="克拉玛依市医疗保障局 克拉玛依市卫生健康委员会关于印发《克拉玛依市医保医疗协同发展实施方案（2025—2027年）》的通知",
  issuers=["克拉玛依市医疗保障局", "克拉玛依市卫生健康委员会"], issueDate="2025-04-15",
  references=["新党发〔2021〕15号", "新医保发〔2024〕22号"],
  deadlineEnds=["2027-12-31", "2025-12-31", "2025-06-30", "2025-09-30", "2026-06-30", "2025-05-31"],
  targets=[
   t(90, "%", "病种覆盖率", "gte"),
   t(70, "%", "医保基金支付占比", "gte"),
   t(55, "%", "门诊诊疗人次占比", "gte"),
   t(90, "%", "住院率"),
   t(95, "%", "满意度", "gte"),
   t(50, "%", "结余留用比例", "lte", optional=True),
   t(30, "个工作日", "审核", "lte", optional=True),
   t(1, "次", "调价评估", optional=True),
   t(2, "家", "社区医院"),
   t(40, "%", "推荐标准", "gte"),
   t(120, "人次", "下派医务人员", "gte"),
   t(80, "%", "签约率", "gte"),
   t(200, "元", "起付线", optional=True),
   t(5, "百分点", "报销比例", optional=True),
   t(120, "条", "审核规则库", "gte"),
   t(60, "%", "结算率", "gte"),
   t(100, "项", "互认项目", "gte"),
   t(80, "%", "中选药品使用比例", "gte"),
   t(30, "天", "回款时间", "lte", optional=True),
   t(1, "家", "双通道", "gte", optional=True),
   t(1, "次", "联席会议", optional=True),
   t(2, "名", "病案编码人员", "gte", optional=True),
  ],
  responsibilities=[
   r("完善DIP付费机制", ["市医保局", "各定点医疗机构"], "2025-06"),
   r("推进紧密型医联体总额付费", ["市医保局", "市卫生健康委", "独山子区人民政府"]),
   r("开展医疗服务价格动态调整", ["市医保局", "市卫生健康委"]),
   r("支持新技术新项目应用", ["市医保局"]),
   r("加强基层机构建设", ["市卫生健康委", "各区人民政府"], "2025-12"),
   r("落实医保差异化支付政策", ["市医保局"]),
   r("开展常态化监督检查", ["市医保局", "市卫生健康委", "市公安局"]),
   r("加强信用管理", ["市医保局"], "2025-09"),
   r("互认共享", ["市卫生健康委", "市医保局"]),
   r("医保支付", ["市医保局", "市卫生健康委"], "2026-06"),
   r("落实国家和自治区集采结果", ["市医保局", "市卫生健康委"]),
   r("落实结余留用政策", ["市医保局", "市卫生健康委", "市财政局"], "2025-12"),
  ],
  optionalResponsibilities=[{"task": "医保电子凭证"}, {"task": "加强组织协调"}, {"task": "强化监测评估"},
                            {"task": "人才和经费保障"}, {"task": "做好宣传解读"}, {"task": "具体落实措施"},
                            {"task": "医保结算"}, {"task": "协同工作机制"}]),
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
    out = [printed(value) + unit, printed(value) + "个" + unit]
    for f, name in ((YI, "亿"), (WAN, "万")):
        if value >= f:
            out.append(printed(value / f) + name + unit)
    return out

problems = 0
os.makedirs("gold", exist_ok=True)
for g in GOLD:
    text = doc_text(g["seed"])
    checks = [g["documentNumber"] or g["title"], g["title"], g["issueDate"][:4]] + g["issuers"] + g["references"]
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
        bare = False
        if not any(fold(f) in text for f in fs) and not bare:
            problems += 1
            print("value missing", g["seed"][:2], x)
    out = os.path.join("gold", g["seed"].rsplit(".", 1)[0] + ".json")
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(g, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
print("problems:", problems)
