"""Writes gold/*.json for probe95 and checks that every printed item occurs in its document.

Values are checked with their unit (亿/万 folded back to the printed form), ranges as printed. The HTML page is checked as
its text (scripts and styles dropped, tags dropped, entities unescaped), the .docx as the text of word/document.xml;
full-width forms are folded. Run from this folder: python3 make_gold.py
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from goldkit import YI, WAN, ob, r, rng, t, write_gold  # noqa: E402

SJYT, SRS, SFG = "省教育厅", "省人力资源和社会保障厅", "省发展改革委"
WJY, WRS, WCZ = "市教育局", "市人社局", "市财政局"
LJY = "市教育局"
XJY, XRS = "县教育局", "县人社局"
JJY, JRS, JJX, JNY = "县教育局", "县人力资源社会保障局", "县经济信息化和科技局", "县农业农村局"
GX = "各县（市、区）人民政府"

GOLD = [
 dict(seed="01_pingxiang_education_bureau_2021_forwarding_jiangxi_secondary_vocational_capacity_notice_portal_text.txt",
  form="text copied from a city 教育局 portal page (萍乡, 江西; 萍教发): site line, 当前位置 line, the title, a 发布时间 / 来源 / 浏览次数 / 字体 line, a two-column 信息公开 block (索引号 / 发布机构, 文号 / 发布日期; the number only there); a 转发 notice of the 教育局 forwarding a two-body province notice (江西省教育厅 and 江西省人力资源和社会保障厅, 赣教职字〔2021〕14号): four requirements of its own, three closing （责任单位：…） / （责任科室：…） brackets (2021年7月31日前, 由现有68个调减至50个以内, 2021年12月底前, 2000万元, 每生每年不低于1500元, 每季度末月25日前, 2021年12月20日前), a contact line, the signature, date and （此件主动公开）; then the forwarded notice with its title and number, citing two national documents; a 到2023年 goal paragraph (50所左右, 100个以上, 60%以上, 保持在95%以上), four tasks closing （X、Y负责） / （X牵头，Y配合） / （X、Y按职责分工负责） (不低于20平方米 / 3000元, 2022年底前, 不超过12个, 200个左右, 每年…3000人次以上, 每年…不少于500名, 至少与5家, 30个, 40个), a 2021年9月30日前 report, 每年开展1次 督导, the two-body signature on one line and its date",
  documentNumber="萍教发〔2021〕37号",
  title="萍乡市教育局关于转发《江西省教育厅 江西省人力资源和社会保障厅关于实施中等职业学校办学能力提升工程的通知》的通知",
  issuers=["萍乡市教育局"], issueDate="2021-06-18",
  references=["赣教职字〔2021〕14号", "国发〔2019〕4号", "教职成〔2020〕7号"],
  deadlineEnds=["2021-07-31", "2021-12-31", "2021-12-20", "2023-12-31", "2022-12-31", "2021-09-30"],
  targets=[
   t(68, "个", "专业点", optional=True),
   t(50, "个", "专业点", "lte"),
   t(2000*WAN, "元", "办学能力提升资金"),
   t(1500, "元", "生均公用经费", "gte", optional=True),
   t(50, "所", "省级优质中职学校", "approx"),
   t(100, "个", "高水平专业", "gte"),
   t(60, "%", "双师型", "gte"),
   t(95, "%", "升学就业率", "gte"),
   t(20, "平方米", "生均校舍建筑面积", "gte", optional=True),
   t(3000, "元", "生均教学仪器设备值", "gte", optional=True),
   t(12, "个", "专业点", "lte", optional=True),
   t(200, "个", "专业点", "approx"),
   t(3000, "人次", "专业课教师", "gte"),
   t(500, "名", "兼职教师", "gte"),
   t(5, "家", "企业", "gte", optional=True),
   t(30, "个", "产教融合实训基地"),
   t(40, "个", "技能大师工作室"),
   t(1, "次", "专项督导", optional=True),
  ],
  responsibilities=[
   r("制定提升方案", ["各县（区）教育局", "市直各中等职业学校"], "2021-07"),
   r("优化专业布局", ["市教育局职成科"], "2021-12"),
   r("落实经费保障", ["市教育局计财科", "各县（区）教育局"]),
   r("改善办学条件", [SJYT, SFG], "2022-12"),
   r("优化专业布局", [SJYT, SRS]),
   r("加强师资队伍建设", [SJYT, SRS]),
   r("深化校企合作", [SRS, SJYT], "2023"),
  ],
  optionalResponsibilities=ob("按时报送进展", "联系人", "工作要求", "各设区市要统筹推进")),
 dict(seed="02_baishui_county_office_2022_forwarding_weinan_three_bureaus_skills_certificate_opinions_html_disclosure_table.html",
  form="saved HTML page of a county government portal (白水, 陕西; 白政办发): meta SiteName / ColumnName / ArticleTitle / PubDate, a baidu script, top bar, nav <ul>, 当前位置 breadcrumb, an 信息公开 <table> of th/td pairs (索引号 / 主题分类, 发布机构 / 成文日期, 文号 / 发布日期, 名称 across three cells), h1 title, body <p> paragraphs, 【打印本页】, footer with ICP numbers: a county 人民政府办公室 转发 notice forwarding a three-body city 实施意见 (渭南市教育局, 渭南市人力资源和社会保障局, 渭南市财政局; 渭教发〔2022〕9号) printed after the county's signature with a bold centred title and its number; the county's four requirements: a 到2022年底 / 到2023年 goal (80%以上, 2000人次以上, 4个), two closing （牵头单位：X；配合单位：Y、Z） (2022年6月底前, 4个以上工种, 80万元, 每人200元), a 2022年12月15日前 report; the forwarded 意见 citing two documents, a 到2023年 goal (60个, 70%以上, 15个, 25个以上, 累计…3万人次以上), four tasks closing （X牵头，Y配合） / （X、Y按职责分工负责） / （X负责） (至少开发3门, 2022年9月底前, 每年…不少于500人次, 每年…600人次以上, 200名, 每年…300万元, 每个给予10万元), a 2022年5月31日前 filing, 每年…1次 评估, the three-body signature on one line and its date",
  documentNumber="白政办发〔2022〕21号",
  title="白水县人民政府办公室关于转发《渭南市教育局 渭南市人力资源和社会保障局 渭南市财政局关于推进学历证书与职业技能等级证书融通工作的实施意见》的通知",
  issuers=["白水县人民政府办公室"], issueDate="2022-04-12",
  references=["渭教发〔2022〕9号", "国发〔2019〕4号", "陕政发〔2020〕6号"],
  deadlineEnds=["2022-12-31", "2023-12-31", "2022-06-30", "2022-12-15", "2022-09-30", "2022-05-31"],
  targets=[
   t(80, "%", "专业覆盖率", "gte"),
   t(2000, "人次", "职业技能等级认定", "gte"),
   t(4, "个", "学分银行试点专业"),
   t(4, "个", "工种", "gte", optional=True),
   t(80*WAN, "元", "试点经费"),
   t(200, "元", "考核补助", optional=True),
   t(60, "个", "融通试点专业"),
   t(70, "%", "职业技能等级证书比例", "gte"),
   t(15, "个", "书证融通示范专业"),
   t(25, "个", "考核站点", "gte"),
   t(3*WAN, "人次", "职业技能等级认定", "gte"),
   t(3, "门", "课证融通课程", "gte", optional=True),
   t(500, "人次", "认定", "gte", optional=True),
   t(600, "人次", "培训教师", "gte"),
   t(200, "名", "考评员"),
   t(300*WAN, "元", "书证融通专项经费"),
   t(10*WAN, "元", "奖补", optional=True),
   t(1, "次", "评估", optional=True),
  ],
  responsibilities=[
   r("加强考核站点建设", [XRS, XJY, "县职业教育中心"], "2022-06"),
   r("落实资金保障", ["县财政局", XJY, XRS]),
   r("推进课证融通", [WJY, WRS], "2022-09"),
   r("建设考核站点", [WRS, GX]),
   r("加强师资培训", [WJY, WRS]),
   r("完善经费保障", [WCZ]),
  ],
  optionalResponsibilities=ob("明确工作目标", "强化督促落实", "工作要求", "各县（市、区）要制定具体实施办法")),
 dict(seed="03_jiajiang_county_office_2023_forwarding_leshan_city_office_county_secondary_vocational_opinions_docx_auto_numbering_task_table.docx",
  form="Word file (make_docx.py, probe41's builder) of a county 人民政府办公室 转发 notice (夹江 in 乐山, 四川; 夹府办发): red masthead, the number centred, a red rule, the title, recipients, the forwarding sentence; the county's three points typed as text (一、 / 二、 / 三、), the second introducing a w:tbl 序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 of four tasks (新增实训用房8000平方米, 专业2个, 30家以上, 3000人次以上; 2023年12月底前 / 2023年9月 / 2023年10月底前), 2023年6月30日前 and 2023年11月20日前, the signature, date and （此件公开发布）; then the forwarded city office 实施意见 (乐市府办发〔2023〕12号) with its title and number, citing two documents, headings numbered by Word (w:numPr, 一、 / （一） dropped): a 到2025年 goal (至少办好1所, 4所, 20个以上, 55%以上, 50%以上), five tasks closing （责任单位：X、Y…） (2024年底前, 30个左右 / 15个, 不少于5家, 4000人以上, 每年…1500万元, 不低于每生每年2000元, 每年…不少于60名, 每年选派200名), a 保障措施 paragraph (每年至少召开1次), the signature and its date",
  documentNumber="夹府办发〔2023〕15号",
  title="夹江县人民政府办公室关于转发《乐山市人民政府办公室关于加快县域中等职业教育高质量发展的实施意见》的通知",
  issuers=["夹江县人民政府办公室"], issueDate="2023-05-16",
  references=["乐市府办发〔2023〕12号", "中办发〔2021〕43号", "川办发〔2022〕28号"],
  deadlineEnds=["2023-06-30", "2023-12-31", "2023-09-30", "2023-10-31", "2023-11-20", "2025-12-31", "2024-12-31"],
  targets=[
   t(8000, "平方米", "实训用房"),
   t(2, "个", "茶叶加工与营销专业"),
   t(30, "家", "成员企业", "gte"),
   t(3000, "人次", "职业技能培训", "gte"),
   t(1, "所", "中等职业学校", "gte", optional=True),
   t(4, "所", "省级优质中职学校"),
   t(20, "个", "市级示范专业", "gte"),
   t(55, "%", "双师型", "gte"),
   t(50, "%", "本地就业率", "gte"),
   t(30, "个", "专业点", "approx"),
   t(15, "个", "撤并不适应需求的专业点"),
   t(5, "家", "规模以上企业", "gte", optional=True),
   t(4000, "人", "订单培养学生", "gte"),
   t(1500*WAN, "元", "专项资金"),
   t(2000, "元", "生均公用经费", "gte", optional=True),
   t(60, "名", "专业课教师", "gte"),
   t(200, "名", "企业实践"),
   t(1, "次", "会议", "gte", optional=True),
  ],
  responsibilities=[
   r("县职业高级中学新校区二期建设", [JJY, "县发展改革局", "县自然资源局"], "2023-12"),
   r("陶瓷工艺、茶叶加工与营销专业", [JJY, JJX, JNY], "2023-09"),
   r("陶瓷产业职业教育联盟", [JJX, JJY, JRS], "2023-10"),
   r("农民工和退役军人职业技能培训", [JRS, "县退役军人事务局", JNY], "2023-12"),
   r("实施办学条件达标工程", [LJY, "市发展改革委", GX], "2024-12"),
   r("推动专业与产业对接", [LJY, "市经济和信息化局"]),
   r("深化校企协同育人", [LJY, "市人力资源社会保障局", "市国资委"], "2025"),
   r("加大经费投入", [WCZ, GX]),
   r("建强教师队伍", ["市委编办", LJY, "市人力资源社会保障局"]),
  ],
  optionalResponsibilities=ob("提高思想认识", "细化工作任务", "加强督查考核", "县政府督查室", "联席会议", "市政府教育督导委员会")),
]

if __name__ == "__main__":
    sys.exit(1 if write_gold(GOLD) else 0)
