"""Writes gold/*.json for probe49 and checks that every printed item occurs in its document.

Values are checked with their unit (亿/万 folded back to the printed form; ranges as printed min—max). HTML pages are
checked as their text (tags dropped, entities unescaped), the .docx as the text of word/document.xml, text copied from a
PDF with its line breaks and page-number lines folded away; everything NFKC-folded (the full-width digits of 01).
Run from this folder: python3 make_gold.py
"""
import html, json, os, re, unicodedata, zipfile

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

def ob(*tasks):
    return [{"task": x} for x in tasks]

YI, WAN = 100000000, 10000
XZQ = "各县（市、区）人民政府"

GOLD = [
 dict(seed="01_guangxi_region_government_2025_ocean_economy_opinion_2027_2030_targets_html_p_style_fullwidth_digits.html",
  form="saved HTML page of a province-level government portal (<meta> SiteName / ColumnName / ArticleTitle / PubDate 2025-04-23, top bar, nav, breadcrumb, h1, 发布时间/来源/字体 line, body in div#zoom, footer with ICP lines): a 自治区人民政府 意见 (广西, 桂政发) whose body is a run of <p style> paragraphs with <span style> runs (long paragraphs split over two spans at a comma; the opening paragraph and the 2027 goal paragraph split over two <p>; each （一）… heading in a <p> of its own, its text in the next <p>); the number printed under the title with full-width brackets 桂政发［2025］9号, one citation with ［2023］ and one with 〔2021〕, a cited title with a period in full-width digits (２０２３—２０２５年); full-width digits in places (３０００亿元, ６５％, １０％, ９０％, ２０２５年６月底前); 总体要求 / 主要目标 with 到2027年 and 到2030年 goals (亿元, 个百分点, 3—5个, 8个左右, 亿吨, 万标准箱, 万家, 万人, 左右, 以上, 不低于); seven 重点任务 each with 到2027年 / 到2030年 figures (突破8000亿元, 2—3个, 万立方米, 万吨, 万千瓦, 万列, 条, 亿人次, 1—2家, 8所左右, 万人, 名, 公顷, 公里) and a closing （责任单位：自治区X、Y、Z） bracket where the later units drop the 自治区 prefix; 保障措施 with a 2025年6月30日前 duty of three cities, 每年…不少于10亿元, 总规模50亿元, 20个工作日以内, a yearly 每年1月31日前 report and a 2027年12月底前 mid-term review; signature and date at the end",
  documentNumber="桂政发〔2025〕9号",
  title="广西壮族自治区人民政府关于加快发展向海经济推动海洋产业高质量发展的意见",
  issuers=["广西壮族自治区人民政府"], issueDate="2025-04-18",
  references=["桂政办发〔2021〕120号", "桂政发〔2023〕15号"],
  deadlineEnds=["2027-12-31", "2030-12-31", "2025-06-30"],
  targets=[
   t(3000*YI, "元", "海洋生产总值", "gte"),
   t(8, "%", "年均增长", "approx"),
   t(1.5, "百分点", "占地区生产总值比重"),
   rng(3, 5, "个", "海洋产业集群"),
   t(8, "个", "现代海洋产业园区", "approx"),
   t(5*YI, "吨", "货物吞吐量"),
   t(1200*WAN, "标准箱", "集装箱吞吐量"),
   t(1.5*WAN, "家", "涉海市场主体"),
   t(10*WAN, "人", "涉海就业"),
   t(4000*YI, "元", "海洋生产总值", "approx"),
   t(65, "%", "海洋科技进步贡献率"),
   t(95, "%", "近岸海域优良水质比例", "gte"),
   t(35, "%", "大陆自然岸线保有率", "gte"),
   t(8000*YI, "元", "临港工业总产值", "gt"),
   t(200, "家", "临港工业企业", "gte"),
   t(1, "个", "炼化一体化项目"),
   rng(2, 3, "个", "临港产业集群"),
   t(6, "个", "国家级海洋牧场示范区", "gte"),
   t(200*WAN, "立方米", "深远海养殖水体"),
   t(220*WAN, "吨", "海水产品产量", "approx"),
   t(500*WAN, "立方米", "深远海养殖水体"),
   t(300*WAN, "千瓦", "并网装机容量"),
   t(750*WAN, "千瓦", "并网装机容量", "approx"),
   t(10, "%", "海洋新兴产业增加值", "gte"),
   t(1.2*WAN, "列", "海铁联运班列"),
   t(15, "条", "外贸航线", "gte"),
   t(30, "%", "集装箱铁水联运比例", "approx"),
   t(2.5*YI, "人次", "接待游客"),
   t(3000*YI, "元", "旅游总消费", "gt"),
   rng(1, 2, "家", "5A级旅游景区"),
   t(2, "家", "国家级旅游度假区"),
   t(20, "个", "海洋科技创新平台", "gte"),
   t(300, "家", "涉海高新技术企业"),
   t(8, "所", "涉海特色职业院校", "approx"),
   t(1*WAN, "人", "涉海技能人才", "gte"),
   t(500, "名", "高层次人才"),
   t(1000, "公顷", "营造红树林"),
   t(2000, "公顷", "修复现有红树林"),
   t(50, "公里", "岸线", "gte"),
   t(90, "%", "水质优良比例"),
   t(10*YI, "元", "向海经济发展专项资金", "gte"),
   t(50*YI, "元", "产业投资基金"),
   t(20, "个工作日", "审批时间", "lte", optional=True),
  ],
  responsibilities=[
   r("做强临港先进制造业", ["自治区工业和信息化厅", "发展改革委", "商务厅"]),
   r("发展现代海洋渔业", ["自治区农业农村厅", "海洋局", "自然资源厅"]),
   r("壮大海洋新兴产业", ["自治区发展改革委", "能源局", "科技厅"]),
   r("提升港航物流服务能力", ["自治区交通运输厅", "北部湾办", "商务厅"]),
   r("发展滨海旅游", ["自治区文化和旅游厅", "北部湾办"]),
   r("强化海洋科技创新和人才支撑", ["自治区科技厅", "教育厅", "人力资源社会保障厅"]),
   r("加强海洋生态保护修复", ["自治区生态环境厅", "自然资源厅", "林业局", "海洋局"]),
  ],
  optionalResponsibilities=ob("加强组织领导", "加大资金支持", "强化要素保障", "严格督查考核", "领导小组")),
 dict(seed="02_cangzhou_five_bodies_leading_group_office_2025_rural_living_environment_task_list_docx_vmerge_table.docx",
  form="Word file (red 文件头 of the first body, number centred, red rule, a title naming the five bodies parted by spaces, 联系人 line, signature of five bodies right-aligned two and three a line, 抄送 / 印发 lines): a joint 关于印发 notice of five city bodies issued by a 领导小组办公室 (沧州: 农村人居环境整治工作领导小组办公室, 农业农村局, 住房和城乡建设局, 生态环境局, 财政局; 沧农整办) issuing a 重点任务清单; a province 办 plan and a province 五部门 notice cited by number (a cited title with 2021—2025年); 工作目标 到2025年底 (80%以上, 1.2万座, 45%以上, 150个, 动态清零, 保持在98%以上, 10个, 30个, 100个); 工作要求 with a 2025年4月30日前 filing, 8000万元, 至少配备1名, 100%, 每月25日前 and 每季度 checks, a 2025年11月30日前 summary; an 附件 任务清单 as a real w:tbl 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 where task 2 spans two rows (序号 and 重点任务 cells w:vMerge restart / continue, each row its own lead, supporting units and time limit), 完成时限 2025年6月底前 / 2025年10月底前 / 持续推进 / 每季度 / 2025年12月底前",
  documentNumber="沧农整办〔2025〕3号",
  title="沧州市农村人居环境整治工作领导小组办公室 沧州市农业农村局 沧州市住房和城乡建设局 沧州市生态环境局 沧州市财政局关于印发《2025年全市农村人居环境整治提升重点任务清单》的通知",
  issuers=["沧州市农村人居环境整治工作领导小组办公室", "沧州市农业农村局", "沧州市住房和城乡建设局", "沧州市生态环境局",
           "沧州市财政局"],
  issueDate="2025-03-28",
  references=["冀办〔2022〕7号", "冀农发〔2025〕12号"],
  deadlineEnds=["2025-12-31", "2025-04-30", "2025-11-30", "2025-10-31", "2025-06-30", "2025-09-30"],
  targets=[
   t(80, "%", "农村卫生厕所普及率", "gte"),
   t(1.2*WAN, "座", "农村户厕改造"),
   t(45, "%", "农村生活污水治理率", "gte"),
   t(150, "个", "治理行政村"),
   t(98, "%", "自然村生活垃圾收运处置率", "gte"),
   t(10, "个", "乡镇垃圾分类示范片区"),
   t(30, "个", "省级美丽乡村精品村"),
   t(100, "个", "和美乡村示范村"),
   t(8000*WAN, "元", "专项资金"),
   t(1, "名", "专职保洁员", "gte", optional=True),
   t(100, "%", "村庄保洁覆盖面"),
   t(150, "个", "行政村生活污水治理", optional=True),
  ],
  responsibilities=[
   r("新增完成农村户厕改造1.2万座", ["市农业农村局", "市卫生健康委", "市财政局"], "2025-10"),
   r("开展农村改厕问题摸排整改", ["市农业农村局", "市住房和城乡建设局", XZQ], "2025-06"),
   r("开展农村改厕问题摸排整改", [XZQ, "市农业农村局"], "持续推进"),
   r("完成150个行政村生活污水治理", ["市生态环境局", "市住房和城乡建设局", "市农业农村局"], "2025-12"),
   r("农村黑臭水体排查整治", ["市生态环境局", "市水务局", XZQ], "2025-09"),
   r("农村生活垃圾收运处置体系运行监管", ["市住房和城乡建设局", "市城市管理综合行政执法局", XZQ]),
   r("建设乡镇垃圾分类示范片区10个", ["市住房和城乡建设局", "市农业农村局"], "2025-11"),
   r("村庄清洁行动", ["市农业农村局", "市妇联", "团市委", XZQ], "持续推进"),
   r("创建省级美丽乡村精品村和市级和美乡村示范村", ["市农业农村局", "市住房和城乡建设局", "市自然资源和规划局",
                                               "市文化广电和旅游局"], "2025-12"),
   r("统筹安排整治提升专项资金", ["市财政局", "市农业农村局"], "2025-06"),
   r("开展明查暗访和通报", ["市农村人居环境整治工作领导小组办公室", "市农业农村局", "市住房和城乡建设局", "市生态环境局"]),
  ],
  optionalResponsibilities=ob("压实工作责任", "强化资金保障", "健全长效机制", "加强调度督导", "做好总结评估")),
 dict(seed="03_suizhou_market_regulation_bureau_2025_no3_prepaid_consumption_announcement_effective_period_fines.txt",
  form="text of a city bureau portal page (breadcrumb, title line, 发布时间/来源/浏览次数 line, 【打印本页】 footer): a 市场监督管理局 公告 (随州) with no 〔〕 number: a 随州市市场监督管理局公告 line and the number （2025年第3号） in brackets under it; a department order cited by 令第56号, a city office plan cited by number, laws by title only; 经营者义务 with caps that are rules (不得超过5000元, 不得超过12个月), a condition (预收资金累计超过10万元的经营者), day limits (30日内, 15日内, 提前30日, 7日内); a 集中规范期 to the day (2025年6月1日至2025年8月31日) and a check period (2025年9月1日至2025年10月31日); 法律责任 with fines that are not targets (5000元以下, 5倍以下, 5万元以上50万元以下, 1倍以上10倍以下, 50万元以下) and 3年内; 7个工作日内 / 60日内 handling limits, a 3000元 report reward; 自2025年6月1日起施行，有效期至2027年5月31日, an earlier 公告 repealed by title and its （2021年第7号）; 特此公告, signature and date",
  documentNumber="2025年第3号",
  title="随州市市场监督管理局关于规范预付式消费经营行为的公告",
  issuers=["随州市市场监督管理局"], issueDate="2025-05-15",
  references=["国家市场监督管理总局令第56号", "随政办发〔2024〕18号", "2021年第7号"],
  deadlineEnds=["2025-08-31", "2025-10-31", "2027-05-31"],
  targets=[
   t(5000, "元", "预付凭证", "lte", optional=True),
   t(12, "个月", "服务费用", "lte", optional=True),
   t(30, "日", "报送", "lte", optional=True),
   t(15, "日", "报送", "lte", optional=True),
   t(30, "日", "告知消费者", optional=True),
   t(7, "日", "退款", "lte", optional=True),
   t(15, "日", "退还余额", "lte", optional=True),
   t(5000, "元", "罚款", "lte", optional=True),
   t(5, "倍", "罚款", "lte", optional=True),
   rng(5*WAN, 50*WAN, "元", "罚款", optional=True),
   rng(1, 10, "倍", "罚款", optional=True),
   t(50*WAN, "元", "罚款", "lte", optional=True),
   t(3, "年", "联合惩戒", "lte", optional=True),
   t(7, "个工作日", "受理", "lte", optional=True),
   t(60, "日", "调解", "lte", optional=True),
   t(3000, "元", "奖励", "lte", optional=True),
  ],
  responsibilities=[],
  optionalResponsibilities=ob("负责解释", "全链条监管", "依法处理", "市场监督管理部门")),
 dict(seed="04_yanta_district_education_bureau_2025_preschool_three_year_plan_pdf_text_hard_wraps_page_numbers_reference_numbers_next_line.txt",
  form="text copied from a PDF (lines cut every 36 characters wherever they fall, inside words and inside numbers: 20/25年, 1/200元, 15/00人次, a full stop alone on a line; page-number lines — N — between blank lines, one between a heading and its first item): a district 教育局 关于印发 notice (西安市雁塔区, 雁教发) issuing a 学前教育 三年行动计划（2025—2027年）, the title wrapped; a references paragraph citing a province 九部门 notice (〈〉 inside 《》), a city office notice and a district plan, each 《title》 ending a line and its （number） opening the next; 总体目标 到2027年 (98%以上, 92%以上, 55%以上, 12所, 3600个, 3—5所, 40%左右, 60%以上, 保持100%); eight numbered tasks each followed by a 责任单位：X、Y line, with dated steps (2025年底前 4所, 2026年底前 再完成4所, 2027年底前, 2025年9月底前 移交率100%, 2026年底前, 2025年6月底前 “三个100%”), a per-pupil 1200元 standard, 每年…不少于8所 / 120名 / 1500人次, 100名左右, 5个, a 1：7 ratio, 85%以上, 每学期 frequencies; 实施步骤 in three stages (2025年3月—12月 with 1200个 / 90%, 2026年1月—12月 with 1200个, 2027年1月—12月); 保障措施 with 不低于3000万元, 每生每年不低于1000元, a yearly 每年12月底前 review and a 2027年11月底前 final review",
  documentNumber="雁教发〔2025〕12号",
  title="西安市雁塔区教育局关于印发《雁塔区学前教育普及普惠安全优质发展三年行动计划（2025—2027年）》的通知",
  issuers=["西安市雁塔区教育局"], issueDate="2025-03-06",
  references=["陕教发〔2022〕18号", "市政办函〔2023〕35号", "雁政发〔2022〕6号"],
  deadlineEnds=["2027-12-31", "2025-12-31", "2026-12-31", "2025-09-30", "2025-06-30", "2027-11-30"],
  targets=[
   t(98, "%", "学前三年毛入园率", "gte"),
   t(92, "%", "普惠性幼儿园覆盖率", "gte"),
   t(55, "%", "公办园在园幼儿占比", "gte"),
   t(12, "所", "改扩建幼儿园"),
   t(3600, "个", "新增学位"),
   rng(3, 5, "所", "省级示范幼儿园"),
   t(40, "%", "市级一级幼儿园占比", "approx"),
   t(60, "%", "专任教师本科及以上学历比例", "gte"),
   t(100, "%", "保教人员持证上岗率"),
   t(4, "所", "幼儿园建设"),
   t(4, "所", "再完成", optional=True),
   t(12, "所", "建设任务", optional=True),
   t(100, "%", "移交率"),
   t(1200, "元", "生均补助", optional=True),
   t(8, "所", "普惠性民办园", "gte"),
   t(120, "名", "幼儿园教师", "gte"),
   t(1500, "人次", "培训教师", "gte"),
   t(100, "名", "骨干教师", "approx"),
   t(5, "个", "名园长工作室"),
   t(100, "%", "安全隐患整改率"),
   t(100, "%", "整改率"),
   t(85, "%", "集团化办园覆盖率", "gte"),
   t(4, "次", "联合教研", "gte", optional=True),
   t(100, "%", "三个100%", optional=True),
   t(2, "次", "应急疏散演练", "gte", optional=True),
   t(1200, "个", "新增学位"),
   t(90, "%", "普惠性幼儿园覆盖率"),
   t(1200, "个", "新增学位", optional=True),
   t(3000*WAN, "元", "学前教育专项经费", "gte"),
   t(1000, "元", "生均公用经费", "gte", optional=True),
  ],
  responsibilities=[
   r("新建改扩建公办幼儿园", ["区教育局", "区发改委", "区住建局", "区财政局"]),
   r("规范城镇小区配套园治理", ["区教育局", "区自然资源和规划局", "区住建局"], "2025-09"),
   r("扶持普惠性民办幼儿园", ["区教育局", "区财政局", "区市场监管局"]),
   r("配齐配足保教人员", ["区教育局", "区委编办", "区人社局"]),
   r("提升教师专业素质", ["区教育局"]),
   r("深化幼小科学衔接", ["区教育局"], "2026-12"),
   r("推进集团化办园", ["区教育局", "各街道办事处"], "2027"),
   r("强化校园安全管理", ["区教育局", "公安雁塔分局", "区应急管理局", "区卫生健康局"], "2025-06"),
  ],
  optionalResponsibilities=ob("加强组织领导", "加大经费投入", "强化督导评估", "启动实施阶段", "全面推进阶段",
                              "巩固提升阶段")),
]

