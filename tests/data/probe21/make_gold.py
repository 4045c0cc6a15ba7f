import importlib.util,os
# The helpers (T, R) and the writer that checks every item against its document are probe20's.
_spec=importlib.util.spec_from_file_location("probe20_gold",os.path.join(os.path.dirname(os.path.abspath(__file__)),"..","probe20","make_gold.py"))
_p20=importlib.util.module_from_spec(_spec); _spec.loader.exec_module(_p20)
T,R=_p20.T,_p20.R
G={}
O=lambda *ts:[{"task":t} for t in ts]
G["01_siping_office_elderly_meal_service_plan_lead_coop_units"]=dict(
 form="text of a city portal page: 索引号 block, a city 人民政府办公室 关于印发…老年助餐服务提质扩面实施方案的通知 with its number on its own line, a 主送 line, the notice's own dated duty (2025年4月30日前…备案), signature and date, then the plan: a province plan cited by title, 到2025年底 / 到2026年底 goals (180个以上, 85%, 1.2万人次, 230个以上, 95%以上, 60%), five tasks each closing with （牵头单位：X，配合单位：Y、Z） where a full-width comma (not ；) parts the lead and the 配合 units, per-meal subsidies (3元, 5元), a per-site cap (不超过5万元), a per-visit subsidy (1元), a 5:5 cost split, dated task steps (2025年, 2025年6月底前, 2025年9月底前, 2025年12月底前), a 98%以上 rate, a yearly fund 不少于800万元, duties without markers, three stages as month ranges with one dated report (2026年12月15日前)",
 documentNumber="四政办发〔2025〕12号", title="四平市人民政府办公室关于印发四平市老年助餐服务提质扩面实施方案的通知",
 issuers=["四平市人民政府办公室"], issueDate="2025-03-20", references=[],
 deadlineEnds=["2025-04-30","2025-12-31","2026-12-31","2025-06-30","2025-09-30","2026-10-31","2026-12-15"],
 targets=[T(180,"个","老年助餐点","gte"),T(85,"%","城市社区老年助餐服务覆盖率"),T(12000,"人次","日均服务老年人"),
  T(230,"个","老年助餐点","gte"),T(95,"%","城市社区老年助餐服务覆盖率","gte"),T(60,"%","农村老年助餐服务覆盖率"),
  T(60,"个","新建改建助餐点"),T(98,"%","食品安全抽检合格率","gte"),T(8000000,"元","老年助餐专项资金","gte"),
  T(3,"元","每餐补贴3元",None,True),T(5,"元","每餐补贴5元",None,True),T(50000,"元","一次性建设补贴","lte",True),T(1,"元","运营补贴",None,True)],
 responsibilities=[R("科学布局助餐网点",["市民政局","市住房城乡建设局","市自然资源局"],"2025-12"),
  R("落实助餐补贴政策",["市财政局","市民政局"]),
  R("强化食品安全监管",["市市场监管局","市民政局","市卫生健康委"],"2025-06"),
  R("拓展多元服务方式",["市商务局","市民政局","团市委"],"2025-09"),
  R("建设智慧助餐平台",["市政务服务和数字化建设管理局","市民政局","市财政局"],"2025-12")],
 optionalResponsibilities=O("实施细则","加强组织领导","强化资金保障","加强督导考核","动员部署","全面推进","总结评估"))
G["02_burqin_county_culture_tourism_bureau_peak_season_safety_notice"]=dict(
 form="text of a county portal page: breadcrumb, a county 文化体育广播电视和旅游局 通知 whose title has no issuer prefix, a 发布时间/来源 line, its number on its own line, a 主送 line, visitor estimates (预计接待游客350万人次, 同比增长12%, 预计分别达到3.2万人次和1.1万人次), the season 7月1日—8月31日 and 2025年7月1日—8月31日, a peak 7月15日—8月20日, a year-less dated self-check (6月28日前), safety duties in sentences without markers (各A级旅游景区…, 各旅行社要…, 执法大队负责…), a capacity cap (控制在…80%以内), a record period (不少于2年), a complaint rate (办结率达到100%) and a satisfaction goal (力争达到95%以上), response and report periods (24小时内, 30分钟内, 2小时内), a drill minimum (至少组织1次), a daily 17时前 report, a dated summary (2025年9月5日前), a weekly meeting, a contact line",
 documentNumber="布文旅发〔2025〕21号", title="关于做好2025年旅游旺季安全生产和服务保障工作的通知",
 issuers=["布尔津县文化体育广播电视和旅游局"], issueDate="2025-06-20", references=[],
 deadlineEnds=["2025-08-31","2025-08-20","2025-06-28","2025-09-05"],
 targets=[T(100,"%","投诉办结率"),T(95,"%","游客咨询服务满意度","gte"),
  T(3500000,"人次","预计接待游客",None,True),T(12,"%","同比增长",None,True),T(32000,"人次","喀纳斯景区",None,True),T(11000,"人次","五彩滩景区",None,True),
  T(80,"%","瞬时游客量","lte",True),T(2,"年","检查记录保存","gte",True),T(24,"小时","24小时内响应","lte",True),
  T(1,"次","综合应急演练","gte",True),T(30,"分钟","30分钟内到达现场","lte",True),T(30,"分钟","30分钟内电话报告","lte",True),T(2,"小时","2小时内书面报告","lte",True)],
 responsibilities=[],
 optionalResponsibilities=O("安全隐患自查自纠","门票预约","五不租","消防安全管理","旅游市场执法检查","临时停车场","旅游集散中心","专项应急预案","专职救援队伍","联合会商机制","文明旅游","工作总结","当日接待人数"))
