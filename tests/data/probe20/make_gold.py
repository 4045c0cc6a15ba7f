import json,os
G={}
def T(v,u,k,c=None,opt=False,mn=None,mx=None):
    d={}
    if mn is not None: d["min"]=mn; d["max"]=mx
    else: d["value"]=v
    d["unit"]=u; d["key"]=k
    if c: d["comparator"]=c
    if opt: d["optional"]=True
    return d
def R(t,u,dl=None):
    d={"task":t,"units":u}
    if dl: d["deadline"]=dl
    return d
G["01_shaanxi_office_modern_facility_agriculture_opinion_2026_2030"]=dict(
 form="text of a province portal page: breadcrumb, 发布时间/来源 line, a province 人民政府办公厅 实施意见 with its number on its own line and a 主送 line, a national plan cited by title with a year range inside 《》, 到2026年 / 到2030年 goals in one paragraph with several targets per sentence joined by ，and ；(稳定在…以上, 达到, 突破, 左右, 提高到), task-level figures (30个, 每年…5万亩以上, 提高20%以上, 200家以上, 50万户), size conditions on the counted things (产值超过50亿元的县, 年育苗能力1000万株以上的育苗中心), a past cut-off (2010年以前), 各地 / 各地各部门 / 各设区市人民政府 / 省农业农村厅 duties without markers, a dated survey step (2024年6月底前) and a dated plan report (2024年5月31日前), a yearly fund 不少于10亿元, subsidy standards per mu and per project, an interest-subsidy share and term, land-share caps, a recurring 每年12月底前 report",
 documentNumber="陕政办发〔2024〕9号", title="陕西省人民政府办公厅关于加快发展现代设施农业的实施意见",
 issuers=["陕西省人民政府办公厅"], issueDate="2024-03-18", references=[],
 deadlineEnds=["2026-12-31","2030-12-31","2024-06-30","2024-05-31"],
 targets=[T(4000000,"亩","设施农业面积","gte"),T(12000000,"吨","设施蔬菜产量"),T(150000000000,"元","设施农业产值","gt"),
  T(200000,"亩","改造提升老旧设施"),T(100,"个","现代设施农业示范园区"),T(45,"%","设施农业机械化率"),T(3000000000,"株","育苗供苗能力"),
  T(4500000,"亩","设施农业面积","approx"),T(200000000000,"元","设施农业产值","gte"),T(55,"%","设施农业机械化率"),
  T(30,"个","设施农业重点县"),T(10,"个","产值超过50亿元的县","gte"),T(50000,"亩","每年改造提升","gte"),T(20,"%","单位面积产出","gte"),
  T(60,"个","育苗中心"),T(70,"%","集约化育苗率"),T(98,"%","良种覆盖率","gte"),T(80,"%","畜禽养殖规模化率"),T(200,"个","立体养殖设施"),
  T(90,"%","畜禽粪污综合利用率","gte"),T(500000,"立方米","水产工厂化养殖车间"),T(1500000,"亩","水肥一体化应用面积"),T(3000,"亩","数字化智能温室"),
  T(60,"%","机械化装备配套率"),T(200,"家","龙头企业","gte"),T(500000,"户","带动农户"),T(1000000000,"元","设施农业发展资金","gte"),
  T(30000,"元","连栋温室","lte",True),T(15000,"元","日光温室","lte",True),T(5000000,"元","单个项目","lte",True),
  T(50,"%","贴息比例","lte",True),T(2,"年","贴息期限","lte",True),T(10,"%","辅助设施用地","lte",True),T(15,"亩","最多不超过15亩","lte",True)],
 responsibilities=[],
 optionalResponsibilities=[{"task":t} for t in ["设施农业用地","项目储备","具体实施方案","工作指导","社会化服务体系","年度调度"]])
G["02_dongying_sci_tech_bureau_key_rd_call_standards_dates"]=dict(
 form="text of a city bureau portal page: a city 科学技术局 申报通知 with its number on its own line, the bureau's project rules cited by title and number, 支持方向 without figures, 申报条件 full of eligibility conditions (2023年4月1日前 registration, 不低于3%, 不低于500万元, 60周岁 with a birth date 1964年1月1日以后, 不超过1项, 2至3年, 3:1, 限报1项), 支持方式 with per-project standards (不超过100万元 / 50万元), a 60% first payment, a quota 不超过40项 and the year's fund 2000万元, 申报时间 as a date range 2024年4月15日至2024年5月15日, the counties' recommendation date, a paper-copy date, a 公示期 of 5个工作日, contact lines with two people, phones, an address and a postcode, an 附件 list of two titles",
 documentNumber="东科发〔2024〕12号", title="东营市科学技术局关于组织申报2024年度东营市重点研发计划项目的通知",
 issuers=["东营市科学技术局"], issueDate="2024-04-08", references=["东科发〔2022〕31号"],
 deadlineEnds=["2024-05-15","2024-05-24","2024-05-31"],
 targets=[T(1000000,"元","每项支持","lte",True),T(500000,"元","每项支持","lte",True),T(60,"%","资助资金",None,True),
  T(40,"项","立项支持项目","lte",True),T(20000000,"元","市级财政安排资金")],
 responsibilities=[],
 optionalResponsibilities=[{"task":t} for t in ["形式审查","审核推荐","严格审核把关","监督检查","真实性"]])
