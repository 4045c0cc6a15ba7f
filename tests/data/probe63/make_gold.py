"""Writes gold/*.json for probe63 and checks that every printed item occurs in its document (goldkit.py: values with
their unit, 亿/万 folded back, cells as printed; HTML as its text, the .docx as the text of word/document.xml).
Run from this folder: python3 make_gold.py
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from goldkit import YI, WAN, ob, r, rng, t, write_gold  # noqa: E402

O = dict(optional=True)
JY, RS, CZ = "县教育局", "县人力资源和社会保障局", "县财政局"
QJY, QCZ = "各县区教育局", "各县区财政局"

TIANSHUI = [("秦州区", 2, 78, 42), ("麦积区", 2, 74, 44), ("清水县", 1, 46, 31), ("秦安县", 2, 68, 45),
            ("甘谷县", 2, 70, 46), ("武山县", 1, 52, 36), ("张家川回族自治县", 1, 44, 32), ("市直学校", 1, 28, 4)]
BAOJI = [("陈仓区", 20, 8), ("凤翔区", 18, 7), ("岐山县", 16, 7), ("扶风县", 14, 6), ("眉县", 12, 5),
         ("陇县", 18, 8), ("千阳县", 12, 5), ("麟游县", 14, 6), ("凤县", 12, 4), ("太白县", 14, 4)]

GOLD = [
 dict(seed="01_chenggu_county_office_2024_2026_teacher_workforce_three_year_action_plan_docx_auto_numbering_task_table.docx",
  form="Word file built by make_docx.py from text/01.txt: a county 人民政府办公室 关于印发 notice (城固县, 汉中市, 陕西; 城政办发) for a 新时代教师队伍建设三年行动计划（2024—2026年）, red masthead, a national opinion cited by title only and a province and a city document by number (陕教, 汉教发); sections and sub-sections numbered only by Word (w:numPr), eight typed 1.…8. items each closing （责任单位：X、Y…）; a 到2026年 goal paragraph (不少于360名 with 其中…不少于240名, 本科以上学历比例分别达到85%和95%以上, 12%以上, 300名 / 60名 / 15名, 提高3个百分点); items with 每年1次, 2024年底前, 每年…50名 / 20名, 不少于10场, 2025年6月底前, 每年不低于…15%, 每五年一周期不少于360学时, 1.2万人次, 不少于600人次, 20个, 每人每月300元、500元、700元 in three tiers, 2026年底前 240套, 体检1次; 保障措施 (每半年1次, 每年不低于500万元, 不低于…5%, 每年1次); an annex w:tbl 序号 | 重点任务 | 牵头单位 | 责任单位 | 完成时限 of five rows (month deadlines, a recurring 每年11月底前); 抄送 and 印发 lines",
  documentNumber="城政办发〔2024〕23号",
  title="城固县人民政府办公室关于印发《城固县新时代教师队伍建设三年行动计划（2024—2026年）》的通知",
  issuers=["城固县人民政府办公室"], issueDate="2024-05-20",
  references=["陕教〔2023〕41号", "汉教发〔2023〕58号"],
  deadlineEnds=["2026-12-31", "2024-12-31", "2025-06-30", "2025-12-31"],
  targets=[
   t(360, "名", "补充", "gte"),
   t(240, "名", "乡村学校补充", "gte"),
   t(85, "%", "小学"),
   t(95, "%", "初中", "gte"),
   t(12, "%", "研究生学历比例", "gte"),
   t(300, "名", "骨干教师"),
   t(60, "名", "学科带头人"),
   t(15, "名", "名师名校长"),
   t(3, "百分点", "中高级教师岗位比例"),
   t(1, "次", "师德师风专项督查", **O),
   t(50, "名", "城固好老师"),
   t(20, "名", "师德标兵"),
   t(10, "场", "巡回宣讲", "gte"),
   t(15, "%", "交流轮岗", "gte"),
   t(360, "学时", "全员培训", "gte", **O),
   t(1.2*WAN, "人次", "培训教师"),
   t(600, "人次", "跟岗研修", "gte"),
   t(20, "个", "名师工作室"),
   t(300, "元", "乡村教师生活补助", **O),
   t(500, "元", "乡村教师生活补助", **O),
   t(700, "元", "乡村教师生活补助", **O),
   t(240, "套", "教师周转宿舍"),
   t(1, "次", "健康体检", **O),
   t(1, "次", "专题会议", **O),
   t(500*WAN, "元", "教师培训专项经费", "gte"),
   t(5, "%", "教师培训经费", "gte"),
   t(1, "次", "专项督导", **O),
  ],
  responsibilities=[
   r("健全师德建设长效机制", [JY, "县委教育工委"], "2024-12"),
   r("开展师德典型选树", [JY, "县委宣传部", "县总工会"]),
   r("多渠道补充教师", [JY, "县委编办", RS]),
   r("深化县管校聘改革", [JY, RS], "2025-06"),
   r("分层分类开展培训", [JY, CZ]),
   r("打造骨干教师梯队", [JY], "2026"),
   r("落实乡村教师待遇", [CZ, JY, RS]),
   r("改善乡村教师工作生活条件", ["县住房和城乡建设局", JY, "县卫生健康局"], "2026-12"),
   r("建立教师师德档案", [JY, "各中小学校"], "2024-12"),
   r("完成新一轮县管校聘岗位竞聘", [JY, RS, "各中小学校"], "2025-06"),
   r("建设名师工作室20个", [JY, CZ], "2025-12"),
   r("新建、改造乡村学校教师周转宿舍", ["县住房和城乡建设局", JY, "各镇人民政府"], "2026-12"),
   r("开展乡村教师生活补助发放情况专项核查", [CZ, JY]),
  ],
  optionalResponsibilities=ob("加强组织领导", "强化经费保障", "严格督导考核", "领导小组", "县政府教育督导室")),
 dict(seed="02_tianshui_education_hrss_joint_2024_primary_secondary_teacher_title_review_notice_html_disclosure_table_stages.html",
  form="saved HTML page of a city 教育局 portal (甘肃; a top bar, logo and search form, a menu, 您当前的位置 breadcrumb with &gt;, a jQuery font-size script): the 信息公开 block as a <table> of label cells two pairs a row (索引号, 主题分类, 发布机构 naming the first body only, 成文日期 2024-06-18, letter-spaced 文　　号, 发布日期, 名　　称 in a colspan row, 有效性, 主题词), the title in an h2, a two-body joint notice (天水市教育局, 天水市人力资源和社会保障局; 天教发) on the 2024 中小学教师职称评审; two province documents cited by number (甘人社通, 甘人社发); 申报条件 with years of service and experience (满5年, 满2年 / 4年 / 5年, 1年以上, 满10年, 满20年, 72学时 / 48学时, a 2024年12月31日前 retirement condition, 3年内不得申报); quotas allocated (12名, 460名, 不少于280名 for 乡村学校, 不超过…85%) and an HTML quota table by county with a 合计 row; four dated stages (2024年7月1日—7月15日, then year-less 7月16日—7月25日, 7月26日—8月10日 with an 8月15日前 report, 8月16日—9月30日 with a 10月31日前 confirmation), 5个工作日 publicity, a 不低于10% check; contact lines, two attachment lines and links, the two bodies signed on one line, a footer with ICP and 公网安备 numbers",
  documentNumber="天教发〔2024〕86号",
  title="天水市教育局 天水市人力资源和社会保障局关于做好2024年度全市中小学教师职称评审工作的通知",
  issuers=["天水市教育局", "天水市人力资源和社会保障局"], issueDate="2024-06-18",
  references=["甘人社通〔2024〕178号", "甘人社发〔2016〕87号"],
  deadlineEnds=["2024-12-31", "2024-07-15", "2024-07-25", "2024-08-10", "2024-08-15", "2024-09-30", "2024-10-31"],
  targets=[
   t(3, "年", "不得申报", **O),
   t(12, "名", "正高级教师推荐名额", **O),
   t(460, "名", "高级教师评审指标", **O),
   t(280, "名", "乡村学校", "gte", **O),
   t(85, "%", "评审通过人数", "lte", **O),
   t(5, "个工作日", "公示", "gte", **O),
   t(10, "%", "抽查比例", "gte", **O),
  ] + [t(v, "名", name, cell=str(v), **O) for name, a, b, c in TIANSHUI for v in (a, b, c)],
  responsibilities=[],
  optionalResponsibilities=ob("个人申报", "学校推荐", "资格审核", "评审公示", "严格标准程序", "强化监督管理", "做好政策宣传")),
 dict(seed="03_baoji_education_finance_joint_2024_silver_age_lecture_teacher_recruitment_notice_portal_text_quota_table.txt",
  form="plain text of a city government portal page (陕西; breadcrumb with >, a tab-laid 信息公开 block two pairs a line with the letter-spaced 索 引 号 / 文　　号 labels, 成文日期 2024年05月27日 with zero-padded months, the number only there): a two-body joint notice (宝鸡市教育局, 宝鸡市财政局; 宝市教发) on recruiting 银龄讲学计划 teachers; a national and a province notice cited by number (教师函, 陕教师); a quota of 150名 with 中央 / 省级 / 市县 parts (60名, 40名, 50名) and a goal 力争到2025年…累计…300名以上; a tab-laid quota table 县区 | 招募名额（名） | 其中中央计划（名） | 服务学段 of ten counties; 招募条件 (中级职称, 65周岁, 1959年1月1日以后出生, 70周岁); 服务期 1学年, 续签 1学年, 不超过3年; 每人每年2万元 from three levels with a 40% city share, 每人每月不低于500元 生活补助 and 200元 交通补助, 每人不低于20平方米; four dated stages (2024年6月1日—6月5日, year-less 6月6日—6月25日, 6月26日—7月15日 with 5个工作日 publicity, 8月31日前) and a 2024年7月20日前 report; 工作要求 items closing 此项工作由X负责，Y配合。 / 由X负责。, 不超过3名 per school, 1名 mentor, 每学期1次; contact lines, an attachment line, the two bodies signed on one line, a footer with ICP numbers",
  documentNumber="宝市教发〔2024〕52号",
  title="宝鸡市教育局 宝鸡市财政局关于做好2024年银龄讲学计划教师招募工作的通知",
  issuers=["宝鸡市教育局", "宝鸡市财政局"], issueDate="2024-05-27",
  references=["教师函〔2023〕5号", "陕教师〔2024〕15号"],
  deadlineEnds=["2024-12-31", "2025-12-31", "2024-06-05", "2024-06-25", "2024-07-15", "2024-08-31", "2024-07-20"],
  targets=[
   t(150, "名", "银龄讲学教师", **O),
   t(60, "名", "中央计划", **O),
   t(40, "名", "省级计划", **O),
   t(50, "名", "市县自主计划", **O),
   t(300, "名", "累计招募银龄讲学教师", "gte"),
   t(1, "学年", "服务期", **O),
   t(3, "年", "连续服务时间", "lte", **O),
   t(2*WAN, "元", "工作经费", **O),
   t(40, "%", "市级财政承担", **O),
   t(500, "元", "生活补助", "gte", **O),
   t(200, "元", "交通补助", **O),
   t(20, "平方米", "周转宿舍面积", "gte", **O),
   t(5, "个工作日", "公示", "gte", **O),
   t(3, "名", "银龄教师", "lte", **O),
   t(1, "名", "青年教师", **O),
   t(1, "次", "考核", **O),
  ] + [t(v, "名", name, cell=str(v), **O) for name, a, b in BAOJI for v in (a, b)],
  responsibilities=[
   r("加强组织实施", [QJY, QCZ]),
   r("保障经费落实", [QCZ, QJY]),
   r("做好管理考核", [QJY]),
  ],
  optionalResponsibilities=ob("及时报送信息", "发布公告", "个人报名", "遴选确定", "签约上岗")),
]

write_gold(GOLD)
