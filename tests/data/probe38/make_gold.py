"""Writes gold/*.json for probe38 and checks that every printed item occurs in its document.

Values are checked with their unit (亿/万 folded back to the printed form); a table cell under a 总投资（万元） header is
checked as the bare number of 万. Run from this folder: python3 make_gold.py
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
 dict(seed="01_liaoyang_city_office_2025_urban_renewal_old_community_annual_plan_tab_project_table.txt",
  form="text of a city portal page (letter-spaced 索 引 号 block with 发文字号 / 发布日期): a city 人民政府办公室 关于印发 notice issuing a 2025年 城市更新暨老旧小区改造年度计划, a province office opinion cited by number, a 2025年 goal paragraph (12个, 9.6亿元, 86个, 2.1万户, 158万平方米, 260公里以上, 1500个, 20个, 1.2万平方米, 6月底前…100%, 年底前…95%以上), four tasks without units, a tab-laid project table 序号 | 项目名称 | 建设内容 | 总投资（万元） | 责任单位 | 完成时限 whose investment cells are bare numbers of 万元, unit cells parted by 、 and 2025年N月底前 cells, a matching fund 1.5亿元, a 3个月内 acceptance, a monthly 每月5日前 report and a 12月10日前 summary",
  documentNumber="辽市政办发〔2025〕9号",
  title="辽阳市人民政府办公室关于印发辽阳市2025年城市更新暨老旧小区改造年度计划的通知",
  issuers=["辽阳市人民政府办公室"], issueDate="2025-03-18", references=["辽政办发〔2023〕11号"],
  deadlineEnds=["2025-12-31", "2025-06-30", "2025-10-31", "2025-11-30", "2025-09-30", "2025-08-31", "2025-12-10"],
  targets=[
   t(12, "个", "城市更新项目"),
   t(9.6*YI, "元", "总投资"),
   t(86, "个", "老旧小区"),
   t(2.1*WAN, "户", "居民"),
   t(158*WAN, "平方米", "建筑面积"),
   t(260, "公里", "老旧管网", "gte"),
   t(1500, "个", "停车泊位"),
   t(20, "个", "口袋公园"),
   t(1.2*WAN, "平方米", "危险房屋"),
   t(100, "%", "开工率"),
   t(95, "%", "完工率", "gte"),
   t(65, "公里", "燃气管道"),
   t(80, "公里", "供热管网"),
   t(4, "个", "社区", optional=True),
   t(1.5*YI, "元", "配套资金"),
   t(28600*WAN, "元", "白塔区老旧小区综合改造工程", optional=True),
   t(21400*WAN, "元", "文圣区老旧小区综合改造工程", optional=True),
   t(13800*WAN, "元", "宏伟区老旧小区改造工程", optional=True),
   t(9800*WAN, "元", "燃气管网更新改造工程", optional=True),
   t(12600*WAN, "元", "供热管网更新改造工程", optional=True),
   t(5200*WAN, "元", "襄平古城片区风貌整治工程", optional=True),
   t(2400*WAN, "元", "城市口袋公园建设工程", optional=True),
   t(2200*WAN, "元", "完整社区建设试点", optional=True),
   t(31, "个", "改造小区", optional=True), t(7650, "户", "居民", optional=True),
   t(24, "个", "改造小区", optional=True), t(5980, "户", "居民", optional=True), t(12, "部", "电梯", optional=True),
   t(18, "个", "改造小区", optional=True), t(4210, "户", "居民", optional=True),
   t(3.2*WAN, "平方米", "建筑立面", optional=True), t(8, "条", "街巷", optional=True),
   t(3, "个月", "联合验收", optional=True),
  ],
  responsibilities=[
   r("白塔区老旧小区综合改造工程", ["白塔区人民政府"], "2025-10"),
   r("文圣区老旧小区综合改造工程", ["文圣区人民政府"], "2025-10"),
   r("宏伟区老旧小区改造工程", ["宏伟区人民政府"], "2025-11"),
   r("中心城区燃气管网更新改造工程", ["市住房和城乡建设局", "辽阳燃气集团"], "2025-11"),
   r("中心城区供热管网更新改造工程", ["市住房和城乡建设局", "市热力集团"], "2025-09"),
   r("襄平古城片区风貌整治工程", ["市自然资源局", "白塔区人民政府"], "2025-12"),
   r("城市口袋公园建设工程", ["市城市管理综合行政执法局"], "2025-08"),
   r("完整社区建设试点", ["市住房和城乡建设局", "市民政局"], "2025-12"),
  ],
  optionalResponsibilities=[{"task": "老旧小区综合改造"}, {"task": "老旧管网更新改造"}, {"task": "完整社区建设"},
                            {"task": "历史文化街区保护利用"}, {"task": "加强组织领导"}, {"task": "强化资金保障"},
                            {"task": "严格质量监管"}, {"task": "注重群众参与"}, {"task": "加强宣传引导"}, {"task": "健全长效机制"},
                            {"task": "项目进展情况"},
                            {"task": "年度工作总结"}]),
 dict(seed="02_jincheng_hrss_finance_joint_2025_employment_promotion_notice_per_person_subsidies.txt",
  form="text of a city portal page (breadcrumb, 发布时间/来源 line, number on its own line): a joint notice of a city 人力资源和社会保障局 and 财政局 (both names in the title parted by a space, signed on one line) on 2025年 就业促进 work: a province opinion and a city plan cited by number, a 2025年 target paragraph (2.4万人以上, 6500人, 1800人, 控制在5.5%以内, 保持在90%以上, 1.2万人, 3万人次以上 with a 其中 part 1.5万人), subsidy standards per person (每人1500元, 每人8000元, 每人2000元, 初级工/中级工/高级工 每人1000/1500/2000元), shares (70%, 80%, 50%以上, 2/3), caps (最长不超过3年, 最高额度30万元 / 400万元), four tasks each closing with （责任单位：X、Y）, 6月底前 and 9月底前 steps in one task, 11月底前, a 全年 figure, a yearly fund 8000万元, a 每季度末 report, a 2025年12月15日前 summary and 有效期至2025年12月31日",
  documentNumber="晋市人社发〔2025〕7号",
  title="晋城市人力资源和社会保障局 晋城市财政局关于做好2025年就业促进工作的通知",
  issuers=["晋城市人力资源和社会保障局", "晋城市财政局"], issueDate="2025-02-25",
  references=["晋政发〔2024〕16号", "晋市政发〔2022〕5号"],
  deadlineEnds=["2025-12-31", "2025-06-30", "2025-09-30", "2025-11-30", "2025-12-15"],
  targets=[
   t(2.4*WAN, "人", "城镇新增就业", "gte"),
   t(6500, "人", "再就业"),
   t(1800, "人", "就业困难人员"),
   t(5.5, "%", "城镇调查失业率", "lte"),
   t(90, "%", "就业率", "gte"),
   t(1.2*WAN, "人", "转移就业"),
   t(3*WAN, "人次", "职业技能培训", "gte"),
   t(1.5*WAN, "人", "职业技能等级证书"),
   t(1500, "元", "一次性吸纳就业补贴"),
   t(8000, "元", "一次性创业补贴"),
   t(2000, "元", "求职创业补贴"),
   t(1000, "元", "初级工", optional=True),
   t(1500, "元", "中级工", optional=True),
   t(2000, "元", "高级工", optional=True),
   t(70, "%", "最低工资标准", optional=True),
   t(80, "%", "最低工资标准", optional=True),
   t(50, "%", "留用率", "gte", optional=True),
   t(3, "年", "补贴期限", "lte", optional=True),
   t(30*WAN, "元", "个人创业担保贷款", "lte", optional=True),
   t(400*WAN, "元", "小微企业", "lte", optional=True),
   t(150, "场", "招聘会", "gte"),
   t(5*WAN, "个", "岗位", "gte"),
   t(1, "个", "零工市场", "gte", optional=True),
   t(8000*WAN, "元", "就业补助资金"),
  ],
  responsibilities=[
   r("实施高校毕业生就业攻坚行动", ["市人力资源和社会保障局", "市教育局", "团市委"]),
   r("开展“就在晋城”系列招聘活动", ["市公共就业服务中心", "各县（市、区）人力资源和社会保障局"]),
   r("推进零工市场建设", ["各县（市、区）人民政府", "市人力资源和社会保障局"], "2025-11"),
   r("加强就业资金监管", ["市财政局", "市人力资源和社会保障局"]),
  ],
  optionalResponsibilities=[{"task": "一次性吸纳就业补贴"}, {"task": "社会保险补贴"}, {"task": "一次性创业补贴"},
                            {"task": "就业见习补贴"}, {"task": "求职创业补贴"}, {"task": "职业技能培训补贴"},
                            {"task": "创业担保贷款"}, {"task": "就业工作进展"}, {"task": "全年工作总结"}]),
 dict(seed="03_changji_prefecture_river_chief_office_2025_work_points_unit_after_item_quarter_deadlines.txt",
  form="text of a prefecture portal page (breadcrumb, 发布日期/信息来源 line, number on its own line): a prefecture 总河长办公室 关于印发 notice issuing a 2025年河湖长制工作要点, a region office notice cited by title and number (a regulation cited by title only), a 2025年 goal paragraph (稳定在92%以上, 保持100%, 18条（个）, 6个, 提高到0.62以上), fourteen numbered items under six （一） headings each closing with （责任单位：X、Y）, quarter deadlines without a year (一季度末, 6月底前, 三季度, 年底前), an item with two dated steps, cadences (全年不少于4次, 每季度, 每月, 每半年), 年内 figures (1500万立方米, 2.3万亩, 500名以上), a 每季度末月25日前 report and a 2025年12月20日前 summary",
  documentNumber="昌州河长办发〔2025〕3号",
  title="昌吉回族自治州总河长办公室关于印发《昌吉州2025年河湖长制工作要点》的通知",
  issuers=["昌吉回族自治州总河长办公室"], issueDate="2025-03-05", references=["新河长办发〔2025〕1号"],
  deadlineEnds=["2025-12-31", "2025-03-31", "2025-06-30", "2025-09-30", "2025-12-20"],
  targets=[
   t(92, "%", "水质优良", "gte"),
   t(100, "%", "水质达标率"),
   t(18, "条", "河湖健康评价", optional=True),
   t(6, "个", "幸福河湖示范段"),
   t(0.62, "", "有效利用系数", "gte", optional=True),
   t(4, "次", "州级河湖长全年巡河", "gte"),
   t(1500*WAN, "立方米", "地下水开采量"),
   t(75, "%", "集中收集率", "gte"),
   t(85, "%", "综合利用率", "gte"),
   t(100, "%", "销号率"),
   t(2.3*WAN, "亩", "营造林"),
   t(500, "名", "志愿者", "gte"),
   t(1, "次", "巡河", "gte", optional=True),
  ],
  responsibilities=[
   r("调整公布各级河湖长名单", ["州总河长办公室", "各县市人民政府"], "2025-03"),
   r("巡河", ["各级河湖长办公室"]),
   r("修订完善河湖长制考核办法", ["州总河长办公室", "州委组织部"], "2025-12"),
   r("用水总量和强度双控", ["州水利局"], "2025-06"),
   r("推进地下水超采治理", ["州水利局", "州自然资源局", "各县市人民政府"], "2025-09"),
   r("开展入河排污口排查整治", ["州生态环境局", "各县市人民政府"], "2025-06"),
   r("提升城镇污水处理能力", ["州住房和城乡建设局", "各县市人民政府"], "2025-12"),
   r("加强农业面源污染治理", ["州农业农村局"]),
   r("清四乱", ["州水利局", "州公安局", "州自然资源局"]),
   r("河道管理范围划界复核", ["州水利局", "相关县市人民政府"], "2025-09"),
   r("实施退化林修复", ["州林业和草原局", "各县市人民政府"]),
   r("建成幸福河湖示范段", ["州水利局", "州文化体育广电和旅游局"], "2025-12"),
   r("完善河湖长制信息化平台", ["州水利局", "州大数据中心"], "2025-06"),
   r("广泛招募民间河湖长", ["团州委", "州总河长办公室"]),
  ],
  optionalResponsibilities=[{"task": "落实情况"}, {"task": "细化任务清单"}, {"task": "督导检查"},
                            {"task": "年度工作总结"}]),
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
        bare = x["unit"] == "元" and "总投资(万元)" in text and printed(x["value"] / WAN) in text
        if not any(fold(f) in text for f in fs) and not bare:
            problems += 1
            print("value missing", g["seed"][:2], x)
    out = os.path.join("gold", g["seed"].rsplit(".", 1)[0] + ".json")
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(g, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
print("problems:", problems)