G["03_xinyang_health_commission_cardio_cerebrovascular_plan_tab_indicator_table"]=dict(
 form="text of a city commission portal page: a 卫生健康委员会 关于印发 notice (number on its own line, 主送, one sentence, signature and date) issuing a 行动方案（2023—2025年）, a national plan cited by title, a 到2025年 goal paragraph without figures, then a tab-laid 主要指标 table 指标 | 2023年基数 | 2025年目标 | 责任单位 with units in brackets in the indicator cell (%, 个, 分钟), ≥ / ≤ in the target cells, baseline values that are no targets, unit cells with one or two bodies (the commission's sections named without the city), then tasks with figures (每年…不少于50万人次, 3000人次以上, 75%, 12分钟以内, 5个, 不少于30名), per-unit and per-county minimums, a one-off award, dated steps (2024年12月底前, 2024年6月底前, 2025年11月底前), 各县区卫生健康委要 duties without markers, a 每半年 report, a contact line",
 documentNumber="信卫文〔2023〕56号", title="信阳市卫生健康委员会关于印发信阳市心脑血管疾病防治行动方案（2023—2025年）的通知",
 issuers=["信阳市卫生健康委员会"], issueDate="2023-07-20", references=[],
 deadlineEnds=["2025-12-31","2024-12-31","2024-06-30","2025-11-30"],
 targets=[T(60,"%","高血压知晓率","gte"),T(70,"%","高血压患者规范管理率","gte"),T(70,"%","糖尿病患者规范管理率","gte"),
  T(12.5,"%","过早死亡率","lte"),T(16,"个","胸痛中心"),T(12,"个","卒中中心"),T(45,"分钟","门到针时间","lte"),
  T(500000,"人次","血压血糖筛查","gte"),T(1,"名","慢病管理医师","gte",True),T(3000,"人次","培训基层医务人员","gte"),T(75,"%","签约率"),
  T(1,"个","每个县区至少建成1个胸痛中心","gte",True),T(1,"个","1个卒中中心","gte",True),T(12,"分钟","平均反应时间","lte"),
  T(5,"个","临床重点专科"),T(30,"名","进修","gte"),T(200000,"元","一次性奖励",None,True)],
 responsibilities=[R("高血压知晓率",["市疾控中心","各县区卫生健康委"]),R("高血压患者规范管理率",["基层卫生健康科","各县区卫生健康委"]),
  R("糖尿病患者规范管理率",["基层卫生健康科","各县区卫生健康委"]),R("过早死亡率",["市疾控中心"]),R("胸痛中心数量",["医政医管科"]),
  R("卒中中心数量",["医政医管科"]),R("门到针时间",["各二级以上综合医院"])],
 optionalResponsibilities=[{"task":t} for t in ["首诊测血压","纳入重点工作","工作进展","年度目标考核","终期评估","专科联盟"]])
G["04_wuyuan_county_government_xingjiang_fishing_ban_notice_fines"]=dict(
 form="text of a county portal page: a county government 通告 (告 number, no 主送) on a year-round fishing ban: 禁捕范围 by named waters, 自2024年3月1日零时起 as the ban's start, prohibitions （一）…（五） with a 200米 zone, leisure-fishing limits (不超过3枚, 不超过5公斤, 一人一杆 in words), fines as ranges (1万元以上5万元以下, 5万元以上50万元以下, 200元以上1000元以下) citing 第八十六条, 职责分工 as X负责… sentences, 其他规定 with a 10个工作日 advance report, a report reward 每次最高2000元 with a phone number, 自2024年3月1日起施行 without an end, an earlier 通告 repealed by number, 特此通告; no targets, no deadline",
 documentNumber="婺府告〔2024〕2号", title="婺源县人民政府关于星江河流域重点水域实行全年禁捕的通告",
 issuers=["婺源县人民政府"], issueDate="2024-02-18", references=["婺府告〔2020〕5号"],
 deadlineEnds=[],
 targets=[T(200,"米","范围","lte",True),T(3,"枚","钓钩数量","lte",True),T(5,"公斤","渔获物","lte",True),
  T(None,"元","罚款","range",True,10000,50000),T(None,"元","罚款","range",True,50000,500000),T(None,"元","罚款","range",True,200,1000),
  T(2000,"元","奖励","lte",True),T(10,"个工作日","提前10个工作日",None,True)],
 responsibilities=[],
 optionalResponsibilities=[{"task":t} for t in ["日常巡查","涉渔违法犯罪","非法渔获物","禁捕宣传","登记造册","特殊需要","配合做好禁捕宣传"]])
