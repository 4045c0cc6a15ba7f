"""Writes gold/*.json for probe56 and checks that every printed item occurs in its document.

Values are checked with their unit (亿/万 folded back to the printed form), ranges as printed. The HTML page is checked as
its text (scripts and styles dropped, tags dropped, entities unescaped), the .docx as the text of word/document.xml (so
the headings numbered by Word are checked without 一、 / （一）), the text copied from a PDF without its `— N —`
page-number lines (a value or key cut by a page break is checked joined, as a reader reads it); full-width forms are
folded. Run from this folder: python3 make_gold.py
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from goldkit import YI, WAN, ob, r, rng, t, write_gold  # noqa: E402

JY, CL, WJ, CZ, RS = "市教育局", "市残联", "市卫生健康委", "市财政局", "市人力资源和社会保障局"
QJ, QS, QG = "区教体局", "区市场监管局", "公安滨海分局"
SJW, SSJ, SGA = "市教委", "市市场监管委", "市公安局"
WJW, WWL, WRS = "区教委", "区文化旅游委", "区人力社保局"

GOLD = [
 dict(seed="01_danzhou_city_office_2024_2026_special_education_action_plan_docx_auto_numbering_unit_brackets.docx",
  form="Word file built by make_docx.py from text/01.txt: a city 人民政府办公室 关于印发 notice (儋州, 海南; 儋府办) for a 特殊教育发展提升行动计划（2024—2026年）, red masthead, a State Council office document and a province office document cited by number; the sections and sub-sections numbered only by Word (w:numPr, no 一、 / （一） in the text), eight typed 1.…8. items (runs split after the number) each closing （责任单位：X、Y…）; a 到2026年 goal paragraph (97%以上, 80%以上, 60%左右, 资源教室 全覆盖 for schools with 5名以上 disabled pupils, 40间以上, 每生每年7000元以上, 180人, 100%); item figures (每年5月底前 assessments, 送教上门 每月不少于4次 / 每次不少于2课时, 2024年9月起 每年30人以上, 特教班4个, 2025年秋季学期起 专业2个 / 每年40人左右, 2024年底前 18间 / 100%, 2025年6月底前 16个镇 各1所, 每学期, 每年不少于6名 / 95%以上, 6500平方米 with 开工 2024年12月底前 and 建成 2025年12月底前, 1：3, 三年新增40名, 每年不少于300人次, 每人每年不少于72学时, 不低于20%); 保障措施 (每半年1次, 三年累计3500万元以上 of which 2024年不少于1000万元, 每年1次); 抄送 and 印发 lines",
  documentNumber="儋府办〔2024〕38号",
  title="儋州市人民政府办公室关于印发《儋州市特殊教育发展提升行动计划（2024—2026年）》的通知",
  issuers=["儋州市人民政府办公室"], issueDate="2024-05-20",
  references=["国办发〔2021〕60号", "琼府办〔2022〕25号"],
  deadlineEnds=["2026-12-31", "2024-12-31", "2025-06-30", "2025-12-31"],
  targets=[
   t(97, "%", "义务教育入学率", "gte"),
   t(80, "%", "入园率", "gte"),
   t(60, "%", "高中阶段入学率", "approx"),
   t(5, "名", "残疾学生", "gte", optional=True),
   t(40, "间", "资源教室", "gte"),
   t(7000, "元", "生均公用经费", "gte", optional=True),
   t(180, "人", "特殊教育专任教师"),
   t(100, "%", "持证上岗率"),
   t(4, "次", "送教上门", "gte", optional=True),
   t(2, "课时", "每次", "gte", optional=True),
   t(30, "人", "学前残疾儿童", "gte"),
   t(4, "个", "特教班"),
   t(2, "个", "专业"),
   t(40, "人", "招生", "approx"),
   t(18, "间", "资源教室"),
   t(100, "%", "培训合格率"),
   t(16, "个", "镇", optional=True),
   t(1, "所", "中心学校", optional=True),
   t(6, "名", "康复医师", "gte"),
   t(95, "%", "康复救助覆盖率", "gte"),
   t(6500, "平方米", "康复训练楼"),
   t(40, "名", "特殊教育专任教师"),
   t(300, "人次", "专业培训", "gte"),
   t(72, "学时", "专业培训", "gte", optional=True),
   t(20, "%", "津贴", "gte", optional=True),
   t(1, "次", "会议", optional=True),
   t(3500*WAN, "元", "特殊教育经费", "gte"),
   t(1000*WAN, "元", "2024年", "gte"),
   t(1, "次", "专项督导", optional=True),
  ],
  responsibilities=[
   r("完善残疾儿童入学评估安置机制", [JY, CL, WJ, "市民政局"]),
   r("大力发展学前特殊教育", [JY, CL]),
   r("加快发展以职业教育为重点的高中阶段特殊教育", [JY, RS, CL]),
   r("推进随班就读资源教室建设", [JY, CZ], "2024-12"),
   r("健全特殊教育资源中心网络", [JY, "各镇人民政府"], "2025-06"),
   r("加强医教康教结合", [WJ, JY, CL]),
   r("改善办学条件", [JY, "市发展和改革委员会", CZ, "市自然资源和规划局"]),
   r("加强教师队伍建设", ["市委编办", JY, RS, CZ]),
  ],
  optionalResponsibilities=ob("加强组织领导", "联席会议", "加大经费投入", "强化督导评估", "市政府教育督导委员会")),
 dict(seed="02_binhai_new_area_education_sports_bureau_2024_forwarding_city_off_campus_training_campaign_notice_html_grid_metadata.html",
  form="saved HTML page of a 直辖市 district government portal (meta SiteName / ColumnName / ArticleTitle / PubDate, bootstrap links, baidu script, top bar, header with search form, nav <ul>, 当前位置 breadcrumb; an 信息公开 block laid out as a grid of div.row / div.col-md-6 cells, each a span label and a span value: 索 引 号 | 主题分类 / 发布机构 | 成文日期 2024年07月02日 / 文　　号 | 发布日期 / 名　　称 across the row; h2 title, 发布时间/来源/字体 line, body <p> paragraphs, 附件 link, 【打印本页】【关闭窗口】, 相关链接, footer with ICP numbers): a district 教育体育局 转发 notice (天津市滨海新区, 津滨教体发) forwarding a three-body city notice (津教委, reproduced after the district's signature with its title and number centred) on a 暑期校外培训治理专项行动; the district's four requirements, three closing （责任单位：X、Y、Z） (7月10日前 year-less, 不少于3轮, 412家, 100% twice, 24小时内, 2024年8月15日前, 不得超过3个月或60课时, 每周五12时前, 2024年8月31日前), a contact line; the forwarded notice citing an order by 教育部令第53号, the campaign 2024年7月1日至8月31日, a 工作目标 paragraph (100% three times, 95%以上), four tasks closing （X牵头，Y、Z配合） / （X、Y、Z按职责分工负责） / （X负责） (每区…不少于2次, 2024年8月20日前, 不少于50家), three dated stages （2024年7月1日—7月10日） / （2024年7月11日—8月20日） / （2024年8月21日—8月31日） with 7月10日前 / 8月31日前 reports, a 工作要求 paragraph, the three-body signature on one line and its date",
  documentNumber="津滨教体发〔2024〕41号",
  title="滨海新区教育体育局关于转发《天津市教育委员会 天津市市场监督管理委员会 天津市公安局关于开展2024年暑期校外培训治理专项行动的通知》的通知",
  issuers=["滨海新区教育体育局"], issueDate="2024-07-02",
  references=["津教委〔2024〕27号", "教育部令第53号"],
  deadlineEnds=["2024-07-10", "2024-08-15", "2024-08-31", "2024-08-20"],
  targets=[
   t(3, "轮", "联合检查", "gte"),
   t(412, "家", "非学科类校外培训机构", optional=True),
   t(100, "%", "检查覆盖率"),
   t(100, "%", "核查"),
   t(24, "小时", "响应", optional=True),
   t(3, "个月", "预收费", "lte", optional=True),
   t(60, "课时", "预收费", "lte", optional=True),
   t(100, "%", "审批登记率"),
   t(100, "%", "纳入监管比例"),
   t(100, "%", "整改率"),
   t(95, "%", "满意度", "gte"),
   t(2, "次", "集中排查", "gte", optional=True),
   t(50, "家", "监测媒体", "gte"),
  ],
  responsibilities=[
   r("压实属地责任", ["各街镇", QJ, QS], "2024-07"),
   r("突出检查重点", [QJ, QS, QG]),
   r("强化资金监管", [QJ, QS, "区金融局"], "2024-08"),
   r("开展隐形变异培训排查", [SJW, SSJ, SGA]),
   r("规范非学科类培训机构", [SJW, "市体育局", "市文化和旅游局"], "2024-08"),
   r("强化安全检查", [SGA, SSJ, SJW]),
   r("加强广告和收费监管", [SSJ]),
  ],
  optionalResponsibilities=ob("及时报送情况", "动员部署阶段", "集中检查阶段", "总结巩固阶段", "工作要求", "“双减”工作专班", "联系人")),
 dict(seed="03_wanzhou_language_committee_education_commission_joint_2024_language_work_points_pdf_text_lead_support_lines.txt",
  form="text copied from the PDF of a 直辖市 district notice (made by make_pdf_text.py from text/03.txt: hard wraps at 28 characters, a `— N —` page-number line every 22 lines, cutting the goal paragraph and an item): a joint 印发 notice of a district 语言文字工作委员会 and 教育委员会 (重庆市万州区, 万州教委发; both names on two masthead lines and one signature line) for the year's 语言文字工作要点, a city 语委 notice cited by number (〈〉 inside 《》) and a ministry plan by number; a 2024年 goal paragraph (86%以上, 100%全覆盖, 2所, 10所, 1.5万人次以上); nine numbered work points under four 一、… headings, each followed by one `牵头单位：X；配合单位：Y、Z` line wrapped like the text; item figures (2024年10月底前 95%以上, 3000人次以上 / 80%以上, 1.5万人次以上 again with 其中 8000人次左右 / 保持100%, 每季度1次 / 年底前 98%以上, 一级乙等以上, 2024年9月 至少1次 / 不少于20场, 2万人次以上 / 2024年6月底前, 长期坚持, 持续推进, 每年1次 / 每年不少于30万元); a 2024年11月30日前 report",
  documentNumber="万州教委发〔2024〕36号",
  title="重庆市万州区语言文字工作委员会 重庆市万州区教育委员会关于印发《2024年万州区语言文字工作要点》的通知",
  issuers=["重庆市万州区语言文字工作委员会", "重庆市万州区教育委员会"], issueDate="2024-03-18",
  references=["渝语委〔2024〕2号", "教语用〔2021〕5号"],
  deadlineEnds=["2024-11-30", "2024-12-31", "2024-10-31", "2024-09-30", "2024-06-30"],
  targets=[
   t(86, "%", "普通话普及率", "gte"),
   t(100, "%", "达标建设"),
   t(2, "所", "市级语言文字规范化示范校"),
   t(10, "所", "区级示范校"),
   t(1.5*WAN, "人次", "普通话水平测试", "gte"),
   t(95, "%", "达标率", "gte"),
   t(3000, "人次", "培训", "gte"),
   t(80, "%", "测试达标率", "gte"),
   t(8000, "人次", "教师资格", "approx"),
   t(100, "%", "新入职教师"),
   t(1, "次", "每季度", optional=True),
   t(98, "%", "社会用字规范率", "gte"),
   t(1, "次", "主题活动", "gte", optional=True),
   t(20, "场", "志愿服务活动", "gte"),
   t(2*WAN, "人次", "参与人数", "gte"),
   t(1, "次", "全体会议", optional=True),
   t(30*WAN, "元", "语言文字工作经费", "gte"),
  ],
  responsibilities=[
   r("加强学校语言文字工作", [WJW, "区教育督导室", "各镇乡人民政府", "街道办事处"], "2024-10"),
   r("开展重点人群推普培训", [WJW, "区农业农村委", WRS, "区乡村振兴局"]),
   r("做好普通话水平测试工作", [WJW, "区委组织部", WRS]),
   r("开展社会用字专项检查", ["区市场监管局", "区城市管理局", WWL, WJW], "2024-12"),
   r("规范党政机关和媒体用语用字", ["区委宣传部", "区政府办公室", "区融媒体中心"]),
   r("组织第27届全国推广普通话宣传周活动", [WJW, "团区委", WWL, "区融媒体中心"], "2024-09"),
   r("开展中华经典诵写讲系列活动", [WJW, WWL, "区图书馆"], "2024-06"),
   r("保护传承地方语言文化", ["区民政局", WWL, "区档案馆"]),
   r("健全工作机制", ["区语委办公室", "区财政局", "区语委各成员单位"]),
  ],
  optionalResponsibilities=ob("区语委办公室")),
]

write_gold(GOLD, strip_page_numbers=True)
