"""Writes gold/*.json for probe74 and checks that every printed item occurs in its document.

Values are checked with their unit (亿/万 folded back to the printed form), ranges as printed (3—5个, 5—8家), the
indicator-table cells of 03 as the cell printed (≥20, 1.5). The HTML page is checked as its text (scripts and styles
dropped, tags dropped, entities unescaped), the .docx as the text of word/document.xml; full-width forms are folded.
Run from this folder: python3 make_gold.py
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from goldkit import YI, WAN, ob, r, rng, t, write_gold  # noqa: E402

def tc(printed, scale, unit, key, comparator=None, cell=None):
    """An indicator-table cell printed bare, its unit in the 单位 column (万人次 → scale WAN, unit 人次)."""
    return t(round(printed * scale, 6), unit, key, comparator, cell=cell or ("%g" % printed))

JY, FG, JX, CZ, RS = "县教育局", "县发改局", "县经信局", "县财政局", "县人力社保局"
ZJY, ZJX = "市教育体育局", "市经信局"

GOLD = [
 dict(seed="01_tiantai_county_office_2022_county_vocational_education_dual_system_opinions_portal_text_label_value_lines.txt",
  form="text copied from a county 人民政府 portal page (天台 in 台州, 浙江; a top bar, navigation, 当前位置 breadcrumb, the title wrapped over two lines, an 信息公开 table copied one cell a line so each label (索引号 / 发布机构 / 文号 / 成文日期 / 公开日期 / 主题分类 / 有效性) stands on its own line above its value, the number only there, a 字体 line, a 相关解读 link and a footer with ICP lines): a 县人民政府办公室 实施意见 on 县域职业教育 and 中职学校“双元制”改革 citing three documents by number (国发, 浙政办发, 台政发); a goal paragraph 到2022年底 (6个, 50家以上) / 到2025年 (2所, 3—5个, 10个以上, 3000人左右, 65%以上, 90%以上, 年…3万人次以上) / “十四五”末 (no figure); six tasks closing with a bracket, five as （责任单位：X、Y…） (one ending in 各乡镇（街道）, a bracket inside the bracket) and one as （X牵头，Y、Z配合）; item figures (总投资4.5亿元, 220亩, 2024年底前, 3所左右, 每所…2—3个, 不少于总学时的50%, 每年新增…10家以上, 5个以上, 2022—2024年 6个, 20% capped at 最高不超过100万元, 每年…不少于40名, 每5年…6个月, 8个左右, 40%以上, 2022—2025年累计12万人次 with 其中4万人次, 1.5万人 with 其中5000人); 保障措施 with 每年至少召开2次, 每年…不少于3000万元, 不低于30% and two bracketed items, the first (组织领导) without units; 施行 sentence, signature, date and （此件公开发布）",
  documentNumber="天政办发〔2022〕27号",
  title="天台县人民政府办公室关于推进县域职业教育高质量发展深化中职学校“双元制”改革的实施意见",
  issuers=["天台县人民政府办公室"], issueDate="2022-06-14",
  references=["国发〔2019〕4号", "浙政办发〔2021〕58号", "台政发〔2021〕17号"],
  deadlineEnds=["2022-12-31", "2025-12-31", "2024-12-31"],
  targets=[
   t(6, "个", "试点专业"),
   t(50, "家", "合作企业", "gte"),
   t(2, "所", "省高水平中职学校"),
   rng(3, 5, "个", "省高水平专业群"),
   t(10, "个", "产教融合实训基地", "gte"),
   t(3000, "人", "学生规模", "approx"),
   t(65, "%", "本地就业比例", "gte"),
   t(90, "%", "双师型", "gte"),
   t(3*WAN, "人次", "职业技能培训", "gte"),
   t(4.5*YI, "元", "总投资"),
   t(220, "亩", "用地面积"),
   t(3, "所", "中职学校", "approx"),
   rng(2, 3, "个", "骨干专业", optional=True),
   t(50, "%", "总学时", "gte", optional=True),
   t(10, "家", "合作企业", "gte"),
   t(5, "个", "产业学院", "gte"),
   t(6, "个", "共享型实训基地"),
   t(20, "%", "补助", optional=True),
   t(100*WAN, "元", "最高不超过", "lte", optional=True),
   t(40, "名", "兼职教师", "gte"),
   t(6, "个月", "企业实践", "gte", optional=True),
   t(8, "个", "工作室", "approx"),
   t(40, "%", "中高职一体化招生比例", "gte"),
   t(12*WAN, "人次", "补贴性职业技能培训"),
   t(4*WAN, "人次", "农村转移劳动力培训"),
   t(1.5*WAN, "人", "技能人才"),
   t(5000, "人", "高技能人才"),
   t(2, "次", "会议", "gte", optional=True),
   t(3000*WAN, "元", "职业教育发展专项资金", "gte"),
   t(30, "%", "地方教育附加", "gte"),
  ],
  responsibilities=[
   r("优化中职学校布局", [JY, FG, "县自然资源和规划局", CZ]),
   r("全面推行“双元制”培养模式", [JY, JX, RS]),
   r("共建产业学院和实训基地", [FG, JY, JX, CZ], "2024"),
   r("打造“双师型”教师队伍", [JY, "县委编办", RS]),
   r("深化中高职一体化培养", [JY]),
   r("大规模开展职业技能培训", [RS, "县农业农村局", "县退役军人事务局", "县总工会", "各乡镇（街道）"], "2025"),
   r("加大经费投入", [CZ, JY]),
   r("强化考核激励", ["县政府督查室", JY]),
  ],
  optionalResponsibilities=ob("加强组织领导", "县职业教育工作联席会议")),
 dict(seed="02_zhuji_education_sports_economy_it_joint_2023_industry_education_enterprise_recognition_notice_html_short_names_block.html",
  form="saved HTML page of a county-level city portal (诸暨 in 绍兴, 浙江; meta tags with the page title, top bar, nav, 您现在的位置 breadcrumb with &gt;, an 信息公开 <ul> of <li><b>label：</b>value pairs whose 发文机关 gives the two bodies in short forms 市教育体育局、市经信局 and whose 发文字号 is the only place of the number, an h1 title over two lines split by <br>, a 来源 / 发布时间 / script view count line): a 诸暨市教育体育局 and 诸暨市经济和信息化局 joint notice on 2023年度 产教融合型企业认定 citing a national notice (〈〉 inside 《》, 发改社会), a province 细则 (浙发改社会) and a city 意见 (诸政发) by number; a 认定数量 paragraph (2023年 15家左右 with 其中…不少于10家, 到2025年 累计40家以上, 5—8家, 比例达到30%以上); five 申报条件 that are conditions, not targets (满2年, 2000万元以上 / 1000万元, 满1年, 不少于20人, 不少于3名, 近3年内); 支持政策 standards (一次性奖励20万元 / 30万元, 按30%比例抵免, 每人每月300元, 每家企业每年最高不超过10万元); five 认定程序 stages with dates (2023年7月1日至7月31日, 2023年8月15日前, 2023年9月, 2023年10月底前, 有效期为3年, 不少于5个工作日); three 工作要求 items closing with brackets of three forms ((X牵头，Y配合) naming 各镇乡（街道）, (X、Y负责), (X牵头，Y、Z、W配合)); 联系人 lines with phone numbers, a two-line 附件 list, the two bodies signed on two right-aligned <p> and the date, 附件下载 links, footer with ICP lines",
  documentNumber="诸教体发〔2023〕39号",
  title="诸暨市教育体育局 诸暨市经济和信息化局关于开展2023年度产教融合型企业认定工作的通知",
  issuers=["诸暨市教育体育局", "诸暨市经济和信息化局"], issueDate="2023-06-16",
  references=["发改社会〔2019〕590号", "浙发改社会〔2020〕236号", "诸政发〔2022〕11号"],
  deadlineEnds=["2023-12-31", "2025-12-31", "2023-07-31", "2023-08-15", "2023-09-30", "2023-10-31"],
  targets=[
   t(15, "家", "产教融合型企业", "approx"),
   t(10, "家", "制造业企业", "gte"),
   t(40, "家", "产教融合型企业", "gte"),
   rng(5, 8, "家", "省级产教融合型企业"),
   t(30, "%", "合作的比例", "gte"),
   t(20*WAN, "元", "一次性奖励", optional=True),
   t(30*WAN, "元", "一次性奖励", optional=True),
   t(30, "%", "抵免", optional=True),
   t(300, "元", "实习补贴", optional=True),
   t(10*WAN, "元", "每家企业", "lte", optional=True),
   t(5, "个工作日", "公示期", "gte", optional=True),
   t(3, "年", "有效期", optional=True),
   t(3, "年", "不得再次申报", optional=True),
  ],
  responsibilities=[
   r("加强宣传发动", [ZJX, "各镇乡（街道）"]),
   r("严格审核把关", [ZJY, ZJX]),
   r("强化跟踪服务", [ZJY, "市财政局", "市人力社保局", "市税务局"]),
  ],
  optionalResponsibilities=ob("企业申报", "初审推荐", "评审认定", "发文公布", "动态管理")),
 dict(seed="03_yueqing_vocational_school_2021_fourteenth_five_year_plan_excerpt_docx_indicator_table_vmerge_task_table.docx",
  form="Word file (.docx built by make_docx.py from text/03.txt: red 文件头 of a school, number line, red rule, the notice's title over two paragraphs, signature and date, then the plan's title and （节选）, 抄送-style 印发 line) of a 中职学校's 关于印发 notice (乐清 in 温州, 浙江; 乐职校) issuing its “十四五”发展规划（2021—2025年）, three documents cited by number (浙教计, 乐政发, 乐政办发); headings numbered only by Word (w:numPr); a 发展基础 paragraph of reached figures (3680人, 246人, 78.5%, 1个, 2个, 36项, 97%以上) that are not targets; a 发展目标 paragraph (到2025年, 90%以上) and a 主要指标 w:tbl 序号 | 类别 | 指标 | 单位 | 2020年基期值 | 2025年目标值 | 属性 with the 类别 column merged down (w:vMerge), bare cells whose unit is the 单位 column (人, 万人次, 个, %, 项, 亿元) and ≥ cells; five tasks with headings above their paragraphs and figures (到2023年 2个, 2—3个, a 连续两年低于80% condition, 每年…4个以上, 不少于1学年, 120名左右, 每年…不少于60人次, 15名以上, 1.8万平方米, 8000万元, 2023年底前, 年均…1.2万人次以上, 每年不少于20项); a 重点任务分工表 w:tbl 序号 | 重点任务 | 牵头单位 | 责任单位 | 完成时限 naming the school's 处室 with “十四五”末 / 每年 / 持续推进 / 2023年12月 / 2021—2025年 / 2022年底 cells; 保障措施 with 每年…不少于500万元 and a 2023年 中期评估",
  documentNumber="乐职校〔2021〕15号",
  title="乐清市职业技术学校关于印发《乐清市职业技术学校“十四五”发展规划（2021—2025年）》的通知",
  issuers=["乐清市职业技术学校"], issueDate="2021-07-08",
  references=["浙教计〔2021〕42号", "乐政发〔2021〕6号", "乐政办发〔2021〕33号"],
  deadlineEnds=["2025-12-31", "2023-12-31", "2022-12-31"],
  targets=[
   tc(4000, 1, "人", "全日制在校生"),
   tc(1.5, WAN, "人次", "年社会培训"),
   tc(3, 1, "个", "省级高水平专业群"),
   tc(20, 1, "个", "校企合作订单班", "gte", cell="≥20"),
   tc(90, 1, "%", "双师型", "gte", cell="≥90"),
   tc(10, 1, "人", "省级以上名师"),
   tc(98, 1, "%", "职业技能等级证书获取率", "gte", cell="≥98"),
   tc(60, 1, "项", "技能大赛获奖"),
   tc(1.2, YI, "元", "实训设备总值"),
   t(2, "个", "省级高水平专业群"),
   rng(2, 3, "个", "专业"),
   t(4, "个", "订单班", "gte"),
   t(1, "学年", "岗位学习", "gte", optional=True),
   t(120, "名", "企业导师", "approx"),
   t(60, "人次", "企业实践", "gte"),
   t(15, "名", "能工巧匠", "gte"),
   t(1.8*WAN, "平方米", "建筑面积"),
   t(8000*WAN, "元", "总投资"),
   t(1.2*WAN, "人次", "社会培训", "gte"),
   t(20, "项", "技术服务项目", "gte"),
   t(500*WAN, "元", "专项经费", "gte"),
  ],
  responsibilities=[
   r("省级高水平专业群建设", ["教务处", "各专业部"], "2025"),
   r("“双元制”订单班扩面", ["校企合作处", "招生就业处", "各专业部"]),
   r("“双师型”教师培养培训", ["人事处", "教务处", "校企合作处"], "持续推进"),
   r("智能制造公共实训基地建设", ["总务处", "实训处", "财务处"], "2023-12"),
   r("社会培训和职业技能等级认定", ["继续教育处", "校企合作处", "各专业部"], "2025"),
   r("数字校园建设", ["信息中心", "总务处", "教务处"], "2022-12"),
  ],
  optionalResponsibilities=ob("规划实施领导小组")),
]

write_gold(GOLD)
