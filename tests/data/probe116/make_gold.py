"""Writes gold/*.json for probe116 and checks that every printed item occurs in its document.

The documents are plain-text files as saved on a Chinese Windows machine (make_docs.py): 01 and 03 in GB18030 (code page
936 bytes), 02 in UTF-16 LE after a byte-order mark, all with CRLF line ends. goldkit reads a document as UTF-8, so this
script reads each one with its own encoding (doc_text below, put in goldkit's place) and checks the bytes first: the BOM
or its absence, that a GB18030 file is not valid UTF-8, CRLF line ends without a bare LF, and that 01's issuer holds a
character GB2312 cannot encode. Values are then checked as goldkit does (with their unit, 亿/万 folded back, ranges as
printed; full-width forms and white space, the form feeds included, folded). Run from this folder: python3 make_gold.py
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldkit  # noqa: E402
from goldkit import YI, WAN, fold, ob, r, rng, t, write_gold  # noqa: E402

ENCODINGS = {"01": "gb18030", "02": "utf-16-le", "03": "gb18030"}
problems = []

def doc_text(name, strip_page_numbers=False):
    """The folded text of a document read with its encoding, after the byte checks."""
    with open(os.path.join("docs", name), "rb") as fh:
        b = fh.read()
    enc = ENCODINGS[name[:2]]
    if enc == "utf-16-le":
        if not b.startswith(b"\xff\xfe"):
            problems.append((name[:2], "no UTF-16 LE byte-order mark"))
        s = b[2:].decode("utf-16-le")
    else:
        if b.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
            problems.append((name[:2], "a byte-order mark in an ANSI file"))
        try:
            b.decode("utf-8")
            problems.append((name[:2], "GB18030 bytes that are valid UTF-8"))
        except UnicodeDecodeError:
            pass
        s = b.decode(enc)
    if s.replace("\r\n", "").count("\n") or s.replace("\r\n", "").count("\r"):
        problems.append((name[:2], "a line end that is not CRLF"))
    return fold(s)

goldkit.doc_text = doc_text

SHI, ZHEN = "镇社会事务服务中心", "镇劳动保障事务所"
JY, FG, ZR, ZJ = "市教育局", "市发展改革局", "市自然资源局", "市住房城乡建设局"
GX, RS = "市工业和信息化局", "市人力资源社会保障局"
XRS, XGX, XYQ, XZZ = "县人社局", "县工信局", "县吉他产业园管委会", "县中等职业学校"

GOLD = [
 dict(seed="01_guantou_town_lianjiang_government_2023_rural_labour_skills_training_plan_notice_portal_text_gbk_crlf_rare_char.txt",
  form="text copied from a county portal page (连江, 福州, 福建) into Notepad and saved as ANSI: GB18030 bytes (code page 936), CRLF line ends, full-width-space indentation; the issuer a town, 琯头镇, whose 琯 is outside GB2312 (GBK AC67) and is printed in the title, the number (琯政), the signature and the 信息索引号 block; site name, an accessibility bar, nav, breadcrumb, a 发布时间 / 信息来源 / 访问量 line, a two-column 信息索引号 block (生成日期 / 文号 / 发布机构; the number only there); a 镇人民政府 印发 notice signed 连江县琯头镇人民政府 for a one-year 农村劳动力职业技能培训 plan: two cited numbers (闽人社文, 连政综), a 目标任务 paragraph of counts with 其中 parts (1200人次以上, 400 / 200 / 150 / 150人次, 90%以上, 75%以上, 600人以上, 2023年11月底前), an age range 16—60周岁, five tasks closing （责任单位：…） with 镇 units (镇社会事务服务中心, 镇妇联, 团镇委, 镇总工会; 2023年6月底前 / 2023年9月底前 / 2023年10月底前; 10名以上, 3—5个, 20名以上, 1期, 1场, 3个 and awards 2000元、1000元、500元), a 20万元 fund closing （责任单位：镇财政所）, 每季度末月25日前 reports, a 2023年12月20日前 summary, a contact line, 上一篇 / 下一篇 titles and a footer",
  documentNumber="琯政〔2023〕12号",
  title="琯头镇人民政府关于印发《琯头镇2023年农村劳动力职业技能培训工作方案》的通知",
  issuers=["连江县琯头镇人民政府"], issueDate="2023-03-10",
  references=["闽人社文〔2023〕27号", "连政综〔2023〕8号"],
  deadlineEnds=["2023-11-30", "2023-06-30", "2023-09-30", "2023-10-31", "2023-12-20"],
  targets=[
   t(1200, "人次", "职业技能培训", "gte"),
   t(400, "人次", "船员"),
   t(200, "人次", "家政"),
   t(150, "人次", "电工焊工"),
   t(150, "人次", "电商直播"),
   t(90, "%", "培训合格率", "gte"),
   t(75, "%", "就业率", "gte"),
   t(600, "人", "证书", "gte"),
   rng(16, 60, "周岁", "年龄", optional=True),
   t(100, "人次", "养老护理员"),
   t(6, "个月", "连续从业", "gte", optional=True),
   t(500, "元", "一次性奖励", optional=True),
   t(10, "名", "电商带头人", "gte"),
   rng(3, 5, "个", "电商示范村"),
   t(1, "期", "专题培训班", optional=True),
   t(150, "人次", "企业职工"),
   t(20, "名", "学徒", "gte"),
   t(1, "场", "技能竞赛", optional=True),
   t(3, "个", "比赛项目", optional=True),
   t(2000, "元", "奖励", optional=True),
   t(1000, "元", "奖励", optional=True),
   t(500, "元", "奖励", optional=True),
   t(20*WAN, "元", "专项工作经费"),
  ],
  responsibilities=[
   r("开展船员职业培训", [SHI, ZHEN], "2023-06"),
   r("开展家政养老技能培训", ["镇妇联", SHI]),
   r("开展电商直播和乡村旅游培训", ["镇经济服务中心", "镇农业服务中心", "团镇委"], "2023-09"),
   r("开展企业职工技能提升培训", ["镇经济服务中心", ZHEN]),
   r("举办琯头工匠技能竞赛", ["镇总工会", SHI], "2023-10"),
   r("落实经费保障", ["镇财政所"]),
  ],
  optionalResponsibilities=ob("加强组织领导", "强化督促考核", "加强宣传引导", "联系人", "培训对象")),
 dict(seed="02_cenxi_city_office_2023_vocational_education_three_year_plan_notice_word_unicode_text_utf16_bom_tab_table_page_breaks.txt",
  form="Word's plain-text export in Unicode (岑溪, 梧州, 广西; 岑政办发): UTF-16 LE after an FF FE byte-order mark, CRLF line ends, a form feed for each page break (before the plan and before the annex, glued to the line after it), section headings from Word's automatic numbering written as the number, a tab and the heading (一、\\t总体目标, （一）\\t优化职业教育布局), typed full-width-space indentation; the masthead line 岑溪市人民政府办公室文件, the number on its own line, the title over two lines, recipients, the signature and date (2023年7月21日), （此件公开发布）; the plan citing 中办发〔2021〕43号 and 梧政办发〔2023〕18号, a 到2025年 goal (8000人左右, 3—5个, 60%以上, 50家以上, 年均…1.5万人次以上, 65%以上), six tasks closing （责任单位：…） or （X牵头，Y、Z配合） (5万平方米, 2.6亿元, 2024年9月底前, 每年…2—3个, a 低于60% condition, 到2024年底…2个, 各1个, 每年…500人以上, 不少于20名 / 30名 / 100人次, 3个, 3000人次, 8000人以上 with 其中 2000人以上, 每年…1000万元, 三年累计不少于3000万元, 每生每年1200元), three 保障措施 without units (每年至少召开2次, 每年开展1次, 每年5月); the annex 重点任务分工表 as tab-separated rows (序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限: 2024年9月 / 2024年12月 / 2025年6月 / 2025年12月 / 每年), a 抄送 line and a 2023年7月24日印发 line later than the signature",
  documentNumber="岑政办发〔2023〕27号",
  title="岑溪市人民政府办公室关于印发岑溪市推进职业教育高质量发展三年行动方案（2023—2025年）的通知",
  issuers=["岑溪市人民政府办公室"], issueDate="2023-07-21",
  references=["中办发〔2021〕43号", "梧政办发〔2023〕18号"],
  deadlineEnds=["2025-12-31", "2024-09-30", "2024-12-31", "2025-06-30"],
  targets=[
   t(8000, "人", "在校生规模", "approx"),
   rng(3, 5, "个", "示范特色专业"),
   t(60, "%", "双师型", "gte"),
   t(50, "家", "合作企业", "gte"),
   t(1.5*WAN, "人次", "职业技能培训", "gte"),
   t(65, "%", "本地就业率", "gte"),
   t(5*WAN, "平方米", "校舍建筑面积"),
   t(2.6*YI, "元", "总投资"),
   rng(2, 3, "个", "专业"),
   t(60, "%", "就业率", "lt", optional=True),
   t(2, "个", "示范特色专业"),
   t(1, "个", "陶瓷产业学院"),
   t(1, "个", "石材产业学院"),
   t(500, "人", "订单培养", "gte"),
   t(20, "名", "专业课教师", "gte"),
   t(30, "名", "兼职教师", "gte"),
   t(100, "人次", "企业实践", "gte"),
   t(3, "个", "技能大师工作室"),
   t(3000, "人次", "脱贫劳动力", "gte"),
   t(8000, "人", "技能人才", "gte"),
   t(2000, "人", "高技能人才", "gte"),
   t(1000*WAN, "元", "专项资金"),
   t(3000*WAN, "元", "累计", "gte"),
   t(1200, "元", "生均公用经费", "gte", optional=True),
   t(2, "次", "联席会议", "gte", optional=True),
   t(1, "次", "专项督导", optional=True),
  ],
  responsibilities=[
   r("优化职业教育布局", [JY, FG, ZR, ZJ], "2024-09"),
   r("对接产业设置专业", [JY, GX, RS], "2024-12"),
   r("深化产教融合校企合作", [JY, GX, "市陶瓷产业园管委会"]),
   r("加强“双师型”教师队伍建设", [JY, "市委编办", RS], "2025"),
   r("大规模开展职业技能培训", [RS, "市乡村振兴局", "市退役军人事务局", "市农业农村局"], "2025-12"),
   r("加大经费投入", ["市财政局", JY]),
   r("新校区一期工程建设", [JY, FG, ZR, ZJ], "2024-09"),
   r("陶瓷工艺自治区级示范特色专业", [JY, GX, RS], "2024-12"),
   r("建设陶瓷产业学院和石材产业学院", [JY, GX, "市陶瓷产业园管委会"], "2025-06"),
   r("建成市级技能大师工作室3个", [RS, JY], "2025-12"),
   r("年均开展职业技能培训1.5万人次以上", [RS, "市乡村振兴局", "市退役军人事务局", "市农业农村局"]),
   r("落实职业教育发展专项资金", ["市财政局", JY]),
  ],
  optionalResponsibilities=ob("加强组织领导", "强化督导考核", "营造良好氛围")),
 dict(seed="03_zhengan_hrss_finance_industry_joint_2024_guitar_industry_skills_plan_notice_saved_page_text_gb18030_tab_tables.txt",
  form="a county portal page saved as text by the browser (正安, 遵义, 贵州; 正人社发): GB18030 bytes, CRLF line ends, the nav one link a line, a breadcrumb, an 信息公开 table flattened to label and value cells separated by tabs (索 引 号 / 信息分类, 发布机构 / 发文日期, 文　　号 / 是否有效, 标　　题), the title again above a 发布时间 / 来源 / 字号 line, lines holding only full-width spaces between parts; a three-body joint notice (正安县人力资源和社会保障局, 正安县财政局, 正安县工业和信息化局, signing two then one on the next line) for a one-year 吉他产业 skills plan: two cited numbers (黔人社发, 遵人社通), a 工作目标 paragraph (3000人次以上 with 其中 1800人次 / 1000人次 / 200人, 800人以上, 100名, 1个, 1000人左右), six tasks closing （牵头单位：X；配合单位：Y、Z） (15—30天, per-level subsidies 800元 / 1200元 / 1800元, 1—2年, 每人每年5000元, 150人, 1个, 200个, 2024年8月底前, 2024年10月底前, awards 3000元 / 2000元 / 1000元, 300万元; one unit 各乡镇（街道）), three 工作要求 without units (每月5日前, 2024年12月15日前); an annex 任务分解表 as tab-separated rows (序号 | 工作内容 | 目标任务 | 责任单位 | 完成时限: 2024年11月底 / 2024年12月底 / 2024年8月底) after an 附件 line; 【打印本页】, 上一篇 / 下一篇 titles and a footer of tab-separated credits",
  documentNumber="正人社发〔2024〕15号",
  title="正安县人力资源和社会保障局 正安县财政局 正安县工业和信息化局关于印发《正安县2024年吉他产业技能人才培育专项行动方案》的通知",
  issuers=["正安县人力资源和社会保障局", "正安县财政局", "正安县工业和信息化局"], issueDate="2024-04-08",
  references=["黔人社发〔2024〕6号", "遵人社通〔2024〕18号"],
  deadlineEnds=["2024-08-31", "2024-10-31", "2024-12-15", "2024-11-30", "2024-12-31"],
  targets=[
   t(3000, "人次", "技能培训", "gte"),
   t(1800, "人次", "岗前培训"),
   t(1000, "人次", "技能提升培训"),
   t(200, "人", "学徒"),
   t(800, "人", "等级", "gte"),
   t(100, "名", "高技能人才"),
   t(1, "个", "技能大师工作室"),
   t(1000, "人", "就业", "approx"),
   rng(15, 30, "天", "岗前培训", optional=True),
   t(800, "元", "初级工", optional=True),
   t(1200, "元", "中级工", optional=True),
   t(1800, "元", "高级工", optional=True),
   rng(1, 2, "年", "培养期限", optional=True),
   t(5000, "元", "培训补贴", optional=True),
   t(150, "人", "招生"),
   t(1, "个", "实训基地"),
   t(200, "个", "实训工位"),
   t(3000, "元", "奖励", optional=True),
   t(2000, "元", "奖励", optional=True),
   t(1000, "元", "奖励", optional=True),
   t(300*WAN, "元", "技能培训资金"),
  ],
  responsibilities=[
   r("开展订单式岗前培训", [XRS, XYQ, "各乡镇（街道）"]),
   r("实施岗位技能提升培训", [XRS, "县财政局", XGX]),
   r("推行企业新型学徒制", [XRS, XGX, XZZ]),
   r("推进校企合作办学", ["县教育局", XGX, XYQ], "2024-08"),
   r("开展技能等级认定和技能竞赛", [XRS, "县总工会", XGX], "2024-10"),
   r("落实资金保障", ["县财政局", XRS]),
   r("岗前培训", [XRS, XYQ], "2024-11"),
   r("岗位技能提升培训", [XRS, XGX], "2024-11"),
   r("企业新型学徒制培训", [XRS, XZZ], "2024-12"),
   r("吉他制作实训基地建设", ["县教育局", XYQ], "2024-08"),
   r("职业技能等级认定", [XRS, "县总工会"], "2024-12"),
  ],
  optionalResponsibilities=ob("加强组织协调", "强化资金监管", "做好统计报送")),
]

def check_bytes():
    """01's issuer holds a character outside GB2312 that GB18030 (and GBK) encode."""
    issuer = GOLD[0]["issuers"][0]
    odd = [c for c in issuer if not _encodes(c, "gb2312")]
    if not odd or not all(_encodes(c, "gb18030") for c in odd):
        problems.append(("01", "the issuer has no character outside GB2312 that GB18030 encodes"))

def _encodes(c, enc):
    try:
        c.encode(enc)
        return True
    except UnicodeEncodeError:
        return False

if __name__ == "__main__":
    check_bytes()
    n = write_gold(GOLD)
    for p in problems:
        print("bytes", *p)
    print("byte problems:", len(problems))
    sys.exit(1 if n or problems else 0)