def fold(s):
    """NFKC (full-width digits and brackets), number brackets as 〔〕 (［2025］ / [2025] as printed), no whitespace."""
    s = unicodedata.normalize("NFKC", s).replace("[", "〔").replace("]", "〕")
    return re.sub(r"\s+", "", s)

def doc_text(name):
    path = os.path.join("docs", name)
    if name.endswith(".docx"):
        s = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
        s = html.unescape(re.sub(r"<[^>]+>", "", s))
    else:
        s = open(path, encoding="utf-8").read()
        if name.endswith(".html"):
            s = html.unescape(re.sub(r"<[^>]+>", "", s))
        s = re.sub(r"(?m)^\s*— \d+ —\s*$", "", s)
    return fold(s)

def printed(v):
    return ("%f" % v).rstrip("0").rstrip(".")

def forms(x):
    """The printed forms a value may take: as is, or folded to 万/亿 before the unit; a range as min—max."""
    unit = x["unit"]
    if "min" in x:  # 3—5个 as printed, or the lower bound in its own printed forms (5万元以上50万元以下)
        return [printed(x["min"]) + "—" + printed(x["max"]) + unit] + forms(dict(value=x["min"], unit=unit))
    value = x["value"]
    out = [printed(value) + unit, printed(value) + "个" + unit]
    for f, name in ((YI, "亿"), (WAN, "万")):
        if value >= f / 10:
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
    y, m, d = g["issueDate"].split("-")
    checks.append("%s年%d月%d日" % (y, int(m), int(d)))
    for c in checks:
        if fold(c) not in text:
            problems += 1
            print("missing", g["seed"][:2], c)
    for x in g["targets"]:
        fs = forms(x)
        if x["unit"] == "百分点":
            fs.append(printed(x["value"]) + "个百分点")
        if not any(fold(f) in text for f in fs):
            problems += 1
            print("value missing", g["seed"][:2], x)
    out = os.path.join("gold", g["seed"].rsplit(".", 1)[0] + ".json")
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(g, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
print("problems:", problems)
