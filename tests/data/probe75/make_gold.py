"""Writes gold/*.json for probe75 and checks that every printed item occurs in its document (goldkit.py: values with
their unit, 亿/万 folded back, ranges as printed, cells as printed; HTML as its text, the .docx as the text of
word/document.xml). 03 is a GBK page: it is read as GBK, as its http-equiv Content-Type meta says.
Run from this folder: python3 make_gold.py (after make_docx.py and make_gbk.py)
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
JY, FG, JX, CZ, RS = "市教育局", "市发展改革委", "市经济和信息化局", "市财政局", "市人力资源社会保障局"
XQ = "各县（市、区）人民政府"
QJ, QR, QFG, QJX, QCZ, QGH = "区教委", "区人力社保局", "区发展改革委", "区经济信息委", "区财政局", "区总工会"
GX, ZY = "永川高新区管委会", "各职业院校"

GOLD = [
 dict(seed="01_neijiang_city_government_2020_vocational_education_reform_opinions_portal_text_pipe_disclosure_nested_county_brackets.txt",
  form="plain text of a city 人民政府 portal page (内江, 四川; a top bar, navigation, 当前位置 breadcrumb, an 信息公开 block of two label pairs a line parted by a | between full-width spaces: 索引号 / 公开方式, 发布机构 / 成文日期 2020年9月27日, 文号 / 发布日期 2020-10-09, 主题分类 / 有效性; the number only there), the title over three lines, a 发布时间 / 来源 line, the recipients naming two development-zone 管委会, footer with ICP and 公网安备 lines: a 内江市人民政府 实施意见 implementing 国发〔2019〕4号, citing a province notice (〈〉 inside 《》) and a city party-and-government 决定 with a space between the two bodies; a goal paragraph 到2022年 (由现有13所整合为8所左右, 30个以上, 60%以上, 稳定在95%以上) and 到“十四五”末 (3—5个, 50%以上, 累计…25万人); six tasks each closing （责任单位：…） in three forms: a plain list ending with 各县（市、区）人民政府 after a comma (round brackets nested inside the round bracket), X牵头，Y、Z配合, and X牵头，Y…配合，各县（市、区）人民政府落实; item figures (12万平方米 and 3000个 with 2022年底前, 每年…5个左右, a 连续3年招生不足20人 condition, 2021年6月底前, 50家以上, 10个, 4个, 到2022年 90%以上, 20个, 每5年一周期, 每年…不少于200名, 不超过20%, “十四五”期间累计 15万人次以上 and 2.5万人); 保障措施 with 每半年至少…1次, 2021—2025年累计 1亿元, 不低于30%, 每年…1次 and two of three items bracketed; the signature and date",
  documentNumber="内府发〔2020〕18号",
  title="内江市人民政府关于推进职业教育改革发展的实施意见",
  issuers=["内江市人民政府"], issueDate="2020-09-27",
  references=["国发〔2019〕4号", "川府发〔2019〕24号", "内委发〔2020〕7号"],
  deadlineEnds=["2022-12-31", "2025-12-31", "2021-06-30"],
  targets=[
   t(8, "所", "中等职业学校", "approx"),
   t(30, "个", "重点专业", "gte"),
   t(60, "%", "双师型", "gte"),
   t(95, "%", "就业（升学）率", "gte"),
   rng(3, 5, "个", "特色专业群"),
   t(50, "%", "在内就业比例", "gte"),
   t(25*WAN, "人", "技能人才"),
   t(12*WAN, "平方米", "校舍面积"),
   t(3000, "个", "实训工位"),
   t(5, "个", "品牌专业", "approx"),
   t(50, "家", "产教融合型企业", "gte"),
   t(10, "个", "产教融合实训基地"),
   t(4, "个", "职业教育集团"),
   t(90, "%", "职业技能等级证书比例", "gte"),
   t(20, "个", "考核站点"),
   t(5, "年", "轮训", **O),
   t(200, "名", "专业课教师", "gte"),
   t(20, "%", "编制员额", "lte", **O),
   t(15*WAN, "人次", "补贴性职业技能培训", "gte"),
   t(2.5*WAN, "人", "高技能人才"),
   t(1, "次", "会议", "gte", **O),
   t(1*YI, "元", "职业教育发展专项资金"),
   t(30, "%", "地方教育附加", "gte"),
   t(1, "次", "专项督导", **O),
  ],
  responsibilities=[
   r("优化院校布局", [JY, FG, "市自然资源和规划局", "市住房城乡建设局", XQ], "2022-12"),
   r("做强特色专业", [JY, JX, RS], "2021-06"),
   r("深化产教融合", [FG, JY, JX, "市国资委", "市税务局"]),
   r("推进1+X证书制度试点", [JY, RS], "2022"),
   r("建设“双师型”教师队伍", [JY, "市委编办", RS, CZ]),
   r("大规模开展职业技能培训", [RS, JY, "市农业农村局", "市退役军人事务局", "市总工会", XQ], "2025"),
   r("加大经费投入", [CZ, JY, XQ], "2025"),
   r("强化督导考核", ["市政府教育督导委员会办公室"]),
  ],
  optionalResponsibilities=ob("加强组织领导", "职业教育工作联席会议制度")),
 dict(seed="02_yongchuan_education_hrss_joint_2021_skilled_talent_training_quality_plan_docx_auto_numbering_task_table_mixed_time_limits.docx",
  form="Word file built by make_docx.py from text/02.txt: a 重庆市永川区教育委员会 and 重庆市永川区人力资源和社会保障局 joint 关于印发 notice (a two-line red masthead, one 永川教委发 number for both, a red rule), the title over three paragraphs with the two bodies' names on the first and the plan's name cut inside its 《》; three documents cited by number (国发〔2019〕4号, 渝府发, 永川府发); the two bodies signing on one right-aligned paragraph with full-width spaces, the date, （此件公开发布）; the plan's title over two paragraphs; sections and tasks numbered only by Word (w:numPr); a 到2022年底 goal (年培养…2.2万人以上, 3万人 with 其中 8000人以上, 5个 and 10个 in one clause, 85%以上, 300家以上); six task paragraphs with figures and no unit named (800个, 3—5个, 2021年…1500人, 不少于12个, 不少于30个, 每年…不少于3000人次, 每两年…20名, 每年…200名, 到2022年底 65%以上); a 任务分工 w:tbl 序号 | 重点任务 | 牵头单位 | 责任单位 | 完成时限 of ten rows repeating the tasks' figures (其中国家级1个 only there), one 责任单位 cell of two paragraphs, one 牵头单位 cell naming two bodies, and 完成时限 cells 2022年6月 / 2022年底前 / 2021—2022年 / 2021年底前 / 2021年9月底前 / 每年 / 长期坚持; 保障措施 with 每季度…1次, 2021—2022年 3000万元 and a 每年12月底前 report; 抄送 and 印发 lines",
  documentNumber="永川教委发〔2021〕56号",
  title="重庆市永川区教育委员会 重庆市永川区人力资源和社会保障局关于印发《永川区职业院校技能人才培养质量提升工作方案（2021—2022年）》的通知",
  issuers=["重庆市永川区教育委员会", "重庆市永川区人力资源和社会保障局"], issueDate="2021-05-18",
  references=["国发〔2019〕4号", "渝府发〔2019〕27号", "永川府发〔2020〕15号"],
  deadlineEnds=["2022-12-31", "2022-06-30", "2021-12-31", "2021-09-30"],
  targets=[
   t(2.2*WAN, "人", "培养技能人才", "gte"),
   t(3*WAN, "人", "新增技能人才"),
   t(8000, "人", "高技能人才", "gte"),
   t(5, "个", "高技能人才培训基地"),
   t(10, "个", "技能大师工作室"),
   t(1, "个", "国家级"),
   t(85, "%", "双证书", "gte"),
   t(300, "家", "校企合作企业", "gte"),
   t(800, "个", "实训工位"),
   rng(3, 5, "个", "产业学院"),
   t(1500, "人", "新型学徒"),
   t(12, "个", "试点专业", "gte"),
   t(30, "个", "试点项目", "gte"),
   t(3000, "人次", "参赛选手", "gte"),
   t(20, "名", "永川工匠"),
   t(200, "名", "专业课教师"),
   t(65, "%", "双师型", "gte"),
   t(1, "次", "联席会议", **O),
   t(3000*WAN, "元", "专项资金"),
  ],
  responsibilities=[
   r("公共实训基地二期建设", [QR, QFG, QCZ, "区住房城乡建委"], "2022-06"),
   r("高技能人才培训基地", [QR, QJ, QJX], "2022-12"),
   r("技能大师工作室", [QR, QGH], "2022"),
   r("共建产业学院", [QJ, QJX, GX, ZY], "2022-12"),
   r("企业新型学徒", [QR, QCZ, GX], "2021-12"),
   r("1+X证书试点项目", [QJ, QR, ZY], "2021-09"),
   r("区级职业技能大赛", [QJ, QR, QGH, ZY]),
   r("永川工匠", [QR, "区委宣传部", QGH]),
   r("选派专业课教师", [QJ, QR, ZY]),
   r("落实职业培训补贴政策", [QR, QCZ, "各镇人民政府（街道办事处）"]),
  ],
  optionalResponsibilities=ob("加强统筹协调", "工作会商机制", "强化经费保障", "严格督查考核")),
 dict(seed="03_panzhihua_hrss_2022_unemployment_insurance_skills_upgrading_subsidy_notice_gbk_html_disclosure_table_standard_table.html",
  form="saved HTML page of a city 人力资源和社会保障局 portal served as GBK (XHTML doctype, only an http-equiv Content-Type charset=gbk meta, written with make_gbk.py from text/03.utf8.html; meta SiteName / ColumnName / ArticleTitle / PubDate, a zoom script, top bar, banner, nav <ul>, 您现在的位置 breadcrumb with &gt;&gt;): an 信息公开 <table> of four columns with letter-spaced labels (&nbsp;) holding 发文单位 / 发文字号 / 成文日期 2022-03-16 / 公开日期 2022-03-21 (the number only there), the title in a div cut by <br />, a 发布时间 / 信息来源 / 字号 line, body <p> paragraphs indented with &nbsp; and <strong> headings: a 攀枝花市人力资源和社会保障局 notice on 失业保险技能提升补贴 citing a two-ministry and a two-department notice by number; a `2022年，` goal paragraph (8000人次以上, 1200万元左右, 不低于30% as a 其中 share, 1.2万人); conditions that are not targets (累计缴纳…1年以上（含1年）, 自2022年1月1日起取得, 12个月内); a 补贴标准 <table> 证书等级 | 补贴标准（元/人） | 备注 with bare 1000 / 1500 / 2000 cells and a rowspan 备注; 每人每年…不超过3次; 15个工作日内 / 不少于5个工作日; duties of three bodies in one 负责 sentence and a 2022年6月30日前 step for 各县（区）; 每季度至少…1次; 3年内不得; 有效期至2022年12月31日; a contact line, the signature and date right-aligned with &nbsp;, 打印 / 关闭 links and a footer with ICP numbers",
  documentNumber="攀人社发〔2022〕38号",
  title="攀枝花市人力资源和社会保障局关于做好2022年失业保险技能提升补贴申领发放工作的通知",
  issuers=["攀枝花市人力资源和社会保障局"], issueDate="2022-03-16",
  references=["人社部发〔2017〕40号", "川人社发〔2022〕12号"],
  deadlineEnds=["2022-12-31", "2022-06-30"],
  targets=[
   t(8000, "人次", "技能提升补贴", "gte"),
   t(1200*WAN, "元", "补贴资金", "approx"),
   t(30, "%", "高级工以上", "gte"),
   t(1.2*WAN, "人", "新增技能人才"),
   t(12, "个月", "申领", "lte", **O),
   t(1000, "元", "初级", cell="1000", **O),
   t(1500, "元", "中级", cell="1500", **O),
   t(2000, "元", "高级", cell="2000", **O),
   t(3, "次", "每人每年", "lte", **O),
   t(15, "个工作日", "审核", "lte", **O),
   t(5, "个工作日", "公示期", "gte", **O),
   t(1, "次", "集中宣传", "gte", **O),
   t(3, "年", "不得再次申领", **O),
  ],
  responsibilities=[],
  optionalResponsibilities=ob("压实工作责任", "受理审核", "政策宣传和统筹调度", "资金发放", "上半年补贴审核发放")),
]

if __name__ == "__main__":
    sys.exit(1 if write_gold(GOLD) else 0)