G["03_qujing_transport_bureau_practical_projects_tab_list"]=dict(
 form="text of a city bureau portal page: breadcrumb, a 发布时间/信息来源 line later than the signed date, a city 交通运输局 关于印发…项目清单的通知 with its number on its own line, a 主送 line, a list size (10项), a monthly 每月25日前 report and a dated year report (2025年12月20日前), six 工作要求 paragraphs without markers (a 90%以上 acceptance condition among them), then a tab-separated table 序号 | 项目名称 | 目标任务 | 责任单位 | 完成时限 of ten rows: target cells with one or two figures (600公里 and 45座, 12条 and 保持100%, 3个 and 40个, 150个, 80个, 95%以上, 90%, 300处, 98%以上 and 100%) and one without a figure, unit cells with one or two bodies parted by 、 (sections of the bureau, city bodies, a company, a bracketed 各县（市、区）), deadline cells 2025年12月底前 / 2025年10月底前 / 2025年9月底前 / 2025年6月底前 / 2025年11月底前 / 2025年8月 / 2025年6月 / 长期坚持; a hotline number (12328) in a project name",
 documentNumber="曲交发〔2025〕8号", title="曲靖市交通运输局关于印发2025年“我为群众办实事”项目清单的通知",
 issuers=["曲靖市交通运输局"], issueDate="2025-03-10", references=[],
 deadlineEnds=["2025-12-20","2025-12-31","2025-10-31","2025-09-30","2025-06-30","2025-11-30","2025-08-31"],
 targets=[T(600,"公里","农村公路提质改造"),T(45,"座","危旧桥梁"),T(12,"条","城乡公交线路"),T(100,"%","建制村通客车率"),
  T(3,"个","县级客货邮综合服务站"),T(40,"个","乡镇服务站"),T(150,"个","公交候车亭"),T(80,"个","充电桩"),
  T(95,"%","投诉处理满意率","gte"),T(90,"%","先培后付"),T(300,"处","路域环境问题点位"),T(98,"%","接通率","gte"),T(100,"%","办结率"),
  T(10,"项","我为群众办实事",None,True),T(90,"%","群众满意度","gte",True)],
 responsibilities=[R("农村公路提质改造",["公路建设管理科","各县（市、区）交通运输局"],"2025-12"),
  R("城乡公交一体化",["运输管理科","市道路运输服务中心"],"2025-10"),
  R("农村客货邮融合发展",["运输管理科","市邮政管理局"],"2025-09"),
  R("公交站台改造",["市公交集团有限公司"],"2025-06"),
  R("充电设施建设",["规划建设科","云南交投集团曲靖管理处"],"2025-11"),
  R("出租汽车服务提升",["市道路运输服务中心"],"持续推进"),
  R("驾培服务便民",["运输管理科"],"2025-08"),
  R("路域环境整治",["公路养护管理科","市公路事业发展中心"],"2025-12"),
  R("12328热线提质",["办公室","市交通运输综合行政执法支队"],"持续推进"),
  R("爱心送考",["市道路运输服务中心","市公交集团有限公司"],"2025-06")],
 optionalResponsibilities=O("加强组织领导","强化调度督办","注重群众评价","做好宣传报道","落实资金保障","严格工作纪律","项目推进情况","全年完成情况"))
