"""Writes gold/*.json for probe115 and checks that every printed item occurs in its document.

The documents are web archives (.mhtml, built by make_mhtml.py from html/). goldkit checks .txt, .html and .docx; here its
doc_text is extended for .mhtml: the message is parsed with Python's email package, the first text/html part is decoded
from its transfer encoding (base64 or quoted-printable) and its charset (gb2312 read as browsers read it, with the GBK
decoder; no charset parameter means the UTF-8 Blink writes), then checked as goldkit checks an HTML page (scripts and
styles dropped, tags dropped, entities unescaped, full-width forms and white space folded). Run from this folder:
python3 make_gold.py
"""
import email, email.policy, html, os, re, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldkit  # noqa: E402
from goldkit import YI, WAN, ob, r, rng, t, write_gold  # noqa: E402

_doc_text = goldkit.doc_text

def mhtml_html(name):
    """The decoded HTML of the archive's first text/html part (the saved page, not an iframe's part)."""
    with open(os.path.join("docs", name), "rb") as fh:
        msg = email.message_from_bytes(fh.read(), policy=email.policy.default)
    for part in msg.walk():
        if part.get_content_type() == "text/html":
            raw = part.get_payload(decode=True)
            charset = (part.get_content_charset() or "utf-8").lower()
            if charset in ("gb2312", "gbk", "x-gbk"):
                charset = "gb18030"
            return raw.decode(charset)
    raise ValueError("no text/html part in " + name)

def doc_text(name, strip_page_numbers=False):
    if not name.endswith(".mhtml"):
        return _doc_text(name, strip_page_numbers)
    s = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", "", mhtml_html(name))
    return goldkit.fold(html.unescape(re.sub(r"<[^>]+>", "", s)))

goldkit.doc_text = doc_text

O = dict(optional=True)

# 01 寿阳 (晋中, 山西)
SJY, SFG, SCZ, SGX, SRS = "县教育局", "县发展和改革局", "县财政局", "县工业和信息化局", "县人力资源和社会保障局"
# 02 富平 (渭南, 陕西)
ZCG, NLG = "县教育局职成股", "县人社局职业能力建设股"
FZJ = "县职教中心"
# 03 鄢陵 (许昌, 河南)
YJY, YRS, YFG, YGX, YLY, YCZ = "县教育局", "县人力资源社会保障局", "县发展改革委", "县工业和信息化局", "县林业局", "县财政局"

