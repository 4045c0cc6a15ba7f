"""Writes gold/*.json for probe62 and checks that every printed item occurs in its document.

Values are checked with their unit (亿/万 folded back to the printed form; a cell of an indicator table whose unit sits
in the 单位 column is checked as printed, with the unit column's 万), ranges as printed (3—5个 or 1至2年). HTML pages are
checked as their text (scripts and styles dropped, tags dropped, entities unescaped), the .docx as the text of
word/document.xml (so the headings numbered by Word are checked without 一、 / （一）); full-width forms are folded.
Run from this folder: python3 make_gold.py
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from goldkit import YI, WAN, ob, r, rng, t, write_gold  # noqa: E402

O = dict(optional=True)
XJY, XCZ, XFG = "县教育局", "县财政局", "县发展改革委"
ZJT, XSJ = "州教育和体育局", "各县市教育（体育）局"

GOLD = [
 dict(seed="01_linquan_county_office_2024_2025_preschool_universal_inclusive_county_plan_docx_auto_numbering_kindergarten_table.docx",
  form="Word file built by make_docx.py from text/01.txt: a county 人民政府办公室 关于印发 notice (临泉县, 阜阳市, 安徽; 临政办) for a 学前教育普及普惠县创建工作实施方案（2024—2025年）, red masthead, a province and a city document cited by number (皖政办, 阜教基); sections and sub-sections numbered only by Word (w:numPr), seven typed 1.…7. items each closing （责任单位：X、Y…）; a 到2025年 goal paragraph (毛入园率 92%以上, 普惠性幼儿园覆盖率 88%以上, 公办园在园幼儿占比 55%以上, a 1:15 staffing ratio, 至少1所 per 乡镇, a 3000人以上 condition; 2024—2025年 14所, 4200个, 约2.6亿元); items with yearly steps (2024年 8所, 2025年8月底前 6所), 2024年9月底前, 每生每年600元, 2025年底前 65所, 320名以上 and 1:10, 到2025年 6所 and 40%以上, 不低于每生每年800元 and 5%以上, 每3年 and 2倍; 保障措施 (每月1次, 2024年5月20日前, 每半年1次); an annex w:tbl 序号 | 项目名称 | 新增学位（个） | 责任单位 | 完成时限 of five kindergartens by name with bare place counts and month deadlines; 抄送 and 印发 lines",
  documentNumber="临政办〔2024〕11号",
  title="临泉县人民政府办公室关于印发《临泉县学前教育普及普惠县创建工作实施方案（2024—2025年）》的通知",
  issuers=["临泉县人民政府办公室"], issueDate="2024-04-12",
  references=["皖政办〔2022〕9号", "阜教基〔2022〕21号"],
  deadlineEnds=["2025-12-31", "2024-12-31", "2025-08-31", "2024-09-30", "2024-05-20", "2025-06-30"],
  targets=[
   t(92, "%", "毛入园率", "gte"),
   t(88, "%", "覆盖率", "gte"),
   t(55, "%", "占比", "gte"),
   t(1, "所", "公办中心幼儿园", "gte", **O),
   t(14, "所", "公办幼儿园"),
   t(4200, "个", "公办学位"),
   t(2.6*YI, "元", "建设资金", "approx"),
   t(8, "所", "公办幼儿园"),
   t(6, "所", "投入使用"),
   t(600, "元", "生均补助", **O),
   t(65, "所", "普惠性民办园"),
   t(320, "名", "公办园教师", "gte"),
   t(6, "所", "省级示范幼儿园"),
   t(40, "%", "市级一类园占比", "gte"),
   t(800, "元", "生均财政拨款标准", "gte", **O),
   t(5, "%", "学前教育经费", "gte"),
   t(3, "年", "调整一次", **O),
   t(2, "倍", "收费标准", "lte", **O),
   t(1, "次", "调度会", **O),
   t(1, "次", "专项督导", **O),
   t(540, "个", "城关街道第六幼儿园", cell="540", **O),
   t(360, "个", "光明路幼儿园", cell="360", **O),
   t(270, "个", "杨桥镇中心幼儿园", cell="270", **O),
   t(360, "个", "鲖城镇第二中心幼儿园", cell="360", **O),
   t(180, "个", "姜寨镇中心幼儿园", cell="180", **O),
  ],
  responsibilities=[
   r("实施公办园建设工程", [XJY, XFG, "各乡镇人民政府"]),
   r("落实小区配套幼儿园", ["县住房城乡建设局", "县自然资源和规划局", XJY], "2024-09"),
   r("扶持普惠性民办园发展", [XJY, XCZ], "2025-12"),
   r("配齐配足保教人员", ["县委编办", "县人力资源社会保障局", XJY]),
   r("推进保教质量评估", [XJY], "2025"),
   r("落实生均财政拨款制度", [XCZ, XJY]),
   r("规范收费管理", [XFG, XJY, "县市场监管局"]),
   r("临泉县城关街道第六幼儿园新建工程", [XJY, "城关街道办事处"], "2024-09"),
   r("临泉县光明路幼儿园新建工程", [XJY, "县城投公司"], "2024-12"),
   r("临泉县杨桥镇中心幼儿园改扩建工程", [XJY, "杨桥镇人民政府"], "2024-12"),
   r("临泉县鲖城镇第二中心幼儿园新建工程", [XJY, "鲖城镇人民政府"], "2025-06"),
   r("临泉县姜寨镇中心幼儿园改扩建工程", [XJY, "姜寨镇人民政府"], "2025-08"),
  ],
  optionalResponsibilities=ob("加强组织领导", "强化督导考核", "领导小组", "创建工作推进计划", "县政府教育督导委员会")),
 dict(seed="02_wuhu_finance_education_joint_2024_per_student_funding_standards_and_allocation_notice_html_county_fund_table.html",
  form="saved HTML page of a city 教育局 portal (title with the site after an underscore, a keywords meta, a style block, a statistics script, a logo and search box, a menu, 当前位置 breadcrumb with &gt;): the 信息公开 block as a <ul> of <li> pairs two a row with bold labels (索引号, 信息分类, 发布机构 naming the second body only, 生成日期 2024-05-14, 文件编号, 发布日期 2024-05-17, 信息名称 a full row), the title in an h1, a 发布时间 / 浏览次数 line with a script, a two-body joint notice (芜湖市财政局 first, 芜湖市教育局) numbered 芜财教〔2024〕37号 on 生均公用经费基准定额 and a fund allocation; a province and a city document cited by number (皖财教, 芜办发); per-student standards (小学每生每年800元, 初中1000元, 寄宿生300元, 7000元, a 100人 condition); a handed-down sum 共计18650万元 with 其中 14320万元 / 4330万元; 30日内, 不低于5%, 2024年6月30日前, 2025年1月31日前; an HTML table of the allocation by county in 万元 (not targets); the two-body signature on one line and the date; share links and a footer with ICP numbers",
  documentNumber="芜财教〔2024〕37号",
  title="芜湖市财政局 芜湖市教育局关于调整城乡义务教育学校生均公用经费基准定额并下达2024年义务教育经费保障机制资金的通知",
  issuers=["芜湖市财政局", "芜湖市教育局"], issueDate="2024-05-14",
  references=["皖财教〔2024〕156号", "芜办发〔2021〕14号"],
  deadlineEnds=["2024-06-30", "2025-01-31"],
  targets=[
   t(800, "元", "小学", **O),
   t(1000, "元", "初中", **O),
   t(300, "元", "寄宿生", **O),
   t(7000, "元", "特殊教育学校", **O),
   t(18650*WAN, "元", "经费保障机制资金"),
   t(14320*WAN, "元", "生均公用经费补助资金"),
   t(4330*WAN, "元", "家庭经济困难学生生活补助资金"),
   t(30, "日", "拨付", "lte", **O),
   t(5, "%", "教师培训", "gte"),
  ],
  responsibilities=[],
  optionalResponsibilities=ob("及时拨付资金", "规范使用管理", "加强绩效管理", "资金分配方案", "绩效自评报告")),
 dict(seed="03_xiangxi_education_sports_bureau_2024_private_school_annual_inspection_results_bulletin_text_next_steps_stages.txt",
  form="plain text of a 州 教育和体育局 通报 (湘西土家族苗族自治州, 湖南; 州教体通) of the 2023年度 民办学校 and 校外培训机构 年度检查 results: the masthead with the full prefecture name, the number on its own line, the title over two lines under the short name; a province 办法 and the bureau's own earlier notice cited by number (湘教发, 州教体发); results with counts and rates (316所, 142家, 281 / 29 / 6所, 88.9%, 118 / 16 / 8家, 100%, 97.2%) and problems (23所, 11所, 3个月或60课时, 7家), none of them targets; 处理意见 (3个月, 2024年5月31日前); a 下一步工作 section of four items, three closing （责任单位：…）: 2024年6月底前 100%; three dated stages of the 2024 年检 (9月1日至10月15日, 10月16日至11月30日, 12月1日至12月31日) with a 不低于20% sample; what each body checks (州教育和体育局, 县市教育（体育）局, 财政, 市场监管, 消防救援); 2024年底前 100%, 每学期1次, 92%以上; an attachment line, the signature, （此件主动公开）, 抄送 and 印发 lines",
  documentNumber="州教体通〔2024〕5号",
  title="湘西自治州教育和体育局关于2023年度民办学校和校外培训机构年度检查结果的通报",
  issuers=["湘西自治州教育和体育局"], issueDate="2024-03-08",
  references=["湘教发〔2021〕38号", "州教体发〔2023〕29号"],
  deadlineEnds=["2024-05-31", "2024-06-30", "2024-10-15", "2024-11-30", "2024-12-31"],
  targets=[
   t(3, "个月", "整改期限", **O),
   t(100, "%", "整改完成率"),
   t(20, "%", "抽查复核", "gte", **O),
   t(100, "%", "资金监管账户开设率"),
   t(1, "次", "联合执法检查", **O),
   t(92, "%", "年检合格率", "gte"),
  ],
  responsibilities=[
   r("抓好问题整改", [XSJ], "2024-06"),
   r("明确检查分工", [ZJT, XSJ]),
   r("加强日常监管", [XSJ, "各县市市场监督管理局"], "2024-12"),
  ],
  optionalResponsibilities=ob("规范年检程序", "处理意见", "县市财政部门", "县市市场监管部门", "县市消防救援机构")),
]

write_gold(GOLD)
