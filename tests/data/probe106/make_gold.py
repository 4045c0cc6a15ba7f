"""Writes gold/*.json for probe106 and checks that every printed item occurs in its document (goldkit.write_gold: values
with their unit, 亿/万 folded back, ranges as printed, table cells as printed; white space and full-width forms folded).
03 is checked as its text without the lines the PDF adds on every page (the `— N —` lines, the running header and the
table header row repeated under it), so that an item cut by a page break is checked as the document says it.
Run from this folder, after make_txt.py and make_html.py: python3 make_gold.py
"""
import os, re, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldkit  # noqa: E402
from goldkit import YI, WAN, ob, r, rng, t, write_gold  # noqa: E402

O = dict(optional=True)
RUNNING_HEADER = "福鼎市“十四五”教育发展专项规划"
_doc_text = goldkit.doc_text


def doc_text(name, strip_page_numbers=False):
    if not name.startswith("03_"):
        return _doc_text(name, strip_page_numbers)
    lines = open(os.path.join("docs", name), encoding="utf-8").read().splitlines()
    out, head, state = [], None, None
    for ln in lines:
        if re.fullmatch(r"\s*— \d+ —\s*", ln):
            state = "page"                       # a page ends: the running header comes next
            continue
        if state == "page" and not ln.strip():
            continue
        if state == "page" and ln == RUNNING_HEADER:
            state = "header"
            continue
        if state == "header" and ln == head:     # the table header row repeated under the running header
            state = None
            continue
        state = None
        if ln.startswith("类别") and head is None:
            head = ln
        out.append(ln)
    return goldkit.fold("\n".join(out))


goldkit.doc_text = doc_text

# 01 崇左
JY, RS, FG, CZ, GX = "市教育局", "市人力资源社会保障局", "市发展改革委", "市财政局", "各县（市、区）人民政府"
# 02 新余
XJY, XRS, XFG, XCZ = "市教育局", "市人社局", "市发改委", "市财政局"
XQ = "各县（区）人民政府（管委会）"
# 03 福鼎
FJY, FFG, FCZ, FZR, FZJ = "市教育局", "市发改局", "市财政局", "市自然资源局", "市住建局"