GOLD = [
 dict(seed="01_shouyang_county_office_2021_vocational_quality_upgrading_action_plan_notice_mhtml_ie_mode_base64_gb2312_table_layout.mhtml",
  form="web archive (.mhtml) of an old county portal page (寿阳 in 晋中, 山西; 寿政办发) saved by Edge in Internet Explorer mode: From: <Saved by Windows Internet Explorer 11>, a base64 gb2312 Subject, X-MimeOLE, the MIME preamble, the HTML part base64 in charset=\"gb2312\" (IE's serialisation: upper-case tags, unquoted attributes, <TBODY>, scripts kept), then the banner GIF; the page laid out in tables: banner, nav row, 您现在的位置 row, an 信息公开 <TABLE> of label/value cells (索 引 号 / 信息分类, 发布机构 / 发文日期, 文　　号 / 有 效 性, 名　　称 and 关 键 词 across three cells; the number only there), the title in a <FONT> cell, a 发布时间 / 来源 / 浏览次数 / 字体 row, the body in <DIV id=zoom><DIV class=TRS_Editor> with a <STYLE> block inside it: a 人民政府办公室 印发 notice, its signature, date and （此件公开发布）, then the 行动计划（2021—2023年） under a bold centred title citing three documents (教职成, 晋政办发, 市政办发); a 到2023年 goal paragraph (3—5个, 4个, 60%以上, 保持在95%以上, 年均…6000人次以上); six tasks closing （责任单位：…） (2022年底前, 6000平方米, 1200万元, 不低于3000元; 2个 / 3个, 80%以上; 每年…300人以上, 10家左右, 2022年6月底前, 不少于20家; 每年…不少于10名, 20名左右, 每5年…不少于6个月; 每年…2000人次以上 with 其中…不少于800人次, 90%以上, units ending 各乡（镇）人民政府; 2021年12月底前 3个专业, 70%以上); three 保障措施 (每半年召开1次, 每年…不少于500万元 and 不低于30% in a bracketed one); print links and a footer with ICP numbers",
  documentNumber="寿政办发〔2021〕37号",
  title="寿阳县人民政府办公室关于印发寿阳县职业教育提质培优行动计划（2021—2023年）的通知",
  issuers=["寿阳县人民政府办公室"], issueDate="2021-09-16",
  references=["教职成〔2020〕7号", "晋政办发〔2021〕33号", "市政办发〔2021〕19号"],
  deadlineEnds=["2023-12-31", "2022-12-31", "2022-06-30", "2021-12-31"],
  targets=[
   rng(3, 5, "个", "骨干专业"),
   t(4, "个", "产教融合实训基地"),
   t(60, "%", "双师型", "gte"),
   t(95, "%", "就业升学率", "gte"),
   t(6000, "人次", "职业技能培训", "gte"),
   t(6000, "平方米", "建筑面积"),
   t(1200*WAN, "元", "实训设备"),
   t(3000, "元", "生均教学仪器设备值", "gte", **O),
   t(2, "个", "光伏工程技术应用"),
   t(3, "个", "撤并"),
   t(80, "%", "专业占比", "gte"),
   t(300, "人", "订单培养", "gte"),
   t(10, "家", "产教融合型企业", "approx"),
   t(20, "家", "成员单位", "gte"),
   t(10, "名", "专业课教师", "gte"),
   t(20, "名", "兼职教师", "approx"),
   t(6, "个月", "企业实践", "gte", **O),
   t(2000, "人次", "农村劳动力", "gte"),
   t(800, "人次", "新型职业农民", "gte"),
   t(90, "%", "培训合格率", "gte"),
   t(3, "个", "专业"),
   t(70, "%", "获证率", "gte"),
   t(1, "次", "推进会", **O),
   t(500*WAN, "元", "专项资金", "gte"),
   t(30, "%", "地方教育附加", "gte"),
  ],
  responsibilities=[
   r("实施办学条件达标工程", [SJY, SFG, SCZ], "2022-12"),
   r("优化专业结构布局", [SJY, SGX], "2023"),
   r("深化产教融合校企合作", [SJY, SGX, SRS], "2022-06"),
   r("加强“双师型”教师队伍建设", [SRS, "县委编办", SJY]),
   r("大规模开展职业技能培训", [SRS, "县农业农村局", "县退役军人事务局", "各乡（镇）人民政府"]),
   r("推进“1+X”证书制度试点", [SJY, SRS]),
   r("加大经费投入", [SCZ, SJY]),
  ],
  optionalResponsibilities=ob("加强组织领导", "领导小组", "强化督导考核", "县人民政府教育督导室", "总体目标")),
 dict(seed="02_fuping_education_hrss_joint_2022_dual_certificate_skills_notice_mhtml_chrome_quoted_printable_utf8_disclosure_list_stages.mhtml",
  form="web archive (.mhtml) of a county portal page (富平 in 渭南, 陕西; 富教发) saved by Chrome's 'Save as single file': From: <Saved by Blink>, Snapshot-Content-Location, a Q-encoded Subject, the HTML part quoted-printable without a charset parameter (UTF-8, Blink's <meta http-equiv> and a cid: stylesheet link first in <head>, scripts dropped, soft breaks inside characters), a text/css part, a second stylesheet and the logo PNG; meta SiteName / ColumnName / ArticleTitle / PubDate, top bar, header with a search input, nav <ul>, 当前位置 line, an 信息公开 <ul> of <li><label>…：</label><span>…</span></li> (索引号, 主题分类, 发布机构 naming only the first body, 生成日期, 文号 — the number only there —, 发布日期, 名称), h1 title, a 发布时间 / 来源 / 浏览量 / 字号 line, the content div of <p>: a two-body joint notice (富平县教育局, 富平县人力资源和社会保障局) citing two documents (陕人社发, 渭政办发); a 2022年 / 到2024年 goal paragraph (6个, 75%以上, 1500人次以上; 累计…5000人次以上, 2个, 3个, 85%以上); six tasks closing brackets of 股室 and units in four forms (（牵头股室：X；配合股室：Y）, （牵头股室：X；配合单位：Y）, （责任单位：X）, （牵头单位：X；配合单位：Y、Z）, （责任股室：X、Y）) (2022年9月底前 2个; 2022年6月底前, 8个以上职业（工种）; 每个…不少于2门, 2022年8月底前; 每年…60人次以上, 30名, 5名; 年均…2000人次以上, 90%以上; 60万元, 每人300元, 每人奖励3000元); three dated stages (2022年4月下旬至5月 with 2022年5月10日前, 2022年6月至11月, 2022年12月 with 2022年12月20日前); work requirements (每季度召开1次, 每月5日前); a contact line; both bodies signing on one <p> and the date; share links, 上一篇 / 下一篇 titles and a footer",
  documentNumber="富教发〔2022〕31号",
  title="富平县教育局 富平县人力资源和社会保障局关于推进中等职业学校“学历证书+职业技能等级证书”双提升工作的通知",
  issuers=["富平县教育局", "富平县人力资源和社会保障局"], issueDate="2022-04-20",
  references=["陕人社发〔2022〕9号", "渭政办发〔2022〕11号"],
  deadlineEnds=["2022-12-31", "2024-12-31", "2022-09-30", "2022-06-30", "2022-08-31", "2022-05-31", "2022-05-10",
                "2022-11-30", "2022-12-20"],
  targets=[
   t(6, "个", "试点专业"),
   t(75, "%", "获证率", "gte"),
   t(1500, "人次", "职业技能等级认定", "gte"),
   t(5000, "人次", "职业技能等级认定", "gte"),
   t(2, "个", "技能大师工作室"),
   t(3, "个", "技能人才培训基地"),
   t(85, "%", "获取率", "gte"),
   t(2, "个", "试点专业"),
   t(8, "个", "职业（工种）", "gte", **O),
   t(2, "门", "课证融通课程", "gte", **O),
   t(60, "人次", "师资培训", "gte"),
   t(30, "名", "考评员"),
   t(5, "名", "质量督导员"),
   t(2000, "人次", "培训", "gte"),
   t(90, "%", "培训合格率", "gte"),
   t(60*WAN, "元", "认定经费"),
   t(300, "元", "补贴", **O),
   t(3000, "元", "奖励", **O),
   t(1, "次", "联席会议", **O),
  ],
  responsibilities=[
   r("扩大证书试点范围", [ZCG, NLG], "2022-09"),
   r("建设职业技能等级认定站点", [NLG, FZJ], "2022-06"),
   r("推进课证融通", [FZJ], "2022-08"),
   r("加强师资和考评员队伍建设", [NLG, "县教育局人事股"]),
   r("面向社会开展技能培训", ["县就业服务中心", FZJ, "各镇（街道）"]),
   r("落实经费保障", ["县教育局计财股", "县人社局规划财务股"]),
  ],
  optionalResponsibilities=ob("动员部署阶段", "组织实施阶段", "总结评估阶段", "制定本校实施方案", "对全年工作进行总结评估",
                              "加强协调配合", "联席会议", "强化过程管理", "试点工作台账", "严格考核评价", "联系人",
                              "工作目标")),
 dict(seed="03_yanling_county_office_2023_vocational_industry_education_three_year_plan_notice_mhtml_edge_quoted_printable_task_table_iframe_part.mhtml",
  form="web archive (.mhtml) of a county portal page (鄢陵 in 许昌, 河南; 鄢政办) saved by Edge's 'Save as single file' (Blink: From: <Saved by Blink>, Snapshot-Content-Location, Q-encoded Subject, the HTML part quoted-printable UTF-8 without a charset parameter, scripts dropped); after the page two stylesheets, the logo PNG, a share <iframe> saved as a second text/html part (cid:frame-…@mhtml.blink) and its QR image; meta tags, a head bar printing the day the page was viewed (2024年3月12日 星期二), banner, nav, 您当前的位置 line, an 信息公开 <table> of td label/value pairs with &nbsp;-spaced labels (索引号, 主题分类, 发文机关, 成文日期 2023年04月10日, 发文字号 — the number only there —, 发布日期, 标题 across three cells, 有效性, 主题词), an h2 title, a 发布日期 / 来源 / 阅读次数 / 字体 line, the content div: a 人民政府办公室 印发 notice, its signature and date, then the 三年行动方案（2023—2025年） under a bold centred title citing three documents (中办发, 豫政办, 许政办); a 到2025年 goal paragraph (3个, 5个, 10个以上, 8家左右, 65%以上, 年均…8000人次以上, 55%以上); five tasks in prose naming no unit (每年…1—2个, 到2025年…85%以上, 每个专业至少与2家, 每年…不少于1个月); the 任务分工 section introducing a Word-pasted <table class=MsoNormalTable> 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 of ten rows (<p><span> in each cell), the task cells holding figures (1.2万平方米, 2个 / 2个, 400个, 30家以上, 每年…500人以上, 8家左右 again, 每年3000人次以上, 每年…不少于15名 / 40名, 每年…不少于800万元), 完成时限 2024年8月底前 / 2023年9月 / 2024年6月底前 / 2023年12月底前 / 每年 / 2025年底前 / 每年5月; three 保障措施 without units; share, print, a 相关文件 list and a footer",
  documentNumber="鄢政办〔2023〕12号",
  title="鄢陵县人民政府办公室关于印发鄢陵县职业教育产教融合发展三年行动方案（2023—2025年）的通知",
  issuers=["鄢陵县人民政府办公室"], issueDate="2023-04-10",
  references=["中办发〔2021〕43号", "豫政办〔2022〕68号", "许政办〔2022〕37号"],
  deadlineEnds=["2025-12-31", "2024-08-31", "2023-09-30", "2024-06-30", "2023-12-31"],
  targets=[
   t(3, "个", "特色专业群"),
   t(5, "个", "产教融合实训基地"),
   t(10, "个", "校企合作示范项目", "gte"),
   t(8, "家", "产教融合型企业", "approx"),
   t(65, "%", "双师型", "gte"),
   t(8000, "人次", "职业技能培训", "gte"),
   t(55, "%", "本地就业率", "gte"),
   rng(1, 2, "个", "调整专业"),
   t(85, "%", "专业占比", "gte"),
   t(2, "家", "企业", "gte", **O),
   t(1, "个月", "企业实践", "gte", **O),
   t(1.2*WAN, "平方米", "实训用房"),
   t(2, "个", "园林技术"),
   t(2, "个", "撤并"),
   t(400, "个", "实训工位"),
   t(30, "家", "成员企业", "gte"),
   t(500, "人", "订单培养", "gte"),
   t(3000, "人次", "技能培训", "gte"),
   t(15, "名", "专业课教师", "gte"),
   t(40, "名", "兼职教师"),
   t(800*WAN, "元", "专项资金", "gte"),
  ],
  responsibilities=[
   r("推进县职业教育中心新校区二期工程建设", [YJY, YFG, "县自然资源局", "县住房城乡建设局"], "2024-08"),
   r("新增智慧健康养老服务与管理、园林技术等专业", [YJY, YRS, YGX], "2023-09"),
   r("共建花卉园艺产教融合实训基地", [YJY, YLY, YCZ], "2024-06"),
   r("组建鄢陵县花木产业职业教育集团", [YJY, YGX, YLY], "2023-12"),
   r("开展现代学徒制和订单培养", ["县职业教育中心", YRS]),
   r("培育认定县级产教融合型企业", [YFG, YJY, YCZ, "县税务局"], "2025-12"),
   r("开展花木栽培、电商直播等技能培训", [YRS, "县农业农村局", YLY, "各乡镇人民政府"]),
   r("公开招聘专业课教师", [YRS, "县委编办", YJY], "2025-12"),
   r("落实职业教育专项资金", [YCZ, YJY]),
   r("举办职业教育活动周和职业技能大赛", [YJY, YRS, "团县委"]),
  ],
  optionalResponsibilities=ob("优化专业布局", "建设产教融合实训基地", "深化校企协同育人", "服务乡村振兴和花木产业发展",
                              "建强“双师型”教师队伍", "任务分工", "加强组织领导", "领导小组", "强化督导考核",
                              "县政府督查室", "营造良好氛围", "工作目标")),
]

def body_lengths():
    """Characters of each page's text (tags, scripts, styles and white space dropped), chrome included."""
    for g in GOLD:
        print(g["seed"][:2], len(doc_text(g["seed"])))

if __name__ == "__main__":
    body_lengths()
    sys.exit(1 if write_gold(GOLD) else 0)
