#!/usr/bin/env python3
"""Builds the probe14 .docx files (standard library only), reusing the WordprocessingML helpers of probe2 and the
merging table writer of probe7.

usage: python3 make_docx.py [OUT_DIR]   (default: docs/ next to this script)
"""
import importlib.util, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))


def load(name, rel):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, "..", rel, "make_docx.py"))
    mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)
    return mod


p2, p7 = load("p2", "probe2"), load("p7", "probe7")
run, para, write, h1, h2, p, right, empty = p2.run, p2.para, p2.write, p2.h1, p2.h2, p2.p, p2.right, p2.empty
table = p7.table


def zhangzhou():
    """A city 城市管理局 notice issuing its own year's work plan: red header, number, two-line title, styled heading
    numbering, a target paragraph, then a Word task table 序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 where one
    序号 covers two lines of tasks (序号, 牵头单位 and 完成时限 merged down over two rows, each row its own 配合单位),
    one cell with two lines of text, and 长期坚持 / 2024年6月底前 / 2024年9月 / 每月 in the deadline column."""
    return [
        para(None, jc="center", runs=[run("漳州市城市管理局文件", red=True, bold=True, size=72, spacing=10)]),
        empty(),
        para("漳城管〔2024〕16号", jc="center"),
        empty(),
        para(None, style="Title", runs=[run("漳州市城市管理局关于印发《漳州市2024年市容环境\n品质提升工作方案》的通知")]),
        empty(),
        para("各县（区）城市管理局，漳州高新区、漳州台商投资区城市管理部门，局机关各科室、直属各单位：", indent=False),
        p("根据《福建省住房和城乡建设厅关于开展城市市容环境品质提升行动的通知》（闽建城〔2024〕3号）要求，结合我市实际，我局制定了《漳州市2024年市容环境品质提升工作方案》，现印发给你们，请认真抓好落实。"),
        empty(),
        right("漳州市城市管理局"),
        right("2024年3月12日"),
        para("（此件主动公开）", indent=False),
        empty(),
        para(None, style="Title", runs=[run("漳州市2024年市容环境品质提升工作方案")]),
        p("为持续改善城市人居环境，巩固全国文明城市创建成果，推动城市管理精细化、智能化水平不断提升，制定本方案。"),
        p("2023年，全市城市管理系统完成背街小巷改造35条，新建改造公厕48座，拆除违法建设12.6万平方米，中心城区生活垃圾回收利用率达到35.2%，城市市容环境明显改善，但仍存在背街小巷基础设施老化、公厕布局不均衡、违法建设反弹等问题。"),
        h1("工作目标"),
        p("2024年，中心城区完成背街小巷改造提升40条，新建改造城市公厕60座，生活垃圾回收利用率达到38%以上，城市生活垃圾无害化处理率保持100%；拆除存量违法建设15万平方米，新增违法建设“零增长”；城市道路机械化清扫率达到85%以上；市政道路挖掘修复及时率达到95%以上；12319城管服务热线群众诉求按时办结率不低于98%。"),
        h1("重点任务"),
        p("各责任单位按照任务分工表（见附件）抓好落实。各县（区）要对照任务分工制定具体实施方案，于2024年3月31日前报局市容环境卫生科。"),
        h1("工作要求"),
        h2("加强组织领导"),
        p("成立由局主要领导任组长的市容环境品质提升工作专班，专班办公室设在局市容环境卫生科，负责统筹协调、督促检查。"),
        h2("强化督查考评"),
        p("将市容环境品质提升工作纳入年度城市管理考评，实行“月检查、季排名”。各责任单位于每月25日前报送工作进展，2024年12月15日前报送年度工作总结。"),
        h2("加强宣传引导"),
        p("充分利用电视、报纸、网络和新媒体平台，广泛宣传市容环境品质提升的工作成效和典型经验，开展“城管开放日”“市民城管体验”等活动，引导市民群众主动参与、共建共享，营造“人民城市人民建、人民城市人民管”的良好氛围。"),
        h2("保障资金投入"),
        p("积极争取市级财政支持，统筹安排市容环境整治专项经费2800万元，重点用于背街小巷改造和公厕建设。"),
        empty(),
        para("附件：漳州市2024年市容环境品质提升任务分工表", indent=False),
        empty(),
        para("附件", indent=False),
        para("漳州市2024年市容环境品质提升任务分工表", jc="center"),
        table([
            ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"],
            ["1", "实施背街小巷改造提升，完成芗城区、龙文区背街小巷改造40条", "局市政公用科", "芗城区城市管理局、龙文区城市管理局", "2024年11月底前"],
            ["2", "推进城市公厕提质扩面，新建改造城市公厕60座，\n同步推行“厕所长”制度", "局市容环境卫生科", "各县（区）城市管理局", "2024年10月底前"],
            [("3", "restart"), "开展违法建设集中治理，拆除存量违法建设15万平方米", ("市城市管理综合执法支队", "restart"), "芗城区城市管理局、龙文区城市管理局", ("2024年12月底前", "restart")],
            ["^", "落实违法建设巡查报告制度，实现新增违法建设“零增长”", "^", "市自然资源局、各街道办事处", "^"],
            ["4", "深化生活垃圾分类，提升垃圾分类收运处置能力", "局市容环境卫生科", "市生态环境局、漳州市城市环境卫生服务中心", "长期坚持"],
            ["5", "规范市政道路挖掘管理，建立“一路一档”", "局市政公用科", "市公安局交通管理支队、漳州市政工程有限公司", "2024年6月底前"],
            ["6", "建设城市管理综合指挥平台二期，接入各类感知设备1200个", "局数字城管中心", "市大数据有限公司", "2024年9月"],
            ["7", "开展市容秩序示范街创建，创建市级示范街10条", "市城市管理综合执法支队", "各县（区）城市管理局", "每月"],
            ["8", "实施城市照明节能改造，更新改造LED路灯3000盏", "局市政公用科", "国网漳州供电公司", "2024年12月底前"],
        ], [700, 3600, 1700, 2100, 1300]),
    ]


