"""Writes gold/*.json for probe41 and checks that every printed item occurs in its document.

The documents are .docx built by make_docx.py from text/NN.txt; the check reads the source text (markup prefixes and
run splits dropped), not the .docx and not the tool. Values are checked with their unit (亿/万 folded back to the
printed form). Run from this folder: python3 make_gold.py
"""
import json, os, re, unicodedata
from make_docx import DOCS

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
 dict(seed=DOCS["01"],
  form="Word .docx of a county 人民政府办公室 关于印发 notice (黎川 in 抚州, 江西; 黎府办发) issuing a 城镇燃气安全专项整治工作方案: red 文件头 paragraph, 发文字号 as its own centred paragraph, a red rule, the title over two bold centred paragraphs, body paragraphs with a first-line indent, headings 一、/（一） typed as text, runs split mid-word (one inside 整改率达到^100%), the notice's signature and date right-aligned before the 方案; a city office plan cited by number; a 到2025年10月底前 goal paragraph (覆盖率100%, 整改率100%, 12.6公里, 320户以上, 1500台, 不低于98%, 保持100%), scope counts (4家, 11个), three dated stages (3月底前, 4月—9月, 10月—12月), tasks without units, 不少于2000只, a fund 850万元, a 每月25日前 report and a 2025年12月10日前 summary; an attached w:tbl 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 (header row marked tblHeader; one 重点任务 cell holds two paragraphs), 抄送 and 印发 lines with borders",
  documentNumber="黎府办发〔2025〕6号",
  title="黎川县人民政府办公室关于印发黎川县城镇燃气安全专项整治工作方案的通知",
  issuers=["黎川县人民政府办公室"], issueDate="2025-03-14", references=["抚府办字〔2025〕9号"],
  deadlineEnds=["2025-10-31", "2025-03-31", "2025-09-30", "2025-12-31", "2025-11-30", "2025-06-30", "2025-08-31",
                "2025-07-31", "2025-12-10"],
  targets=[
   t(100, "%", "排查覆盖率"),
   t(100, "%", "整改率"),
   t(12.6, "公里", "老旧燃气管道"),
   t(320, "户", "瓶改管", "gte"),
   t(1500, "台", "报警装置"),
   t(98, "%", "入户安全检查率", "gte"),
   t(100, "%", "持证上岗率"),
   t(4, "家", "管道燃气经营企业", optional=True),
   t(11, "个", "供应站点", optional=True),
   t(20, "年", "运行年限", optional=True),
   t(2000, "只", "气瓶", "gte"),
   t(850*WAN, "元", "专项整治资金"),
  ],
  responsibilities=[
   r("燃气经营企业专项检查", ["县住房和城乡建设局", "县应急管理局", "县市场监督管理局"], "2025-06"),
   r("老旧燃气管道更新改造", ["县住房和城乡建设局", "县发展和改革委员会", "县财政局", "日峰镇人民政府"], "2025-11"),
   r("餐饮场所“瓶改管”", ["县住房和城乡建设局", "县商务局", "各乡（镇）人民政府"], "2025-09"),
   r("可燃气体报警装置安装", ["县市场监督管理局", "县住房和城乡建设局", "县消防救援大队"], "2025-08"),
   r("气瓶充装和运输环节整治", ["县市场监督管理局", "县交通运输局", "县公安局"], "2025-07"),
   r("燃气安全宣传进社区", ["县应急管理局", "县融媒体中心", "各乡（镇）人民政府"], "2025-12"),
  ],
  optionalResponsibilities=o("整治餐饮场所燃气安全", "加强瓶装液化石油气全链条监管", "动员部署阶段", "排查整治阶段",
                             "巩固提升阶段", "加强组织领导", "强化资金保障", "严格督导问责", "做好信息报送")),
 dict(seed=DOCS["02"],
  form="Word .docx of a joint notice of a city 教育局 and 财政局 (三明 in 福建; 明教财) on 学生资助 standards from the 2025 autumn term: red 文件头 with both names, 发文字号 centred, the title (both names parted by a space) in one bold centred paragraph split over two runs, headings typed as text, runs split mid-word (one inside 每生每年^1200元, one inside 国家助^学金); a province notice and a city rule cited by number; per-pupil standards raised (由每生每年800元提高到每生每年1200元, 1250元 / 1500元, 2000元→2300元 in three tiers 3000/2300/1600, 2000元→2300元), a share of the standard (50%, i.e. 625元 / 750元), a 资助面 15% with a cap 最高不超过20%, a 按每生每年2000元的标准 award with 600名, loan caps 不超过20000元 / 25000元 and LPR减60个基点, a 3∶7 split, a fund 3860万元 with 增长12%, a 15个工作日内 transfer, dated duties (9月15日前, 9月30日前, 11月底前, 12月底前, 12月15日前) and 自2025年9月1日起执行; responsibilities as sentences (此项工作由X负责，Y、Z配合 / 由X负责 / 此项工作由X牵头，Y配合，…前完成); both bodies signed on one right-aligned line; 抄送 and 印发 lines",
  documentNumber="明教财〔2025〕14号",
  title="三明市教育局 三明市财政局关于调整学生资助标准做好2025年秋季学期学生资助工作的通知",
  issuers=["三明市教育局", "三明市财政局"], issueDate="2025-07-28",
  references=["闽财教〔2025〕21号", "明财教〔2023〕7号"],
  deadlineEnds=["2025-09-15", "2025-09-30", "2025-11-30", "2025-12-31", "2025-12-15"],
  targets=[
   t(1200, "元", "幼儿"),
   t(800, "元", "幼儿", optional=True),
   t(1250, "元", "小学寄宿生"),
   t(1500, "元", "初中寄宿生"),
   t(50, "%", "非寄宿生", optional=True),
   t(625, "元", "小学", optional=True),
   t(750, "元", "初中", optional=True),
   t(2300, "元", "平均资助标准"),
   t(2000, "元", "资助标准", optional=True),
   t(3000, "元", "一档", optional=True),
   t(2300, "元", "二档", optional=True),
   t(1600, "元", "三档", optional=True),
   t(15, "%", "资助面", optional=True),
   t(20, "%", "资助面", "lte", optional=True),
   t(2300, "元", "资助标准"),
   t(2000, "元", "资助标准", optional=True),
   t(2000, "元", "奖励"),
   t(600, "名", "奖励名额"),
   t(20000, "元", "本专科", "lte", optional=True),
   t(25000, "元", "研究生", "lte", optional=True),
   t(60, "个基点", "贷款利率", optional=True),
   t(3860*WAN, "元", "学生资助补助资金"),
   t(12, "%", "增长", optional=True),
   t(15, "个工作日", "拨付", "lte", optional=True),
  ],
  responsibilities=[
   r("做好家庭经济困难学生认定", ["各县（市、区）教育局", "县级民政部门", "乡村振兴部门"], "2025-09"),
   r("确保资助资金按时发放", ["各县（市、区）教育局"], "2025-11"),
   r("加强资金绩效管理", ["市教育局", "市财政局"], "2025-12"),
  ],
  optionalResponsibilities=o("学前教育幼儿资助", "寄宿生生活补助", "普通高中国家助学金", "中等职业学校国家助学金",
                             "市级励志奖学金", "生源地信用助学贷款", "分担比例", "资金安排", "拨付时限",
                             "加大政策宣传力度", "按时报送数据")),
 dict(seed=DOCS["03"],
  form="Word .docx of a city 自然资源和规划局 关于印发 notice (舟山 in 浙江; 舟自然资规发) issuing its own 2025年工作要点: red 文件头, 发文字号 centred, the title in one bold centred paragraph split over two runs (the split falls inside 《…》), the notice's own dated duty (3月10日前), signature and date right-aligned; the 一、 and （一）…（十四） headings are Word automatic numbering (w:numPr on two levels of one chineseCounting list, the （N） level not restarting under each 一、), not text; runs split mid-word and mid-number (耕地保有量不低于37.^5万亩); each item closes with （责任处室：X、Y；完成时限：…） or （责任处室：X） only; quarter deadlines without a year (一季度, 二季度, 二季度末, 三季度, 四季度, 第四季度末), a 2025年N月底前 deadline, two items with two steps (上半年…50%，年底前…; 5月底前…，10月底前…); figures 90%以上, 18个, 1.2万亩以上, 3000公顷, 4500亩, 1100亩, 100%, 6个, 800亩, 不低于37.5万亩 / 32.1万亩, 95%以上, 12公里, 压缩至1个工作日以内, 120平方公里, 15处, 不少于4次; a 每季度末 check and a 2025年12月20日前 summary; 抄送 and 印发 lines",
  documentNumber="舟自然资规发〔2025〕5号",
  title="舟山市自然资源和规划局关于印发《舟山市自然资源和规划局2025年工作要点》的通知",
  issuers=["舟山市自然资源和规划局"], issueDate="2025-02-21", references=[],
  deadlineEnds=["2025-03-10", "2025-03-31", "2025-05-31", "2025-06-30", "2025-09-30", "2025-10-31", "2025-11-30",
                "2025-12-31", "2025-12-20"],
  targets=[
   t(90, "%", "详细规划覆盖率", "gte"),
   t(18, "个", "村庄规划"),
   t(1.2*WAN, "亩", "重点项目用地", "gte"),
   t(3000, "公顷", "用海面积"),
   t(4500, "亩", "批而未供土地"),
   t(1100, "亩", "闲置土地"),
   t(100, "%", "闲置土地处置率"),
   t(50, "%", "处置任务", optional=True),
   t(6, "个", "全域土地综合整治项目"),
   t(800, "亩", "新增耕地"),
   t(37.5*WAN, "亩", "耕地保有量", "gte"),
   t(32.1*WAN, "亩", "永久基本农田", "gte"),
   t(95, "%", "整改到位率", "gte"),
   t(12, "公里", "海岸线"),
   t(1, "个工作日", "办理时限", "lte"),
   t(120, "平方公里", "基础地形图"),
   t(15, "处", "综合治理"),
   t(4, "次", "廉政警示教育", "gte"),
  ],
  responsibilities=[
   r("推进详细规划编制", ["国土空间详细规划处", "各县（区）分局"], "2025-09"),
   r("开展国土空间规划实施监测评估", ["国土空间总体规划处"], "2025-06"),
   r("深化海岛特色村庄规划", ["村镇规划处", "各县（区）分局"], "2025-12"),
   r("保障重大项目要素需求", ["用途管制处", "海域海岛管理处"]),
   r("盘活存量建设用地", ["土地利用处"]),
   r("推进土地综合整治", ["国土空间生态修复处", "耕地保护监督处"], "2025-11"),
   r("落实耕地保护责任", ["耕地保护监督处", "各县（区）分局"]),
   r("开展违法用地用海专项整治", ["执法监察支队"], "2025-03"),
   r("加强海岸线保护", ["海洋生态修复处", "海域海岛管理处"], "2025-10"),
   r("深化不动产登记“一件事”改革", ["不动产登记中心"], "2025-06"),
   r("推进测绘地理信息服务", ["测绘地理信息处", "市自然资源和规划信息中心"], "2025-12"),
   r("加强地质灾害防治", ["地质勘查管理处", "各县（区）分局"]),
   r("全面加强党的建设", ["机关党委"]),
   r("强化督查考核", ["局办公室"]),
  ],
  optionalResponsibilities=o("细化任务举措", "推进计划", "强化国土空间规划引领", "全力保障发展用地用海",
                             "严守耕地和海洋保护红线", "提升自然资源管理服务效能", "加强党建和队伍建设")),
]

def fold(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))

def source_text(seed):
    """The text a reader sees: markup prefixes, run splits and in-cell paragraph marks dropped."""
    key = seed[:2]
    lines = open(os.path.join("text", key + ".txt"), encoding="utf-8").read().splitlines()
    out = [re.sub(r"^@\w+ ?", "", l).replace("^", "").replace("¶", "").replace("\t", " ") for l in lines]
    return fold("\n".join(out))

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
    text = source_text(g["seed"])
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
