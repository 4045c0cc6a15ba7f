#!/usr/bin/env python3
"""Builds the probe4 .docx files (standard library only), reusing the WordprocessingML helpers of probe2.

usage: python3 make_docx.py [OUT_DIR]   (default: docs/ next to this script)
"""
import importlib.util, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("p2", os.path.join(HERE, "..", "probe2", "make_docx.py"))
p2 = importlib.util.module_from_spec(spec); spec.loader.exec_module(p2)
run, para, table, write, h1, h2, item, p, right, empty = p2.run, p2.para, p2.table, p2.write, p2.h1, p2.h2, p2.item, p2.p, p2.right, p2.empty


def sig_line(left, right_name):
    """Two signing bodies on one line, the gap made of ideographic spaces and a tab, as drafters align them."""
    return para(None, jc="right", runs=[run(left), run("\u3000\u3000"), '<w:r><w:tab/></w:r>', run(right_name)])


def linli():
    """Joint county notice on housing: five bodies signing two per line (short names letter-spaced with spaces),
    title without issuer prefix, automatic numbering, task table 序号/工作内容/责任单位/时间节点 whose unit cell
    holds 牵头：…；配合：… in one cell."""
    return [
        para(None, jc="center", runs=[run("临澧县住房和城乡建设局文件", red=True, bold=True, size=72, spacing=10)]),
        empty(),
        para("临住建发〔2024〕12号", jc="center"),
        empty(),
        para(None, style="Title", runs=[run("关于进一步促进全县房地产市场\n平稳健康发展的通知")]),
        empty(),
        para("各乡镇人民政府、街道办事处，县直有关单位，各房地产开发企业：", indent=False),
        p("为贯彻落实《湖南省人民政府办公厅关于促进房地产市场平稳健康发展的若干意见》（湘政办发〔2024〕8号）和《常德市住房和城乡建设局等六部门关于支持刚性和改善性住房需求的通知》（常建发〔2024〕15号）精神，经县人民政府同意，现就有关事项通知如下。"),
        h1("工作目标"),
        p("2024年，全县新开工保障性租赁住房300套，完成城镇老旧小区改造42个、惠及居民3800户以上，商品房去化周期控制在18个月以内。"),
        h1("支持措施"),
        h2("支持居民购房"),
        item("在县城规划区内购买新建商品住房的，按所缴契税的50%给予购房补贴。"),
        item("住房公积金个人住房贷款最高额度提高至60万元。"),
        h2("加快保障房建设"),
        item("年底前完成城南片区安置房建设项目主体封顶。"),
        h1("工作要求"),
        p("各责任单位要于每季度末将工作推进情况报县住房和城乡建设局。本通知自印发之日起施行，有效期至2025年12月31日。"),
        empty(),
        sig_line("临澧县住房和城乡建设局", "临澧县发展和改革局"),
        sig_line("临 澧 县 财 政 局", "临澧县自然资源局"),
        para("国家税务总局临澧县税务局", jc="right"),
        right("2024年5月20日"),
        empty(),
        para("附件", indent=False),
        para("重点工作任务清单", jc="center"),
        table([
            ["序号", "工作内容", "责任单位", "时间节点"],
            ["1", "落实新建商品住房购房补贴政策", "牵头：县住建局；配合：县财政局、县税务局", "持续推进"],
            ["2", "提高住房公积金贷款额度", "牵头：常德市住房公积金管理中心临澧县管理部；配合：县财政局", "2024年6月底前"],
            ["3", "完成城镇老旧小区改造", "牵头：县住建局；配合：县发改局、各乡镇人民政府", "2024年12月31日前"],
            ["4", "保障性住房项目用地供应", "牵头：县自然资源局；配合：县住建局", "2024年9月底前"],
        ], [800, 3600, 3200, 1600]),
    ]


def ningguo():
    """Water-resources plan of a county water bureau: number and 签发人 on one line, Chinese-numeral date with 〇,
    automatic numbering, inline units with 牵头/配合 separated by a comma, a period 2024—2026年."""
    return [
        para(None, jc="center", runs=[run("宁国市水利局", red=True, bold=True, size=72, spacing=30)]),
        empty(),
        para(None, runs=[run("宁水〔2024〕31号"), run("\u3000" * 8), run("签发人：汪　涛")], indent=False),
        empty(),
        para(None, style="Title", runs=[run("宁国市水利局关于印发《宁国市节水型社会\n深化建设实施方案（2024—2026年）》的通知")]),
        empty(),
        para("各乡镇人民政府、街道办事处，市直有关单位：", indent=False),
        p("根据《安徽省节约用水条例》和《宣城市人民政府办公室关于印发宣城市节水行动实施方案的通知》（宣政办秘〔2023〕21号），现将《宁国市节水型社会深化建设实施方案（2024—2026年）》印发给你们，请认真贯彻执行。"),
        empty(),
        right("宁国市水利局"),
        right("二〇二四年七月十五日"),
        empty(),
        para(None, style="Title", runs=[run("宁国市节水型社会深化建设实施方案\n（2024—2026年）")]),
        h1("主要目标"),
        p("到2026年，全市用水总量控制在1.35亿立方米以内，万元地区生产总值用水量较2020年下降16%，农田灌溉水有效利用系数提高到0.56以上，重点河湖生态流量保障目标满足程度达到90%以上。"),
        h1("重点任务"),
        h2("推进农业节水增效"),
        item("新增高效节水灌溉面积1.2万亩，2025年10月底前完成港口灌区续建配套与节水改造。（牵头单位：市水利局，配合单位：市农业农村局、市财政局）"),
        h2("推进工业节水减排"),
        item("创建省级节水型企业8家，规模以上工业用水重复利用率达到92%。（牵头单位：市经信局，配合单位：市水利局）"),
        h2("推进城镇节水降损"),
        item("城市公共供水管网漏损率控制在9%以内，新改造老旧供水管网40公里。（牵头单位：市住建局，配合单位：市水利局、市城投公司）"),
        h1("保障措施"),
        p("市水利局每年3月底前对上年度节水目标完成情况进行考核，考核结果纳入乡镇（街道）年度目标管理考核。"),
    ]


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "docs")
    write(os.path.join(out, "03_linli_housing_joint_tasktable.docx"), linli())
    write(os.path.join(out, "04_ningguo_water_qianfaren.docx"), ningguo())
