#!/usr/bin/env python3
"""Builds the probe9 .docx file (standard library only), reusing the WordprocessingML helpers of probe2.

usage: python3 make_docx.py [OUT_DIR]   (default: docs/ next to this script)
"""
import importlib.util, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("p2", os.path.join(HERE, "..", "probe2", "make_docx.py"))
p2 = importlib.util.module_from_spec(spec); spec.loader.exec_module(p2)
run, para, write, p, right, empty, table = p2.run, p2.para, p2.write, p2.p, p2.right, p2.empty, p2.table


def center(t): return para(t, jc="center")


def jiujiang():
    """A city general office notice issuing a 实施方案 whose 重点任务分工表 (序号 | 重点任务 | 责任单位 | 完成时限) mixes
    a month-end (2024年12月底前), 长期坚持, a recurring 每季度 and a bare month (2025年6月) in its deadline column."""
    rows = [
        ["序号", "重点任务", "责任单位", "完成时限"],
        ["1", "制定生活垃圾分类设施设备配置标准", "市城市管理局、市住房城乡建设局", "2024年12月底前"],
        ["2", "推进公共机构生活垃圾分类全覆盖", "市机关事务服务中心、市教育局、市卫生健康委", "长期坚持"],
        ["3", "开展生活垃圾分类督导检查和通报", "市城市管理局", "每季度"],
        ["4", "建成厨余垃圾集中处理设施", "市城市管理局、市发展改革委、濂溪区人民政府", "2025年6月"],
        ["5", "建立可回收物回收网络", "市商务局、市供销社", "2024年12月底前"],
        ["6", "开展垃圾分类宣传进社区进校园活动", "市委宣传部、市教育局、团市委", "长期坚持"],
    ]
    return [
        para(None, jc="center", runs=[run("九江市人民政府办公室文件", red=True, bold=True, size=64, spacing=10)]),
        empty(),
        center("九府办发〔2024〕14号"),
        empty(),
        para(None, jc="center", runs=[run("九江市人民政府办公室\n关于印发九江市城市生活垃圾分类工作实施方案的通知", bold=True, size=40)]),
        empty(),
        para("各县（市、区）人民政府，九江经济技术开发区、庐山西海风景名胜区管委会，市政府各部门：", indent=False),
        p("《九江市城市生活垃圾分类工作实施方案》已经市政府同意，现印发给你们，请结合实际认真贯彻落实。"),
        empty(),
        right("九江市人民政府办公室"),
        right("2024年4月18日"),
        para("（此件主动公开）", indent=False),
        empty(),
        para(None, jc="center", runs=[run("九江市城市生活垃圾分类工作实施方案", bold=True, size=36)]),
        p("为贯彻落实《江西省人民政府办公厅关于进一步推进生活垃圾分类工作的实施意见》（赣府厅发〔2023〕21号），加快建立分类投放、分类收集、分类运输、分类处理的生活垃圾处理系统，结合我市实际，制定本方案。"),
        p("一、工作目标"),
        p("到2025年底，中心城区生活垃圾分类小区覆盖率达到90%以上，生活垃圾回收利用率达到35%以上，城市生活垃圾资源化利用率达到70%；建成厨余垃圾集中处理设施1座，日处理能力300吨；全市公共机构生活垃圾分类覆盖率保持100%。"),
        p("二、主要任务"),
        p("（一）完善分类投放设施。按照“一小区一方案”原则，2024年改造提升生活垃圾分类投放点1500个，设置大件垃圾和装修垃圾临时堆放点100处。"),
        p("（二）健全分类收运体系。配备分类运输车辆120辆，杜绝“混装混运”，厨余垃圾日均分出量达到200吨。"),
        p("（三）提升末端处理能力。加快厨余垃圾集中处理设施建设，推动生活垃圾焚烧处理能力达到每日2250吨。"),
        p("（四）强化宣传教育引导。将生活垃圾分类纳入学校教育和文明城市创建内容，中小学校生活垃圾分类知识普及率达到100%。"),
        p("三、保障措施"),
        p("各地各部门要按照附件所列分工，细化工作措施，于2024年5月31日前将本地本部门具体工作方案报市城市管理局。市级财政每年安排生活垃圾分类工作经费2000万元。"),
        empty(),
        para("附件：九江市城市生活垃圾分类重点任务分工表", indent=False),
        empty(),
        center("九江市城市生活垃圾分类重点任务分工表"),
        table(rows, [800, 3800, 3200, 1600]),
        empty(),
    ]


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "docs")
    write(os.path.join(out, "04_jiujiang_waste_sorting_plan_duty_table_mixed_deadlines.docx"), jiujiang())
