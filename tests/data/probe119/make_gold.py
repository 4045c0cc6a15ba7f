"""Writes gold/*.json for probe119 and checks that every printed item occurs in its document (goldkit.py: values with
their unit, 亿/万 folded back, ranges as printed, cells as printed; HTML as its text, the .docx as the text of
word/document.xml). Run from this folder: python3 make_gold.py
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from goldkit import YI, WAN, ob, r, rng, t, write_gold  # noqa: E402

O = dict(optional=True)

def cells(key, *values):
    """Bare cells of an allocation table (万元), keyed by their row: optional."""
    return [t(v * WAN, "元", key, cell=v, **O) for v in values]

GOLD = [
 dict(seed="01_tengzhou_finance_education_joint_2023_vocational_quality_funds_notice_portal_text_tab_allocation_and_performance_tables.txt",
  form="text copied from a county-level city portal page (滕州 in 枣庄, 山东; 滕财教): a site line, breadcrumb, 无障碍 / 长者模式 bar, an 信息索引号 block one label a line (信息索引号 / 发布机构 / 生成日期 / 公开方式 / 文　　号 / 主题分类; the number only there, 生成日期 two days after the signature date), the title with a space between the two bodies, a 发布时间 / 来源 / 浏览次数 / 字体 line; a 市财政局 and 市教育局 joint notice handing down 现代职业教育质量提升计划 funds, citing three province and city documents by number (鲁财教 twice, 枣财教); the sum in the 现将…资金1265万元下达给你们 sentence with 其中 中央资金780万元 / 省级资金485万元; a tab-laid allocation table by school (序号 | 学校名称 | 合计 | 中央资金 | 省级资金, 单位：万元, a 合计 row with an empty cell) — allocations, not targets; a 科目 code 2050302; a use share 不低于40%; a tab-laid 绩效目标表 (一级指标 | 二级指标 | 三级指标 | 指标值) copied from a page whose merged cells were lost, so rows under a group carry two or three cells only (≥8个, ≥260人次, ≥45人次, ≥90%, ≥95%, 2023年12月底前, ≥95%, ≥90%), with no prose repeat of its figures; 四、职责分工 as three （N）X负责… paragraphs, one body each; 有关要求 with 2023年9月30日前, 2023年12月31日前 and 2024年1月20日前; a contact line with phone numbers, both bodies signing on one line, the date, （此件主动公开）, 上一篇 / 下一篇 titles of other fund notices, a footer with 网站标识码, ICP and 公安 numbers",
  documentNumber="滕财教〔2023〕27号",
  title="滕州市财政局 滕州市教育局关于下达2023年现代职业教育质量提升计划资金的通知",
  issuers=["滕州市财政局", "滕州市教育局"], issueDate="2023-07-18",
  references=["鲁财教〔2022〕68号", "枣财教〔2023〕19号", "鲁财教〔2021〕42号"],
  deadlineEnds=["2023-09-30", "2023-12-31", "2024-01-20"],
  targets=[
   t(1265*WAN, "元", "质量提升计划资金"),
   t(780*WAN, "元", "中央资金"),
   t(485*WAN, "元", "省级资金"),
   t(40, "%", "实训设备购置", "gte", **O),
   t(8, "个", "实训室", "gte"),
   t(260, "人次", "双师型", "gte"),
   t(45, "人次", "技能大赛", "gte"),
   t(90, "%", "验收合格率", "gte"),
   t(95, "%", "培训合格率", "gte"),
   t(95, "%", "就业（升学）率", "gte"),
   t(90, "%", "满意度", "gte"),
  ] + cells("滕州市职业教育中心学校", 528, 326, 202) + cells("滕州市中等职业学校", 365, 225, 140)
    + cells("滕州市高级技工学校", 212, 131, 81) + cells("滕州市第二职业中等专业学校", 160, 98, 62)
    + cells("合计", 1265, 780, 485),
  responsibilities=[
   r("资金项目的组织实施", ["市教育局"]),
   r("资金及时拨付", ["市财政局"]),
   r("项目具体实施", ["各职业院校"]),
  ],
  optionalResponsibilities=ob("加快支出进度", "设备采购招标", "强化绩效管理", "绩效自评", "严肃财经纪律", "联系人", "绩效目标")),
 dict(seed="02_jiaxian_education_bureau_2023_vocational_projects_proposed_support_list_publicity_html_word_pasted_table.html",
  form="saved HTML page of a county government portal (郏县 in 平顶山, 河南): XHTML doctype, meta SiteName / SiteIDCode / ColumnName / ArticleTitle / PubDate / ContentSource, a baidu script and a zoom script, top bar, search form, nav <ul>, 您现在的位置 breadcrumb to 通知公告, an h1 title, a 发布时间 / 信息来源 / 阅读次数 (written by a script) / 字号 line, the body in <div id=\"zoom\">; a county 教育局 名单公示 without a number: one city document cited by number (平教职成) and a county 申报指南 by title only; what was received and reviewed (5所 schools, 13个 projects, 612万元 asked, 5名 experts, 11个 passed, 80分以上) — results, nothing; the standards applied (每个补助不超过80万元 / 60万元 / 60万元, 不超过项目预算总额的70%); a list pasted from Word (MsoNormalTable, <p class=MsoNormal><span> cells, a header cell broken by <br>, each school merged over two rows with rowspan, a 合计 row spanning four cells) of 8 projects with 拟补助金额（万元） cells — the list is no target; 拟安排补助资金共计386万元; 公示期 2023年6月1日至6月7日（5个工作日）; objection rules; two 监督电话 with bracketed offices, an e-mail address, a street address with a room number and a postcode; 公示结束 steps with 2023年6月30日前 and 2023年12月底前; the signature and date a day before the 发布时间; an .xlsx attachment link, 上一篇 / 下一篇, a footer with phone, 网站标识码, ICP and 公安 numbers and a conac script",
  documentNumber=None,
  title="郏县教育局关于2023年职业教育质量提升项目拟支持名单的公示",
  issuers=["郏县教育局"], issueDate="2023-05-31",
  references=["平教职成〔2023〕12号"],
  deadlineEnds=["2023-06-07", "2023-06-30", "2023-12-31"],
  targets=[
   t(386*WAN, "元", "补助资金", **O),
   t(8, "个", "项目", **O),
   t(80*WAN, "元", "实训基地类项目", "lte", **O),
   t(60*WAN, "元", "校企合作类项目", "lte", **O),
   t(60*WAN, "元", "技能培训类项目", "lte", **O),
   t(70, "%", "项目预算总额", "lte", **O),
   t(5, "个工作日", "公示", **O),
  ] + cells("智能制造实训基地建设", 80) + cells("汽车运用与维修专业群建设", 60) + cells("电子商务直播实训室建设", 45)
    + cells("“双师型”教师培养培训", 25) + cells("护理实训中心改造", 52) + cells("中餐烹饪现代学徒制试点", 30)
    + cells("焊接技能大师工作室", 40) + cells("农村劳动力职业技能培训", 54) + cells("合计", 386),
  responsibilities=[],
  optionalResponsibilities=ob("项目实施方案", "下达资金", "公示期间", "跟踪检查", "异议", "专家评审")),
 dict(seed="03_tianchang_education_sports_bureau_2024_school_enterprise_demonstration_project_call_docx_conditions_standards_table.docx",
  form="Word file (make_docx.py, probe41's builder) of a county-level city 教育体育局 申报 notice (天长 in 滁州, 安徽; 天教体): a red masthead, the number centred, a red rule, the title, recipients; two documents cited by number (中办发 with a 〈〉 title inside 《》, 滁教职成); 一、申报项目 opening `2024年市级财政安排…专项资金300万元` with a quota 10个左右 and a w:tbl 序号 | 项目类别 | 计划支持数量 | 补助标准 | 建设周期 (3个左右 / 4个左右 / 3个左右, 每个项目补助不超过50万元 / 20万元 / 15万元, 2年 / 1年); 二、申报条件 of six conditions full of figures (近3年内, 不低于2000万元, 1年以上, 不少于3年, 不低于1:1, 不少于500平方米, 不少于40个, 不少于30人, 不少于5名, 不超过55周岁, 不超过3个) — conditions, not targets; 三、支持方式 with a 60% / 其余40% payment split; 四、申报程序 with 2024年4月10日至4月25日 online, 2024年4月26日前 on paper (a room number), 2024年5月20日前 review, a 5个工作日 公示; 五、工作要求 with a 3年内 ban, 2024年6月30日前 and 每季度末 reports; a contact line, a two-line attachment list, the signature, date, （此件公开发布）, 抄送 and 印发 lines",
  documentNumber="天教体〔2024〕18号",
  title="天长市教育体育局关于组织申报2024年职业教育校企合作示范项目的通知",
  issuers=["天长市教育体育局"], issueDate="2024-03-26",
  references=["中办发〔2022〕65号", "滁教职成〔2024〕4号"],
  deadlineEnds=["2024-12-31", "2024-04-25", "2024-04-26", "2024-05-20", "2024-06-30"],
  targets=[
   t(300*WAN, "元", "校企合作专项资金"),
   t(10, "个", "校企合作示范项目", "approx", **O),
   t(3, "个", "产教融合实训基地", "approx", **O),
   t(4, "个", "现代学徒制试点专业", "approx", **O),
   t(3, "个", "技能大师工作室", "approx", **O),
   t(50*WAN, "元", "产教融合实训基地", "lte", **O),
   t(20*WAN, "元", "现代学徒制试点专业", "lte", **O),
   t(15*WAN, "元", "技能大师工作室", "lte", **O),
   t(2, "年", "产教融合实训基地", **O),
   t(2, "年", "现代学徒制试点专业", **O),
   t(1, "年", "技能大师工作室", **O),
   t(60, "%", "补助资金", **O),
   t(40, "%", "其余", **O),
   t(5, "个工作日", "公示", **O),
  ],
  responsibilities=[],
  optionalResponsibilities=ob("学校申报", "审核评审", "公示立项", "工作要求", "项目立项后", "跟踪指导", "联系人", "验收", "支持方式")),
]

if __name__ == "__main__":
    sys.exit(1 if write_gold(GOLD) else 0)