def yichun():
    """A joint notice of a city 总工会 and 人社局 on a skills competition: two-line red joint header, the first
    body's number, title with both names as prefix, 参赛…人次 goals, competition items, 时间安排 stages with day ranges
    (the year only in the first), awards, both signatures on one right-aligned paragraph, contact lines and an 附件
    list of three titles (one of them on a continuation line) before the signature."""
    return [
        para(None, jc="center", runs=[run("宜 春 市 总 工 会", red=True, bold=True, size=64, spacing=6)]),
        para(None, jc="center", runs=[run("宜春市人力资源和社会保障局", red=True, bold=True, size=64)]),
        empty(),
        para("宜工发〔2024〕12号", jc="center"),
        empty(),
        para(None, style="Title", runs=[run("宜春市总工会　宜春市人力资源和社会保障局\n关于举办2024年宜春市职工职业技能大赛的通知")]),
        empty(),
        para("各县（市、区）总工会、人力资源和社会保障局，宜春经开区、宜阳新区、明月山温泉风景名胜区工会、人力资源和社会保障部门，市直各产业（系统）工会：", indent=False),
        p("为深入贯彻落实《江西省新时代产业工人队伍建设改革实施方案》，大力弘扬劳模精神、劳动精神、工匠精神，根据《江西省总工会　江西省人力资源和社会保障厅关于开展2024年全省职工职业技能竞赛的通知》（赣工发〔2024〕6号）要求，市总工会、市人力资源和社会保障局决定联合举办2024年宜春市职工职业技能大赛。现将有关事项通知如下："),
        h1("竞赛目标"),
        p("通过层层选拔、以赛促训，全市参赛职工不少于5000人次，带动各级各类岗位练兵和技术比武10万人次以上，新增高技能人才800名，培养选拔一批技术精湛的“宜春工匠”。"),
        h1("组织机构"),
        p("大赛由市总工会、市人力资源和社会保障局主办，各竞赛项目由相关行业主管部门、企业和职业院校承办。成立大赛组委会，由市总工会主要负责同志任主任，市人力资源和社会保障局分管负责同志任副主任，组委会办公室设在市总工会经济技术部，负责大赛的组织协调和日常工作。"),
        h1("竞赛项目"),
        p("本届大赛设锂电池制造工、电工、焊工、数控车工、中式烹调师、养老护理员、茶艺师、农业技术员等12个竞赛项目，各项目竞赛规程另行下发。"),
        h1("参赛对象"),
        p("在我市行政区域内各类企事业单位在岗职工（含劳务派遣人员），年龄在18周岁至55周岁之间。已获得“全国技术能手”称号的人员不再参加同一项目的比赛。"),
        h1("时间安排"),
        h2("报名发动阶段（2024年5月6日—5月31日）"),
        p("各县（市、区）总工会、人社局和市直各产业（系统）工会负责组织发动，于5月31日前将参赛报名汇总表报大赛组委会办公室。"),
        h2("初赛选拔阶段（6月1日—7月31日）"),
        p("各县（市、区）、市直各产业（系统）工会组织开展初赛，每个项目按初赛成绩择优推荐不超过5名选手参加决赛。"),
        h2("决赛阶段（9月10日—9月20日）"),
        p("大赛组委会统一组织决赛，决赛采取理论知识考试与实际操作考核相结合的方式，其中实际操作考核成绩占70%。"),
        h2("总结表彰阶段（10月）"),
        p("10月底前完成成绩公示和总结表彰。"),
        h1("竞赛规则"),
        p("各项目竞赛标准原则上参照国家职业技能标准三级（高级工）及以上要求命题，突出新技术、新工艺、新设备的应用。决赛裁判员由组委会从省、市裁判员库中抽取，实行回避制度。参赛选手须如实填报个人信息，冒名顶替或弄虚作假的，一经查实取消参赛资格和比赛成绩。"),
        h1("奖励办法"),
        p("各项目决赛第一名的选手，符合条件的由市总工会按程序推荐申报“宜春市五一劳动奖章”，由市人力资源和社会保障局授予“宜春市技术能手”称号；各项目前三名分别给予6000元、4000元、2000元奖励。决赛成绩合格的选手，可按规定晋升相应职业技能等级。"),
        h1("经费保障"),
        p("大赛所需经费由市总工会、市人力资源和社会保障局共同承担，市总工会安排大赛专项经费80万元。各县（市、区）初赛经费由当地自行解决，参赛选手不缴纳任何费用。"),
        h1("工作要求"),
        p("各单位要高度重视，精心组织，做好宣传发动和安全保障工作，严格落实比赛场地、设备设施安全管理责任，确保大赛安全有序进行。大赛组委会办公室设在市总工会经济技术部，联系人：钟丽华，联系电话：0795-3287516；市人力资源和社会保障局职业能力建设科联系人：易涛，联系电话：0795-3279041。"),
        empty(),
        para("附件：1.2024年宜春市职工职业技能大赛组委会成员名单", indent=False),
        para("　　　2.2024年宜春市职工职业技能大赛竞赛项目及承办单位", indent=False),
        para("　　　　一览表", indent=False),
        para("　　　3.2024年宜春市职工职业技能大赛参赛报名汇总表", indent=False),
        empty(),
        right("宜春市总工会　　　　宜春市人力资源和社会保障局"),
        right("2024年4月26日"),
    ]


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "docs")
    write(os.path.join(out, "07_zhangzhou_city_management_bureau_plan_task_table_merged_task_rows.docx"), zhangzhou())
    write(os.path.join(out, "08_yichun_trade_union_hrss_joint_skills_contest_stages_attachments.docx"), yichun())
