"""Writes gold/*.json for probe60 and checks that every printed item occurs in its document.

Values are checked with their unit (亿/万 folded back to the printed form), ranges as printed (1至2名 or 3至12个月).
HTML pages are checked as their text (scripts and styles dropped, tags dropped, entities unescaped), the .docx as the
text of word/document.xml (so the headings numbered by Word are checked without 一、 / （一）); full-width forms are folded.
Run from this folder: python3 make_gold.py (after python3 make_docx.py)
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from goldkit import YI, WAN, ob, r, rng, t, write_gold  # noqa: E402

def tc(printed_value, unit, key, comparator=None, optional=False):
    """A bare indicator-table cell: the unit is in the indicator cell's bracket （人） / （平方米） / （元）."""
    return t(printed_value, unit, key, comparator, optional, cell=printed_value)

JY = "县教育局"

GOLD = [
 dict(seed="01_dingxing_county_office_education_bureau_joint_2024_compulsory_education_quality_balance_plan_docx_standard_current_target_table.docx",
  form="Word file built by make_docx.py from text/01.txt: a joint 关于印发 notice of a county 人民政府办公室 and the county 教育局 (定兴, 保定, 河北; 定政办发, one number for both, two-line red masthead, the two-body signature on one line) for a 创建国家义务教育优质均衡发展县 plan, a ministry 教督 document and a province 冀教督 document cited by number; sections and sub-sections numbered only by Word (w:numPr); a 到2026年 goal paragraph with two coefficients (不高于0.50和0.45), 85%以上 and dated steps (2026年通过省级督导评估, 2027年申请); a w:tbl indicator table 序号 | 指标 | 学段 | 标准值 | 现状值 | 目标值 of twelve rows, the unit in the indicator cell's bracket (人, 平方米, 元), the indicator repeated on the 小学 and 初中 rows; five tasks each closing （责任单位：…） with figures (12所, 4.6万平方米, 5400个, 56人以上, 18个, 360名 / 不少于80名, 每年200名, 10% / 20%, 1.2亿元, 100%, 98% / 95% / 95% / 85%) and dated steps (2024—2026年, 2025年底前, 2025年8月底前); 实施步骤 by year (2024年： / 2025年： / 2026年： headings) with 5所, 70%以上, 其余7所, 2025年10月底前, 2026年6月底前; 保障措施 (每年不少于5000万元, 每季度1次); 抄送 and 印发 lines",
  documentNumber="定政办发〔2024〕11号",
  title="定兴县人民政府办公室 定兴县教育局关于印发《定兴县创建国家义务教育优质均衡发展县实施方案》的通知",
  issuers=["定兴县人民政府办公室", "定兴县教育局"], issueDate="2024-04-12",
  references=["教督〔2017〕6号", "冀教督〔2022〕4号"],
  deadlineEnds=["2026-12-31", "2027-12-31", "2025-12-31", "2025-08-31", "2024-12-31", "2025-10-31", "2026-06-30"],
  targets=[
   t(0.5, "", "校际综合差异系数", "lte"),
   t(0.45, "", "校际综合差异系数", "lte"),
   t(85, "%", "社会认可度", "gte"),
   t(6, "项", "每所学校", "gte", optional=True),
   t(85, "%", "其余指标", "gte", optional=True),
   tc(4.5, "人", "每百名学生拥有高于规定学历教师数"),
   tc(5.6, "人", "每百名学生拥有高于规定学历教师数"),
   tc(1.2, "人", "每百名学生拥有县级以上骨干教师数"),
   tc(1.2, "人", "每百名学生拥有县级以上骨干教师数"),
   tc(1, "人", "每百名学生拥有体育、艺术专任教师数"),
   tc(1, "人", "每百名学生拥有体育、艺术专任教师数"),
   tc(4.8, "平方米", "生均教学及辅助用房面积"),
   tc(6, "平方米", "生均教学及辅助用房面积"),
   tc(7.8, "平方米", "生均体育运动场馆面积"),
   tc(10.5, "平方米", "生均体育运动场馆面积"),
   tc(2200, "元", "生均教学仪器设备值"),
   tc(2700, "元", "生均教学仪器设备值"),
   t(12, "所", "新建、改扩建中小学校"),
   t(4.6*WAN, "平方米", "新增校舍面积"),
   t(5400, "个", "新增学位"),
   t(56, "人", "大班额", "gte", optional=True),
   t(18, "个", "塑胶运动场"),
   t(360, "名", "义务教育教师"),
   t(80, "名", "体育、艺术教师", "gte"),
   t(200, "名", "骨干教师"),
   t(10, "%", "交流轮岗教师", "gte"),
   t(20, "%", "骨干教师", "gte"),
   t(1.2*YI, "元", "教育装备资金"),
   t(100, "%", "网络多媒体教室覆盖率"),
   t(98, "%", "义务教育巩固率", "gte"),
   t(95, "%", "学生体质健康测试合格率", "gte"),
   t(95, "%", "残疾儿童少年义务教育入学率", "gte"),
   t(85, "%", "随迁子女比例", "gte"),
   t(5, "所", "建设项目"),
   t(70, "%", "达标学校比例", "gte"),
   t(7, "所", "其余"),
   t(5000*WAN, "元", "创建专项资金", "gte"),
   t(1, "次", "专项督导", optional=True),
  ],
  responsibilities=[
   r("实施学校建设工程", [JY, "县发展改革局", "县自然资源和规划局", "县住房城乡建设局"]),
   r("补齐体育运动场馆短板", [JY, "县财政局", "县体育服务中心"], "2025-08"),
   r("加强教师队伍建设", [JY, "县委编办", "县人力资源社会保障局", "县财政局"]),
   r("提升装备和信息化水平", [JY, "县财政局", "县工业和信息化局"], "2025-12"),
   r("提高教育教学质量", [JY, "县残联", "县卫生健康局", "县人力资源社会保障局"]),
  ],
  optionalResponsibilities=ob("保障措施", "创建工作领导小组", "县政府教育督导室")),
 dict(seed="02_taiyuan_education_supervision_committee_office_2024_school_supervision_evaluation_measures_html_scoring_rectification.html",
  form="saved HTML page of a city 教育局 portal (meta SiteName / ColumnName / ArticleTitle / PubDate, an XHTML doctype, head with search box, nav <ul>, 您当前的位置 breadcrumb, an 信息公开 <table class=gk_table> of two label/value cells a row with 成文日期 2024-05-16 and the 文号 only there, h1 title, 发布时间 / 来源 / 字号 line, body in div.TRS_Editor of <p> paragraphs with bold 第X条 labels, print / close links, footer with ICP numbers): a 市人民政府教育督导委员会办公室 关于印发 notice (太原, 山西; 并教督办) for a 中小学校督导评估实施办法 in ten articles; a ministry 教督 document, a province 晋教督办 document and the 教育督导条例 by its 国务院令 number cited; 每年…不少于20%的学校 and 2024年至2028年 one full round; a hundred-point scheme by six parts (15 / 25 / 20 / 20 / 10 / 10分) and a 一票否决; procedure (15个工作日内, 3至5名督学, 不少于1天, 各不少于50人, 10个工作日内); grade bands (90分及以上 / 75分至89分 / 60分至74分 / 60分以下) and a 20% cap on 优秀; rectification (30个工作日内, 不超过6个月, 3个月内, 1个月内, 2025年3月底前 for the 2024 round); a yearly report 每年12月10日前, 每年不少于40学时, 2024年底前 持证上岗率 100%; 自2024年6月1日起施行, 有效期至2029年5月31日",
  documentNumber="并教督办〔2024〕3号",
  title="太原市人民政府教育督导委员会办公室关于印发《太原市中小学校督导评估实施办法》的通知",
  issuers=["太原市人民政府教育督导委员会办公室"], issueDate="2024-05-16",
  references=["教督〔2023〕3号", "晋教督办〔2023〕7号", "国务院令第624号"],
  deadlineEnds=["2028-12-31", "2025-03-31", "2024-12-31", "2029-05-31"],
  targets=[
   t(20, "%", "督导评估", "gte"),
   t(15, "个工作日", "自评", optional=True),
   rng(3, 5, "名", "督学", optional=True),
   t(1, "天", "实地督导时间", "gte", optional=True),
   t(50, "人", "问卷调查", "gte", optional=True),
   t(10, "个工作日", "反馈督导意见", optional=True),
   t(20, "%", "优秀等次比例", "lte", optional=True),
   t(30, "个工作日", "整改方案", optional=True),
   t(6, "个月", "整改期限", "lte", optional=True),
   t(3, "个月", "整改", optional=True),
   t(1, "个月", "复查", optional=True),
   t(40, "学时", "市级督学培训", "gte", optional=True),
   t(100, "%", "持证上岗率"),
  ],
  responsibilities=[],
  optionalResponsibilities=ob("市直学校和抽查复核", "辖区内学校的督导评估")),
 dict(seed="03_xiangyuan_county_education_hrss_finance_joint_2024_principal_rank_system_reform_plan_pdf_text_stages.txt",
  form="text copied from a PDF (hard wraps inside sentences, the title over three lines, a cited number cut across lines (长教 / 发〔2023〕35号), page-number lines — 1 — cutting a sentence): a three-body county joint 关于印发 notice (襄垣, 长治, 山西; 教育局, 人力资源和社会保障局, 财政局; 襄教发, a three-line masthead, the three-body signature on one line) for a 中小学校长职级制改革实施方案, a province 晋教人 document and a city 长教发 document cited by number; a 到2025年底 goal (覆盖率100%) and 到2026年 (60名左右, 每年不低于…15%); five items （一）…（五） each followed by a `牵头单位：X；配合单位：Y` line, with quotas (不超过5% / 30%), terms and conditions (3年, 2个任期, 中级以上, 5年以上, 1年试用期), allowance standards 每人每月1500元 / 1000元 / 700元 / 400元, 每年预算不少于80万元, 20% / 连续2年, 每5年不少于360学时, 每年选派20名; dated steps 2024年9月底前 / 2024年12月底前; 实施步骤 in four stages with bracketed periods (2024年6月 / 2024年7月—10月 / 2024年11月—2025年12月 / 2026年上半年) and 2024年10月底前; 每季度1次, a yearly 12月底前 report; 抄送 and 印发 lines",
  documentNumber="襄教发〔2024〕21号",
  title="襄垣县教育局 襄垣县人力资源和社会保障局 襄垣县财政局关于印发《襄垣县中小学校长职级制改革实施方案》的通知",
  issuers=["襄垣县教育局", "襄垣县人力资源和社会保障局", "襄垣县财政局"], issueDate="2024-06-03",
  references=["晋教人〔2022〕9号", "长教发〔2023〕35号"],
  deadlineEnds=["2025-12-31", "2026-12-31", "2024-09-30", "2024-12-31", "2024-06-30", "2024-10-31", "2026-06-30"],
  targets=[
   t(100, "%", "校长职级认定覆盖率"),
   t(60, "名", "专业化校长队伍", "approx"),
   t(15, "%", "校长交流轮岗比例", "gte"),
   t(5, "%", "特级校长比例", "lte", optional=True),
   t(30, "%", "高级校长", "lte", optional=True),
   t(3, "年", "任期", optional=True),
   t(2, "个", "任期", "lte", optional=True),
   t(5, "年", "教育教学工作经历", "gte", optional=True),
   t(1, "年", "试用期", optional=True),
   t(1500, "元", "职级津贴", optional=True),
   t(1000, "元", "高级", optional=True),
   t(700, "元", "中级", optional=True),
   t(400, "元", "初级", optional=True),
   t(80*WAN, "元", "预算", "gte"),
   t(20, "%", "年度考核优秀比例", "lte", optional=True),
   t(2, "年", "考核不合格", optional=True),
   t(360, "学时", "累计培训", "gte", optional=True),
   t(20, "名", "骨干校长"),
   t(1, "次", "推进会", optional=True),
  ],
  responsibilities=[
   r("设置校长职级", [JY, "县人社局"]),
   r("规范选聘任用", [JY, "县委组织部", "县委编办"], "2024-09"),
   r("实行职级薪酬", ["县人社局", "县财政局", JY]),
   r("强化考核评价", [JY, "县人社局"], "2024-12"),
   r("加强培养培训", [JY, "县财政局"]),
  ],
  optionalResponsibilities=ob("保障措施", "领导小组")),
]

write_gold(GOLD)
