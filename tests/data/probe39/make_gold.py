"""Writes gold/*.json for probe39 and checks that every printed item occurs in its document.

Values are checked with their unit (亿/万 folded back to the printed form; 百分点 also as 个百分点).
Run from this folder: python3 make_gold.py
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

GOLD = [
 dict(seed="01_jingxian_county_government_ebike_safety_campaign_plan_three_stages_lead_coop_markers.txt",
  form="text of a county portal page (letter-spaced 索 引 号 block with 生成日期 / 文　　号 / 名　　称, number again on its own line): a county 人民政府 关于印发 notice signed before a 电动自行车安全隐患全链条整治行动 实施方案; a province and a city plan cited by title and number (皖安, 宣安); a 到2025年10月底 goal paragraph (4000个以上, 达到90%以上, 不低于70%, 100%, 整改率100%, 下降15%以上); seven （一） tasks each closing with （牵头单位：X；配合单位：Y、Z） (one with a lead only), dated steps 2025年5月31日前 / 2025年9月30日前, a 年内 figure (1500辆以上), a 每月至少1次 cadence, 不少于200场次; 实施步骤 with three stages 动员部署阶段（2025年4月1日—4月15日） / 集中攻坚阶段（2025年4月16日—9月30日） / 总结验收阶段（2025年10月1日—10月31日）; a 300万元 fund with a 每个充电端口不超过200元 standard, a 每月25日前 report and a 2025年11月10日前 summary; 抄送 and 印发 lines",
  documentNumber="泾政〔2025〕11号",
  title="泾县人民政府关于印发泾县电动自行车安全隐患全链条整治行动实施方案的通知",
  issuers=["泾县人民政府"], issueDate="2025-04-01", references=["皖安〔2024〕6号", "宣安〔2024〕9号"],
  deadlineEnds=["2025-10-31", "2025-05-31", "2025-09-30", "2025-04-15", "2025-11-10"],
  targets=[
   t(4000, "个", "集中充电端口", "gte"),
   t(90, "%", "集中充电设施覆盖率", "gte"),
   t(70, "%", "集镇区", "gte"),
   t(100, "%", "检查覆盖率"),
   t(100, "%", "整改率"),
   t(15, "%", "火灾起数", "gte"),
   t(68, "家", "销售门店", optional=True),
   t(1500, "辆", "以旧换新", "gte"),
   t(1, "次", "集中清理", "gte", optional=True),
   t(200, "场次", "宣传培训", "gte"),
   t(300*WAN, "元", "专项资金"),
   t(200, "元", "充电端口", "lte", optional=True),
  ],
  responsibilities=[
   r("加强生产源头管控", ["县经济和信息化局", "县市场监督管理局"], "2025-05"),
   r("严格销售维修监管", ["县市场监督管理局", "县公安局", "县消防救援大队", "各乡镇人民政府"]),
   r("推进以旧换新和回收处置", ["县商务局", "县财政局", "宣城市泾县生态环境分局", "县市场监督管理局"]),
   r("规范道路通行秩序", ["县公安局"]),
   r("加快集中充电设施建设", ["县住房和城乡建设局", "县发展和改革委员会", "国网泾县供电公司", "各乡镇人民政府"], "2025-09"),
   r("开展“进楼入户”集中清理", ["县消防救援大队", "县住房和城乡建设局", "各乡镇人民政府"]),
   r("强化宣传教育培训", ["县委宣传部", "县教育体育局", "县消防救援大队"]),
  ],
  optionalResponsibilities=o("动员部署阶段", "集中攻坚阶段", "总结验收阶段", "加强组织领导", "落实经费保障",
                             "严格督导考核", "工作进展情况", "整治工作总结")),
 dict(seed="02_jiangxi_emergency_department_2025_non_coal_mine_safety_notice_numbered_tasks_trailing_duty_table.txt",
  form="text of a province department portal page (breadcrumb, title, 发布时间/来源 line, number on its own line): a province 应急管理厅 通知 on 2025年 非煤矿山 work, 主送 the cities' bureaus and province-owned enterprises; a province plan and the department's own notice cited by title and number (赣安, 赣应急字), a standard cited by title only; a 2025年 goal paragraph (控制在1150座以内, 减少5%以上, 不少于6座, 联网率达到100%, 整改率100%); seven tasks numbered 1.–7. with no unit markers but dated steps (6月30日前, 8月31日前, 4月30日前, 12月底前, 11月30日前, yearless), figures restated in the tasks (6座以上, 100%), caps and minimums (不得超过1家, 不少于2名), 合格率100%, 每半年至少1次, 全年不少于4次; a 每季度末月20日前 report and a 2025年12月10日前 summary; signed, then a trailing tab-laid 任务分工表 序号 | 工作任务 | 责任单位 | 完成时限 naming the department's 处 and the cities' bureaus, with 2025年N月N日前 / 2025年12月底前 / 长期坚持 / 全年 cells",
  documentNumber="赣应急字〔2025〕21号",
  title="江西省应急管理厅关于做好2025年全省非煤矿山安全生产重点工作的通知",
  issuers=["江西省应急管理厅"], issueDate="2025-03-12", references=["赣安〔2024〕3号", "赣应急字〔2024〕58号"],
  deadlineEnds=["2025-12-31", "2025-06-30", "2025-08-31", "2025-04-30", "2025-11-30", "2025-12-10"],
  targets=[
   t(1150, "座", "非煤矿山总数", "lte"),
   t(5, "%", "地下矿山数量", "gte"),
   t(6, "座", "闭库销号", "gte"),
   t(100, "%", "联网率"),
   t(100, "%", "整改率"),
   t(10, "座", "智能化示范矿山"),
   t(1, "家", "外包施工单位", "lte", optional=True),
   t(2, "名", "专职安全管理人员", "gte", optional=True),
   t(100, "%", "考核合格率"),
   t(1, "次", "综合应急演练", "gte", optional=True),
   t(4, "次", "联合执法检查", "gte"),
  ],
  responsibilities=[
   r("推进矿山整合重组", ["非煤矿山安全监督管理处", "各设区市应急管理局"], "2025-06"),
   r("开展重大事故隐患专项排查整治", ["安全生产执法局", "非煤矿山安全监督管理处"], "2025-08"),
   r("强化尾矿库汛期风险防控", ["非煤矿山安全监督管理处", "防汛抗旱处"], "2025-04"),
   r("推进地下矿山智能化建设", ["科技和信息化处", "非煤矿山安全监督管理处"], "2025-12"),
   r("严格外包工程安全管理", ["各设区市应急管理局", "各省属非煤矿山企业"], "持续推进"),
   r("加强安全培训和应急救援能力建设", ["宣传教育处", "救援协调和预案管理处"], "2025-11"),
   r("深入开展“打非治违”", ["安全生产执法局", "各设区市应急管理局"]),
  ],
  optionalResponsibilities=o("推进矿山整合重组", "开展重大事故隐患专项排查整治", "强化尾矿库汛期风险防控",
                             "推进地下矿山智能化建设", "严格外包工程安全管理", "加强安全培训和应急救援能力建设",
                             "深入开展“打非治违”", "压实工作责任", "强化督导问效", "强化安全投入", "严格信息报送",
                             "重点工作推进情况", "年度工作总结")),
 dict(seed="03_beijiao_town_office_2025_village_industrial_park_renovation_plan_time_nodes_quarterly_cumulative.txt",
  form="text of a town portal page (breadcrumb, title, 发布时间/来源 line, number on its own line): a 镇人民政府办公室 (佛山市顺德区北滘镇) 关于印发 notice signed before a 2025年村级工业园升级改造工作方案; a district plan cited by title and number (顺府发); a 2025年 goal paragraph (1600亩以上 with 其中…不少于1000亩, 150万平方米, 6个, 200亩, 300家) and a 按季度分解 line of cumulative milestones (一季度400亩, 上半年累计900亩, 前三季度累计1300亩, 全年1600亩以上); nine tasks 1.–9. under four （一） headings, each closing with （责任部门：X、Y；时间节点：…） where the node is 2025年N月N日前, 第三季度 or 持续推进, units of the town (镇…办公室, 镇投资促进中心, 北滘自然资源所, 各村（社区）, 相关村（社区）); a 6个月内 rule, a 不低于500万元 investment intensity, 100%; a 每月1次 meeting, a 每月5日前 report, a 2.5亿元 fund with a 每亩不超过3万元 award, a 低于80% threshold, a 2025年12月15日前 summary",
  documentNumber="北府办〔2025〕4号",
  title="佛山市顺德区北滘镇人民政府办公室关于印发北滘镇2025年村级工业园升级改造工作方案的通知",
  issuers=["佛山市顺德区北滘镇人民政府办公室"], issueDate="2025-02-25", references=["顺府发〔2024〕2号"],
  deadlineEnds=["2025-12-31", "2025-03-31", "2025-06-30", "2025-09-30", "2025-04-15", "2025-10-31", "2025-11-30",
                "2025-12-15"],
  targets=[
   t(1600, "亩", "拆除整理", "gte"),
   t(1000, "亩", "连片改造", "gte"),
   t(150*WAN, "平方米", "产业载体"),
   t(6, "个", "工业上楼"),
   t(200, "亩", "复垦复绿"),
   t(300, "家", "散乱污"),
   t(400, "亩", "一季度"),
   t(900, "亩", "上半年"),
   t(1300, "亩", "前三季度"),
   t(6, "个月", "动工", "lte", optional=True),
   t(500*WAN, "元", "亩均投资强度", "gte", optional=True),
   t(100, "%", "安全技术交底率"),
   t(1, "次", "调度会", optional=True),
   t(2.5*YI, "元", "专项资金"),
   t(3*WAN, "元", "每亩", "lte", optional=True),
   t(80, "%", "任务完成率", optional=True),
  ],
  responsibilities=[
   r("开展村级工业园现状核查", ["镇城市更新办公室", "镇经济发展办公室", "各村（社区）"], "2025-03"),
   r("编制年度改造项目库", ["镇城市更新办公室"], "2025-04"),
   r("推进连片改造项目", ["镇城市更新办公室", "相关村（社区）"], "2025-12"),
   r("做好企业清租和安置", ["镇经济发展办公室", "镇投资促进中心"], "持续推进"),
   r("推动新建产业载体开工", ["北滘自然资源所", "镇规划建设办公室"], "2025-09"),
   r("精准招引优质项目", ["镇投资促进中心", "镇经济发展办公室"], "持续推进"),
   r("开展“散乱污”企业整治", ["北滘生态环境所", "镇综合行政执法办公室", "各村（社区）"], "2025-10"),
   r("落实复垦复绿", ["镇城建和水利办公室", "北滘自然资源所"], "2025-11"),
   r("加强拆除施工安全监管", ["镇应急管理办公室", "镇规划建设办公室"], "持续推进"),
  ],
  optionalResponsibilities=o("摸清底数", "加快推进", "强化招商", "同步整治", "加强统筹调度", "落实资金保障",
                             "严格考核奖惩", "营造良好氛围", "汇总上月工作进展", "年度工作总结")),
 dict(seed="04_nanchong_education_health_sports_joint_myopia_fitness_plan_2025_2027_annex_five_column_cell_per_line.txt",
  form="text of a city bureau portal page (breadcrumb, title, 发布时间/来源/浏览次数 line, number on its own line): a joint notice of three city bodies (教育局, 卫生健康委员会, 体育局; names parted by a space in the title, signed on one line parted by full-width spaces) issuing a 2025—2027 近视防控和体质健康 行动方案; a ministry plan and a province office letter cited by title and number (教体艺, 川教函); a 到2027年 goal paragraph (每年降低0.5个百分点以上, 保持在90%以上, 均达到100% for two rates, 55%以上 with 其中…不低于15%, 不低于2小时); eight （一） tasks without markers (homework caps 60/90分钟, 各1小时, 不少于30分钟, a 2025年9月底前 step, a 2026年底前 step with 100%, 1个 centre, 至少1名, 不少于2次, 8个, 不少于20项, 30% and 15分钟 caps, 每学年至少1次); a 每半年1次 meeting, a 每年12月10日前 report, 有效期至2027年12月31日; 抄送/印发 lines after the annex; an annex 重点任务分工表 copied one cell per line with five columns 序号 / 重点任务 / 牵头单位 / 配合单位 / 完成时限 (长期坚持, 2025年9月底前, 2026年12月底前, 2025年12月底前, 每学期, 2026年9月底前, 2027年12月底前)",
  documentNumber="南市教发〔2025〕23号",
  title="南充市教育局 南充市卫生健康委员会 南充市体育局关于印发《南充市儿童青少年近视防控和体质健康提升行动方案（2025—2027年）》的通知",
  issuers=["南充市教育局", "南充市卫生健康委员会", "南充市体育局"], issueDate="2025-05-07",
  references=["教体艺〔2018〕3号", "川教函〔2023〕216号"],
  deadlineEnds=["2027-12-31", "2025-09-30", "2026-12-31", "2025-12-31", "2026-09-30"],
  targets=[
   t(0.5, "百分点", "总体近视率", "gte"),
   t(90, "%", "眼保健和视力检查覆盖率", "gte"),
   t(100, "%", "视力筛查覆盖率"),
   t(100, "%", "建档率"),
   t(55, "%", "优良率", "gte"),
   t(15, "%", "优秀率", "gte"),
   t(2, "小时", "综合体育活动时间", "gte"),
   t(60, "分钟", "三至六年级", "lte", optional=True),
   t(90, "分钟", "初中", "lte", optional=True),
   t(1, "小时", "体育活动", optional=True),
   t(30, "分钟", "大课间", "gte", optional=True),
   t(100, "%", "改造达标率"),
   t(1, "次", "视力监测", optional=True),
   t(1, "个", "近视防控指导中心"),
   t(1, "名", "校医", "gte", optional=True),
   t(2, "次", "培训", "gte", optional=True),
   t(8, "个", "青少年体育训练中心"),
   t(20, "项", "青少年体育赛事", "gte"),
   t(30, "%", "电子屏幕教学时长", "lte", optional=True),
   t(15, "分钟", "单次使用", "lte", optional=True),
   t(1, "次", "专题家长会", "gte", optional=True),
   t(1, "次", "联席会议", optional=True),
  ],
  responsibilities=[
   r("减轻学生学业负担", ["市教育局", "各县（市、区）教育和科技局"], "持续推进"),
   r("保障每天校内、校外各1小时体育活动", ["市教育局", "市体育局"], "2025-09"),
   r("完成中小学校教室照明改造", ["市教育局", "市卫生健康委员会", "各县（市、区）人民政府"], "2026-12"),
   r("建设市级儿童青少年近视防控指导中心", ["市卫生健康委员会", "市教育局", "南充市中心医院"], "2025-12"),
   r("开展中小学生视力筛查和屈光发育建档", ["市卫生健康委员会", "市教育局"]),
   r("配齐专（兼）职校医或保健教师", ["市教育局", "市卫生健康委员会"], "2026-09"),
   r("建设青少年体育训练中心", ["市体育局", "市教育局", "各县（市、区）人民政府"], "2027-12"),
  ],
  optionalResponsibilities=o("减轻学生学业负担", "强化户外活动和体育锻炼", "改善视觉健康环境", "开展视力筛查和干预",
                             "加强专业队伍建设", "推进体教融合", "规范电子产品使用", "强化家校协同和宣传教育",
                             "加强组织领导", "强化经费保障", "严格考核评价", "年度工作情况")),
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
    if unit == "百分点":
        out.append(printed(value) + "个百分点")
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
        if not any(fold(f) in text for f in forms(x["value"], x["unit"])):
            problems += 1
            print("value missing", g["seed"][:2], x)
    out = os.path.join("gold", g["seed"].rsplit(".", 1)[0] + ".json")
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(g, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
print("problems:", problems)
