"""Writes gold/*.json for probe28 and checks that every printed item occurs in its document.

Values are checked with their unit (亿/万 folded back to the printed form); a value printed in Chinese numerals
(五个以上, 二百名以上, 一万只以上) is checked by its printed form, given as `shown`. Run from this folder:
python3 make_gold.py
"""
import html, json, os, re, unicodedata

SHOWN = {}

def t(value, unit, key, comparator=None, optional=False, shown=None):
    d = {"value": value, "unit": unit, "key": key}
    if comparator:
        d["comparator"] = comparator
    if optional:
        d["optional"] = True
    if shown:
        SHOWN[id(d)] = shown
    return d

def r(task, units, deadline=None):
    d = {"task": task, "units": units}
    if deadline:
        d["deadline"] = deadline
    return d

def o(*tasks):
    return [{"task": x} for x in tasks]

YI, WAN = 100000000, 10000

GOLD = [
 dict(seed="01_hebi_city_office_digital_economy_action_plan_2025_2027_mixed_unit_forms.txt",
  form="text of a city portal page (breadcrumb, a two-column 索 引 号 block with zero-padded dates, number on its own line, 【打印本页】【关闭窗口】): a city 人民政府办公室 关于印发 notice issuing a 数字经济 行动方案（2025—2027年）, a province notice and a city party opinion cited by number, a 2024年 baseline (680亿元), multi-level numbering 一、/（一）/1., a 到2027年 goal paragraph (突破1000亿元, 45%以上, 年均增长12%以上, 150家, 8000个, 五个以上 in Chinese numerals, 90%以上) and a “十五五”期间 goal (力争达到15%), eleven tasks whose units are written three ways: （责任单位：X、Y）, 牵头单位：X；配合单位：Y、Z on its own line followed by 完成时限：2027年底前 / 长期坚持 / 2026年底前, and sentences 此项工作由X负责，Y、Z配合 / 由X负责，Y、Z按职责分工配合 / 由X、Y负责; task figures (三年内…30个以上, 5000PFlops以上, 超过60%, 每年…100个以上), one task with two dated steps, a yearly fund 5000万元 with award and subsidy terms, a 每年11月底前 report, a 2027年底前 evaluation",
  documentNumber="鹤政办〔2025〕8号",
  title="鹤壁市人民政府办公室关于印发鹤壁市数字经济高质量发展行动方案（2025—2027年）的通知",
  issuers=["鹤壁市人民政府办公室"], issueDate="2025-03-14", references=["豫政〔2024〕9号", "鹤发〔2024〕5号"],
  deadlineEnds=["2027-12-31", "2030-12-31", "2025-12-31", "2025-06-30", "2025-09-30", "2026-12-31"],
  targets=[
   t(1000*YI, "元", "数字经济规模", "gt"),
   t(45, "%", "占地区生产总值比重", "gte"),
   t(12, "%", "核心产业增加值", "gte"),
   t(150, "家", "规模以上数字经济核心产业企业"),
   t(8000, "个", "5G基站总数"),
   t(5, "个", "百亿级数字产业集群", "gte", shown="五个以上"),
   t(90, "%", "数字化改造覆盖率", "gte"),
   t(15, "%", "核心产业增加值"),
   t(1200, "个", "新建5G基站"),
   t(95, "%", "千兆光纤网络覆盖率", "gte"),
   t(5000, "PFlops", "算力规模", "gte"),
   t(60, "%", "智能算力占比", "gt"),
   t(30, "个", "电子信息项目", "gte"),
   t(15, "%", "电子信息产业营业收入", "gte"),
   t(80*YI, "元", "软件和信息技术服务业营业收入"),
   t(10, "家", "重点企业"),
   t(20, "家", "数据服务商", "gte"),
   t(100, "个", "滚动实施", "gte"),
   t(30, "个", "数字化车间", "gte"),
   t(1, "个", "国家级工业互联网平台"),
   t(5, "个", "省级工业互联网平台"),
   t(20, "个", "数字农业应用基地"),
   t(10, "%", "农产品网络零售额", "gte"),
   t(5, "个", "直播电商基地"),
   t(100, "%", "网上可办率"),
   t(2000, "项", "掌上办", "gte"),
   t(100, "个", "智慧社区"),
   t(100, "%", "等级保护测评率"),
   t(2, "个", "数字经济产业学院"),
   t(5000*WAN, "元", "专项资金"),
   t(500, "名", "高层次人才", "gte"),
   t(1*WAN, "人次", "数字技能培训", "gte"),
   t(200*WAN, "元", "奖励", "lte", optional=True),
   t(10, "%", "补助", optional=True),
   t(100*WAN, "元", "单个项目", "lte", optional=True),
  ],
  responsibilities=[
   r("加快5G和千兆光网建设", ["市工业和信息化局", "市通信发展管理办公室", "各县区人民政府"]),
   r("建设城市算力中心", ["市发展和改革委员会", "市大数据管理局", "淇滨区人民政府"], "2027-12"),
   r("做强电子信息制造业", ["市工业和信息化局", "市商务局", "市投资促进中心"]),
   r("发展软件和信息技术服务业", ["市工业和信息化局", "市科学技术局", "鹤壁经济技术开发区管委会"], "2027"),
   r("培育数据要素市场", ["市大数据管理局", "市财政局", "市国资委"], "2025-09"),
   r("智改数转", ["市工业和信息化局", "市财政局", "市科学技术局", "各县区人民政府"], "持续推进"),
   r("推进农业数字化", ["市农业农村局", "市商务局"], "2027"),
   r("发展数字商贸和数字文旅", ["市商务局", "市文化广电和旅游局"], "2025-12"),
   r("城市大脑", ["市大数据管理局", "市政务服务和大数据管理中心"]),
   r("推进数字社会建设", ["市卫生健康委员会", "市教育局", "市民政局", "市人力资源和社会保障局"], "2026-12"),
   r("筑牢数字安全屏障", ["市委网信办", "市公安局", "市大数据管理局"]),
  ],
  optionalResponsibilities=o("加强组织领导", "加大资金支持", "强化人才支撑", "强化监测评估", "年度工作进展",
                             "年度评估", "总体评估")),
 dict(seed="02_sihong_county_office_basic_education_three_year_action_2025_2027_lead_coop_lines.txt",
  form="text of a county portal page (breadcrumb, 发布时间 with a time and 来源 / 浏览次数 / 字体 on one line, number on its own line, signed date four days before the posting date): a county 人民政府办公室 关于印发 notice issuing a 基础教育扩优提质三年行动计划（2025—2027年）, a province plan and a city plan cited by number, a 到2027年 goal paragraph (16所, 1.5万个, 92%以上, 稳定在60%以上, 4所, 75%以上, 二百名以上 in Chinese numerals), six groups （一）…（六） of tasks numbered 1. again under each, units written as （责任单位：X、Y）, 牵头单位：X；配合单位：Y on its own line (with or without a 完成时限 line: 2027年底前, 长期坚持, 2025年12月底前), and sentences 此项任务由X牵头，Y、Z配合实施 / 由X负责，Y、Z配合 / 由X、Y负责 / 由X牵头，Y、Z按职责分工负责; figures in Chinese numerals (三年内…五名以上, 二十所), a class-size rule (45人以内), yearly figures (每年…不少于100篇, 200名, 不少于50节), share rules (不低于15%, 不少于30%), per-school minimums, a yearly fund 8000万元 and a 2025—2027年累计 12亿元, a 每年11月底前 report",
  documentNumber="泗政办发〔2025〕14号",
  title="泗洪县人民政府办公室关于印发泗洪县基础教育扩优提质三年行动计划（2025—2027年）的通知",
  issuers=["泗洪县人民政府办公室"], issueDate="2025-04-18", references=["苏教基〔2024〕3号", "宿政办发〔2024〕37号"],
  deadlineEnds=["2027-12-31", "2025-12-31", "2026-12-31", "2025-09-30", "2026-06-30"],
  targets=[
   t(16, "所", "改扩建中小学幼儿园"),
   t(1.5*WAN, "个", "新增优质学位"),
   t(92, "%", "普惠性幼儿园覆盖率", "gte"),
   t(60, "%", "公办园在园幼儿占比", "gte"),
   t(4, "所", "省四星级学校"),
   t(75, "%", "优质高中学位覆盖率", "gte"),
   t(200, "名", "名师名校长", "gte", shown="二百名以上"),
   t(5, "所", "公办幼儿园"),
   t(2400, "个", "公办学位"),
   t(12, "所", "省优质幼儿园"),
   t(10, "个", "紧密型教育集团", "gte"),
   t(100, "篇", "作业设计优秀案例", "gte"),
   t(3000, "个", "新增高中学位"),
   t(60, "%", "招生计划分配到初中学校的比例", "gte"),
   t(3, "个", "省级课程基地"),
   t(8, "个", "县级学科发展中心"),
   t(600, "名", "中小学幼儿园教师", "gte"),
   t(200, "名", "骨干教师"),
   t(5, "名", "正高级教师", "gte", shown="五名以上"),
   t(20, "所", "智慧校园示范校", shown="二十所"),
   t(100, "%", "教师数字素养培训覆盖率"),
   t(50, "节", "智慧课堂优秀课例", "gte"),
   t(95, "%", "体质健康达标率", "gte"),
   t(100, "%", "明厨亮灶"),
   t(8000*WAN, "元", "专项资金"),
   t(12*YI, "元", "教育基础设施建设资金"),
   t(45, "人", "班额", "lte", optional=True),
   t(15, "%", "交流轮岗比例", "gte", optional=True),
   t(5, "门", "校本特色课程", "gte", optional=True),
   t(30, "%", "新招教师", "gte", optional=True),
   t(1, "小时", "体育活动", optional=True),
   t(3, "个", "艺术社团", "gte", optional=True),
   t(1, "名", "专职心理健康教育教师", "gte", optional=True),
  ],
  responsibilities=[
   r("扩大普惠性资源供给", ["县教育局", "县发展和改革委员会", "县自然资源和规划局"]),
   r("提高保育教育质量", ["县教育局", "县卫生健康委员会", "县市场监督管理局"], "2027-12"),
   r("推进城乡学校建设", ["县教育局", "县住房和城乡建设局", "县财政局", "青阳街道办事处"], "2025-09"),
   r("深化集团化办学", ["县教育局", "县委编办"]),
   r("提质增效", ["县教育局", "县市场监督管理局", "县文化广电和旅游局"], "持续推进"),
   r("加快高中布局调整", ["县教育局", "县发展和改革委员会", "县财政局"]),
   r("推进特色课程建设", ["县教育局"]),
   r("补足配齐教师", ["县教育局", "县委编办", "县人力资源和社会保障局", "县财政局"]),
   r("培养名师名校长", ["县教育局", "县人力资源和社会保障局"]),
   r("实施智慧教育赋能行动", ["县教育局", "县工业和信息化局"], "2025-12"),
   r("强化体育美育工作", ["县教育局", "县体育局"]),
   r("加强心理健康教育", ["县教育局", "县卫生健康委员会", "县公安局", "团县委"], "2025-12"),
   r("筑牢校园安全防线", ["县教育局", "县公安局", "县市场监督管理局", "县卫生健康委员会"]),
  ],
  optionalResponsibilities=o("加强组织领导", "领导小组办公室", "属地责任", "强化经费保障", "严格督导考核",
                             "年度推进情况", "通报")),
 dict(seed="03_qianjiang_emergency_bureau_fire_rescue_detachment_joint_2025_work_plan_stages.txt",
  form="text of a city portal page (breadcrumb with >>, 来源 before 发布时间 with zero-padded 02月27日, number on its own line): a joint 关于印发 notice of a city 应急管理局 and 消防救援支队 (both names in the title parted by a space, signed on one line, a 联 number) issuing a 2025年 基层应急消防能力提升 work plan, a province 安委会 notice (its title naming 2024—2026年) and a 消委会办公室 opinion cited by number, a 2025年 goal paragraph (下降10%以上, 100%, 50个以上, 6个, 3000名, 95%以上, 双下降 and 杜绝… without figures, 三年内…全覆盖), tasks （一）…（五） with 1.–3. under them and one group （四） without sub-items, units as （责任单位：…）, 牵头单位：X；配合单位：Y on its own line with 完成时限：长期坚持 / 2025年9月底前 / 2025年12月底前, and sentences 由X负责，Y、Z配合，2025年10月底前完成 / 此项工作由X、Y负责，Z、W配合 / 由X负责，Y、Z配合; per-unit minimums (不少于3名, 1名, 不少于2辆, 不少于12名, 不少于20台（套）, 不少于1个), an arrival limit 30分钟内, a 全年 figure, yearly figures (不少于200场次, 不少于2万人次), 一万只以上 in Chinese numerals, three stages (2025年3月, 2025年4月—10月, 2025年11月—12月) with a dated duty, a monthly report and a summary date, a fund 1500万元 with per-station subsidies",
  documentNumber="潜应急联〔2025〕2号",
  title="潜江市应急管理局 潜江市消防救援支队关于印发《潜江市2025年基层应急消防能力提升工作方案》的通知",
  issuers=["潜江市应急管理局", "潜江市消防救援支队"], issueDate="2025-02-25",
  references=["鄂安〔2024〕2号", "鄂消委办〔2024〕15号"],
  deadlineEnds=["2025-12-31", "2025-06-30", "2025-10-31", "2025-09-30", "2025-08-31", "2025-03-31", "2025-03-20",
                "2025-12-15"],
  targets=[
   t(10, "%", "火灾起数", "gte"),
   t(100, "%", "专职消防队建成率"),
   t(50, "个", "微型消防站", "gte"),
   t(6, "个", "综合应急救援站"),
   t(3000, "名", "明白人"),
   t(95, "%", "安全宣传覆盖率", "gte"),
   t(50, "个", "微型消防站", "gte"),
   t(6, "个", "综合应急救援站"),
   t(5000, "处", "火灾隐患", "gte"),
   t(100, "%", "重大火灾隐患整改率"),
   t(200, "场次", "应急疏散演练", "gte"),
   t(2*WAN, "人次", "参观体验", "gte"),
   t(300, "个", "市政消火栓"),
   t(95, "%", "消火栓完好率", "gte"),
   t(100, "%", "消防车通道打通率"),
   t(90, "%", "接入率", "gte"),
   t(1*WAN, "只", "感烟火灾探测报警器", "gte", shown="一万只以上"),
   t(1500*WAN, "元", "专项资金"),
   t(3, "名", "专兼职工作人员", "gte", optional=True),
   t(1, "名", "安全网格员", optional=True),
   t(2, "辆", "消防车", "gte", optional=True),
   t(12, "名", "专职队员", "gte", optional=True),
   t(20, "台", "防汛装备", "gte", optional=True),
   t(30, "分钟", "到达", "lte", optional=True),
   t(4, "课时", "应急安全课程", "gte", optional=True),
   t(1*WAN, "人", "紧急转移安置", optional=True),
   t(1, "个", "应急物资储备点", "gte", optional=True),
   t(30*WAN, "元", "补助", optional=True),
   t(3*WAN, "元", "微型消防站", "lte", optional=True),
  ],
  responsibilities=[
   r("推进机构融合", ["市应急管理局", "市消防救援支队", "市委编办"], "2025-06"),
   r("落实网格化管理", ["市应急管理局", "市委政法委", "各区镇处"], "持续推进"),
   r("建设专职消防队和微型消防站", ["市消防救援支队", "市财政局", "各区镇处"], "2025-10"),
   r("建设综合应急救援站", ["市消防救援支队", "市应急管理局", "市水利和湖泊局"]),
   r("开展火灾隐患集中整治", ["市消防救援支队", "市住房和城乡建设局", "市商务局", "市市场监督管理局"]),
   r("深化危险化学品安全治理", ["市应急管理局", "市经济和信息化局", "潜江经济开发区管委会"], "2025-09"),
   r("提升群众自救互救能力", ["市应急管理局", "市消防救援支队", "市教育局", "市委宣传部"]),
   r("完善应急物资储备", ["市应急管理局", "市粮食和物资储备局", "市财政局"], "2025-08"),
   r("补齐消防水源短板", ["市住房和城乡建设局", "市消防救援支队", "市城市管理执法局", "市水务集团"], "2025-12"),
   r("推进智慧消防建设", ["市消防救援支队", "市民政局", "市数据局"]),
  ],
  optionalResponsibilities=o("动员部署阶段", "集中推进阶段", "总结评估阶段", "联合督导检查", "加强统筹协调",
                             "联席会议", "属地管理责任", "强化资金保障", "严格考核问责", "通报")),
 dict(seed="04_yingtan_culture_tourism_bureau_consumption_measures_no_number_xxgk_html_attachments.html",
  form="saved HTML page of a city xxgk platform (th/td 索 引 号 / 发布机构 / 生成日期 / 文　　号 / 名　　称 table with an EMPTY 文　　号 cell, <meta> tags, body in div#zoom with <p>, a 相关附件 block of two download links, 【打印本页】【关闭窗口】): a city 文化广电新闻出版旅游局 关于印发 notice with no document number issuing 促进文化和旅游消费若干措施, a province general office notice cited by number, signed date the day before the page date, a 2024年 baseline (5200万人次, 560亿元), 2025年 goals (6000万人次, 突破650亿元, 1个, 3个, 二十个以上 in Chinese numerals) and 到2027年 goals (年均增长10%以上, 突破1500万人次), twelve measures under （一）…（五） with units as （责任单位：…）, 牵头单位：X；配合单位：Y in its own <p> followed by a 完成时限 <p> (2025年6月底前, 长期坚持, 2025年9月底前), and sentences 由X、Y负责，Z配合做好安全保障 / 此项工作由X负责 / 由X牵头，Y、Z配合 / 由X、Y负责，Z、W配合; awards and subsidy terms (200万元, 50万元, 30万元, 10万元, 每人50元, 最高不超过20万元, 最高不超过50万元), revenue thresholds, yearly figures (不少于10场, 5项以上), a 2025年 coupon fund 1000万元 and 带动…1亿元以上, 三年内…五家以上, a yearly fund 3000万元, a 每年11月底前 report, recurring 每年5月19日 days, 有效期至2027年12月31日 and a “十五五”期间 revision clause",
  documentNumber=None,
  title="鹰潭市文化广电新闻出版旅游局关于印发《鹰潭市进一步促进文化和旅游消费若干措施》的通知",
  issuers=["鹰潭市文化广电新闻出版旅游局"], issueDate="2025-05-08", references=["赣府厅字〔2024〕61号"],
  deadlineEnds=["2025-12-31", "2027-12-31", "2025-06-30", "2025-09-30"],
  targets=[
   t(6000*WAN, "人次", "接待国内外游客"),
   t(650*YI, "元", "旅游总收入", "gt"),
   t(1, "个", "国家级夜间文化和旅游消费集聚区"),
   t(3, "个", "省级夜间文化和旅游消费集聚区"),
   t(20, "个", "文旅消费新业态项目", "gte", shown="二十个以上"),
   t(10, "%", "旅游总收入", "gte"),
   t(1500*WAN, "人次", "龙虎山景区年接待游客", "gt"),
   t(30, "条", "主题旅游线路", "gte"),
   t(10, "场", "营业性演出", "gte"),
   t(5, "项", "全国性体育赛事", "gte"),
   t(1000*WAN, "元", "市级统筹安排"),
   t(1*YI, "元", "带动文旅消费", "gte"),
   t(5*YI, "元", "新增授信", "gte"),
   t(90, "%", "游客满意度", "gte"),
   t(100, "%", "按期办结率"),
   t(4, "条", "旅游公交线路"),
   t(2000, "个", "停车位", "gte"),
   t(3000*WAN, "元", "专项资金"),
   t(8, "个", "省级乡村旅游重点村"),
   t(5, "家", "甲级旅游民宿", "gte", shown="五家以上"),
   t(12, "%", "乡村旅游接待人次", "gte"),
   t(5*WAN, "人次", "入境游客"),
   t(200*WAN, "元", "一次性奖励", optional=True),
   t(50*WAN, "元", "一次性奖励", optional=True),
   t(50*WAN, "元", "补助", "lte", optional=True),
   t(30*WAN, "元", "一次性奖励", optional=True),
   t(10*WAN, "元", "一次性奖励", optional=True),
   t(50, "元", "每人", optional=True),
   t(20*WAN, "元", "年度奖励", "lte", optional=True),
   t(10*WAN, "元", "省级旅游民宿", optional=True),
  ],
  responsibilities=[
   r("打造文旅消费新场景", ["市文化广电新闻出版旅游局", "龙虎山风景名胜区管委会"], "2025"),
   r("繁荣夜间经济", ["月湖区人民政府", "市商务局", "市城市管理局", "市文化广电新闻出版旅游局"], "2025-06"),
   r("发展演艺和赛事经济", ["市文化广电新闻出版旅游局", "市体育局", "市公安局"]),
   r("发放文旅消费券", ["市文化广电新闻出版旅游局", "市财政局", "市商务局"], "2025"),
   r("推行景区门票优惠", ["市文化广电新闻出版旅游局", "市发展和改革委员会", "各县（市、区）人民政府"], "持续推进"),
   r("支持文旅企业做大做强", ["市文化广电新闻出版旅游局"]),
   r("强化金融支持", ["市金融服务中心", "市文化广电新闻出版旅游局", "人民银行鹰潭市分行"]),
   r("提升服务品质", ["市文化广电新闻出版旅游局", "市数据局"], "2025-12"),
   r("加强市场监管", ["市文化广电新闻出版旅游局", "市市场监督管理局", "市公安局"]),
   r("完善交通配套", ["市交通运输局", "余江区人民政府", "贵溪市人民政府", "龙虎山风景名胜区管委会"], "2025-09"),
   r("提质乡村旅游", ["市文化广电新闻出版旅游局", "市农业农村局", "各县（市、区）人民政府"]),
   r("扩大入境旅游", ["市文化广电新闻出版旅游局", "市外事办公室", "人民银行鹰潭市分行", "市公安局出入境管理支队"], "2025"),
  ],
  optionalResponsibilities=o("加强组织协调", "联席会议", "强化资金保障", "配套资金", "做好监测评估", "全年工作情况",
                             "奖励申报办法")),
]
def fold(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))

