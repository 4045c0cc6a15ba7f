"""Writes gold/*.json for probe54 and checks that every printed item occurs in its document.

Values are checked with their unit (亿/万 folded back to the printed form; a cell of an indicator table whose unit sits
in the 单位 column is checked as printed, with the unit column's 万), ranges as printed (3—5个 or 1至2年). HTML pages are
checked as their text (scripts and styles dropped, tags dropped, entities unescaped), the .docx as the text of
word/document.xml (so the headings numbered by Word are checked without 一、 / （一）); full-width forms are folded.
Run from this folder: python3 make_gold.py
"""
import html, json, os, re, unicodedata, zipfile

def t(value, unit, key, comparator=None, optional=False, cell=None):
    d = {"value": value, "unit": unit, "key": key}
    if comparator:
        d["comparator"] = comparator
    if optional:
        d["optional"] = True
    if cell:
        d["cell"] = cell
    return d

def rng(lo, hi, unit, key, optional=False):
    d = {"min": lo, "max": hi, "unit": unit, "key": key, "comparator": "range"}
    if optional:
        d["optional"] = True
    return d

def r(task, units, deadline=None):
    d = {"task": task, "units": units}
    if deadline:
        d["deadline"] = deadline
    return d

def ob(*tasks):
    return [{"task": x} for x in tasks]

YI, WAN = 100000000, 10000

JY, RS, CZ, FG, GX = "县教育局", "县人社局", "县财政局", "县发改委", "县工信局"
SRS, SJY, SCZ, SZG, SGZ = "市人社局", "市教育局", "市财政局", "市总工会", "市国资委"

