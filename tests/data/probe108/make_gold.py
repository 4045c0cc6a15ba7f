"""Writes gold/*.json for probe108 and checks that every printed item occurs in its document.

Values are checked with their unit (亿/万 folded back to the printed form), ranges as printed (goldkit.write_gold). A .docx
is checked as the text of all its story parts, not word/document.xml alone: 02 prints its masthead and number only in
the first-page header (word/header1.xml) and its cited numbers only in footnotes (word/footnotes.xml), and what the
document prints there is what the gold holds. Text boxes are in word/document.xml. Run from this folder:
python3 make_gold.py
"""
import os, re, sys, zipfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldkit  # noqa: E402
from goldkit import YI, WAN, ob, r, rng, t, write_gold  # noqa: E402

STORIES = re.compile(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$")

def doc_text(name, strip_page_numbers=False):
    if not name.endswith(".docx"):
        return goldkit_doc_text(name, strip_page_numbers)
    with zipfile.ZipFile(os.path.join("docs", name)) as z:
        xml = "".join(z.read(n).decode("utf-8") for n in sorted(z.namelist()) if STORIES.match(n))
    return goldkit.fold(re.sub(r"<[^>]+>", "", xml))

goldkit_doc_text = goldkit.doc_text
goldkit.doc_text = doc_text  # write_gold looks the reader up in goldkit at call time

O = dict(optional=True)
# 01 仁寿
JY, FG, ZR, CZ = "县教育和体育局", "县发展和改革局", "县自然资源和规划局", "县财政局"
JX, RS, NY = "县经济和信息化局", "县人力资源和社会保障局", "县农业农村局"
# 03 固始
GJT, GFG, GRS, GCZ = "固始县教育体育局", "固始县发展和改革委员会", "固始县人力资源和社会保障局", "固始县财政局"
JT, FGW = "县教育体育局", "县发展和改革委员会"

GOLD = [
 dict(seed="01_renshou_county_office_2022_industry_education_secondary_vocational_plan_notice_docx_red_masthead_auto_numbering_cc_print_table.docx",
  form="Word file (make_docx.py on probe41's builder) of a county 人民政府办公室 印发 notice (仁寿 in 眉山, 四川; 仁府办发) with the formatting of a 红头文件: the masthead 仁寿县人民政府办公室文件 as a large red line, the number 仁府办发〔2022〕31号 right-aligned on its own line, a red rule; the title, recipients, one sentence (县政府第16次常务会议), signature, date (2022年8月24日) and （此件公开发布）; a page break and the 实施方案 citing three documents, its headings and items numbered by Word in three levels (w:numPr 一、 / （一） / 1., labels not in the text; （一） restarts under 三、): a 到2025年 goal (1所, 3个, 市级以上…5个, 10家以上, 80家左右, 60%以上, 稳定在96%以上, 50%以上); six tasks, each a numbered heading paragraph with its body in the next paragraph closing （责任单位：…）, one (（三）) with three numbered items 1.–3. and its bracket as a paragraph of its own after them (由现有4所整合为2所, 2023年底前 and 2025年6月底前 in one item, 260亩, 4.8亿元, 每年…2—3个, 6个, 到2024年 80%以上, 3—5个, 至少…2个, 每年…不少于300人, 8个 / 20个 / 1500个, 生均8000元以上, a 年接收…50人以上的 condition, 每家5万元, 8家 / 2家, 每年…不少于20名, 80名以上, 每5年…6个月, 每年…2万人次以上, 70%以上); three 保障措施, two with a bracket (每半年至少…1次, 每年…2000万元, 累计…不少于8000万元, 不低于每生每年1500元, 每年…1次); the 版记 as a two-row w:tbl (抄送：… across both columns; 仁寿县人民政府办公室 | 2022年8月26日印发, two days after the signature)",
  documentNumber="仁府办发〔2022〕31号",
  title="仁寿县人民政府办公室关于印发《仁寿县深化产教融合推进中等职业教育高质量发展实施方案（2022—2025年）》的通知",
  issuers=["仁寿县人民政府办公室"], issueDate="2022-08-24",
  references=["国办发〔2017〕95号", "中办发〔2021〕43号", "眉府办发〔2021〕27号"],
  deadlineEnds=["2025-12-31", "2023-12-31", "2025-06-30", "2024-12-31"],
  targets=[
   t(1, "所", "高水平中等职业学校"),
   t(3, "个", "省级示范专业"),
   t(5, "个", "产教融合实训基地"),
   t(10, "家", "产教融合型企业", "gte"),
   t(80, "家", "校企合作企业", "approx"),
   t(60, "%", "双师型", "gte"),
   t(96, "%", "升学", "gte"),
   t(50, "%", "本县就业", "gte"),
   t(4, "所", "中职学校", **O),
   t(2, "所", "整合"),
   t(260, "亩", "占地面积"),
   t(4.8*YI, "元", "总投资"),
   rng(2, 3, "个", "新增或调整专业"),
   t(6, "个", "专业点"),
   t(80, "%", "专业占比", "gte"),
   rng(3, 5, "个", "产业学院"),
   t(2, "个", "订单班", "gte", **O),
   t(300, "人", "学徒", "gte"),
   t(8, "个", "校内实训基地"),
   t(20, "个", "校外实训基地"),
   t(1500, "个", "实训工位"),
   t(8000, "元", "生均", "gte", **O),
   t(50, "人", "实习实训", "gte", **O),
   t(5*WAN, "元", "奖补", **O),
   t(8, "家", "县级产教融合型企业"),
   t(2, "家", "省级产教融合型企业"),
   t(20, "名", "专业课教师", "gte"),
   t(80, "名", "兼职教师", "gte"),
   t(6, "个月", "企业实践", "gte", **O),
   t(2*WAN, "人次", "培训", "gte"),
   t(70, "%", "证书", "gte"),
   t(1, "次", "推进会", "gte", **O),
   t(2000*WAN, "元", "专项资金"),
   t(8000*WAN, "元", "累计投入", "gte"),
   t(1500, "元", "生均公用经费", "gte", **O),
   t(1, "次", "专项督导", **O),
  ],
  responsibilities=[
   r("优化中职学校布局", [JY, FG, ZR, CZ]),
   r("调整优化专业结构", [JY, JX, RS], "2024"),
   r("深化校企协同育人", [JY, JX, NY, "仁寿经济开发区管委会"]),
   r("引进培育产教融合型企业", [FG, JY, CZ, "县税务局"], "2025"),
   r("加强“双师型”教师队伍建设", ["县委编办", JY, RS, CZ]),
   r("大力开展职业技能培训", [RS, JY, NY, "县退役军人事务局"]),
   r("加大经费投入", [CZ, JY]),
   r("强化督导考核", ["县政府教育督导室"]),
  ],
  optionalResponsibilities=ob("加强组织领导", "领导小组")),
 dict(seed="02_zhushan_education_bureau_2023_secondary_vocational_industry_education_work_points_docx_number_only_in_page_header_footnotes_text_box.docx",
  form="Word file (make_docx.py) of a county 教育局 印发 notice (竹山 in 十堰, 湖北; 竹教发) whose masthead 竹山县教育局文件, number 竹教发〔2023〕9号 and red rule are in the first-page header part only (word/header1.xml, w:titlePg; no default header), so the body names its issuer nowhere: the title 关于印发《…》的通知, recipients naming 股室, one sentence with two report dates (2023年6月30日、12月20日前), the date alone where the signature would be (the seal image left out) and （此件主动公开）; a page break and the 工作要点: a preamble citing two documents by title or description with footnote marks, their numbers only in word/footnotes.xml (见《…》（十政办发〔2021〕38号）。 / 见《…》（鄂教职成〔2022〕7号）。); a 全年 goal paragraph (15家, 60家以上, 8个, 400人, 2个, 55%, 5000人次以上); ten items typed （一）–（十） under typed 一、–五、 headings, nine closing （责任股室：…） / （责任单位：县职业技术集团学校） (每个专业至少与3家, 2023年9月底前, 2023年10月底前 with （见专栏1）, 1个, 30%以上, 教职成〔2021〕4号 in the text, 100%, 每学期…1次, 30人, 不少于1个月, 20名, 每课时80元, 其中…不少于800人次, 不少于3000人次), one without (全年…不少于50场次); after item （三） a 专栏1 text box (wps:txbx with its VML fallback) of three numbered projects (300万元, 每年…100人, 6间, 200个, 不低于500万元); a 工作要求 paragraph with a 2023年12月20日前 report; a footer with a PAGE field",
  documentNumber="竹教发〔2023〕9号",
  title="关于印发《竹山县2023年中等职业教育产教融合工作要点》的通知",
  issuers=["竹山县教育局"], issueDate="2023-03-06",
  references=["十政办发〔2021〕38号", "鄂教职成〔2022〕7号", "教职成〔2021〕4号"],
  deadlineEnds=["2023-06-30", "2023-12-20", "2023-09-30", "2023-10-31"],
  targets=[
   t(15, "家", "新增校企合作企业"),
   t(60, "家", "校企合作企业总数", "gte"),
   t(8, "个", "订单班"),
   t(400, "人", "订单培养学生"),
   t(2, "个", "生产性实训基地"),
   t(55, "%", "双师型"),
   t(5000, "人次", "职业技能培训", "gte"),
   t(3, "家", "企业", "gte", **O),
   t(1, "个", "市级产教融合实训基地"),
   t(30, "%", "生产性实训项目", "gte"),
   t(100, "%", "实习责任保险"),
   t(1, "次", "实习专项检查", **O),
   t(300*WAN, "元", "投入资金"),
   t(100, "人", "雕刻技能人才"),
   t(6, "间", "实训室"),
   t(200, "个", "实训工位"),
   t(500*WAN, "元", "实训设备价值", "gte"),
   t(30, "人", "专业课教师"),
   t(1, "个月", "实践", "gte", **O),
   t(20, "名", "产业导师"),
   t(80, "元", "课时补贴", **O),
   t(800, "人次", "绿松石雕刻培训", "gte"),
   t(50, "场次", "服务", "gte"),
   t(3000, "人次", "参与群众", "gte"),
  ],
  responsibilities=[
   r("扩大校企合作规模", ["职成股"], "2023-09"),
   r("推进订单培养", ["县职业技术集团学校"]),
   r("建设绿松石产业学院", ["职成股", "计财股"], "2023-10"),
   r("建设生产性实训基地", ["计财股", "职成股"]),
   r("规范学生实习管理", ["职成股", "安全股"]),
   r("实施“双师型”教师培养", ["人事股", "职成股"]),
   r("聘请产业导师", ["人事股", "计财股"]),
   r("开展社会培训", ["县职业技术集团学校"]),
   r("办好职业教育活动周", ["职成股", "宣传股"]),
  ],
  optionalResponsibilities=ob("服务乡村振兴", "工作要求", "年度工作总结", "推进情况")),
 dict(seed="03_gushi_four_bodies_joint_2024_secondary_vocational_industry_education_action_plan_docx_masthead_table_merged_cell_seal_placeholders.docx",
  form="Word file (make_docx.py) of a four-body county joint 印发 notice (固始 in 信阳, 河南; 固教体): the masthead a borderless w:tbl whose left cell stacks the four names (固始县教育体育局, 固始县发展和改革委员会, 固始县人力资源和社会保障局, 固始县财政局) one paragraph each and whose right cell, two grid columns merged (w:gridSpan), holds 文件; the number centred under it, a red rule; a title naming the four bodies, recipients, one paragraph citing two documents and asking each school for its plan by 2024年4月30日前; the four bodies signing in a borderless 2×2 w:tbl, each cell the name over （盖章）, then the date (2024年3月18日) and （此件公开发布）; a page break and the 行动方案: a 到2026年 goal (2个, 100家以上, 6个, 4个, 90%以上, 65%以上, 1500人左右, 提高到75%以上); six tasks typed （一）–（六） closing （牵头单位：X；配合单位：Y、Z） (2024年6月底前, 2024—2026年每年…2个, 不超过100万元, 1.2亿元, 不少于5家, 自2024年秋季学期起, 4个 / 300人, 2025年底前至少建成2个, 不低于200万元, 每年…3万人次以上, 90%以上, 8000人, 每年…不少于200人次, 120名, 每课时100元); three 保障措施, one closing （责任单位：…） (每季度…1次, 每年…1500万元, 一次性奖励20万元, 每年12月10日前); 抄送 and 印发 lines (2024年3月20日印发)",
  documentNumber="固教体〔2024〕12号",
  title="固始县教育体育局 固始县发展和改革委员会 固始县人力资源和社会保障局 固始县财政局关于印发《固始县中等职业教育产教融合提质行动方案（2024—2026年）》的通知",
  issuers=[GJT, GFG, GRS, GCZ], issueDate="2024-03-18",
  references=["豫教职成〔2023〕61号", "信政办〔2023〕28号"],
  deadlineEnds=["2024-04-30", "2026-12-31", "2024-06-30", "2025-12-31"],
  targets=[
   t(2, "个", "产教融合共同体"),
   t(100, "家", "成员企业", "gte"),
   t(6, "个", "产教融合实训基地"),
   t(4, "个", "产业学院"),
   t(90, "%", "覆盖率", "gte"),
   t(65, "%", "双师型", "gte"),
   t(1500, "人", "学生规模", "approx"),
   t(75, "%", "对口就业率", "gte"),
   t(2, "个", "实训基地"),
   t(100*WAN, "元", "建设补助", "lte", **O),
   t(1.2*YI, "元", "总投资"),
   t(5, "家", "企业", "gte", **O),
   t(4, "个", "试点专业"),
   t(300, "人", "学徒"),
   t(2, "个", "产业学院", "gte"),
   t(200*WAN, "元", "企业投入", "gte", **O),
   t(3*WAN, "人次", "培训", "gte"),
   t(90, "%", "培训合格率", "gte"),
   t(8000, "人", "职业技能等级证书"),
   t(200, "人次", "企业实践", "gte"),
   t(120, "名", "兼职教师"),
   t(100, "元", "课时补贴", **O),
   t(1, "次", "联席会议", **O),
   t(1500*WAN, "元", "专项资金"),
   t(20*WAN, "元", "奖励", **O),
  ],
  responsibilities=[
   r("组建县域产教融合共同体", [JT, FGW, "固始经济技术开发区管委会"], "2024-06"),
   r("建设产教融合实训基地", [FGW, JT, "县财政局"]),
   r("推行订单培养和现代学徒制", [JT, "县人力资源和社会保障局"]),
   r("共建产业学院", [JT, FGW, "县财政局"], "2025"),
   r("打造“固始技工”劳务品牌", ["县人力资源和社会保障局", JT, "县农业农村局"]),
   r("建强“双师型”教师队伍", [JT, "县人力资源和社会保障局", "县财政局"]),
   r("加强经费保障", ["县财政局", FGW]),
  ],
  optionalResponsibilities=ob("健全工作机制", "强化考核评价", "本校实施方案")),
]

if __name__ == "__main__":
    sys.exit(1 if write_gold(GOLD) else 0)