def doc_text(name):
    s = open(os.path.join("docs", name), encoding="utf-8").read()
    if name.endswith(".html"):
        s = html.unescape(re.sub(r"<[^>]+>", "", s))
    return fold(s)

def printed(v):
    return ("%f" % v).rstrip("0").rstrip(".")

def forms(value, unit):
    """The printed forms a value may take: as is, or folded to 万/亿 before the unit."""
    out = [printed(value) + unit]
    for f, name in ((YI, "亿"), (WAN, "万")):
        if value >= f:
            out.append(printed(value / f) + name + unit)
    return out

problems = 0
os.makedirs("gold", exist_ok=True)
for g in GOLD:
    text = doc_text(g["seed"])
    checks = [g["documentNumber"] or g["title"], g["title"], g["issueDate"][:4]] + g["issuers"] + g["references"]
    checks += [x["key"] for x in g["targets"]]
    for x in g["responsibilities"]:
        checks += [x["task"]] + x["units"]
    checks += [x["task"] for x in g["optionalResponsibilities"]]
    for c in checks:
        if fold(c) not in text:
            problems += 1
            print("missing", g["seed"][:2], c)
    for x in g["targets"]:
        fs = forms(x["value"], x["unit"])
        if id(x) in SHOWN:
            fs = [SHOWN[id(x)]]
        bare = False
        if not any(fold(f) in text for f in fs) and not bare:
            problems += 1
            print("value missing", g["seed"][:2], x)
    out = os.path.join("gold", g["seed"].rsplit(".", 1)[0] + ".json")
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(g, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
print("problems:", problems)
