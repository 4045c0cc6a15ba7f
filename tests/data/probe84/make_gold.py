"""Writes gold/*.json for probe84 and checks that every printed item occurs in its document.

Values are checked with their unit (亿/万 folded back to the printed form), ranges as printed (10%至20%), table cells as
printed. The HTML page is checked as its text (scripts and styles dropped, tags dropped, entities unescaped), the .docx as
the text of word/document.xml; full-width forms are folded. Run from this folder: python3 make_gold.py
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from goldkit import YI, WAN, ob, r, rng, t, write_gold  # noqa: E402

QUOTA = [("沙市区", 1800, 300), ("荆州区", 1600, 250), ("荆州开发区", 500, 100), ("江陵县", 1200, 150),
         ("松滋市", 2300, 300), ("公安县", 2600, 350), ("石首市", 1700, 250), ("监利市", 3600, 400),
         ("洪湖市", 2700, 300), ("市直学校", 500, 100)]
SCHOOLS = [("建瓯职业中专学校", 620, 210, 89.2), ("建瓯市工业技术学校", 240, 80, 34.4),
           ("建瓯市闽北卫生职业学校", 95, 35, 13.95), ("建瓯市东峰职业技术学校", 45, 20, 6.95)]

def cell(v, unit, key):
    return t(v, unit, key, optional=True, cell=("%g" % v))

GOLD = [
 dict(seed="01_jingzhou_education_bureau_2021_secondary_vocational_enrolment_notice_portal_text_county_quota_table_stages.txt",
  form="text copied from a city 教育局 portal page (荆州, 湖北; 无障碍 bar, nav line, 您当前的位置 line, a two-column 信息公开 block with letter-spaced 索 引 号 / 文　　号 labels and zero-padded 成文日期 2021年05月18日 / 发布日期 2021年05月21日, the number only there, a 名称 / 有效性 pair, the title, a 字体 / 阅读次数 line): a 教育局 notice on 2021年中等职业学校招生 citing a province office notice (鄂教职成办) and a city plan (荆教基) by number; a 2021年 plan sentence (18500人 with 其中 16000人 / 2500人), a share 不低于45%, 新增专业点12个; a tab-laid quota table by county 县市区 | 中职招生任务（人） | 其中五年制高职（人） with a 合计 row; conditions that are no targets (不超过22周岁, 360分以上, 完成率低于90%的…予以通报); year-less stages with day periods (6月28日至7月6日, 7月12日至7月18日, 7月19日至7月31日, 8月1日至8月31日), an event day (9月6日新生报到), 9月30日前 / 7月25日前 / 10月15日前 returns; a cap 不得超过…5%, 5个工作日 publicity, 资助 standard 每生每年2000元 repeated for information; 每学期…不少于1次 per school and a city count 1.5万人次; a 5月下旬至6月中旬 window; two items closing 此项工作由X牵头，Y、Z配合。 / 由X负责，Y配合。 with the bureau's 科; penalties 10%至20%; contact line, annex line, signature, footer with ICP numbers",
  documentNumber="荆教职成〔2021〕6号",
  title="荆州市教育局关于做好2021年全市中等职业学校招生工作的通知",
  issuers=["荆州市教育局"], issueDate="2021-05-18",
  references=["鄂教职成办〔2021〕4号", "荆教基〔2021〕11号"],
  deadlineEnds=["2021-12-31", "2021-07-06", "2021-07-18", "2021-07-31", "2021-08-31", "2021-09-30", "2021-06-20",
                "2021-07-25", "2021-10-15"],
  targets=[
   t(18500, "人", "招生计划"),
   t(16000, "人", "全日制中职学历教育招生"),
   t(2500, "人", "五年制高职"),
   t(45, "%", "高中阶段学校招生总数", "gte"),
   t(12, "个", "新增专业点"),
   t(1.5*WAN, "人次", "职业体验", "gte"),
   t(5, "%", "核定招生计划", "lte", optional=True),
   t(5, "个工作日", "公示期", "gte", optional=True),
   t(2000, "元", "资助标准", optional=True),
   t(1, "次", "职业体验活动", "gte", optional=True),
   rng(10, 20, "%", "招生计划", optional=True),
   t(18500, "人", "合计", optional=True, cell="18500"),
   t(2500, "人", "合计", optional=True, cell="2500"),
  ] + [cell(a, "人", c) for c, a, b in QUOTA] + [cell(b, "人", c) for c, a, b in QUOTA],
  responsibilities=[
   r("加强职业启蒙和宣传引导", ["市教育局职成科", "基础教育科", "市教育考试院"]),
   r("规范招生秩序", ["市教育局职成科", "市教育局纪检组"]),
  ],
  optionalResponsibilities=ob("压实招生责任", "做好统计报送", "时间安排", "录取规则", "资助政策宣传", "招生对象",
                              "报考条件")),
 dict(seed="02_poyang_education_sports_hrss_joint_2020_secondary_vocational_post_internship_management_notice_html_label_grid_body_duty_paragraphs.html",
  form="HTML page of a county government portal (鄱阳, 江西; top bar, search, nav, 当前位置 crumb, an 信息公开 head of <div class=\"row\"> lines of <label>/<em> pairs without colons, the number 鄱教体字 only there, <meta name=\"PubDate\"> and 发布日期 later than the signed date, an h2 title split by <br>, a 信息来源 / 浏览次数 line, the body in a TRS_Editor div, attachment and share lines, footer with ICP numbers): a 教育体育局 and 人力资源和社会保障局 joint notice on 中职学生顶岗实习管理 citing a national regulation (教职成〔2016〕3号), a province five-body notice and a city notice by number; rules and limits that are no targets (一般为6个月, 最长不超过12个月, 不得超过…10% / 20%, 每天…不超过8小时, 每周不超过40小时, 不低于…80%, 不低于50万元, 每20名…配备1名, 至少…1名, 1:10, 每周至少…2次, 实习开始前15个工作日, 1小时内); conditions (近3年发生过重大安全生产事故的企业, 未满18周岁 / 未满16周岁); a 专项治理 paragraph of targets (2020年12月底前 three rates 均达到100%; 到2021年 40个以上 with 其中 不少于25个, 比例达到50%以上); a joint check 于2020年11月 and 12月20日前; 每年3月和9月 returns; five `N．X：负责…` duty paragraphs (the last 是…责任主体，负责…); the two bodies signing on two right-aligned <p>; （此件主动公开）",
  documentNumber="鄱教体字〔2020〕58号",
  title="鄱阳县教育体育局 鄱阳县人力资源和社会保障局关于进一步加强中等职业学校学生顶岗实习管理的通知",
  issuers=["鄱阳县教育体育局", "鄱阳县人力资源和社会保障局"], issueDate="2020-10-16",
  references=["教职成〔2016〕3号", "赣教职成字〔2019〕26号", "饶教职成字〔2020〕9号"],
  deadlineEnds=["2020-12-31", "2021-12-31", "2020-11-30", "2020-12-20"],
  targets=[
   t(100, "%", "三方协议签订率"),
   t(100, "%", "实习责任保险投保率"),
   t(100, "%", "实习信息备案率"),
   t(40, "个", "实习基地", "gte"),
   t(25, "个", "县内实习基地", "gte"),
   t(50, "%", "本地企业接收顶岗实习学生比例", "gte"),
   t(6, "个月", "顶岗实习", optional=True),
   t(12, "个月", "最长", "lte", optional=True),
   t(10, "%", "在岗职工总数", "lte", optional=True),
   t(20, "%", "同类岗位在岗职工总数", "lte", optional=True),
   t(8, "小时", "每天工作时间", "lte", optional=True),
   t(40, "小时", "每周", "lte", optional=True),
   t(80, "%", "试用期工资标准", "gte", optional=True),
   t(50*WAN, "元", "保险金额", "gte", optional=True),
   t(20, "名", "指导教师", optional=True),
   t(1, "名", "指导教师", optional=True),
   t(1, "名", "带队教师", "gte", optional=True),
   t(2, "次", "联系", "gte", optional=True),
   t(15, "个工作日", "实习开始前", optional=True),
   t(1, "小时", "报告", "lte", optional=True),
  ],
  responsibilities=[
   r("统筹管理和监督指导", ["县教育体育局"]),
   r("指导实习单位落实劳动保护和实习报酬规定", ["县人力资源和社会保障局"]),
   r("督促实习单位落实安全生产主体责任", ["县应急管理局"]),
   r("依法打击以组织实习为名非法牟利的中介机构和个人", ["县公安局"]),
   r("实习组织、过程管理和学生安全教育", ["各中职学校"]),
  ],
  optionalResponsibilities=ob("联合专项检查", "核减其下一年度招生计划", "备案", "实习协议", "实习报酬", "实习保险",
                              "指导管理")),
 dict(seed="03_jianou_education_finance_joint_2022_secondary_vocational_student_aid_notice_docx_auto_numbering_unit_brackets_school_fund_table.docx",
  form="Word file of a county-level city 教育局 and 财政局 joint notice (建瓯 in 南平, 福建; a two-line red masthead, the number 瓯教 centred under it, a red rule) on 2022年秋季学期 中职 免学费 and 国家助学金, headings numbered only by Word's w:numPr (一、 / （一） not in the text) with each （一） heading on its own paragraph above its text; three documents cited by number (财教, 闽财教指, 南教财), the first a five-body title with 〈〉 inside 《》; standards given for information, not raised (每生每年2200元, 平均 每生每年2000元 in two tiers 2500元 / 1500元, 一档 不超过…50%); conditions (艺术类…除外, 休学、退学…停止享受); a 2022年秋季学期 allocation 共计144.5万元 with 其中 110万元 / 34.5万元 and 1345人次; year-less procedure days (9月10日至9月25日, 9月30日前, 10月15日前, 10月31日前, 11月30日前) and 不少于5个工作日; three 工作要求 items closing （责任单位：X、Y） with 知晓率 / 发放到位率 100% and a check 将于12月; both bodies signing on one line; an annex w:tbl 学校名称 | 办学性质 | 免学费人数（人） | 国家助学金人数（人） | 分配资金（万元） of four schools and a 合计 row; 抄送 and 印发 lines",
  documentNumber="瓯教〔2022〕87号",
  title="建瓯市教育局 建瓯市财政局关于做好2022年秋季学期中等职业教育国家资助工作的通知",
  issuers=["建瓯市教育局", "建瓯市财政局"], issueDate="2022-09-06",
  references=["财教〔2021〕310号", "闽财教指〔2022〕38号", "南教财〔2022〕15号"],
  deadlineEnds=["2022-12-31", "2022-10-31", "2022-09-25", "2022-09-30", "2022-10-15", "2022-11-30"],
  targets=[
   t(144.5*WAN, "元", "国家资助资金"),
   t(110*WAN, "元", "免学费补助资金"),
   t(34.5*WAN, "元", "国家助学金"),
   t(100, "%", "知晓率"),
   t(100, "%", "发放到位率"),
   t(2200, "元", "免学费", optional=True),
   t(2000, "元", "平均资助标准", optional=True),
   t(2500, "元", "一档", optional=True),
   t(1500, "元", "二档", optional=True),
   t(50, "%", "一档资助人数", "lte", optional=True),
   t(1345, "人次", "资助学生", optional=True),
   t(5, "个工作日", "公示", "gte", optional=True),
   t(1, "次", "资助政策宣传", "gte", optional=True),
   t(1000, "人", "合计", optional=True, cell="1000"),
   t(345, "人", "合计", optional=True, cell="345"),
   t(144.5*WAN, "元", "合计", optional=True, cell="144.5"),
  ] + [cell(a, "人", s) for s, a, b, c in SCHOOLS] + [cell(b, "人", s) for s, a, b, c in SCHOOLS]
    + [t(c*WAN, "元", s, optional=True, cell="%g" % c) for s, a, b, c in SCHOOLS],
  responsibilities=[
   r("加强政策宣传", ["市教育局学生资助管理中心", "各中等职业学校"]),
   r("规范资金管理", ["市财政局", "市教育局计划财务股"]),
   r("强化监督检查", ["市教育局学生资助管理中心", "市财政局"], deadline="2022-12"),
  ],
  optionalResponsibilities=ob("学生申请", "学校评审", "资金发放", "资金安排")),
]

write_gold(GOLD)