G["04_liaoning_eco_env_dept_q1_enforcement_inspection_bulletin"]=dict(
 form="text of a province department portal page: a province 生态环境厅 关于2025年第一季度…执法检查情况的通报 (函 number on its own line, a 发布日期 later than the signed date, a 主送 line) whose figures are all past results of the quarter (截至3月31日, 1.86万人次, 6527家次, 1143个, 926个, 整改率为81%, 412件, 较上年同期增长6.2%, 3265.8万元, 57件, 19件, 8件, per-city counts with 分别为 and 分别下降35%和28%, 287个 and 25.1%, 326个, 146个 / 23个, 219个, 6件, 892套, 104个, 11件), three typical cases with past dates (2月14日, 3月5日, 1月22日), fines (42万元, 28万元), a detention (10日) and a quantity (约3.5吨), a law cited by title, then 下一步工作要求 without markers: one rectification deadline (于2025年5月31日前全部完成整改) for the 217个 outstanding problems, a 抄送 line",
 documentNumber="辽环函〔2025〕56号", title="辽宁省生态环境厅关于2025年第一季度全省生态环境执法检查情况的通报",
 issuers=["辽宁省生态环境厅"], issueDate="2025-04-16", references=[],
 deadlineEnds=["2025-05-31"],
 targets=[T(217,"个","尚未完成整改",None,True)],
 responsibilities=[],
 optionalResponsibilities=O("抓好问题整改","保持高压态势","规范执法行为","强化信息报送"))
G["05_qijiang_district_government_embedded_community_facilities_opinion"]=dict(
 form="text of a district portal page: 索引号 block with zero-padded dates, a district 人民政府 实施意见 (府发 number in the block only, a 主送 line), a national plan cited by title, a 到2027年 goal paragraph mixing 累计, 其中 and 分别 (累计建成…45个，其中2025年建成15个、2026年建成16个; 覆盖率和居民满意度分别达到80%和90%以上; 累计新增普惠托位1200个，其中…不少于500个; 社区养老服务站、社区卫生服务站覆盖率分别达到100%和95%; 累计改造提升…30个、…60个; 20家以上), a name with a figure (15分钟高品质生活服务圈), six tasks each closing with （X、Y按职责分工负责） with dated steps (2025年6月底前, 2025年, 2026年底前), a planning standard per 百户, per-facility and per-site minimums, a one-off cap (最高10万元), a task with two dated figures (2025年…2000人次, 到2027年…85%以上), a 5年内 land term, a yearly fund 不少于2000万元, a 每半年 report, a validity end 有效期至2027年12月31日",
 documentNumber="綦江府发〔2025〕5号", title="重庆市綦江区人民政府关于推进城市社区嵌入式服务设施建设的实施意见",
 issuers=["重庆市綦江区人民政府"], issueDate="2025-02-26", references=[],
 deadlineEnds=["2027-12-31","2025-12-31","2026-12-31","2025-06-30"],
 targets=[T(45,"个","累计建成城市社区嵌入式服务设施"),T(15,"个","社区嵌入式服务设施"),T(16,"个","社区嵌入式服务设施"),
  T(80,"%","城市社区嵌入式服务设施覆盖率"),T(90,"%","居民满意度","gte"),T(1200,"个","累计新增普惠托位"),T(500,"个","社区嵌入式托育点","gte"),
  T(100,"%","社区养老服务站"),T(95,"%","社区卫生服务站"),T(30,"个","社区食堂"),T(60,"个","社区文化活动室"),T(20,"家","专业化社区服务机构","gte"),
  T(10,"个","社区嵌入式托育点"),T(300,"个","新增普惠托位"),T(30000,"平方米","盘活闲置房屋面积"),T(2000,"人次","社区服务人员"),
  T(85,"%","持证上岗率","gte"),T(20000000,"元","专项资金","gte"),
  T(30,"平方米","每百户","gte",True),T(5,"项","嵌入服务功能","gte",True),T(100000,"元","一次性运营补助","lte",True),
  T(2,"名","专职社会工作者","gte",True),T(5,"年","5年内",None,True)],
 responsibilities=[R("优化设施布局",["区住房城乡建委","区规划自然资源局"],"2025-06"),
  R("完善服务功能",["区卫生健康委","区民政局"],"2025-12"),
  R("盘活存量资源",["区国资委","区机关事务中心","各街道办事处"]),
  R("引入社会力量",["区发展改革委","区财政局"]),
  R("推进智慧服务",["区大数据发展局","区民政局"],"2026-12"),
  R("加强人才队伍建设",["区人力社保局","区民政局"])],
 optionalResponsibilities=O("加强组织领导","强化要素保障","强化用地保障","严格督导考核"))
_p20.write_and_check(G, os.path.dirname(os.path.abspath(__file__)))