GOLD = [
 dict(seed="01_xinfeng_county_government_2024_2026_industry_education_integration_plan_docx_auto_numbering_task_table.docx",
  form="Word file built by make_docx.py from text/01.txt: a county 人民政府 关于印发 notice (信丰 in 赣州, 江西; 信府发) for a 2024—2026 实施方案 on 产教融合 and 县域职业教育, red masthead, three documents cited by number (国办发, 赣府厅发, 赣市府办字); the sections and sub-sections numbered only by Word (w:numPr, no 一、 / （一） in the text), ten typed 1.…10. items each closing （责任单位：X、Y…）; a 到2026年 goal paragraph (85%以上, 6000人左右, 1所, 3—5个, 1个, 10家以上, 15个, 60%以上, 95%以上, 50%以上, 三年累计3万人次以上); item figures (4.2万平方米, 专业3个 / 2个 / 骨干专业5个, 30家左右, 每年3家以上, 2家, 每年不少于10个 / 300人, 每生每月200元, 不少于1个月, 40名以上, 80%以上, 15项以上, 400人, 1万人次以上 of which 1500人次, 500人以上); 2024年底前 / 2025年9月 / 2024年10月底前; 保障措施 (每半年1次, 三年累计2.6亿元, 每年不少于1500万元, 不低于30%, 每生每年1200元, 每年1次); an annex w:tbl 序号 | 重点任务 | 牵头单位 | 责任单位 | 完成时限 of nine rows (2024年12月底前 / 2024年9月 / 2024年10月底前 / 每年 / 2024—2026年 / 2025年6月底前 / 2026年底前 / 长期坚持); 抄送 and 印发 lines",
  documentNumber="信府发〔2024〕9号",
  title="信丰县人民政府关于印发《信丰县深化产教融合推进县域职业教育高质量发展实施方案（2024—2026年）》的通知",
  issuers=["信丰县人民政府"], issueDate="2024-04-12",
  references=["国办发〔2017〕95号", "赣府厅发〔2023〕21号", "赣市府办字〔2023〕47号"],
  deadlineEnds=["2026-12-31", "2024-12-31", "2025-09-30", "2024-10-31", "2024-09-30", "2025-06-30"],
  targets=[
   t(85, "%", "匹配度", "gte"),
   t(6000, "人", "在校生规模", "approx"),
   t(1, "所", "高水平中职学校"),
   rng(3, 5, "个", "优质专业"),
   t(1, "个", "产教联合体"),
   t(10, "家", "产教融合型企业", "gte"),
   t(15, "个", "实训基地"),
   t(60, "%", "双师型", "gte"),
   t(95, "%", "就业率", "gte"),
   t(50, "%", "本地就业率", "gte"),
   t(3*WAN, "人次", "职业技能培训", "gte"),
   t(4.2*WAN, "平方米", "校舍"),
   t(3, "个", "专业"),
   t(2, "个", "专业"),
   t(5, "个", "骨干专业"),
   t(30, "家", "成员单位", "approx"),
   t(3, "家", "产教融合型企业", "gte"),
   t(2, "家", "省级产教融合型企业"),
   t(10, "个", "订单班", "gte"),
   t(300, "人", "现代学徒制", "gte"),
   t(200, "元", "实习补助", optional=True),
   t(1, "个月", "企业实践", "gte", optional=True),
   t(40, "名", "兼职教师", "gte"),
   t(80, "%", "职业技能等级证书", "gte"),
   t(15, "项", "省级奖项", "gte"),
   t(400, "人", "招生规模", "gte"),
   t(1*WAN, "人次", "职业技能培训", "gte"),
   t(1500, "人次", "高技能人才培训", "gte"),
   t(500, "人", "高素质农民", "gte"),
   t(1, "次", "工作调度会", optional=True),
   t(2.6*YI, "元", "职业教育建设资金"),
   t(1500*WAN, "元", "职业教育发展专项资金", "gte"),
   t(30, "%", "地方教育附加", "gte"),
   t(1200, "元", "生均公用经费", "gte", optional=True),
   t(1, "次", "专项督导", optional=True),
  ],
  responsibilities=[
   r("推进中职学校达标建设", [JY, FG, CZ, "县自然资源局"], "2024-12"),
   r("调整优化专业结构", [JY, GX, RS]),
   r("组建县域产教联合体", ["信丰高新区管委会", JY, GX], "2024-10"),
   r("培育产教融合型企业", [FG, JY, CZ, "县税务局"]),
   r("推行现代学徒制和订单培养", [JY, RS, CZ]),
   r("加强“双师型”教师队伍建设", [JY, "县委编办", RS]),
   r("实施“岗课赛证”综合育人", [JY, RS]),
   r("推进中高职贯通培养", [JY]),
   r("大规模开展职业技能培训", [RS, "县农业农村局", "县退役军人事务局", "县总工会"]),
   r("服务乡村振兴和产业发展", ["县农业农村局", JY, "县商务局"]),
   r("完成信丰中等专业学校新校区二期主体工程", [JY, FG, CZ, "县自然资源局"], "2024-12"),
   r("新增专业3个、撤并专业2个", [JY, GX, RS], "2024-09"),
   r("组建信丰电子信息产教联合体", ["信丰高新区管委会", JY, GX], "2024-10"),
   r("认定县级产教融合型企业", [FG, JY, CZ, "县税务局"]),
   r("开设“订单班”“冠名班”", [JY, RS, CZ], "2026"),
   r("聘请企业兼职教师", [JY, "县委编办", RS], "2025-06"),
   r("建成省级高水平中职学校", [JY, CZ], "2026-12"),
   r("开展补贴性职业技能培训", [RS, "县农业农村局", "县退役军人事务局", "县总工会"]),
   r("建立职业教育发展专项资金保障机制", [CZ, JY]),
  ],
  optionalResponsibilities=ob("加强组织领导", "领导小组", "加大经费投入", "强化督导考核", "教育督导室")),
 dict(seed="02_ganzhou_hrss_finance_joint_2024_vocational_skills_training_subsidy_notice_portal_text_cell_per_line_table.txt",
  form="text copied from a city 人社局 portal page (accessibility bar, site name, nav line, 当前位置 breadcrumb, an 信息公开 block of label value pairs on three lines as the eval seeds: 信息索引号 / 生成日期 2024-03-19 / 公开日期, 文件编号 / 发布机构, 效力状况 / 公开方式, 内容概述; the title, a 发布时间 / 来源 / 浏览次数 / 字号 line): a joint notice of a city 人力资源和社会保障局 and 财政局 (赣州, 赣市人社字; the number only in the block) on 职业技能培训补贴, citing a ministry notice and a province notice by number (〈〉 inside 《》); a 2024年，… goal paragraph (8万人次以上, 4.5万人以上, 1.6万人, 70%以上) and a 2024年4月15日前 filing; conditions (同一年度不超过3次); a subsidy table by skill level copied one cell a line (职业（工种）等级 / 补贴标准（元/人） / 五级/初级工 / 1000 …); standards in prose (每人500元, 每人每年5000元, 1至2年, 每人每天40元, 最长不超过30天, 每人每月500元, 不超过6个月); procedure limits (开班前5个工作日, 不超过50人, 不少于2次, 到课率低于80%, 30日内, 15 / 5 / 10个工作日); 每季度 reports; 2024年12月10日前 / 2024年12月20日前; 有效期至2026年12月31日 and a repealed notice by number; the two-body signature on one line with full-width spaces, the date, （此件主动公开）, 附件下载 lines, 【打印本页】【关闭窗口】, footer with ICP numbers",
  documentNumber="赣市人社字〔2024〕23号",
  title="赣州市人力资源和社会保障局 赣州市财政局关于做好2024年职业技能培训补贴工作的通知",
  issuers=["赣州市人力资源和社会保障局", "赣州市财政局"], issueDate="2024-03-15",
  references=["财社〔2017〕164号", "赣人社发〔2023〕15号", "赣市人社字〔2021〕58号"],
  deadlineEnds=["2024-12-31", "2024-04-15", "2024-12-10", "2024-12-20", "2026-12-31"],
  targets=[
   t(8*WAN, "人次", "补贴性职业技能培训", "gte"),
   t(4.5*WAN, "人", "职业技能等级证书", "gte"),
   t(1.6*WAN, "人", "高技能人才"),
   t(70, "%", "培训后就业率", "gte"),
   t(3, "次", "培训补贴", "lte", optional=True),
   t(1000, "元", "初级工", optional=True, cell="1000"),
   t(1500, "元", "中级工", optional=True, cell="1500"),
   t(2000, "元", "高级工", optional=True, cell="2000"),
   t(3000, "元", "技师", optional=True, cell="3000"),
   t(3500, "元", "高级技师", optional=True, cell="3500"),
   t(500, "元", "专项职业能力", optional=True),
   t(5000, "元", "新型学徒制", optional=True),
   rng(1, 2, "年", "培养期限", optional=True),
   t(40, "元", "生活费补贴", optional=True),
   t(30, "天", "补贴天数", "lte", optional=True),
   t(500, "元", "以工代训", optional=True),
   t(6, "个月", "补贴期限", "lte", optional=True),
   t(5, "个工作日", "开班", optional=True),
   t(50, "人", "学员", "lte", optional=True),
   t(2, "次", "巡查", "gte", optional=True),
   t(80, "%", "到课率", "lt", optional=True),
   t(30, "日", "申请", optional=True),
   t(15, "个工作日", "审核", optional=True),
   t(5, "个工作日", "公示期", optional=True),
   t(10, "个工作日", "拨付", optional=True),
   t(3, "年", "资格", optional=True),
  ],
  responsibilities=[],
  optionalResponsibilities=ob("开班备案", "过程监管", "申领拨付", "压实工作责任", "严格资金管理", "按时完成申领",
                              "人社部门", "财政部门", "市人社局", "市财政局")),
 dict(seed="03_ganzhou_party_committee_government_offices_joint_2024_high_skilled_talent_plan_html_indicator_table_lead_support_brackets.html",
  form="saved HTML page of a city government portal (meta SiteName / ColumnName / ArticleTitle / PubDate 2024-05-13, baidu script, style block, top bar, header with search form, nav <ul>, 您当前的位置 breadcrumb, an 信息公开 <table> of two label/value pairs a row: 索引号 | 主题分类 / 发文机关 (two bodies in one cell) | 成文日期 2024-05-08 / 发文字号 | 发布日期 / 标题 colspan, h1 title, 发布时间/来源/字体 line, body in div.TRS_Editor of <p style> paragraphs, headings in <strong>, 【打印本页】【关闭窗口】, a 相关解读 box, footer): a 中共…市委办公室 and 市人民政府办公室 joint 印发 notice (赣州, 赣市办字; the number only in the table) for a 高技能人才队伍建设实施方案, the two-office signature on one right-aligned <p> before the plan; a central office document and a province office document cited by number (the second in full-width digits 〔２０２３〕９号); a goal paragraph to ２０２５年 (full-width) and 2027年 (85万人, 26万人, 30%, 10万人次; 100万人, 33万人, 33%); an indicator <table> 序号 | 指标名称 | 单位 | 2023年基数 | 2025年目标 | 2027年目标 (units 万人 / % / 万人次 / 个 / 项 in their own column, a — base cell, ≥5 / ≥10); a note that every task falls also to the county party committees and governments (〔市、区〕 inside the bracket); nine numbered items, each closing （X牵头，Y、Z配合） / （X、Y牵头，Z配合） / （X负责） / （X、Y、Z按职责分工负责）; item figures (8个左右, 3.5万人以上, 2024年底前 20%, 每年3000人以上, 2024—2027年 6个 / 14个, 一次性资助50万元、10万元, 2025年6月底前 300家以上 / 40家, 每年不少于500人, 每两年, 不少于20项, 3万人次以上, 30名 / 100名, 一次性奖励20万元、10万元, 每年3000万元, 不低于1:1, 不低于60%); 组织实施 with 每年 / 每半年 reports, 2024年6月30日前, 长期坚持, 执行期为2024—2027年",
  documentNumber="赣市办字〔2024〕18号",
  title="中共赣州市委办公室 赣州市人民政府办公室印发《赣州市加强新时代高技能人才队伍建设实施方案》的通知",
  issuers=["中共赣州市委办公室", "赣州市人民政府办公室"], issueDate="2024-05-08",
  references=["中办发〔2022〕58号", "赣办发〔2023〕9号"],
  deadlineEnds=["2025-12-31", "2027-12-31", "2024-12-31", "2025-06-30", "2024-06-30"],
  targets=[
   t(85*WAN, "人", "技能人才总量"),
   t(26*WAN, "人", "高技能人才"),
   t(30, "%", "比例"),
   t(10*WAN, "人次", "职业技能培训"),
   t(100*WAN, "人", "技能人才总量"),
   t(33*WAN, "人", "高技能人才"),
   t(33, "%", "比例"),
   t(12*WAN, "人次", "职业技能培训", cell="12"),
   t(28, "个", "技能大师工作室", cell="28"),
   t(35, "个", "技能大师工作室", cell="35"),
   t(12, "个", "高技能人才培训基地", cell="12"),
   t(15, "个", "高技能人才培训基地", cell="15"),
   t(5, "项", "全国职业技能大赛", "gte", cell="≥5"),
   t(10, "项", "全国职业技能大赛", "gte", cell="≥10"),
   t(8, "个", "专业群", "approx"),
   t(3.5*WAN, "人", "在校生规模", "gte"),
   t(20, "%", "学徒制"),
   t(3000, "人", "企业新型学徒", "gte"),
   t(6, "个", "高技能人才培训基地"),
   t(14, "个", "技能大师工作室"),
   t(50*WAN, "元", "一次性资助", optional=True),
   t(10*WAN, "元", "一次性资助", optional=True),
   t(300, "家", "等级认定企业", "gte"),
   t(40, "家", "社会培训评价组织"),
   t(500, "人", "贯通评价", "gte"),
   t(20, "项", "职业技能竞赛", "gte"),
   t(3*WAN, "人次", "参赛人数", "gte"),
   t(30, "名", "赣南工匠"),
   t(100, "名", "赣南技术能手"),
   t(20*WAN, "元", "一次性奖励", optional=True),
   t(10*WAN, "元", "一次性奖励", optional=True),
   t(3000*WAN, "元", "高技能人才专项资金"),
   t(60, "%", "职工教育经费", "gte"),
  ],
  responsibilities=[
   r("发挥技工院校和职业院校主阵地作用", [SRS, SJY, "市发改委", SCZ]),
   r("企业新型学徒制", [SRS, "市工信局", SCZ, SZG], "2024-12"),
   r("建设高技能人才培训基地和技能大师工作室", [SRS, SCZ]),
   r("推行职业技能等级认定“新八级”制度", [SRS], "2025-06"),
   r("推动高技能人才与专业技术人才职业发展贯通", [SRS, "市委组织部"]),
   r("落实技能人才待遇", [SRS, SGZ, SZG]),
   r("构建以世界技能大赛为引领", [SRS, SZG, SJY, "团市委"]),
   r("建立“赣南工匠”评选表彰制度", ["市委组织部", SRS, SCZ, SZG]),
   r("加大资金投入", [SCZ, SRS, SGZ]),
  ],
  optionalResponsibilities=ob("组织实施", "市人才工作领导小组", "党委和政府", "负责解释")),
 dict(seed="04_xinfeng_education_hrss_development_finance_joint_2024_school_enterprise_cooperation_opinions_own_unit_and_time_lines.txt",
  form="text copied from a county portal's department page (breadcrumb line, a 标　　题 line and a one-line 发布机构 | 发布日期 2024-07-02 | 文　　号 | 有效性 block): a four-bureau joint 实施意见 (信丰: 教育局, 人力资源和社会保障局, 发展和改革委员会, 财政局) on 校企合作, the number written 信教字（2024）31号 in the block and under the title, a ministry document and the county plan cited by number (〈〉 inside 《》); a goal paragraph (“十四五”后两年, 到2025年 120家以上 / 70% / １５个 / ２０本左右 in full-width digits / 不低于25% / 每年1200人以上 / 5000人次, 到2026年 5个); eight tasks （一）…（八） each followed by its own `责任单位：X、Y` line and `完成时限：…` line (2024年秋季学期开学前 / 2025年12月底前 / 长期坚持 / 每学期 / 2024年9月30日前 / 2025年11月底前 / 2025年6月底前 / 2024年12月31日前); task figures (3—5个, 至少1家, 3000万元以上, 6个月, 不超过8小时, 不低于80%, 100%, 每5年不少于6个月, 每学期不少于32课时, 每课时150元, 2024年 8个, 90%以上, 10项以上, 85%以上, 不少于1次, 3项以上, 每月1次); 支持政策 (每年500万元, 每人每年2000元, 最高不超过20万元, 30万元 / 10万元 awards, 30% 抵免); 工作要求 (每季度, 2024年7月31日前, 每年12月15日前, 每年1次, 3年内, 有效期3年); the four-body signature two a line and the date",
  documentNumber="信教字（2024）31号",
  title="信丰县教育局 信丰县人力资源和社会保障局 信丰县发展和改革委员会 信丰县财政局关于推进中等职业学校校企合作提升技能人才培养质量的实施意见",
  issuers=["信丰县教育局", "信丰县人力资源和社会保障局", "信丰县发展和改革委员会", "信丰县财政局"],
  issueDate="2024-06-28",
  references=["教职成〔2018〕1号", "信府发〔2024〕9号"],
  deadlineEnds=["2025-12-31", "2026-12-31", "2024-09-30", "2025-11-30", "2025-06-30", "2024-12-31", "2024-07-31"],
  targets=[
   t(120, "家", "校企合作企业", "gte"),
   t(70, "%", "共建专业占比"),
   t(15, "个", "实训基地"),
   t(20, "本", "校本教材", "approx"),
   t(25, "%", "兼职教师", "gte"),
   t(1200, "人", "中职毕业生", "gte"),
   t(5000, "人次", "技能提升培训"),
   t(5, "个", "示范性校企合作项目"),
   rng(3, 5, "个", "专业"),
   t(1, "家", "龙头企业", "gte", optional=True),
   t(3000*WAN, "元", "实训设备", "gte"),
   t(6, "个月", "岗位实习", optional=True),
   t(8, "小时", "实习时间", "lte", optional=True),
   t(80, "%", "实习报酬", "gte", optional=True),
   t(100, "%", "覆盖率"),
   t(6, "个月", "企业实践", "gte", optional=True),
   t(32, "课时", "兼职授课", "gte", optional=True),
   t(150, "元", "课时报酬", optional=True),
   t(8, "个", "订单班"),
   t(90, "%", "就业签约率", "gte"),
   t(10, "项", "技术服务项目", "gte"),
   t(85, "%", "双证书", "gte"),
   t(1, "次", "校级技能竞赛", "gte", optional=True),
   t(3, "项", "一等奖", "gte"),
   t(1, "次", "更新", optional=True),
   t(500*WAN, "元", "专项奖补资金"),
   t(2000, "元", "奖补", optional=True),
   t(20*WAN, "元", "单个企业", "lte", optional=True),
   t(30*WAN, "元", "一次性奖励", optional=True),
   t(10*WAN, "元", "一次性奖励", optional=True),
   t(30, "%", "投资额", optional=True),
   t(1, "次", "绩效评价", optional=True),
  ],
  responsibilities=[
   r("共建专业和课程", [JY, GX]),
   r("共建实训基地", [JY, FG, CZ], "2025-12"),
   r("规范学生实习", [JY, RS]),
   r("推进双向兼职", [JY, RS, CZ]),
   r("开展订单培养", [RS, JY], "2024-09"),
   r("开展技术服务和职工培训", [RS, GX], "2025-11"),
   r("推进“岗课赛证”融通", [JY, RS], "2025-06"),
   r("建设校企合作信息平台", [RS, JY, FG], "2024-12"),
  ],
  optionalResponsibilities=ob("支持政策", "工作要求", "联席会议", "共同管理", "绩效评价", "县教育局牵头")),
]

