"""Writes gold/*.json for probe101 and checks that every printed item occurs in its document (goldkit.py: values with
their unit, 亿/万 folded back, ranges as printed; HTML as its text, scripts and styles dropped, entities unescaped;
full-width forms and white space folded, so a cell wrapped over two lines is checked as one). 01 is a GBK page: it is
read as GBK, as its http-equiv Content-Type meta says. 02 has CRLF line ends (read with universal newlines).
Run from this folder: python3 make_gold.py (after make_gbk.py)
"""
import html, os, re, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldkit  # noqa: E402
from goldkit import YI, WAN, ob, r, rng, t, write_gold  # noqa: E402

_doc_text = goldkit.doc_text

def doc_text(name, strip_page_numbers=False):
    """goldkit's reading, except that a page declaring charset=gbk is decoded as GBK."""
    path = os.path.join("docs", name)
    if name.endswith(".html"):
        raw = open(path, "rb").read()
        if b"charset=gbk" in raw[:800]:
            s = raw.decode("gbk")
            s = re.sub(r"<(script|style)[^>]*>.*?</\1>", "", s, flags=re.S)
            return goldkit.fold(html.unescape(re.sub(r"<[^>]+>", "", s)))
    return _doc_text(name, strip_page_numbers)

goldkit.doc_text = doc_text

O = dict(optional=True)
JY, RS, CZ, FG, JX = "县教育局", "县人社局", "县财政局", "县发改局", "县经信局"
WJT, WRS, WGX, WYJ, WNY = "县教育体育局", "县人社局", "县工信局", "县应急管理局", "县农业农村局"

