#!/usr/bin/env python3
"""Builds the probe6 .docx file (standard library only), reusing the WordprocessingML helpers of probe2.

usage: python3 make_docx.py [OUT_DIR]   (default: docs/ next to this script)
"""
import importlib.util, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("p2", os.path.join(HERE, "..", "probe2", "make_docx.py"))
p2 = importlib.util.module_from_spec(spec); spec.loader.exec_module(p2)
run, para, table, write, h1, h2, item, p, right, empty = (
    p2.run, p2.para, p2.table, p2.write, p2.h1, p2.h2, p2.item, p2.p, p2.right, p2.empty)


def zhanjiang():
    """A city general office notice on port logistics: red header (…办公室文件), number centered, title over two
    lines, 主送, headings numbered by style (labels only in numbering.xml), targets in the first section with no
    responsibility markers in the body, signature and date, then 附件 and a task table 序号 | 工作任务 | 牵头单位 |
    配合单位 | 完成时限 with one cell per row (no merges), a 持续推进 row and a row ending the next year."""
    return [
        para(None, jc="center", runs=[run("湛江市人民政府办公室文件", red=True, bold=True, size=72, spacing=10)]),
        empty(),
        para("湛府办〔2024〕9号", jc="center"),
        empty(),
        para(None, style="Title", runs=[run("湛江市人民政府办公室关于做好2024年\n港口物流降本增效工作的通知")]),
        empty(),
        para("各县（市、区）人民政府（管委会），市政府各部门、各直属机构：", indent=False),
        p("为贯彻落实《广东省人民政府办公厅关于印发广东省推动港口高质量发展若干措施的通知》（粤办函〔2023〕215号），加快建设西部陆海新通道国际门户港，进一步降低港口物流成本，经市人民政府同意，现就做好2024年港口物流降本增效工作通知如下。"),
        h1("工作目标"),
        p("2024年，全市港口货物吞吐量达到3.3亿吨，集装箱吞吐量突破180万标箱；新开通外贸集装箱航线5条，海铁联运量增长20%以上；进口货物整体通关时间压缩至30小时以内，出口货物整体通关时间压缩至1.2小时以内，港口综合物流成本降低10%。"),
        h1("主要措施"),
        h2("拓展航线网络"),
        p("加密湛江港至东盟、南太平洋地区的外贸航线，对新开通并稳定运营满一年的外贸集装箱航线，每条给予最高200万元奖励。"),
        h2("发展多式联运"),
        p("推动宝满港区、霞山港区铁路专用线与港区作业区无缝衔接，开行“湛江—重庆”“湛江—贵阳”海铁联运班列，力争全年开行班列600列。"),
        h2("提升通关效率"),
        p("深化“提前申报”“两段准入”等通关便利化改革，推广进口货物“船边直提”和出口货物“抵港直装”，实现口岸收费目录清单公示全覆盖。"),
        h2("建设智慧港口"),
        p("推进集装箱码头自动化改造，建设港口物流公共信息平台，实现港口作业单证电子化率达到100%。"),
        h1("工作要求"),
        p("各牵头单位要会同配合单位细化工作措施，每季度末将工作进展报市交通运输局，2024年12月15日前报送年度工作总结。市交通运输局负责统筹协调，定期通报工作推进情况。"),
        empty(),
        para("附件：湛江市2024年港口物流降本增效重点任务分工表", indent=False),
        empty(),
        right("湛江市人民政府办公室"),
        right("2024年4月12日"),
        para("（此件主动公开）", indent=False),
        empty(),
        para("附件", indent=False),
        para("湛江市2024年港口物流降本增效重点任务分工表", jc="center"),
        table([
            ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"],
            ["1", "新开通外贸集装箱航线5条", "市交通运输局", "市商务局、湛江港集团", "2024年9月底前"],
            ["2", "推进海铁联运班列常态化开行", "市发展改革委", "市交通运输局、湛江车务段", "2024年12月底前"],
            ["3", "压缩进出口货物整体通关时间", "湛江海关", "市商务局、市口岸办", "持续推进"],
            ["4", "规范港口经营服务收费", "市市场监管局", "市发展改革委、市交通运输局", "2024年6月底前"],
            ["5", "建设港口物流公共信息平台", "湛江港集团", "市工业和信息化局、市政务服务和数据管理局", "2025年6月底前"],
            ["6", "兑现外贸航线奖励资金", "市财政局", "市交通运输局、市商务局", "2024年11月底前"],
        ], [700, 3300, 1600, 2500, 1500]),
    ]


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "docs")
    write(os.path.join(out, "08_zhanjiang_port_notice_task_table.docx"), zhanjiang())