def fold(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))

def doc_text(name):
    path = os.path.join("docs", name)
    if name.endswith(".docx"):
        with zipfile.ZipFile(path) as z:
            return fold(re.sub(r"<[^>]+>", "", z.read("word/document.xml").decode("utf-8")))
    s = open(path, encoding="utf-8").read()
    if name.endswith(".html"):
        s = re.sub(r"<(script|style)[^>]*>.*?</\1>", "", s, flags=re.S)
        s = html.unescape(re.sub(r"<[^>]+>", "", s))
    return fold(s)

def printed(v):
    return ("%f" % v).rstrip("0").rstrip(".")

def forms(value, unit):
    """The printed forms a value may take: as is, or folded to 万/亿 before the unit."""
    out = [printed(value) + unit, printed(value) + "个" + unit]
    for f, name in ((YI, "亿"), (WAN, "万")):
        if value >= f / 10:
            out.append(printed(value / f) + name + unit)
    return out

problems = 0
os.makedirs("gold", exist_ok=True)
for g in GOLD:
    text = doc_text(g["seed"])
    checks = [g["title"], g["issueDate"][:4]] + g["issuers"] + g["references"]
    if g["documentNumber"]:
        checks.append(g["documentNumber"])
    checks += [x["key"] for x in g["targets"]]
    for x in g["responsibilities"]:
        checks += [x["task"]] + x["units"]
    checks += [x["task"] for x in g["optionalResponsibilities"]]
    y, m, d = g["issueDate"].split("-")
    checks.append("%s年%d月%d日" % (y, int(m), int(d)))
    for c in checks:
        if fold(c) not in text:
            problems += 1
            print("missing", g["seed"][:2], c)
    for x in g["targets"]:
        if x.get("comparator") is None:
            x.pop("comparator", None)
        if "min" in x:
            if not any(fold("%d%s%d%s" % (x["min"], sep, x["max"], x["unit"])) in text for sep in ("—", "至")):
                problems += 1
                print("range missing", g["seed"][:2], x)
            continue
        c = x.pop("cell", None)
        if c is not None:
            if fold(c) not in text:
                problems += 1
                print("cell missing", g["seed"][:2], x)
            continue
        if not any(fold(f) in text for f in forms(x["value"], x["unit"])):
            problems += 1
            print("value missing", g["seed"][:2], x)
    out = os.path.join("gold", g["seed"].rsplit(".", 1)[0] + ".json")
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(g, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
print("problems:", problems)
