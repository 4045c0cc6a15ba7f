"""Writes gold/*.json for probe46 and checks that every printed item occurs in its document.

Values are checked with their unit (亿/万 folded back). HTML pages are checked as their text (tags dropped, entities
unescaped), .docx files as the text of word/document.xml. Run from this folder: python3 make_gold.py
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

def o(*tasks):
    return [{"task": x} for x in tasks]

YI, WAN = 100000000, 10000

GOLD = [
 dict(seed="01_yinchuan_city_government_2023_carbon_peak_implementation_plan_pdf_text_hard_wraps.txt",
  form="text copied from a PDF (hard wraps every 34 characters, breaking units, numbers' units and bracket labels across lines; page-number lines — N — between blank lines): a city 人民政府 关于印发 notice (银川, 银政发) issuing a 碳达峰实施方案, a region 党委 document cited by number; 主要目标 for 2025 (非化石能源消费比重18%左右, 单位地区生产总值能耗下降13.5%, 二氧化碳排放下降16%) and 2030 (25%左右, 下降65%以上); seven actions each closing （牵头单位：X；配合单位：Y、Z） with 万千瓦 / 万吨标准煤 / 万平方米 / 个 / 家 / % figures; 保障措施 with 2023年8月31日前, 2023年12月底前 and a yearly 每年12月10日前",
  documentNumber="银政发〔2023〕21号",
  title="银川市人民政府关于印发《银川市碳达峰实施方案》的通知",
  issuers=["银川市人民政府"], issueDate="2023-06-12",
  references=["宁党发〔2022〕31号"],
  deadlineEnds=["2025-12-31", "2030-12-31", "2023-08-31", "2023-12-31"],
  targets=[
   t(18, "%", "非化石能源消费比重", "approx"),
   t(13.5, "%", "单位地区生产总值能耗"),
   t(16, "%", "单位地区生产总值二氧化碳排放"),
   t(25, "%", "非化石能源消费比重", "approx"),
   t(65, "%", "单位地区生产总值二氧化碳排放", "gte"),
   t(600*WAN, "千瓦", "新能源装机容量", "gte"),
   t(1000*WAN, "千瓦", "新能源装机容量", "gte"),
   t(100, "个", "节能改造项目", "gte"),
   t(50*WAN, "吨标准煤", "节能量"),
   t(15, "%", "规模以上工业单位增加值能耗", "gte"),
   t(30, "%", "产能比例", "gt"),
   t(20, "家", "绿色工厂"),
   t(30, "%", "星级绿色建筑占比", "gte"),
   t(200*WAN, "平方米", "既有居住建筑节能改造"),
   t(50, "%", "屋顶光伏覆盖率"),
   t(100, "%", "新能源和清洁能源车辆占比"),
   t(80, "%", "新增出租车新能源车辆比例", "gte"),
   t(40, "%", "交通工具比例", "approx"),
   t(5000, "个", "充电桩", "gte"),
   t(16.5, "%", "森林覆盖率"),
   t(56, "%", "湿地保护率", "gte"),
   t(17, "%", "森林覆盖率"),
   t(70, "%", "节约型机关", "gte"),
   t(70, "%", "绿色出行比例", "gte"),
  ],
  responsibilities=[
   r("能源绿色低碳转型行动", ["市发展改革委", "市工业和信息化局", "国网银川供电公司"]),
   r("节能降碳增效行动", ["市发展改革委", "市工业和信息化局", "市住房和城乡建设局"]),
   r("工业领域碳达峰行动", ["市工业和信息化局", "市发展改革委", "市生态环境局"]),
   r("城乡建设碳达峰行动", ["市住房和城乡建设局", "市自然资源局", "市机关事务管理局"]),
   r("交通运输绿色低碳行动", ["市交通运输局", "市发展改革委", "市公安局交通管理支队"]),
   r("碳汇能力巩固提升行动", ["市自然资源局", "市林业和草原局", "市生态环境局"]),
   r("绿色低碳全民行动", ["市发展改革委", "市委宣传部", "市机关事务管理局", "市教育局"]),
  ],
  optionalResponsibilities=o("加强组织领导", "健全统计核算", "强化考核评估")),
 dict(seed="02_yangshuo_county_office_2025_household_waste_sorting_plan_docx_task_table.docx",
  form="Word file (red 文件头, number centred under it, red rule, signature right-aligned, 抄送 / 印发 lines): a county 人民政府办公室 关于印发 notice (阳朔, 阳政办发) issuing a 生活垃圾分类工作实施方案, a city office plan cited by number; 工作目标 到2025年底 (覆盖率90%以上, 回收利用率35%以上, 无害化处理率保持100%, 公共机构覆盖率100%, 示范小区15个 / 示范村20个); five tasks (400个以上, 2025年6月30日前 8辆, 2025年10月底前 50吨, 行政村覆盖率100%, 每季度…不少于1次, 教育覆盖率100%); 保障措施 dates (2025年4月15日前, 每月5日前, 2025年12月10日前); an 附件 任务分工表 as a real w:tbl 序号 | 工作任务 | 责任单位 | 完成时限 (one cell of two paragraphs, units parted by 、, 完成时限 2025年9月底前 / 2025年6月30日前 / … / 长期)",
  documentNumber="阳政办发〔2025〕9号",
  title="阳朔县人民政府办公室关于印发阳朔县生活垃圾分类工作实施方案的通知",
  issuers=["阳朔县人民政府办公室"], issueDate="2025-03-20",
  references=["市政办〔2024〕17号"],
  deadlineEnds=["2025-12-31", "2025-06-30", "2025-10-31", "2025-04-15", "2025-12-10", "2025-09-30", "2025-08-31",
                "2025-07-31"],
  targets=[
   t(90, "%", "生活垃圾分类覆盖率", "gte"),
   t(35, "%", "生活垃圾回收利用率", "gte"),
   t(100, "%", "生活垃圾无害化处理率"),
   t(100, "%", "公共机构生活垃圾分类覆盖率"),
   t(15, "个", "示范小区"),
   t(20, "个", "示范村"),
   t(400, "个", "分类收集点", "gte"),
   t(8, "辆", "厨余垃圾专用运输车辆"),
   t(50, "吨", "日处理能力"),
   t(100, "%", "行政村覆盖率"),
   t(1, "次", "集中宣传活动", "gte", optional=True),
   t(100, "%", "垃圾分类教育覆盖率"),
  ],
  responsibilities=[
   r("设置分类收集点400个以上", ["县住房和城乡建设局", "阳朔镇人民政府"], "2025-09"),
   r("配置分类运输车辆", ["县住房和城乡建设局"], "2025-06"),
   r("建成厨余垃圾处理设施", ["县住房和城乡建设局", "县发展和改革局"], "2025-10"),
   r("推进公共机构垃圾分类", ["县机关事务管理中心"], "2025-08"),
   r("推进学校垃圾分类", ["县教育局"], "2025-09"),
   r("推进农村生活垃圾分类", ["县农业农村局", "各乡镇人民政府"], "2025-12"),
   r("推进旅游景区垃圾分类", ["县文化广电体育和旅游局"], "2025-07"),
   r("开展宣传教育", ["县委宣传部", "县融媒体中心"]),
  ],
  optionalResponsibilities=o("完善分类投放设施", "健全分类收运体系", "提升末端处理能力", "推进农村垃圾分类",
                             "加强宣传教育", "保障措施")),
 dict(seed="03_wuhai_city_office_2023_national_fitness_plan_portal_html_metadata_table.html",
  form="saved HTML page of a city government portal (<meta> SiteName / ColumnName / PubDate 2023-05-06, breadcrumb, a 信息公开 <table> of th/td pairs 索引号 | 发布机构 | 主题分类 | 成文日期 | 文号 | 发布日期 | 名称, number centred in the body, &nbsp; indents): a city 人民政府办公室 关于印发 notice (乌海, 乌海政办发) issuing a 全民健身实施计划（2023—2025年）, a region government plan cited by number; 到2025年 targets (人均体育场地面积2.6平方米, 经常参加体育锻炼人数比例40%以上, 每千人拥有社会体育指导员2.5名, 全覆盖, 100%, 92%以上); five tasks each closing （责任单位：X、Y，Z） with figures (3个, 20个, 50公里, 2024年底前, 不少于30项, 100%, 60%以上, 不少于1小时, 80%以上, 5条, 20亿元); 2023年6月30日前 and 2025年10月底前 duties",
  documentNumber="乌海政办发〔2023〕16号",
  title="乌海市人民政府办公室关于印发乌海市全民健身实施计划（2023—2025年）的通知",
  issuers=["乌海市人民政府办公室"], issueDate="2023-04-28",
  references=["内政发〔2022〕5号"],
  deadlineEnds=["2025-12-31", "2024-12-31", "2023-06-30", "2025-10-31"],
  targets=[
   t(2.6, "平方米", "人均体育场地面积"),
   t(40, "%", "经常参加体育锻炼人数比例", "gte"),
   t(2.5, "名", "社会体育指导员"),
   t(100, "%", "行政村体育设施覆盖率"),
   t(92, "%", "达标测验合格率", "gte"),
   t(3, "个", "体育公园"),
   t(20, "个", "社区多功能运动场"),
   t(50, "公里", "健身步道"),
   t(30, "项", "全民健身赛事活动", "gte"),
   t(100, "%", "开放率"),
   t(60, "%", "向社会开放比例", "gte"),
   t(1, "小时", "体育活动时间", "gte", optional=True),
   t(80, "%", "老年人体育健身组织覆盖率", "gte"),
   t(5, "条", "体育旅游精品线路"),
   t(20*YI, "元", "体育产业总规模"),
  ],
  responsibilities=[
   r("增加全民健身场地设施", ["市体育局", "市住房和城乡建设局", "市自然资源局", "各区人民政府"], "2024-12"),
   r("广泛开展全民健身活动", ["市体育局", "市文化旅游广电局"]),
   r("推进体育场馆开放", ["市体育局", "市教育局"]),
   r("促进重点人群健身", ["市教育局", "市卫生健康委", "市老年体协"]),
   r("推动体旅融合发展", ["市文化旅游广电局", "市体育局", "市发展改革委"]),
  ],
  optionalResponsibilities=o("保障措施", "实施方案", "实施情况评估")),
 dict(seed="04_ledu_district_office_2025_forest_chief_system_work_points_lead_assist_brackets.txt",
  form="text of a district portal page (breadcrumb, title, 发布时间/来源 line with a font bar, number after it, print/close footer): a district 人民政府办公室 关于印发 notice (海东市乐都区, 乐政办) issuing 林长制工作要点, a city 林长办 document cited by number; 主要目标 (营造林3.5万亩, 森林覆盖率36.2%, 受害率0.9‰以内, 成灾率3‰以下, 履职率100%); six tasks each closing （牵头单位：X；配合单位：Y、Z） with frequencies (每年不少于2次, 每季度不少于1次), areas (1.2万亩, 2万亩, 5000亩), a year-less 4月30日前, 2025年6月底前 40公里, 90%以上, 2025年9月30日前 100%, 2025年10月底前 全覆盖 95%以上; 每季度末月25日前 reports and a 2025年12月15日前 summary",
  documentNumber="乐政办〔2025〕11号",
  title="海东市乐都区人民政府办公室关于印发《乐都区2025年林长制工作要点》的通知",
  issuers=["海东市乐都区人民政府办公室"], issueDate="2025-03-12",
  references=["东林长办〔2025〕2号"],
  deadlineEnds=["2025-04-30", "2025-06-30", "2025-09-30", "2025-10-31", "2025-12-15"],
  targets=[
   t(3.5*WAN, "亩", "营造林"),
   t(36.2, "%", "森林覆盖率"),
   t(0.9, "‰", "森林火灾受害率", "lte"),
   t(3, "‰", "林业有害生物成灾率", "lte"),
   t(100, "%", "林长巡林履职率"),
   t(2, "次", "区级林长", "gte", optional=True),
   t(1, "次", "乡级林长", "gte", optional=True),
   t(1.2*WAN, "亩", "人工造林"),
   t(2*WAN, "亩", "封山育林"),
   t(40, "公里", "防火通道"),
   t(5000, "亩", "有害生物防治面积"),
   t(90, "%", "无公害防治率", "gte"),
   t(100, "%", "整改率"),
   t(95, "%", "护林员上线率", "gte"),
  ],
  responsibilities=[
   r("压实林长责任", ["区林长办", "各乡镇人民政府"]),
   r("推进国土绿化", ["区林业和草原局", "区自然资源局", "区财政局"], "2025-04"),
   r("加强森林防火", ["区应急管理局", "区林业和草原局", "区消防救援大队"], "2025-06"),
   r("防治林业有害生物", ["区林业和草原局", "区农业农村和科技局"]),
   r("打击涉林违法行为", ["区公安分局", "区林业和草原局", "区人民检察院"], "2025-09"),
   r("建设智慧林长平台", ["区林长办", "区政务服务和数据管理局"], "2025-10"),
  ],
  optionalResponsibilities=o("工作要求", "年度工作总结")),
]


def fold(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))

def doc_text(name):
    if name.endswith(".docx"):
        s = zipfile.ZipFile(os.path.join("docs", name)).read("word/document.xml").decode("utf-8")
        return fold(html.unescape(re.sub(r"<[^>]+>", "", s)))
    s = open(os.path.join("docs", name), encoding="utf-8").read()
    s = re.sub(r"(?m)^— \d+ —$", "", s)  # page-number lines of a PDF copy
    if name.endswith(".html"):
        s = html.unescape(re.sub(r"<[^>]+>", "", s))
    return fold(s)

def printed(v):
    return ("%f" % v).rstrip("0").rstrip(".")

def forms(value, unit):
    """The printed forms a value may take: as is, or folded to 万/亿 before the unit."""
    out = [printed(value) + unit]
    for f, name in ((YI, "亿"), (WAN, "万")):
        if value >= f / 10:  # 0.5万元
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
        fs = forms(x["value"], x["unit"])
        if not any(fold(f) in text for f in fs):
            problems += 1
            print("value missing", g["seed"][:2], x)
    out = os.path.join("gold", g["seed"].rsplit(".", 1)[0] + ".json")
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(g, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
print("problems:", problems)
