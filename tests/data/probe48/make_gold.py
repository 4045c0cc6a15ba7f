"""Writes gold/*.json for probe48 and checks that every printed item occurs in its document.

Values are checked with their unit (亿/万 folded back; a figure in Chinese numerals by its printed form). Indicator-table
cells are bare numbers whose unit is in the 单位 column: each is checked as a whole cell of a table row holding its key. HTML pages are checked as their text (tags dropped, entities unescaped), .docx files as the text of
word/document.xml; a date in Chinese numerals is checked in that form. Run from this folder: python3 make_gold.py
"""
import html, json, os, re, unicodedata, zipfile

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

def ob(*tasks):
    return [{"task": x} for x in tasks]

YI, WAN = 100000000, 10000

def tc(printed_value, scale, unit, key, comparator=None, optional=False):
    """A bare indicator-table cell: printed_value in the 单位 column's unit (万吨 → scale WAN, unit 吨)."""
    return dict(t(round(printed_value * scale, 6), unit, key, comparator, optional), cell=printed_value)

CN = dict(zip("〇一二三四五六七八九", "0123456789"))

def cn_date(y, m, d):
    """二〇二五年三月五日"""
    digits = "〇一二三四五六七八九"
    def small(n):
        return digits[n] if n < 10 else ("十" if n == 10 else ("十" + digits[n - 10] if n < 20 else digits[n // 10] + "十" + (digits[n % 10] if n % 10 else "")))
    return "".join(digits[int(c)] for c in str(y)) + "年" + small(m) + "月" + small(d) + "日"

EZ = "鄂州市人民政府办公室"
GOLD = [
 dict(seed="01_ezhou_city_office_2025_airport_logistics_hub_three_year_action_plan_docx_indicator_table_vmerge.docx",
  form="Word file (.docx built by make_docx.py from text/01.txt: red 文件头, number line, red rule, title, signature before the plan, 抄送/印发 lines) of a city 人民政府办公室 关于印发 notice (鄂州, 鄂州政办发) issuing a 三年行动计划（2025—2027年）; a province 鄂发 opinion and a 鄂政办函 plan cited by number; 到2025年 / 到2027年 goal paragraphs repeating table figures; a 主要指标表 as a real w:tbl 类别 | 序号 | 指标 | 单位 | 2024年基期值 | 2025年目标值 | 2027年目标值 | 属性 (约束性/预期性) with the 类别 column vertically merged (w:vMerge restart / continue over 3-3-3 rows), bare cells whose unit is the 单位 column (万吨, 条, 亿元, %, 个), one ≥70 cell; six 重点任务 each closing （牵头单位：X；责任单位：Y、Z） with body figures (9条, 20条以上, 年均增长15%以上, 54个以上, 80家, 5家, 15家, 30家以上, 120亿元, 不低于80%, 1200个, 30小时以内, 1.2小时以内, 保持100%), dated steps 2025年10月底前 / 2025年底前 / 2026年底前; 保障措施 with 2025年4月30日前, 每年…不少于2亿元, 每年…1000人以上, 2027年12月底前",
  documentNumber="鄂州政办发〔2025〕6号",
  title="鄂州市人民政府办公室关于印发《鄂州市临空物流枢纽经济高质量发展三年行动计划（2025—2027年）》的通知",
  issuers=[EZ], issueDate="2025-03-18",
  references=["鄂发〔2024〕12号", "鄂政办函〔2024〕37号"],
  deadlineEnds=["2025-12-31", "2027-12-31", "2025-10-31", "2026-12-31", "2025-04-30"],
  targets=[
   tc(130, WAN, "吨", "货邮吞吐量"), tc(200, WAN, "吨", "货邮吞吐量"),
   tc(45, 1, "条", "国际（地区）货运航线"), tc(60, 1, "条", "国际（地区）货运航线"),
   tc(1000, WAN, "吨", "多式联运货运量"), tc(1500, WAN, "吨", "多式联运货运量"),
   tc(720, YI, "元", "规模以上工业总产值"), tc(1000, YI, "元", "规模以上工业总产值"),
   tc(8.8, 1, "%", "物流业增加值占地区生产总值比重"), tc(10, 1, "%", "物流业增加值占地区生产总值比重"),
   tc(60, 1, "个", "临空产业项目"), tc(100, 1, "个", "临空产业项目"),
   tc(30, 1, "%", "新能源物流车辆占比"), tc(50, 1, "%", "新能源物流车辆占比"),
   tc(60, 1, "%", "冷链物流流通率"), tc(70, 1, "%", "冷链物流流通率", "gte"),
   tc(85, 1, "%", "安全生产标准化达标率"), tc(100, 1, "%", "安全生产标准化达标率"),
   t(9, "条", "国际货运航线"),
   t(20, "条", "多式联运线路", "gte"),
   t(15, "%", "集装箱铁水联运量", "gte"),
   t(54, "个", "临空产业项目", "gte"),
   t(80, "家", "规模以上工业企业"),
   t(5, "家", "5A级物流企业"),
   t(15, "家", "4A级物流企业"),
   t(30, "家", "跨境电商平台企业", "gte"),
   t(120*YI, "元", "跨境电商进出口额"),
   t(80, "%", "新能源车辆比例", "gte"),
   t(1200, "个", "公共充电桩"),
   t(1, "次", "安全隐患排查", optional=True),
   t(30, "小时", "进口整体通关时间", "lte"),
   t(1.2, "小时", "出口整体通关时间", "lte"),
   t(100, "%", "公开率"),
   t(1000, "人", "技能人才", "gte"),
   t(1, "次", "工作进展", optional=True),
   t(2*YI, "元", "临空物流发展专项资金", "gte"),
  ],
  responsibilities=[
   r("提升航空货运枢纽能级", ["市临空经济区管委会", "市交通运输局", "市商务局", "鄂州海关"]),
   r("构建多式联运体系", ["市交通运输局", "市发展改革委", "市港航事业发展中心"]),
   r("壮大临空制造产业", ["市招商和投资促进局", "市经济和信息化局", "葛店开发区管委会"]),
   r("培育现代物流服务主体", ["市商务局", "市发展改革委", "市市场监管局"], "2027-12"),
   r("推动物流绿色安全发展", ["市交通运输局", "市应急管理局", "市生态环境局", "国网鄂州供电公司"], "2025-12"),
   r("优化口岸营商环境", ["市商务局", "鄂州海关", "市临空经济区管委会"], "2025-12"),
  ],
  optionalResponsibilities=ob("加强组织领导", "强化要素保障", "强化人才支撑", "严格考核评估", "工作专班")),
 dict(seed="02_sichuan_economy_finance_joint_2025_smart_manufacturing_special_fund_measures_html_title_h2_disclosure_table.html",
  form="saved HTML page of a province department portal (top bar, header, nav, breadcrumb; a <table class=xxgk-table> 信息公开 block of two label/value pairs a row: 索 引 号 | 主题分类 / 发布机构 | 成文日期 2025-04-22 / 发文字号 | 发布日期 2025-04-29 / 有 效 性 | 统一编号; no h1: the title only in <title> (with a _规范性文件_site suffix) and an <h2 class=art-title>; 来源/发布时间 line; body in div#zoom; footer with ICP and 公网安备 numbers) of a joint notice of two province bodies (四川: 经济和信息化厅, 财政厅; 川经信规) issuing a 专项资金管理办法 in twenty 第X条 articles under six 第X章 headings, the two bodies signing on one line before the 办法; a province 川财规 rule cited by number; 实施期限为2025年至2029年, 每年…不少于5亿元; subsidy ratios and caps (按…10%给予补助，最高不超过800万元; 提高到15%，最高不超过1200万元; 一次性奖励50万元 / 200万元; 30%, 最高不超过50万元; 20%, 最高不超过500万元; 贴息50%, 不超过2年, 最高不超过300万元); conditions that are not targets (投资额在1000万元以上, 建设期不超过2年, 合同金额在20万元以上, 超过300家, 超过1万台（套）, 营业收入不低于2000万元, 近三年, 5年内); 公示5个工作日; 绩效 (执行率90%以上, 按期完工率95%以上); yearly 每年第一季度 / 每年1月31日前; 自2025年6月1日起施行，有效期至2029年12月31日, an earlier 办法 repealed by title and number",
  documentNumber="川经信规〔2025〕3号",
  title="四川省经济和信息化厅 四川省财政厅关于印发《四川省制造业智能化改造和数字化转型专项资金管理办法》的通知",
  issuers=["四川省经济和信息化厅", "四川省财政厅"], issueDate="2025-04-22",
  references=["川财规〔2024〕8号", "川经信规〔2021〕6号"],
  deadlineEnds=["2029-12-31"],
  targets=[
   t(5*YI, "元", "专项资金", "gte"),
   t(90, "%", "预算执行率", "gte"),
   t(95, "%", "按期完工率", "gte"),
   t(10, "%", "补助", optional=True),
   t(800*WAN, "元", "补助", "lte", optional=True),
   t(15, "%", "补助比例", optional=True),
   t(1200*WAN, "元", "补助", "lte", optional=True),
   t(50*WAN, "元", "一次性奖励", optional=True),
   t(200*WAN, "元", "一次性奖励", optional=True),
   t(30, "%", "补助", optional=True),
   t(50*WAN, "元", "补助", "lte", optional=True),
   t(20, "%", "补助", optional=True),
   t(500*WAN, "元", "补助", "lte", optional=True),
   t(50, "%", "贴息", optional=True),
   t(2, "年", "贴息期限", "lte", optional=True),
   t(300*WAN, "元", "贴息", "lte", optional=True),
   t(5, "个工作日", "公示", optional=True),
  ],
  responsibilities=[],
  optionalResponsibilities=ob("编制年度申报指南", "专项资金预算管理", "项目初审", "开展评审", "发布申报指南",
                              "负责解释", "报送上年度资金使用", "依法追究")),
 dict(seed="03_yuechi_county_supervision_office_2025_rural_sewage_campaign_progress_bulletin_reached_figures_next_steps.txt",
  form="text of a county portal page (breadcrumb, title line, 发布时间/来源/浏览次数 line, the number on its own line under it, 【打印本页】 footer, 主办单位 line): a county 人民政府督查室 督查通报 (岳池, 岳府督通) on a 农村生活污水治理“百日攻坚” campaign, the campaign plan cited by number; a past 督查 period 6月23日至27日; 总体进展 with reached figures that are not targets (截至6月30日…已完成…263个，完成年度目标任务的85.3%; 58座，完成率82.9%; 4172户，完成率89.7%; 由52.6%提升至61.4%; 21处/15处; 1.36亿元, 8200万元; 11次, 8期, 2.1万户, 3.6万份, 满意率为91.2%; 9个 / 6个乡镇完成率低于70%); 存在的主要问题 with counts (7个, 126户 / 9户, 32座 / 5座 / 2座, 11个, 到位率仅为64.5%); a 下一步 section of six items each closing （责任单位：X、Y，Z） with real targets and deadlines (7月20日前, 2025年9月30日前, 7月15日前, 到2025年底…65%以上 / 310个, 2025年8月15日前, 90%以上, 2025年10月底前, 2025年8月底前, 不少于1名, 不低于1.5万元, 8月31日前…100%); an office 回头看 in 8月中旬; signature and date; an 附件 table as tab-separated lines 乡镇 | 年度目标（个） | 已完成（个） | 完成率 after the signature",
  documentNumber="岳府督通〔2025〕4号",
  title="岳池县人民政府督查室关于全县农村生活污水治理“百日攻坚”行动推进情况的通报",
  issuers=["岳池县人民政府督查室"], issueDate="2025-07-07",
  references=["岳府办发〔2025〕8号"],
  deadlineEnds=["2025-07-20", "2025-09-30", "2025-07-15", "2025-12-31", "2025-08-15", "2025-10-31", "2025-08-31"],
  targets=[
   t(7, "个", "集中式处理设施项目", optional=True),
   t(65, "%", "农村生活污水治理率", "gte"),
   t(310, "个", "行政村"),
   t(90, "%", "正常运行率", "gte"),
   t(6, "处", "黑臭水体", optional=True),
   t(1, "名", "管护人员", "gte", optional=True),
   t(1.5*WAN, "元", "运维资金", "gte", optional=True),
   t(100, "%", "到位率"),
   tc(9, 1, "个", "坪滩镇", optional=True), tc(8, 1, "个", "石垭镇", optional=True),
   tc(10, 1, "个", "裕民镇", optional=True), tc(7, 1, "个", "镇裕镇", optional=True),
   tc(9, 1, "个", "伏龙镇", optional=True), tc(6, 1, "个", "中和镇", optional=True),
  ],
  responsibilities=[
   r("加快项目建设进度", ["县农业农村局", "各乡镇人民政府", "街道办事处"]),
   r("全面开展问题整改", ["广安市岳池生态环境局", "县农业农村局", "相关乡镇人民政府"], "2025-08"),
   r("完成黑臭水体整治", ["广安市岳池生态环境局", "县水务局"], "2025-10"),
   r("健全长效管护机制", ["县农业农村局", "县财政局"], "2025-08"),
   r("加快资金拨付", ["县财政局"], "2025-08"),
   r("强化宣传引导", ["县委宣传部", "县融媒体中心", "各乡镇人民政府"]),
  ],
  optionalResponsibilities=ob("回头看", "项目推进不平衡", "工程质量有待提高", "设施运行不稳定", "长效管护不到位",
                              "资金拨付较慢", "县财政局要加快")),
 dict(seed="04_gaolu_town_government_2025_rural_living_environment_plan_chinese_numeral_stages_leader_table_tabs.txt",
  form="text of a town government notice (title line, number line, the signature and the date in Chinese numerals 二〇二五年三月五日 before the plan): a 镇人民政府 关于印发 notice (涡阳县高炉镇, 高政) issuing a 2025年农村人居环境整治提升实施方案, a county 工作要点 and a city 五年行动实施方案 cited by number; 实施期限为二〇二五年三月至十二月; a 2025年 goal paragraph (88%以上, 保持在100%, 45%以上, 320户, 42条, 2个, 200户, 18个村（社区）, 前五名); seven tasks with deadlines in Chinese numerals (二〇二五年六月底前 / 十月底前 / 九月底前 / 四月底前, 年底前) and per-unit standards (每个村…不少于1名, 每50户不少于1个, 每月…不少于2次, 每300人不少于1名, 每季度评比一次); 工作步骤 in four stages with Chinese-numeral months (二〇二五年三月 / 四月至九月 / 十月至十一月 / 十二月) and a 二〇二五年三月二十日前 step; 保障措施 (不少于120万元); an 附件 任务分工表 as tab-separated lines 序号 | 工作任务 | 牵头领导 | 责任人 | 责任单位 | 完成时限 (the 牵头领导 cell a post and a name parted by a space, 责任人 a name; 完成时限 2025年6月底前 / 长期坚持 / 2025年10月底前 / 二〇二五年九月底前 / 2025年12月底前 / 2025年4月底前 / 二〇二五年四月底前)",
  documentNumber="高政〔2025〕9号",
  title="高炉镇人民政府关于印发《高炉镇2025年农村人居环境整治提升实施方案》的通知",
  issuers=["高炉镇人民政府"], issueDate="2025-03-05",
  references=["涡办〔2025〕6号", "亳办发〔2022〕15号"],
  deadlineEnds=["2025-12-31", "2025-06-30", "2025-10-31", "2025-09-30", "2025-04-30", "2025-03-31", "2025-03-20",
                "2025-11-30"],
  targets=[
   t(88, "%", "农村卫生厕所普及率", "gte"),
   t(100, "%", "农村生活垃圾无害化处理率"),
   t(45, "%", "农村生活污水治理率", "gte"),
   t(320, "户", "问题户厕"),
   t(42, "条", "沟塘"),
   t(2, "个", "美丽宜居自然村"),
   t(200, "户", "美丽庭院示范户"),
   t(18, "个", "村庄清洁行动", optional=True),
   t(5, "名", "考核位次", "lte", optional=True),
   t(1, "名", "清掏服务人员", "gte", optional=True),
   t(1, "个", "分类收集桶", "gte", optional=True),
   t(2, "个", "生活污水治理项目"),
   t(6, "个", "治理自然村"),
   t(2, "次", "村庄清洁集中行动", "gte", optional=True),
   t(1, "名", "保洁员", "gte", optional=True),
   t(1, "次", "评比", optional=True),
   t(150, "亩", "村庄绿化面积"),
   t(1.2*WAN, "株", "苗木"),
   t(120*WAN, "元", "专项经费", "gte"),
  ],
  responsibilities=[
   r("问题户厕整改", ["镇农业农村综合服务中心", "各村（社区）"], "2025-06"),
   r("农村生活垃圾治理", ["镇城乡建设管理办公室", "镇环卫所"]),
   r("生活污水治理项目建设", ["镇城乡建设管理办公室", "高炉村", "丁庄村"], "2025-10"),
   r("沟塘清淤整治", ["镇水利站", "各村（社区）"], "2025-09"),
   r("美丽庭院示范户创建", ["镇妇联", "各村（社区）"], "2025-12"),
   r("保洁员队伍管理", ["镇环卫所"], "2025-04"),
   r("村庄绿化美化", ["镇林业站", "各村（社区）"], "2025-04"),
   r("督查考核", ["镇纪委", "镇党政办公室"], "2025-12"),
  ],
  optionalResponsibilities=ob("扎实推进农村厕所革命", "加强农村生活垃圾治理", "梯次推进农村生活污水治理",
                              "开展沟塘清淤整治", "提升村容村貌", "健全长效管护机制", "推进村庄绿化美化",
                              "动员部署阶段", "集中整治阶段", "巩固提升阶段", "考核验收阶段", "加强组织领导",
                              "强化资金保障", "严格督查考核", "广泛宣传发动", "领导小组")),
]

def fold(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))

def raw_text(name):
    """The text with table cells parted by tabs and rows by line breaks (tags dropped)."""
    if name.endswith(".docx"):
        s = zipfile.ZipFile(os.path.join("docs", name)).read("word/document.xml").decode("utf-8")
        s = s.replace("</w:tc>", "\t").replace("</w:tr>", "\n").replace("</w:p>", "\n")
    else:
        s = open(os.path.join("docs", name), encoding="utf-8").read()
        if name.endswith(".html"):
            s = re.sub(r"(?s)<script.*?</script>", "", s)
    return html.unescape(re.sub(r"<[^>]+>", "", s))

def doc_text(name):
    return fold(raw_text(name))

def cell_ok(name, key, value):
    """A bare cell: some table row holding the key has a cell printed as the value (≥ before it allowed)."""
    for line in raw_text(name).replace("\n\t", "\t").splitlines():
        cells = [unicodedata.normalize("NFKC", c).strip() for c in line.split("\t")]
        if len(cells) > 2 and any(fold(key) in fold(c) for c in cells):
            if any(re.fullmatch(r"[≥≤]?" + re.escape(printed(value)), c) for c in cells):
                return True
    return False

def printed(v):
    return ("%f" % v).rstrip("0").rstrip(".")

CNUM = {1: "一", 2: "二", 5: "五"}

def forms(value, unit):
    """The printed forms a value may take: as is, or folded to 万/亿 before the unit; 一次 / 前五名 in Chinese numerals."""
    out = [printed(value) + unit]
    for f, name in ((YI, "亿"), (WAN, "万")):
        if value >= f / 10:  # 0.5万元
            out.append(printed(value / f) + name + unit)
    if value in CNUM:
        out.append(CNUM[value] + unit)
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
    y, m, d = (int(p) for p in g["issueDate"].split("-"))
    if "%d年%d月%d日" % (y, m, d) not in text and cn_date(y, m, d) not in text:
        problems += 1
        print("date missing", g["seed"][:2], g["issueDate"])
    for x in g["targets"]:
        if "cell" in x:
            c = x.pop("cell")
            ok = cell_ok(g["seed"], x["key"], c)
        else:
            ok = any(fold(f) in text for f in forms(x["value"], x["unit"]))
        if not ok:
            problems += 1
            print("value missing", g["seed"][:2], x)
    out = os.path.join("gold", g["seed"].rsplit(".", 1)[0] + ".json")
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(g, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
print("problems:", problems)
