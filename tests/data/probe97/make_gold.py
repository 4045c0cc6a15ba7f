"""Writes gold/*.json for probe97 and checks that every printed item occurs in its document (goldkit.write_gold: values
with their unit, 亿/万 folded back, ranges as printed, bare table cells as printed). The HTML page is checked as its text
(scripts and styles dropped, tags dropped, entities unescaped), the .docx as the text of word/document.xml (so the
headings numbered by Word are checked without 一、 / （一）); full-width forms and white space are folded.
Run from this folder: python3 make_gold.py (after python3 make_docx.py)
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from goldkit import YI, WAN, ob, r, rng, t, write_gold  # noqa: E402

O = dict(optional=True)
WJY, WFG, WCZ, WZR = "县教育局", "县发展改革局", "县财政局", "县自然资源局"
WZ, WJD = "各镇人民政府", "街道办事处"
YJT = "县教育体育局"
XJY, XFG, XCZ, XRS, XZR = "县教育局", "县发展和改革局", "县财政局", "县人力资源和社会保障局", "县自然资源局"
XXZ = "各乡镇人民政府"

# 03's 目标任务分解表: 乡镇 | 新建改扩建幼儿园（所） | 新增学前教育学位（个） | 新增义务教育学位（个）; “—” cells are nothing.
TOWNS03 = [("象州镇", 3, 720, 2400), ("石龙镇", 2, 360, 900), ("运江镇", 2, 360, 600), ("寺村镇", 1, 180, 300),
           ("中平镇", 1, 180, None), ("罗秀镇", 1, 180, 600), ("大乐镇", 1, 90, None), ("百丈乡", 1, 90, None)]
TABLE03 = []
for name, k, p, c in TOWNS03:
    TABLE03 += [t(k, "所", name, cell=str(k), **O), t(p, "个", name, cell=str(p), **O)]
    if c:
        TABLE03.append(t(c, "个", name, cell=str(c), **O))
TABLE03 += [t(12, "所", "合计", cell="12", **O), t(2160, "个", "合计", cell="2160", **O), t(4800, "个", "合计", cell="4800", **O)]

GOLD = [
 dict(seed="01_wengan_county_office_2022_preschool_universal_inclusive_plan_notice_portal_text_index_block_dash_goals.txt",
  form="text copied from a county portal page (瓮安 in 黔南州, 贵州; 瓮府办发): site line, an accessibility bar, the menu, 当前位置, a tab-laid 索引号 block two pairs a line (索引号 / 信息分类, 发布机构 / 生成日期 2022-05-23, 文号 / 是否有效) and a 名称 line, the title, a 发布时间 / 来源 / 浏览量 / 字号 line; a county 人民政府办公室 关于印发 notice for a 学前教育普及普惠发展实施方案（2022—2025年） signed 2022年5月20日, citing a ministry, a province and a 州 document by number; a 到2025年 goal paragraph (力争2025年底前) followed by six goal lines led by —— (毛入园率92%以上, 覆盖率90%以上, 占比50%以上, 2022—2025年 12所 / 3000个 with 其中 2700个, 至少办好1所 per 镇, a 2000人以上的行政村 condition, 85%以上, 100%); nine typed 1.…9. items under four （一） sections, each closing （责任单位：…） (one ending 各镇人民政府、街道办事处 after a ，), with 约1.6亿元, 10所, 2022年 不少于4个, 2023年6月底前, 2022年12月底前, 到2025年 20所以上, 每生每年400元, 5%以上, 不低于每生每年600元, 每3年, 不少于180名, 每年…不少于400人次, 每5年…360学时, 3—5个, 60%以上, 2所 / 6所以上, a 《3—6岁…指南》 title; 保障措施 without units (每季度1次, 每年1次, a yearly 5月20日至6月20日 month); an 附件下载 line, a 政策解读 link, 打印 / 关闭 and a footer with 网站标识码, ICP and 公网安备 numbers",
  documentNumber="瓮府办发〔2022〕18号",
  title="瓮安县人民政府办公室关于印发瓮安县学前教育普及普惠发展实施方案（2022—2025年）的通知",
  issuers=["瓮安县人民政府办公室"], issueDate="2022-05-20",
  references=["教基〔2021〕8号", "黔教发〔2022〕15号", "黔南府办发〔2022〕11号"],
  deadlineEnds=["2025-12-31", "2022-12-31", "2023-06-30"],
  targets=[
   t(92, "%", "毛入园率", "gte"),
   t(90, "%", "普惠性幼儿园覆盖率", "gte"),
   t(50, "%", "公办园在园幼儿占比", "gte"),
   t(12, "所", "改扩建幼儿园"),
   t(3000, "个", "新增学位"),
   t(2700, "个", "公办学位"),
   t(1, "所", "公办中心幼儿园", "gte", **O),
   t(85, "%", "专科以上学历比例", "gte"),
   t(100, "%", "持证上岗率"),
   t(1.6*YI, "元", "建设资金", "approx"),
   t(10, "所", "中心幼儿园"),
   t(4, "个", "新开工项目", "gte"),
   t(20, "所", "普惠性民办幼儿园", "gte"),
   t(400, "元", "奖补", **O),
   t(5, "%", "学前教育经费", "gte"),
   t(600, "元", "生均公用经费", "gte", **O),
   t(3, "年", "调整", **O),
   t(180, "名", "公办园教师", "gte"),
   t(400, "人次", "培训", "gte"),
   t(5, "年", "周期", **O),
   t(360, "学时", "全员培训", "gte", **O),
   rng(3, 5, "个", "学前教育集团"),
   t(60, "%", "集团化办园覆盖率", "gte"),
   t(2, "所", "省级示范性幼儿园"),
   t(6, "所", "州级示范性幼儿园", "gte"),
   t(1, "次", "调度会", **O),
   t(1, "次", "专项督导", **O),
  ],
  responsibilities=[
   r("实施公办幼儿园建设工程", [WJY, WFG, WCZ, WZR, WZ, WJD]),
   r("规范小区配套幼儿园建设使用", ["县住房城乡建设局", WZR, WJY], "2022-12"),
   r("扶持普惠性民办幼儿园发展", [WJY, WCZ, "县市场监管局"], "2025"),
   r("落实财政投入政策", [WCZ, WJY]),
   r("合理确定保教费标准", [WFG, WJY, WCZ]),
   r("配足配齐教职工", ["县委编办", "县人力资源社会保障局", WJY, WCZ], "2025"),
   r("提升教师专业素质", [WJY]),
   r("推进集团化办园", [WJY, WZ, WJD], "2025"),
   r("防止和纠正“小学化”倾向", [WJY], "2025"),
  ],
  optionalResponsibilities=ob("加强组织领导", "强化督导评估", "营造良好氛围", "领导小组", "教育督导室")),
 dict(seed="02_xiangyun_county_government_2023_compulsory_education_quality_balance_group_schooling_opinions_html_old_portal_nested_tables_attachment_links.html",
  form="saved HTML page of an old county portal laid out in nested tables (祥云 in 大理州, 云南; 祥政发), written as UTF-8 with a UTF-8 http-equiv meta: a keywords meta, a jQuery script and an inline zoom script, a style block, a banner and a menu of <td> cells with <font> links, a 您现在的位置 breadcrumb, an 信息 table of label / value <td> cells (索 引 号 / 主题分类, 发布机构 / 发文日期 2023年08月16日, 文 号 / 公开日期 2023年08月21日), the title in a <font> cell, a 来源 / 点击数 (a counter script) / 字体 row, the number again in its own centred row; the body in <td id=\"zoom\"> as <p><font> paragraphs with bold 楷体 run-in headings (（一）优化学校布局。…): a county 人民政府 实施意见 on 县域义务教育优质均衡发展 citing a ministry, a province and a 州 document by number; a 到2025年 / 到2027年 goal (coefficients 分别控制在0.50、0.45以内, 生均教学仪器设备值 分别达到2000元、2500元以上, 98%以上); six tasks closing （X牵头，Y、Z…配合） (one ending 各乡镇人民政府配合 after a ，), （X负责） or （X、Y负责） (2023年12月底前, 2023—2025年 8所 / 4500个 / 约3.8亿元, 到2025年底 56人以上大班额 and 45人、50人以内, 10个, 80%以上 with a 2027年 step, 每学期…不少于4次, 不少于300名, 10% / 20%, 1.2人以上, 每年…不少于1200万元, 2024年底前, 95% twice); 保障措施 without units (每半年1次, 每年…不少于3000万元, 每年1次); the signature right-aligned, the date, （此件公开发布）; an 附件 row of three <a> file links (.xlsx / .doc) split by <br>; 打印 / 关闭, 上一篇 / 下一篇 links (one title holding 2023年), a footer with ICP and 公网安备 numbers",
  documentNumber="祥政发〔2023〕21号",
  title="祥云县人民政府关于推进县域义务教育优质均衡发展的实施意见",
  issuers=["祥云县人民政府"], issueDate="2023-08-16",
  references=["教督〔2017〕6号", "云教督〔2023〕2号", "大政发〔2023〕9号"],
  deadlineEnds=["2025-12-31", "2027-12-31", "2023-12-31", "2024-12-31"],
  targets=[
   t(0.5, "", "校际综合差异系数", "lte"),
   t(0.45, "", "校际综合差异系数", "lte"),
   t(2000, "元", "生均教学仪器设备值", "gte"),
   t(2500, "元", "生均教学仪器设备值", "gte"),
   t(98, "%", "义务教育巩固率", "gte"),
   t(8, "所", "中小学校"),
   t(4500, "个", "义务教育学位"),
   t(3.8*YI, "元", "总投资", "approx"),
   t(56, "人", "大班额", "gte", **O),
   t(45, "人", "班额", "lte", **O),
   t(50, "人", "班额", "lte", **O),
   t(10, "个", "教育集团"),
   t(80, "%", "集团化办学覆盖率", "gte"),
   t(4, "次", "联合教研", "gte", **O),
   t(300, "名", "义务教育教师", "gte"),
   t(10, "%", "交流轮岗教师", "gte"),
   t(20, "%", "骨干教师", "gte"),
   t(1.2, "人", "骨干教师数", "gte"),
   t(1200*WAN, "元", "教育装备专项资金", "gte"),
   t(95, "%", "体质健康测试合格率", "gte"),
   t(95, "%", "义务教育入学率", "gte"),
   t(1, "次", "专题会议", **O),
   t(3000*WAN, "元", "创建专项资金", "gte"),
   t(1, "次", "专项督导", **O),
  ],
  responsibilities=[
   r("优化学校布局", [YJT, "县自然资源局", "县发展和改革局", XXZ], "2023-12"),
   r("扩充城区学位", [YJT, "县发展和改革局", "县财政局", "县住房和城乡建设局"], "2025"),
   r("推进集团化办学", [YJT]),
   r("加强教师队伍建设", [YJT, "县委编办", "县人力资源和社会保障局", "县财政局"], "2025"),
   r("提升装备和信息化水平", [YJT, "县财政局"], "2024-12"),
   r("提高教育教学质量", [YJT, "县残联", "县卫生健康局"]),
  ],
  optionalResponsibilities=ob("加强组织领导", "加大经费投入", "严格督导考核", "领导小组", "教育督导室")),
 dict(seed="03_xiangzhou_county_office_2024_basic_education_expansion_quality_plan_docx_auto_numbering_township_target_breakdown_table.docx",
  form="Word file built by make_docx.py from text/03.txt (probe41's builder): a county 人民政府办公室 关于印发 notice (象州 in 来宾, 广西; 象政办发) for a 基础教育扩优提质行动实施方案（2024—2027年）, red masthead, the number centred, a red rule, the signature and date before the plan; a region and a city document cited by number (桂教基, 来政办发); sections and sub-sections numbered only by Word (w:numPr), typed 1.…7. items under two （一） sections; a 到2027年 goal paragraph (93%以上, 92%以上, 55%以上, 通过国家督导评估认定, 85%以上, 全面消除大班额 with 45人、50人以内) and 2024—2027年 counts (幼儿园12所、中小学校6所, 2160个 / 4800个); a section 目标任务分解 with a centred caption and a w:tbl 序号 | 乡镇 | 新建改扩建幼儿园（所） | 新增学前教育学位（个） | 新增义务教育学位（个） of eleven 乡镇 with bare cells, “—” cells and a 合计 row (合计 in the 序号 cell) repeating the goal; seven items closing （责任单位：…） (two ending 各乡镇人民政府 after a ，) with 约1.5亿元, 2024年底前 8个, 每个…1至2个, 到2027年 80%以上, 每生每年300元, 4所 and 4800个 again, 2025年8月底前, 8个, 85%以上 again, 每年…不少于60名, 2024年8月底前 56人以上大班额, 不少于400名 with 其中 不少于120名, 每年…不少于2000人次; 保障措施 as headings above their paragraphs (每年…不少于2000万元 with （责任单位：…）, 每半年1次); 抄送 and 印发 lines",
  documentNumber="象政办发〔2024〕15号",
  title="象州县人民政府办公室关于印发象州县基础教育扩优提质行动实施方案（2024—2027年）的通知",
  issuers=["象州县人民政府办公室"], issueDate="2024-03-28",
  references=["桂教基〔2024〕3号", "来政办发〔2024〕7号"],
  deadlineEnds=["2027-12-31", "2024-12-31", "2025-08-31", "2024-08-31"],
  targets=[
   t(93, "%", "毛入园率", "gte"),
   t(92, "%", "普惠性幼儿园覆盖率", "gte"),
   t(55, "%", "公办园在园幼儿占比", "gte"),
   t(85, "%", "集团化办学覆盖率", "gte"),
   t(45, "人", "班额", "lte", **O),
   t(50, "人", "班额", "lte", **O),
   t(12, "所", "幼儿园"),
   t(6, "所", "中小学校"),
   t(2160, "个", "学前教育学位"),
   t(4800, "个", "义务教育学位"),
   t(1.5*YI, "元", "建设资金", "approx"),
   t(8, "个", "附设幼儿班"),
   rng(1, 2, "个", "村级分园", **O),
   t(80, "%", "普惠性民办园", "gte"),
   t(300, "元", "生均补助", **O),
   t(4, "所", "寺村镇中学"),
   t(8, "个", "城乡教育集团"),
   t(60, "名", "骨干教师", "gte"),
   t(56, "人", "大班额", "gte", **O),
   t(400, "名", "教师", "gte"),
   t(120, "名", "幼儿园教师", "gte"),
   t(2000, "人次", "教师培训", "gte"),
   t(2000*WAN, "元", "专项资金", "gte"),
   t(1, "次", "专项督导", **O),
  ] + TABLE03,
  responsibilities=[
   r("新建改扩建公办幼儿园", [XJY, XFG, XCZ, XXZ], "2027"),
   r("盘活闲置资源办园", [XJY, XZR, XXZ], "2024-12"),
   r("扶持普惠性民办园发展", [XJY, XCZ, "县市场监督管理局"], "2027"),
   r("实施学位扩容工程", [XJY, XFG, "县住房和城乡建设局", XZR]),
   r("深化集团化办学", [XJY, "县委编办", XRS], "2027"),
   r("消除大班额", [XJY, XXZ], "2024-08"),
   r("加强教师队伍建设", [XJY, "县委编办", XRS, XCZ], "2027"),
   r("强化经费保障", [XCZ, XJY]),
  ],
  optionalResponsibilities=ob("加强组织领导", "严格督查考核", "领导小组", "教育督导室", "目标任务分解", "分解任务")),
]

if __name__ == "__main__":
    sys.exit(1 if write_gold(GOLD) else 0)
