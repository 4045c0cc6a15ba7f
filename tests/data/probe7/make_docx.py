#!/usr/bin/env python3
"""Builds the probe7 .docx files (standard library only), reusing the WordprocessingML helpers of probe2.

usage: python3 make_docx.py [OUT_DIR]   (default: docs/ next to this script)
Adds a table writer that also merges cells across columns (gridSpan), as Word saves a category row or a 合计 row.
"""
import importlib.util, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("p2", os.path.join(HERE, "..", "probe2", "make_docx.py"))
p2 = importlib.util.module_from_spec(spec); spec.loader.exec_module(p2)
run, para, write, h1, h2, item, p, right, empty = (
    p2.run, p2.para, p2.write, p2.h1, p2.h2, p2.item, p2.p, p2.right, p2.empty)


def table(rows, widths, header_rows=1):
    """rows: lists of cells. A cell is text; ("text", "restart") starts a vertical merge and "^" continues it;
    ("text", "span", n) spans n grid columns."""
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    out = [f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/><w:jc w:val="center"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>']
    for ri, row in enumerate(rows):
        out.append("<w:tr>" + ("<w:trPr><w:tblHeader/></w:trPr>" if ri < header_rows else ""))
        col = 0
        for cell in row:
            merge, text, span = "", cell, 1
            if isinstance(cell, tuple) and cell[1] == "restart":
                text, merge = cell[0], '<w:vMerge w:val="restart"/>'
            elif isinstance(cell, tuple) and cell[1] == "span":
                text, span = cell[0], cell[2]
            elif cell == "^":
                text, merge = "", "<w:vMerge/>"
            width = sum(widths[col:col + span])
            gs = f'<w:gridSpan w:val="{span}"/>' if span > 1 else ""
            tcpr = f'<w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{gs}{merge}<w:vAlign w:val="center"/></w:tcPr>'
            ps = "".join(f'<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:line="400" w:lineRule="exact"/></w:pPr>{run(t, bold=ri < header_rows, size=24)}</w:p>' for t in text.split("\n"))
            out.append(f"<w:tc>{tcpr}{ps}</w:tc>")
            col += span
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def qujing():
    """A city general office 工作方案 on urban renewal: red header, number centered, title over two lines, styled
    heading numbering, year-bound targets with totals in 亿元, tasks with bracketed units, then 附件 and a key
    project list 序号 | 项目名称 | 建设内容及规模 | 总投资（万元） | 责任单位 | 完成时间 with category rows spanning
    the whole table, a unit cell merged down over two projects, two lines in one cell and a 合计 row."""
    return [
        para(None, jc="center", runs=[run("曲靖市人民政府办公室文件", red=True, bold=True, size=72, spacing=10)]),
        empty(),
        para("曲政办发〔2024〕15号", jc="center"),
        empty(),
        para(None, style="Title", runs=[run("曲靖市人民政府办公室关于印发曲靖市2024年\n城市更新行动工作方案的通知")]),
        empty(),
        para("各县（市、区）人民政府，市直各委、办、局：", indent=False),
        p("《曲靖市2024年城市更新行动工作方案》已经市人民政府同意，现印发给你们，请认真抓好贯彻落实。"),
        empty(),
        right("曲靖市人民政府办公室"),
        right("2024年3月26日"),
        para("（此件公开发布）", indent=False),
        empty(),
        para(None, style="Title", runs=[run("曲靖市2024年城市更新行动工作方案")]),
        p("为贯彻落实《云南省人民政府办公厅关于实施城市更新行动的指导意见》（云政办发〔2023〕52号），推动城市结构优化、功能完善和品质提升，结合我市实际，制定本方案。"),
        h1("工作目标"),
        p("2024年，全市实施城市更新重点项目8个，总投资32.6亿元，年度计划完成投资15亿元以上。改造城镇老旧小区86个，惠及居民1.2万户；更新改造城市燃气管网120公里，新建改造排水管网85公里；新增公共停车泊位3000个；中心城区城市生活污水集中收集率达到72%。"),
        h1("重点任务"),
        h2("推进老旧小区改造"),
        p("以麒麟区、沾益区为重点，完善小区水电气路、消防、安防等基础设施，同步推进加装电梯、适老化改造和完整社区建设，6月底前全部开工。（责任单位：市住房城乡建设局，各县（市、区）人民政府）"),
        h2("补齐市政设施短板"),
        p("实施燃气管道老化更新改造和雨污分流改造，消除城市易涝积水点15处，年底前完成燃气管网改造任务。（责任单位：市住房城乡建设局、市发展改革委、曲靖城投集团）"),
        h2("提升城市空间品质"),
        p("推进南盘江滨水空间改造和历史文化街区保护利用，建成口袋公园20个。（责任单位：市自然资源和规划局、市文化和旅游局，麒麟区人民政府）"),
        h2("强化要素保障"),
        p("积极争取中央预算内投资和地方政府专项债券，市财政安排城市更新补助资金1.5亿元，9月底前完成年度债券资金申报。（责任单位：市财政局、市发展改革委）"),
        h1("保障措施"),
        p("建立市级城市更新项目调度机制，实行“月调度、季通报”。各责任单位每月5日前将项目进展报市住房城乡建设局。"),
        empty(),
        para("附件：曲靖市2024年城市更新重点项目清单", indent=False),
        empty(),
        para("附件", indent=False),
        para("曲靖市2024年城市更新重点项目清单", jc="center"),
        table([
            ["序号", "项目名称", "建设内容及规模", "总投资（万元）", "责任单位", "完成时间"],
            [("一、老旧小区改造类", "span", 6)],
            ["1", "麒麟区2024年城镇老旧小区改造项目", "改造老旧小区52个，涉及居民7800户", "62000", ("麒麟区人民政府", "restart"), "2024年12月"],
            ["2", "麒麟区南城门片区街巷提升项目", "提升改造街巷18条", "15800", "^", "2024年10月"],
            ["3", "沾益区2024年城镇老旧小区改造项目", "改造老旧小区34个，涉及居民4200户", "28600", "沾益区人民政府", "2024年12月"],
            [("二、市政基础设施类", "span", 6)],
            ["4", "中心城区燃气管网更新改造项目", "更新改造燃气管网120公里", "36000", ("市住房城乡建设局", "restart"), "2025年6月"],
            ["5", "中心城区雨污分流改造项目", "新建改造排水管网85公里，\n消除易涝积水点15处", "98000", "^", "2025年12月"],
            ["6", "中心城区智慧停车场建设项目", "新建停车场6处、泊位3000个", "42000", "曲靖城投集团", "2024年11月"],
            [("三、城市空间品质提升类", "span", 6)],
            ["7", "南盘江滨水空间改造项目", "建设滨水绿道9.6公里、口袋公园20个", "24500", "市自然资源和规划局", "2024年12月"],
            ["8", "麒麟古城历史文化街区保护利用项目", "修缮历史建筑21栋", "19100", "市文化和旅游局", "2025年6月"],
            [("合计", "span", 3), "326000", "", ""],
        ], [600, 2300, 2500, 1200, 1700, 1200]),
    ]


def tongliao():
    """A city bureau annual 计划 for public fitness: plain-text heading labels typed in the text (no automatic
    numbering), the number with a 第 ordinal, quarter and half-year deadlines (一季度末前, 上半年, 第三季度, 年底前)
    with the year only in the title, duties given to the bureau's own sections after each item, a date in
    Chinese numerals under the signature."""
    return [
        para(None, jc="center", runs=[run("通辽市体育局", red=True, bold=True, size=72, spacing=10)]),
        empty(),
        para("通体发〔2024〕第3号", jc="center"),
        empty(),
        para(None, style="Title", runs=[run("通辽市体育局关于印发《通辽市2024年\n全民健身工作计划》的通知")]),
        empty(),
        para("各旗县市区体育主管部门，局机关各科室、直属各单位：", indent=False),
        p("为深入实施全民健身国家战略，落实《内蒙古自治区全民健身实施计划（2021—2025年）》（内政发〔2021〕28号），现将《通辽市2024年全民健身工作计划》印发给你们，请结合实际认真贯彻落实。"),
        empty(),
        right("通辽市体育局"),
        right("二〇二四年一月二十二日"),
        empty(),
        para(None, style="Title", runs=[run("通辽市2024年全民健身工作计划")]),
        para("一、工作目标", indent=True),
        p("全年新建改建体育公园3个、社区健身中心10个、多功能运动场20块，更新老旧健身器材500件；全市人均体育场地面积达到2.9平方米，经常参加体育锻炼人数比例达到40%以上；举办各级各类全民健身赛事活动200场次以上，参与群众超过30万人次。"),
        para("二、重点工作", indent=True),
        p("（一）完善全民健身设施。一季度末前完成年度场地设施建设项目选址和前期手续，上半年开工建设体育公园3个，第三季度完成多功能运动场建设，年底前全部建成投入使用。（责任科室：群众体育科、规划财务科）"),
        p("（二）丰富全民健身赛事活动。上半年举办“科尔沁之春”全民健身运动会，第三季度举办那达慕大会搏克、赛马、射箭比赛，全年开展“健身走进社区”活动不少于60场次。（责任科室：群众体育科、竞技体育科，市全民健身活动中心）"),
        p("（三）加强社会体育指导员队伍建设。年内新培训社会体育指导员800名，每千人拥有社会体育指导员达到3名。（责任科室：群众体育科，市体育运动学校）"),
        p("（四）推进国民体质监测。第三季度末前完成2024年度国民体质监测任务，监测样本量不少于3000人，城乡居民达到《国民体质测定标准》合格以上的人数比例达到92%。（责任科室：科教宣传科，市体育科学研究所）"),
        p("（五）做好资金保障。统筹使用体育彩票公益金，安排全民健身专项资金800万元，四季度完成资金绩效评价。（责任科室：规划财务科）"),
        para("三、工作要求", indent=True),
        p("各旗县市区体育主管部门要于每季度末5日前报送工作进展，12月20日前报送年度工作总结。"),
    ]


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "docs")
    write(os.path.join(out, "04_qujing_urban_renewal_plan_project_list.docx"), qujing())
    write(os.path.join(out, "06_tongliao_fitness_plan_quarters_ordinal_number.docx"), tongliao())
