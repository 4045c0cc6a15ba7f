"""Writes gold/*.json for probe118 and checks that every printed item occurs in its document (goldkit.write_gold: values
with their unit, 亿/万 folded back, ranges as printed; the HTML page as its text, the .docx as the text of
word/document.xml; full-width forms and white space folded).
Run from this folder: python3 make_gold.py
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from goldkit import YI, WAN, ob, r, rng, t, write_gold  # noqa: E402

O = dict(optional=True)
SW, DZ, CZ = "镇社会事务办", "镇党政办", "镇财政所"
GC = "各村（社区）"
SK, DK, SQ = "社会事务科", "党政办", "各社区居委会"
XX, ZX = "镇中心小学", "白舍中学"

GOLD = [
 dict(seed="01_yingshan_luoshi_town_government_2022_rural_labour_skills_training_plan_portal_text_person_columns_task_table.txt",
  form="text copied from a county portal's township column (营山 in 南充, 四川; 骆府发): site line, nav, 当前位置 line, a tab-laid two-column 信息索引号 / 主题分类, 发布机构 / 成文日期, 文号 / 发布日期 block and a 名称 line (the number only there), the title, a 发布时间 / 来源 / 浏览次数 line; a 镇人民政府 notice issuing a 职业技能培训 工作方案: the notice's signature and date before the plan, two cited documents (川办发, 营府办发), a 到2022年底 goal paragraph (600人次以上 with 其中 不少于150人次, 8期, 每期…不少于40人, 90%以上, 70%左右, 2个, 3—5名), 16—60周岁, three dated stages, a tab-laid 任务分工 table 序号 | 工作任务 | 责任人 | 包村干部 | 责任单位 | 完成时限 whose 责任人 cells are posts with names (副镇长王建华, 党委委员、宣传委员周敏) and whose 包村干部 cells are names (李明、陈晓燕, 各村包村干部, —) beside unit cells of 镇党政办 / 镇社会事务办 / 各村（社区）, time limits 2022年4月15日前 / 2022年9月底前 / 长期; 保障措施 with a 5万元 fund, a 每人每天不超过60元 cap, 每季度 checks and a 每月25日前 report; an 附件 line, 上一篇 / 下一篇 and a footer with ICP numbers",
  documentNumber="骆府发〔2022〕9号",
  title="营山县骆市镇人民政府关于印发《骆市镇2022年农村劳动力职业技能培训工作方案》的通知",
  issuers=["营山县骆市镇人民政府"], issueDate="2022-03-14",
  references=["川办发〔2018〕56号", "营府办发〔2022〕11号"],
  deadlineEnds=["2022-12-31", "2022-04-15", "2022-11-30", "2022-12-20", "2022-09-30", "2022-10-31", "2022-12-10"],
  targets=[
   t(600, "人次", "职业技能培训", "gte"),
   t(150, "人次", "脱贫劳动力", "gte"),
   t(8, "期", "实用技术培训"),
   t(40, "人", "参训人员", "gte", **O),
   t(90, "%", "培训合格率", "gte"),
   t(70, "%", "就业率", "approx"),
   t(2, "个", "就业帮扶车间"),
   rng(3, 5, "名", "劳务品牌示范带头人"),
   rng(16, 60, "周岁", "农村劳动力", **O),
   t(4, "期", "就业技能培训"),
   t(300, "人次", "就业技能培训", "gte"),
   t(30, "人", "吸纳脱贫劳动力就业", "gte"),
   t(5*WAN, "元", "职业技能培训工作经费"),
   t(60, "元", "生活费补助", "lte", **O),
  ],
  responsibilities=[
   r("开展劳动力培训需求摸底", [SW, GC], "2022-04-15"),
   r("就业技能培训4期", [SW, "镇劳动保障所"], "2022-09"),
   r("实用技术培训8期", ["镇农业综合服务中心", GC], "2022-10"),
   r("新建就业帮扶车间2个", [SW, DZ], "2022-11"),
   r("培训补贴资金申报", [CZ, SW], "2022-12-10"),
   r("培训政策宣传", [DZ, GC]),
  ],
  optionalResponsibilities=ob("加强组织领导", "落实资金保障", "强化督查考核", "摸底调查阶段", "组织实施阶段", "总结验收阶段")),
 dict(seed="02_hanshou_longyang_subdistrict_office_2023_resident_skills_training_community_education_notice_html_section_brackets.html",
  form="saved HTML page of a county portal's 街道 column (汉寿 in 常德, 湖南; 龙街办发): meta SiteName / ColumnName / ArticleTitle / PubDate, a baidu script, top bar, nav <ul>, 当前位置 breadcrumb, an 信息公开 <table> of th/td pairs (索引号 / 分类, 发布机构 / 成文日期 as 2023-03-28, 文号 / 发布日期, 标题 across three cells), h1 title, the number again centred in the TRS_Editor div; a 街道办事处 notice on 社区居民职业技能培训 and 社区教育 citing two county documents (汉政办发, 汉教发): a 到2023年底 goal (1200人次以上 with 其中 不少于200人次, 500人, 200人, 3个, 每季度…不少于2次, 1—2个, 40%以上), five tasks closing with the 街道's own 科室 in three bracket forms — （责任科室：X、Y；责任单位：各社区居委会）, （责任科室：X、Y）, （责任科室：X、Y，各社区居委会） — (2023年4月30日前, 12期, 90%以上, 60%以上, 2023年10月底前, 每个教学点…不少于2名, 2023年9月底前, 8门, 1500人次以上, 每个社区每年…不少于4场, 每人500元至1500元, 8万元), 工作要求 with a 每月5日前 report and a 2023年12月15日前 summary, a 联系人 line with a landline, the signature and date right-aligned, footer with ICP numbers",
  documentNumber="龙街办发〔2023〕7号",
  title="汉寿县龙阳街道办事处关于做好2023年社区居民职业技能培训和社区教育工作的通知",
  issuers=["汉寿县龙阳街道办事处"], issueDate="2023-03-28",
  references=["汉政办发〔2022〕19号", "汉教发〔2023〕6号"],
  deadlineEnds=["2023-12-31", "2023-04-30", "2023-10-31", "2023-09-30", "2023-12-15"],
  targets=[
   t(1200, "人次", "职业技能培训", "gte"),
   t(200, "人次", "新就业形态劳动者", "gte"),
   t(500, "人", "城镇新增就业"),
   t(200, "人", "再就业"),
   t(3, "个", "社区学校"),
   t(2, "次", "社区教育活动", "gte", **O),
   rng(1, 2, "个", "终身学习示范社区"),
   t(40, "%", "参与率", "gte"),
   t(12, "期", "培训班"),
   t(90, "%", "培训合格率", "gte"),
   t(60, "%", "就业率", "gte"),
   t(2, "名", "专兼职教师", "gte", **O),
   t(8, "门", "课程"),
   t(1500, "人次", "老年学员", "gte"),
   t(4, "场", "家庭教育讲座", "gte", **O),
   rng(500, 1500, "元", "补贴", **O),
   t(8*WAN, "元", "社区教育工作经费"),
  ],
  responsibilities=[
   r("开展技能培训需求调查", [SK, DK, SQ], "2023-04"),
   r("组织订单式定向式培训", [SK, "经济发展办"], "2023-10"),
   r("推进社区教育阵地建设", [SK, DK, SQ], "2023-09"),
   r("办好老年教育和家庭教育", [SK, SQ, "街道关工委"]),
   r("落实培训补贴政策", ["财政所", SK]),
  ],
  optionalResponsibilities=ob("加强组织领导", "强化进度调度", "严格资金管理", "联系人")),
 dict(seed="03_nanfeng_baishe_town_government_2024_dropout_control_plan_docx_auto_numbering_village_table_contact_mobile.docx",
  form="Word file (make_docx.py, probe41's builder) of a 镇人民政府 notice issuing a 控辍保学 实施方案 (南丰 in 抚州, 江西; 白府发): red masthead, the number centred, a red rule, the title, recipients, a one-sentence notice with its signature and date before the plan; the plan citing a law without number and two documents (赣教基字, 丰教字), headings numbered by Word (w:numPr, 一、 / （一） dropped): a goal paragraph without a year (入学率达到100%, 巩固率保持在98%以上, 疑似辍学学生7名全部劝返复学, 劝返复学率100%, 入学安置率达到100%), six measures closing （责任单位：…） with township bodies, schools and 各村（社区） (6—15周岁, 2024年3月15日前, 每月5日前 monthly reports, 连续旷课3天以上, 3日内, 2024年4月30日前, 3名, 每月…不少于2次, 每次不少于2课时, 260名, 3万元), a w:tbl 序号 | 村（社区） | 疑似辍学学生 | 包保干部 | 劝返时限 whose rows name villages, N名 counts and persons (副镇长邱明辉、村支书吴国平) but no unit, three stages typed as text with bracketed dates (2024年5月—12月), 保障措施, a 联系人 line with a mobile number (13907941236), 抄送 and 印发 lines",
  documentNumber="白府发〔2024〕5号",
  title="南丰县白舍镇人民政府关于印发《白舍镇2024年控辍保学工作实施方案》的通知",
  issuers=["南丰县白舍镇人民政府"], issueDate="2024-02-19",
  references=["赣教基字〔2021〕9号", "丰教字〔2024〕3号"],
  deadlineEnds=["2024-03-15", "2024-04-30", "2024-12-31", "2024-03-31", "2024-04-15"],
  targets=[
   t(100, "%", "入学率"),
   t(98, "%", "巩固率", "gte"),
   t(7, "名", "疑似辍学学生", **O),
   t(100, "%", "劝返复学率"),
   t(100, "%", "入学安置率"),
   rng(6, 15, "周岁", "适龄儿童少年", **O),
   t(3, "天", "连续旷课", "gte", **O),
   t(3, "日", "家访", "lte", **O),
   t(3, "名", "白舍村", **O),
   t(2, "名", "望天村", **O),
   t(2, "名", "上店村", **O),
   t(3, "名", "重度残疾儿童少年", **O),
   t(2, "次", "送教上门", "gte", **O),
   t(2, "课时", "每次", "gte", **O),
   t(260, "名", "家庭经济困难学生"),
   t(3*WAN, "元", "控辍保学专项工作经费"),
  ],
  responsibilities=[
   r("全面摸排建档", [SW, XX, ZX, GC], "2024-03-15"),
   r("落实“七长”责任制", [DZ, SW, GC]),
   r("实行动态监测月报告", [XX, ZX]),
   r("精准劝返复学", [SW, "镇派出所", "镇司法所", GC], "2024-04-30"),
   r("做好送教上门", [XX, ZX]),
   r("强化资助帮扶", [CZ, SW]),
  ],
  optionalResponsibilities=ob("加强组织领导", "严格考核问责", "联系人", "摸排建档阶段", "集中劝返阶段", "巩固提升阶段")),
]

if __name__ == "__main__":
    sys.exit(1 if write_gold(GOLD) else 0)
