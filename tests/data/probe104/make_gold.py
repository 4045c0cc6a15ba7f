"""Writes gold/*.json for probe104 and checks that every printed item occurs in its document (goldkit.write_gold: values
with their unit, 亿/万 folded back, ranges as printed; full-width forms and white space folded, so `２０２３年４月１４日` and
`６５％` are checked as read).

02 prints its number only in a <meta name="文号" content="…"> tag (the body shows it as an image whose alt text is 文号),
so the HTML page is checked here as its text plus the content of its meta tags: a page's meta tags are part of what it
says. 01 is written by make_txt.py from text/01.txt (BOM, CRLF). Run from this folder: python3 make_gold.py
"""
import os, re, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import goldkit  # noqa: E402
from goldkit import YI, WAN, ob, r, rng, t, write_gold  # noqa: E402

_page_text = goldkit.doc_text


def doc_text(name, strip_page_numbers=False):
    text = _page_text(name, strip_page_numbers)
    if name.endswith(".html"):
        raw = open(os.path.join("docs", name), encoding="utf-8").read()
        metas = re.findall(r'<meta\s+name="[^"]*"\s+content="([^"]*)"', raw)
        text += "".join(goldkit.fold(m) for m in metas)
    return text


goldkit.doc_text = doc_text

O = dict(optional=True)
JK, BB, FG, ZR, GX, RS, CZ = "市教育科技局", "市委编办", "市发改局", "市自然资源局", "市工信局", "市人社局", "市财政局"
QJW, QFG, QJX, QRS, QCZ = "区教委", "区发展改革委", "区经济和信息化局", "区人力社保局", "区财政局"

