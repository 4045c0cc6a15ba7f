"""Writes gold/*.json for probe92 and checks that every printed item occurs in its document.

Values are checked with their unit (亿/万 folded back to the printed form), ranges as printed (3—5个, 2—3个); full-width
forms and white space are folded. Run from this folder: python3 make_gold.py
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from goldkit import YI, WAN, ob, r, rng, t, write_gold  # noqa: E402

O = {"optional": True}
# 历城区 bodies
LJY, LFG, LGX, LRS, LCZ = "区教育和体育局", "区发展和改革局", "区工业和信息化局", "区人力资源和社会保障局", "区财政局"
# 禹城市 bodies
YJY, YFG, YGX, YRS, YCZ = "市教育和体育局", "市发展和改革局", "市工业和信息化局", "市人力资源和社会保障局", "市财政局"

GOLD = [
 dict(seed="01_licheng_district_government_2021_vocational_high_quality_opinions_portal_text_label_per_line_block.txt",
  form="text saved from a district 人民政府 portal page as the eval seeds were (济南市历城区, 山东; site name with 无障碍 / 长者版 / 繁體 bar, menu, 您所在的位置 line, the title, an 【信息公开】 block one label a line with full-width colons: 索引号 / 发布机构 / 文号 / 成文日期 / 发布日期 / 有效性, the number only there, 发布日期 a week after the signature): a 济南市历城区人民政府 实施意见 on 职业教育高质量发展 citing three documents by number (国发, 鲁政字, 济政发); a 主要目标 paragraph with 到2022年底 (由现有5所整合为3所) and 到2025年 (1所, 3—5个, 12个, 比例达到90%以上, 稳定在98%以上, 年均…3万人次以上); six tasks and two 保障措施 closing （X牵头，Y、Z配合） or （X负责） brackets, one naming 各街道办事处 last; item figures (2022年8月底前, 新校区规划占地面积260亩, 每年新增或调整专业2—3个, 30家以上, 4个 / 6个, 每年…不少于300人次, 每5年累计…不少于6个月, 100名以上, “十四五”期间累计15万人次 with 其中 2万人次, 40%左右, “十四五”期间累计投入1亿元, 不低于30%); 加强组织领导 without a bracket (每年至少召开2次会议); signature, date, （此件公开发布） and a footer with ICP numbers",
  documentNumber="济历政发〔2021〕9号",
  title="济南市历城区人民政府关于推动职业教育高质量发展的实施意见",
  issuers=["济南市历城区人民政府"], issueDate="2021-06-18",
  references=["国发〔2019〕4号", "鲁政字〔2021〕37号", "济政发〔2021〕5号"],
  deadlineEnds=["2022-12-31", "2025-12-31", "2022-08-31"],
  targets=[
   t(3, "所", "整合"),
   t(1, "所", "国家级优质中等职业学校"),
   rng(3, 5, "个", "省级高水平专业群"),
   t(12, "个", "区级骨干专业"),
   t(90, "%", "双师型", "gte"),
   t(98, "%", "升学和就业", "gte"),
   t(3*WAN, "人次", "职业技能培训", "gte"),
   t(260, "亩", "新校区"),
   rng(2, 3, "个", "调整专业"),
   t(30, "家", "产教融合型企业", "gte"),
   t(4, "个", "产业学院"),
   t(6, "个", "实训基地"),
   t(300, "人次", "企业实践", "gte"),
   t(6, "个月", "企业实践", "gte", **O),
   t(100, "名", "兼职教师", "gte"),
   t(15*WAN, "人次", "补贴性职业技能培训"),
   t(2*WAN, "人次", "新型职业农民"),
   t(40, "%", "贯通培养", "approx"),
   t(2, "次", "会议", "gte", **O),
   t(1*YI, "元", "职业教育发展专项资金"),
   t(30, "%", "地方教育附加", "gte"),
  ],
  responsibilities=[
   r("优化职业学校布局", [LJY, LFG, "区自然资源局", LCZ], "2022-08"),
   r("建设高水平专业群", [LJY, LGX, LRS]),
   r("深化产教融合校企合作", [LFG, LJY, LGX, LCZ]),
   r("建设“双师型”教师队伍", [LJY, "区委编办", LRS]),
   r("大规模开展职业技能培训", [LRS, "区农业农村局", "区退役军人事务局", LJY, "各街道办事处"], "2025"),
   r("拓宽技术技能人才成长通道", [LJY]),
   r("加大经费投入", [LCZ, LJY], "2025"),
   r("强化督导考核", ["区政府教育督导室"]),
  ],
  optionalResponsibilities=ob("加强组织领导", "联席会议")),
 dict(seed="02_linyi_education_hrss_joint_2022_skill_level_recognition_notice_portal_text_dated_stages.txt",
  form="text saved from a city 教育局 portal page (临沂, 山东; menu, 当前位置 line, the title over two lines with the two bodies on the first, the number alone on the line under it, a 发布时间 / 来源 / 浏览次数 line with a 发布时间 three days after the signature): a 临沂市教育局 and 临沂市人力资源和社会保障局 joint notice (临教发) on 2022年 职业技能等级认定 in 职业院校, citing three documents by number (人社厅发, 鲁人社字 with two bodies in its title, 临政办字 of a plan titled with （2021—2023年）); a 2022年，… goal paragraph (不少于2.5万人次 with 其中 不少于1.6万人次, 10所以上, 比例达到80%以上, 取证率达到85%以上); 认定范围 conditions (grades and levels, no targets); four stages, three with a bracketed date or period (2022年4月15日前, 2022年5月至11月, 2022年12月10日前) and one with 认定结束后15个工作日内; per-level subsidy standards (每人200元 / 300元 / 500元, 每人每年只能享受1次) and a 2022年 fund of 600万元; a 职责分工 paragraph of 负责 sentences; 抽查比例不低于20%, 不少于3名, 不少于2次, 3年内不得重新申请; 联系人 lines with telephone numbers, an attachment list, the two bodies signing on two lines and the date",
  documentNumber="临教发〔2022〕23号",
  title="临沂市教育局 临沂市人力资源和社会保障局关于做好2022年全市职业院校职业技能等级认定工作的通知",
  issuers=["临沂市教育局", "临沂市人力资源和社会保障局"], issueDate="2022-03-22",
  references=["人社厅发〔2020〕104号", "鲁人社字〔2021〕88号", "临政办字〔2021〕31号"],
  deadlineEnds=["2022-12-31", "2022-04-15", "2022-11-30", "2022-12-10"],
  targets=[
   t(2.5*WAN, "人次", "职业技能等级认定", "gte"),
   t(1.6*WAN, "人次", "中等职业学校", "gte"),
   t(10, "所", "备案院校", "gte"),
   t(80, "%", "主体专业", "gte"),
   t(85, "%", "取证率", "gte"),
   t(600*WAN, "元", "补贴资金"),
   t(3, "名", "考评人员", "gte", **O),
   t(2, "次", "组织认定", "gte", **O),
   t(15, "个工作日", "认定结束后", **O),
   t(200, "元", "初级", **O),
   t(300, "元", "中级", **O),
   t(500, "元", "高级", **O),
   t(1, "次", "享受", **O),
   t(20, "%", "抽查比例", "gte", **O),
   t(3, "年", "不得重新申请", **O),
  ],
  responsibilities=[],
  optionalResponsibilities=ob("指导职业院校", "认定机构备案管理", "组织实施", "申报备案", "组织认定", "证书核发",
                              "总结报送", "质量督导", "严格认定程序")),
 dict(seed="03_yucheng_county_office_2021_vocational_quality_action_plan_notice_unit_brackets_multi_line_title.txt",
  form="text saved from a county-level city portal page (禹城 in 德州, 山东; 无障碍 / 关怀版 bar, menu, 当前位置 line, a tab-laid 信息公开 block of two label pairs a row: 索 引 号 / 公开方式, 发布机构 / 成文日期, 文　　号 / 发布日期, the number only there) of a 禹城市人民政府办公室 关于印发 notice whose title runs over three lines and whose plan title runs over two (（2021—2023年） on a line of its own); the 印发 sentence, signature, date and （此件公开发布）; two documents cited by number (教职成, 德政办字); a 到2023年 goal paragraph (2个, 6个, 比例达到70%以上, 稳定在4500人左右, 60%以上) and a 到“十四五”末 sentence; seven numbered tasks each closing （责任单位：X、Y…） (one naming 各乡镇人民政府、街道办事处, one 高新区管委会): 总投资1.2亿元, 新增建筑面积3.6万平方米, 2022年底前, 2—3个, 每年…10家以上, 8个左右, 不少于12个, 三年内…60名, 每年…30名, 每年…5000人次以上, 每生每年不低于3000元, 不低于30%, 到2023年…50%以上; a tab-laid 推进安排 table 序号 | 工作任务 | 责任单位 | 完成时限 with 2022年底前 / 每年 / 持续推进 / “十四五”末 cells; 保障措施 without a bracket (领导小组, 每季度调度1次); 打印本页 and a footer with an ICP number",
  documentNumber="禹政办发〔2021〕15号",
  title="禹城市人民政府办公室关于印发禹城市职业教育提质培优行动计划（2021—2023年）的通知",
  issuers=["禹城市人民政府办公室"], issueDate="2021-09-08",
  references=["教职成〔2020〕7号", "德政办字〔2021〕26号"],
  deadlineEnds=["2023-12-31", "2025-12-31", "2022-12-31"],
  targets=[
   t(2, "个", "省级品牌专业"),
   t(6, "个", "市级骨干专业"),
   t(70, "%", "双师型", "gte"),
   t(4500, "人", "在校生规模", "approx"),
   t(60, "%", "本地就业", "gte"),
   t(1.2*YI, "元", "总投资"),
   t(3.6*WAN, "平方米", "建筑面积"),
   rng(2, 3, "个", "新设专业"),
   t(10, "家", "校企合作企业", "gte"),
   t(8, "个", "实训基地", "approx"),
   t(12, "个", "订单班", "gte"),
   t(60, "名", "补充专业课教师"),
   t(30, "名", "选派"),
   t(5000, "人次", "新型职业农民", "gte"),
   t(3000, "元", "生均公用经费", "gte", **O),
   t(30, "%", "地方教育附加", "gte"),
   t(50, "%", "职业技能等级证书", "gte"),
   t(1, "次", "调度", **O),
  ],
  responsibilities=[
   r("改善办学条件", [YJY, YFG, YCZ, "市住房和城乡建设局"], "2022-12"),
   r("优化专业结构", [YJY, YGX]),
   r("推进校企合作", [YJY, YGX, "高新区管委会"]),
   r("加强师资队伍建设", ["市委编办", YRS, YJY]),
   r("服务乡村振兴", ["市农业农村局", YJY, "各乡镇人民政府", "街道办事处"]),
   r("强化经费保障", [YCZ, YJY]),
   r("深化“1+X”证书制度试点", [YJY, YRS], "2023"),
   r("职教中心实训楼和学生公寓建设", [YJY], "2022-12"),
   r("专业动态调整", [YJY]),
   r("推广“1+X”证书试点", [YJY, YRS], "持续推进"),
   r("创建省级高水平中等职业学校", [YJY], "2025-12"),
  ],
  optionalResponsibilities=ob("领导小组", "督导评估")),
]

write_gold(GOLD)
