"""Writes gold/*.json for probe121 and checks that every printed item occurs in its document.

Values are checked with their unit (亿/万 folded back to the printed form), ranges as printed. The HTML page is checked as
its text (scripts and styles dropped, tags dropped, entities unescaped), the .docx as the text of word/document.xml;
full-width forms are folded. Run from this folder: python3 make_gold.py
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from goldkit import YI, WAN, ob, r, rng, t, write_gold  # noqa: E402

JY, RS, GX, CZ, FG = "市教育局", "市人力资源和社会保障局", "市工业和信息化局", "市财政局", "市发展和改革局"

GOLD = [
 dict(seed="01_wafangdian_city_office_2021_vocational_integration_plan_two_annexes_portal_text.txt",
  form="text copied from a county-level city portal page (瓦房店 in 大连, 辽宁; 瓦政办发): site line, nav line, 当前位置, an 信息索引号 / 发布机构 / 发文字号 / 主题分类 / 成文日期 / 发布日期 block one label a line (成文日期 2021-08-23, 发布日期 2021-08-27), the title, a short 印发 notice (one 2021年9月30日前 filing), an 附件：1.… / 2.… list before the signature, the signature, date and （此件公开发布）; then both attachments in full after the signature, each under its own 附件1 / 附件2 line: 附件1 a 实施方案（2021—2023年） with its own title, citing two documents, a 到2023年 goal (12个以上, 8个, 20家左右, 1500人以上, 60%以上, 年均…1万人次以上), six tasks without any unit (3—5个, 2个 with a 低于70% condition, 总投资3200万元, 建筑面积6000平方米, 每家…5万元, 每年…2个, 每年…不少于50名, 60%以上) and three 保障措施 (每半年召开1次, 每年…800万元, 三年累计…不少于2400万元); 附件2 a tab-laid 序号 | 重点任务 | 牵头单位 | 责任单位 | 完成时限 table of seven rows (2022年12月底前 / 2023年6月底前 / 每年 / 2023年12月底前 / 持续推进 / 2021年10月底前), the only place units are named; a footer with ICP numbers",
  documentNumber="瓦政办发〔2021〕42号",
  title="瓦房店市人民政府办公室关于印发瓦房店市深化职业教育产教融合实施方案的通知",
  issuers=["瓦房店市人民政府办公室"], issueDate="2021-08-23",
  references=["国办发〔2017〕95号", "大政办发〔2021〕17号"],
  deadlineEnds=["2021-09-30", "2023-12-31", "2022-12-31", "2023-06-30", "2021-10-31"],
  targets=[
   t(12, "个", "专业", "gte"),
   t(8, "个", "实训基地"),
   t(20, "家", "产教融合型企业", "approx"),
   t(1500, "人", "订单培养", "gte"),
   t(60, "%", "本地就业率", "gte"),
   t(1*WAN, "人次", "职业技能培训", "gte"),
   rng(3, 5, "个", "专业"),
   t(2, "个", "撤并"),
   t(3200*WAN, "元", "总投资"),
   t(6000, "平方米", "建筑面积"),
   t(5*WAN, "元", "奖励", optional=True),
   t(2, "个", "现代学徒制试点专业"),
   t(50, "名", "专业课教师", "gte"),
   t(60, "%", "双师型", "gte"),
   t(1, "次", "会议", optional=True),
   t(800*WAN, "元", "专项资金"),
   t(2400*WAN, "元", "累计", "gte"),
  ],
  responsibilities=[
   r("优化专业布局", [JY, GX, RS], "2022-12"),
   r("建设轴承产业公共实训基地", [JY, FG, CZ, "瓦房店轴承产业园管委会"], "2023-06"),
   r("认定市级产教融合型企业", [FG, JY, GX, CZ]),
   r("推行订单培养和现代学徒制", [JY, RS, "市总工会"], "2023-12"),
   r("建设“双师型”教师队伍", [JY, RS, "市委编办"], "持续推进"),
   r("开展职业技能培训", [RS, JY, "市农业农村局", "市退役军人事务局"]),
   r("落实产教融合专项资金", [CZ, JY], "2021-10"),
  ],
  optionalResponsibilities=ob("推进措施", "加强组织领导", "联席会议", "加大经费投入", "强化督导考核", "教育督导室")),
 dict(seed="02_taonan_city_office_2022_vocational_quality_action_plan_notice_annex_links_html.html",
  form="saved HTML page of a county-level city portal (洮南 in 白城, 吉林; 洮政办发): meta SiteName / ColumnName / ArticleTitle / PubDate, a baidu script, top bar, nav <ul>, breadcrumb, an 信息公开 <table> of th/td pairs (索引号 / 主题分类, 发布机构 / 成文日期, 文号 / 发布日期, 标题 across three cells), h1 title, an art-info line, the body in div#zoom, an 附件下载 <ul>, print links, a footer with ICP numbers and a jiucuo script: a 人民政府办公室 notice issuing a 行动计划（2022—2024年） whose three attachments (the plan, a 任务分工表, 评价指标) are only listed as <a> links to .docx / .xlsx files (附件：1.… 2.… 3.…) and again in the 附件下载 list, so every field comes from the notice: two cited documents (one cited with its own period （2020—2023年） in its title), seven numbered requirements, three closing （牵头单位：X；配合单位：Y、Z） / （责任单位：X、Y） / （X牵头，Y、Z配合） brackets (2022年, 600个, 2个, 500万元, 不低于每生每年1200元, 20名, 不少于1个月, 20%左右), one naming two bureaus in a sentence (2022年底前…15个以上, 300人以上, 30家以上), a 招生不足20人 condition, 2022年6月15日前, 每年1次 督导, 每年12月10日前 reports and a 2024年11月底前 evaluation, the signature and its date",
  documentNumber="洮政办发〔2022〕15号",
  title="洮南市人民政府办公室关于印发洮南市职业教育提质培优行动计划（2022—2024年）的通知",
  issuers=["洮南市人民政府办公室"], issueDate="2022-05-10",
  references=["教职成〔2020〕7号", "白政办发〔2022〕6号"],
  deadlineEnds=["2024-12-31", "2022-12-31", "2022-06-15", "2024-11-30"],
  targets=[
   t(600, "个", "实训工位"),
   t(2, "个", "专业"),
   t(500*WAN, "元", "专项资金"),
   t(1200, "元", "生均公用经费", "gte", optional=True),
   t(15, "个", "校企合作协议", "gte"),
   t(300, "人", "新型学徒制", "gte"),
   t(30, "家", "成员企业", "gte"),
   t(20, "名", "专业课教师"),
   t(1, "个月", "企业实践", "gte", optional=True),
   t(20, "%", "兼职教师", "approx"),
   t(1, "次", "专项督导", optional=True),
  ],
  responsibilities=[
   r("抓好年度重点工作", [JY, FG, CZ, "市自然资源局"], "2022"),
   r("强化经费保障", [CZ, JY], "2022"),
   r("加强师资队伍建设", [JY, "市委编办", RS], "2022"),
  ],
  optionalResponsibilities=ob("深化校企合作", "提高思想认识", "联席会议", "明确责任分工", "加强督导评价", "市政府督查室",
                              "高素质农民培育")),
 dict(seed="03_zunhua_city_office_2024_secondary_vocational_capacity_notice_docx_task_list_evaluation_indicators.docx",
  form="Word file (make_docx.py, probe41's builder) of a county-level city 人民政府办公室 notice (遵化 in 唐山, 河北; 遵政办字): red masthead, the number centred, a red rule, the title, recipients; the notice holds the plan itself, citing two documents, under typed headings (一、 / 二、 / 三、): a 到2025年 goal (6000元以上, 4个, 8个, 65%以上, 保持在96%以上, 每年…8000人次以上), four tasks without units (总投资1.2亿元, 新增建筑面积2.4万平方米, 2025年8月底前; 2—3个, 1个; 不少于30家, 10个以上; 100人次以上) pointing to 附件1 for duties, an 组织实施 paragraph (每年…600万元, 每年12月 考核, 2024年4月30日前, 2025年10月底前), the 附件 list, the signature, date and （此件公开发布）; then 附件1, a w:tbl 序号 | 重点任务 | 牵头单位 | 责任单位 | 完成时限 of six rows (2025年8月底前 / 2024年9月 / 2025年12月底前 / 每年 / 2024年6月底前 / 持续推进), and 附件2, a four-column w:tbl 一级指标 | 二级指标 | 分值 | 评分标准 whose 一级指标 is printed once per group (办学条件（30分）, the next row's cell empty), with scores (15, 10) and scoring thresholds (达到20平方米的得15分, 6000元, 70%, 3本以上, 65%, 累计不少于6个月, 96%, 2倍, 每低5个百分点扣3分): none of them a target",
  documentNumber="遵政办字〔2024〕11号",
  title="遵化市人民政府办公室关于实施中等职业学校办学能力提升工程的通知",
  issuers=["遵化市人民政府办公室"], issueDate="2024-03-18",
  references=["中办发〔2021〕43号", "唐政办字〔2023〕45号"],
  deadlineEnds=["2025-12-31", "2025-08-31", "2024-04-30", "2025-10-31", "2024-09-30", "2024-06-30"],
  targets=[
   t(6000, "元", "生均教学仪器设备值", "gte", optional=True),
   t(4, "个", "省级骨干专业"),
   t(8, "个", "市级特色专业"),
   t(65, "%", "双师型", "gte"),
   t(96, "%", "就业率", "gte"),
   t(8000, "人次", "职业技能培训", "gte"),
   t(1.2*YI, "元", "总投资"),
   t(2.4*WAN, "平方米", "建筑面积"),
   rng(2, 3, "个", "专业"),
   t(1, "个", "停招"),
   t(30, "家", "企业", "gte"),
   t(10, "个", "校外实训基地", "gte"),
   t(100, "人次", "骨干教师", "gte"),
   t(600*WAN, "元", "专项资金"),
  ],
  responsibilities=[
   r("建设职教中心实训楼和学生公寓", [JY, FG, "市自然资源和规划局", "市住房和城乡建设局"], "2025-08"),
   r("新增对接钢铁深加工、文化旅游产业专业", [JY, GX, "市文化广电和旅游局"], "2024-09"),
   r("开展校企合作，共建校外实训基地", [JY, GX, RS], "2025-12"),
   r("实施专业课教师全员轮训", [JY, RS, CZ]),
   r("落实中职教育专项资金", [CZ, JY], "2024-06"),
   r("开展社会化职业技能培训", [RS, JY, "市农业农村局", "市总工会"], "持续推进"),
  ],
  optionalResponsibilities=ob("领导小组", "考核评价", "具体工作方案", "组织实施", "改善办学条件", "优化专业设置", "深化产教融合",
                              "加强教师培训")),
]

if __name__ == "__main__":
    sys.exit(1 if write_gold(GOLD) else 0)