GOLD = [
 dict(seed="01_jiexiu_city_office_2022_vocational_quality_upgrading_plan_notice_word_plain_text_lost_numbering_comparator_signs.txt",
  form="plain text saved from the Word file of a 介休 (山西, 晋中) 人民政府办公室 印发 notice (Save as Plain Text, UTF-8 with a BOM, CRLF, no blank lines between paragraphs): the masthead line 介休市人民政府办公室文件, the number 介政办发〔2022〕47号 on its own line, the title over two lines cut after 办公室, recipients, the 印发 sentence, signature, date and （此件公开发布）; the plan with every heading's automatic numbering lost, so that 总体要求 / 指导思想 / 主要目标 / 重点任务 / 保障措施 and each task heading (优化职业学校布局, 推进“三教”改革 …) are bare short lines above their paragraphs; four cited numbers (国发, 教职成, 晋政办发, the 晋中 市政办发); a 到2025年 goal (1所, 3—5个, 2个以上, 10家左右) and a `主要指标：` paragraph written with signs (比例≥60%, 生师比≤20:1, 匹配度≥85%, 就业（升学）率≥95%, 提高5个百分点, 获取率≥80%, 年均…≥1.5万人次); eleven tasks and four 保障措施, fourteen closing （责任单位：…） (由现有3所整合为2所 with 2023年6月底前, 150亩 / 6万平方米 / 容纳在校生3000人, 1.2亿元 / 3000万元 / 20间 with 到2025年, 每年…1—2个 and a 低于80% condition, 2022年12月底前 and 到2024年底 in one item, 10个以上 / 40家, 4个 / 不少于200人, 10门 / 8部, 每5年…不少于6个月, 每年…不少于20名 / 不少于50万元, 10名左右, “十四五”末累计6万人次 / 90%以上, 每年…不少于2000人次 / 3000人次 / 150人, 每年…不少于800万元 / 累计不少于3200万元 / 不低于每生每年1500元 / 不低于30%, 每年…1次, and one unbracketed 加强组织领导 with 每年至少召开2次); 抄送 and 印发 lines",
  documentNumber="介政办发〔2022〕47号",
  title="介休市人民政府办公室关于印发介休市职业教育提质培优实施方案的通知",
  issuers=["介休市人民政府办公室"], issueDate="2022-05-16",
  references=["国发〔2019〕4号", "教职成〔2020〕7号", "晋政办发〔2022〕56号", "市政办发〔2022〕12号"],
  deadlineEnds=["2025-12-31", "2023-06-30", "2022-12-31", "2024-12-31"],
  targets=[
   t(1, "所", "省级高水平中等职业学校"),
   rng(3, 5, "个", "骨干专业"),
   t(2, "个", "产教融合实训基地", "gte"),
   t(10, "家", "产教融合型企业", "approx"),
   t(60, "%", "双师型", "gte"),
   t(20, ":1", "生师比", "lte", **O),
   t(85, "%", "匹配度", "gte"),
   t(95, "%", "就业（升学）率", "gte"),
   t(5, "百分点", "本地就业比例"),
   t(80, "%", "职业技能等级证书获取率", "gte"),
   t(1.5*WAN, "人次", "职业技能培训", "gte"),
   t(4, "场", "大国工匠进校园", "gte"),
   t(1, "个", "校园文化品牌"),
   t(3, "所", "现有", **O),
   t(2, "所", "中等职业学校"),
   t(150, "亩", "占地面积"),
   t(6*WAN, "平方米", "建筑面积"),
   t(3000, "人", "在校生"),
   t(1.2*YI, "元", "统筹安排资金"),
   t(3000*WAN, "元", "实训设备总值"),
   t(20, "间", "智慧教室"),
   rng(1, 2, "个", "新增或调整专业"),
   t(80, "%", "就业率", "lt", **O),
   t(2, "家", "规模以上企业", "gte", **O),
   t(10, "个", "订单班", "gte"),
   t(40, "家", "校企合作企业"),
   t(4, "个", "试点专业"),
   t(200, "人", "学徒", "gte"),
   t(10, "门", "精品课程"),
   t(8, "部", "校本特色教材"),
   t(1, "届", "技能大赛", **O),
   t(6, "个月", "专业课教师", "gte", **O),
   t(20, "名", "兼职教师", "gte"),
   t(50*WAN, "元", "教师培训专项经费", "gte"),
   t(10, "名", "名师", "approx"),
   t(6*WAN, "人次", "累计培训"),
   t(90, "%", "培训合格率", "gte"),
   t(2000, "人次", "职业技能等级认定", "gte"),
   t(3000, "人次", "职业体验", "gte"),
   t(150, "人", "贯通培养", "gte"),
   t(2, "次", "专题会议", "gte", **O),
   t(800*WAN, "元", "职业教育专项资金", "gte"),
   t(3200*WAN, "元", "累计投入", "gte"),
   t(1500, "元", "生均公用经费", "gte", **O),
   t(30, "%", "地方教育附加", "gte"),
   t(1, "次", "专项督导", **O),
  ],
  responsibilities=[
   r("落实立德树人根本任务", [JK, "市总工会", "团市委"]),
   r("优化职业学校布局", [JK, BB, FG, ZR], "2023-06"),
   r("改善职业学校办学条件", [JK, CZ, FG], "2025"),
   r("调整优化专业结构", [JK, GX, RS]),
   r("深化产教融合校企合作", [JK, GX, FG]),
   r("推行现代学徒制", [RS, JK, CZ], "2024-12"),
   r("推进“三教”改革", [JK, RS], "2025"),
   r("提升职业学校治理水平", [JK, RS, CZ]),
   r("建设高素质“双师型”教师队伍", [BB, JK, RS, CZ], "2025"),
   r("大力开展职业技能培训", [RS, JK, "市农业农村局", "市退役军人事务局", "各乡镇（街道）"], "2025"),
   r("推进职普融通和中高职贯通", [JK]),
   r("加大经费投入", [CZ, JK]),
   r("强化督导考核", ["市人民政府教育督导室"]),
   r("营造良好氛围", ["市委宣传部", JK, "市融媒体中心"]),
  ],
  optionalResponsibilities=ob("加强组织领导", "领导小组")),
 dict(seed="02_fangshan_district_office_2023_vocational_industry_education_plan_notice_html_trs_editor_font_number_in_meta_only.html",
  form="saved HTML page of a 北京 district government portal (房山区; 房政办发): XHTML doctype, meta SiteName / SiteDomain / SiteIDCode / ColumnName / ColumnType / ArticleTitle / PubDate / ContentSource and three meta tags named in Chinese (文号 with the document's number, 发文机关, 主题分类), a <title> with the column and site after underscores, a baidu script and a zoom function, top bar, header with a search input, nav <ul>, 当前位置 breadcrumb; the title in a <font size=5><b> inside div.article_title; under it the number shown only as an image (<img alt=\"文号\">), so the number is printed only in the meta tag; a 发布日期 / 来源 / 字号 / 打印 line; the body in div.TRS_Editor (a <style> block first) > div.Custom_UnionStyle, every <p> wrapped in <font face=仿宋_GB2312>, run-in headings in a nested <font face=楷体_GB2312>, full-width digits throughout (２０２５年, ３—５个, ６５％, 中办发〔２０２１〕４３号), full-width spaces as indents and after the heading numbers (一、　总体目标, （一）　对接…); a district 人民政府办公室 印发 notice for a 产教融合 实施方案（2023—2025年）, the signature and a full-width date pushed right with &nbsp;; two cited numbers (中办发, 京办发); a 到２０２５年 goal (３个, ５个, ２０家左右, ６０家以上, ６５％以上, 提高１０个百分点, 年均…１万人次以上); seven tasks closing （牵头单位：X；配合单位：Y、Z） or （责任单位：X） (３—５个 / ２个 with ２０２３年６月底前, ５个 again / ８００个 / 不超过２００万元 with ２０２４年底前, 每年…不少于５家 / 一次性奖励３０万元, ６个 / 每年…不少于３００人, 每年培训１万人次以上 again / 其中…不少于４０００人次, 每年…不少于５０人次 / ３０名 with ２０２３年底前, 到２０２５年 ４个 / ５００人); three 保障措施, one bracketed (每年…５００万元, ２０２３—２０２５年累计不少于１５００万元) and two without (每半年至少召开１次); print tools, a 相关链接 list, a footer with ICP and 公网安备 numbers and a conac document.write",
  documentNumber="房政办发〔2023〕9号",
  title="北京市房山区人民政府办公室关于印发《房山区推进职业教育产教融合发展实施方案（2023—2025年）》的通知",
  issuers=["北京市房山区人民政府办公室"], issueDate="2023-04-14",
  references=["中办发〔2021〕43号", "京办发〔2022〕15号"],
  deadlineEnds=["2025-12-31", "2023-06-30", "2024-12-31", "2023-12-31"],
  targets=[
   t(3, "个", "骨干专业"),
   t(5, "个", "产教融合实训基地"),
   t(20, "家", "产教融合型企业", "approx"),
   t(60, "家", "校企合作企业", "gte"),
   t(65, "%", "双师型", "gte"),
   t(10, "百分点", "留区就业比例"),
   t(1*WAN, "人次", "培训", "gte"),
   rng(3, 5, "个", "新增"),
   t(2, "个", "撤并就业不对口专业"),
   t(800, "个", "实训工位"),
   t(200*WAN, "元", "建设补助", "lte", **O),
   t(5, "家", "入库企业", "gte"),
   t(30*WAN, "元", "一次性奖励", **O),
   t(6, "个", "贯通培养专业"),
   t(300, "人", "招生规模", "gte"),
   t(4000, "人次", "职业技能等级证书", "gte"),
   t(50, "人次", "企业实践", "gte"),
   t(30, "名", "兼职教师", "gte"),
   t(4, "个", "现代学徒制试点专业"),
   t(500, "人", "订单培养"),
   t(1, "次", "会议", "gte", **O),
   t(500*WAN, "元", "专项资金"),
   t(1500*WAN, "元", "累计投入", "gte"),
  ],
  responsibilities=[
   r("对接主导产业优化专业布局", [QJW, QFG, QJX], "2023-06"),
   r("共建产教融合实训基地", [QJW, QCZ, "中关村房山园管委会"], "2024-12"),
   r("培育产教融合型企业", [QFG, QJW, QJX, QCZ]),
   r("推进中高职贯通培养", [QJW]),
   r("开展职业技能提升培训", [QRS, QJW, "区农业农村局", "区退役军人局"]),
   r("建强“双师型”教师队伍", [QJW, QRS, "区委编办"], "2023-12"),
   r("深化校企协同育人", [QJW, QRS, "区国资委"], "2025"),
   r("加大资金支持", [QCZ, QJW]),
  ],
  optionalResponsibilities=ob("加强统筹协调", "强化考核评估", "联席会议")),
 dict(seed="03_bayannur_education_bureau_2023_reply_letter_school_new_majors_pilot_portal_text.txt",
  form="text copied from a city 教育局 portal page (巴彦淖尔, 内蒙古; 巴教函): site line, nav line, 您现在的位置 breadcrumb ending 通知公告, the title without the issuing body (关于…的复函), a 发布时间 / 来源 (the bureau's 科) / 浏览次数 / 字号 line, no 信息公开 block, the number 巴教函〔2023〕45号 on its own line under it; a 复函 of the 教育局 to a 中等职业学校 (巴彦淖尔市第一职业中等专业学校：) citing the school's 请示 by title and number (巴一职专发〔2023〕6号, 收悉) and a 自治区教育厅 notice (内教职成函〔2023〕17号); five points: approval of 2个 new majors with a quota each (45人, 45人) and a 2023年6月30日前 filing, approval of a “3+2” 贯通 pilot with 40人 (3年 / 2年 stages) and a 2023年7月15日前 submission, a 60万元 subsidy with 实训室2间 / 实训基地1个 by 2023年8月底前 and staffing conditions (不少于4名, 不低于50%), 校企合作 and 岗位实习 rules (一般为6个月), 招生 and 资助 rules and a check 将于2023年12月; duties only as 你校要… (optional), 此复, signature, date and （此件主动公开）, a 联系人 / 联系电话 line, an attachment named as the letter with the body's name, 打印 / 关闭, 上一篇 / 下一篇 and a footer with ICP numbers",
  documentNumber="巴教函〔2023〕45号",
  title="关于巴彦淖尔市第一职业中等专业学校增设专业和开展中高职贯通培养试点的复函",
  issuers=["巴彦淖尔市教育局"], issueDate="2023-05-29",
  references=["巴一职专发〔2023〕6号", "内教职成函〔2023〕17号"],
  deadlineEnds=["2023-06-30", "2023-07-15", "2023-08-31", "2023-12-31"],
  targets=[
   t(2, "个", "增设"),
   t(45, "人", "智慧农业技术专业招生计划"),
   t(45, "人", "畜禽生产技术专业招生计划"),
   t(40, "人", "招生计划"),
   t(60*WAN, "元", "补助资金"),
   t(2, "间", "智慧农业实训室"),
   t(1, "个", "畜禽养殖实训基地"),
   t(4, "名", "专任教师", "gte", **O),
   t(50, "%", "双师型", "gte", **O),
   t(6, "个月", "岗位实习", **O),
  ],
  responsibilities=[],
  optionalResponsibilities=ob("备案", "审核", "实训条件建设", "补助资金", "校企合作", "岗位实习", "招生宣传", "学生资助",
                              "专项检查")),
]

if __name__ == "__main__":
    sys.exit(1 if write_gold(GOLD) else 0)