GOLD = [
 dict(seed="01_qichun_county_office_2021_vocational_industry_education_tcm_plan_notice_gbk_html_li_span_metadata_br_body.html",
  form="saved HTML page of a county government portal served in real GBK (蕲春 in 黄冈, 湖北; 蕲政办发; written with make_gbk.py from text/01.utf8.html, http-equiv Content-Type charset=gbk, meta SiteName / ColumnName / ArticleTitle / PubDate, jQuery and zoom scripts holding the title in a JS string, a document.write hit counter inside the 发布时间 line, a conac document.write and a baidu script in the footer), top bar, nav <ul>, a 当前位置 breadcrumb of five links, a metadata block made of <ul><li><span>label：</span>value</li> with letter-spaced labels (索&nbsp;引&nbsp;号, 文&nbsp;&nbsp;&nbsp;&nbsp;号; 成文日期 2021-05-18, 发布日期 2021-05-24; the number only there), the title in a div, the body in div#zoom inside a <font> with no <p>: every paragraph a line closed by <br> and indented with &nbsp;&nbsp;&nbsp;&nbsp;, the signature and date pushed right with runs of &nbsp;, the plan title in <center><b>, headings in <b>: a 人民政府办公室 印发 notice for a plan on 职业教育产教融合 serving the 蕲艾 / 中医药 industry, citing three documents (国发, 鄂政发, 黄政办发); a 到2023年 goal (中医药类专业达到5个, 1500人左右, 蕲艾产业学院1个, 5个以上, 20家以上, 60%以上, 每年…3000人次以上, 50%以上) and 到2025年底 (3—5家, 1.2万人); six tasks closing （责任单位：…） and one （牵头单位：X；配合单位：Y、Z） (2021年底前 新增…专业2个 / 撤并…专业2个, 2022年6月底前, 800万元, 6000平方米, 实训室10间, 每年…不少于300人, 每个…至少与3家, 每年…不少于40名, 每年…不少于1个月, 2023年6月底前 15名 / 10名, 每课时80元, 每年培训3000人次以上 again, 90%以上, 每人500元至1500元, 3—5家 again, 20万元); 保障措施 (每半年1次, 每年…不少于500万元, 不低于30%, 每生每年不低于1500元 with a bracket; two without), 打印 / 关闭, 上一篇 / 下一篇 and a footer with ICP numbers",
  documentNumber="蕲政办发〔2021〕18号",
  title="蕲春县人民政府办公室关于印发蕲春县职业教育产教融合服务中医药产业发展实施方案的通知",
  issuers=["蕲春县人民政府办公室"], issueDate="2021-05-18",
  references=["国发〔2019〕4号", "鄂政发〔2019〕26号", "黄政办发〔2021〕4号"],
  deadlineEnds=["2023-12-31", "2025-12-31", "2021-12-31", "2022-06-30", "2023-06-30"],
  targets=[
   t(5, "个", "中医药类专业"),
   t(1500, "人", "在校生", "approx"),
   t(1, "个", "蕲艾产业学院"),
   t(5, "个", "实训基地", "gte"),
   t(20, "家", "中医药企业", "gte"),
   t(60, "%", "双师型", "gte"),
   t(3000, "人次", "培训", "gte"),
   t(50, "%", "本地就业率", "gte"),
   rng(3, 5, "家", "产教融合型企业"),
   t(1.2*WAN, "人", "技能人才总量"),
   t(2, "个", "中医康复保健"),
   t(2, "个", "撤并"),
   t(800*WAN, "元", "建设资金"),
   t(6000, "平方米", "实训用房"),
   t(10, "间", "实训室"),
   t(300, "人", "订单培养", "gte"),
   t(3, "家", "企业", "gte", **O),
   t(40, "名", "兼职教师", "gte"),
   t(1, "个月", "企业实践", "gte", **O),
   t(15, "名", "专业教师"),
   t(10, "名", "专业带头人"),
   t(80, "元", "课时补贴", **O),
   t(90, "%", "培训合格率", "gte"),
   rng(500, 1500, "元", "职业培训补贴", **O),
   t(20*WAN, "元", "奖励", **O),
   t(1, "次", "联席会议", **O),
   t(500*WAN, "元", "专项资金", "gte"),
   t(30, "%", "地方教育附加", "gte"),
   t(1500, "元", "生均公用经费", "gte", **O),
   t(1, "次", "专项督导", **O),
  ],
  responsibilities=[
   r("优化专业布局", [JY, "县卫生健康局", RS], "2021-12"),
   r("建设蕲艾产业学院", [JY, CZ, FG, "县蕲艾产业发展服务中心"], "2022-06"),
   r("深化校企合作", [JY, JX, RS]),
   r("加强“双师型”教师队伍建设", [JY, RS, "县委编办"], "2023-06"),
   r("开展面向产业的技能培训", [RS, JY, "县农业农村局", "县退役军人事务局", "各乡镇人民政府"]),
   r("培育产教融合型企业", [FG, JY, JX, CZ], "2025-12"),
   r("加大经费投入", [CZ, JY]),
  ],
  optionalResponsibilities=ob("加强组织领导", "强化督导考核", "领导小组")),
 dict(seed="02_wanzai_county_office_2022_secondary_vocational_special_industries_three_year_plan_doc_export_crlf_tab_table_wrapped_cells.txt",
  form="plain text exported from a Word 97 .doc by a converter (万载 in 宜春, 江西; 万府办字): CRLF line ends, the masthead line 万载县人民政府办公室文件, the number on its own line, the title over three lines (the issuer on the first), recipients, body paragraphs indented with a tab, the signature, date and （此件主动公开） before the plan, the plan title over two lines; a 人民政府办公室 印发 notice for a three-year plan (2022—2024年) on 中职教育 serving 花炮, 有机农业 and 夏布, citing two documents (赣府厅发, 宜府办字); a 到2024年底 goal (4500人左右, 特色专业6个, 省级示范专业2个, 实训基地8个, 50家以上, 55%以上, 每年…5000人次以上 with 其中 2000人次以上, 稳定在95%以上); five tasks without any unit (2022年12月底前 专业2个 / 撤并专业3个, 3000平方米 / 200个, 2023年6月底前, 实训基地2个 / 工作室1个, a 由县中等专业学校牵头 sentence, 30家以上, 每年…不少于200人, 每年…60人次, 20名以上, 2023年9月, 持证上岗率达到100%, 每年…1500人次以上); 保障措施 (每年…600万元, 三年累计…不少于1800万元, 每生每年不低于1200元, 每季度); the duties only in an annex 重点任务分工表 laid out as tab-separated rows 序号 \\t 任务 \\t 责任单位 \\t 时限, eight rows repeating the tasks' figures, row 2's 责任单位 cell wrapped after 、 so that its last unit and the 时限 stand on the next line, row 4's 任务 cell wrapped so that 成员单位30家以上, the units and the 时限 stand on the next line; 时限 cells 2022年12月底前 / 2023年6月底前 / 2023年12月底前 / 2022年10月底前 / 每年 / 持续推进 / 2022—2024年; a 抄送 line and an 印发 line with a later date (2022年7月13日印发) parted by a tab",
  documentNumber="万府办字〔2022〕35号",
  title="万载县人民政府办公室关于印发万载县中等职业教育与特色产业协同发展三年行动计划（2022—2024年）的通知",
  issuers=["万载县人民政府办公室"], issueDate="2022-07-12",
  references=["赣府厅发〔2021〕18号", "宜府办字〔2022〕9号"],
  deadlineEnds=["2024-12-31", "2022-12-31", "2023-06-30", "2023-09-30", "2023-12-31", "2022-10-31"],
  targets=[
   t(4500, "人", "在校生规模", "approx"),
   t(6, "个", "特色专业"),
   t(2, "个", "省级示范专业"),
   t(8, "个", "实训基地"),
   t(50, "家", "校企合作企业", "gte"),
   t(55, "%", "双师型", "gte"),
   t(5000, "人次", "职业技能培训", "gte"),
   t(2000, "人次", "安全技能培训", "gte"),
   t(95, "%", "毕业生就业", "gte"),
   t(2, "个", "电子商务"),
   t(3, "个", "撤并"),
   t(3000, "平方米", "实训用房"),
   t(200, "个", "实训工位"),
   t(2, "个", "有机农业实训基地"),
   t(1, "个", "传承工作室"),
   t(30, "家", "成员单位", "gte"),
   t(200, "人", "订单培养", "gte"),
   t(60, "人次", "专业课教师"),
   t(20, "名", "兼职教师", "gte"),
   t(100, "%", "持证上岗率"),
   t(1500, "人次", "培训", "gte"),
   t(600*WAN, "元", "专项资金"),
   t(1800*WAN, "元", "累计投入", "gte"),
   t(1200, "元", "生均公用经费", "gte", **O),
  ],
  responsibilities=[
   r("完成专业布局调整", [WJT, WRS, WGX], "2022-12"),
   r("建设花炮安全生产实训中心", [WJT, WYJ, "县花炮产业发展服务中心"], "2023-06"),
   r("共建有机农业实训基地", [WNY, WJT, "县文广新旅局"], "2023-12"),
   r("组建万载县特色产业职业教育联盟", [WJT, WGX, "县工商联"], "2022-10"),
   r("选派专业课教师到企业实践", [WJT, WRS]),
   r("开展花炮企业从业人员安全生产技能培训", [WYJ, WRS, WJT], "持续推进"),
   r("开展有机农业种植技术培训", [WNY, WRS, "各乡镇人民政府"], "2024"),
   r("安排中职教育发展专项资金", ["县财政局", WJT]),
  ],
  optionalResponsibilities=ob("组建职业教育联盟", "强化组织领导", "加强督查考核", "工作专班")),
 dict(seed="03_shucheng_education_bureau_2023_secondary_vocational_quality_three_year_plan_wechat_article_pasted_document.txt",
  form="plain text copied from a WeChat official-account article of a county 教育局 (舒城 in 六安, 安徽; 舒教): the headline (the notice's title), an 原创 / account / author / time / 发表于安徽 line, 点击蓝字 关注我们, an editor's lead restating three goal figures (8000人左右, 3个, 65%以上) and ending 一起来看全文↓↓↓, the notice's title repeated, the number 舒教〔2023〕21号 on its own line, recipients naming 股室, the signature and date (2023年4月6日, before the article's 2023-04-12), the plan title over two lines; a 教育局 印发 notice for a 中职教育质量提升 three-year plan (2023—2025年) citing a province and a city document (皖教职成, 六教职成); a 到2025年 goal (8000人左右, 3个, 6个以上, 65%以上, 覆盖率达到80%, 96%以上, 每年…1.5万人次以上); seven tasks closing brackets naming the bureau's 股室 in four forms (（牵头股室：X；配合单位：Y）, （责任股室：X、Y）, （责任股室：X、Y；配合单位：Z）, （责任单位：X、Y）, （牵头股室：X；配合股室：Y、Z）) (到2024年底 撤并专业点4个 / 专业3个, 每个专业…不少于2门, 20门, 30本, 每年选派100名, 15名, 2023年9月底前, 3000万元, 实训楼1栋, 1.2万平方米, 2024年6月底前, 800个, 每所…至少与5家, 60家以上, 每年…500人以上, 每年…1次, 年均增长10%以上, “3+2” / “3+3” forms that are no figures, 到2025年 8个 / 1200人); 保障措施 (每生每年不低于3000元, 不低于30%, 每学期1次 with brackets; 加强组织领导 and a 每年5月 活动周 without); then 来源 / 编辑 / 审核 / 终审 lines, 阅读原文, the WeChat overlay text (预览时标签不可点, 微信扫一扫, 知道了, 取消　允许), 往期推荐 titles and 分享 / 收藏 / 赞 / 在看",
  documentNumber="舒教〔2023〕21号",
  title="舒城县教育局关于印发《舒城县中等职业教育质量提升三年行动方案（2023—2025年）》的通知",
  issuers=["舒城县教育局"], issueDate="2023-04-06",
  references=["皖教职成〔2021〕3号", "六教职成〔2023〕5号"],
  deadlineEnds=["2025-12-31", "2024-12-31", "2023-09-30", "2024-06-30"],
  targets=[
   t(8000, "人", "在校生规模", "approx"),
   t(3, "个", "省级示范专业"),
   t(6, "个", "市级特色专业", "gte"),
   t(65, "%", "双师型", "gte"),
   t(80, "%", "覆盖率"),
   t(96, "%", "升学就业率", "gte"),
   t(1.5*WAN, "人次", "社会培训", "gte"),
   t(4, "个", "撤并"),
   t(3, "个", "工业机器人"),
   t(2, "门", "精品课程", "gte", **O),
   t(20, "门", "精品课程"),
   t(30, "本", "校本教材"),
   t(100, "名", "专业课教师"),
   t(15, "名", "高技能人才"),
   t(3000*WAN, "元", "实训楼"),
   t(1, "栋", "实训楼"),
   t(1.2*WAN, "平方米", "建筑面积"),
   t(800, "个", "实训工位"),
   t(5, "家", "企业", "gte", **O),
   t(60, "家", "合作企业", "gte"),
   t(500, "人", "订单培养", "gte"),
   t(1, "次", "技能大赛", **O),
   t(10, "%", "获奖数", "gte"),
   t(8, "个", "贯通培养专业"),
   t(1200, "人", "招生规模"),
   t(3000, "元", "生均公用经费", "gte", **O),
   t(30, "%", "地方教育附加", "gte"),
   t(1, "次", "专项督导", **O),
  ],
  responsibilities=[
   r("实施专业建设提升工程", ["职成股", "各中职学校"], "2024-12"),
   r("实施课堂革命行动", ["职成股", "教研室"]),
   r("实施“双师型”教师培养工程", ["人事股", "职成股"], "2023-09"),
   r("实施实训基地建设工程", ["计财股", "基建办", "县职业教育中心"], "2024-06"),
   r("实施校企合作深化工程", ["职成股", "各中职学校"]),
   r("实施技能大赛提升行动", ["职成股"]),
   r("实施中高职贯通培养工程", ["职成股", "招生办", "各中职学校"], "2025"),
   r("强化经费保障", ["计财股"]),
   r("严格督导考核", ["督导室"]),
  ],
  optionalResponsibilities=ob("加强组织领导", "营造良好氛围", "领导小组")),
]

if __name__ == "__main__":
    sys.exit(1 if write_gold(GOLD) else 0)
