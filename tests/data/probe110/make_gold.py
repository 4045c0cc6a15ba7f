"""Writes gold/*.json for probe110 and checks that every printed item occurs in its document (goldkit.write_gold: values
with their unit, 亿/万 folded back, ranges as printed; the HTML page as its text, the .docx as the text of its
word/document.xml; full-width forms and white space folded).

01 prints its signature date only in Chinese numerals (二〇二二年三月十五日) and no 成文日期 (the block's 发布日期 is
2022-03-21): a text is checked here as its text plus each Chinese-numeral date read as digits (2022年3月15日), since that
is what the date says. Run from this folder: python3 make_gold.py (after make_docx.py)
"""
import os, re, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldkit  # noqa: E402
from goldkit import YI, WAN, ob, r, rng, t, write_gold  # noqa: E402

_doc_text = goldkit.doc_text
DIG = {c: i for i, c in enumerate("〇一二三四五六七八九")}
DIG["零"] = 0


def cn_num(s):
    """一 … 九, 十, 十一 … 三十一 as an int."""
    if "十" in s:
        a, b = s.split("十")
        return (DIG[a] if a else 1) * 10 + (DIG[b] if b else 0)
    return DIG[s]


def doc_text(name, strip_page_numbers=False):
    text = _doc_text(name, strip_page_numbers)
    for y, m, d in re.findall(r"([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日", text):
        text += "%s年%d月%d日" % ("".join(str(DIG[c]) for c in y), cn_num(m), cn_num(d))
    return text


goldkit.doc_text = doc_text

O = dict(optional=True)
ZJY, ZFG, ZRS = "州教育局", "州发展改革委", "州人力资源社会保障局"
GX = "各县（市、区）人民政府"
ZCK, JCK = "市教育体育局职业教育与成人教育科", "市教育体育局计划财务科"
LX = "各县（区）教育体育局"
CJY, CFG, CRS, CWH, CCZ = "市教育局", "市发展改革委", "市人力资源社会保障局", "市文化局", "市财政局"