GOLD = [
 dict(seed="01_chongzuo_city_office_2022_14th_fyp_vocational_education_plan_portal_text_tab_indicator_table_column_boxes_four_heading_levels.txt",
  form="text copied from a city portal page (崇左, 广西; 崇政办发): site name, an accessibility bar, nav and breadcrumb lines, a tab-laid 信息公开 block two pairs a line (信息索引号 / 发布机构, 发文字号 / 成文日期, 公开方式 / 发布日期 2022-03-25 later than the signature, 主题分类 / letter-spaced 有 效 性), the title, a 发布时间 / 来源 / 浏览次数 / 字体 line; a 人民政府办公室 notice issuing a “十四五” 职业教育发展规划 (a long plan: 6,100 characters from the recipients to the last 保障措施) citing four documents by number (国发, 中办发, 桂政办发, the city's 纲要 崇政发); four heading levels 一、 / （一） / 1. / （1）; a 发展基础 section of “十三五” results (12所, 3.1万人, 6.8亿元, 21万平方米, 8个, 42个, 312家, 45%, 4.5万人次, 95%左右, 36项, 218项, 120人, 5所) and a 面临形势 section (58%): no targets; a 到2025年 goal paragraph (由12所整合为9所, 100%, 3.8万人, 2万人, 4所, 20个以上, 30家以上, 60%以上, 6万人次以上) and a 到2035年 vision; a 主要指标 table laid out as tab rows 指标 | 2020年基期 | 2025年目标 | 属性 (预期性 / 约束性; the unit in a bracket of the indicator cell: 所, 万人, %, 个, 家, 万人次, 人; ≥ in cells; 2020 cells and 属性 no targets); seven task sections of 1. items, eighteen closing （责任单位：…） brackets, three of them after （1）（2）（3） sub-items, two naming 各县（市、区）人民政府 / 各边境县（市）人民政府 after a comma; three 专栏 boxes between sections (专栏N title line, then （1）（2）（3） project lines: 1500亩, 总投资约20亿元, 2024年底前, 可容纳在校生1.5万人, 实训楼6栋, 3000个实训工位, 3个; 8个, 每个…至少对接1个, 12个 with 累计达到20个以上, 30个, 年均考核5000人次; 4个 with 200家以上, 5个左右, 每年…40个以上 and 2000人以上); item figures with every comparator (不足1200人 a condition, 每个县（市、区）重点办好1所, 2500人以上, 2023年6月底前, 25万平方米, 1.2亿元, 不低于3000元, 力争1所, 3—5个, 20个左右, 15个以上, 80%以上, 50本以上, 每所…每年至少…1次, 100门 with 其中…10门以上, 由6个增加到15个, 2000人以上, 一次性奖励20万元, 其中…5家以上, 1个 / 3万平方米 / 8个, 30个以上, 每个基地…不少于200人次, 2022年12月底前 and 到2025年 in one item, 25个, 1000人以上, 2022年底前, 800名, 60%以上, 3年以上, 每年选派200名, 每5年…不少于6个月, 3个, 15个, 1.5万人次以上, 每人300—1500元, 3000人以上, 4个, “十四五”期间累计…2万人次, 2个, 10个以上, 每年安排资金200万元, 15%左右, 5所, 3个, 100%, 稳定在97%以上); five 保障措施 without a unit (每年至少召开2次, 不低于每生每年1000元, 不低于30%, 每年…3000万元 and 5年累计不少于1.5亿元, 不低于50%, 2023年底前 and 2025年底 reviews, 每年评选…20名); 上一篇 / 下一篇 and a footer with ICP numbers",
  documentNumber="崇政办发〔2022〕15号",
  title="崇左市人民政府办公室关于印发崇左市“十四五”职业教育发展规划的通知",
  issuers=["崇左市人民政府办公室"], issueDate="2022-03-18",
  references=["国发〔2019〕4号", "中办发〔2021〕43号", "桂政办发〔2021〕86号", "崇政发〔2021〕7号"],
  deadlineEnds=["2025-12-31", "2035-12-31", "2023-12-31", "2023-06-30", "2024-12-31", "2022-12-31"],
  targets=[
   # goal paragraph and 主要指标 table (the 2025年目标 column; a figure printed twice is one item)
   t(9, "所", "中等职业学校"),
   t(12, "所", "中等职业学校", **O),
   t(3.8*WAN, "人", "在校生规模"),
   t(2*WAN, "人", "在校生规模"),
   t(100, "%", "达标率"),
   t(60, "%", "双师型", "gte"),
   t(4, "所", "优质中职学校"),
   t(20, "个", "示范特色专业及实训基地", "gte"),
   t(30, "家", "产教融合型企业", "gte"),
   t(15, "个", "中高职贯通"),
   t(6, "个", "中高职贯通", **O),
   t(97, "%", "就业（升学）率", "gte"),
   t(6*WAN, "人次", "职业技能培训", "gte"),
   t(500, "人", "留学生"),
   # （一） and 专栏1
   t(1, "所", "中等职业学校", **O),
   t(2500, "人", "平均在校生规模", "gte"),
   t(25*WAN, "平方米", "校舍建筑面积"),
   t(1.2*YI, "元", "教学仪器设备值"),
   t(3000, "元", "生均教学仪器设备值", "gte", **O),
   t(1, "所", "高职院校"),
   rng(3, 5, "个", "职业本科专业"),
   t(1500, "亩", "占地面积"),
   t(20*YI, "元", "总投资", "approx"),
   t(1.5*WAN, "人", "容纳在校生"),
   t(6, "栋", "实训楼", **O),
   t(3000, "个", "实训工位"),
   t(3, "个", "技师层级专业"),
   # （二） and 专栏2
   t(20, "个", "紧缺专业", "approx"),
   t(15, "个", "撤并", "gte"),
   t(80, "%", "专业占比", "gte"),
   t(50, "本", "校本教材", "gte"),
   t(1, "次", "教学能力比赛", **O),
   t(100, "门", "精品在线开放课程"),
   t(10, "门", "精品在线开放课程", "gte"),
   t(2000, "人", "年招生规模", "gte"),
   t(8, "个", "特色专业群"),
   t(1, "个", "产业园区", **O),
   t(12, "个", "示范特色专业及实训基地"),
   t(30, "个", "1+X证书试点专业"),
   t(5000, "人次", "考核"),
   # （三） and 专栏3
   t(20*WAN, "元", "一次性奖励", **O),
   t(5, "家", "产教融合型企业", "gte"),
   t(1, "个", "公共实训基地"),
   t(3*WAN, "平方米", "建筑面积"),
   t(8, "个", "实训区"),
   t(30, "个", "生产性实训基地", "gte"),
   t(200, "人次", "实习实训", "gte", **O),
   t(25, "个", "学徒制"),
   t(1000, "人", "学徒", "gte"),
   t(4, "个", "职业教育集团"),
   t(200, "家", "成员企业", "gte"),
   t(5, "个", "产业学院", "approx"),
   t(40, "个", "订单班", "gte"),
   t(2000, "人", "订单培养学生", "gte"),
   # （四）
   t(800, "名", "专业课教师"),
   t(60, "%", "专任教师", "gte"),
   t(3, "年", "企业工作经历", "gte", **O),
   t(200, "名", "专业课教师"),
   t(6, "个月", "企业实践时间", "gte", **O),
   t(3, "个", "培养培训基地"),
   t(15, "个", "名师工作室"),
   # （五）
   t(1.5*WAN, "人次", "边境地区劳动力", "gte"),
   rng(300, 1500, "元", "培训补贴", **O),
   t(3000, "人", "高素质农民", "gte"),
   t(4, "个", "边民技能培训中心"),
   t(2*WAN, "人次", "培训边民"),
   # （六）
   t(2, "个", "海外办学点"),
   t(10, "个", "跨境职业教育合作项目", "gte"),
   t(200*WAN, "元", "奖学金"),
   # （七）
   t(15, "%", "民办中职学校在校生占比", "approx"),
   t(5, "所", "智慧校园示范校"),
   t(3, "个", "虚拟仿真实训基地"),
   t(100, "%", "无线网络覆盖率"),
   # 保障措施
   t(2, "次", "会议", "gte", **O),
   t(1000, "元", "生均公用经费", "gte", **O),
   t(30, "%", "地方教育附加", "gte"),
   t(3000*WAN, "元", "专项资金"),
   t(1.5*YI, "元", "专项资金", "gte"),
   t(50, "%", "绩效奖励", "gte", **O),
   t(20, "名", "崇左工匠"),
  ],
  responsibilities=[
   r("整合优化中职学校布局", [JY, RS, "市委编办", GX], "2023"),
   r("推进中职学校办学条件达标", [JY, FG, CZ, "市自然资源局", GX]),
   r("推动高等职业教育提质发展", [JY, FG, CZ], "2025"),
   r("优化专业布局结构", [JY, RS, "市工业和信息化局"]),
   r("深化“三教”改革", [JY, "各职业院校"]),
   r("推进中高职贯通培养", [JY, "各职业院校"]),
   r("培育产教融合型企业", [FG, JY, "市工业和信息化局", CZ, "市税务局"], "2025"),
   r("建设产教融合实训基地", [RS, JY, FG, CZ]),
   r("推行现代学徒制", [JY, RS, "市国资委"]),
   r("补充配齐专业教师", ["市委编办", RS, JY], "2022-12"),
   r("提升教师专业能力", [JY, RS, CZ], "2025"),
   r("开展重点群体技能培训", [RS, JY, "市农业农村局", "市乡村振兴局", "市退役军人事务局"]),
   r("服务乡村振兴和边境发展", ["市农业农村局", "市乡村振兴局", JY, "各边境县（市）人民政府"]),
   r("深化中国—东盟职业教育合作", [JY, "市外事办", "市商务局"]),
   r("扩大来崇留学生规模", [JY, CZ, "市外事办", "各职业院校"], "2025"),
   r("深化职业院校办学体制改革", [JY, RS, "市市场监管局"]),
   r("推进职业教育信息化建设", [JY, "市大数据发展局", CZ]),
   r("健全质量评价机制", [JY, RS]),
  ],
  optionalResponsibilities=ob("加强组织领导", "联席会议", "加大经费投入", "完善政策支持", "强化督导评估", "营造良好氛围",
                              "崇左职业教育园区建设项目", "县域中职学校达标建设项目", "技工院校提升项目")),
 dict(seed="02_xinyu_city_office_2023_vocational_high_quality_development_plan_notice_html_23_row_division_table_multi_sentence_cells.html",
  form="saved HTML page of a city government portal (新余, 江西; 余府办发): XHTML doctype, meta SiteName / ColumnName / ArticleTitle / PubDate 2023-04-27 / ContentSource, a style block, a baidu script and a zoom script, top bar, search form, nav, breadcrumb, an 信息公开 <table> of label cells (索 引 号 / 主题分类, 发布机构 / 成文日期 2023-04-20, 文 号 / 发布日期, 名 称 across three cells), the h1 title, a 发布时间 / 信息来源 / 访问量 / 字体 line, the body in div#zoom > div.TRS_Editor of <p style> paragraphs (bold <strong> lead phrases opening the task paragraphs), 【打印本页】, 上一篇 / 下一篇, a footer with ICP numbers and a conac script; a 人民政府办公室 notice issuing a 推进职业教育高质量发展实施方案 (6,080 characters from the recipients to the last table row) citing two documents by number (中办发, the province 两办 赣办发); 总体要求 with 指导思想 and 基本原则; a 到2025年 goal paragraph (由7所调整为5所, 1.6万人左右, 4.5万人, 1所 “双高计划”, 3个, 40家, 8个, 65%以上, 每年…3万人次以上, 累计…1.2万人, 95%以上, 60%以上); eight task paragraphs and five 保障措施 naming no unit (6个, 30本以上, 60门, 60%以上, 2个, 每年…800人以上, 2025年底前…500名, 5个, 不少于1万人次, 每半年召开1次, 每年…5000万元, 每年开展1次, 每年12月15日前 reports, 每年评选…20名; 连续两年招生不足30人或就业率低于70% a condition); 实施步骤 in three dated stages (2023年4月—6月 with 2023年6月底前, 2023年7月—2024年12月, 2025年1月—12月); then the annex 重点任务分工表 as a Word-export <table> of 23 rows 序号 | 重点任务 | 具体措施 | 牵头单位 | 配合单位 | 完成时限, each 具体措施 cell two to four sentences with figures (不低于2000人, 12万平方米, 6000万元, 不低于3000元, 2023年 / 2024年 steps, 1000亩 / 45万平方米 / 25亿元 / 容纳在校生2万人, 500万元 / 200万元 awards, 每年…3—5个, 85%以上, 1500人以上, 2023年9月起, 50%左右, 5个, 每个专业至少与2家, 80%以上, 20个, 不少于60家, 10家以上, 一次性奖励10万元, 每个产业学院…不少于300人, 1个 / 1.8亿元, 30个以上, 5000个, 不少于2万人次, 每人每年4000元, 100家以上, 每年至少召开2次, 生师比20:1, 3年以上, 150名 / 不少于1个月, 不超过20%, 每人每年2万元, 300人以上, 60课时, 1万人次以上, 90%以上, 1所, 2000人次以上, 10个, 100名, 20门, 不低于30%, 1200元, 最高20万元、5万元, 不少于30人); 完成时限 cells 2023年12月底前 / 2024年12月底前 / 2025年12月底前 / “十四五”末 / 每年 / 2023年9月 / 2024年6月底前 / 2023年6月底前 / 持续推进 / 2025年11月底前; 配合单位 cells naming 渝水区人民政府, 分宜县人民政府, 新余高新区管委会, two colleges and 各县（区）人民政府（管委会）",
  documentNumber="余府办发〔2023〕12号",
  title="新余市人民政府办公室关于印发新余市推进职业教育高质量发展实施方案的通知",
  issuers=["新余市人民政府办公室"], issueDate="2023-04-20",
  references=["中办发〔2021〕43号", "赣办发〔2022〕17号"],
  deadlineEnds=["2025-12-31", "2024-12-31", "2023-12-31", "2023-09-30", "2023-06-30", "2024-06-30", "2025-11-30"],
  targets=[
   # goal paragraph (figures the tasks and the table print again are one item)
   t(5, "所", "中职学校"),
   t(7, "所", "中职学校", **O),
   t(1.6*WAN, "人", "在校生规模", "approx"),
   t(4.5*WAN, "人", "在校生规模"),
   t(1, "所", "双高计划"),
   t(3, "个", "高水平专业群"),
   t(40, "家", "产教融合型企业"),
   t(8, "个", "产业学院"),
   t(65, "%", "双师型", "gte"),
   t(3*WAN, "人次", "职业技能培训", "gte"),
   t(1.2*WAN, "人", "高技能人才"),
   t(95, "%", "就业（升学）率", "gte"),
   t(60, "%", "本地就业率", "gte"),
   # tasks, 保障措施 and table rows
   t(6, "个", "特色专业群"),
   t(30, "本", "新形态教材", "gte"),
   t(60, "门", "精品课程"),
   t(60, "%", "职业技能等级证书", "gte"),
   t(2, "个", "市域产教联合体"),
   t(800, "人", "学徒", "gte"),
   t(500, "名", "专业课教师"),
   t(5, "个", "职业体验中心"),
   t(1*WAN, "人次", "职业体验", "gte"),
   t(1, "次", "调度会", **O),
   t(5000*WAN, "元", "专项资金"),
   t(1, "次", "专项督导", **O),
   t(20, "名", "新余工匠"),
   t(2000, "人", "在校生规模", "gte", **O),
   t(1, "所", "县级职教中心", **O),
   t(12*WAN, "平方米", "校舍"),
   t(6000*WAN, "元", "教学仪器设备"),
   t(3000, "元", "生均教学仪器设备值", "gte", **O),
   t(1000, "亩", "占地面积"),
   t(45*WAN, "平方米", "总建筑面积"),
   t(25*YI, "元", "总投资"),
   t(2*WAN, "人", "容纳在校生"),
   t(500*WAN, "元", "奖补", **O),
   t(200*WAN, "元", "奖补", **O),
   rng(3, 5, "个", "紧缺专业"),
   t(85, "%", "专业占比", "gte"),
   t(1500, "人", "年招生人数", "gte"),
   t(2, "个", "试点专业"),
   t(50, "%", "升入高一级学校比例", "approx"),
   t(5, "个", "教学资源库"),
   t(2, "家", "企业", "gte", **O),
   t(80, "%", "试点专业覆盖率", "gte"),
   t(20, "个", "考核站点"),
   t(60, "家", "入库企业", "gte"),
   t(10, "家", "省级产教融合型企业", "gte"),
   t(10*WAN, "元", "一次性奖励", **O),
   t(300, "人", "技术技能人才", "gte", **O),
   t(1, "个", "公共实训基地"),
   t(1.8*YI, "元", "总投资"),
   t(30, "个", "生产性实训基地", "gte"),
   t(5000, "个", "实训工位"),
   t(2*WAN, "人次", "社会培训", "gte"),
   t(4000, "元", "培训补贴", **O),
   t(100, "家", "成员单位", "gte"),
   t(2, "次", "理事会", "gte", **O),
   t(60, "%", "专任教师", "gte"),
   t(3, "年", "企业工作经历", "gte", **O),
   t(3, "个", "培养培训基地"),
   t(150, "名", "专业课教师"),
   t(1, "个月", "实践时间", "gte", **O),
   t(20, "%", "兼职教师", "lte", **O),
   t(2*WAN, "元", "补助", **O),
   t(300, "人", "兼职教师库", "gte"),
   t(60, "课时", "教学任务", "gte", **O),
   t(1*WAN, "人次", "新能源产业", "gte"),
   t(90, "%", "培训合格率", "gte"),
   t(1, "所", "乡村振兴学院"),
   t(2000, "人次", "高素质农民", "gte"),
   t(10, "个", "培训项目"),
   t(100, "名", "乡村振兴带头人"),
   t(20, "门", "职业启蒙课程"),
   t(30, "%", "地方教育附加", "gte"),
   t(1200, "元", "生均公用经费", "gte", **O),
   t(20*WAN, "元", "奖励", **O),
   t(5*WAN, "元", "奖励", **O),
   t(30, "人", "技术技能人才典型", "gte"),
  ],
  responsibilities=[
   r("优化中职学校布局", [XJY, "市委编办", XRS, XCZ, "渝水区人民政府", "分宜县人民政府"], "2023-12"),
   r("推进中职学校办学条件达标", [XJY, XFG, XCZ, "市自然资源局"], "2024-12"),
   r("建设新余职教城", [XFG, XJY, "市自然资源局", "市住建局", XCZ, "新余高新区管委会"], "2025-12"),
   r("支持高职院校争先创优", [XJY, XFG, XCZ, XRS], "2025"),
   r("打造特色专业群", [XJY, "市工信局", XRS, XFG]),
   r("推进中高职贯通培养", [XJY, "江西冶金职业技术学院", "新余学院"], "2023-09"),
   r("深化“三教”改革", [XJY, "各职业院校"], "2025-12"),
   r("实施1+X证书制度", [XJY, XRS, "各职业院校"], "2024-12"),
   r("培育产教融合型企业", [XFG, XJY, "市工信局", XCZ, "市税务局"], "2025-12"),
   r("共建产业学院", [XJY, "市工信局", "市国资委", "各职业院校"], "2024-12"),
   r("共建共享实训基地", [XRS, XFG, XCZ, XJY], "2024-06"),
   r("推行现代学徒制", [XRS, XJY, "市国资委", "市总工会"], "2023-06"),
   r("组建市域产教联合体", [XJY, "市工信局", XFG, "新余高新区管委会"], "2024-12"),
   r("补足配齐专业教师", ["市委编办", XJY, XRS, XCZ], "2025-12"),
   r("加强“双师型”教师队伍建设", [XJY, XRS, XCZ, "各职业院校"], "2025-12"),
   r("完善兼职教师聘用制度", [XRS, XJY, XCZ], "2023-12"),
   r("大规模开展职业技能培训", [XRS, XJY, "市工信局", "市农业农村局", XQ]),
   r("服务乡村人才振兴", ["市农业农村局", XJY, XRS, XQ]),
   r("推进职普融通", [XJY, "各职业院校"], "2024-12"),
   r("加大职业教育经费投入", [XCZ, XJY, XRS], "持续推进"),
   r("提高技术技能人才待遇", [XRS, "市委组织部", XJY, XCZ], "持续推进"),
   r("开展职业教育宣传", ["市委宣传部", XJY, XRS, "市总工会"]),
   r("强化督导考核", ["市政府教育督导委员会办公室", XJY, XRS], "2025-11"),
  ],
  optionalResponsibilities=ob("加强组织领导", "领导小组", "强化经费保障", "强化督导考核", "营造良好氛围", "完善支持政策",
                              "动员部署阶段", "全面实施阶段", "总结提升阶段")),
 dict(seed="03_fuding_city_office_2021_14th_fyp_education_development_plan_pdf_text_hard_wraps_running_header_repeated_table_header.txt",
  form="text copied from a PDF of a county-level city 人民政府办公室 notice (福鼎 in 宁德, 福建; 鼎政办) issuing a “十四五” 教育发展专项规划 (6,000 characters from the recipients to the last 保障措施): the masthead line 福鼎市人民政府办公室文件, the number, the title over two lines, recipients, the 印发 sentence, signature, date, （此件主动公开）; lines cut at the printed width (38 Chinese characters, digits half as wide) with no blank line between paragraphs; a `— N —` line closing every page and the running header 福鼎市“十四五”教育发展专项规划 opening every page after the first, cutting sentences, a unit name (市发 / 改局) and a bracket; two documents cited by number (闽政办, 宁政办; a 〔 moved down with its year) and the city's 纲要 by title only; “十三五” results (58.6亿元, 46所, 1.8万个, 218所, 10.3万人, 6820人, 97.2%, 98.6%, 93.5%, 18个, 1260名, 86名, 100%): no targets; a 到2025年 goal with a paragraph of 分项 goals repeating the table, a 到2035年 vision; a 主要指标 table laid out with runs of spaces 类别 | 指标 | 2020年 | 2025年 | 属性 (类别 printed once per group, the unit in the indicator's bracket, ≥ in cells, a 0 cell for 大班额), cut by a page break inside 义务教育 with its header row repeated under the running header; nine task sections whose numbered items (1. …) run on and close with one （牵头单位：X；配合单位：Y、Z…） bracket after the last item, one unit 各乡镇人民政府（街道办事处） holding a bracket; item figures (20节, 10所, 不少于2小时, 5个, 55%以上, 每年降低1个百分点, 15所, 5400个 with 其中 4800个, 2022年底前, 每个乡镇至少…1所, 6个, 8所, 100%, 95%以上, 12所, 1.2万个 with 其中 8000个, 2023年底前, 56人以上 a condition, 中小学各1所, 10个, 80%, 每年投入3000万元, 60所, 90%以上, 160亩, 4.6亿元, 60个, 2024年8月底前, 3000个, 2所, 实训楼2栋, 3.5万平方米, 6个, 3个, 每年…1万人次以上, 低于70% a condition, 1个, 每年…300人以上, 50家以上, 10个, 年均500人左右, 1个, 20间, 1所 per 乡镇, 1.5万人, 1200名 with 其中 300名, 15名, 100名, 30个, 每年…不少于1000人次, 每5年…不少于360学时, 每年…20名, 高于…2个百分点, 2023年6月底前, 1个, 不低于10% / 20%, 2022年6月底前, 90%以上, 每学期至少…2次, 1个); five 保障措施 under headings of their own without a unit (每年至少召开2次, 25亿元, 2023年底前 and 2025年底 reviews, three rates 均达到100%); 抄送 and 印发 lines",
  documentNumber="鼎政办〔2021〕98号",
  title="福鼎市人民政府办公室关于印发福鼎市“十四五”教育发展专项规划的通知",
  issuers=["福鼎市人民政府办公室"], issueDate="2021-11-26",
  references=["闽政办〔2021〕63号", "宁政办〔2021〕87号"],
  deadlineEnds=["2025-12-31", "2035-12-31", "2022-12-31", "2023-12-31", "2024-08-31", "2023-06-30", "2022-06-30"],
  targets=[
   # 主要指标 table (the 2025年 column) and the prose printing the same figures: one item each
   t(98, "%", "毛入园率", "gte"),
   t(90, "%", "普惠性幼儿园覆盖率", "gte"),
   t(55, "%", "公办园在园幼儿占比", "gte"),
   t(99, "%", "巩固率", "gte"),
   t(80, "%", "集团化办学覆盖率"),
   t(0, "%", "大班额", cell="0", **O),
   t(95, "%", "毛入学率", "gte"),
   t(3, "所", "省级示范性普通高中"),
   t(100, "%", "办学条件达标率"),
   t(60, "%", "双师型", "gte"),
   t(98, "%", "残疾儿童少年", "gte"),
   t(85, "%", "本科以上学历", "gte"),
   t(60, "%", "智慧校园达标学校比例", "gte"),
   # （一）
   t(20, "节", "思政精品课"),
   t(10, "所", "德育品牌学校"),
   t(2, "小时", "体育活动", "gte", **O),
   t(5, "个", "劳动教育实践基地"),
   t(55, "%", "优良率", "gte"),
   t(1, "百分点", "近视率"),
   # （二）
   t(15, "所", "幼儿园"),
   t(5400, "个", "学位"),
   t(4800, "个", "公办学位"),
   t(1, "所", "公办中心幼儿园", **O),
   t(6, "个", "学前教育集团"),
   t(8, "所", "省级示范性幼儿园"),
   t(100, "%", "专任教师持证上岗率"),
   t(95, "%", "保育员持证上岗率", "gte"),
   # （三）
   t(12, "所", "中小学"),
   t(1.2*WAN, "个", "学位"),
   t(8000, "个", "城区新增学位"),
   t(1, "所", "城东", **O),
   t(1, "所", "太姥山", **O),
   t(10, "个", "教育集团"),
   t(3000*WAN, "元", "乡村学校"),
   t(60, "所", "乡村温馨校园"),
   t(90, "%", "随迁子女", "gte"),
   # （四）
   t(160, "亩", "占地面积"),
   t(4.6*YI, "元", "总投资"),
   t(60, "个", "教学班"),
   t(3000, "个", "普通高中学位"),
   t(2, "所", "特色高中"),
   # （五）
   t(2, "栋", "实训楼", **O),
   t(3.5*WAN, "平方米", "建筑面积"),
   t(6, "个", "骨干专业"),
   t(3, "个", "示范专业点"),
   t(1*WAN, "人次", "社会培训", "gte"),
   t(1, "个", "白茶产业学院"),
   t(300, "人", "技术技能人才", "gte"),
   t(50, "家", "企业", "gte"),
   t(10, "个", "实训基地"),
   t(500, "人", "招生规模", "approx"),
   # （六）
   t(1, "个", "特殊教育资源中心"),
   t(20, "间", "资源教室"),
   t(1, "所", "社区教育学校", **O),
   t(1.5*WAN, "人", "学员"),
   # （七）
   t(1200, "名", "教师"),
   t(300, "名", "公费师范生"),
   t(15, "名", "名校长"),
   t(100, "名", "学科带头人"),
   t(30, "个", "名师工作室"),
   t(1000, "人次", "乡村教师", "gte"),
   t(360, "学时", "全员培训", "gte", **O),
   t(20, "名", "最美教师"),
   t(2, "百分点", "岗位比例", **O),
   # （八）
   t(1, "个", "福鼎教育云"),
   t(100, "%", "多媒体教室覆盖率"),
   # （九）
   t(10, "%", "交流轮岗", "gte", **O),
   t(20, "%", "骨干教师", "gte", **O),
   t(90, "%", "压减率", "gte"),
   t(2, "次", "家庭教育指导活动", "gte", **O),
   t(1, "个", "家庭教育指导服务中心"),
   # 保障措施
   t(2, "次", "会议", "gte", **O),
   t(25*YI, "元", "教育基本建设资金"),
   t(100, "%", "专职保安员配备率"),
   t(100, "%", "封闭化管理率", **O),
   t(100, "%", "一键式紧急报警装置安装率", **O),
  ],
  responsibilities=[
   r("落实立德树人根本任务", [FJY, "市委宣传部", "团市委", "市文体旅局", "市卫健局"]),
   r("推进学前教育普及普惠", [FJY, FFG, FCZ, FZR, FZJ, "各乡镇人民政府（街道办事处）"], "2022-12"),
   r("推进义务教育优质均衡发展", [FJY, FFG, FCZ, FZR, FZJ], "2023-12"),
   r("推动普通高中多样化有特色发展", [FJY, FFG, FCZ, FZR], "2024-08"),
   r("推动职业教育提质培优", [FJY, "市人社局", "市工信局", "市农业农村局"], "2025"),
   r("办好特殊教育和终身教育", [FJY, "市民政局", "市残联", "市老龄办"]),
   r("加强教师队伍建设", [FJY, "市委编办", "市人社局", FCZ]),
   r("推进教育信息化", [FJY, "市工信局", FCZ], "2023-06"),
   r("深化教育综合改革", [FJY, "市委编办", "市人社局", "市市场监管局"], "2022-06"),
  ],
  optionalResponsibilities=ob("坚持党的全面领导", "加大教育投入", "保障教育用地", "强化督导评估", "维护校园安全稳定",
                              "市政府教育督导委员会")),
]

if __name__ == "__main__":
    sys.exit(1 if write_gold(GOLD) else 0)