G["05_liaocheng_hrss_bureau_skill_evaluation_numbered_tasks_unit_time_limit_lines"]=dict(
 form="text of a city bureau portal page: a city 人力资源和社会保障局 通知 with its number on its own line and a 主送 line naming 各县（市、区）, a province 办法 cited by title, a 2024年 goal paragraph (50家以上, 10家, 6万人次, 1.2万人, 其中…1800人以上, 100%), tasks 1.…7. each followed by a line 责任单位：X、Y；完成时限：… on its own line (2024年11月底前, 2024年6月底前, 2024年12月底前, 2024年9月底前, 长期坚持) with unit names holding a bracket with 、 inside (各县（市、区）人力资源和社会保障局), task figures (年内…100家以上, 20名, 8个, 1.5万人次), a 公示期 不少于5个工作日, a 每季度 sampling share, subsidy standards per certificate level and a yearly cap, a dated plan report (2024年4月15日前), a recurring 每季度末5日前 report and a once-only summary date (2024年12月10日前), a contact line with an e-mail",
 documentNumber="聊人社字〔2024〕28号", title="聊城市人力资源和社会保障局关于做好2024年技能人才评价扩面提质工作的通知",
 issuers=["聊城市人力资源和社会保障局"], issueDate="2024-03-15", references=[],
 deadlineEnds=["2024-12-31","2024-11-30","2024-06-30","2024-09-30","2024-04-15","2024-12-10"],
 targets=[T(50,"家","自主评价企业","gte"),T(10,"家","社会培训评价组织"),T(60000,"人次","技能人才评价"),T(12000,"人","高技能人才"),
  T(1800,"人","高级技师","gte"),T(100,"%","上传及时率"),T(100,"家","链上企业","gte"),T(20,"名","特级技师"),T(8,"个","专项职业能力考核规范"),
  T(15000,"人次","全年考核"),T(20,"%","抽查比例","gte",True),T(1000,"元","技能提升补贴",None,True),T(1500,"元","1500元",None,True),
  T(2000,"元","2000元",None,True),T(3,"次","每人每年享受补贴","lte",True)],
 responsibilities=[R("扩大企业自主评价范围",["职业能力建设科","各县（市、区）人力资源和社会保障局"],"2024-11"),
  R("规范社会培训评价组织遴选",["职业能力建设科","市职业技能鉴定指导中心"],"2024-06"),
  R("职业技能等级制度",["职业能力建设科","人才开发科"],"2024-12"),
  R("开展专项职业能力考核",["市职业技能鉴定指导中心","各县（市、区）人力资源和社会保障局"],"2024-12"),
  R("加强评价质量监督",["职业能力建设科","市人力资源和社会保障综合执法支队"],"持续推进"),
  R("落实技能提升补贴政策",["失业保险科","各县（市、区）人力资源和社会保障局"],"2024-12"),
  R("推进评价结果互通共享",["人才开发科","市人力资源和社会保障信息中心"],"2024-09")],
 optionalResponsibilities=[{"task":t} for t in ["工作计划","工作进展","年度工作总结","工作专班"]])
import re,unicodedata
def sq(s): return re.sub(r"\s+","",unicodedata.normalize("NFKC",s))
def write_and_check(G, folder):
    """Writes gold/<stem>.json for each entry of G and prints every item that does not occur in its document."""
    for stem,g in G.items():
        g=dict(seed=stem+".txt",**g)
        order=["seed","form","documentNumber","title","issuers","issueDate","references","deadlineEnds","targets","responsibilities","optionalResponsibilities"]
        g={k:g[k] for k in order}
        json.dump(g,open(os.path.join(folder,f"gold/{stem}.json"),"w"),ensure_ascii=False,indent=2); open(os.path.join(folder,f"gold/{stem}.json"),"a").write("\n")
        doc=sq(open(os.path.join(folder,"docs",g["seed"])).read())
        for s in [g["documentNumber"],g["title"],*g["issuers"],*g["references"]]+[t["key"] for t in g["targets"]]+[r["task"] for r in g["responsibilities"]]+[u for r in g["responsibilities"] for u in r["units"]]+[o["task"] for o in g["optionalResponsibilities"]]:
            if sq(s) not in doc: print(stem,"MISSING",s)
        y,m,d=g["issueDate"].split("-")
        if f"{int(y)}年{int(m)}月{int(d)}日" not in doc: print(stem,"date missing")
        for t in g["targets"]:
            vals=[t["value"]] if "value" in t else [t["min"],t["max"]]
            for v in vals:
                forms=[]
                for div,suf in [(1,""),(10000,"万"),(100000000,"亿")]:
                    x=v/div
                    s=("%g"%x) if x==int(x) or True else ""
                    forms.append(s+suf+t["unit"])
                if not any(f in doc for f in forms): print(stem,"VALUE?",v,t["unit"],t["key"])
    print("ok")
if __name__=="__main__":
    write_and_check(G, os.path.dirname(os.path.abspath(__file__)))
