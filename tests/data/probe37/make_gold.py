"""Writes gold/*.json for probe37 and checks that every printed item occurs in its document.

Values are checked with their unit (亿/万 folded back to the printed form); a range is checked as printed (1—2个).
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

def rng(lo, hi, unit, key, printed_as, optional=False):
    d = {"min": lo, "max": hi, "unit": unit, "key": key, "printedAs": printed_as}
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
 dict(seed="01_taizhou_js_general_office_vocational_education_industry_integration_opinion.txt",
  form="text of a city portal page (site bar, breadcrumb, 信息索引号 block with 主题分类 / 生成日期 / 文号 / 有效性 / 名称, 字号 and 浏览次数 line, related links, ICP footer): a city 人民政府办公室 实施意见 on 产教融合 and 职业教育 (泰州, 泰政办发), a central office opinion, a province office opinion and a city plan cited by number, 总体要求 with 指导思想 / 基本原则 / 主要目标 (到2027年 and 到2030年; 3个, 5个左右, 60家以上, 30个, 85%以上, 70%以上, 65%以上, 15万人次以上, 累计8万人以上), seven 重点任务 groups with fifteen numbered items each closing with （责任单位：X、Y，Z） or one with （牵头单位：X；配合单位：Y、Z）, dated steps (2026年底前, 2025年底前 then 2027年底前, 2026年6月底前), yearly figures (每年不少于3000人, 每年遴选20个, 每年3000人以上), a 稳定在45%左右 share, a yearly fund 2000万元 with a 最高200万元 one-off grant and a 50% match, a per-teacher minimum (每5年累计不少于6个月), a 不超过20% post share, funding standards (不低于12000元 / 2000元), a 30% tax credit, a 不超过50% pay share, 保障措施 with a 每半年 meeting, a 2025年7月31日前 step for the counties, a 每季度 dispatch and a 每年12月20日前 report, 自2025年6月1日起施行 / 有效期至2030年5月31日; signed 2025年5月16日 while the block says 生成日期 2025-05-19",
  documentNumber="泰政办发〔2025〕27号",
  title="泰州市人民政府办公室关于深化产教融合推动职业教育高质量发展的实施意见",
  issuers=["泰州市人民政府办公室"], issueDate="2025-05-16",
  references=["中办发〔2022〕65号", "苏政办发〔2024〕18号", "泰政发〔2021〕52号"],
  deadlineEnds=["2027-12-31", "2030-12-31", "2026-12-31", "2025-12-31", "2026-06-30", "2025-07-31", "2030-05-31"],
  targets=[
   t(3, "个", "市域产教联合体"),
   t(5, "个", "行业产教融合共同体", "approx"),
   t(60, "家", "产教融合型企业", "gte"),
   t(30, "个", "产教融合实训基地"),
   t(85, "%", "专业点占比", "gte"),
   t(70, "%", "双师型", "gte"),
   t(65, "%", "本地就业率", "gte"),
   t(15*WAN, "人次", "职业技能培训", "gte"),
   t(8*WAN, "人", "高技能人才", "gte"),
   t(40, "个", "专业点", "gte"),
   t(20, "个", "撤并", "approx"),
   t(3000, "人", "贯通培养招生计划", "gte"),
   t(45, "%", "中职招生计划", "approx"),
   t(2000*WAN, "元", "专项资金"),
   t(200*WAN, "元", "一次性补助", "lte", optional=True),
   t(50, "%", "配套", optional=True),
   t(20, "个", "学徒制试点项目"),
   t(300, "家", "学徒制培养的企业", "gte"),
   t(20, "个", "产业学院", "gte"),
   t(5, "个", "生物医药类", "gte"),
   t(6, "个月", "企业实践", "gte", optional=True),
   t(10, "个", "培养培训基地"),
   t(20, "%", "编制总数", "lte", optional=True),
   t(50, "名", "教学名师"),
   t(30, "个", "技能大师工作室"),
   t(1*WAN, "人", "新增高技能人才", "gte"),
   t(3000, "人", "高素质农民", "gte"),
   t(8, "个", "乡村振兴人才实训基地"),
   t(100, "%", "智慧校园达标率"),
   t(6, "个", "虚拟仿真实训基地"),
   t(15, "个", "资源库"),
   t(100, "%", "实习责任保险覆盖率"),
   t(15, "个", "跨区域职教合作项目", "gte"),
   t(2, "个", "海外培训中心"),
   t(200, "人", "留学生", "approx"),
   t(12000, "元", "生均财政拨款", "gte", optional=True),
   t(2000, "元", "生均公用经费", "gte", optional=True),
   t(30, "%", "抵免", optional=True),
   t(50, "%", "绩效工资", "lte", optional=True),
  ],
  responsibilities=[
   r("动态调整专业设置", ["市教育局", "市人力资源社会保障局", "市发展改革委"], "2026-12"),
   r("推进中高职贯通培养", ["市教育局"]),
   r("改善职业学校办学条件", ["市教育局", "市发展改革委", "市自然资源和规划局", "各市（区）人民政府"], "2027-12"),
   r("建设市域产教联合体", ["市教育局", "市工业和信息化局", "泰州医药高新区管委会", "各市（区）人民政府"], "2027-12"),
   r("建设公共实训基地", ["市财政局", "市教育局", "市人力资源社会保障局"]),
   r("推行现代学徒制", ["市人力资源社会保障局", "市教育局", "市总工会"]),
   r("共建产业学院", ["市教育局", "市工业和信息化局"]),
   r("完善教师企业实践制度", ["市教育局", "市委编办", "市人力资源社会保障局"]),
   r("实施名师培育工程", ["市教育局", "市人力资源社会保障局"], "2026-06"),
   r("开展大规模职业技能培训", ["市人力资源社会保障局", "市农业农村局", "市退役军人事务局"]),
   r("服务乡村振兴", ["市农业农村局", "市教育局"]),
   r("建设智慧校园", ["市教育局", "市数据局"], "2026-12"),
   r("加强职业教育信息管理", ["市教育局", "市数据局", "市人力资源社会保障局"]),
   r("深化区域合作", ["市教育局", "市发展改革委"]),
   r("推进国际交流", ["市教育局", "市外办", "市商务局"]),
  ],
  optionalResponsibilities=[{"task": "加强组织领导"}, {"task": "强化经费保障"}, {"task": "健全激励机制"},
                            {"task": "强化督导考核"}, {"task": "营造良好氛围"}, {"task": "具体实施方案"},
                            {"task": "专项督导"}, {"task": "调度"}]),
 dict(seed="02_luohe_general_office_digital_economy_smart_manufacturing_plan_lead_markers.txt",
  form="text of a city portal page (date bar, breadcrumb, title, 发布时间/来源/作者/阅读量 line, letter-spaced 索 引 号 block with 发文机关 / 发文字号 / zero-padded 成文日期, related links and 上一篇/下一篇 footer): a city 人民政府办公室 关于印发 notice (漯河, 漯政办) signed before the attached 实施方案（2025—2027年） on 数字经济 and 智能制造, two province documents cited by number, a 到2027年 goal paragraph (突破600亿元, 8%, 65%, 85%以上, 30个以上, 100个, 5个, 3000家, 6000个), 分年度目标 2025年…；2026年…；2027年全面完成, eleven numbered items under five actions each closing with a line 责任单位：X（牵头），Y，各县区政府、管委会 or 牵头单位：X　　配合单位：Y、Z, dated steps (2025年9月底前, 2026年底前, 2025年底前 then 2027年底前, 2026年6月底前, 2025年12月底前), yearly figures (每年不少于300家, 每年50个以上, 每年30个左右, 每年1000个以上, 每年100名以上), a new unit (500PFlops), 三年累计 40个, a cloud subsidy (不超过30%, 每年最高10万元), a yearly fund 1亿元 with a 500万元以上 condition, an 8% grant with a 最高500万元 cap and one-off awards 100万元 / 50万元 (分别), a 5亿元 risk pool, a 不少于2次 drill, 周调度/月通报/季观摩, a 2025年8月15日前 step for the counties, 每半年 and 每年1月底前 items, 有效期至2027年12月31日, an 抄送 line with 印发 date",
  documentNumber="漯政办〔2025〕15号",
  title="漯河市人民政府办公室关于印发漯河市数字经济赋能制造业智能化改造实施方案（2025—2027年）的通知",
  issuers=["漯河市人民政府办公室"], issueDate="2025-06-27",
  references=["豫政〔2024〕21号", "豫政办〔2023〕44号"],
  deadlineEnds=["2027-12-31", "2025-12-31", "2026-12-31", "2025-09-30", "2026-06-30", "2025-08-15"],
  targets=[
   t(600*YI, "元", "数字经济规模", "gt"),
   t(8, "%", "数字经济核心产业增加值"),
   t(65, "%", "数控化率"),
   t(85, "%", "数字化研发设计工具普及率", "gte"),
   t(30, "个", "省级智能工厂", "gte"),
   t(100, "个", "市级智能车间"),
   t(5, "个", "工业互联网平台"),
   t(3000, "家", "上云", ),
   t(6000, "个", "5G基站"),
   t(300, "家", "诊断企业"),
   t(8, "个", "新增省级智能工厂"),
   t(60, "%", "数控化率"),
   t(1000, "家", "上云企业"),
   t(300, "家", "诊断企业", "gte"),
   t(100, "家", "重点企业诊断"),
   t(50, "个", "食品行业智能化改造项目", "gte"),
   t(30, "个", "评选市级智能车间", "approx"),
   t(1, "个", "食品行业工业互联网平台"),
   t(30, "%", "云服务", "lte", optional=True),
   t(10*WAN, "元", "最高补助", "lte", optional=True),
   t(1000, "个", "新建5G基站", "gte"),
   t(500, "PFlops", "算力规模"),
   t(40, "个", "数字经济项目"),
   t(150, "家", "规模以上企业"),
   t(20, "家", "服务商", "gte"),
   t(1200, "家", "接入"),
   t(10, "个", "数据产品", "gte"),
   t(2, "次", "应急演练", "gte", optional=True),
   t(90, "%", "安全防护达标率", "gte"),
   t(1*YI, "元", "专项资金"),
   t(8, "%", "设备投资额", optional=True),
   t(500*WAN, "元", "单个项目", "lte", optional=True),
   t(100*WAN, "元", "一次性奖励", optional=True),
   t(50*WAN, "元", "一次性奖励", optional=True),
   t(5*YI, "元", "风险补偿资金池"),
   t(100, "名", "高层次人才", "gte"),
   t(5000, "人次", "数字化转型培训"),
   t(10, "场", "供需对接", "gte"),
  ],
  responsibilities=[
   r("开展免费诊断服务", ["市工业和信息化局", "市财政局", "各县区政府", "管委会"], "2025-09"),
   r("推进食品行业智能化改造", ["市工业和信息化局", "市市场监管局", "各县区政府", "管委会"], "2026-12"),
   r("打造标杆示范", ["市工业和信息化局"]),
   r("培育工业互联网平台", ["市工业和信息化局", "市科技局", "市数据局"], "2027-12"),
   r("推动中小企业上云用数", ["市工业和信息化局", "市财政局", "市通信发展管理办公室"]),
   r("加快5G和千兆光网建设", ["市通信发展管理办公室", "市自然资源和规划局", "市住房和城乡建设局", "各县区政府", "管委会"], "2026-06"),
   r("建设算力基础设施", ["市数据局", "市发展改革委", "漯河投资控股集团"], "2025-12"),
   r("壮大数字产业集群", ["市商务局", "市发展改革委", "市工业和信息化局", "各县区政府", "管委会"]),
   r("培育数字化服务商", ["市工业和信息化局", "市科技局"]),
   r("推进工业数据汇聚应用", ["市数据局", "市工业和信息化局", "市统计局", "国网漯河供电公司"], "2026-12"),
   r("加强工业网络和数据安全", ["市委网信办", "市工业和信息化局", "市公安局"]),
  ],
  optionalResponsibilities=[{"task": "加强统筹协调"}, {"task": "加大资金支持"}, {"task": "强化要素保障"},
                            {"task": "强化金融和人才支撑"}, {"task": "营造发展环境"}, {"task": "严格考核评估"},
                            {"task": "工作专班"}, {"task": "本地区实施方案"}]),
 dict(seed="03_ankang_four_bureaus_joint_elderly_care_service_system_three_year_plan_stages.txt",
  form="text of a city portal page (language bar, search box, breadcrumb to 部门文件, one-line 信息索引号 / 生成日期 / 公开日期 block with 文件编号 / 发布机构 (the lead body only) / 效力状况 / 内容概述, related files, ICP footer): a joint 关于印发 notice of four city bodies (安康: 民政局, 发展和改革委员会, 财政局, 卫生健康委员会; names parted by spaces in the title, signed two per line, the lead body's number 安民发) with the attached 三年行动方案（2025—2027年） on 养老服务体系, a central opinion cited by title only and a province office opinion by number, a 截至2024年底 baseline (52.6万人, 21.3%), a 到2027年底 goal paragraph (1.8万张, 35张, 65%以上, 100%, 90%以上, a range 1—2个, 200个, 40所, 100%, 累计1500张, 3000户), eleven numbered items under five groups each closing with （X牵头，Y、Z，W按职责分工负责） or （X、Y按职责分工负责）, dated steps (2025年10月底前 then 2026年底前, 2025年底前, 2025年12月底前), a per-centre standard (不低于80%), yearly figures (每年不少于12所, 每年500张, 每年2000人次以上), subsidies (每个5万元, 每餐2元、3元, 不超过3000元, 1000元至3000元, 每张每月100元), 签约率保持100%, three 实施步骤 stages with month ranges and their own dated steps (2025年4月20日前, 每年11月底前, 2027年11月30日前), a yearly fund 3000万元, a 不低于55% share, a 每百户不少于20平方米 standard, 自2025年4月1日起施行 / 有效期至2027年12月31日",
  documentNumber="安民发〔2025〕21号",
  title="安康市民政局 安康市发展和改革委员会 安康市财政局 安康市卫生健康委员会关于印发《安康市加快推进养老服务体系建设三年行动方案（2025—2027年）》的通知",
  issuers=["安康市民政局", "安康市发展和改革委员会", "安康市财政局", "安康市卫生健康委员会"], issueDate="2025-03-18",
  references=["陕政办发〔2024〕9号"],
  deadlineEnds=["2027-12-31", "2025-10-31", "2026-12-31", "2025-12-31", "2025-04-20", "2025-04-30", "2027-09-30", "2027-11-30"],
  targets=[
   t(52.6*WAN, "人", "老年人口", optional=True),
   t(21.3, "%", "总人口", optional=True),
   t(1.8*WAN, "张", "养老床位总数"),
   t(35, "张", "每千名老年人"),
   t(65, "%", "护理型床位占比", "gte"),
   t(100, "%", "街道综合养老服务中心覆盖率"),
   t(90, "%", "社区养老服务站覆盖率", "gte"),
   rng(1, 2, "个", "失能照护中心", "1—2个"),
   t(200, "个", "农村互助幸福院"),
   t(40, "所", "敬老院"),
   t(100, "%", "月探访率"),
   t(1500, "张", "家庭养老床位"),
   t(3000, "户", "适老化改造"),
   t(80, "%", "护理型床位占比", "gte", optional=True),
   t(12, "所", "敬老院", "gte"),
   t(5*WAN, "元", "一次性建设补助", optional=True),
   t(60, "%", "行政村", "gte"),
   t(80, "个", "老年助餐点"),
   t(300, "个", "老年助餐点"),
   t(2, "元", "每餐", optional=True),
   t(3, "元", "每餐", optional=True),
   t(3000, "元", "建设补助", "lte", optional=True),
   t(500, "张", "家庭养老床位"),
   t(100, "%", "签约率"),
   t(20, "家", "医养结合机构", "gte"),
   t(80, "%", "老年医学科", "gte"),
   t(5, "个", "康养小镇"),
   t(10, "个", "康养基地"),
   t(2000, "人次", "养老护理员", "gte"),
   t(90, "%", "持证上岗率"),
   rng(1000, 3000, "元", "入职奖励", "1000元至3000元", optional=True),
   t(95, "%", "接入平台", "gte"),
   t(2, "次", "安全隐患排查", "gte", optional=True),
   t(60, "%", "二星级以上养老机构占比"),
   t(3000*WAN, "元", "养老服务体系建设资金"),
   t(55, "%", "福彩公益金", "gte"),
   t(100, "元", "运营补贴", optional=True),
   t(20, "平方米", "每百户", "gte", optional=True),
  ],
  responsibilities=[
   r("建强县级失能照护中心", ["市民政局", "市发展改革委", "市财政局", "各县（市、区）政府"], "2026-12"),
   r("提升镇（街道）养老服务能力", ["市民政局", "各县（市、区）政府"]),
   r("发展农村互助养老", ["市民政局", "市财政局", "市农业农村局"]),
   r("建设老年助餐服务网络", ["市民政局", "市市场监管局", "市商务局"], "2025-12"),
   r("推进家庭养老床位建设", ["市民政局", "市卫生健康委"]),
   r("开展特殊困难老年人探访关爱", ["市民政局", "市老龄办", "各县（市、区）政府"]),
   r("深化医养结合", ["市卫生健康委", "市民政局", "市医保局"]),
   r("发展康养产业", ["市发展改革委", "市文化和旅游广电局", "市卫生健康委"]),
   r("开展养老护理员培训", ["市人力资源社会保障局", "市民政局"]),
   r("建设智慧养老服务平台", ["市民政局", "市数据局", "市卫生健康委"], "2025-12"),
   r("加强养老服务质量安全监管", ["市民政局", "市消防救援支队", "市市场监管局", "市住房和城乡建设局"]),
  ],
  optionalResponsibilities=[{"task": "动员部署阶段"}, {"task": "全面实施阶段"}, {"task": "总结评估阶段"},
                            {"task": "加强组织领导"}, {"task": "强化资金保障"}, {"task": "落实用地保障"},
                            {"task": "加强宣传引导"}, {"task": "严格督导考核"}, {"task": "具体实施方案"},
                            {"task": "总结评估报告"}]),
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
        if "min" in x:
            if fold(x["printedAs"]) not in text:
                problems += 1
                print("range missing", g["seed"][:2], x)
            continue
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