GOLD = [
 dict(seed="01_qianxinan_prefecture_government_2022_ethnic_vocational_education_notice_portal_text_chinese_numeral_date_annex_indicator_lines.txt",
  form="text copied from a 自治州 government portal page (黔西南布依族苗族自治州, 贵州; 黔西南府发): site line, breadcrumb, the title (黔西南州人民政府…), an 信息索引号 block one label a line (文　　号 — the number only there; 发布日期 2022-03-21 and no 成文日期), a 字体 / 打印 line; a 州人民政府 通知 that is itself the policy (no plan attached): a preamble citing three documents (国发, 中办发, 黔府发); a 总体目标 paragraph 到2025年 (由现有13所整合为9所左右, 3所以上, 8个以上, 民族文化传承专业6个, 技能大师工作室10个, 4.2万人左右, 55%以上) and 到“十四五”末 (累计…5000人以上, 60%以上); six tasks closing （责任单位：…） or one （牵头单位：X；责任单位：Y、Z） (2022年12月底前 with 规划用地面积500亩, 每个专业至少与2家, 2023年6月底前 with 20部, 每年…3—5个 / 20家以上 / 8个, 每年…3万人次以上 with 其中…不少于5000人次 and 8个 centres after `在万人以上…安置点`, 每年…不少于100名 / 到2024年…150名以上 / 每年…不少于300人次, 1所以上 per school / 每年…1000人左右 / 到“十四五”末累计…5000名以上); two 保障措施, one bracketed (每年…3000万元, “十四五”期间累计不少于1.5亿元, 不低于30%, 每生每年1500元) and one without (每年…1次专项督导); a 2022年4月30日前 filing; an 附件： line; the signature with the full 自治州 name and the date in Chinese numerals (二〇二二年三月十五日), （此件公开发布）; the annex 主要指标 as thirteen numbered lines `N.指标：值` (eleven repeating the body, two only there: 匹配度85%以上, 升学就业率95%以上); print links and a footer with ICP numbers",
  documentNumber="黔西南府发〔2022〕5号",
  title="黔西南州人民政府关于加快推进民族地区现代职业教育高质量发展的通知",
  issuers=["黔西南布依族苗族自治州人民政府"], issueDate="2022-03-15",
  references=["国发〔2019〕4号", "中办发〔2021〕43号", "黔府发〔2021〕11号"],
  deadlineEnds=["2025-12-31", "2022-12-31", "2023-06-30", "2024-12-31", "2022-04-30"],
  targets=[
   t(13, "所", "中等职业学校", **O),
   t(9, "所", "中等职业学校", "approx"),
   t(3, "所", "优质中职学校", "gte"),
   t(8, "个", "高水平专业", "gte"),
   t(6, "个", "民族文化传承专业"),
   t(10, "个", "技能大师工作室"),
   t(4.2*WAN, "人", "在校生", "approx"),
   t(55, "%", "双师型", "gte"),
   t(5000, "人", "技术技能人才", "gte"),
   t(60, "%", "州内就业率", "gte"),
   t(500, "亩", "规划用地面积"),
   t(2, "家", "非遗工坊", "gte", **O),
   t(20, "部", "校本教材"),
   rng(3, 5, "个", "专业点"),
   t(20, "家", "产教融合型企业", "gte"),
   t(8, "个", "共享型实训基地"),
   t(3*WAN, "人次", "职业技能培训", "gte"),
   t(5000, "人次", "民族传统手工艺培训", "gte"),
   t(8, "个", "技能培训中心"),
   t(100, "名", "专业课教师", "gte"),
   t(150, "名", "兼职教师", "gte"),
   t(300, "人次", "企业实践", "gte"),
   t(1, "所", "宁波市", "gte", **O),
   t(1000, "人", "宁波班", "approx"),
   t(5000, "名", "实习就业", "gte"),
   t(3000*WAN, "元", "专项资金"),
   t(1.5*YI, "元", "专项资金", "gte"),
   t(30, "%", "地方教育附加", "gte"),
   t(1500, "元", "生均公用经费", "gte", **O),
   t(1, "次", "专项督导", **O),
   t(85, "%", "匹配度", "gte"),
   t(95, "%", "升学就业率", "gte"),
  ],
  responsibilities=[
   r("优化职业院校布局", [ZJY, ZFG, "州自然资源局", GX], "2022-12"),
   r("建设民族文化传承专业", [ZJY, "州民族宗教委", "州文化广电旅游局"], "2023-06"),
   r("深化产教融合校企合作", [ZFG, ZJY, "州工业和信息化局", ZRS]),
   r("大规模开展职业技能培训", [ZRS, "州乡村振兴局", "州生态移民局", ZJY]),
   r("加强“双师型”教师队伍建设", ["州委编办", ZJY, ZRS, "州财政局"], "2024"),
   r("深化东西部职业教育协作", [ZJY, "州乡村振兴局", ZRS], "2025"),
   r("加大经费投入", ["州财政局", ZJY, GX]),
  ],
  optionalResponsibilities=ob("强化督导考核", "各县（市、区）人民政府要结合实际", "主要指标")),
 dict(seed="02_lincang_education_sports_bureau_2023_secondary_vocational_key_work_notice_html_iso_metadata_date_ordinal_markers.html",
  form="saved HTML page of a city government portal (临沧, 云南; 临教体发): meta SiteName / SiteDomain / ColumnName / ArticleTitle / PubDate 2023-06-12 / ContentSource, a style block, jquery, a baidu script and a zoom function, top bar, header with a search form, nav <ul>, 您当前的位置 breadcrumb; a metadata block of <div class=row> flex rows, each two <label>label：</label>value cells (索 引 号 / 发布机构, 文　　号 / 主题分类, 成文日期 2023-06-08 / 发布日期 2023-06-12, 名　　称) — the number only there, the issue date printed as 2023-06-08 only there; h1 title, an info line (发布时间 2023-06-12 10:15); in div#zoom > div.TRS_Editor a city 教育体育局 通知 of its own work points: two cited documents (云教职, 临政发); a 工作目标 paragraph 2023年 (1.2万人以上, 3.3万人左右, 85%以上, 提高到50%, 5个, 保持在95%以上) and 到2025年; 二、重点工作 as six items opened by ordinal markers 第一、 … 第六、 each closing （牵头单位：X，责任单位：Y、Z） with a comma between the labels and the bureau's 科 / centre as lead (8个 / 6个 with 2023年8月底前, 2600万元 / 24间 with 2023年12月底前 and three 自治县 bureaus, 每年…不少于600人次 / 30个以上 with 2023年10月底前, 3家以上 per school / 20个 / 1个, 2023年9月30日前 with 每生每年2000元, 2个 / 8000人次以上); 三、工作要求 as 首先， / 其次， / 再次， / 最后， paragraphs, the first two closing the same bracket (2023年6月30日前; 不低于每生每年1000元, 不低于30%), the third a check 将于2023年11月, the last 每季度末5日前 and 2023年12月20日前 reports; a contact line, the signature and 2023年6月8日; print links, 上一篇 / 下一篇 titles, footer with ICP numbers and a conac document.write",
  documentNumber="临教体发〔2023〕46号",
  title="临沧市教育体育局关于做好2023年全市中等职业教育重点工作的通知",
  issuers=["临沧市教育体育局"], issueDate="2023-06-08",
  references=["云教职〔2023〕9号", "临政发〔2022〕38号"],
  deadlineEnds=["2023-12-31", "2025-12-31", "2023-08-31", "2023-10-31", "2023-09-30", "2023-06-30", "2023-11-30",
                "2023-12-20"],
  targets=[
   t(1.2*WAN, "人", "招生", "gte"),
   t(3.3*WAN, "人", "在校生", "approx"),
   t(85, "%", "达标率", "gte"),
   t(50, "%", "双师型"),
   t(5, "个", "示范专业"),
   t(95, "%", "毕业生就业", "gte"),
   t(8, "个", "撤并"),
   t(6, "个", "对接产业的专业点"),
   t(2600*WAN, "元", "质量提升计划资金"),
   t(24, "间", "实训室"),
   t(600, "人次", "教师培训", "gte"),
   t(30, "个", "试点证书覆盖专业点", "gte"),
   t(3, "家", "企业", "gte", **O),
   t(20, "个", "订单班"),
   t(1, "个", "职业教育集团"),
   t(2000, "元", "国家助学金", **O),
   t(2, "个", "民族文化传承专业"),
   t(8000, "人次", "职业技能培训", "gte"),
   t(1000, "元", "生均公用经费", "gte", **O),
   t(30, "%", "地方教育附加", "gte"),
  ],
  responsibilities=[
   r("优化专业布局结构", [ZCK, LX, "市职业教育中心"], "2023-08"),
   r("改善中职学校办学条件", [JCK, "镇康县教育体育局", "耿马自治县教育体育局", "沧源自治县教育体育局"], "2023-12"),
   r("深化“三教”改革", [ZCK, "市教师进修学校", LX], "2023-10"),
   r("推进产教融合校企合作", [ZCK, LX, "各中职学校"]),
   r("做好招生和资助工作", ["市教育体育局学生资助管理中心", LX, "市直各中职学校"], "2023-09"),
   r("加强民族文化传承与边境职业教育", ["市教育体育局民族教育科", "临翔区教育体育局", "双江自治县教育体育局"]),
   r("提高思想认识", [ZCK, LX], "2023-06"),
   r("强化经费保障", [JCK, LX]),
  ],
  optionalResponsibilities=ob("加强督导检查", "做好信息报送", "联系人")),
 dict(seed="03_changdu_city_office_2022_vocational_quality_upgrading_plan_notice_docx_numbered_goal_list_task_table_period_cells.docx",
  form="Word file (make_docx.py, probe41's builder) of a city 人民政府办公室 印发 notice (昌都, 西藏; 昌政办发): red masthead 昌都市人民政府办公室文件, the number centred, a red rule, the title, recipients, the 印发 sentence with a 2022年9月30日前 filing, the signature, date and （此件公开发布）; the 实施方案（2022—2025年） under its bold centred title, headings typed as text (一、 … 四、, no w:numPr): a preamble citing three documents (国发, 教职成, 藏教发); 二、主要目标 as two numbered paragraphs `1.到2023年，…；` (8000人左右, 25个, 40%以上, 85%以上) and `2.到2025年，…。` (1所, 3—5个, 1万人左右, 50%以上, 累计…2000人以上, 年均1.5万人次以上); 三、重点任务 as one sentence and a four-column w:tbl 序号 | 任务 | 责任单位 | 时间 of ten rows whose 时间 cells are periods and open forms: 2022—2025年 / 2022—2024年 / 2023年起 / 长期 (3.2万平方米 with 6000人, 4个, 1个 and 5个, 每年选送300名, 每年…1.5万人次以上 again, 覆盖率达到100%, 10家以上 / 1个, 每年提高3个百分点, 每年…2000万元); 四、保障措施 three paragraphs without units (每年至少召开2次, 每年12月底前 reports); the signature and its date again",
  documentNumber="昌政办发〔2022〕41号",
  title="昌都市人民政府办公室关于印发昌都市职业教育提质培优实施方案（2022—2025年）的通知",
  issuers=["昌都市人民政府办公室"], issueDate="2022-08-19",
  references=["国发〔2019〕4号", "教职成〔2020〕7号", "藏教发〔2021〕42号"],
  deadlineEnds=["2022-09-30", "2023-12-31", "2025-12-31", "2024-12-31"],
  targets=[
   t(8000, "人", "在校生规模", "approx"),
   t(25, "个", "开设专业"),
   t(40, "%", "双师型", "gte"),
   t(85, "%", "毕业生就业率", "gte"),
   t(1, "所", "优质中职学校"),
   rng(3, 5, "个", "高水平专业"),
   t(1*WAN, "人", "在校生规模", "approx"),
   t(50, "%", "双师型", "gte"),
   t(2000, "人", "技术技能人才", "gte"),
   t(1.5*WAN, "人次", "职业技能培训", "gte"),
   t(3.2*WAN, "平方米", "校舍建筑面积"),
   t(6000, "人", "在校生规模"),
   t(4, "个", "民族文化传承专业"),
   t(1, "个", "唐卡技艺传承基地"),
   t(5, "个", "技能大师工作室"),
   t(300, "名", "初中毕业生"),
   t(100, "%", "覆盖率"),
   t(10, "家", "产教融合型企业", "gte"),
   t(1, "个", "职业教育集团"),
   t(3, "百分点", "双师型"),
   t(2000*WAN, "元", "职业教育发展资金"),
   t(2, "次", "会议", "gte", **O),
  ],
  responsibilities=[
   r("昌都市职业技术学校二期扩建工程", [CJY, CFG, "市住房城乡建设局"], "2025"),
   r("开设唐卡绘画", [CJY, CWH, "市卫生健康委"]),
   r("噶玛嘎赤唐卡技艺传承基地", [CRS, CJY, CWH], "2024"),
   r("深化援藏职业教育合作", [CJY, "市援藏工作协调办公室"], "持续推进"),
   r("技能昌都", [CRS, "市农业农村局", "市乡村振兴局"], "2025"),
   r("三包", [CJY, CCZ], "持续推进"),
   r("培育产教融合型企业", [CFG, CJY, "市工业和信息化局"]),
   r("“双师型”教师培养引进", [CJY, CRS, "市委编办"], "2025"),
   r("职业教育经费稳定投入机制", [CCZ, CJY], "持续推进"),
   r("职业教育质量年度报告", ["市人民政府教育督导委员会办公室", CJY]),
  ],
  optionalResponsibilities=ob("加强组织领导", "强化经费保障", "严格督导考核", "各县（区）人民政府要结合实际", "各牵头单位")),
]

if __name__ == "__main__":
    sys.exit(1 if write_gold(GOLD) else 0)
