using PolicyExtract.Extraction;
using PolicyExtract.Pipeline;
using PolicyExtract.Tests.Support;

namespace PolicyExtract.Tests.Extraction;

/// <summary>End-to-end extraction on real and realistic documents, field by field.</summary>
public class ExtractionTests
{
    private static readonly Lazy<ExtractionPipeline> Pipeline = new(() =>
        PipelineFactory.Create(new PipelineOptions { ShippedRules = RepoPaths.Rules }));

    internal static ExtractionResult Run(string relative)
    {
        var path = Path.Combine(RepoPaths.TestData, relative);
        return Pipeline.Value.Process(File.ReadAllBytes(path), relative);
    }

    /// <summary>Extracts a short text given inline, as a plain-text document.</summary>
    internal static ExtractionResult RunText(string text) =>
        Pipeline.Value.Process(System.Text.Encoding.UTF8.GetBytes(text), "inline.txt");

    [Test]
    public void DocumentNumber_UnderTheTitle_IsTheOwnNumber_NotACitedOne()
    {
        var r = Run("extraction/joint-provincial-notice.txt");
        Assert.That(r.DocumentNumber?.Text, Is.EqualTo("鲁教职发〔2021〕3号"));
        Assert.That(r.DocumentNumber!.Year, Is.EqualTo(2021));
        Assert.That(r.DocumentNumber.Serial, Is.EqualTo(3));
        Assert.That(r.References.Select(x => x.DocumentNumber), Is.EquivalentTo(new[] { "国发〔2019〕4号", "教职成〔2020〕7号" }));
    }

    [Test]
    public void DocumentNumber_IsNull_WhenTheDocumentHasNone()
    {
        var r = Run("eval/docs/002_7fdab2a4388eb7e7.txt");
        Assert.That(r.DocumentNumber, Is.Null);
        Assert.That(r.References.Select(x => x.DocumentNumber), Does.Contain("苏政发〔2020〕75号"));
    }

    [Test]
    public void Issuers_JointSignature_ListsEveryBodyOnce()
    {
        var r = Run("extraction/joint-provincial-notice.txt");
        Assert.That(r.Issuers.Select(i => i.Name), Is.EqualTo(new[] { "山东省教育厅", "山东省发展和改革委员会", "山东省财政厅", "山东省人力资源和社会保障厅" }));
        Assert.That(r.IssueDate, Is.EqualTo("2021-03-15"));
    }

    [Test]
    public void Issuers_LetterSpacedNames_AreJoined()
    {
        var r = Run("eval/docs/000_84a26a079fc050bc.txt");
        Assert.That(r.Issuers.Select(i => i.Name), Does.Contain("无锡市教育局").And.Contain("无锡市财政局"));
        Assert.That(r.Issuers, Has.Count.EqualTo(7));
    }

    [Test]
    public void Issuers_ShortFormGetsTheJurisdiction()
    {
        var r = Run("eval/docs/002_7fdab2a4388eb7e7.txt");
        Assert.That(r.Issuers.Select(i => i.NormalizedName), Is.EqualTo(new[] { "江阴市人民政府办公室" }));
    }

    [Test]
    public void IssueDate_InChineseNumerals_UnderTheSignature()
    {
        var r = Run("extraction/county-task-table.txt");
        Assert.That(r.IssueDate, Is.EqualTo("2022-05-12"));
        Assert.That(r.Title, Is.EqualTo("石城县人民政府办公室关于印发石城县职业技能提升行动实施方案的通知"));
        Assert.That(r.DocumentNumber?.Text, Is.EqualTo("石府办发〔2022〕15号"));
    }

    [Test]
    public void Title_BrokenOverLines_IsJoined()
    {
        var r = Run("eval/docs/002_7fdab2a4388eb7e7.txt");
        Assert.That(r.Title, Is.EqualTo("市政府办公室关于印发《江阴市推进职业教育改革创新打造高质量发展样板的实施方案》的通知"));
    }

    [Test]
    public void Targets_ComparatorsAndMultipliers()
    {
        var r = Run("extraction/joint-provincial-notice.txt");
        var bySubject = r.Targets.ToDictionary(t => t.Subject!);
        Assert.That(bySubject["高水平中职学校"].Comparator, Is.EqualTo("approx"));
        Assert.That(bySubject["高水平中职学校"].Value, Is.EqualTo(30));
        Assert.That(bySubject["“双师型”骨干教师"].Comparator, Is.EqualTo("gte"));
        Assert.That(bySubject["专项资金"].Value, Is.EqualTo(50000000));
        Assert.That(bySubject["专项资金"].Unit, Is.EqualTo("元"));
        Assert.That(bySubject["职业院校毕业生就业率"].Unit, Is.EqualTo("%"));
        Assert.That(bySubject["高水平中职学校"].Deadline?.End, Is.EqualTo("2023-12-31"));
    }

    [Test]
    public void Targets_PastResultsAreLeftOut()
    {
        var r = Run("extraction/joint-provincial-notice.txt");
        Assert.That(r.Targets.Select(t => t.Value), Has.None.EqualTo(2000000));
        Assert.That(r.Targets.Select(t => t.Value), Has.None.EqualTo(45));
    }

    [Test]
    public void Targets_NumbersInNamesAreNotTargets()
    {
        var r = Run("eval/docs/000_84a26a079fc050bc.txt");
        Assert.That(r.Targets.Select(t => t.Text), Has.None.Contains("5G产业"));
        Assert.That(r.Targets.Select(t => t.Text), Has.None.Contains("五项工程"));
        Assert.That(r.Targets.Where(t => t.Unit == "%" || t.Unit == "个").Select(t => t.Value), Has.None.EqualTo(2021));
    }

    [Test]
    public void Targets_RangeAndRestatementOnce()
    {
        var r = Run("eval/docs/002_7fdab2a4388eb7e7.txt");
        var range = r.Targets.Single(t => t.Comparator == "range");
        Assert.That((range.Min, range.Max, range.Unit), Is.EqualTo(((double?)3, (double?)5, "个")));
        Assert.That(r.Targets.Count(t => t.Subject == "“三全育人”综合改革试点学校"), Is.EqualTo(1));
    }

    [Test]
    public void Responsibilities_InlineLeadAndSupporting()
    {
        var r = Run("extraction/joint-provincial-notice.txt");
        var first = r.Responsibilities[0];
        Assert.That(first.TaskLabel, Is.EqualTo("（一）"));
        Assert.That(first.Task, Does.StartWith("实施中职学校办学条件达标工程"));
        Assert.That(first.Units, Is.EqualTo(new[] { "省教育厅", "省发展改革委", "省财政厅" }));
        Assert.That(first.Lead, Is.EqualTo("省教育厅"));
        Assert.That(first.Supporting, Is.EqualTo(new[] { "省发展改革委", "省财政厅" }));
        var verbForm = r.Responsibilities[1];
        Assert.That(verbForm.Lead, Is.EqualTo("省人力资源社会保障厅"));
        Assert.That(verbForm.Units, Is.EqualTo(new[] { "省人力资源社会保障厅", "省教育厅", "省财政厅" }));
        // A list may end with 等, which is not part of the unit.
        Assert.That(r.Responsibilities[2].Units, Is.EqualTo(new[] { "省教育厅", "各市人民政府" }));
        Assert.That(r.Responsibilities[2].Deadline?.End, Is.EqualTo("2022-06-30"));
    }

    [Test]
    public void Responsibilities_TabLaidTable_LeadSupportAndDeadlineColumns()
    {
        var r = Run("extraction/county-task-table.txt");
        var rows = r.Responsibilities.Where(x => x.Supporting.Count > 0).ToList();
        Assert.That(rows, Has.Count.EqualTo(3));
        Assert.That(rows[0].Units, Is.EqualTo(new[] { "县人社局", "县工信局", "县总工会" }));
        Assert.That(rows[0].NormalizedUnits[0], Is.EqualTo("石城县人力资源和社会保障局"));
        Assert.That(rows[0].Deadline?.End, Is.EqualTo("2022-12-31"));
        Assert.That(rows[1].Deadline?.Kind, Is.EqualTo("recurring"));
        Assert.That(rows[2].Units, Is.EqualTo(new[] { "县发改委", "县人社局", "县财政局" }));
        Assert.That(rows[2].Deadline?.End, Is.EqualTo("2023-12-31"));
    }

    [Test]
    public void Responsibilities_UnitPhraseWithBracketedLevelStaysWhole()
    {
        var r = Run("eval/docs/001_4b298fee1b352756.txt");
        Assert.That(r.Responsibilities.SelectMany(x => x.Units), Does.Contain("各乡镇").And.Contain("团县委"));
        Assert.That(r.Responsibilities.First(x => x.Units.Contains("县委编办")).NormalizedUnits[0], Is.EqualTo("中共稷山县委机构编制委员会办公室"));
    }

    [Test]
    public void Deadlines_FiveYearPlanAndPeriods()
    {
        var r = Run("eval/docs/002_7fdab2a4388eb7e7.txt");
        var ends = r.Deadlines.Select(d => d.End).Where(e => e is not null).ToHashSet();
        Assert.That(ends, Is.EquivalentTo(new[] { "2021-12-31", "2022-12-31", "2025-12-31" }));
        Assert.That(r.Deadlines.Any(d => d.Kind == "ongoing"), Is.True);
    }

    [Test]
    public void DocumentNumber_InBracketsUnderTheTitle_WithLeadingZero()
    {
        var r = Run("extraction/city-plan-mixed-forms.txt");
        Assert.That(r.DocumentNumber?.Text, Is.EqualTo("滨政办发〔2022〕8号"));
        Assert.That(r.IssueDate, Is.EqualTo("2022-03-18"));
    }

    [Test]
    public void References_CitingBodyGluedToTheCode_IsNotPartOfTheNumber()
    {
        var r = Run("extraction/city-plan-mixed-forms.txt");
        Assert.That(r.References.Select(x => x.DocumentNumber), Is.EqualTo(new[] { "浙发改数字〔2021〕112号", "浙经信数〔2022〕5号" }));
    }

    [Test]
    public void Targets_PastYearsBaselinesQualifiersAndPerUnitStandardsAreLeftOut()
    {
        var r = Run("extraction/city-plan-mixed-forms.txt");
        var values = r.Targets.Select(t => t.Value).ToList();
        Assert.That(values, Has.None.EqualTo(86000000000), "2021年，… is a past result");
        Assert.That(values, Has.None.EqualTo(6200), "截至2021年底，已建成… is a past result");
        Assert.That(values, Has.None.EqualTo(60), "由60%提高到85%: 60% is the baseline");
        Assert.That(values, Has.None.EqualTo(10000000000), "超百亿元 qualifies the companies counted");
        Assert.That(values, Has.None.EqualTo(500000), "每个最高50万元 is a standard of support");
        Assert.That(r.Targets.Single(t => t.Value == 85).Unit, Is.EqualTo("%"));
        Assert.That(r.Targets.Single(t => t.Value == 120000000000).Comparator, Is.EqualTo("gt"));
        Assert.That(r.Targets.Single(t => t.Comparator == "range").Unit, Is.EqualTo("家"));
        // 至少 before the verb: 每个区至少建成1个.
        Assert.That(r.Targets.Single(t => t.Subject == "数字化转型促进中心").Comparator, Is.EqualTo("gte"));
    }

    [Test]
    public void Responsibilities_RowPerLineTable_LeadMarkAndUnbracketedLabel()
    {
        var r = Run("extraction/city-plan-mixed-forms.txt");
        var table = r.Responsibilities.Where(x => x.Deadline?.End is "2023-12-31" or "2022-12-31").ToList();
        Assert.That(table, Has.Count.EqualTo(2));
        Assert.That(table[0].Units, Is.EqualTo(new[] { "市发展改革委", "市经信局", "市大数据中心" }));
        Assert.That(table[1].Units, Is.EqualTo(new[] { "市经信局", "市科技局" }));
        Assert.That(table[1].Lead, Is.EqualTo("市经信局"));
        var own = r.Responsibilities.Single(x => x.Task.StartsWith("强化资金保障"));
        Assert.That(own.Units, Is.EqualTo(new[] { "市财政局", "市经信局" }));
    }

    [Test]
    public void Responsibilities_TwoRowTableHeader_AndUnitsInPrintedColumnOrder()
    {
        var r = Run("probe2/repro/two_level_table_header.html");
        Assert.That(r.Responsibilities.Select(x => x.Task), Is.EqualTo(new[] { "建设智慧停车平台", "推进充电设施建设", "开展停车秩序整治" }));
        Assert.That(r.Responsibilities[0].Units, Is.EqualTo(new[] { "市交通运输局", "市公安局" }));
        Assert.That(r.Responsibilities[0].Lead, Is.EqualTo("市交通运输局"));
        Assert.That(r.Responsibilities[0].Supporting, Is.EqualTo(new[] { "市公安局" }));
        Assert.That(r.Responsibilities[1].Deadline?.End, Is.EqualTo("2025-06-30"));
        // 责任单位 printed before 牵头单位: units follow the printed order, the lead is still the 牵头 column.
        Assert.That(r.Responsibilities[2].Units, Is.EqualTo(new[] { "市城管局", "市公安局" }));
        Assert.That(r.Responsibilities[2].Lead, Is.EqualTo("市公安局"));
    }

    [Test]
    public void Responsibilities_UnbracketedLabelWithBracketedUnit()
    {
        var r = Run("probe2/repro/bare_unit_line_with_brackets.txt");
        Assert.That(r.Responsibilities.SelectMany(x => x.Units), Does.Contain("各区（市）县政府").Or.Contain("各县（市、区）人民政府"));
    }

    [Test]
    public void Targets_IndicatorTable_TargetYearColumnWithUnitsFromTheName()
    {
        var r = Run("extraction/plan-indicator-table.txt");
        var bySubject = r.Targets.ToDictionary(t => t.Subject!);
        Assert.That(bySubject["城镇新增就业"].Value, Is.EqualTo(200000));
        Assert.That(bySubject["城镇新增就业"].Unit, Is.EqualTo("人"));
        Assert.That(bySubject["城镇调查失业率"].Comparator, Is.EqualTo("lt"));
        Assert.That(bySubject["职业技能培训"].Comparator, Is.EqualTo("gte"));
        Assert.That(bySubject["职业技能培训"].Deadline?.End, Is.EqualTo("2025-12-31"));
        // The 2020 column is the baseline; a row without a number is not a target.
        Assert.That(r.Targets.Select(t => t.Value), Has.None.EqualTo(185000).And.None.EqualTo(5.2));
        Assert.That(r.Targets.Select(t => t.Subject), Has.None.EqualTo("农民工工资支付"));
    }

    [Test]
    public void Targets_IndicatorBoxLaidOutWithSpaces_IsReadAsATable()
    {
        // 专栏1: 指标名称　　　2023年（基期）　　2026年（目标）, one indicator a line, the unit in the name's brackets or the cell.
        var r = Run("probe6/docs/02_zhuzhou_digital_action_plan_zhuanlan.txt");
        var bySubject = r.Targets.GroupBy(t => t.Subject!).ToDictionary(g => g.Key, g => g.First());
        Assert.That(bySubject["省级以上智能制造示范工厂"].Value, Is.EqualTo(30));
        Assert.That(bySubject["省级以上智能制造示范工厂"].Unit, Is.EqualTo("个"));
        Assert.That(bySubject["省级以上智能制造示范工厂"].Deadline?.End, Is.EqualTo("2026-12-31"));
        Assert.That(bySubject["上云企业"].Value, Is.EqualTo(10000));
        Assert.That(bySubject["上云企业"].Comparator, Is.EqualTo("gte"));
        Assert.That(bySubject["重点工业企业关键工序数控化率"].Value, Is.EqualTo(70));
        // The base-year column is not a target.
        Assert.That(r.Targets.Select(t => t.Value), Has.None.EqualTo(6200).And.None.EqualTo(61.5));
        Assert.That(r.Targets.Single(t => t.Unit == "PB").Value, Is.EqualTo(20));
    }

    [Test]
    public void Targets_DashInTheUnitColumn_IsAValueWithoutUnit_AndPastResultsStayPastAcrossClauses()
    {
        var r = Run("probe6/docs/03_xinjiang_water_plan_indicator_table.html");
        var coefficient = r.Targets.Single(t => t.Subject == "农田灌溉水有效利用系数");
        Assert.That(coefficient.Value, Is.EqualTo(0.58));
        Assert.That(coefficient.Unit, Is.Null);
        // “十三五”期间，…建成…；高效节水灌溉面积达到5500万亩，…；农村自来水普及率达到97.6%: every clause reports the past.
        Assert.That(r.Targets.Select(t => t.Value), Has.None.EqualTo(55000000).And.None.EqualTo(97.6));
        Assert.That(r.Targets.Single(t => t.Subject!.Contains("地下水开采量")).Value, Is.EqualTo(1200000000));
    }

    [Test]
    public void Targets_ACoefficientInProse_HasNoUnit()
    {
        // 农田灌溉水有效利用系数提高到0.56以上: no unit follows the number, and none is invented (null, not "").
        var r = Run("probe4/docs/04_ningguo_water_qianfaren.docx");
        var coefficient = r.Targets.Single(t => t.Value == 0.56);
        Assert.That(coefficient.Unit, Is.Null);
        Assert.That(coefficient.Comparator, Is.EqualTo("gte"));
        Assert.That(coefficient.Subject, Does.Contain("有效利用系数"));
    }

    [Test]
    public void Targets_TimesBroughtDownToABound_PartsAfterQizhong_AndPortUnits()
    {
        var port = Run("probe6/docs/08_zhanjiang_port_notice_task_table.docx");
        var hours = port.Targets.Where(t => t.Unit == "小时").ToList();
        Assert.That(hours.Select(t => t.Value), Is.EquivalentTo(new double?[] { 30, 1.2 }));
        Assert.That(hours.Select(t => t.Comparator), Is.All.EqualTo("lte"));
        Assert.That(port.Targets.Single(t => t.Unit == "标箱").Value, Is.EqualTo(1800000));
        Assert.That(port.Targets.Single(t => t.Unit == "列").Value, Is.EqualTo(600));

        var harvest = Run("probe6/docs/09_fuyang_summer_harvest_chinese_date.txt");
        var part = harvest.Targets.Single(t => t.Value == 3000 && t.Unit == "台");
        Assert.That(part.Subject, Is.EqualTo("跨区作业机械"));

        var air = Run("probe6/docs/10_meishan_air_workpoints_meta_date_no_number.html");
        Assert.That(air.Targets.Single(t => t.Unit == "天").Value, Is.EqualTo(3));
        Assert.That(air.Targets.Single(t => t.Unit == "轮次").Comparator, Is.EqualTo("gte"));
        // A period of the procedure is not a target.
        Assert.That(air.Targets.Concat(port.Targets).Where(t => t.Unit is "工作日" or "个工作日"), Is.Empty);
    }

    [Test]
    public void Responsibilities_InTextCopiedFromAPdf_WrappedAfterASemicolon_AreWhole()
    {
        // （牵头单位：X；⏎责任单位：Y）: the wrapped line ends on ；, which ends a clause, not the paragraph.
        var r = Run("probe6/docs/05_xiangyang_drainage_pdf_wrapped.txt");
        var pumps = r.Responsibilities.Single(x => x.Task.Contains("提升泵站和调蓄能力"));
        Assert.That(pumps.Units, Is.EqualTo(new[] { "市水利和湖泊局", "市住房和城市更新局", "市发展改革委" }));
        Assert.That(pumps.Lead, Is.EqualTo("市水利和湖泊局"));
        Assert.That(pumps.Deadline?.End, Is.EqualTo("2023-10-31"));
        var points = r.Responsibilities.Single(x => x.Task.Contains("全面排查整治易涝点"));
        Assert.That(points.Units, Is.EqualTo(new[] { "市住房和城市更新局", "各县（市、区）人民政府" }));
        // 2023年完成新建改造排水管网150公里: the year before what is to be done is the task's deadline.
        Assert.That(r.Responsibilities.Single(x => x.Task.Contains("加快排水管网建设改造")).Deadline?.End, Is.EqualTo("2023-12-31"));
        Assert.That(r.Responsibilities, Has.Count.EqualTo(5));
    }

    [Test]
    public void Deadlines_QuartersAndStagesWithoutTheirYear_AndTheEndOfValidity()
    {
        var plan = Run("probe7/docs/06_tongliao_fitness_plan_quarters_ordinal_number.docx");
        Assert.That(plan.Deadlines.Select(d => d.End), Does.Contain("2024-03-31").And.Contain("2024-06-30").And.Contain("2024-09-30"));
        // 每季度末5日前 recurs; it is no deadline of the year's quarters.
        Assert.That(plan.Deadlines.Where(d => d.Text.StartsWith("每", StringComparison.Ordinal)).Select(d => d.End), Is.All.Null);
        var monitoring = plan.Responsibilities.Single(r => r.Task.Contains("推进国民体质监测"));
        Assert.That(monitoring.Units, Is.EqualTo(new[] { "科教宣传科", "市体育科学研究所" }));
        Assert.That(monitoring.Deadline?.End, Is.EqualTo("2024-09-30"));

        var campaign = Run("probe7/docs/10_ganjingzi_safety_month_ascii_brackets.txt");
        var stage = campaign.Deadlines.Single(d => d.Text == "5月20日—5月31日");
        Assert.That((stage.Kind, stage.Start, stage.End), Is.EqualTo(("period", "2023-05-20", "2023-05-31")));
        // 今年6月是第22个全国“安全生产月”: says when the month is, sets nothing.
        Assert.That(campaign.Deadlines.Select(d => d.Text), Has.None.EqualTo("今年"));

        var notice = Run("probe7/docs/01_quanzhou_fireworks_notice_validity.txt");
        Assert.That(notice.Deadlines.Select(d => d.End), Does.Contain("2028-12-31"));
        // Fines are a rule of law, not targets.
        Assert.That(notice.Targets, Is.Empty);
    }

    [Test]
    public void Targets_ScoringRulesAreNotTargets_AndImplementVerbsNeedTheirObjectFirst()
    {
        var scoring = Run("probe7/docs/03_zhenjiang_river_chief_assessment_scoring_table.html");
        Assert.That(scoring.Targets.Select(t => t.Value), Has.None.EqualTo(40).And.None.EqualTo(3));
        var projects = Run("probe7/docs/04_qujing_urban_renewal_plan_project_list.docx");
        Assert.That(projects.Targets.Single(t => t.Text.Contains("城市更新重点项目")).Value, Is.EqualTo(8));
        // A category row merged across the project table heads the rows below; it assigns nothing.
        Assert.That(projects.Responsibilities.Select(r => r.Task), Has.None.Contains("老旧小区改造类"));
        var eval = Run("eval/docs/000_84a26a079fc050bc.txt");
        Assert.That(eval.Targets.Select(t => t.Text), Has.None.Contains("五项工程"));
    }

    [Test]
    public void AReportOfResults_HasItsTitleAndSignatureDate_AndNoTargets()
    {
        // …考核情况的通报 above a page footer with 上一篇：…的通知; the figures it reports commit to nothing.
        var r = Run("probe8/docs/01_anshan_circular_assessment_praise_criticism.txt");
        Assert.That(r.Title, Is.EqualTo("鞍山市人民政府办公室关于2023年度全市政务公开工作考核情况的通报"));
        Assert.That(r.IssueDate, Is.EqualTo("2024-02-26"));
        Assert.That(r.Targets, Is.Empty);
    }

    [Test]
    public void Tables_OfIndicatorsWithDuties_TakeTheIndicatorAsTask_AndTheBareUnitColumnAsMeasure()
    {
        var r = Run("probe8/docs/06_siming_district_annual_plan_indicator_duty_table.docx");
        var parks = r.Responsibilities.Single(x => x.Task.Contains("口袋公园"));
        Assert.That(parks.Units, Is.EqualTo(new[] { "区市政园林局", "区建设与交通局" }));
        Assert.That(r.Responsibilities.SelectMany(x => x.Units), Has.None.EqualTo("%").And.None.EqualTo("个"));
        // A table of indicators without a duty column assigns nothing.
        Assert.That(Run("probe6/docs/03_xinjiang_water_plan_indicator_table.html").Responsibilities, Is.Empty);
    }

    [Test]
    public void Targets_DuringAPlanStillAhead_RespectivelyGivenRates_AndSupportStandards()
    {
        // Issued in 2017: “十三五”期间新建… is what is to be done, not what was done.
        var r = Run("probe8/docs/08_nanyang_2017_opinion_2020_targets_li_b_meta.html");
        Assert.That(r.Targets.Single(t => t.Unit == "公里" && t.Value == 800).Subject, Does.Contain("旅游公路"));
        var rates = r.Targets.Where(t => t.Text.Contains("分别增长")).ToList();
        Assert.That(rates.Select(t => t.Value), Is.EquivalentTo(new double?[] { 12, 15 }));
        Assert.That(rates.Select(t => t.Comparator), Is.All.EqualTo("gte"));
        // 对新晋升为…的景区，分别给予一次性奖励200万元、50万元: a standard of support.
        Assert.That(r.Targets.Select(t => t.Value), Has.None.EqualTo(2000000).And.None.EqualTo(500000));
        var tourism = r.Responsibilities.Single(x => x.Task.Contains("实施旅游景区提质工程"));
        Assert.That(tourism.Units, Is.EqualTo(new[] { "市旅游局", "市财政局", "相关县（市、区）人民政府" }));
    }

    [Test]
    public void DocumentNumber_AfterALetterSpacedLabel_IsTheOwnNumber()
    {
        // 文　　号：通政办发〔2024〕18号 in the disclosure header of a portal page.
        var r = Run("probe9/docs/02_nantong_charging_three_year_plan_cumulative.txt");
        Assert.That(r.DocumentNumber?.Text, Is.EqualTo("通政办发〔2024〕18号"));
        Assert.That(r.References.Select(x => x.DocumentNumber), Has.None.EqualTo("通政办发〔2024〕18号"));
    }

    [Test]
    public void Targets_NamedRates_ContinuingMeasures_AndStagesFromNow()
    {
        var campaign = Run("probe9/docs/03_handan_campus_food_campaign_stages.txt");
        // 不合格产品核查处置率100%: a rate right after its name.
        Assert.That(campaign.Targets.Single(t => t.Subject!.Contains("核查处置率")).Value, Is.EqualTo(100));
        Assert.That(campaign.Targets.Single(t => t.Unit == "批次").Comparator, Is.EqualTo("gte"));
        // （即日起至2024年3月31日）: the stage ends on its day.
        Assert.That(campaign.Deadlines.Select(d => d.End), Does.Contain("2024-03-31"));
        var units = campaign.Responsibilities.Single(x => x.Task.Contains("全面排查学校食堂")).Units;
        Assert.That(units, Is.EqualTo(new[] { "食品经营安全监督管理科", "各县（市、区）市场监督管理局" }));
        // 建成厨余垃圾集中处理设施1座，日处理能力300吨: the second clause measures what the first builds.
        var waste = Run("probe9/docs/04_jiujiang_waste_sorting_plan_duty_table_mixed_deadlines.docx");
        Assert.That(waste.Targets.Where(t => t.Unit == "吨").Select(t => t.Value), Does.Contain(300));
        // …每年培育50家，三年累计150家: a running total restates the yearly figure.
        Assert.That(Run("probe6/docs/02_zhuzhou_digital_action_plan_zhuanlan.txt").Targets.Select(t => t.Text), Has.None.EqualTo("三年累计150家"));
    }

    [Test]
    public void Targets_AClauseThatOnlySaysHowMuch_TakesTheSubjectOfTheClauseBefore()
    {
        // 茶叶综合产值增长10%—15%，力争突破六十亿元.
        var r = Run("probe7/docs/08_jianshi_county_tea_notice_chinese_numerals.txt");
        var value = r.Targets.Single(t => t.Value == 6000000000);
        Assert.That(value.Subject, Is.EqualTo("茶叶综合产值"));
        Assert.That(value.Comparator, Is.EqualTo("gt"));
    }

    [Test]
    public void Targets_TimeLimitsCutTo_WithOrWithoutABound_AndBodiesWithAnAlternativeInBrackets()
    {
        var r = Run("probe10/docs/01_huzhou_business_env_plan_time_limits.txt");
        // 企业开办时间压缩至0.5个工作日 (no bound word), 抵押登记办理时间控制在2小时内 (内 bounds it).
        Assert.That(r.Targets.Single(t => t.Value == 0.5).Unit, Is.EqualTo("个工作日"));
        Assert.That(r.Targets.Single(t => t.Unit == "小时" && t.Value == 2).Comparator, Is.EqualTo("lte"));
        var schools = Run("probe10/docs/02_tonglu_county_education_three_year_plan_schools_places.txt");
        Assert.That(schools.Responsibilities.Single(x => x.Task.Contains("扩大学前教育普惠资源")).Units,
            Is.EqualTo(new[] { "县教育局", "各乡镇人民政府（街道办事处）" }));
        // 完成6个老旧小区综合改造，涉及居民2800户: the households are a measure of the renovation before them.
        var renewal = Run("probe10/docs/06_hubin_subdistrict_old_community_plan_duty_sections.txt");
        Assert.That(renewal.Targets.Single(t => t.Unit == "户").Value, Is.EqualTo(2800));
    }

    [Test]
    public void Targets_ACountWhoseNounIsQualifiedByASecondQuantity_CountsTheNounAfterIt()
    {
        // 各县市区组建不少于1支50人以上的防汛抢险应急队伍: 50人以上 says which teams; the teams are counted.
        var r = Run("probe10/docs/03_yueyang_emergency_bureau_flood_season_duty_sentences.txt");
        var teams = r.Targets.Single(t => t.Unit == "支");
        Assert.That(teams.Subject, Is.EqualTo("防汛抢险应急队伍"));
        Assert.That(teams.Comparator, Is.EqualTo("gte"));
        Assert.That(r.Targets, Has.None.Matches<TargetOutput>(t => t!.Unit == "人" && t.Value == 50));
    }

    [Test]
    public void Targets_ASloganRepeatingItsNumeral_CountsNothing()
    {
        // 确保零就业家庭发现一户、帮扶一户、动态清零.
        var r = Run("probe10/docs/05_dezhou_hrss_employment_notice_measures_list.txt");
        Assert.That(r.Targets, Has.None.Matches<TargetOutput>(t => t!.Unit == "户" && t.Value == 1));
        Assert.That(r.Targets.Single(t => t.Value == 800).Unit, Is.EqualTo("人"));
    }

    [Test]
    public void Responsibilities_SectionLabels_LeadAndSupport_OnTheLineUnderTheItem()
    {
        // （一）科学安排抽检任务。… / 牵头科室：食品安全抽检监测科　配合单位：…: the item is the task, not the section heading above it.
        var r = Run("probe12/docs/03_weifang_market_regulation_food_sampling_plan_yearly_scopes.txt");
        Assert.That(r.Responsibilities, Has.Count.EqualTo(6));
        var first = r.Responsibilities[0];
        Assert.That(first.Task, Does.StartWith("科学安排抽检任务"));
        Assert.That(first.TaskLabel, Is.EqualTo("（一）"));
        Assert.That(first.Lead, Is.EqualTo("食品安全抽检监测科"));
        Assert.That(first.Supporting, Is.EqualTo(new[] { "各县（市、区）市场监管局", "市食品药品检验检测中心" }));
    }

    [Test]
    public void Targets_RatesPerPopulation_AndIncidentCounts()
    {
        var r = Run("probe11/docs/01_luzhou_health_commission_plan_per_thousand_rates.txt");
        // 孕产妇死亡率控制在10/10万以下.
        var maternal = r.Targets.Single(t => t.Unit == "/10万");
        Assert.That((maternal.Value, maternal.Comparator, maternal.Subject), Is.EqualTo(((double?)10, "lte", "孕产妇死亡率")));
        // 全年生产安全事故起数控制在3起以内.
        var accidents = Run("probe11/docs/02_anxi_county_transport_bureau_work_plan_task_list_time_nodes.txt").Targets.Single(t => t.Unit == "起");
        Assert.That((accidents.Value, accidents.Comparator), Is.EqualTo(((double?)3, "lte")));
    }

    [Test]
    public void Targets_ATableOfYearlyFigures_GivesEachYearsFiguresWithTheYearAsDeadline()
    {
        // 年度 | 筹集套数 | 开工套数, then 2024年 | 8000 | 5000 … laid out with tabs; the unit is the header's measure word.
        var r = Run("probe12/docs/01_huizhou_housing_bureau_rental_housing_plan_year_table.txt");
        var yearly = r.Targets.Where(t => t.Subject is "筹集套数" or "开工套数").ToList();
        Assert.That(yearly.Select(t => (t.Subject, t.Value, t.Unit, t.Deadline?.End)), Is.EqualTo(new (string?, double?, string?, string?)[]
        {
            ("筹集套数", 8000, "套", "2024-12-31"), ("开工套数", 5000, "套", "2024-12-31"),
            ("筹集套数", 8500, "套", "2025-12-31"), ("开工套数", 5500, "套", "2025-12-31"),
            ("筹集套数", 7500, "套", "2026-12-31"), ("开工套数", 4500, "套", "2026-12-31"),
        }));
        Assert.That(r.Deadlines.Select(d => d.End), Does.Contain("2025-12-31"));
        // 2024年改造城镇老旧小区65个: the year is when the renovation is due.
        Assert.That(r.Targets.Single(t => t.Value == 65).Deadline?.End, Is.EqualTo("2024-12-31"));
    }

    [Test]
    public void Targets_SharesAnAmountIsWorkedOutBy_AreNoTargets_GradesAndCatalogueEntriesAre()
    {
        // 照料护理标准…分别不低于当地最低工资标准的5%、20%和40%确定: a rule of calculation.
        var assistance = Run("probe12/docs/06_yongning_district_civil_affairs_assistance_standards_raise.txt");
        Assert.That(assistance.Targets, Has.None.Matches<TargetOutput>(t => t!.Unit == "%" && t.Value is 5 or 20 or 40));
        // 耕地质量平均提升0.5个等别以上.
        var farmland = Run("probe12/docs/02_huaxian_county_agriculture_bureau_farmland_notice_month_stages.txt");
        Assert.That(farmland.Targets.Single(t => t.Unit == "个等别").Comparator, Is.EqualTo("gte"));
        // 编目政务数据资源目录3500条: the verb comes before what it acts on.
        var data = Run("probe12/docs/05_luzhou_data_bureau_digital_government_workpoints_15th_fyp.txt");
        Assert.That(data.Targets.Single(t => t.Value == 3500).Subject, Does.Contain("数据资源目录"));
    }

    [Test]
    public void Deadlines_ASeasonIntoTheNextYear_ATimeOfDayBeforeTheCutOff()
    {
        // 2024—2025年供暖期自2024年11月15日起至次年3月15日止: the season ends on 2025-03-15, not at the end of 2025.
        var minutes = Run("probe11/docs/06_linyi_government_meeting_minutes_issue_number_agreed_items.txt");
        Assert.That(minutes.Deadlines.Select(d => d.End), Does.Contain("2025-03-15").And.Not.Contain("2025-12-31"));
        // 网上申报截止时间为2024年5月20日17:00前.
        var call = Run("probe11/docs/07_huizhou_sci_tech_finance_joint_funding_call_deadline_contacts.txt");
        Assert.That(call.Deadlines.Select(d => d.End), Does.Contain("2024-05-20"));
    }

    [Test]
    public void Targets_ConditionsOfEligibility_AGoalNamedAfterItsNumber_AndCountsBroughtInByAPreposition()
    {
        var call = Run("probe11/docs/07_huizhou_sci_tech_finance_joint_funding_call_deadline_contacts.txt");
        // Under 二、申报条件: 研发费用占营业收入比例不低于3% says who qualifies.
        Assert.That(call.Targets, Has.None.Matches<TargetOutput>(t => t!.Section.Any(s => s.Contains("申报条件"))));
        // …科技型中小企业入库数量达到4500家的目标.
        Assert.That(call.Targets.Single(t => t.Value == 4500).Subject, Is.EqualTo("科技型中小企业入库数量"));
        // 对全区120家重点工贸企业开展执法检查; 督促1.2万户餐饮用户全部安装燃气泄漏报警装置.
        var safety = Run("probe11/docs/08_weiyang_district_safety_campaign_plan_stage_date_ranges.txt");
        Assert.That(safety.Targets.Single(t => t.Value == 120).Subject, Is.EqualTo("重点工贸企业"));
        Assert.That(safety.Targets.Single(t => t.Value == 12000).Subject, Is.EqualTo("餐饮用户"));
        // 每万人口全科医生数4人: an indicator per head of population right before its level.
        var health = Run("probe11/docs/01_luzhou_health_commission_plan_per_thousand_rates.txt");
        Assert.That(health.Targets.Single(t => t.Value == 4 && t.Unit == "人").Subject, Does.Contain("全科医生"));
    }

    [Test]
    public void Targets_AReportLooksBack_ABulletinOfTheYearSetsNone()
    {
        // 一、2023年工作回顾 holds last year's results; 二、2024年工作安排 the year's goals.
        var report = Run("probe14/docs/01_chuzhou_government_work_report_results_then_expected_goals.txt");
        Assert.That(report.Targets, Is.Not.Empty);
        Assert.That(report.Targets, Has.None.Matches<TargetOutput>(t => t!.Section.Any(s => s.Contains("工作回顾"))));
        Assert.That(report.Targets.Single(t => t.Unit == "项" && t.Value == 30).Subject, Is.EqualTo("民生实事"));
        // 孝感市2023年国民经济和社会发展统计公报: the title is the bulletin's; every figure is a result, 年末 is no deadline.
        var bulletin = Run("probe14/docs/03_xiaogan_statistics_bulletin_past_results_only.txt");
        Assert.That(bulletin.Title, Is.EqualTo("孝感市2023年国民经济和社会发展统计公报"));
        Assert.That(bulletin.Targets, Is.Empty);
        Assert.That(bulletin.Deadlines, Is.Empty);
    }

    [Test]
    public void Targets_ThresholdsWeightsAndPhases_AreNoTargets()
    {
        // …实现营业收入超过5000万元的，再给予最高200万元奖励.
        var talent = Run("probe14/docs/04_jiangmen_office_talent_measures_settling_subsidy_standards.txt");
        Assert.That(talent.Targets, Has.None.Matches<TargetOutput>(t => t!.Value == 50000000));
        // 对年用水量1万立方米以上的工业企业实行计划用水管理; 自备井36眼 is a count.
        var water = Run("probe14/docs/05_ningjin_county_water_bureau_water_saving_plan_coefficient.txt");
        Assert.That(water.Targets, Has.None.Matches<TargetOutput>(t => t!.Unit == "立方米" && t.Value == 10000));
        Assert.That(water.Targets.Single(t => t.Unit == "眼").Value, Is.EqualTo(36));
        // 由基础工作（40%）、项目引进（50%）和协调服务（10%）三部分组成; 合同投资额1亿元以上的产业项目; 优秀等次…不超过…30%.
        var scoring = Run("probe14/docs/06_shaoyang_office_investment_attraction_assessment_scoring_table.txt");
        Assert.That(scoring.Targets, Is.Empty);
        // 建设城市管理综合指挥平台二期 names a phase; LED路灯3000盏 counts lamps.
        var city = Run("probe14/docs/07_zhangzhou_city_management_bureau_plan_task_table_merged_task_rows.docx");
        Assert.That(city.Targets, Has.None.Matches<TargetOutput>(t => t!.Unit == "期"));
        Assert.That(city.Targets.Single(t => t.Unit == "盏").Value, Is.EqualTo(3000));
    }

    [Test]
    public void Responsibilities_TablesWithCategoryLines_AndTheColumnNamedTheTask()
    {
        // 一、交通基础设施 between the tab-separated rows of a project table is a group, not the table's end.
        var projects = Run("probe13/docs/01_xizang_development_reform_commission_key_projects_tab_table.txt");
        Assert.That(projects.Responsibilities.Single(x => x.Task == "林芝市人民医院迁建项目").Units, Is.EqualTo(new[] { "林芝市人民政府" }));
        // 测评项目 | 工作任务 | 责任单位 | 完成时限: the task is the 工作任务 cell.
        var civility = Run("probe16/docs/03_suining_office_civilized_city_task_breakdown_xxgk_table_multiline_units.html");
        Assert.That(civility.Responsibilities, Has.Count.EqualTo(8));
        Assert.That(civility.Responsibilities, Has.None.Matches<ResponsibilityOutput>(x => x!.Task.Length <= 6));
        // 序号 | 整改问题 | 整改目标 | 整改时限 | 责任单位: the problem to be put right names the item.
        var rectification = Run("probe15/docs/01_liupanshui_office_eco_inspection_rectification_tab_table.txt");
        Assert.That(rectification.Responsibilities[0].Task, Does.StartWith("中心城区污水收集处理能力不足"));
        Assert.That(rectification.Responsibilities[0].Deadline?.End, Is.EqualTo("2025-12-31"));
    }

    [Test]
    public void References_TheLinksListedUnderARelatedLinksLabel_AreNoCitations()
    {
        // 相关链接： on its own line, then last year's reply (十政函〔2023〕41号) and another page.
        var reply = Run("probe12/docs/04_shiyan_government_reply_letter_heritage_fund_approval.txt");
        Assert.That(reply.References.Select(x => x.DocumentNumber), Has.None.EqualTo("十政函〔2023〕41号"));
        Assert.That(reply.DocumentNumber?.Text, Is.EqualTo("十政函〔2024〕37号"));
    }

    [Test]
    public void IssuerAndDate_AnInspectionOfficeSigns_AReportIsDatedByTheLineUnderItsTitle()
    {
        var notice = Run("probe14/docs/02_lishui_inspection_office_rectification_notice_item_time_limits.txt");
        Assert.That(notice.Issuers.Select(x => x.Name), Is.EqualTo(new[] { "丽水市人民政府督查室" }));
        // ——2024年1月9日在滁州市第八届人民代表大会第四次会议上, above a page published 2024-01-15.
        var report = Run("probe14/docs/01_chuzhou_government_work_report_results_then_expected_goals.txt");
        Assert.That(report.IssueDate, Is.EqualTo("2024-01-09"));
        // 2024年是实现“十四五”规划目标任务的关键一年 sets no deadline.
        Assert.That(report.Deadlines.Select(d => d.End), Has.None.EqualTo("2025-12-31"));
    }

    [Test]
    public void Targets_ATableByPlace_AnEmergencyPlan_AndYearsThatCarryTheSubject()
    {
        // 乡镇 | 煤改电（户） | 煤改气（户） in a Word table; the 合计 row restates the goals and is left out.
        var heating = Run("probe16/docs/04_qixian_county_office_clean_heating_plan_township_table.docx");
        var byTownship = heating.Targets.Where(t => t.Subject is "煤改电" or "煤改气" && t.Text.Contains(' ')).ToList();
        Assert.That(byTownship, Has.Count.EqualTo(14));
        Assert.That(byTownship, Has.None.Matches<TargetOutput>(t => t!.Text.StartsWith("合计")));
        // A 应急预案's thresholds grade events: no targets.
        var plan = Run("probe15/docs/03_mudanjiang_office_power_outage_emergency_plan_response_levels.txt");
        Assert.That(plan.Targets, Is.Empty);
        // 2024年改造城镇老旧小区150个，2025年改造140个，2026年改造110个.
        var renewal = Run("probe15/docs/05_zibo_office_urban_renewal_three_year_plan_district_lists_yearly_prose.txt");
        Assert.That(renewal.Targets.Single(t => t.Value == 110).Subject, Is.EqualTo("城镇老旧小区"));
    }

    [Test]
    public void Targets_TheWordingADecisionAmends_AndBasisPoints()
    {
        // 将第八条中的“…压缩至80个工作日以内”修改为“…压缩至60个工作日以内”.
        var decision = Run("probe16/docs/08_gucheng_county_government_decision_abolish_amend_normative_documents.txt");
        Assert.That(decision.Targets, Is.Empty);
        // 内部资金转移定价优惠不低于50个基点.
        var finance = Run("probe16/docs/01_ningxia_finance_bureau_pboc_branch_joint_notice_loan_growth_npl_tolerance.txt");
        Assert.That(finance.Targets.Single(t => t.Value == 50 && t.Comparator == "gte").Unit, Is.EqualTo("个基点"));
    }

    [Test]
    public void Responsibilities_UnitsEndingInADepartmentOrABracketedAlias_AreSplit()
    {
        // （责任单位：各市、县（区）人民政府金融工作部门，人民银行各市分行）.
        var finance = Run("probe16/docs/01_ningxia_finance_bureau_pboc_branch_joint_notice_loan_growth_npl_tolerance.txt");
        Assert.That(finance.Responsibilities.Single(x => x.Task.StartsWith("深化银企对接")).Units,
            Is.EqualTo(new[] { "各市、县（区）人民政府金融工作部门", "人民银行各市分行" }));
        // 市委宣传部（市文明办）<br>各县（市、区）人民政府 in a table cell.
        var civility = Run("probe16/docs/03_suining_office_civilized_city_task_breakdown_xxgk_table_multiline_units.html");
        Assert.That(civility.Responsibilities.Single(x => x.Task.StartsWith("推进新时代文明实践中心")).Units,
            Is.EqualTo(new[] { "市委宣传部（市文明办）", "各县（市、区）人民政府" }));
    }

    [Test]
    public void Responsibilities_TheBodyThatRunsAnActivity_MuseumsAmongTheUnits()
    {
        // （承办单位：延安革命纪念馆、延安市博物馆、各县（市、区）文化和旅游局）.
        var r = Run("probe18/docs/05_yanan_culture_tourism_bureau_heritage_month_activity_notice.txt");
        Assert.That(r.Responsibilities, Has.Count.EqualTo(5));
        Assert.That(r.Responsibilities[0].Units, Is.EqualTo(new[] { "延安革命纪念馆", "延安市博物馆", "各县（市、区）文化和旅游局" }));
    }

    [Test]
    public void Targets_ConditionsOnWhoMustAct_SummariesOfTheYearDone_AndGrainInJin()
    {
        // 招收5名以上残疾学生的普通学校原则上都要设立资源教室; 每次不少于2课时 is teaching time.
        var joint = Run("probe18/docs/01_qinghai_education_five_bodies_special_education_notice.txt");
        Assert.That(joint.Targets, Has.None.Matches<TargetOutput>(t => t!.Value == 5 && t.Unit == "名"));
        Assert.That(joint.Targets, Has.None.Matches<TargetOutput>(t => t!.Unit == "课"));
        // 一、2024年工作完成情况 holds results; 三、2025年工作计划 the targets.
        var summary = Run("probe17/docs/05_qingjiangpu_district_health_bureau_annual_summary_and_next_year_plan.txt");
        Assert.That(summary.Targets, Is.Not.Empty);
        Assert.That(summary.Targets, Has.None.Matches<TargetOutput>(t => t!.Section.Any(s => s.Contains("完成情况"))));
        // 粮食总产量力争达到260亿斤; 配套农机具12万台套.
        var spring = Run("probe17/docs/03_suihua_agriculture_bureau_spring_farming_notice_yearless_dates.txt");
        Assert.That(spring.Targets.Single(t => t.Unit == "斤" && t.Value == 26000000000).Subject, Is.EqualTo("粮食总产量"));
        Assert.That(spring.Targets.Single(t => t.Unit == "台套").Value, Is.EqualTo(120000));
    }

    [Test]
    public void Deadlines_AYearlessDateUnderALaterYearsHeading_TakesThatYear()
    {
        // Signed 2024-12-18; under 三、2025年工作计划, 9月底前建成区级托育综合服务中心1个 is due in September 2025.
        var r = Run("probe17/docs/05_qingjiangpu_district_health_bureau_annual_summary_and_next_year_plan.txt");
        Assert.That(r.Deadlines.Select(d => d.End), Does.Contain("2025-09-30"));
        Assert.That(r.Targets.Single(t => t.Subject == "区级托育综合服务中心").Deadline?.End, Is.EqualTo("2025-09-30"));
    }

    [Test]
    public void Targets_ARankAmongTheFirst_IsAtMostThatPlace()
    {
        // 城市信用状况监测排名稳定在全国地级市前50名以内.
        var r = Run("probe13/docs/08_shangrao_office_credit_big_data_plan_numbered_goals_unit_and_time_limit.txt");
        var rank = r.Targets.Single(t => t.Unit == "名" && t.Value == 50);
        Assert.That((rank.Subject, rank.Comparator), Is.EqualTo(("城市信用状况监测排名", "lte")));
    }

    [Test]
    public void Targets_SeedlingsVideoChannelsAndAppointments_NotTheNameOfABundleOfServices()
    {
        // 集约化育苗供苗能力达到30亿株.
        var farming = Run("probe20/docs/01_shaanxi_office_modern_facility_agriculture_opinion_2026_2030.txt");
        Assert.That(farming.Targets.Single(t => t.Unit == "株").Value, Is.EqualTo(3000000000));
        // 视频监控点位不少于1200路; 关闭退出…非煤矿山6座.
        var safety = Run("probe19/docs/05_anshun_emergency_bureau_2024_work_points_quarterly_sections.txt");
        Assert.That(safety.Targets.Single(t => t.Unit == "路").Comparator, Is.EqualTo("gte"));
        Assert.That(safety.Targets.Single(t => t.Unit == "座" && t.Value == 6).Action, Does.StartWith("关闭"));
        // 信用修复一件事 names the bundle; 申请材料由15份减至3份 is cut to a level.
        var services = Run("probe19/docs/03_quzhou_data_bureau_efficient_one_thing_items_time_limits.txt");
        Assert.That(services.Targets, Has.None.Matches<TargetOutput>(t => t!.Unit == "件" && t.Value == 1));
        Assert.That(services.Targets.Single(t => t.Unit == "份" && t.Value == 3).Action, Is.EqualTo("减至"));
    }

    [Test]
    public void Targets_ATimeLimitNamedOnlyAsSuch_IsTheLimitOfItsItem()
    {
        // 1.企业信息变更一件事。…办理时限由5个工作日压缩至1个工作日; 2.新生儿出生一件事。…办理时限压缩至3个工作日以内.
        var r = Run("probe19/docs/03_quzhou_data_bureau_efficient_one_thing_items_time_limits.txt");
        Assert.That(r.Targets.Single(t => t.Value == 1 && t.Unit == "个工作日" && t.Comparator == "eq").Subject, Is.EqualTo("企业信息变更一件事办理时限"));
        Assert.That(r.Targets.Single(t => t.Value == 3 && t.Unit == "个工作日").Subject, Is.EqualTo("新生儿出生一件事办理时限"));
    }

    [Test]
    public void Targets_AYearAndAFigureInASeriesOfYears_GiveTheSameMeasureForThatYear()
    {
        // 2024年改造老旧管网220公里，2025年200公里，2026年140公里.
        var r = Run("probe15/docs/05_zibo_office_urban_renewal_three_year_plan_district_lists_yearly_prose.txt");
        var pipes = r.Targets.Where(t => t.Subject == "老旧管网").Select(t => (t.Value, t.Deadline?.End)).ToList();
        Assert.That(pipes, Is.EqualTo(new (double?, string?)[] { (220, "2024-12-31"), (200, "2025-12-31"), (140, "2026-12-31") }));
    }

    [Test]
    public void ProjectTables_SecondNameplates_AndThePartsAfterQizhong()
    {
        // 序号 | 项目名称 | 目标任务 | 责任单位 | 完成时限: the project's name is the task.
        var projects = Run("probe21/docs/03_qujing_transport_bureau_practical_projects_tab_list.txt");
        Assert.That(projects.Responsibilities, Has.Count.EqualTo(10));
        Assert.That(projects.Responsibilities, Has.None.Matches<ResponsibilityOutput>(x => x!.Task.Length > 20));
        // Signed 宿迁市市场监督管理局（宿迁市知识产权局）: one body under both its nameplates.
        var ip = Run("probe22/docs/01_suqian_market_regulation_ip_bureau_ip_strong_city_notice_patent_trademark_pledge.txt");
        Assert.That(ip.Issuers.Select(x => x.Name), Is.EqualTo(new[] { "宿迁市市场监督管理局", "宿迁市知识产权局" }));
        // …其中产业项目41个、总投资约350亿元，基础设施和公共服务项目17个、总投资约70亿元.
        var park = Run("probe22/docs/03_xiangtan_government_approval_tianyi_development_zone_plan_area_investment.txt");
        Assert.That(park.Targets.Single(t => t.Value == 17 && t.Unit == "个").Subject, Is.EqualTo("基础设施和公共服务项目"));
    }

    [Test]
    public void Targets_AYearsPartJoinedToTheOneBefore_KeepsItsSubject()
    {
        // 累计建成社区嵌入式服务设施…个，其中2025年建成15个、2026年建成16个.
        var r = Run("probe21/docs/05_qijiang_district_government_embedded_community_facilities_opinion.txt");
        var second = r.Targets.Single(t => t.Value == 16 && t.Unit == "个");
        Assert.That(second.Subject, Is.EqualTo(r.Targets.Single(t => t.Value == 15 && t.Unit == "个").Subject));
        Assert.That(second.Subject, Does.Not.StartWith("2026年"));
    }

    [Test]
    public void Responsibilities_RolesWrittenIntoOneLabel_AndTwoStepsAfterTheUnits()
    {
        // （责任单位：市文化广电旅游局牵头，市农业农村局、各县（市、区）人民政府配合）.
        var plan = Run("probe24/docs/05_bijie_city_office_transmits_rural_tourism_plan_2024_2026.txt");
        var first = plan.Responsibilities.First();
        Assert.That(first.Units, Is.EqualTo(new[] { "市文化广电旅游局", "市农业农村局", "各县（市、区）人民政府" }));
        Assert.That(first.Lead, Is.EqualTo("市文化广电旅游局"));
        Assert.That(first.Supporting, Is.EqualTo(new[] { "市农业农村局", "各县（市、区）人民政府" }));
        // 由市水务局牵头，…配合，于2024年9月底前完成管网改造，2024年12月底前完成竣工验收: read, with no one deadline.
        var minutes = Run("probe23/docs/05_dunhuang_government_executive_meeting_minutes_no_number_agreed_items.txt");
        var water = minutes.Responsibilities.Single(x => x.Lead == "市水务局");
        Assert.That(water.Units, Is.EqualTo(new[] { "市水务局", "市住房和城乡建设局", "市供排水有限公司" }));
        Assert.That(water.Deadline, Is.Null);
        Assert.That(minutes.Deadlines.Select(d => d.End), Does.Contain("2024-09-30").And.Contain("2024-12-31"));
    }

    [Test]
    public void TaskTables_TheTaskNameColumn_NamesTheRow()
    {
        // 序号 | 任务名称 | 目标任务 | 牵头单位 | 责任单位 | 完成时限.
        var r = Run("probe24/docs/03_huaihua_housing_bureau_2024_urban_renewal_task_list_xxgk_html_table.html");
        Assert.That(r.Responsibilities, Has.Count.EqualTo(8));
        Assert.That(r.Responsibilities, Has.All.Matches<ResponsibilityOutput>(x => x!.Task.Length <= 16));
    }

    [Test]
    public void Deadlines_ACutOffStatedAsAValue_AndAYearBeforeANewlyDoneThing()
    {
        // 本年度补贴申领截止时间为2024年11月30日.
        var subsidy = Run("probe23/docs/03_wuzhong_hrss_bureau_employment_entrepreneurship_subsidy_amounts_validity.txt");
        Assert.That(subsidy.Deadlines.Select(d => d.End), Does.Contain("2024-11-30"));
        // 2024年新培育市级夜间消费集聚区3个.
        var consumption = Run("probe24/docs/02_xianning_commerce_finance_joint_2024_consumption_measures_subsidy_caps.txt");
        Assert.That(consumption.Targets.Single(t => t.Value == 3 && t.Unit == "个").Deadline?.End, Is.EqualTo("2024-12-31"));
        // 全年招录农村订单定向医学生20名.
        var health = Run("probe23/docs/04_hami_health_commission_primary_care_capacity_plan_xxgk_li_span_html.html");
        Assert.That(health.Targets.Select(t => (t.Value, t.Unit)), Does.Contain(((double?)20, "名")));
    }

    [Test]
    public void Targets_AConditionClauseBefore_NamesTheCategoryOfAStandard()
    {
        // 经评估为重度失能的，补贴标准由每人每月200元提高到300元；中度失能的，由每人每月150元提高到200元。
        var r = Run("probe26/docs/02_zhangjiakou_civil_affairs_finance_joint_eldercare_subsidy_monthly_standards.txt");
        Assert.That(r.Targets.Single(t => t.Value == 300).Subject, Is.EqualTo("重度失能补贴标准"));
        Assert.That(r.Targets.Single(t => t.Value == 200 && t.Unit == "元").Subject, Is.EqualTo("中度失能"));
        // 补贴标准由每人每月80元提高到120元: no condition, the standard as it is.
        Assert.That(r.Targets.Single(t => t.Value == 120).Subject, Is.EqualTo("补贴标准"));
        // 规整“空中蜘蛛网”架空线缆15公里.
        var street = Run("probe25/docs/05_putian_zhenhai_subdistrict_office_back_lanes_renovation_notice_no_number_units_and_persons.txt");
        Assert.That(street.Targets.Single(t => t.Value == 15 && t.Unit == "公里").Subject, Does.Contain("架空线缆"));
    }

    [Test]
    public void Responsibilities_SentencesOpeningWithThisTask_AndSupportEndingsWithTheirWork()
    {
        // 此项工作由市工业和信息化局负责，市商务局、市投资促进中心配合。 / …市财政局、市国资委按职责分工配合。
        var plan = Run("probe28/docs/01_hebi_city_office_digital_economy_action_plan_2025_2027_mixed_unit_forms.txt");
        Assert.That(plan.Responsibilities.Select(x => x.Lead), Does.Contain("市工业和信息化局"));
        Assert.That(plan.Responsibilities.SelectMany(x => x.Units), Has.None.StartsWith("此项").And.None.Contains("按职责分工"));
        // 此项任务由县教育局牵头，…配合实施。
        var schools = Run("probe28/docs/02_sihong_county_office_basic_education_three_year_action_2025_2027_lead_coop_lines.txt");
        Assert.That(schools.Responsibilities.Single(x => x.Units.Contains("青阳街道办事处")).Lead, Is.EqualTo("县教育局"));
    }

    [Test]
    public void Responsibilities_UnitsAfterAListOfParts_BelongToTheLineThatOpensTheList()
    {
        // <li>推进紧密型医联体总额付费。…<ul><li>（1）…</li><li>（2）…</li><li>（3）…</li></ul>（责任单位：…）</li>
        var r = Run("probe27/docs/04_karamay_healthcare_security_health_commission_joint_coordination_plan_xxgk_html_nested_lists.html");
        var pilot = r.Responsibilities.Single(x => x.Units.Contains("独山子区人民政府"));
        Assert.That(pilot.Task, Does.StartWith("推进紧密型医联体总额付费"));
        Assert.That(r.Responsibilities, Has.None.Matches<ResponsibilityOutput>(x => x!.TaskLabel is "（1）" or "（2）" or "（3）"));
    }

    [Test]
    public void Targets_TheFirstOfTwoCoordinatedAwardThresholds_IsNoTarget()
    {
        // 对年营业收入首次突破1亿元、5000万元的文旅企业，分别给予一次性奖励30万元、10万元.
        var r = Run("probe28/docs/04_yingtan_culture_tourism_bureau_consumption_measures_no_number_xxgk_html_attachments.html");
        Assert.That(r.Targets.Where(t => t.Unit is "亿元" or "万元" && t.Value is 1 or 5000 && t.Text.Contains("突破")), Is.Empty);
    }

    [Test]
    public void Targets_AClauseThatOnlySaysHowMuch_IsAboutTheMeasureTheClauseBeforeNames()
    {
        // 逐步扩大优质高中招生计划分配到初中学校的比例，2027年达到60%以上.
        var r = Run("probe28/docs/02_sihong_county_office_basic_education_three_year_action_2025_2027_lead_coop_lines.txt");
        var share = r.Targets.Single(t => t.Value == 60 && t.Text.Contains("2027年达到", StringComparison.Ordinal));
        Assert.That(share.Subject, Does.EndWith("招生计划分配到初中学校的比例"));
        Assert.That(share.Comparator, Is.EqualTo("gte"));
    }

    [Test]
    public void Targets_ComputingPowerInPFlops_IsAQuantityWithItsUnit()
    {
        // 到2027年全市算力规模达到5000PFlops以上.
        var r = Run("probe28/docs/01_hebi_city_office_digital_economy_action_plan_2025_2027_mixed_unit_forms.txt");
        var power = r.Targets.Single(t => t.Unit == "PFlops");
        Assert.That(power.Value, Is.EqualTo(5000));
        Assert.That(power.Comparator, Is.EqualTo("gte"));
        Assert.That(power.Subject, Does.EndWith("算力规模"));
    }

    [Test]
    public void Targets_OneWithADescribedNoun_IsTheArticle_NotACount()
    {
        // 建设一支师德高尚、业务精湛的高素质专业化教师队伍: "a team", nothing counted; the counts around it stay.
        var r = Run("probe28/docs/02_sihong_county_office_basic_education_three_year_action_2025_2027_lead_coop_lines.txt");
        Assert.That(r.Targets, Has.None.Matches<TargetOutput>(t => t!.Text.Contains("一支", StringComparison.Ordinal)));
        Assert.That(r.Targets.Single(t => t.Text.Contains("五名以上", StringComparison.Ordinal)).Value, Is.EqualTo(5));
    }

    /// <summary>Extracts a short document given inline, as plain text.</summary>
    [Test]
    public void Responsibilities_ALeadersLabelOpeningTheTasksLabelLine_IsPassedOver()
    {
        // 责任领导：县委常委、副县长罗建军　　责任单位：县住房城乡建设局、…　　完成时限：2025年11月底前, one line under each task.
        var r = Run("probe32/docs/04_xinhua_county_office_2025_urban_parking_plan_leader_unit_time_line.txt");
        Assert.That(r.Responsibilities, Has.Count.EqualTo(6));
        var first = r.Responsibilities[0];
        Assert.That(first.Task, Does.StartWith("建设公共停车场。"));
        Assert.That(first.Units, Is.EqualTo(new[] { "县住房城乡建设局", "县自然资源局", "县城投公司" }));
        Assert.That(first.Deadline?.End, Is.EqualTo("2025-11-30"));
        // Two leaders parted by 、: still only the units.
        Assert.That(r.Responsibilities[4].Units, Is.EqualTo(new[] { "县数据局", "县发展和改革局", "县城投公司" }));
        Assert.That(r.Responsibilities[3].Deadline?.Kind, Is.EqualTo("ongoing"));
        Assert.That(r.Responsibilities.SelectMany(x => x.Units), Has.None.Contains("县长"));
    }

    [Test]
    public void Responsibilities_APersonsLabel_IsNoUnit_InWhateverOrderOrLayout()
    {
        var r = RunText("""
            某县2025年停车整治工作方案

            　　一、主要任务
            　　1.建设公共停车场。在城区建成立体停车库2座。
            　　责任单位：县住房城乡建设局、县自然资源局　　责任领导：县委常委、副县长王某某　　完成时限：2025年11月底前
            　　2.挖潜机关单位停车资源。开放泊位不少于600个。
            　　责任领导：县政府副县长李某
            　　责任单位：县机关事务服务中心、县教育局
            　　完成时限：2025年8月底前
            　　3.开展违停专项整治。对“僵尸车”集中清理。（包保领导：副县长赵某，副县长王某；责任单位：县公安局交警大队）

            某县人民政府办公室
            2025年6月11日
            """);
        // Blocks of one label a line are read before the other forms: compare in the order of the items.
        Assert.That(r.Responsibilities.OrderBy(x => x.TaskLabel).Select(x => (x.TaskLabel, string.Join("|", x.Units), x.Deadline?.End)), Is.EqualTo(new[]
        {
            ("1", "县住房城乡建设局|县自然资源局", "2025-11-30"),
            ("2", "县机关事务服务中心|县教育局", "2025-08-31"),
            ("3", "县公安局交警大队", (string?)null),
        }));
        Assert.That(r.Responsibilities.Single(x => x.TaskLabel == "2").Task, Is.EqualTo("挖潜机关单位停车资源。开放泊位不少于600个。"));
    }

    [Test]
    public void Responsibilities_ABracketNamingTwoLeadersPartedByAComma_KeepsTheTask()
    {
        // （责任领导：县委常委、常务副县长刘振华，县政府副县长陈思远；责任单位：县财政局、县水利局，各乡镇人民政府）
        var r = Run("probe32/docs/02_huoshan_county_office_2025_rural_water_supply_plan_leader_and_units.txt");
        var upkeep = r.Responsibilities.Single(x => x.Task.StartsWith("落实工程运行管护", StringComparison.Ordinal));
        Assert.That(upkeep.Units, Is.EqualTo(new[] { "县财政局", "县水利局", "各乡镇人民政府" }));
        Assert.That(upkeep.Deadline?.End, Is.EqualTo("2025-06-30"));
        Assert.That(r.Responsibilities, Has.Count.EqualTo(6));
    }

    [Test]
    public void Deadlines_FromNowUntilADayWithoutItsYear_EndsInTheDocumentsYear()
    {
        // 自即日起至9月30日 (the campaign) and （一）自查阶段（即日起至7月31日）, in a notice of 2025.
        var r = Run("probe32/docs/03_zengdu_district_housing_bureau_self_built_housing_review_notice_no_number.txt");
        Assert.That(r.Deadlines.Where(d => d.Text.Contains("即日起", StringComparison.Ordinal)).Select(d => (d.Text, d.Kind, d.End)),
            Is.EquivalentTo(new[] { ("自即日起至9月30日", "by", "2025-09-30"), ("即日起至7月31日", "by", (string?)"2025-07-31") }));

        var inline = RunText("""
            某区住房和城乡建设局关于开展燃气安全排查的通知

            　　自即日起至6月30日，在全区开展燃气安全隐患排查。
            　　（一）自查阶段（即日起至5月底）。

            某区住房和城乡建设局
            2024年5月10日
            """);
        Assert.That(inline.Deadlines.Select(d => d.End), Does.Contain("2024-06-30").And.Contain("2024-05-31"));
    }

    [Test]
    public void Deadlines_NextYearInASentenceThatSetsAYearlyStep_Recurs()
    {
        // 各乡镇于每年12月10日前向县农业农村局报送年度自评报告，县农业农村局于次年1月20日前汇总形成考核结果.
        var r = Run("probe32/docs/01_xiushui_county_office_rural_waste_assessment_rules_scoring_list.txt");
        Assert.That(r.Deadlines.Single(d => d.Text == "次年1月20日前").Kind, Is.EqualTo("recurring"));
        Assert.That(r.Deadlines.Select(d => d.End), Has.None.EqualTo("2026-01-20"));

        // Without a yearly step in its sentence, 次年 is the year after the document's.
        var inline = RunText("""
            某县农业农村局关于开展年度考核的通知

            　　各乡镇于每年11月底前报送自评报告，县农业农村局于次年2月底前完成复核。各乡镇于次年3月底前完成整改。

            某县农业农村局
            2025年6月11日
            """);
        Assert.That(inline.Deadlines.Where(d => d.Text.StartsWith("次年", StringComparison.Ordinal)).Select(d => (d.Text, d.Kind, d.End)),
            Is.EqualTo(new[] { ("次年2月底前", "recurring", (string?)null), ("次年3月底前", "by", "2026-03-31") }));
    }

    [Test]
    public void Deadlines_AYearlyTimeLimitWithoutItsOwnYear_IsRecurring_NotThisYears()
    {
        // 完成时限：每年11月底前 under the last item of a task list.
        var r = Run("probe31/docs/04_pingliang_city_office_apple_industry_three_year_plan_attachment_first_listed_leads.txt");
        Assert.That(r.Deadlines.Select(d => d.End), Has.None.EqualTo("2025-11-30"));
        var last = r.Responsibilities.Single(x => x.Deadline?.Text == "每年11月底前");
        Assert.That(last.Deadline!.Kind, Is.EqualTo("recurring"));
        Assert.That(last.Deadline.End, Is.Null);
    }

    [Test]
    public void Deadlines_ACountOfYearsBeforeWithin_IsADuration_NotThisYear()
    {
        // 每年改造提升低产低效果园10万亩，三年内改造30万亩: 三年内 is no 年内.
        var r = Run("probe31/docs/04_pingliang_city_office_apple_industry_three_year_plan_attachment_first_listed_leads.txt");
        Assert.That(r.Targets.Where(t => t.Text.Contains("三年内", StringComparison.Ordinal)).Select(t => t.Deadline?.Text), Has.None.EqualTo("年内"));

        static ExtractionResult Notice(string body) => RunText($"""
            某县人民政府办公室关于推进老旧小区改造的通知

            　　{body}

            某县人民政府办公室
            2025年3月1日
            """);
        Assert.That(Notice("力争两年内完成全部改造任务，新建停车场3个。").Deadlines.Select(d => d.Text), Has.None.EqualTo("年内"));
        Assert.That(Notice("年内完成改造小区12个。").Deadlines.Select(d => (d.Text, d.End)), Does.Contain(("年内", (string?)"2025-12-31")));
    }

    [Test]
    public void Title_LinesOfAMetadataBlockAboveIt_AreNotJoinedToIt()
    {
        // 关 键 词：农村供水 / 信息名称：…的通知, one field a line above the printed title.
        var r = Run("probe32/docs/02_huoshan_county_office_2025_rural_water_supply_plan_leader_and_units.txt");
        Assert.That(r.Title, Is.EqualTo("霍山县人民政府办公室关于印发霍山县2025年农村供水保障提升工作方案的通知"));

        var inline = RunText("""
            主 题 词：应急 预案
            信息名称：某县人民政府办公室关于印发某县防汛应急预案的通知

            某县人民政府办公室关于印发某县防汛应急预案的通知

            各乡镇人民政府：
            　　现将《某县防汛应急预案》印发给你们，请认真执行。

            某县人民政府办公室
            2025年5月8日
            """);
        Assert.That(inline.Title, Is.EqualTo("某县人民政府办公室关于印发某县防汛应急预案的通知"));
    }

    [Test]
    public void Targets_ACountOfDaysWithABound_IsATarget_AndAMassPerAreaIsItsUnit()
    {
        // 重污染天数不超过9天 (a bound sets the count of days), 道路积尘负荷控制在0.5克/平方米以下.
        var r = Run("probe34/docs/04_jinghai_district_office_2025_2026_autumn_winter_air_campaign_across_two_years.txt");
        var days = r.Targets.Single(t => t.Unit == "天");
        Assert.That(days.Value, Is.EqualTo(9));
        Assert.That(days.Comparator, Is.EqualTo("lte"));
        Assert.That(days.Subject, Does.EndWith("重污染天数"));
        var dust = r.Targets.Single(t => t.Unit == "克/平方米");
        Assert.That(dust.Value, Is.EqualTo(0.5));
        Assert.That(dust.Comparator, Is.EqualTo("lte"));
        // A time of the procedure stays no target: every 天 in the document is the one counted.
        Assert.That(r.Targets.Count(t => t.Unit == "天"), Is.EqualTo(1));
    }

    [Test]
    public void Targets_PoultryInBirdsAndBeesInHives_AreCounts()
    {
        // 林下养殖禽类年出栏1200万羽，林下养蜂发展到12万箱.
        var r = Run("probe31/docs/01_qiandongnan_prefecture_office_forest_economy_three_year_plan_2025_2027_task_division_lines.txt");
        Assert.That(r.Targets.Single(t => t.Unit == "羽").Value, Is.EqualTo(12_000_000));
        Assert.That(r.Targets.Single(t => t.Unit == "箱").Value, Is.EqualTo(120_000));
    }

    [Test]
    public void Responsibilities_ATableOfItemsAndTheirMeasures_NamesEachTaskByItsItem()
    {
        // 序号 | 改革事项 | 具体措施 | 责任单位 | 完成时间: the 具体措施 cell describes the item named before it.
        var r = Run("probe33/docs/01_shantou_city_office_2025_business_environment_reform_task_list_tab_table.txt");
        Assert.That(r.Responsibilities, Has.Count.EqualTo(12));
        var text = File.ReadAllText(Path.Combine(RepoPaths.TestData, "probe33/docs/01_shantou_city_office_2025_business_environment_reform_task_list_tab_table.txt"));
        foreach (var a in r.Responsibilities)
        {
            // Each task is a whole 改革事项 cell: the tab before it follows the row number, the tab after it starts the measures.
            int at = text.IndexOf("\t" + a.Task + "\t", StringComparison.Ordinal);
            Assert.That(at, Is.GreaterThan(0), a.Task);
            Assert.That(char.IsAsciiDigit(text[at - 1]), Is.True, a.Task);
        }
    }

    [Test]
    public void Targets_TheSameFigureForEachYearOfAPlan_IsOneTargetAYear()
    {
        // 分年度目标：2025年，建设改造乡镇商贸中心10个…；2026年，建设改造乡镇商贸中心10个…；2027年，…10个以上…
        var r = Run("probe29/docs/01_zigong_three_bodies_joint_county_commerce_plan_2025_2027_yearly_targets.txt");
        var yearly = r.Targets.Where(t => t.Value == 10 && t.Subject == "乡镇商贸中心").ToList();
        Assert.That(yearly.Select(t => (t.Deadline?.End, t.Comparator)),
            Is.EqualTo(new[] { ("2025-12-31", "eq"), ("2026-12-31", "eq"), ("2027-12-31", "gte") }));

        // The same shape inline; a restatement due at the same time is still listed once.
        var text = RunText("""
            某市充电设施建设行动方案
            2025年3月1日
            一、工作目标
            年度目标：2025年，新建公共充电桩500个；2026年，新建公共充电桩500个。
            二、重点任务
            （一）2026年，新建公共充电桩500个。
            """);
        Assert.That(text.Targets.Where(t => t.Value == 500).Select(t => t.Deadline?.End),
            Is.EqualTo(new[] { "2025-12-31", "2026-12-31" }));
    }

    [Test]
    public void Targets_AParagraphsYearlyStepThatRepeatsItsTotal_IsATargetOfItsOwn()
    {
        // 到2027年底，…村级便民商店覆盖率达到90%以上…。分年度目标：…；2027年，…村级便民商店覆盖率达到90%以上。
        var r = Run("probe29/docs/01_zigong_three_bodies_joint_county_commerce_plan_2025_2027_yearly_targets.txt");
        Assert.That(r.Targets.Count(t => t.Value == 90 && t.Subject == "村级便民商店覆盖率"), Is.EqualTo(2));

        // The same figure restated on another line, due at the same time, is still listed once.
        var text = RunText("""
            某市充电设施建设行动方案
            2025年3月1日
            一、工作目标
            到2027年底，公共充电桩覆盖率达到90%以上。分年度目标：2026年，公共充电桩覆盖率达到80%；2027年，公共充电桩覆盖率达到90%以上。
            二、重点任务
            （一）完善充电网络。到2027年底，公共充电桩覆盖率达到90%以上。
            """);
        Assert.That(text.Targets.Where(t => t.Value == 90).Select(t => t.Deadline?.Text), Is.EqualTo(new[] { "到2027年底", "2027年，" }));
    }

    [Test]
    public void Targets_AYearlyStepWithoutItsSubject_IsAboutTheMeasureOfTheStepBefore()
    {
        // 分年度目标：2025年，农村自来水普及率达到96%；2026年，达到97%；2027年，达到98%以上。
        var r = Run("probe29/docs/03_zhangye_three_bodies_joint_rural_water_supply_task_table_xxgk_html.html");
        Assert.That(r.Targets.Single(t => t.Value == 97).Subject, Is.EqualTo("农村自来水普及率"));
        Assert.That(r.Targets.Single(t => t.Value == 98 && t.Deadline?.Text == "2027年，").Subject, Is.EqualTo("农村自来水普及率"));

        var text = RunText("""
            某市生活垃圾分类工作方案
            2025年3月1日
            年度目标：2025年，生活垃圾回收利用率达到35%；2026年，达到38%；2027年，新建分类收集站20个。
            """);
        Assert.That(text.Targets.Single(t => t.Value == 38).Subject, Is.EqualTo("生活垃圾回收利用率"));
        Assert.That(text.Targets.Single(t => t.Value == 20).Subject, Is.EqualTo("分类收集站"));
    }

    [Test]
    public void Targets_ABareCountOfTheRest_SplitsATotalAndIsNoTarget()
    {
        // 2025年12月底前建成荣县、富顺县县级物流配送中心，2026年底前建成其余2个。
        var r = Run("probe29/docs/01_zigong_three_bodies_joint_county_commerce_plan_2025_2027_yearly_targets.txt");
        Assert.That(r.Targets, Has.None.Matches<TargetOutput>(t => t!.Text.Contains("其余", StringComparison.Ordinal)));
        // 其余旗县区3万亩 names what it counts.
        var water = Run("probe26/docs/03_chifeng_water_bureau_2024_water_projects_rural_supply_notice_no_number.txt");
        Assert.That(water.Targets.Select(t => t.Subject), Does.Contain("其余旗县区"));

        var text = RunText("""
            某县污水处理设施建设方案
            2025年3月1日
            到2026年底，全县建成乡镇污水处理站5座。2025年底前建成东关镇、西河镇污水处理站，2026年底前建成剩余3座。
            """);
        Assert.That(text.Targets.Select(t => t.Value), Is.EqualTo(new double?[] { 5 }));
    }

    [Test]
    public void Deadlines_ADateWithoutItsYearAfterAYearlyDate_Recurs()
    {
        // 企业于每年3月31日前…提出申请。…于4月30日前完成初审并推荐上报。
        var r = Run("probe30/docs/02_dandong_industry_finance_joint_technical_renovation_award_subsidy_measures.txt");
        Assert.That(r.Deadlines.Select(d => d.End), Has.None.EqualTo("2025-04-30"));

        var text = RunText("""
            某市科技创新券管理办法
            2025年3月1日
            第五条　创新券每年申领一次，企业于每年2月底前提出申请，科技部门于3月31日前完成审核。
            第六条　首批创新券于6月30日前发放。
            """);
        Assert.That(text.Deadlines.Select(d => d.End), Has.None.EqualTo("2025-03-31"));
        Assert.That(text.Deadlines.Select(d => d.End), Does.Contain("2025-06-30"));
    }

    [Test]
    public void Targets_AnAwardOpeningAnArticleOfMeasures_IsASupportStandard()
    {
        // 第四条　对新获评国家级智能制造示范工厂的企业，给予一次性奖励50万元；
        var r = Run("probe30/docs/02_dandong_industry_finance_joint_technical_renovation_award_subsidy_measures.txt");
        Assert.That(r.Targets, Has.None.Matches<TargetOutput>(t => t!.Value == 500000));

        var text = RunText("""
            某市促进软件产业发展若干措施
            2025年3月1日
            第三条　对新认定的省级软件名园，给予一次性奖励30万元。
            第四条　到2027年，全市软件业务收入达到100亿元。
            """);
        Assert.That(text.Targets.Select(t => t.Value), Is.EqualTo(new double?[] { 10000000000 }));
    }

    [Test]
    public void Responsibilities_KindsOfUnitsInAList_AreEachAUnit()
    {
        // 责任单位：各在建项目建设单位、施工单位、监理单位: no body suffix ends them, but each names a kind of unit.
        var r = Run("probe36/docs/04_futian_district_housing_bureau_forwards_guangdong_construction_safety_notice_own_requirements.txt");
        var a = r.Responsibilities.Single(x => x.Units.Any(u => u.Contains("施工单位", StringComparison.Ordinal)));
        Assert.That(a.Units, Is.EqualTo(new[] { "各在建项目建设单位", "施工单位", "监理单位" }));
    }

    [Test]
    public void Targets_VerbsOfRaisingGrowingAndPlanning_CommitToTheirFigures()
    {
        // 募集就业见习岗位3000个; 年出圃优质大苗2000万株; 2025年全县农村供水保障计划投资1.36亿元.
        Assert.That(Run("probe31/docs/03_chuxiong_hrss_education_finance_joint_youth_employment_opinion_citing_two_documents.txt")
            .Targets.Single(t => t.Value == 3000 && t.Unit == "个").Subject, Is.EqualTo("就业见习岗位"));
        Assert.That(Run("probe31/docs/04_pingliang_city_office_apple_industry_three_year_plan_attachment_first_listed_leads.txt")
            .Targets.Single(t => t.Unit == "株").Subject, Is.EqualTo("优质大苗"));
        Assert.That(Run("probe32/docs/02_huoshan_county_office_2025_rural_water_supply_plan_leader_and_units.txt")
            .Targets.Single(t => t.Value == 136000000).Subject, Is.EqualTo("全县农村供水保障计划投资"));

        var text = RunText("""
            某县中药材产业发展实施方案
            2025年3月1日
            到2027年，全县中药材种植面积发展到5万亩，年出圃种苗1500万株，募集社会资金2亿元。
            """);
        Assert.That(text.Targets.Single(t => t.Value == 50000).Subject, Is.EqualTo("全县中药材种植面积"));
        Assert.That(text.Targets.Single(t => t.Value == 15000000).Subject, Is.EqualTo("年出圃种苗"));
        Assert.That(text.Targets.Single(t => t.Value == 200000000).Subject, Is.EqualTo("社会资金"));
    }

    [Test]
    public void Targets_AChangeAgainstABaselineAfterAComma_IsAboutTheMeasureOfTheClauseBefore()
    {
        // 全区PM2.5平均浓度控制在43微克/立方米以下，较2024年下降6%
        var r = Run("probe34/docs/01_yaodu_district_office_2025_air_pollution_campaign_plan_lead_and_coop_on_one_line.txt");
        Assert.That(r.Targets.Single(t => t.Value == 6 && t.Unit == "%").Subject, Is.EqualTo("全区PM2.5平均浓度"));
        var winter = Run("probe34/docs/04_jinghai_district_office_2025_2026_autumn_winter_air_campaign_across_two_years.txt");
        Assert.That(winter.Targets.Single(t => t.Value == 4.5).Subject, Is.EqualTo("全区PM2.5平均浓度"));

        var text = RunText("""
            某市经济工作要点
            2025年3月1日
            2025年，全市地区生产总值达到500亿元，同比增长6%；规模以上工业增加值达到120亿元，较上年增长8%以上。
            """);
        Assert.That(text.Targets.Single(t => t.Value == 6).Subject, Is.EqualTo("全市地区生产总值"));
        Assert.That(text.Targets.Single(t => t.Value == 8).Subject, Is.EqualTo("规模以上工业增加值"));
        Assert.That(text.Targets.Single(t => t.Value == 8).Comparator, Is.EqualTo("gte"));
    }

    [Test]
    public void Targets_AFundItsSentenceOpensOn_IsWhatTheBareVerbAfterProvides()
    {
        // 第二条　专项资金由县财政预算安排，每年安排不少于3500万元
        var r = Run("probe31/docs/02_pengyang_county_office_beef_cattle_fund_measures_chapters_articles_caps.txt");
        Assert.That(r.Targets.Single(t => t.Value == 35000000).Subject, Is.EqualTo("专项资金"));

        var text = RunText("""
            某市科技创新奖补资金管理办法
            2025年3月1日
            第三条　奖补资金由市财政统筹安排，每年安排不少于2000万元，用于企业研发奖补。
            """);
        Assert.That(text.Targets.Single(t => t.Value == 20000000).Subject, Is.EqualTo("奖补资金"));
    }

    [Test]
    public void Targets_ABracketedCrossReference_IsNeverTheSubject()
    {
        // 门诊慢特病病种由现行的36种增加至52种（见附件1）
        var r = Run("probe33/docs/02_hezhou_healthcare_security_finance_joint_outpatient_chronic_disease_benefit_ranges.txt");
        Assert.That(r.Targets.Single(t => t.Value == 52).Subject, Is.EqualTo("门诊慢特病病种"));

        var text = RunText("""
            某县基本药物工作方案
            2025年3月1日
            全县基本药物品种增加至120种（详见附件2），新建供水站15座。
            """);
        Assert.That(text.Targets.Single(t => t.Value == 120).Subject, Is.EqualTo("全县基本药物品种"));
    }

    [Test]
    public void Targets_ClassesBySizeCadencesAndBracketedWeights_AreNoTargets()
    {
        // 规范千人以上集中式饮用水水源保护区建设; 县疾控中心每季度对千吨万人供水工程开展1次水质抽检.
        var r = Run("probe32/docs/02_huoshan_county_office_2025_rural_water_supply_plan_leader_and_units.txt");
        Assert.That(r.Targets.Where(t => t.Value == 1000), Is.Empty);
        Assert.That(r.Targets.Where(t => t.Unit == "次").Select(t => t.Subject), Is.EqualTo(new[] { "实战演练" }));
        Assert.That(r.Targets.Single(t => t.Value == 14 && t.Unit == "处").Subject, Does.Contain("水源保护区"));
        // 由日常考核（占40%）、季度暗访（占40%）和年度综合评价（占20%）三部分组成
        var rules = Run("probe32/docs/01_xiushui_county_office_rural_waste_assessment_rules_scoring_list.txt");
        Assert.That(rules.Targets.Where(t => t.Value == 40 && t.Unit == "%"), Is.Empty);

        var text = RunText("""
            某县农村供水工作方案
            2025年3月1日
            县卫生健康委每月对千人以上供水工程开展1次水质检测，每年至少开展1次全面评估，全县新建供水站15座。
            """);
        Assert.That(text.Targets.Where(t => t.Value == 1000), Is.Empty);
        Assert.That(text.Targets.Select(t => (t.Value, t.Subject)), Is.EqualTo(new (double?, string?)[] { (1, "全面评估"), (15, "供水站") }));
    }

    [Test]
    public void Targets_AFundUnderAnItemNamedForAnAmountGivenBefore_IsThatAmountAgain()
    {
        // 发放文旅消费券2000万元 … （一）发放文旅消费券。市财政安排资金2000万元
        var r = Run("probe33/docs/03_sanya_tourism_culture_bureau_2025_consumption_season_coupons_three_stages.txt");
        Assert.That(r.Targets.Count(t => t.Value == 20000000), Is.EqualTo(1));

        var text = RunText("""
            某市消费促进活动方案
            2025年3月1日
            一、活动目标
            发放消费券5000万元，带动消费10亿元以上。
            二、主要活动
            （一）发放消费券。市财政安排资金5000万元，分批发放餐饮、住宿消费券。
            （二）举办促消费活动。区财政安排资金300万元，举办促消费活动20场。
            """);
        Assert.That(text.Targets.Single(t => t.Value == 50000000).Subject, Is.EqualTo("消费券"));
        Assert.That(text.Targets.Single(t => t.Value == 3000000).Subject, Is.EqualTo("区财政安排资金"));
    }

    [Test]
    public void Targets_AYearlyFigure_AConnectionTarget_AndAnEventOnceAYear()
    {
        var r = Run("probe37/docs/02_luohe_general_office_digital_economy_smart_manufacturing_plan_lead_markers.txt");
        // 每年诊断企业不少于300家 (every year) and 2025年，…诊断企业300家 (that year) are two targets.
        var diagnosed = r.Targets.Where(t => t.Value == 300 && t.Unit == "家").ToList();
        Assert.That(diagnosed.Select(t => t.Comparator), Is.EquivalentTo(new[] { "eq", "gte" }));
        Assert.That(diagnosed.Single(t => t.Comparator == "gte").Deadline?.Kind, Is.EqualTo("recurring"));
        // 2026年底前接入规模以上工业企业1200家: 接入 commits to the figure.
        var connected = r.Targets.Single(t => t.Value == 1200);
        Assert.That(connected.Subject, Is.EqualTo("规模以上工业企业"));
        Assert.That(connected.Deadline?.End, Is.EqualTo("2026-12-31"));
        // 每年举办一届…发展大会: once a year is a cadence, no amount to reach.
        Assert.That(r.Targets, Has.None.Matches<TargetOutput>(t => t!.Unit == "届"));
    }

    [Test]
    public void Deadlines_AOneMonthStageWithoutItsYear_EndsWithThatMonthOfTheDocumentsYear()
    {
        // （一）动员部署阶段（2025年4月） … （三）总结提升阶段（10月）。
        var r = Run("probe35/docs/02_dazu_district_safety_committee_office_gas_and_self_built_housing_campaign_stages_town_duty_sentences.txt");
        Assert.That(r.Deadlines.Select(d => d.End), Does.Contain("2025-10-31"));

        var text = RunText("""
            某县开展燃气安全专项整治工作方案
            2025年3月1日
            （一）动员部署阶段（2025年3月）。制定具体实施方案。
            （二）总结提升阶段（11月份）。全面总结整治成效。
            """);
        Assert.That(text.Deadlines.Select(d => d.End), Does.Contain("2025-11-30"));
    }

    [Test]
    public void Deadlines_DatesWithoutTheirYearAfterAYearlyCadence_Recur()
    {
        // 人才补贴资金申请每年集中受理两次，分别于6月30日前、12月31日前提出申请。
        var r = Run("probe35/docs/03_zaozhuang_city_office_talent_introduction_measures_per_person_amounts_conditions.txt");
        Assert.That(r.Deadlines.Select(d => d.End), Has.None.EqualTo("2025-06-30"));

        var text = RunText("""
            某市科技项目管理办法
            2025年3月1日
            第五条　项目申报每年组织两批，分别于4月30日前、9月30日前完成。
            第六条　首批奖励资金于8月31日前拨付。
            """);
        var ends = text.Deadlines.Select(d => d.End).ToList();
        Assert.That(ends, Has.None.EqualTo("2025-04-30"));
        Assert.That(ends, Has.None.EqualTo("2025-09-30"));
        Assert.That(ends, Does.Contain("2025-08-31"));
    }

    [Test]
    public void Title_OfAnInterpretationPage_IsItsHeading_NotTheLinkAtTheFoot()
    {
        var r = Run("probe36/docs/03_ningbo_housing_bureau_interpretation_affordable_rental_housing_plan_no_own_number.txt");
        Assert.That(r.Title, Is.EqualTo("《宁波市加快发展保障性租赁住房实施方案（2025—2027年）》政策解读"));

        var text = RunText("""
            首页 > 政策解读
            《某市促进消费若干措施》政策解读
            发布日期：2025-03-01
            近日，某市人民政府印发了《某市促进消费若干措施》。现就有关内容解读如下。
            相关链接：某市人民政府关于印发某市促进消费若干措施的通知
            """);
        Assert.That(text.Title, Is.EqualTo("《某市促进消费若干措施》政策解读"));

        // A link to the issuing notice at the foot of a page is not its title, even one with 关于.
        var measures = RunText("""
            某市促进消费若干措施
            2025年3月1日
            一、到2026年，全市社会消费品零售总额达到500亿元。
            相关文件：某市人民政府关于印发某市促进消费若干措施的通知
            """);
        Assert.That(measures.Title, Is.EqualTo("某市促进消费若干措施"));
    }

    [Test]
    public void Issuers_AnInterpretationPageWithoutSignature_IsWrittenByItsSource()
    {
        // 发布日期：2025-05-16　　信息来源：宁波市住房和城乡建设局　　解读类型：部门解读
        var r = Run("probe36/docs/03_ningbo_housing_bureau_interpretation_affordable_rental_housing_plan_no_own_number.txt");
        Assert.That(r.Issuers.Select(i => i.Name), Is.EqualTo(new[] { "宁波市住房和城乡建设局" }));
        // A report posted by the office of the government it is the report of: the source is not its author.
        var report = Run("probe14/docs/01_chuzhou_government_work_report_results_then_expected_goals.txt");
        Assert.That(report.Issuers.Select(i => i.Name), Has.None.Contains("办公室"));

        static ExtractionResult Page(string title, string source = "某市商务局") => RunText($"""
            {title}
            发布日期：2025-03-01　　信息来源：{source}　　字号：[大 中 小]
            近日，某市人民政府印发了《某市促进消费若干措施》。到2026年，全市社会消费品零售总额达到500亿元。
            """);
        Assert.That(Page("《某市促进消费若干措施》政策解读").Issuers.Select(i => i.Name), Is.EqualTo(new[] { "某市商务局" }));
        Assert.That(Page("《某市促进消费若干措施》政策解读", "某市人民政府办公室").Issuers.Select(i => i.Name), Is.EqualTo(new[] { "某市人民政府办公室" }));
        Assert.That(Page("某市2025年消费市场运行情况", "某市人民政府办公室").Issuers.Select(i => i.Name), Is.Empty);
    }

    [Test]
    public void Issuers_ADepartmentsPageWithoutSignature_IsWrittenByItsSource()
    {
        // 发布时间：2025-04-22 10:15:36　　来源：佛山市发展和改革局: a draft for comment posted by the department that wrote it.
        var r = Run("probe42/docs/04_foshan_drc_low_altitude_economy_measures_draft_for_comment_drafting_note_no_number.txt");
        Assert.That(r.Issuers.Select(i => i.Name), Is.EqualTo(new[] { "佛山市发展和改革局" }));
        Assert.That(r.Issuers.Single().Source, Is.EqualTo("source-line"));
    }

    [Test]
    public void Deadlines_AnAutumnAndWinterSeasonAcrossTwoYears_IsNoPeriodToTheEndOfTheSecond()
    {
        // 8.完善应急减排清单。8月底前，完成2025—2026年秋冬季重污染天气应急减排清单修订: the season names the list; the task is
        // due 8月底前, and nothing in the document ends 2026-12-31.
        var r = Run("probe34/docs/01_yaodu_district_office_2025_air_pollution_campaign_plan_lead_and_coop_on_one_line.txt");
        Assert.That(r.Deadlines, Has.None.Matches<DeadlineOutput>(d => d!.End == "2026-12-31"));
        Assert.That(r.Responsibilities.Single(a => a.Task.StartsWith("完善应急减排清单", StringComparison.Ordinal)).Deadline?.End,
            Is.EqualTo("2025-08-31"));
    }

    [Test]
    public void Targets_AClauseOfHowMuchAfterTheWorkItSetsGoing_IsAboutThatWork()
    {
        // 推进既有住宅加装电梯，完成400部以上: the figure measures the work the clause before names.
        var r = Run("probe36/docs/02_xiamen_general_office_2025_old_community_renovation_plan_annex_task_list_cell_per_line.txt");
        Assert.That(r.Targets.Where(t => t.Value == 400 && t.Unit == "部").Select(t => t.Subject), Has.Member("推进既有住宅加装电梯"));
        Assert.That(r.Targets, Has.None.Matches<TargetOutput>(t => t!.Subject == "完成"));
        // Without such a clause the verb stays the subject's only word (按照要求 sets nothing going).
        var text = RunText("""
            某县2025年农村公路工作要点
            2025年3月1日
            一、按照要求，完成30公里。
            """);
        Assert.That(text.Targets.Single().Subject, Is.EqualTo("完成"));
    }

    [Test]
    public void Targets_ReemploymentOfTheUnemployed_IsAnEmploymentTarget()
    {
        // 2025年，全市城镇新增就业2.4万人以上，城镇失业人员再就业6500人，就业困难人员实现就业1800人.
        var r = Run("probe38/docs/02_jincheng_hrss_finance_joint_2025_employment_promotion_notice_per_person_subsidies.txt");
        var reemployed = r.Targets.Single(t => t.Value == 6500);
        Assert.That(reemployed.Unit, Is.EqualTo("人"));
        Assert.That(reemployed.Subject, Does.Contain("失业人员"));
        Assert.That(reemployed.Deadline?.End, Is.EqualTo("2025-12-31"));
    }

    [Test]
    public void Targets_AListOfMeasuresAfterATarget_EachContinuesTheOneBefore()
    {
        // 改造城镇老旧小区86个，涉及居民2.1万户、建筑面积158万平方米: the 、 list names two more measures of the work.
        var r = Run("probe38/docs/01_liaoyang_city_office_2025_urban_renewal_old_community_annual_plan_tab_project_table.txt");
        var area = r.Targets.Single(t => t.Value == 1580000);
        Assert.That(area.Unit, Is.EqualTo("平方米"));
        Assert.That(area.Subject, Is.EqualTo("建筑面积"));
        Assert.That(r.Targets.Select(t => t.Value), Does.Contain(21000));
        // A figure listed after one that is not a target is not one either.
        var text = RunText("""
            某县2025年老旧小区改造工作要点
            2025年3月1日
            一、2024年，全县共有老旧小区40个，涉及居民1.2万户、建筑面积80万平方米。
            """);
        Assert.That(text.Targets, Is.Empty);
    }

    [Test]
    public void Targets_ThePartsOfASentenceThatOpensOnWhereof_AreTargetsLikeTheirWhole()
    {
        // …共安排市重点项目326个…。其中：续建项目178个，年度计划投资302亿元；新开工项目148个…: the parts after 其中.
        var r = Run("probe40/docs/01_tongling_drc_2025_key_project_investment_plan_xxgk_html_category_rows_lead_coop_columns.html");
        Assert.That(r.Targets.Where(t => t.Value == 178 && t.Unit == "个").Select(t => t.Subject), Has.Member("续建项目"));
        // Parts of a whole that is not a target (a count of what there is) are not targets either.
        var text = RunText("""
            某县2025年工业发展工作要点
            2025年3月1日
            一、全县现有工业企业300家。其中：规上企业100家，小微企业200家。
            """);
        Assert.That(text.Targets, Is.Empty);
    }

    [Test]
    public void Targets_RatesJoinedBeforeAllReach_EachReachesTheLevel()
    {
        // 中小学生视力筛查覆盖率和屈光发育档案建档率均达到100%: two rates, one level for each.
        var r = Run("probe39/docs/04_nanchong_education_health_sports_joint_myopia_fitness_plan_2025_2027_annex_five_column_cell_per_line.txt");
        Assert.That(r.Targets.Where(t => t.Value == 100 && t.Unit == "%").Select(t => t.Subject),
            Is.SupersetOf(new[] { "中小学生视力筛查覆盖率", "屈光发育档案建档率" }));
        // One rate of two groups (城乡居民和职工医保参保率) stays one target.
        var text = RunText("""
            某县2025年医疗保障工作要点
            2025年3月1日
            一、全县城乡居民和职工医保参保率均保持在95%以上。
            """);
        Assert.That(text.Targets.Single().Subject, Is.EqualTo("全县城乡居民和职工医保参保率均"));
    }

    [Test]
    public void Targets_ATimePhraseTheClauseOpensOn_IsInTheTextThoughNotTheSubject()
    {
        // 一季度完成拆除整理400亩，上半年累计完成900亩: the period of each step stays in its text; the running total is of
        // what the step before counts.
        var r = Run("probe39/docs/03_beijiao_town_office_2025_village_industrial_park_renovation_plan_time_nodes_quarterly_cumulative.txt");
        var half = r.Targets.Single(t => t.Value == 900);
        Assert.That(half.Text, Is.EqualTo("上半年累计完成900亩"));
        Assert.That(half.Subject, Is.EqualTo("累计拆除整理"));
        Assert.That(r.Targets.Single(t => t.Value == 400).Text, Is.EqualTo("一季度完成拆除整理400亩"));
    }

    [Test]
    public void Targets_ABoundOnTheNounOfAClauseClosedByDe_IsAConditionOfTheSupport()
    {
        // 对楼宇运营方引进年纳税500万元以上企业的，按每家10万元给予招商奖励: the 500万元 says which firms count.
        var r = Run("probe40/docs/04_nanan_district_government_interpretation_building_economy_measures_no_own_number_source_on_own_line.txt");
        Assert.That(r.Targets, Has.None.Matches<TargetOutput>(t => t!.Value == 5000000));
        // A count of such firms to bring in is a target.
        var text = RunText("""
            某区2025年招商引资工作要点
            2025年3月1日
            一、全年引进年纳税500万元以上企业10家。
            """);
        Assert.That(text.Targets.Single().Value, Is.EqualTo(10));
    }

    [Test]
    public void Targets_WorkVerbsOfAPlan_CommitToTheFigureOfWhatTheyActOn()
    {
        // 为餐饮用户安装可燃气体报警装置1500台; 消化批而未供土地4500亩、处置闲置土地1100亩.
        var gas = Run("probe41/docs/01_lichuan_county_office_2025_gas_safety_special_rectification_plan_task_table.docx");
        Assert.That(gas.Targets.Single(t => t.Value == 1500).Subject, Is.EqualTo("可燃气体报警装置"));
        var land = Run("probe41/docs/03_zhoushan_natural_resources_planning_2025_work_points_auto_numbered_quarter_deadlines.docx");
        Assert.That(land.Targets.Single(t => t.Value == 4500).Subject, Is.EqualTo("批而未供土地"));
        Assert.That(land.Targets.Single(t => t.Value == 1100).Subject, Is.EqualTo("闲置土地"));
    }

    [Test]
    public void Targets_ABoundedTimeOfService_IsATarget()
    {
        // 中小学生每天综合体育活动时间不低于2小时; 推行“大课间”活动，时长不少于30分钟.
        var r = Run("probe39/docs/04_nanchong_education_health_sports_joint_myopia_fitness_plan_2025_2027_annex_five_column_cell_per_line.txt");
        var sport = r.Targets.Single(t => t.Value == 2 && t.Unit == "小时");
        Assert.That(sport.Subject, Does.Contain("综合体育活动时间"));
        Assert.That(sport.Comparator, Is.EqualTo("gte"));
        Assert.That(r.Targets.Single(t => t.Value == 30 && t.Unit == "分钟").Subject, Does.Contain("大课间"));
        // A time of the procedure, or a bound on years of service, is no target.
        var text = RunText("""
            某县2025年政务服务工作要点
            2025年3月1日
            一、群众诉求在3个工作日内办结，紧急事项在2小时内报告，申请人须连续工作不少于5年。
            """);
        Assert.That(text.Targets, Is.Empty);
    }

    [Test]
    public void Responsibilities_ALeadWhoseNameCarriesItsOwnBrackets_IsRead()
    {
        // （各县（区）人民政府牵头，…按职责分工负责） / 此项工作由各县（市、区）教育局负责，…配合。: the bracketed level is part
        // of the lead's name, as it is of a supporting unit's.
        var r = RunText("""
            某市2025年工作方案
            2025年3月1日
            （一）加强院前急救网络建设。推进急救站点建设。（各县（区）人民政府牵头，市卫生健康委、市财政局按职责分工负责）
            （二）落实资助政策。对家庭经济困难学生给予资助。此项工作由各县（市、区）教育局负责，县级民政部门、乡村振兴部门配合。
            （三）落实学前资助。对家庭经济困难幼儿给予资助。
            由各县（市、区）教育局负责。
            （四）区农业农村委负责，各镇人民政府具体落实。
            """);
        var first = r.Responsibilities.Single(a => a.Task.StartsWith("加强院前急救", StringComparison.Ordinal));
        Assert.That(first.Lead, Is.EqualTo("各县（区）人民政府"));
        Assert.That(first.Supporting, Is.EqualTo(new[] { "市卫生健康委", "市财政局" }));
        var second = r.Responsibilities.Single(a => a.Task.StartsWith("落实资助政策", StringComparison.Ordinal));
        Assert.That(second.Units, Is.EqualTo(new[] { "各县（市、区）教育局", "县级民政部门", "乡村振兴部门" }));
        Assert.That(r.Responsibilities.Single(a => a.Task.StartsWith("落实学前资助", StringComparison.Ordinal)).Units,
            Is.EqualTo(new[] { "各县（市、区）教育局" }));
        // An item's own label is no bracket of a name: no lead starts with it.
        Assert.That(r.Responsibilities, Has.None.Matches<ResponsibilityOutput>(a => a!.Units.Any(u => u.StartsWith('（') || u.StartsWith('('))));
    }

    [Test]
    public void Responsibilities_ACellHoldingOnlyAPlaceholder_NamesNoUnit()
    {
        // 配合单位 | — (or -, －, /, 无): nothing to name, not a unit; a real name in the same column stays.
        var r = RunText("""
            某县2025年重点工作任务分工方案
            2025年3月1日
            序号	重点任务	牵头单位	配合单位	完成时限
            1	建设产教融合实训基地	县教育局	—	2025年8月
            2	建设体育公园	县体育局	无	2025年10月
            3	建设图书馆	县文旅局	－	2025年10月
            4	建设养老院	县民政局	县财政局	2025年11月
            （五）推进某项工作。（牵头单位：县发改局；配合单位：无）
            """);
        Assert.That(r.Responsibilities, Has.Count.EqualTo(5));
        foreach (var a in r.Responsibilities.Where(a => !a.Task.StartsWith("建设养老院", StringComparison.Ordinal)))
        {
            Assert.That(a.Units, Has.Count.EqualTo(1), a.Task);
            Assert.That(a.Supporting, Is.Empty, a.Task);
        }
        Assert.That(r.Responsibilities.Single(a => a.Task.StartsWith("建设养老院", StringComparison.Ordinal)).Supporting,
            Is.EqualTo(new[] { "县财政局" }));
    }

    [Test]
    public void Deadlines_AHalfOfTheYearAfter对_IsThePeriodDealtWith_NotATimeLimit()
    {
        // 9月底前对上半年不合格食品生产经营者开展“回头看”: 上半年 names whose results are looked at again; the task is due
        // 9月底前. A half standing before its work (上半年完成…) is still a deadline.
        var r = RunText("""
            某市市场监督管理局关于开展2025年食品安全监督检查工作的通知
            2025年3月1日
            （一）深化抽检与检查联动。全年完成抽检5000批次以上，9月底前对上半年不合格食品生产经营者开展“回头看”。（牵头科室：食品安全抽检监测科）
            （二）推动企业落实主体责任。上半年完成企业食品安全总监配备。（牵头科室：食品生产安全监督管理科）
            """);
        Assert.That(r.Responsibilities.Single(a => a.Task.StartsWith("深化抽检", StringComparison.Ordinal)).Deadline?.End, Is.EqualTo("2025-09-30"));
        Assert.That(r.Responsibilities.Single(a => a.Task.StartsWith("推动企业", StringComparison.Ordinal)).Deadline?.End, Is.EqualTo("2025-06-30"));
    }

    [Test]
    public void Responsibilities_ATimeLimitOfTwoDatedSteps_GivesTheTaskNoOneDeadline()
    {
        // （完成时限：5月底前完成排查，10月底前完成治理）: two steps, each a deadline of the document, neither the task's; nor is
        // a date in the task's own text (年底前…达到100%) taken in their place. One date, or one stage, stays the task's.
        var r = RunText("""
            某市自然资源局2025年工作要点
            2025年3月1日
            （一）加强地质灾害防治。完成地质灾害隐患点全面排查。（责任处室：地质勘查管理处；完成时限：5月底前完成排查，10月底前完成治理）
            （二）盘活存量建设用地。年底前闲置土地处置率达到100%。（责任处室：土地利用处；完成时限：上半年完成处置任务的50%，年底前全面完成）
            （三）推进土地综合整治。实施全域土地综合整治项目6个。（责任处室：国土空间生态修复处；完成时限：2025年11月底前）
            （四）开展集中整治。（责任处室：执法监察处；完成时限：2025年4月1日—4月15日）
            """);
        Assert.That(r.Responsibilities.Single(a => a.Task.StartsWith("加强地质灾害", StringComparison.Ordinal)).Deadline, Is.Null);
        Assert.That(r.Responsibilities.Single(a => a.Task.StartsWith("盘活存量", StringComparison.Ordinal)).Deadline, Is.Null);
        Assert.That(r.Deadlines.Select(d => d.End), Is.SupersetOf(new[] { "2025-05-31", "2025-10-31", "2025-06-30", "2025-12-31" }));
        Assert.That(r.Responsibilities.Single(a => a.Task.StartsWith("推进土地", StringComparison.Ordinal)).Deadline?.End, Is.EqualTo("2025-11-30"));
        Assert.That(r.Responsibilities.Single(a => a.Task.StartsWith("开展集中整治", StringComparison.Ordinal)).Deadline, Is.Not.Null);
    }

    [Test]
    public void References_ARegulationCitedByItsOrderNumber_HasThatNumber()
    {
        // 《食品生产经营监督检查管理办法》（国家市场监督管理总局令第49号）: a 部门规章 is cited by its order number, read as the
        // reference's number only in the brackets after its title; the document's own number stays its 发文字号.
        var r = RunText("""
            某市市场监督管理局文件
            某市监发〔2025〕12号
            某市市场监督管理局关于开展食品安全监督检查工作的通知
            各县（市、区）市场监督管理局：
            根据《食品生产经营监督检查管理办法》（国家市场监督管理总局令第49号）和《某省实施办法》（某市监规〔2024〕3号），现就有关事项通知如下。
            依据《政府信息公开条例》（国务院令第711号），做好公开。国务院令第699号另有规定的，从其规定。
            某市市场监督管理局
            2025年3月1日
            """);
        Assert.That(r.DocumentNumber?.Text, Is.EqualTo("某市监发〔2025〕12号"));
        Assert.That(r.References.Select(x => x.DocumentNumber),
            Is.EqualTo(new[] { "国家市场监督管理总局令第49号", "某市监规〔2024〕3号", "国务院令第711号" }));
    }

    [Test]
    public void Targets_InAReport_TheSectionOnTheWorkAhead_Commits()
    {
        // 四、下一步工作要求 … 全年全省完成农村公路投资300亿元以上，新改建农村公路1万公里…: the report's past figures stay out.
        var r = Run("probe42/docs/03_henan_transport_department_2024_rural_roads_situation_bulletin_past_figures_next_step_targets.txt");
        Assert.That(r.Targets.Single(t => t.Value == 30000000000).Comparator, Is.EqualTo("gte"));
        Assert.That(r.Targets.Single(t => t.Value == 10000 && t.Unit == "公里").Text, Does.Contain("新改建农村公路1万公里"));
        Assert.That(r.Targets, Has.None.Matches<TargetOutput>(t => t!.Value is 36250000000 or 11200 or 486));
        // A paragraph that opens on 下一步 does the same; the results before it do not.
        var text = RunText("""
            某县交通运输局关于2024年农村公路建设情况的通报
            2025年2月1日
            2024年，全县新改建农村公路120公里，完成危桥改造8座。
            下一步，全年全县新改建农村公路100公里，实施危桥改造10座。
            """);
        Assert.That(text.Targets.Select(t => t.Value), Is.EquivalentTo(new double?[] { 100, 10 }));
    }

    [Test]
    public void Targets_AParagraphOpeningOnAPastPeriod_ReportsToItsEnd()
    {
        // “十三五”期间，全市累计完成…612亿元，是…的1.6倍。…高速公路通车里程达到826公里…: results, sentence after sentence.
        var r = Run("probe42/docs/01_changde_city_office_14th_fyp_transport_special_plan_excerpt_indicator_table_row_per_line.txt");
        Assert.That(r.Targets, Has.None.Matches<TargetOutput>(t => t!.Value is 826 or 72.5 or 1200000 or 18500000));
        // A deadline ahead in the paragraph ends the past.
        var text = RunText("""
            某县交通运输发展规划
            2021年3月1日
            “十三五”期间，全县新改建农村公路820公里。到2025年，全县新改建农村公路1000公里。
            """);
        Assert.That(text.Targets.Single().Value, Is.EqualTo(1000));
    }

    [Test]
    public void Targets_ALevelSetAnewAndABareCapAfterARaise_AreRead()
    {
        // 最高贷款额度由50万元调整为60万元: the new level, bounded by the 最高 before 由; the old one is a baseline.
        // …最高贷款额度在本通知第一条规定标准基础上上浮30%，最高不超过120万元: the ordinal 第一条 is no neighbour, and the
        // bare cap takes the subject of the clause before.
        var text = RunText("""
            某市住房公积金管理中心关于调整住房公积金贷款政策的通知
            2025年3月1日
            一、单方缴存住房公积金的职工家庭，最高贷款额度由50万元调整为60万元。
            二、经认定的高层次人才首次购买自住住房的，最高贷款额度在本通知第一条规定标准基础上上浮30%，最高不超过120万元。
            三、对新购设备的企业按投资额的10%给予补助，最高不超过50万元。
            """);
        var level = text.Targets.Single(t => t.Value == 600000);
        Assert.That(level.Comparator, Is.EqualTo("lte"));
        Assert.That(level.Subject, Does.Contain("最高贷款额度"));
        Assert.That(text.Targets, Has.None.Matches<TargetOutput>(t => t!.Value == 500000));
        Assert.That(text.Targets.Single(t => t.Value == 30).Unit, Is.EqualTo("%"));
        var cap = text.Targets.Single(t => t.Value == 1200000);
        Assert.That(cap.Comparator, Is.EqualTo("lte"));
        Assert.That(cap.Subject, Does.StartWith("最高贷款额度"));
        // A cap on support stays a parameter of the policy.
        Assert.That(text.Targets, Has.None.Matches<TargetOutput>(t => t!.Value == 500000 || t!.Value == 10));
    }

    [Test]
    public void Targets_APartInABracketOpeningOnWhereof_IsATargetOfItsOwn()
    {
        // 发放各类消费券共计1800万元（其中市级财政资金1200万元，县（区）配套资金600万元）: the total and each part.
        var r = Run("probe43/docs/03_puyang_commerce_bureau_2025_consumption_season_coupons_html_p_span_nbsp_br.html");
        Assert.That(r.Targets.Single(t => t.Value == 18000000).Subject, Does.Contain("消费券"));
        Assert.That(r.Targets.Single(t => t.Value == 12000000).Subject, Is.EqualTo("市级财政资金"));
        Assert.That(r.Targets.Single(t => t.Value == 6000000).Subject, Does.Contain("配套资金"));
    }

    [Test]
    public void Targets_ARaisedLevelWithItsEquivalentInBrackets_IsRead()
    {
        // 农村低保标准由每人每年5760元（每人每月480元）提高到每人每年6120元（每人每月510元）: the new yearly level.
        var text = RunText("""
            某市民政局关于提高城乡低保标准的通知
            2025年3月1日
            一、农村低保标准由每人每年5760元（每人每月480元）提高到每人每年6120元（每人每月510元）。
            二、购买新车的，10万元以下（不含）的每辆补贴2000元。
            """);
        var level = text.Targets.Single(t => t.Value == 6120);
        Assert.That(level.Text, Does.Contain("农村低保标准"));
        // The old level and a band closed by a bracket that restates nothing stay out.
        Assert.That(text.Targets, Has.None.Matches<TargetOutput>(t => t!.Value is 5760 or 480 or 100000));
    }

    [Test]
    public void Deadlines_TheCueYuIsNotTheEndOfGuanYu()
    {
        // 关于2025年春季…的通知 (a title in a navigation link) names no deadline; 于2025年4月底前 does.
        var r = RunText("""
            某县人民政府办公室关于做好春耕工作的通知
            各乡镇：
            各乡镇要于2025年4月底前完成春耕备耕工作。对于2024年已完成的项目，不再重复申报。
            上一篇：某县人民政府关于2025年春季植树造林工作的通知
            """);
        Assert.That(r.Deadlines.Select(d => d.End), Is.EqualTo(new[] { "2025-04-30" }));
    }

    [Test]
    public void Targets_OneWithAnotherMeasureWordInASloganSeries_CountsNothing()
    {
        // 转型一家、带动一批、辐射一片: a slogan, nothing counted.
        var text = RunText("""
            某市制造业数字化转型行动方案
            2025年3月1日
            一、推动企业转型一家、带动一批、辐射一片，全年新增智能工厂两家。
            """);
        Assert.That(text.Targets, Has.None.Matches<TargetOutput>(t => t!.Unit == "片"));
        // A count closing its clause stays.
        Assert.That(text.Targets.Single().Value, Is.EqualTo(2));
    }

    [Test]
    public void Targets_WorksCountedInFu_AreTargets()
    {
        // 征集作品不少于3000幅: 幅 counts pictures and calligraphy as 件 counts other works.
        var r = Run("probe45/docs/01_huangshan_culture_tourism_bureau_2025_autumn_tourism_season_wechat_html_attachment_table.html");
        var works = r.Targets.Single(t => t.Value == 3000);
        Assert.That(works.Unit, Is.EqualTo("幅"));
        Assert.That(works.Comparator, Is.EqualTo("gte"));
    }

    [Test]
    public void Deadlines_ARangeWhoseEndIsADayAlone_EndsInTheStartsMonth()
    {
        // 9月20日至22日 (a day alone after the dash) ends on the 22nd of the start's month, with or without the year.
        var r = Run("probe45/docs/01_huangshan_culture_tourism_bureau_2025_autumn_tourism_season_wechat_html_attachment_table.html");
        var show = r.Deadlines.Single(d => d.Text == "9月20日至22日");
        Assert.That((show.Start, show.End), Is.EqualTo(("2025-09-20", "2025-09-22")));
        var text = RunText("""
            某市文化和旅游局关于举办书画展的通知
            书画展于2025年10月8日至12日在市美术馆举办。
            展期6月至22日另行通知。每月1日至5日报送数据。
            某市文化和旅游局
            2025年8月20日
            """);
        Assert.That(text.Deadlines.Where(d => d.Kind == "period").Select(d => d.End), Is.EqualTo(new[] { "2025-10-12" }));
    }

    [Test]
    public void Targets_TheScaleOfAPlannedEvent_IsATarget()
    {
        // 参赛规模8000人: the planned scale commits to its figure. A scale as a condition (对年产规模1万吨以上的企业给予奖励),
        // as what there is now (现有规模3000人) or in 规模以上 does not.
        var r = Run("probe45/docs/01_huangshan_culture_tourism_bureau_2025_autumn_tourism_season_wechat_html_attachment_table.html");
        Assert.That(r.Targets.Single(t => t.Value == 8000).Unit, Is.EqualTo("人"));
        var text = RunText("""
            某市体育局关于举办全民健身运动会的通知
            各区县：
            一、运动会于2025年10月举办，现有规模3000人的基础上扩大。
            二、对年产规模1万吨以上的企业给予奖励。
            三、全市规模以上工业企业达到1200家。
            某市体育局
            2025年8月20日
            """);
        Assert.That(text.Targets.Select(t => (t.Subject, t.Value)), Is.EqualTo(new[] { ("全市规模以上工业企业", 1200.0) }));
    }

    [Test]
    public void Deadlines_TheYearAfterAYearAndACommaIsThatYear()
    {
        var r = RunText("""
            关于印发碳达峰实施方案的通知
            到2030年，当年新增新能源、清洁能源动力的交通工具比例达到40%左右。
            2023年6月12日
            """);
        Assert.That(r.Deadlines.Select(d => d.End), Does.Contain("2030-12-31").And.Not.Contain("2023-12-31"));
        var plain = RunText("""
            关于做好就业工作的通知
            当年完成城镇新增就业1万人。
            2023年6月12日
            """);
        Assert.That(plain.Deadlines.Select(d => d.End), Does.Contain("2023-12-31"));
    }

    [Test]
    public void Responsibilities_YearlessDeadlineCellsOfATable_TakeTheDocumentsYear()
    {
        // A task table's 完成时限 cell 6月10日前 or 7月—8月 in a notice dated 2025 is in 2025, as in the text.
        var r = Run("probe47/docs/04_changzhi_education_water_police_emergency_joint_2025_drowning_prevention_notice_tab_table_number_first_body.txt");
        Assert.That(r.Responsibilities.Single(x => x.Task.StartsWith("危险水域排查")).Deadline?.End, Is.EqualTo("2025-06-10"));
        Assert.That(r.Responsibilities.Single(x => x.Task.StartsWith("重点水域巡逻管控")).Deadline?.End, Is.EqualTo("2025-08-31"));
        // A cell that is no date stays without one (长期), and a month-led cell needs a dated document.
        Assert.That(r.Responsibilities.Single(x => x.Task.StartsWith("巡河护学志愿服务")).Deadline?.End, Is.Null);
    }

    [Test]
    public void DocumentNumber_PrintedBetweenTheTitleAndTheBodyOfAWebPage()
    {
        var r = Run("probe3/docs/01_yinchuan_health_plan_table.html");
        Assert.That(r.DocumentNumber?.Text, Is.EqualTo("银政办发〔2021〕118号"));
    }

    [Test]
    public void Responsibilities_LabelLinesUnderATask_MakeOneAssignment()
    {
        var r = Run("probe3/docs/03_nanchang_water_notice_leadlines.txt");
        var first = r.Responsibilities.First(x => x.Task.Contains("实施排水管网改造工程"));
        Assert.That(first.Lead, Is.EqualTo("市城管执法局"));
        Assert.That(first.Units[0], Is.EqualTo("市城管执法局"));
        Assert.That(first.Deadline?.End, Is.EqualTo("2024-12-31"));
        Assert.That(r.Responsibilities.Select(x => x.Task), Has.None.StartsWith("牵头单位"));
    }

    [Test]
    public void Responsibilities_RoleLabelsInsideOneTableCell()
    {
        var r = Run("probe4/docs/03_linli_housing_joint_tasktable.docx");
        var withLabels = r.Responsibilities.Where(x => x.Units.Count > 1).ToList();
        Assert.That(withLabels, Is.Not.Empty);
        Assert.That(withLabels.SelectMany(x => x.Units), Has.None.Contains("：").And.None.Contains(":"));
        Assert.That(withLabels.All(x => x.Lead is not null && x.Units[0] == x.Lead), Is.True);
    }

    [Test]
    public void Responsibilities_LabelsInsideTheItemParagraph_WithTheirDeadline()
    {
        var r = Run("probe4/docs/05_nanxiong_culture_tourism_plainlabels.txt");
        Assert.That(r.Responsibilities, Is.Not.Empty);
        Assert.That(r.Responsibilities.SelectMany(x => x.Units), Has.None.StartsWith("责任单位"));
        Assert.That(r.Responsibilities.Any(x => x.Deadline?.End is not null), Is.True);
        // Page navigation names other documents: not citations.
        Assert.That(r.References.Select(x => x.DocumentNumber), Has.None.Contains("雄文广旅〔2024〕41号"));
    }

    [Test]
    public void DocumentNumber_InABracketedDisclosurePair_IsTheOwnNumber_NotACitation()
    {
        // [ 索引号 ] … [ 发文字号 ] 綦江府办发〔2023〕58号: the only place the number is printed.
        var r = Run("probe5/docs/02_qijiang_district_plan_phases.txt");
        Assert.That(r.DocumentNumber?.Text, Is.EqualTo("綦江府办发〔2023〕58号"));
        Assert.That(r.References.Select(x => x.DocumentNumber), Is.EqualTo(new[] { "渝府办发〔2020〕134号" }));
    }

    [Test]
    public void Title_ThatReadsCompleteBeforeItsLastLine_TakesThePeriodAndTheKindLine()
    {
        // 呼和浩特市人民政府办公室 / 关于印发…三年行动计划 / （2021—2023年）的通知
        var r = Run("probe5/docs/06_hohhot_three_year_plan_task_table.txt");
        Assert.That(r.Title, Is.EqualTo("呼和浩特市人民政府办公室关于印发呼和浩特市奶业振兴三年行动计划（2021—2023年）的通知"));
    }

    [Test]
    public void Targets_LivestockHeadsAndQualifiersClosedByDe()
    {
        var r = Run("probe5/docs/06_hohhot_three_year_plan_task_table.txt");
        Assert.That(r.Targets.Where(t => t.Unit == "头").Select(t => t.Value), Is.EquivalentTo(new double?[] { 400000, 350000 }));
        // 培育3—5家产值超10亿元的地方乳品加工企业: the range is the target, the output only says which firms.
        Assert.That(r.Targets.Any(t => t.Min == 3 && t.Max == 5 && t.Unit == "家"), Is.True);
        Assert.That(r.Targets.Select(t => t.Value), Has.None.EqualTo(1000000000));
    }

    [Test]
    public void Targets_SecondMeasureWordInBrackets_KeepsSubjectAndComparator()
    {
        var r = Run("probe5/docs/03_fuzhou_forward_notice.txt");
        var started = r.Targets.Single(t => t.Value == 25000);
        Assert.That(started.Unit, Is.EqualTo("套"));
        Assert.That(started.Subject, Does.Contain("开工建设"));
        Assert.That(r.Targets.Single(t => t.Value == 250000).Comparator, Is.EqualTo("gte"));
    }

    [Test]
    public void Targets_ThresholdWithSupportInTheNextClause_AndWordsWithCong()
    {
        // 对固定资产投资额超过1亿元的…项目，按照…给予补贴: who qualifies, not a target.
        var measures = Run("probe5/docs/07_minhang_measures_meta_date_only.html");
        Assert.That(measures.Targets.Select(t => t.Value), Has.None.EqualTo(100000000));
        // 从业人员 is not "from 业人员": the trained count stays a target.
        var opinion = Run("probe5/docs/01_heilongjiang_office_opinion_xxgk.txt");
        Assert.That(opinion.Targets.Any(t => t.Value == 20000 && t.Unit == "人次" && t.Subject!.Contains("从业人员")), Is.True);
    }

    [Test]
    public void Responsibilities_WrittenAsTheLastSentenceOfTheTask_WithoutBrackets()
    {
        var r = Run("probe5/docs/08_ninghe_plan_no_number.txt");
        var sewage = r.Responsibilities.Single(x => x.Task.Contains("加快推进农村生活污水治理"));
        Assert.That(sewage.Units, Is.EqualTo(new[] { "区水务局", "区生态环境局", "各镇人民政府" }));
        Assert.That(sewage.Lead, Is.EqualTo("区水务局"));
        Assert.That(sewage.Deadline?.End, Is.EqualTo("2022-09-30"));
        Assert.That(r.Responsibilities.Single(x => x.Task.Contains("生活垃圾治理")).Deadline?.Kind, Is.EqualTo("ongoing"));
        Assert.That(r.Responsibilities.Single(x => x.Task.Contains("整治提升村容村貌")).Units, Has.Count.EqualTo(3));
        Assert.That(r.Responsibilities, Has.Count.EqualTo(4));
    }

    [Test]
    public void Responsibilities_SupportingUnitWithABracketedLevel_AfterALead()
    {
        // （市住建局牵头，市发改委、市自然资源和规划局、各县（市）区人民政府配合）
        var r = Run("probe5/docs/03_fuzhou_forward_notice.txt");
        var projects = r.Responsibilities.Single(x => x.Task.Contains("加快项目落地"));
        Assert.That(projects.Units[^1], Is.EqualTo("各县（市）区人民政府"));
        Assert.That(projects.Lead, Is.EqualTo("市住建局"));
    }

    [Test]
    public void Deadlines_StagesOfAWorkPlan_RunFromTheirStartToTheirLastDay()
    {
        var r = Run("probe5/repro/stages_and_validity.txt");
        var periods = r.Deadlines.Where(d => d.Kind == "period").Select(d => (d.Start, d.End)).ToList();
        Assert.That(periods, Is.EqualTo(new[]
        {
            ("2023-11-01", "2023-12-10"),   // 2023年11月中旬—12月上旬
            ("2023-12-11", "2024-03-31"),   // 2023年12月11日—2024年3月底: the end's year printed again
            ("2024-04-01", "2024-06-30"),   // 2024年4月至6月
        }));
    }

    [Test]
    public void Deadlines_ValidityEnd_IsADeadline_AndACountBeforeNianJunIsNotNextYear()
    {
        var r = Run("probe5/repro/stages_and_validity.txt");
        Assert.That(r.Deadlines.Select(d => d.End), Does.Contain("2026-10-31"));
        // 游客接待人次年均增长8%: no 次年 (2024) in the document.
        Assert.That(r.Deadlines.Select(d => d.Text), Has.None.EqualTo("次年"));
        var opinion = Run("probe5/docs/01_heilongjiang_office_opinion_xxgk.txt");
        Assert.That(opinion.Deadlines.Select(d => d.End), Does.Contain("2028-04-30").And.No.EqualTo("2024-12-31"));
    }

    [Test]
    public void Targets_EnergyUnits_PairsJoinedByASlash_PricesPerUnit_AndAmountsThatSizeANoun()
    {
        var r = Run("probe5/docs/09_xining_pv_storage_opinion.txt");
        var storage = r.Targets.Where(t => t.Subject!.Contains("新型储能")).ToList();
        Assert.That(storage.Select(t => (t.Value, t.Unit, t.Comparator)), Is.EquivalentTo(new[]
        {
            ((double?)600000, "千瓦", "gte"), ((double?)1200000, "千瓦时", "gte"),
        }));
        Assert.That(r.Targets.Single(t => t.Unit == "吉瓦").Value, Is.EqualTo(50));
        Assert.That(r.Targets.Single(t => t.Unit == "吨标准煤").Comparator, Is.EqualTo("lte"));
        // 到户电价不高于0.3元/千瓦时 is a price, not a target.
        Assert.That(r.Targets.Select(t => t.Value), Has.None.EqualTo(0.3));
        Assert.That(r.Targets.Single(t => t.Value == 2000000000).Subject, Does.Contain("产业发展基金"));
    }

    [Test]
    public void Responsibilities_LuoShiSupports_AndATimeAfterAnInChargeList()
    {
        var r = Run("probe5/docs/09_xining_pv_storage_opinion.txt");
        var chain = r.Responsibilities.Single(x => x.Task.Contains("壮大光伏全产业链"));
        Assert.That(chain.Lead, Is.EqualTo("市发展改革委"));
        Assert.That(chain.Units, Has.Count.EqualTo(5));
        var land = r.Responsibilities.Single(x => x.Task.Contains("强化要素保障"));
        Assert.That(land.Units[0], Is.EqualTo("国网西宁供电公司"));
        Assert.That(land.Deadline?.Kind, Is.EqualTo("ongoing"));
    }

    [Test]
    public void Responsibilities_UnitsRightAfterTheItemHeading_TakeTheDeadlineOfTheBody()
    {
        // 1.开展集中宣传发动（责任单位：县委宣传部）。…，9月20日前完成。
        var r = Run("probe5/docs/10_xiangyin_party_gov_joint_office.html");
        Assert.That(r.Responsibilities.Single(x => x.Task.Contains("开展集中宣传发动")).Deadline?.End, Is.EqualTo("2022-09-20"));
        Assert.That(r.Responsibilities.Single(x => x.Task.Contains("整治县城市容环境")).Deadline?.End, Is.EqualTo("2022-10-31"));
        Assert.That(r.Responsibilities.Single(x => x.Task.Contains("整治农村人居环境")).Deadline, Is.Null);
    }

    [TestCase("probe/docs/08_pucheng_rural_env.txt", 30, "市级示范村")]
    [TestCase("probe2/docs/05_jinhua_manufacturing.docx", 10, "百亿级特色产业集群")]
    [TestCase("probe4/docs/03_linli_housing_joint_tasktable.docx", 3800, "惠及居民")]
    public void Targets_AfterACoordinatedQuantity_TheSubjectStartsPastTheConnector(string document, double value, string subject)
    {
        // 创建省级美丽宜居示范村15个、市级示范村不少于30个: the second subject is not 省级…15个、市级示范村.
        var r = Run(document);
        Assert.That(r.Targets.Where(t => t.Value == value).Select(t => t.Subject), Does.Contain(subject));
    }

    [Test]
    public void IssueDate_FromABracketedDisclosurePair_WhenTheSignatureHasNoDate()
    {
        // [ 成文日期 ] 2023-02-14　　[ 发布日期 ] 2023-02-20, and a signature without a date.
        var r = Run("probe5/repro/bracketed_pairs_no_signed_date.txt");
        Assert.That(r.IssueDate, Is.EqualTo("2023-02-14"));
        Assert.That(r.DocumentNumber?.Text, Is.EqualTo("某府发〔2023〕3号"));
    }

    [Test]
    public void Deadlines_PlanStepsOneYearALine_DateTheTargetsOfTheirLine()
    {
        // 　　2024年：新增5G基站120个，行政村5G网络覆盖率达到80%。
        var r = Run("probe5/repro/plan_steps_by_year.txt");
        Assert.That(r.Deadlines.Where(d => d.Kind == "by").Select(d => d.Text), Is.SupersetOf(new[] { "2023年：", "2024年：", "2025年：" }));
        Assert.That(r.Targets.Single(t => t.Value == 120).Deadline?.End, Is.EqualTo("2024-12-31"));
        Assert.That(r.Targets.Single(t => t.Value == 800000000).Deadline?.End, Is.EqualTo("2025-12-31"));
    }

    [Test]
    public void Targets_AnAgeReached_ARangeInChineseNumerals_AndRatesLoweredTo()
    {
        var r = Run("probe5/repro/health_indicators_prose.txt");
        // 人均预期寿命达到79岁 is a target; 3岁以下婴幼儿 only says which children.
        Assert.That(r.Targets.Where(t => t.Unit == "岁").Select(t => t.Value), Is.EqualTo(new double?[] { 79 }));
        var centres = r.Targets.Single(t => t.Subject == "区域医疗中心");
        Assert.That((centres.Min, centres.Max, centres.Comparator), Is.EqualTo(((double?)3, (double?)5, "range")));
        Assert.That(r.Targets.Single(t => t.Unit == "‰").Subject, Is.EqualTo("婴儿死亡率"));
    }

    [Test]
    public void Title_OnlyInThePageHead_IsTakenBeforeTheColumnAndSiteNames()
    {
        // <title>关于印发…的通知_县政府办文件_某某县人民政府网</title>, and the body never prints it.
        var r = Run("probe5/repro/title_only_in_page_title.html");
        Assert.That(r.Title, Is.EqualTo("关于印发某某县2023年农村供水保障工作方案的通知"));
        Assert.That(r.IssueDate, Is.EqualTo("2023-04-07"));
    }

    [Test]
    public void Responsibilities_SectionsOfAnEducationBureau_AreUnitsEachByItself()
    {
        // 教育督导室、教研室 are two sections: 室 of a supervision or research office ends a unit as 科 does.
        var r = Run("probe47/docs/02_liaoyuan_education_bureau_2025_compulsory_education_work_points_section_and_time_limit_brackets.txt");
        Assert.That(r.Responsibilities.Single(x => x.Task.StartsWith("开展义务教育质量监测")).Units, Is.EqualTo(new[] { "教育督导室", "教研部" }));
        var text = RunText("""
            某市教育局关于印发2025年教育工作要点的通知
            一、开展教学视导。（责任科室：教研室、纪检监察室；完成时限：2025年10月底前）
            某市教育局
            2025年3月1日
            """);
        Assert.That(text.Responsibilities.Single().Units, Is.EqualTo(new[] { "教研室", "纪检监察室" }));
    }

    [Test]
    public void Targets_ABoundAfterAVerbThatRemoves_NamesWhatIsRemovedBySize()
    {
        // 消除56人以上大班额: 56人 is the size of the classes removed, not a count; 淘汰燃煤锅炉120台 counts what is removed.
        var r = RunText("""
            某县人民政府办公室关于印发2025年民生实事工作方案的通知
            一、全面消除56人以上大班额，新建中小学校3所。
            二、淘汰35蒸吨以下燃煤锅炉，淘汰老旧燃煤锅炉120台。
            某县人民政府办公室
            2025年3月1日
            """);
        Assert.That(r.Targets.Select(t => (t.Value, t.Unit)), Is.EqualTo(new[] { (3.0, "所"), (120.0, "台") }));
    }

    [Test]
    public void Targets_GrowthAndTotalInvestmentOfAPlannedWork_AreTargets()
    {
        // 发展高效节水灌溉3.5万亩 and 项目总投资1.56亿元 in a plan commit to their figures; a body named 发展局 commits to nothing.
        var r = Run("probe47/docs/03_minqin_county_government_office_2025_high_standard_farmland_plan_html_project_table.html");
        Assert.That(r.Targets.Single(t => t.Value == 35000 && t.Unit == "亩").Subject, Does.Contain("高效节水灌溉"));
        Assert.That(r.Targets.Single(t => t.Value == 156000000).Subject, Does.Contain("总投资"));
        var text = RunText("""
            某市人民政府关于表彰先进集体的决定
            决定授予市海洋发展局等20个单位“先进集体”称号。
            某市人民政府
            2025年3月1日
            """);
        Assert.That(text.Targets, Is.Empty);
    }

    [Test]
    public void Targets_ADurationInWholeYearsOrQuarters_IsNoCount()
    {
        // 投产后3个完整会计年度内 is how long an award runs; 2个季度 too.
        var r = Run("probe47/docs/01_baoshan_government_office_investment_attraction_award_measures_articles_gbk_html.html");
        Assert.That(r.Targets.Where(t => t.Value == 3 && t.Unit == "个"), Is.Empty);
        var text = RunText("""
            某市人民政府关于做好稳就业工作的通知
            连续2个季度开展招聘活动，新增就业岗位500个。
            某市人民政府
            2025年3月1日
            """);
        Assert.That(text.Targets.Select(t => t.Value), Is.EqualTo(new[] { 500.0 }));
    }

    [Test]
    public void Targets_ACapOnEachOneAfterTheSupport_IsAParameter()
    {
        // …按50%的比例给予企业发展奖励，每个项目每年最高不超过500万元: the cap bounds the award, as 给予最高30万元奖励 does.
        var r = Run("probe47/docs/01_baoshan_government_office_investment_attraction_award_measures_articles_gbk_html.html");
        Assert.That(r.Targets.Where(t => t.Value is 5000000 or 1000000 && t.Comparator == "lte"), Is.Empty);
        var text = RunText("""
            某市人民政府关于促进消费的若干措施
            一、市财政安排专项资金3000万元，对新开业的商场给予一次性奖励，单个商场最高不超过50万元。
            某市人民政府
            2025年3月1日
            """);
        Assert.That(text.Targets.Select(t => t.Value), Is.EqualTo(new[] { 30000000.0 }));
    }

    [Test]
    public void Deadlines_TheDateAForecastOpensOn_IsNoDeadline()
    {
        // 据气象部门预报，6月18日至22日，…将出现强降雨: when the rain comes; 6月20日前完成排查 is due.
        var r = RunText("""
            某县人民政府关于做好强降雨防范应对工作的紧急通知
            据气象部门预报，6月18日至6月22日，我县将出现入汛以来最强降雨过程。
            各乡镇要于6月20日前完成隐患排查。
            某县人民政府
            2024年6月17日
            """);
        Assert.That(r.Deadlines.Select(d => d.End), Is.EqualTo(new[] { "2024-06-20" }));
    }

    [Test]
    public void Targets_AYearsStepAfterTo_TakesTheMeasureOfTheStepBefore()
    {
        // …，到2025年，全市新能源装机容量达到600万千瓦以上；到2030年，达到1000万千瓦以上: the second step is of the same measure.
        var r = Run("probe46/docs/01_yinchuan_city_government_2023_carbon_peak_implementation_plan_pdf_text_hard_wraps.txt");
        Assert.That(r.Targets.Single(t => t.Value == 10000000 && t.Unit == "千瓦").Subject, Does.Contain("新能源装机容量"));
        // In another unit the step names its own measure.
        var text = RunText("""
            某市人民政府关于印发碳达峰实施方案的通知
            加快推进光伏建设，到2025年，全市光伏装机容量达到600万千瓦以上；到2030年，建成充电桩5000个。
            某市人民政府
            2023年6月1日
            """);
        Assert.That(text.Targets.Single(t => t.Value == 5000).Subject, Is.EqualTo("充电桩"));
    }

    [Test]
    public void Targets_ARowNumberBeforeATaskStartingLikeAUnit_IsNoQuantity()
    {
        // 21<TAB>支持建设2个…: the tab parts the row number from the task; 21支 is no quantity, and the task's figure is read.
        var r = RunText("""
            某市人民政府办公室关于印发职业教育重点任务分工方案的通知
            序号	重点任务	责任单位
            21	支持建设2个示范性职教集团	市教育局
            22	项目建设30个	市发展改革委
            某市人民政府办公室
            2025年3月1日
            """);
        Assert.That(r.Targets.Select(t => (t.Value, t.Unit)), Is.EqualTo(new[] { (2.0, "个"), (30.0, "个") }));
    }

    [Test]
    public void Targets_AnIndicatorTableWithTwoTargetYears_GivesEachYearsColumn_NotTheBase()
    {
        // 指标 | 单位 | 2024年基期值 | 2025年目标值 | 2027年目标值 in a Word table whose 类别 column is merged (w:vMerge).
        var r = Run("probe48/docs/01_ezhou_city_office_2025_airport_logistics_hub_three_year_action_plan_docx_indicator_table_vmerge.docx");
        var freight = r.Targets.Where(t => t.Subject == "多式联运货运量").ToList();
        Assert.That(freight.Select(t => t.Value), Is.EquivalentTo(new double?[] { 10000000, 15000000 }));
        Assert.That(freight.Single(t => t.Value == 10000000).Deadline?.End, Is.EqualTo("2025-12-31"));
        Assert.That(r.Targets.Where(t => t.Subject == "物流业增加值占地区生产总值比重").Select(t => t.Value), Is.EquivalentTo(new double?[] { 8.8, 10 }));
        // The 2024年基期值 cells (850万吨, 8.2%) are the base.
        Assert.That(r.Targets.Select(t => t.Value), Has.None.EqualTo(8500000).And.None.EqualTo(8.2));
        var text = RunText("""
            关于印发行动计划的通知
            指标	单位	2024年现状值	2025年	2026年
            新增城镇就业	万人	3.1	3.3	3.5
            2025年3月1日
            """);
        Assert.That(text.Targets.Select(t => t.Value), Is.EquivalentTo(new double?[] { 33000, 35000 }));
    }

    [Test]
    public void Targets_ResultColumnsOfATableByPlace_AreNoTargets()
    {
        // 乡镇 | 年度目标（个） | 已完成（个） | 完成率 in a 督查通报: only the year's goal of each town is a figure to reach.
        var r = Run("probe48/docs/03_yuechi_county_supervision_office_2025_rural_sewage_campaign_progress_bulletin_reached_figures_next_steps.txt");
        Assert.That(r.Targets.Where(t => t.Subject == "年度目标").Select(t => t.Value), Is.EqualTo(new double?[] { 9, 8, 10, 7, 9, 6 }));
        Assert.That(r.Targets.Select(t => t.Subject), Has.None.EqualTo("已完成").And.None.EqualTo("完成率"));
        Assert.That(r.Targets.Select(t => t.Value), Has.None.EqualTo(66.7));
        var text = RunText("""
            某某县人民政府督查室关于改厕工作进展情况的通报
            现将进展情况通报如下。

            乡镇	计划数（户）	累计完成（户）	完成数（户）
            东关镇	100	80	80
            西关镇	90	70	70

            2025年7月7日
            """);
        Assert.That(text.Targets.Select(t => t.Value), Is.EqualTo(new double?[] { 100, 90 }));
    }

    [Test]
    public void Targets_AMarkerOfResultsThatOnlyQualifiesARate_DoesNotMakeItAResult()
    {
        var r = RunText("""
            关于做好设施运行管护工作的通知
            各乡镇要加强设施运维。已建成设施正常运行率达到90%以上。
            截至目前，已建成污水处理设施58座。
            2025年7月7日
            """);
        Assert.That(r.Targets.Select(t => (t.Subject, t.Value)), Is.EqualTo(new[] { ("已建成设施正常运行率", (double?)90) }));
    }

    [Test]
    public void Targets_WhatAnApplicantMustBe_IsNoTarget_NorACapPerBeneficiary()
    {
        var r = RunText("""
            关于印发专项资金管理办法的通知
            第二条　省级财政每年安排专项资金不少于5亿元。
            第九条　对中小企业购买云服务，按合同金额的30%给予补助，每户企业最高不超过50万元。
            第十四条　申报单位应当在省内注册，财务管理制度健全，上一年度营业收入不低于2000万元。
            2025年4月22日
            """);
        Assert.That(r.Targets.Select(t => t.Value), Does.Contain(500000000).And.Not.Contain(20000000));
        // The cap after the support (…给予补助，每户企业最高不超过50万元) bounds the support: a parameter, no target.
        Assert.That(r.Targets.Select(t => t.Value), Has.None.EqualTo(500000));
    }

    [Test]
    public void Responsibilities_PersonColumnsOfATaskTable_AreNoUnits_AndVillagesAreUnits()
    {
        // 序号 | 工作任务 | 牵头领导 | 责任人 | 责任单位 | 完成时限: the 牵头领导 (党委委员、副镇长 李卫东) and 责任人 are persons.
        var r = Run("probe48/docs/04_gaolu_town_government_2025_rural_living_environment_plan_chinese_numeral_stages_leader_table_tabs.txt");
        Assert.That(r.Responsibilities.Single(x => x.Task == "问题户厕整改").Units, Is.EqualTo(new[] { "镇农业农村综合服务中心", "各村（社区）" }));
        Assert.That(r.Responsibilities.SelectMany(x => x.Units), Has.None.Contains("副镇长").And.None.EqualTo("王海峰"));
        Assert.That(r.Responsibilities.Single(x => x.Task == "生活污水治理项目建设").Units, Is.EqualTo(new[] { "镇城乡建设管理办公室", "高炉村", "丁庄村" }));
    }

    [Test]
    public void Deadlines_DatesInChineseNumeralsInTheBody_AreRead()
    {
        var r = Run("probe48/docs/04_gaolu_town_government_2025_rural_living_environment_plan_chinese_numeral_stages_leader_table_tabs.txt");
        var ends = r.Deadlines.Select(d => d.End).ToList();
        // 于二〇二五年三月二十日前, 动员部署阶段（二〇二五年三月）, 巩固提升阶段（二〇二五年十月至十一月）.
        Assert.That(ends, Is.SupersetOf(new[] { "2025-03-20", "2025-03-31", "2025-11-30" }));
        var stage = r.Deadlines.Single(d => d.End == "2025-11-30");
        Assert.That((stage.Start, stage.Evidence?.Text), Is.EqualTo(("2025-10-01", "二〇二五年十月至十一月")));
        // The signature date 二〇二五年三月五日 is no deadline.
        Assert.That(ends, Has.None.EqualTo("2025-03-05"));
        var text = RunText("""
            关于开展专项整治的通知
            各村要于二〇二五年六月底前完成排查整改。
            二〇二五年三月五日
            """);
        Assert.That(text.Deadlines.Select(d => d.End), Is.EqualTo(new[] { "2025-06-30" }));
    }

    [Test]
    public void Targets_TwoVerbsJoinedOrABracketedAlternative_LeaveWhatTheyActOn()
    {
        // 新开通、优化城乡客运线路6条 / 新建、改建渡改桥2座 / 新建（改扩建）社区多功能运动场15个: the subject is what is built.
        var r = RunText("""
            某县交通运输局关于印发2025年工作方案的通知
            一、新建、改建渡改桥2座。
            二、新建（改扩建）社区多功能运动场15个。
            三、新开通、优化城乡客运线路6条。
            某县交通运输局
            2025年3月1日
            """);
        Assert.That(r.Targets.Select(t => t.Subject), Is.EqualTo(new[] { "渡改桥", "社区多功能运动场", "优化城乡客运线路" }));
    }

    [Test]
    public void Targets_ASupportStandardInAClauseOpeningOnDui_IsAParameter()
    {
        // …每年新增入库企业50家以上，对新认定的国家级、省级智能工厂分别给予200万元、100万元奖励: the goal stays, the awards are
        // standards of the policy, wherever in the sentence the 对…的 clause stands.
        var r = RunText("""
            某市工业和信息化局关于印发制造业数字化转型行动方案的通知
            5.构建梯度培育体系。每年新增入库企业50家以上，对新认定的国家级、省级智能工厂分别给予200万元、100万元奖励。市财政安排专项资金5000万元。
            某市工业和信息化局
            2025年3月1日
            """);
        Assert.That(r.Targets.Select(t => t.Value), Is.EqualTo(new[] { 50.0, 50000000.0 }));
    }

    [Test]
    public void Targets_ASpanOfMonths_IsATimeNotACount()
    {
        // 补贴期限为3至12个月 is how long, not 3—12 个 of anything; 建设3至5个示范点 counts.
        var r = RunText("""
            某市人力资源和社会保障局关于做好就业补贴工作的通知
            一、补贴期限为3至12个月，每县建设3至5个示范点。
            某市人力资源和社会保障局
            2025年3月1日
            """);
        Assert.That(r.Targets.Select(t => (t.Min, t.Max, t.Unit)), Is.EqualTo(new[] { ((double?)3, (double?)5, "个") }));
    }

    [Test]
    public void Targets_RespectivelyAfterABound_EachValueTakesTheBound()
    {
        // 分别不少于4500个、2500个: the bound is written once, before the first value, and governs both.
        var r = RunText("""
            某省住房和城乡建设厅关于推进保障性租赁住房建设的通知
            一、2025年，海口、三亚分别筹集保障性租赁住房不少于4500套、2500套，儋州新增1000套。
            某省住房和城乡建设厅
            2025年3月1日
            """);
        Assert.That(r.Targets.Select(t => (t.Value, t.Comparator)),
            Is.EqualTo(new[] { ((double?)4500, "gte"), ((double?)2500, "gte"), ((double?)1000, "eq") }));
    }

    [Test]
    public void Targets_WorkVerbsOfGridsAndDrains_CountWhatTheyAreDoneTo()
    {
        // 划分/配齐/清淤 commit to their counts as 建设 does; the 、 series after them continues the target.
        var r = RunText("""
            某街道办事处关于加强基层网格化管理的实施方案
            一、科学划分综合网格28个、专属网格6个，配齐专职网格员28名、兼职网格员84名。
            二、汛前清淤管渠35公里、检查井2800座。
            三、全街道现有社区12个。
            某街道办事处
            2025年3月1日
            """);
        Assert.That(r.Targets.Select(t => (t.Value, t.Unit)), Is.EqualTo(new[]
        {
            ((double?)28, "个"), ((double?)6, "个"), ((double?)28, "名"), ((double?)84, "名"), ((double?)35, "公里"), ((double?)2800, "座"),
        }));
    }

    [Test]
    public void PageNavigation_LinksToOtherDocuments_GiveNoDeadlinesTargetsOrReferences()
    {
        // The page lists other documents under 相关文件 and in 上一篇/下一篇: their “十四五”, years and counts are theirs.
        var r = RunText("""
            某市人民政府办公室关于印发某市职业技能提升行动方案的通知
            发布时间：2023-03-10
            某政办发〔2023〕6号
            一、到2024年底，全市新增技能人才1.5万人。
            某市人民政府办公室
            2023年3月8日
            相关文件：
            某市人民政府办公室关于印发某市“十四五”教育发展规划的通知（某政办发〔2022〕18号）
            某市人民政府关于2026年底前新建职业院校10所的通知
            上一篇：某市人民政府办公室关于做好2027年高校毕业生就业工作的通知

            【相关阅读】
            某市人民政府关于2028年底前新建职业院校10所的通知
            """);
        Assert.That(r.Deadlines.Select(d => d.End), Is.EqualTo(new[] { "2024-12-31" }));
        Assert.That(r.Targets.Select(t => t.Value), Is.EqualTo(new double?[] { 15000 }));
        Assert.That(r.References, Is.Empty);
    }

    [Test]
    public void PageNavigation_ALabelOverSentences_EndsWhereTheDocumentGoesOn()
    {
        // 相关政策 alone on its line over paragraphs that end with 。 is a heading of the text, not a list of links.
        var r = RunText("""
            某市教育局关于职业院校专业建设的政策解读
            一、背景
            相关政策
            到2025年，全市建设市级骨干专业20个。
            二、主要内容
            某市教育局
            2023年3月8日
            """);
        Assert.That(r.Targets.Select(t => (t.Value, t.Unit)), Is.EqualTo(new[] { ((double?)20, "个") }));
        Assert.That(r.Deadlines.Select(d => d.End), Is.EqualTo(new[] { "2025-12-31" }));
    }

    [Test]
    public void IndicatorTable_OneCellALine_GivesTheTargetYearsValues()
    {
        // A page's indicator table copied as text puts every cell on its own line; the 2025年 column holds the targets,
        // the 2022年 column the baselines, and the rows end where the text goes on.
        var r = RunText("""
            某县人民政府办公室关于印发某县职业教育振兴行动方案的通知
            某府办发〔2023〕31号
            某县人民政府办公室
            2023年8月2日
            一、主要指标
            序号
            指标名称
            2022年
            2025年
            属性
            1
            中职学校在校生（人）
            4200
            6000
            预期性
            2
            “双师型”教师比例（%）
            45
            60
            约束性
            二、重点任务
            全县现有中职学校3所。
            """);
        Assert.That(r.Targets.Select(t => (t.Subject, t.Value, t.Unit, t.Deadline?.End)), Is.EqualTo(new[]
        {
            ("中职学校在校生", (double?)6000, "人", "2025-12-31"),
            ("“双师型”教师比例", (double?)60, "%", "2025-12-31"),
        }));
    }

    [Test]
    public void IndicatorTable_OneCellALineWithoutSerials_StopsAtTheFirstRowOutOfShape()
    {
        var r = RunText("""
            某县职业教育发展规划
            指标
            2020年
            2025年
            校企合作企业（家）
            32
            50
            职业培训（万人次）
            1.2
            2
            （一）完善办学体系
            建立健全现代职业教育体系
            到2025年
            """);
        Assert.That(r.Targets.Select(t => (t.Value, t.Unit)), Is.EqualTo(new[] { ((double?)50, "家"), ((double?)20000, "人次") }));
    }

    [Test]
    public void Items_FoundByDifferentPasses_AreListedInDocumentOrder()
    {
        // The indicator table comes before the sentences, the 责任单位 line before the 牵头单位 block: the lists follow
        // the document, whichever pass found each item.
        var r = RunText("""
            某市人民政府办公室关于推动职业教育高质量发展的实施意见
            一、主要指标
            指标名称	2022年	2025年
            校企合作企业（家）	32	50
            二、重点任务
            1.优化布局结构
            到2024年底，建成实训基地10个。
            责任单位：市教育局、市发展改革委
            2.深化产教融合
            每个县至少与1个产业园区共建实训基地。
            牵头单位：市教育局
            配合单位：市工业和信息化局
            完成时限：长期坚持
            某市人民政府办公室
            2023年6月15日
            """);
        Assert.That(r.Targets.Select(t => t.Value), Is.EqualTo(new double?[] { 50, 10, 1 }));
        Assert.That(r.Deadlines.Select(d => d.Text), Is.EqualTo(new[] { "2025年", "到2024年底", "长期坚持" }));
        Assert.That(r.Responsibilities.Select(x => x.Units[^1]), Is.EqualTo(new[] { "市发展改革委", "市工业和信息化局" }));
    }

    [Test]
    public void Targets_OpeningClasses_CountsThem()
    {
        // 新开 and 开办 commit to the classes they open, as 开设 does; a class already open (现有) counts nothing.
        var r = RunText("""
            某县教育局关于推进校企合作的实施意见
            一、2024年新开订单班8个，开办农村电商技能培训班20期。
            二、全县现有订单班12个。
            某县教育局
            2024年3月1日
            """);
        Assert.That(r.Targets.Select(t => (t.Value, t.Unit)), Is.EqualTo(new[] { ((double?)8, "个"), ((double?)20, "期") }));
    }

    [Test]
    public void Targets_OnceInACountedPeriod_IsACadence()
    {
        // 每两年举办一届 is a cadence as 每年举办一届 is; a floor in such a period (每两年至少开展1次) and what is chosen
        // in it (每两年评选…30名) stay.
        var r = RunText("""
            某市人民政府办公室关于加强高技能人才队伍建设的实施方案
            一、每两年举办一届全市职业技能大赛，每3年开展1次技能人才状况调查。
            二、每两年评选“市级工匠”30名，每两年至少开展1次技能人才评价质量督导。
            某市人民政府办公室
            2024年5月8日
            """);
        Assert.That(r.Targets.Select(t => (t.Value, t.Unit, t.Comparator)),
            Is.EqualTo(new[] { ((double?)30, "名", "eq"), ((double?)1, "次", "gte") }));
    }

    [Test]
    public void Deadlines_MonthBeforeAWorkInUse_IsDue()
    {
        // A year and month right before 投入使用 / 建成 / 竣工 is when the work is due; a month before 完成 may report what
        // was done and gives nothing, and a month already past at issue is dropped.
        var r = RunText("""
            某县人民政府关于印发职业教育园区建设实施方案的通知
            一、新建实训楼4.2万平方米，2024年底前完成主体工程，2025年9月投入使用；学生公寓2025年3月份竣工。
            二、园区一期2023年5月完成，2024年2月建成运行。
            某县人民政府
            2024年4月12日
            """);
        Assert.That(r.Deadlines.Select(d => d.End).Where(e => e is not null).Order(),
            Is.EqualTo(new[] { "2024-12-31", "2025-03-31", "2025-09-30" }));
    }

    [Test]
    public void Responsibilities_LabelLinesUnderAHeadingStandingAlone_TaskOpensAtTheHeading()
    {
        // A task heading on a line of its own, an empty line, its paragraph and then 牵头单位 / 配合单位 / 完成时限 lines
        // (as text copied from a portal lays it out): the task opens at the heading, not at the paragraph.
        var r = RunText("""
            某州教育局关于印发学校体育美育工作三年行动计划的通知
            二、主要任务

            （一）开齐开足上好体育美育课程

            义务教育阶段体育与健康课时占总课时比例不低于11%，艺术课程每周不少于2课时。
            牵头单位：州教育局
            配合单位：各县（市）教育局
            完成时限：2024年9月底前

            （二）改善场地设施条件

            三年新建改建学校塑胶运动场30块、艺术专用教室120间。
            牵头单位：州教育局
            配合单位：州发展和改革委员会、州财政局
            完成时限：2026年12月底前
            某州教育局
            2024年4月22日
            """);
        Assert.That(r.Responsibilities.Select(x => x.Task[..Math.Min(x.Task.Length, 12)]),
            Is.EqualTo(new[] { "开齐开足上好体育美育课程", "改善场地设施条件三年新建" }));
        Assert.That(r.Responsibilities.Select(x => x.TaskLabel), Is.EqualTo(new[] { "（一）", "（二）" }));
        Assert.That(r.Responsibilities[1].Units, Is.EqualTo(new[] { "州教育局", "州发展和改革委员会", "州财政局" }));
    }

    [Test]
    public void Targets_CompilingAHandbook_CountsItsCopies()
    {
        // 编印 a handbook or reader counts the copies it prints, as 编写 does.
        var r = RunText("""
            某区人民政府办公室关于印发中小学劳动教育实施方案的通知
            一、开发校本劳动课程40门，编印《中小学劳动实践指导手册》1套。
            某区人民政府办公室
            2024年3月26日
            """);
        Assert.That(r.Targets.Select(t => (t.Value, t.Unit)), Is.EqualTo(new[] { ((double?)40, "门"), ((double?)1, "套") }));
    }

    [Test]
    public void Responsibilities_LabelledUnitsClosingWithTheirDuty_LeaveTheDutyOutOfTheLastName()
    {
        // (责任单位：X，Y、Z按职责分工负责): the words of the duty close the list; they are not part of Z's name.
        var r = RunText("""
            某省教育厅关于印发学前教育发展提升行动计划的通知
            （一）健全经费保障机制。各地要于2022年6月30日前制定公办园生均财政拨款标准。（责任单位：各市、县（市、区）人民政府，省财政厅、省教育厅按职责分工负责）
            （二）加强教师队伍建设。每年培训园长和骨干教师1万人次。（责任单位：省教育厅、省人力资源社会保障厅分别负责）
            某省教育厅
            2022年3月15日
            """);
        Assert.That(r.Responsibilities.Select(x => x.Units), Is.EqualTo(new[]
        {
            new[] { "各市、县（市、区）人民政府", "省财政厅", "省教育厅" },
            new[] { "省教育厅", "省人力资源社会保障厅" },
        }));
    }

    [Test]
    public void Targets_BareVerbRepeatingTheClauseBefore_CountsItsObject()
    {
        // A bare verb that repeats the verb of the clause before (招收学前残疾儿童，每年招收30人以上) counts what that clause
        // names after it.
        var r = RunText("""
            某市人民政府办公室关于印发特殊教育发展提升行动计划的通知
            一、在市特殊教育学校增设学前部，2024年9月起招收学前残疾儿童，每年招收30人以上。
            某市人民政府办公室
            2024年5月20日
            """);
        Assert.That(r.Targets.Select(t => (t.Value, t.Subject)), Is.EqualTo(new[] { ((double?)30, "招收学前残疾儿童") }));
    }

    [Test]
    public void Targets_AmountSetByAnBeforeTheFund_NamesTheFundAfter()
    {
        // An amount set by 按 before the verb that provides it (区财政按每年不少于30万元安排语言文字工作经费) is the amount of the
        // fund named after; an amount with its fund before (安排专项经费50万元) keeps it.
        var r = RunText("""
            某区语言文字工作委员会关于印发2024年语言文字工作要点的通知
            一、区财政按每年不少于30万元安排语言文字工作经费。
            二、区教委安排推普专项经费50万元。
            某区语言文字工作委员会
            2024年3月18日
            """);
        Assert.That(r.Targets.Select(t => (t.Value, t.Subject)),
            Is.EqualTo(new[] { ((double?)300000, "语言文字工作经费"), ((double?)500000, "推普专项经费") }));
    }

    [Test]
    public void Deadlines_MonthOfAnActivity_EndsWithTheMonth()
    {
        // A year and month right before the activity held in it (2024年9月在全区开展…活动) is the period it is to be done in;
        // a month after which it starts (2024年10月起开展) is not.
        var r = RunText("""
            某区语言文字工作委员会关于印发2024年语言文字工作要点的通知
            一、2024年9月在全区开展推普周系列活动，各学校至少组织1次主题活动。
            二、2024年10月起开展社会用字专项检查活动。
            某区语言文字工作委员会
            2024年3月18日
            """);
        Assert.That(r.Deadlines.Select(d => d.End).Where(e => e is not null), Is.EqualTo(new[] { "2024-09-30" }));
    }

    [Test]
    public void Targets_StandardRaisedToARatePerStudent_IsNamedByTheStandard_AndTheRateIsNoSchedule()
    {
        // 资助标准提高到每生每年2300元: the target is the standard; 每生每年 says how it is counted, and its 每年 is no
        // recurring deadline.
        var r = RunText("""
            某市教育局关于调整学生资助标准的通知
            （一）中等职业学校国家助学金资助标准提高到每生每年2300元。
            （二）公办幼儿园生均公用经费标准不低于每生每年600元。
            某市教育局
            2024年3月8日
            """);
        Assert.That(r.Targets.Select(t => (t.Subject, t.Value, t.Unit)), Is.EqualTo(new[]
        {
            ("中等职业学校国家助学金资助标准", (double?)2300, "元"),
            ("公办幼儿园生均公用经费标准", (double?)600, "元"),
        }));
        Assert.That(r.Deadlines, Is.Empty);
    }

    [Test]
    public void Targets_WordsOfResolveOpeningTheClause_AreNotPartOfTheSubject()
    {
        // 确保 / 力争 say how firmly the figure is meant, not what it measures.
        var r = RunText("""
            某市教育委员会关于开展校园安全隐患排查整治专项行动的通知
            一、工作目标
            通过专项行动，确保隐患整改率达到100%，力争全市中小学视力不良率下降1个百分点。
            某市教育委员会
            2024年3月25日
            """);
        Assert.That(r.Targets.Select(t => t.Subject), Is.EqualTo(new[] { "隐患整改率", "全市中小学视力不良率下降" }));
    }

    [Test]
    public void Targets_RiseOnTheExistingBase_IsATarget()
    {
        // 在现有基础上 names where a rise starts from; it does not report a present state as 现有 alone does.
        var r = RunText("""
            某市人民政府办公室关于印发乡村教师支持计划实施方案的通知
            一、职称评聘向乡村学校倾斜，乡村学校中级、高级岗位比例在现有基础上提高5个百分点。
            二、全县现有职业学校3所。
            某市人民政府办公室
            2024年5月14日
            """);
        Assert.That(r.Targets.Select(t => (t.Value, t.Unit)), Is.EqualTo(new[] { ((double?)5, "百分点") }));
    }

    [Test]
    public void Targets_ShareOfABudgetSetAside_IsATarget()
    {
        // A share of a budget set aside for a use, the verb after the figure (按照…的5%安排…经费), is the share to be spent;
        // a share by which an amount is worked out (按…的40%确定) stays a rule of calculation.
        var r = RunText("""
            某市人民政府办公室关于印发乡村教师支持计划实施方案的通知
            一、中小学校按照年度公用经费预算总额的5%安排教师培训经费。
            二、补助标准按当地最低工资标准的40%确定。
            三、规模以上企业按职工总数的2%安排实习岗位。
            某市人民政府办公室
            2024年5月14日
            """);
        // Each is a share of what is set aside, the words after the verb.
        Assert.That(r.Targets.Select(t => (t.Subject, t.Value, t.Unit)), Is.EqualTo(new[]
        {
            ("教师培训经费", (double?)5, "%"), ("实习岗位", 2, "%"),
        }));
    }

    [Test]
    public void Targets_CountOfPlacesAllToCompleteAfterADeadline_IsATarget()
    {
        // A count opening its clause right after a deadline (…底前18个县（区）全面完成…): the 前 closes the time, it is not
        // "the first 18"; the places that are all to complete the work are counted. The first N (前10个) stays nothing.
        var r = RunText("""
            某市人民政府办公室关于深化县管校聘管理改革的通知
            一、2024年12月底前18个县（区）全面完成县管校聘改革，学校按岗聘用。
            二、对排名前10个的学校予以通报。
            某市人民政府办公室
            2024年5月14日
            """);
        Assert.That(r.Targets.Select(t => (t.Value, t.Unit, t.Subject)), Is.EqualTo(new[] { ((double?)18, "个", "县（区）") }));
    }

    [Test]
    public void Targets_PartAfterAPeriodOpenedClause_TakesTheWholesSubject()
    {
        // A year's part after 其中 (其中2024年完成120套) counts what the whole before it counts, also when that clause opens on a
        // period of years (2024—2026年新建改扩建…300套).
        var r = RunText("""
            某市人民政府办公室关于印发乡村教师支持计划实施方案的通知
            一、2024—2026年新建改扩建乡村教师周转宿舍300套，其中2024年完成120套。
            某市人民政府办公室
            2024年5月14日
            """);
        Assert.That(r.Targets.Select(t => (t.Value, t.Subject)),
            Is.EqualTo(new[] { ((double?)300, "乡村教师周转宿舍"), ((double?)120, "乡村教师周转宿舍") }));
    }

    [Test]
    public void Targets_AmountOneMayClaim_NamesWhatIsClaimedAfter()
    {
        // An amount one may claim (高校毕业生创业的，可申请最高30万元创业担保贷款) names what is claimed after it, not who
        // claims; an amount whose fund comes before (安排就业补助资金不少于1.2亿元) keeps it.
        var r = RunText("""
            某市人民政府办公室关于做好2024年高校毕业生就业创业工作的通知
            一、支持自主创业。高校毕业生创业的，可申请最高30万元创业担保贷款。
            二、市财政每年安排就业补助资金不少于1.2亿元。
            某市人民政府办公室
            2024年5月10日
            """);
        Assert.That(r.Targets.Select(t => (t.Value, t.Subject)),
            Is.EqualTo(new[] { ((double?)300000, "创业担保贷款"), ((double?)120000000, "就业补助资金") }));
    }

    [Test]
    public void Targets_InATaskTableRow_AreDueByTheRowsTimeLimit()
    {
        // A figure of a task in a task table is due by the row's 完成时限, which its own cell does not say.
        var r = RunText("""
            某市人民政府办公室关于印发推进职业教育高质量发展三年行动计划的通知
            一、总体目标
            到2026年，全市建成省级高水平中职学校3所以上。
            二、重点任务分工
            序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限
            1 | 新建、改扩建中职学校校舍10万平方米 | 市教育局 | 市发展改革委、市财政局 | 2025年底前
            2 | 建设市域产教联合体2个 | 市教育局 | 市工信局 | 2026年
            3 | 完善职业教育经费投入机制 | 市财政局 | 市教育局 | 持续推进
            某市人民政府办公室
            2024年5月8日
            """.Replace(" | ", "\t"));
        Assert.That(r.Targets.Select(t => (t.Value, t.Deadline?.End)), Is.EqualTo(new[]
        {
            ((double?)3, "2026-12-31"), (100000, "2025-12-31"), (2, "2026-12-31"),
        }));
    }

    [Test]
    public void Targets_BandwidthInMbps_IsATarget()
    {
        // 出口带宽不低于2000Mbps: Mbps (and Gbps) measure a network's bandwidth; 千兆光纤 before a noun names a kind of line.
        var r = RunText("""
            某市教育局关于印发推进教育数字化转型行动方案的通知
            到2026年，中小学千兆光纤宽带接入率达到100%，城区学校出口带宽不低于2000Mbps、农村学校出口带宽不低于1000Mbps。
            某市教育局
            2024年5月10日
            """);
        Assert.That(r.Targets.Select(t => (t.Value, t.Unit, t.Comparator)),
            Is.EqualTo(new[] { ((double?)100, "%", "eq"), (2000, "Mbps", "gte"), (1000, "Mbps", "gte") }));
    }

    [Test]
    public void Targets_OneForEachIdiom_CountsNothing()
    {
        // 一人一床 / 一校一档 pair each one with one of another: a way of doing the work, not a count to reach.
        var r = RunText("""
            某旗教育体育局关于印发薄弱学校改造提升项目实施方案的通知
            一、改善寄宿制学校条件，确保寄宿生床位达到一人一床，新增学位1500个以上。
            二、建立“一校一档”校舍安全档案。
            某旗教育体育局
            2024年3月26日
            """);
        Assert.That(r.Targets.Select(t => (t.Value, t.Unit)), Is.EqualTo(new[] { ((double?)1500, "个") }));
    }

    [Test]
    public void Targets_BoundBeforeANounTheClauseRemoves_SaysWhichOnes()
    {
        // 56人以上大班额保持动态清零: the bound says which classes are to be gone, as after 消除 (消除56人以上大班额); a bound
        // that closes its clause (新增学位1500个以上) is still the level to reach.
        var r = RunText("""
            某旗教育体育局关于印发薄弱学校改造提升项目实施方案的通知
            到2024年底，新增学位1500个以上，城区学校56人以上大班额保持动态清零，10蒸吨以下燃煤锅炉全部淘汰。
            某旗教育体育局
            2024年3月26日
            """);
        Assert.That(r.Targets.Select(t => (t.Value, t.Unit)), Is.EqualTo(new[] { ((double?)1500, "个") }));
    }

    [Test]
    public void Targets_PartsASchemeIsDividedInto_CountNothing()
    {
        // 具体分为三档 says how the standard is laid out, not a number of tiers to reach.
        var r = RunText("""
            某市教育局 某市财政局关于做好2024年秋季学期学生资助工作的通知
            普通高中国家助学金资助面按在校生的25%确定，具体分为三档：一档3000元、二档2300元、三档1600元。
            某市教育局　　某市财政局
            2024年8月21日
            """);
        Assert.That(r.Targets.Any(t => t.Unit == "档"), Is.False);
    }

    [Test]
    public void Targets_StandardRaisedPerPupil_NamesTheStandard()
    {
        // 资助标准由每生每年2000元提高到每生每年2300元: 每生每年 says per what; the subject is the standard raised, so two
        // standards raised to the same amount stay two targets.
        var r = RunText("""
            某市教育局 某市财政局关于做好2024年秋季学期学生资助工作的通知
            （一）普通高中国家助学金平均资助标准由每生每年2000元提高到每生每年2300元。
            （二）中职国家助学金资助标准由每生每年2000元提高到每生每年2300元。
            某市教育局　　某市财政局
            2024年8月21日
            """);
        Assert.That(r.Targets.Select(t => (t.Value, t.Subject)),
            Is.EqualTo(new[] { ((double?)2300, "普通高中国家助学金平均资助标准"), (2300, "中职国家助学金资助标准") }));
    }

    [Test]
    public void Deadlines_MonthABodyWillHoldAWorkIn_EndsWithTheMonth()
    {
        // 将于12月组织开展专项检查: the month the work is scheduled for, in the document's year; 将于12月1日起施行 is a start.
        var r = RunText("""
            某市教育局 某市财政局关于做好2024年秋季学期学生资助工作的通知
            一、市教育局、市财政局将于12月组织开展学生资助工作专项检查。
            二、本通知将于12月1日起施行。
            某市教育局　　某市财政局
            2024年8月21日
            """);
        Assert.That(r.Deadlines.Select(d => d.End).Where(e => e is not null), Is.EqualTo(new[] { "2024-12-31" }));
    }

    [Test]
    public void Targets_TiersOfASupportStandardLeftElided_AreParametersAsTheFirst()
    {
        // The tiers that follow a support standard with the support left out (对…的A类人才给予安家补助60万元，B类人才40万元，
        // C类人才20万元) are parameters of the policy, as the first is; the yearly fund stays a target.
        var r = RunText("""
            某市教育局关于印发高层次教育人才引进办法的通知
            第五条　安家补助。对全职引进的A类人才给予安家补助60万元，B类人才40万元，C类人才20万元，分3年发放。
            第六条　市财政每年安排高层次教育人才引进专项资金不少于5000万元。
            某市教育局
            2024年4月18日
            """);
        Assert.That(r.Targets.Select(t => (t.Value, t.Unit)), Is.EqualTo(new[] { ((double?)50000000, "元") }));
    }

    [Test]
    public void Targets_TimeNamedOnlyAsSuch_IsTheTimeOfTheClauseBeforeNotOfTheItem()
    {
        // A time named only as such after a clause of its sentence (…可开设自习班，时间不超过2小时) is the time of what that
        // clause names, also on a line that opens with an item title (（一）保障服务时长。); a time limit right after the title
        // (办理时限…) is still the item's.
        var r = RunText("""
            某市教育局关于进一步规范中小学课后服务工作的通知
            （一）保障服务时长。课后服务每天不少于2小时。初中学校工作日晚上可开设自习班，时间不超过2小时。
            （二）企业信息变更一件事。办理时限由5个工作日压缩至1个工作日。
            某市教育局
            2024年8月20日
            """);
        Assert.That(r.Targets.Select(t => t.Subject),
            Does.Contain("初中学校工作日晚上可开设自习班时间").And.Not.Contain("保障服务时长时间"));
    }

    [Test]
    public void Targets_AFundHandedOverBy将_CountsTheAmountAllocated()
    {
        // 现将…资金N万元（详见附件）下达给你们: 将 brings in the fund and the verb that allocates it comes after the amount.
        var r = RunText("""
            某市教育局 某市财政局关于下达2024年义务教育薄弱环节改善与能力提升补助资金的通知
            各县市区教育局、财政局：
            根据省财政厅要求，现将2024年义务教育薄弱环节改善与能力提升补助资金4860万元（详见附件）下达给你们，并就有关事项通知如下：
            一、各地要在收到资金后30日内将资金分解下达到项目学校。
            二、现将2024年学前教育发展资金1200万元拨付给你们。
            某市教育局　　某市财政局
            2024年5月20日
            """);
        Assert.That(r.Targets.Select(t => (t.Subject, t.Value, t.Unit)), Is.EqualTo(new[]
        {
            ("2024年义务教育薄弱环节改善与能力提升补助资金", (double?)48600000, "元"),
            ("2024年学前教育发展资金", 12000000, "元"),
        }));
    }

    [Test]
    public void Targets_IndicatorOnTwoRowsOfAnotherLabel_SameValue_IsTwoTargets()
    {
        // An indicator printed on a 小学 row and a 初中 row with the same 目标值 is two targets; a base (现状值) and a
        // standard column are none.
        var html = """
            <html><head><title>某县人民政府办公室关于印发创建义务教育优质均衡发展县实施方案的通知</title></head><body>
            <h1>某县人民政府办公室关于印发创建义务教育优质均衡发展县实施方案的通知</h1>
            <table>
            <tr><td>序号</td><td>指标</td><td>学段</td><td>标准值</td><td>现状值</td><td>目标值</td></tr>
            <tr><td>1</td><td>每百名学生拥有县级以上骨干教师数（人）</td><td>小学</td><td>1</td><td>0.72</td><td>1.2</td></tr>
            <tr><td>2</td><td>每百名学生拥有县级以上骨干教师数（人）</td><td>初中</td><td>1</td><td>0.85</td><td>1.2</td></tr>
            <tr><td>3</td><td>生均体育运动场馆面积（平方米）</td><td>小学</td><td>7.5</td><td>6.3</td><td>7.8</td></tr>
            </table>
            <p>某县人民政府办公室</p><p>2024年4月12日</p>
            </body></html>
            """;
        var r = Pipeline.Value.Process(System.Text.Encoding.UTF8.GetBytes(html), "inline.html");
        Assert.That(r.Targets.Select(t => (t.Value, t.Unit)),
            Is.EqualTo(new[] { ((double?)1.2, "人"), ((double?)1.2, "人"), ((double?)7.8, "平方米") }));
    }

    [Test]
    public void Targets_CoefficientCeilingsGivenRespectively_AreTargets()
    {
        // A coefficient held under a ceiling (不高于, 控制在…以内), also two given respectively after 分别 and joined by 和.
        var r = RunText("""
            某县人民政府办公室关于印发创建义务教育优质均衡发展县实施方案的通知
            一、到2026年，小学、初中校际综合差异系数分别不高于0.50和0.45。
            二、县域内初中校际综合差异系数控制在0.40以内。
            某县人民政府办公室
            2024年4月12日
            """);
        Assert.That(r.Targets.Select(t => (t.Value, t.Comparator)),
            Is.EqualTo(new[] { ((double?)0.5, "lte"), ((double?)0.45, "lte"), ((double?)0.4, "lte") }));
    }

    [Test]
    public void Targets_FloorOnTheShareOfTheOnesActedOn_IsATarget()
    {
        // 对各县（市、区）不少于20%的学校开展督导评估: the share of schools to evaluate is a target, named by what follows;
        // a class picked out by a measure (对合格率不低于90%的企业给予奖励) stays a condition.
        var r = RunText("""
            某市人民政府教育督导委员会办公室关于印发中小学校督导评估实施办法的通知
            一、每年对各县（市、区）不少于20%的学校开展督导评估。
            二、对合格率不低于90%的企业给予奖励。
            某市人民政府教育督导委员会办公室
            2024年5月16日
            """);
        Assert.That(r.Targets.Select(t => (t.Value, t.Unit, t.Subject)), Is.EqualTo(new[] { ((double?)20, "%", "学校开展督导评估") }));
    }

    [Test]
    public void Targets_ValuesGivenRespectively_SubjectLeavesOutTheCue()
    {
        // 分别 before the bound (校际综合差异系数分别不高于0.50和0.45, 海口、三亚分别不少于4500个) only leads to the values: it is
        // no part of what they measure.
        var r = RunText("""
            某县人民政府办公室关于印发创建义务教育优质均衡发展县实施方案的通知
            一、到2026年，小学、初中校际综合差异系数分别不高于0.50和0.45。
            某县人民政府办公室
            2024年4月12日
            """);
        Assert.That(r.Targets.Select(t => t.Subject), Is.EqualTo(new[] { "小学、初中校际综合差异系数", "小学、初中校际综合差异系数" }));
    }

    [Test]
    public void Targets_AnAllocationTableByPlace_GivesNoTargets_TheSumInTheTextStays()
    {
        // 附件：2024年…资金分配表 over 县市区 | 合计（万元） | 生均公用经费（万元） | 困难学生生活补助（万元）: the money handed
        // down to each county is an allocation; 共计18650万元 in the text is the one figure of the whole.
        var r = Run("probe62/docs/02_wuhu_finance_education_joint_2024_per_student_funding_standards_and_allocation_notice_html_county_fund_table.html");
        Assert.That(r.Targets, Has.None.Matches<TargetOutput>(t => t!.Text.StartsWith("无为市") || t.Text.StartsWith("合计")));
        Assert.That(r.Targets.Select(t => t.Value), Does.Contain(186500000));
    }

    [Test]
    public void Targets_ABoundAfterAMeasureNameClosedByDe_IsACondition()
    {
        // 人口规模3000人以上的行政村…举办公办幼儿园: the bound says which villages are meant; 至少…1所 is still a target.
        var r = RunText("""
            某县人民政府办公室关于印发学前教育普及普惠县创建工作实施方案的通知
            到2025年，每个乡镇至少办好1所公办中心幼儿园，人口规模3000人以上的行政村独立或联合举办公办幼儿园。
            某县人民政府办公室
            2024年4月12日
            """);
        Assert.That(r.Targets.Select(t => (t.Value, t.Unit)), Is.EqualTo(new[] { ((double?)1, "所") }));
    }

    [Test]
    public void Targets_PercentInChineseNumerals_LeaveThe百分之OutOfTheSubject()
    {
        // 百分之九十八 is printed from 百分之 on: the subject ends before it, and its cue (达到) is dropped as before digits.
        var r = RunText("""
            某县教育局关于推进义务教育优质均衡发展的实施意见
            一、到2025年，全县义务教育巩固率达到百分之九十八以上。
            某县教育局
            2024年3月1日
            """);
        Assert.That(r.Targets.Select(t => (t.Subject, t.Value, t.Unit, t.Comparator)), Is.EqualTo(new[]
        {
            ("全县义务教育巩固率", (double?)98, "%", "gte"),
        }));
    }

    [Test]
    public void Targets_ABoundBeforeQuantitiesJoinedBy和_BoundsEachOfThem()
    {
        // 至少 before the first of 1个…和1个… bounds both; 以上 after the first is that one's own.
        var r = RunText("""
            某县教育局关于加强中小学劳动教育的实施意见
            一、每校至少打造1个劳动实践基地和1个科技创新实验室。
            二、每个乡镇建设1个以上劳动教育示范点和2个研学基地。
            某县教育局
            2024年3月1日
            """);
        Assert.That(r.Targets.Select(t => (t.Subject, t.Value, t.Comparator)), Is.EqualTo(new[]
        {
            ("劳动实践基地", (double?)1, "gte"),
            ("科技创新实验室", (double?)1, "gte"),
            ("劳动教育示范点", (double?)1, "gte"),
            ("研学基地", (double?)2, "eq"),
        }));
    }

    [Test]
    public void Targets_ACapAfter但_WithNothingToCarry_IsNotATarget()
    {
        // 但最高不超过20% caps a share the sentence sets as a rule of calculation: 但 names nothing, so nothing is given.
        var r = RunText("""
            某市教育局关于做好普通高中国家助学金工作的通知
            一、资助面按全市普通高中在校生总数的15%确定，脱贫山区县可适当提高，但最高不超过20%。
            二、到2025年，全市普通高中毛入学率达到95%以上。
            某市教育局
            2024年3月1日
            """);
        Assert.That(r.Targets.Select(t => (t.Subject, t.Value)), Is.EqualTo(new[] { ("全市普通高中毛入学率", (double?)95) }));
    }

    [Test]
    public void Targets_ANumeralAfterAVerbThatEndsALongerWord_CountsNothing()
    {
        // 配置 ends the word 资源配置: 七项指标 names the set of indicators to meet, while 新建三所学校 counts what is built.
        var r = RunText("""
            某县人民政府关于推进义务教育优质均衡发展的实施意见
            一、全面落实义务教育资源配置七项指标，确保2025年底前全部达标。
            二、2025年底前新建三所学校。
            某县人民政府
            2024年3月1日
            """);
        Assert.That(r.Targets.Select(t => (t.Subject, t.Value, t.Unit)), Is.EqualTo(new[] { ("学校", (double?)3, "所") }));
    }

    [Test]
    public void Deadlines_ADateSomeoneReachesAnAgeBy_IsAConditionNotADeadline()
    {
        // 在2024年12月31日前到达法定退休年龄的人员，不再申报: the date says who may not apply; 8月15日前 is still due.
        var r = RunText("""
            某市教育局 某市人力资源和社会保障局关于做好2024年度中小学教师职称评审工作的通知
            一、评审范围
            已办理退休手续或在2024年12月31日前到达法定退休年龄的人员，不再申报。
            二、资格审核
            审核通过的人员名单于8月15日前报市教育局。
            三、工作目标
            全市2025年底前达到每千人口拥有3岁以下婴幼儿托位4.5个。
            某市教育局　　某市人力资源和社会保障局
            2024年6月18日
            """);
        Assert.That(r.Deadlines.Select(d => d.End).Where(e => e is not null), Is.EqualTo(new[] { "2024-08-15", "2025-12-31" }));
    }

    [Test]
    public void Targets_SubjectsLeaveOutWhatOnlyLinksOrQualifies()
    {
        // A verb inside a phrase closed by 的 (推广, 治理) qualifies the noun: what is acted on follows the verb before it, or
        // is the whole phrase. A count closing its noun before 及 counts what is before it; 将 only brings in what the verb
        // then acts on; a list mark left at the start is dropped.
        var r = RunText("""
            某市人民政府办公室关于印发2025年重点工作任务的通知
            一、形成可复制推广的改革创新案例10个左右。
            二、新增完成农村生活污水治理的行政村120个。
            三、新建停机位12个及配套设施。
            四、将城乡居民产前检查费用定额补助标准由800元提高至1200元。
            五、建成一支数量在60名左右、结构合理的专业化校长队伍。
            某市人民政府办公室
            2025年3月1日
            """);
        Assert.That(r.Targets.Select(t => (t.Subject, t.Value)), Is.EqualTo(new[]
        {
            ("可复制推广的改革创新案例", (double?)10),
            ("农村生活污水治理的行政村", (double?)120),
            ("停机位", (double?)12),
            ("城乡居民产前检查费用定额补助标准", (double?)1200),
            ("结构合理的专业化校长队伍", (double?)60),
        }));
    }

    [Test]
    public void Targets_BuildingWithAPartner_CountsWhatIsBuilt()
    {
        // 共建 (to build with a university or an enterprise) commits to the count of what is built, as 建设 does.
        var r = RunText("""
            某市人民政府办公室关于印发深化校地合作行动方案的通知
            一、围绕重点产业，与贵州大学、遵义医科大学等高校共建产业技术研究院5个。
            某市人民政府办公室
            2024年5月29日
            """);
        Assert.That(r.Targets.Select(t => (t.Value, t.Unit, t.Subject)), Is.EqualTo(new[] { ((double?)5, "个", "产业技术研究院") }));
    }

    [Test]
    public void Targets_PerformanceTableCellsWithTheirUnit_AreTargets()
    {
        // A 绩效目标表 has no 单位 column: each 目标值 cell prints its unit (62个, ≥5个, ≥300人, ≥8亿元), read as the
        // indicator's target; rows under a rowspan category align from the right.
        var html = """
            <html><head><title>某省教育厅 某省财政厅关于下达2024年高校建设专项资金的通知</title></head><body>
            <div class="detail-title">某省教育厅 某省财政厅关于下达2024年高校建设专项资金的通知</div>
            <p>各有关高等学校：</p>
            <p>各高校要按照附件所列绩效目标组织实施。</p>
            <p>某省教育厅　　某省财政厅</p><p>2024年6月18日</p>
            <table>
            <tr><td colspan="2">年度总体目标</td><td colspan="2">支持高校建设一批高水平学科。</td></tr>
            <tr><td>一级指标</td><td>二级指标</td><td>指标</td><td>目标值</td></tr>
            <tr><td rowspan="3">产出指标</td><td rowspan="2">数量指标</td><td>支持一流学科建设数量</td><td>62个</td></tr>
            <tr><td>引进和培育高层次人才</td><td>≥300人</td></tr>
            <tr><td>时效指标</td><td>资金分解下达及时率</td><td>100%</td></tr>
            <tr><td>效益指标</td><td>社会效益指标</td><td>科技成果转化合同金额</td><td>≥8亿元</td></tr>
            </table>
            </body></html>
            """;
        var r = Pipeline.Value.Process(System.Text.Encoding.UTF8.GetBytes(html), "inline.html");
        Assert.That(r.Targets.Select(t => (t.Subject, t.Value, t.Unit, t.Comparator)), Is.EquivalentTo(new[]
        {
            ("支持一流学科建设数量", (double?)62, "个", "eq"),
            ("引进和培育高层次人才", (double?)300, "人", "gte"),
            ("资金分解下达及时率", (double?)100, "%", "eq"),
            ("科技成果转化合同金额", (double?)800000000, "元", "gte"),
        }));
    }

    [Test]
    public void Responsibilities_ATableOfApprovalLevels_IsNoDutyTable()
    {
        // 调剂或变更事项 | 情形 | 审批权限 | 办理时限 names no unit column; its first row (项目承担单位审批 | 5个工作日内) holds
        // figures and is data, not a header that would make the approval cell a unit and the time limit a task.
        var html = """
            <html><head><title>某市科学技术局关于印发市级科技计划项目经费管理办法的通知</title></head><body>
            <p>第十条　预算调剂和项目变更的审批权限及办理时限按照附件执行。</p>
            <p>某市科学技术局</p><p>2024年3月26日</p>
            <p>附件：市级科技计划项目预算调剂和项目变更审批权限表</p>
            <table>
            <tr><td>序号</td><td>调剂或变更事项</td><td>情形</td><td>审批权限</td><td>办理时限</td></tr>
            <tr><td>1</td><td>设备费</td><td>预算调减</td><td>项目承担单位审批</td><td>5个工作日内</td></tr>
            <tr><td>2</td><td>设备费</td><td>预算调增</td><td>项目承担单位审批后报市科技局备案</td><td>10个工作日内</td></tr>
            <tr><td>3</td><td>项目负责人</td><td>变更</td><td>项目承担单位审核后报市科技局审批</td><td>15个工作日内</td></tr>
            </table>
            </body></html>
            """;
        var r = Pipeline.Value.Process(System.Text.Encoding.UTF8.GetBytes(html), "inline.html");
        Assert.That(r.Responsibilities, Is.Empty);
    }

    [Test]
    public void Responsibilities_InChargeThenCarriedOutBy_BothAreUnits()
    {
        // （X、Y负责，Z落实）: the bodies that carry the task out follow the ones in charge, as after 牵头 (X牵头，Y落实);
        // they are units of the task, not its time.
        var r = RunText("""
            某市教育局 某市民政局关于加快发展老年教育和社区教育的意见
            （一）健全办学网络。乡镇（街道）依托成人文化技术学校设立老年学校，2025年底前每个县（市、区）至少建成1所标准化县级老年大学。（市教育局、市民政局负责，各县（市、区）人民政府落实）
            某市教育局　　某市民政局
            2024年9月13日
            """);
        Assert.That(r.Responsibilities.Single().Units, Is.EqualTo(new[] { "市教育局", "市民政局", "各县（市、区）人民政府" }));
    }

    [Test]
    public void Targets_APeriodTotalWithOnlyTheVerb_CountsTheWorkTheClauseBeforeNames()
    {
        // 三年累计培训1.2万人次 after …开展电子商务技能培训: the total is of that training, not of 培训 alone.
        var r = RunText("""
            某县人力资源和社会保障局关于推进技能培训与社区教育融合的实施意见
            二、面向农村转移劳动力开展电子商务技能培训，三年累计培训1.2万人次。
            某县人力资源和社会保障局
            2024年5月10日
            """);
        Assert.That(r.Targets.Select(t => (t.Value, t.Unit, t.Subject)), Is.EqualTo(new[] { ((double?)12000, "人次", "三年累计电子商务技能培训") }));
    }

    [Test]
    public void Responsibilities_AnOrganiserClosingItsSentenceInsideAParagraph_IsTheEventsUnit()
    {
        // …举行开幕式，承办单位：X、Y。活动周期间…: the bodies that run the opening are named after a comma, and the paragraph
        // goes on after them.
        var r = RunText("""
            某县教育局关于举办2024年全民终身学习活动周的通知
            （二）集中活动阶段（10月28日—11月8日）。10月28日上午在县文化广场举行活动周开幕式，承办单位：县职业教育中心、城关镇人民政府。活动周期间，各乡镇至少组织开展3场特色学习活动。
            某县教育局
            2024年10月11日
            """);
        Assert.That(r.Responsibilities.Single(x => x.Task.Contains("开幕式")).Units, Is.EqualTo(new[] { "县职业教育中心", "城关镇人民政府" }));
    }

    [Test]
    public void Targets_AVerbThatOpensANoun_IsPartOfTheName()
    {
        // 培训 opens the noun 培训中心: what is built is the 培训中心, after 建设, not what follows 培训.
        var r = RunText("""
            某市人民政府办公室关于推进职业教育国际合作的实施意见
            一、到2025年，在“一带一路”沿线国家合作建设“鲁班工坊”式海外培训中心2个。
            某市人民政府办公室
            2024年3月1日
            """);
        Assert.That(r.Targets.Select(t => (t.Subject, t.Action, t.Value)), Is.EqualTo(new[] { ("“鲁班工坊”式海外培训中心", "建设", (double?)2) }));
    }

    [Test]
    public void Targets_FullWidthPercentInTheUnitColumn_IsThePercentUnit()
    {
        // A page typed with full-width digits prints ％ in the 单位 column: the cells' targets are in %, as the prose's.
        var html = """
            <html><head><title>某市教育局等五部门关于推进职业院校“双高”建设的意见</title></head><body>
            <h1>某市教育局等五部门关于推进职业院校“双高”建设的意见</h1>
            <table>
            <tr><td>序号</td><td>指标</td><td>单位</td><td>２０２３年</td><td>２０２５年</td><td>２０２７年</td></tr>
            <tr><td>１</td><td>“双师型”教师占比</td><td>％</td><td>５８</td><td>６５</td><td>７０</td></tr>
            <tr><td>２</td><td>省高水平专业群</td><td>个</td><td>１４</td><td>２０</td><td>２６</td></tr>
            </table>
            <p>某市教育局</p><p>２０２４年７月８日</p>
            </body></html>
            """;
        var r = Pipeline.Value.Process(System.Text.Encoding.UTF8.GetBytes(html), "inline.html");
        Assert.That(r.Targets.Select(t => (t.Value, t.Unit)),
            Is.EquivalentTo(new[] { ((double?)65, "%"), ((double?)70, "%"), ((double?)20, "个"), ((double?)26, "个") }));
    }

    [Test]
    public void Targets_WhatIsBuiltTogether_共建_IsCounted()
    {
        // 共建 (校企共建, 园区与学校共建) counts what it builds, and a second count joined by 、 shares the verb.
        var r = RunText("""
            某市人民政府办公室关于印发市域产教联合体建设工作方案的通知
            一、到2025年，共建产业学院5个、共享实训基地8个。
            二、由园区龙头企业与职业院校共建现代产业学院3个。
            某市人民政府办公室
            2024年6月14日
            """);
        Assert.That(r.Targets.Select(t => (t.Value, t.Unit)),
            Is.EqualTo(new[] { ((double?)5, "个"), ((double?)8, "个"), ((double?)3, "个") }));
    }

    [Test]
    public void Targets_EachOneTakenOnThatEarnsSupport_IsACondition()
    {
        // 企业每接收1名实习学生并签订实习协议的，县财政给予…补助: the one student is what the support is counted by, not a
        // target; the share before it in the sentence is.
        var r = RunText("""
            某县教育体育局关于推进工学结合的实施方案
            （四）推进工学结合。全面推行现代学徒制，学生顶岗实习对口率达到80%以上，企业每接收1名实习学生并签订实习协议的，县财政给予每人每月300元补助。
            某县教育体育局
            2024年5月20日
            """);
        Assert.That(r.Targets.Where(t => t.Unit == "名"), Is.Empty);
        Assert.That(r.Targets.Select(t => (t.Value, t.Unit)), Does.Contain(((double?)80, "%")));
    }

    [Test]
    public void Targets_AnArticleLabelTypedInTheParagraph_IsNoPartOfTheSubject()
    {
        // 第二条　opens the article as （一） opens an item: the subject is what the article then names.
        var r = RunText("""
            某县人民政府办公室关于印发招商引资奖励办法的通知
            第一条　为加快招商引资工作，制定本办法。
            第二条　全县职业院校“双师型”教师比例力争达到60%以上。
            某县人民政府办公室
            2024年3月1日
            """);
        Assert.That(r.Targets.Select(t => t.Subject), Is.EqualTo(new[] { "全县职业院校“双师型”教师比例" }));
    }

    [Test]
    public void Targets_SupportForEachOneTakenOn_IsAStandardNotATarget()
    {
        // 每吸纳1名…的，给予1000元一次性补贴: the count is the condition and the amount the support per one; the fund of the
        // year is still a target.
        var r = RunText("""
            某县人力资源和社会保障局关于做好就业帮扶工作的通知
            一、企业每吸纳1名就业困难人员并签订1年以上劳动合同的，给予1000元一次性补贴。
            二、2025年安排就业补助资金500万元。
            某县人力资源和社会保障局
            2024年3月1日
            """);
        Assert.That(r.Targets.Select(t => (t.Subject, t.Value)), Is.EqualTo(new[] { ("就业补助资金", (double?)5000000) }));
    }

    [Test]
    public void Targets_FloorWithOnlyItsCadence_AfterTheWorkClause_IsThatWorksLevel()
    {
        // ，每年不少于80人次 after a clause naming the work and no figure before: the floor is the level of that work.
        var r = RunText("""
            某市教育局等四部门关于深化产教融合的意见
            一、完善校企人员双向流动机制。支持专业教师到企业挂职锻炼，每年不少于80人次。
            某市教育局
            2022年4月12日
            """);
        Assert.That(r.Targets.Select(t => (t.Subject, t.Value, t.Unit, t.Comparator)),
            Is.EqualTo(new[] { ("支持专业教师到企业挂职锻炼", (double?)80, "人次", "gte") }));
    }

    [Test]
    public void Targets_SizeOfTheWorksBuilt_AfterTheClauseNamingThem_IsCounted()
    {
        // A 建设内容 cell or sentence that names the works, then their size in a clause without a verb (，实训工位300个).
        var r = RunText("""
            某市2022年产教融合重点项目清单
            1.建设玉米制种全产业链实训车间，实训工位300个。
            2.新建综合实训楼，建筑面积1.2万平方米。
            某市教育局
            2022年4月12日
            """);
        Assert.That(r.Targets.Select(t => (t.Subject, t.Value, t.Unit)),
            Is.EqualTo(new[] { ("实训工位", (double?)300, "个"), ("建筑面积", (double?)12000, "平方米") }));
    }

    [Test]
    public void Targets_ACountForEachPlaceWithOnlyItsVerb_CountsWhatTheClauseBeforeSetsUp()
    {
        // 组建校级专业教学创新团队，每所中职学校至少建设1个: what each school builds is the team the clause before sets up.
        var r = RunText("""
            某市教育局关于推进中等职业学校“三教”改革的通知
            一、组建校级专业教学创新团队，每所中职学校至少建设1个。
            二、打造校企合作示范基地，每个县（市、区）建设2个以上。
            某市教育局
            2021年3月1日
            """);
        Assert.That(r.Targets.Select(t => (t.Subject, t.Value, t.Comparator)), Is.EqualTo(new[]
        {
            ("校级专业教学创新团队", (double?)1, "gte"),
            ("校企合作示范基地", (double?)2, "gte"),
        }));
    }

    [Test]
    public void Targets_AnAlternativeVerbAfter或_IsNoPartOfWhatIsActedOn()
    {
        // 淘汰或调整…的专业: 调整 is the other thing done to the same majors, not part of their name.
        var r = RunText("""
            某市教育局关于优化职业学校专业结构的通知
            一、到2025年，淘汰或调整与产业需求不匹配的专业15个左右。
            某市教育局
            2021年3月1日
            """);
        Assert.That(r.Targets.Select(t => (t.Subject, t.Action)), Is.EqualTo(new[] { ("与产业需求不匹配的专业", "淘汰") }));
    }

    [Test]
    public void Targets_APerformanceTable_NamesItsIndicatorsInItsLastLevel()
    {
        // 一级指标 | 二级指标 | 三级指标 | 指标值: the third level names what the value in 指标值 counts.
        var r = Run("probe73/docs/02_fuqing_education_finance_joint_2023_double_excellence_training_base_funds_notice_html_allocation_and_performance_tables.html");
        var table = r.Targets.Where(t => t.Evidence.Text.StartsWith('≥') || t.Evidence.Text == "100%").Select(t => (t.Subject, t.Value, t.Unit, t.Comparator));
        Assert.That(table, Is.SupersetOf(new[]
        {
            ("实训设备验收合格率", (double?)100, "%", "eq"),
            ("面向社会开展职业技能培训", (double?)3000, "人次", "gte"),
            ("学生及企业满意度", (double?)90, "%", "gte"),
        }));
    }

    [Test]
    public void Responsibilities_SchoolsNamedAsUnits_AreUnitsOfTheirOwn()
    {
        // 各初级中学、县职业教育中心: a 中学 (as a 学校) ends a unit's name, so the list is two units.
        var r = Run("probe73/docs/03_huanren_county_education_bureau_2024_secondary_higher_vocational_through_training_plan_docx_auto_numbering_quota_and_task_tables.docx");
        var row = r.Responsibilities.Single(x => x.Task.StartsWith("开展初中毕业生职业启蒙"));
        Assert.That(row.Units, Is.EqualTo(new[] { "县教育局职成教股", "各初级中学", "县职业教育中心" }));
    }

    [Test]
    public void Targets_HiringStaff_CommitsToTheCount()
    {
        // 聘请 / 聘用 hire the staff they count, as 招聘 does.
        var r = RunText("""
            某县教育局关于加强中职学校师资队伍建设的通知
            一、每年从本地企业聘请兼职教师10名，聘用专业技术人员5名。
            二、每年从企业选聘兼职教师不少于500名。
            某县教育局
            2024年3月1日
            """);
        Assert.That(r.Targets.Select(t => (t.Subject, t.Value, t.Action)), Is.EqualTo(new[]
        {
            ("兼职教师", (double?)10, "聘请"),
            ("专业技术人员", (double?)5, "聘用"),
            ("兼职教师", (double?)500, "选聘"),
        }));
    }

    [Test]
    public void Targets_由Or从BeforeTheVerbThatCommits_NamesWhoActsOrTheSource_NotABaseline()
    {
        // 由县财政…安排…500万元: 由 names the body that pays, and 从企业选派…20名 the source; only 由60%提高到 starts a level.
        var r = RunText("""
            某县教育局关于支持职业学校发展的通知
            一、由县财政每年安排专项资金500万元。
            二、从合作企业选派技术人员20名。
            三、双师型教师比例由60%提高到70%。
            某县教育局
            2024年3月1日
            """);
        Assert.That(r.Targets.Select(t => (t.Value, t.Unit, t.Action)), Is.EqualTo(new[]
        {
            ((double?)5000000, "元", "安排"),
            ((double?)20, "名", "选派"),
            ((double?)70, "%", "提高到"),
        }));
    }

    [Test]
    public void References_ACodeWithAWordEndingLikeABody_IsNotCutInsideThatWord()
    {
        // 苏发改社会发: 苏发改社 ends like a body (社), but 社会 is one word of the code; 省人社厅赣人社字 is still cut.
        var r = RunText("""
            某市教育局关于推进产教融合的通知
            根据《江苏省产教融合型企业建设培育实施办法》（苏发改社会发〔2020〕1095号）和省人社厅赣人社字〔2021〕5号文件精神，现通知如下。
            某市教育局
            2023年3月1日
            """);
        Assert.That(r.References.Select(x => x.DocumentNumber), Is.EqualTo(new[] { "苏发改社会发〔2020〕1095号", "赣人社字〔2021〕5号" }));
    }

    [Test]
    public void Responsibilities_ALeadAndUnitsSharingByDuty_InOneLabel_AreSplitByRole()
    {
        // 责任单位：X牵头，Y、Z等按职责分工负责: X leads, and the units sharing the work are units of the task without 等….
        var r = RunText("""
            某市人民政府办公室关于印发某市技能型社会建设实施方案的通知
            一、深化产教融合。建设市级产教融合集成平台12个。（责任单位：市发改委牵头，市教育局、市工信局、市人社局等按职责分工负责）
            某市人民政府办公室
            2022年5月1日
            """);
        var row = r.Responsibilities.Single();
        Assert.That(row.Units, Is.EqualTo(new[] { "市发改委", "市教育局", "市工信局", "市人社局" }));
        Assert.That(row.Lead, Is.EqualTo("市发改委"));
    }

    [Test]
    public void Targets_ASumNamedByItsSize_IsTheAmountItIsToBe()
    {
        // 资金规模为4.6亿元 / 总投资为3.2亿元: 为 after the name of a sum's size sets it, as 达到 does.
        var r = RunText("""
            某市人力资源和社会保障局关于印发职业技能提升行动实施方案的通知
            一、设立职业技能提升行动专账，全市专账资金规模为4.6亿元。
            二、实训基地项目总投资为3.2亿元。
            某市人力资源和社会保障局
            2019年9月1日
            """);
        Assert.That(r.Targets.Select(t => (t.Subject, t.Value)), Is.EqualTo(new[]
        {
            ("全市专账资金规模", (double?)460000000),
            ("实训基地项目总投资", (double?)320000000),
        }));
    }

    [Test]
    public void Targets_ACadenceWithOnlyTheWorksVerbAgain_TakesTheClauseNamingTheWork()
    {
        // 开展岗位技能提升培训，每年培训6000人次以上: what is counted is the training the clause before names.
        var r = RunText("""
            某市人民政府办公室关于印发技能人才队伍建设方案的通知
            一、组织企业职工开展岗位技能提升培训，每年培训6000人次以上。
            某市人民政府办公室
            2022年3月1日
            """);
        Assert.That(r.Targets.Select(t => (t.Subject, t.Value, t.Comparator)),
            Is.EqualTo(new[] { ("组织企业职工开展岗位技能提升培训", (double?)6000, "gte") }));
    }

    [Test]
    public void Responsibilities_ALeadSupportingUnitsAndThoseWhoCarryItOut_InOneLabel_AreAllUnits()
    {
        // 责任单位：X牵头，Y、Z配合，W落实: W carries the task out locally and is one of its units.
        var r = RunText("""
            某市人民政府关于推进职业教育改革的实施意见
            一、大规模开展职业技能培训。（责任单位：市人力资源社会保障局牵头，市教育局、市总工会配合，各县（市、区）人民政府落实）
            某市人民政府
            2020年5月1日
            """);
        var row = r.Responsibilities.Single();
        Assert.That(row.Units, Is.EqualTo(new[] { "市人力资源社会保障局", "市教育局", "市总工会", "各县（市、区）人民政府" }));
        Assert.That(row.Lead, Is.EqualTo("市人力资源社会保障局"));
    }

    [Test]
    public void Targets_ACountMergedFromTheExistingOnes_IsTheCountItGoesTo()
    {
        // 由现有13所整合为8所左右: 13 is where it starts (现有 after 由 reports no result); 8 is the target.
        var r = RunText("""
            某市人民政府关于推进职业教育改革的实施意见
            一、到2022年，中等职业学校由现有13所整合为8所左右。
            某市人民政府
            2020年5月1日
            """);
        Assert.That(r.Targets.Select(t => (t.Subject, t.Value, t.Comparator, t.Action)),
            Is.EqualTo(new[] { ("中等职业学校", (double?)8, "approx", "整合为") }));
    }

    [Test]
    public void Targets_TheSizeOfWorksNamedInTheClauseBefore_CountsWhereverTheClauseStands()
    {
        // The works may be named after other clauses of the sentence, or by 推进…建设.
        var r = RunText("""
            某县人民政府关于印发职业教育三年行动计划的通知
            一、2022年8月底前完成学校整体并入，新建县职业教育中心实训楼，建筑面积1.8万平方米。
            二、推进县职业技术学校新校区建设，新校区占地面积200亩。
            三、合作开展中高职贯通培养，每年招生300人。
            某县人民政府
            2021年5月1日
            """);
        Assert.That(r.Targets.Select(t => (t.Subject, t.Value)), Is.EqualTo(new[]
        {
            ("建筑面积", (double?)18000),
            ("新校区占地面积", (double?)200),
            ("合作开展中高职贯通培养", (double?)300),
        }));
    }

    [Test]
    public void Responsibilities_ANumberedTableOneCellALine_WithCellsWrappedAtTheColumnWidth_JoinsThemBack()
    {
        // A task table copied from a PDF: cells wrap at their column's width (市发展改革委、市财政局、市自然资 / 源和规划局),
        // so a row runs to the next row's number.
        var r = RunText("""
            某市人民政府办公室关于印发某市职业教育改革实施方案的通知
            附件
            重点任务分工
            序号
            重点任务
            牵头单位
            责任单位
            完成时限
            1
            优化中职学校布局，完成县区中职
            学校资源整合
            市教育局
            市发展改革委、市财政局、市自然资
            源和规划局，各县区政府
            2021年12月底前
            2
            对接京津冀产业需求动态调整专业
            市教育局
            市工业和信息化局、市人力资源社会
            保障局
            每年
            3
            培育市级产教融合型企业
            市发展改革委
            市教育局、市工业和信息化局、市国
            资委
            2022年12月底前
            """);
        Assert.That(r.Responsibilities.Select(x => (x.Task, string.Join("|", x.Units), x.Deadline?.Text)), Is.EqualTo(new[]
        {
            ("优化中职学校布局，完成县区中职学校资源整合", "市教育局|市发展改革委|市财政局|市自然资源和规划局|各县区政府", "2021年12月底前"),
            ("对接京津冀产业需求动态调整专业", "市教育局|市工业和信息化局|市人力资源社会保障局", "每年"),
            ("培育市级产教融合型企业", "市发展改革委|市教育局|市工业和信息化局|市国资委", "2022年12月底前"),
        }));
    }

    [Test]
    public void Targets_ACapInATableRowThatNamesTheSupport_IsAStandard_NotATarget()
    {
        // 校企共建实训基地补助 | 设备投入30%，最高150万元: the cap bounds each base's subsidy, named in the row's other cell.
        var r = Run("probe72/docs/02_pingdingshan_hrss_finance_joint_2021_technical_school_industry_education_enterprise_support_notice_html_subsidy_standards_fund_table.html");
        Assert.That(r.Targets, Has.None.Matches<TargetOutput>(t => t!.Value == 1500000));
        Assert.That(r.Targets, Has.Some.Matches<TargetOutput>(t => t!.Value == 30 && t.Unit == "%"));
    }

    [Test]
    public void DocumentNumber_TheAgencyNameIsTheIssuerTheCodeAbbreviates()
    {
        // 诸教体发: 诸暨市教育体育局, which signs the notice, not the 教育局 the code table reads from 教.
        Assert.That(Run("probe74/docs/02_zhuji_education_sports_economy_it_joint_2023_industry_education_enterprise_recognition_notice_html_short_names_block.html").DocumentNumber!.AgencyName, Is.EqualTo("诸暨市教育体育局"));
        // 秦政办字 of 秦皇岛市人民政府办公室, not of the province 秦 also abbreviates.
        var r = RunText("""
            秦皇岛市人民政府办公室关于印发秦皇岛市职业教育改革实施方案的通知
            秦政办字〔2020〕27号
            各县、区人民政府：现印发给你们，请认真贯彻执行。
            秦皇岛市人民政府办公室
            2020年6月19日
            """);
        Assert.That(r.DocumentNumber!.AgencyName, Is.EqualTo("秦皇岛市人民政府办公室"));
    }

    [Test]
    public void Responsibilities_ATabLaidRowWhoseLastCellWrappedOntoTheNextLine_IsOneRow()
    {
        var r = RunText("""
            某市人民政府办公室关于印发某市推进职业教育高质量发展实施方案的通知
            序号	重点任务	牵头单位	责任单位	完成时限
            1	深化产教融合	市教育局	市发展改革委	2022年12月底前
            2	组建市域产教联合体	市发展改革委	市教育局、市工业和信息化局、
            某市经济开发区管委会	2023年6月底前
            3	推进“1+X”证书制度试点	市教育局	市人力资源社会保障局	持续推进
            某市人民政府办公室
            2022年5月1日
            """);
        var row = r.Responsibilities.Single(x => x.Task == "组建市域产教联合体");
        Assert.That(row.Units, Is.EqualTo(new[] { "市发展改革委", "市教育局", "市工业和信息化局", "某市经济开发区管委会" }));
        Assert.That(row.Deadline?.End, Is.EqualTo("2023-06-30"));
        Assert.That(r.Responsibilities, Has.Count.EqualTo(3));
    }

    [Test]
    public void Targets_AClauseThatNamesNothingButItsVerb_TakesTheClauseBeforeAsItsSubject()
    {
        var r = RunText("""
            某市人民政府办公室关于印发某市职业教育高质量发展实施方案的通知
            一、到2022年底，全市中职学校布局调整基本完成，由现有14所整合为8所左右。
            二、市财政统筹安排职业教育发展专项资金，“十四五”期间投入不少于1亿元。
            三、面向企业职工、失业人员等群体开展补贴性职业技能培训，每年8万人次以上。
            某市人民政府办公室
            2021年5月1日
            """);
        Assert.That(r.Targets.Select(t => (t.Subject, t.Value)), Is.EqualTo(new[]
        {
            ("全市中职学校布局调整基本完成", (double?)8),
            ("市财政统筹安排职业教育发展专项资金", (double?)100000000),
            ("面向企业职工、失业人员等群体开展补贴性职业技能培训", (double?)80000),
        }));
    }

    [Test]
    public void Targets_TheSizeOfAMovedOrWellBuiltCampus_IsItsSize()
    {
        var r = RunText("""
            某区人民政府办公室关于印发某区职业教育三年行动计划的通知
            一、推进区第二中等职业学校迁建工程，新校区规划用地220亩。
            二、高标准建设市职教园区，规划占地面积300亩。
            某区人民政府办公室
            2022年5月1日
            """);
        Assert.That(r.Targets.Select(t => (t.Subject, t.Value, t.Unit)), Is.EqualTo(new[]
        {
            ("新校区规划用地", (double?)220, "亩"),
            ("规划占地面积", (double?)300, "亩"),
        }));
    }

    [Test]
    public void Targets_TotalsMeansAndPeriodsWithNothingOfTheirOwn_CountWhatTheClauseBeforeNames()
    {
        var r = RunText("""
            某市人民政府办公室关于印发某市职业教育高质量发展实施方案的通知
            一、市财政每年安排职业教育专项资金5000万元，“十四五”期间累计不少于2.5亿元。
            二、累计开展补贴性职业技能培训2.4万人次以上，年均8000人次以上。
            三、统筹安排中职学校基础能力建设资金，三年投入1.6亿元。
            四、撤并就业不对口专业2个。
            五、家庭经济困难学生原则上直接认定为一档。
            六、推进市职教中心新校区建设，新校区规划占地面积180亩、总建筑面积8万平方米。
            某市人民政府办公室
            2021年5月1日
            """);
        Assert.That(r.Targets.Select(t => (t.Subject, t.Value)), Is.EqualTo(new[]
        {
            ("职业教育专项资金", (double?)50000000),
            ("累计职业教育专项资金", (double?)250000000),
            ("累计开展补贴性职业技能培训", (double?)24000),
            ("年均开展补贴性职业技能培训", (double?)8000),
            ("统筹安排中职学校基础能力建设资金", (double?)160000000),
            ("就业不对口专业", (double?)2),
            ("新校区规划占地面积", (double?)180),
            ("总建筑面积", (double?)80000),
        }));
    }

    [Test]
    public void Responsibilities_NumberedMemberDutyParagraphs_AssignEachBody()
    {
        var r = RunText("""
            某县教育体育局关于加强中职学生顶岗实习管理的通知
            三、职责分工
            1．县教育体育局：负责全县中职学生顶岗实习的统筹管理和监督检查。
            2．县人力资源和社会保障局：负责指导实习单位依法保障实习学生权益。
            3．各中职学校：是学生实习管理的责任主体，负责制定实习计划。
            某县教育体育局
            2020年9月1日
            """);
        Assert.That(r.Responsibilities.Select(x => string.Join("|", x.Units)),
            Is.EqualTo(new[] { "县教育体育局", "县人力资源和社会保障局", "各中职学校" }));
    }

    [Test]
    public void Targets_ANumeralAndMeasureWordInsideAPlaceName_CountNothing()
    {
        // 五台山 is a mountain, not five 台; the campus size after 支持…新校区建设 still counts.
        var r = RunText("""
            某市人民政府办公室关于印发某市职业教育重点任务分工方案的通知
            一、支持五台山风景名胜区骨干企业举办职业教育。
            二、支持某市职业技术学院新校区建设，规划占地面积600亩。
            某市人民政府办公室
            2021年3月1日
            """);
        Assert.That(r.Targets.Select(t => (t.Subject, t.Value, t.Unit)), Is.EqualTo(new[] { ("规划占地面积", (double?)600, "亩") }));
    }

    [Test]
    public void Targets_AnIndicatorTableExportedFromWordAsText_GivesItsTargetColumn()
    {
        // One cell a line, each after a tab, an empty line between rows: 指标 | 单位 | 基期值 | 目标值.
        var r = RunText("""
            某县教育局关于印发职业教育提质培优行动计划的通知
            主要指标
            \t指标\t单位\t基期值\t目标值

            \t中职学校在校生规模\t人\t5860\t6500

            \t毕业生职业技能等级证书获取率\t%\t62\t≥85

            某县教育局
            2021年3月1日
            """.Replace("\\t", "\t"));
        Assert.That(r.Targets.Select(t => (t.Subject, t.Value, t.Comparator)), Is.EqualTo(new[]
        {
            ("中职学校在校生规模", (double?)6500, "eq"),
            ("毕业生职业技能等级证书获取率", (double?)85, "gte"),
        }));
    }

    [Test]
    public void Responsibilities_AZoneNamedAsAUnit_EndsItsName()
    {
        var r = RunText("""
            某区人民政府办公室关于印发某区职业教育三年行动计划的通知
            一、推进产教融合。(责任单位:区教育局,某湖高新区(某里镇)、各镇人民政府、各街道办事处按职责分工负责)
            某区人民政府办公室
            2021年3月1日
            """);
        Assert.That(r.Responsibilities.Single().Units, Is.EqualTo(new[] { "区教育局", "某湖高新区(某里镇)", "各镇人民政府", "各街道办事处" }));
    }

    [Test]
    public void TitlesAndTasks_LeaveOutTheMarkersOfAWordExport()
    {
        var r = RunText("""
            [bookmark: _Toc79118200]某市人民政府办公室关于印发某市推进职业教育高质量发展实施方案的通知
            各县（市、区）人民政府：现印发给你们，请认真贯彻执行。
            [bookmark: _Toc79118203]（一）优化中职学校布局。推进中职学校整合。（责任单位：市教育局、市发展改革委）
            某市人民政府办公室
            2021年5月1日
            """);
        Assert.That(r.Title, Is.EqualTo("某市人民政府办公室关于印发某市推进职业教育高质量发展实施方案的通知"));
        var row = r.Responsibilities.Single();
        Assert.That(row.Task, Does.StartWith("优化中职学校布局"));
        Assert.That(row.TaskLabel, Is.EqualTo("（一）"));
    }

    [Test]
    public void Targets_ATotalOrARateWithOnlyItsVerb_CountWhatTheClauseBeforeNames()
    {
        var r = RunText("""
            某区人民政府关于推动职业教育高质量发展的实施意见
            一、区财政设立职业教育发展专项资金，“十四五”期间累计投入1亿元。
            二、落实中职学校生均公用经费拨款标准，每生每年不低于3000元。
            三、建成职教中心新校区，容纳在校生6000人。
            某区人民政府
            2021年5月1日
            """);
        Assert.That(r.Targets.Select(t => (t.Subject, t.Value)), Is.EqualTo(new[]
        {
            ("区财政设立职业教育发展专项资金", (double?)100000000),
            ("落实中职学校生均公用经费拨款标准", (double?)3000),
            ("在校生", (double?)6000),
        }));
    }

    [Test]
    public void Targets_AFigureCutByAStraySpace_IsReadWhole()
    {
        var r = RunText("""
            某市职业教育提质培优行动方案
            到2023年，建成实训基地1 5个，培训合格率达到9 0%以上，每年培养学徒2 00人。
            某市人民政府
            2021年5月1日
            """);
        Assert.That(r.Targets.Select(t => (t.Value, t.Unit)), Is.EqualTo(new[]
        {
            ((double?)15, "个"), ((double?)90, "%"), ((double?)200, "人"),
        }));
        Assert.That(r.Targets[0].Subject, Is.EqualTo("实训基地"));
        Assert.That(r.Targets[0].Evidence.Text, Does.Contain("1 5个"));
    }

    [Test]
    public void DocumentNumber_LetterSpaced_IsTheDocumentsOwn()
    {
        var r = RunText("""
            某市教育局文件
            任 教 字〔2022〕31 号
            关于印发某市职业教育发展实施方案的通知
            各学校：现印发给你们，请认真贯彻执行。
            某市教育局
            2022年5月1日
            """);
        Assert.That(r.DocumentNumber?.Text, Is.EqualTo("任教字〔2022〕31号"));
        Assert.That(r.DocumentNumber?.Agency, Is.EqualTo("任教字"));
        Assert.That(r.References, Is.Empty);
    }

    [Test]
    public void Responsibilities_ATaskCutByAHardWrap_StartsAtItsItem()
    {
        var r = RunText("""
            某市职业教育产教融合实施方案
                1. 建立校企人员互聘机制。专业课教师每年到合作企业实践不少于1个月，2022年12月底前出台
            校企人员双向流动管理办法。
                牵头单位：市教育局；配合单位：市人力资源和社会保障局
                2. 打造职教品牌专业。重点建设石油化工技术、汽车制造与检测3个品牌专业，
            每个品牌专业开发校企合作课程不少于3门。
                牵头单位：市教育局；配合单位：市工业和信息化局
            某市教育局
            2022年5月1日
            """);
        Assert.That(r.Responsibilities.Select(x => (x.TaskLabel, x.Task[..6])), Is.EqualTo(new[]
        {
            ("1", "建立校企人员"), ("2", "打造职教品牌"),
        }));
        Assert.That(r.Responsibilities[0].Task, Does.EndWith("双向流动管理办法。"));
    }

    [Test]
    public void DocumentNumber_UnderALabelCellOfTheRowAbove_IsTheDocumentsOwn()
    {
        var r = RunText("""
            索引号\t发布机构\t文号\t生成日期
            11330282002929526K/2023-83417\t某市教育局\t某教职成〔2023〕9号\t2023-04-03
            关于开展现代学徒制试点工作的通知
            各学校：根据《国务院关于印发国家职业教育改革实施方案的通知》（国发〔2019〕4号），现将有关事项通知如下。
            某市教育局
            2023年4月3日
            """.Replace("\\t", "\t"));
        Assert.That(r.DocumentNumber?.Text, Is.EqualTo("某教职成〔2023〕9号"));
        Assert.That(r.References.Select(x => x.DocumentNumber), Is.EqualTo(new[] { "国发〔2019〕4号" }));
    }

    [Test]
    public void Responsibilities_ATableOfWhoDeliversEachPolicy_NamesItsRowsByThePolicy()
    {
        var r = RunText("""
            某市支持产教融合若干措施
            序号\t政策条款\t牵头单位\t配合单位\t兑现方式
            1\t产教融合型企业奖励\t市发展改革局\t市教育局\t申报兑现
            2\t企业新型学徒制补贴\t市人力社保局\t市财政局\t免申即享
            某市人民政府办公室
            2023年8月1日
            """.Replace("\\t", "\t"));
        Assert.That(r.Responsibilities.Select(x => (x.Task, x.Lead)), Is.EqualTo(new[]
        {
            ("产教融合型企业奖励", "市发展改革局"), ("企业新型学徒制补贴", "市人力社保局"),
        }));
    }

    [Test]
    public void Responsibilities_TheBodiesThatCarryItOut_FollowTheSupportingOnes()
    {
        var r = RunText("""
            某省职业技能提升行动方案
            （一）加快技工院校高质量发展。支持技工院校扩容提质。（省人社厅牵头，省教育厅、省财政厅配合，各市（州）人民政府负责落实）
            某省人力资源和社会保障厅
            2022年5月1日
            """);
        var row = r.Responsibilities.Single();
        Assert.That(row.Units, Is.EqualTo(new[] { "省人社厅", "省教育厅", "省财政厅", "各市（州）人民政府" }));
        Assert.That(row.Lead, Is.EqualTo("省人社厅"));
    }

    [Test]
    public void Targets_SizesOfWhatTheClauseBeforeSetsUp_AndStandardsPaidBy()
    {
        var r = RunText("""
            某市高职教育提质行动计划
            一、支持某职业技术学院与本科高校联合开展高职本科协同育人试点，试点专业2个，每年招生100人左右。
            二、全年组织开展职业技能培训，全年培训1.5万人次。
            三、争取1个专业开展职业本科教育试点。
            四、扩招学生按不低于每生每年4000元标准落实生均拨款。
            五、人口规模在2000人以上的行政村根据需要设置幼儿园。
            某市教育局
            2021年5月1日
            """);
        Assert.That(r.Targets.Select(t => (t.Subject, t.Value)), Is.EqualTo(new[]
        {
            ("试点专业", (double?)2),
            ("试点专业", (double?)100),
            ("全年组织开展职业技能培训", (double?)15000),
            ("专业开展职业本科教育试点", (double?)1),
            ("生均拨款", (double?)4000),
        }));
    }

    [Test]
    public void Responsibilities_AHeadingWhoseNumberWasLost_StartsTheTask()
    {
        var r = RunText("""
            某市职业教育提质培优实施方案
            重点任务
            优化职业学校布局
            按照“做强一所、办好一批”的思路，整合市职业中学与市第二职业中学办学资源，2023年6月底前完成整合工作。（责任单位：市教育局、市委编办）
            某市人民政府办公室
            2022年5月16日
            """);
        Assert.That(r.Responsibilities.Single().Task, Does.StartWith("优化职业学校布局按照"));
    }

    [Test]
    public void Targets_SignsInProse_AreComparators_AndLeaveTheSubject()
    {
        var r = RunText("""
            某市职业教育提质培优实施方案
            主要指标：专业与主导产业匹配度≥85%，生均教学仪器设备值≥5000元。
            某市人民政府办公室
            2022年5月16日
            """);
        Assert.That(r.Targets.Select(t => (t.Subject, t.Value, t.Comparator)), Is.EqualTo(new[]
        {
            ("专业与主导产业匹配度", (double?)85, "gte"), ("生均教学仪器设备值", (double?)5000, "gte"),
        }));
    }

    [Test]
    public void DocumentNumber_OnlyInAPageMetaTag_IsRead()
    {
        var html = """
            <html><head><meta charset="utf-8"><meta name="文号" content="房政办发〔2023〕9号"><title>通知</title></head>
            <body><div class="TRS_Editor"><p>某区人民政府办公室关于印发某区推进职业教育产教融合发展实施方案的通知</p><p><img alt="文号"></p>
            <p>各镇人民政府，区政府各委、办、局：现将方案印发给你们，请认真贯彻落实。</p><p>某区人民政府办公室</p><p>2023年4月20日</p></div></body></html>
            """;
        var r = Pipeline.Value.Process(System.Text.Encoding.UTF8.GetBytes(html), "inline.html");
        Assert.That(r.DocumentNumber?.Text, Is.EqualTo("房政办发〔2023〕9号"));
    }

    [Test]
    public void Responsibilities_UnitsUnderAListOfPartsOpenedByAColon_AssignTheWhole()
    {
        var r = RunText("""
            某市教育局2024年职业教育工作要点
            一、扩大老年教育供给。重点做好以下工作：
            推动每个县区至少建成1所县级老年大学，9月底前完成市老年大学教学点布局调整；
            新增老年教育教学点60个；
            开发老年教育特色课程100门。
            （责任处室：职成处、老干部处）
            某市教育局
            2024年2月28日
            """);
        var row = r.Responsibilities.Single();
        Assert.That(row.Task, Does.StartWith("扩大老年教育供给"));
        Assert.That(row.Deadline?.End, Is.EqualTo("2024-09-30"));
    }

    [Test]
    public void Targets_OrganisedCounts_AreTargets()
    {
        var r = RunText("""
            某市教育局2024年职业教育工作要点
            一、组织职业学校专业课教师到企业实践1200人次。
            二、重点推进6个项目建设。
            某市教育局
            2024年2月28日
            """);
        Assert.That(r.Targets.Select(t => (t.Action, t.Value)), Is.EqualTo(new[] { ("组织", (double?)1200), ("推进", (double?)6) }));
    }

    [Test]
    public void HtmlPage_WhoseBodyIsOneList_KeepsItsPreambleAndSignature()
    {
        var items = string.Concat(Enumerable.Range(1, 6).Select(i =>
            $"<li>推进第{i}项重点工作，完善工作机制，加强统筹协调，确保各项任务落到实处，形成工作合力。（责任处室：职成处）</li>"));
        var html = $"""
            <html><head><meta charset="utf-8"><title>工作要点</title></head><body><div class="nav"><a href="/">首页</a></div>
            <div class="content"><p>某市教育局2024年职业教育工作要点</p>
            <p>根据《某省人民政府办公厅关于推动职业教育高质量发展的实施意见》（某政办发〔2023〕47号），制定本要点。</p>
            <ol>{items}</ol><p>某市教育局</p><p>2024年2月28日</p></div></body></html>
            """;
        var r = Pipeline.Value.Process(System.Text.Encoding.UTF8.GetBytes(html), "inline.html");
        Assert.That(r.References.Select(x => x.DocumentNumber), Is.EqualTo(new[] { "某政办发〔2023〕47号" }));
        Assert.That(r.IssueDate, Is.EqualTo("2024-02-28"));
    }

    [Test]
    public void HtmlPage_DisclosureLabelsOverTheirValues_AreMetadata()
    {
        var html = """
            <html><head><meta charset="utf-8"><title>通知</title></head><body>
            <table class="xxgk-head">
            <tr><th>索引号</th><th>主题分类</th><th>发布机构</th><th>发文日期</th></tr>
            <tr><td>014091563/2021-00178</td><td>教育</td><td>某县人民政府办公室</td><td>2021-10-26</td></tr>
            <tr><th>文号</th><th>时效</th><th colspan="2">标题</th></tr>
            <tr><td>某政办发〔2021〕78号</td><td>有效</td><td colspan="2">某县人民政府办公室关于印发某县落实“双减”工作实施方案的通知</td></tr>
            </table>
            <div class="article"><p>某县人民政府办公室关于印发某县落实“双减”工作实施方案的通知</p>
            <p>各镇人民政府，县各委、办、局：现将方案印发给你们，请认真贯彻落实。</p><p>某县人民政府办公室</p><p>2021年10月26日</p></div></body></html>
            """;
        var r = Pipeline.Value.Process(System.Text.Encoding.UTF8.GetBytes(html), "inline.html");
        Assert.That(r.DocumentNumber?.Text, Is.EqualTo("某政办发〔2021〕78号"));
        Assert.That(r.Metadata["topic"], Is.EqualTo("教育"));
    }

    [Test]
    public void Responsibilities_UnitsUnderATable_AssignTheParagraphThatIntroducedIt()
    {
        var r = RunText("""
            某县教育经费保障意见
            （四）加大学校建设投入。2023年校舍维修改造资金3200万元分配到有关乡镇（街道），具体如下：
            乡镇（街道）\t学校数（所）\t分配资金（万元）
            某城街道\t6\t420
            合计\t42\t3200
            （责任单位：县教育和体育局、县财政局）
            某县人民政府
            2023年3月1日
            """.Replace("\\t", "\t"));
        Assert.That(r.Responsibilities.Single().Task, Does.StartWith("加大学校建设投入"));
    }

    [Test]
    public void Responsibilities_UnitsClosingTheLastItemOfAGroup_AssignTheGroup()
    {
        var r = RunText("""
            某市教育发展规划
            （一）落实立德树人根本任务
            1.加强思想政治教育。统筹推进大中小学思政课一体化建设，创建德育品牌学校10所。
            2.加强体育美育劳动教育。建设中小学劳动教育实践基地5个。（牵头单位：市教育局；配合单位：市委宣传部）
            （二）推进学前教育普及普惠
            1.扩大普惠性资源供给。新增学位5400个。
            （责任单位：市教育局、市发改局）
            （三）深化教育综合改革
            1.推进县管校聘改革。（责任单位：市委编办）
            2.推进家校社协同育人。（责任单位：市妇联）
            某市人民政府办公室
            2022年5月1日
            """);
        Assert.That(r.Responsibilities.Select(x => (x.TaskLabel, x.Task[..4])), Is.EqualTo(new[]
        {
            ("（一）", "落实立德"), ("1", "扩大普惠"), ("1", "推进县管"), ("2", "推进家校"),
        }));
    }

    [Test]
    public void Docx_AMastheadInTheFirstPageHeader_FootnotesAndTextBoxes_AreRead()
    {
        var r = Run("probe108/docs/02_zhushan_education_bureau_2023_secondary_vocational_industry_education_work_points_docx_number_only_in_page_header_footnotes_text_box.docx");
        Assert.That(r.DocumentNumber?.Text, Is.EqualTo("竹教发〔2023〕9号"));
        Assert.That(r.Issuers.Select(i => i.Name), Does.Contain("竹山县教育局"));
        // Two cited numbers are given only in footnotes.
        Assert.That(r.References.Select(x => x.DocumentNumber), Is.SupersetOf(new[] { "十政办发〔2021〕38号", "鄂教职成〔2022〕7号" }));
        // A 专栏 text box holds figures of its own.
        Assert.That(r.Targets.Select(t => (t.Value, t.Unit)), Does.Contain(((double?)6, "间")));
    }

    [Test]
    public void Responsibilities_AUnitCellSayingItsRolesAsASentence_GivesLeadAndSupport()
    {
        var r = RunText("""
            某市职业教育提质培优行动计划重点任务分工表
            序号\t重点任务\t责任单位\t完成时间
            1\t完成市职业教育中心实训综合楼建设\t市教育局牵头，市发展和改革委员会、市财政局配合\t2022年10月底前
            2\t每年选送300名初中毕业生到职业学校就读\t市教育局\t每年
            某市人民政府办公室
            2021年5月1日
            """.Replace("\\t", "\t"));
        var first = r.Responsibilities[0];
        Assert.That(first.Units, Is.EqualTo(new[] { "市教育局", "市发展和改革委员会", "市财政局" }));
        Assert.That(first.Lead, Is.EqualTo("市教育局"));
        Assert.That(first.Supporting, Is.EqualTo(new[] { "市发展和改革委员会", "市财政局" }));
        Assert.That(r.Targets.Select(t => (t.Action, t.Value)), Does.Contain(("选送", (double?)300)));
    }

    [Test]
    public void Targets_AnIndicatorTableWithYearsUnderItsTargetHeader_GivesEachYear()
    {
        var r = RunText("""
            某市中等职业教育办学能力提升工作方案
            主要指标
            指标名称\t单位\t目标值\t目标值
            \t\t2023年\t2025年
            省级优质中职学校\t所\t6\t10
            某市教育局
            2022年3月1日
            """.Replace("\\t", "\t"));
        Assert.That(r.Targets.Select(t => (t.Value, t.Deadline?.End)), Is.EquivalentTo(new[]
        {
            ((double?)6, "2023-12-31"), ((double?)10, "2025-12-31"),
        }));
    }

    [Test]
    public void Responsibilities_AnUnlabelledLastPartOfThoseWhoCarryItOut_IsKept_AndAMergedUnitCellCountsOnce()
    {
        var r = RunText("""
            某市职业教育工作方案
            （一）实施办学条件达标工程。逐校制定达标方案。（牵头处室：职业教育与成人教育处；配合处室：计划财务处；各县（市、区）教育局负责落实）
            某市教育局
            2022年3月1日
            """);
        Assert.That(r.Responsibilities.Single().Units, Is.EqualTo(new[] { "职业教育与成人教育处", "计划财务处", "各县（市、区）教育局" }));
        var html = """
            <html><head><meta charset="utf-8"></head><body><div class="content"><p>某市技工教育实施方案</p>
            <table><tr><td>序号</td><td>具体任务</td><td>牵头单位</td><td>责任单位</td></tr>
            <tr><td>1</td><td>支持荣成市、乳山市技工学校创建技师学院</td><td colspan="2">荣成市人民政府、乳山市人民政府</td></tr></table>
            <p>某市人民政府办公室</p><p>2023年3月1日</p></div></body></html>
            """;
        var t = Pipeline.Value.Process(System.Text.Encoding.UTF8.GetBytes(html), "inline.html");
        Assert.That(t.Responsibilities.Single().Units, Is.EqualTo(new[] { "荣成市人民政府", "乳山市人民政府" }));
    }

    [Test]
    public void TargetsAndDeadlines_AListAfterOneVerb_AndAMonthBeforeItsCompletion()
    {
        var r = RunText("""
            某区职业教育实施方案
            一、到2025年，共建产业学院3个，现代学徒制试点专业4个。
            二、2023年9月完成首批“双师型”教师认定，空气质量退出全省后三位。
            某区教育委员会
            2023年3月1日
            """);
        Assert.That(r.Targets.Select(t => (t.Subject, t.Value)), Is.EqualTo(new[]
        {
            ("产业学院", (double?)3), ("现代学徒制试点专业", (double?)4),
        }));
        Assert.That(r.Deadlines.Select(d => d.End), Does.Contain("2023-09-30"));
    }

    [Test]
    public void Targets_ACountForEachOfAList_IsOneTargetForEach()
    {
        var r = RunText("""
            某县职业教育方案
            到2025年，建成国家级、省级示范性中等职业学校各1所，建成标准化考场和录播教室各1间。
            某县人民政府
            2023年3月1日
            """);
        Assert.That(r.Targets.Select(t => (t.Subject, t.Value, t.Unit)), Is.EqualTo(new[]
        {
            ("国家级", (double?)1, "所"), ("省级示范性中等职业学校", (double?)1, "所"),
            ("标准化考场", (double?)1, "间"), ("录播教室", (double?)1, "间"),
        }));
    }

    [Test]
    public void Targets_AnAmountWhoseClauseNamesOnlyWhoPays_IsOfTheFundNamedBefore()
    {
        var r = RunText("""
            某县职业教育提质培优行动方案
            一、落实职业教育专项资金，县财政每年安排不少于800万元。
            二、设立东盟留学生奖学金，每年安排资金200万元。
            某县人民政府
            2023年3月1日
            """);
        Assert.That(r.Targets.Select(t => (t.Subject, t.Value)), Is.EqualTo(new[]
        {
            ("落实职业教育专项资金", (double?)8000000), ("设立东盟留学生奖学金", (double?)2000000),
        }));
    }

    [Test]
    public void Targets_LinesOfAnIndicatorList_NameAndValueAfterAColon()
    {
        var r = RunText("""
            某州职业教育发展主要指标
            1.职业院校专业与主导产业匹配度：85%以上
            2.中等职业学校数：由13所整合为9所左右
            某州人民政府
            2022年3月15日
            """);
        Assert.That(r.Targets.Select(t => (t.Subject, t.Value, t.Comparator)), Is.EqualTo(new[]
        {
            ("职业院校专业与主导产业匹配度", (double?)85, "gte"), ("中等职业学校数", (double?)9, "approx"),
        }));
    }

    [Test]
    public void Targets_AYearlyRiseIsARate()
    {
        var r = RunText("""
            某市市域产教联合体建设方案
            一、市财政设立产教联合体建设专项资金3000万元，并每年递增10%。
            某市人民政府办公室
            2024年3月1日
            """);
        Assert.That(r.Targets.Select(t => (t.Value, t.Unit)), Is.EqualTo(new[] { ((double?)30000000, "元"), ((double?)10, "%") }));
    }

    [Test]
    public void Targets_ALevelAfterTheLevelBefore_SharesItsMeasure()
    {
        var r = RunText("""
            某区义务教育优质均衡实施方案
            到2025年，每百名学生拥有高于规定学历教师数小学达到4.2人以上、初中达到5.3人以上。
            某区人民政府办公室
            2023年3月1日
            """);
        Assert.That(r.Targets.Select(t => t.Subject), Is.EqualTo(new[] { "每百名学生拥有高于规定学历教师数小学", "每百名学生拥有高于规定学历教师数初中" }));
    }

    [Test]
    public void Targets_ACountAfterASelectionVerb_IsATarget()
    {
        var r = RunText("""
            某职业学院关于开展1+X证书制度试点工作的通知
            一、先行选取2个专业开展试点，2023年选定试点学校3所。
            某职业学院
            2022年9月1日
            """);
        Assert.That(r.Targets.Select(t => (t.Action, t.Value)), Is.EqualTo(new[] { ("选取", (double?)2), ("选定", (double?)3) }));
    }

    [Test]
    public void Responsibilities_ABodyAndItsDutyUnderAnItemNumber_AndNoApplicantsOrTotals()
    {
        var r = RunText("""
            关于下达2023年现代职业教育质量提升计划资金的通知
            （一）市教育局负责资金项目的组织实施和绩效运行监控。
            （二）市财政局负责资金及时拨付和监督管理。
            拟支持项目名单
            序号\t申报单位\t项目名称\t拟补助金额（万元）
            1\t某县职业教育中心\t实训基地建设\t120
            合计\t\t\t386
            某市财政局
            2023年6月1日
            """.Replace("\\t", "\t"));
        Assert.That(r.Responsibilities.Select(x => (x.Task[..4], x.Units.Single())), Is.EqualTo(new[]
        {
            ("资金项目", "市教育局"), ("资金及时", "市财政局"),
        }));
    }

    public static IEnumerable<string> AllDocuments() =>
        Directory.EnumerateFiles(Path.Combine(RepoPaths.TestData, "eval", "docs"))
            .Concat(Directory.EnumerateFiles(Path.Combine(RepoPaths.TestData, "extraction")))
            .Select(p => Path.GetRelativePath(RepoPaths.TestData, p)).Order();

    /// <summary>The invariant every extraction keeps: the evidence text is exactly the document text at its span.</summary>
    [TestCaseSource(nameof(AllDocuments))]
    public void Evidence_PointsAtTheTextItQuotes(string relative)
    {
        var path = Path.Combine(RepoPaths.TestData, relative);
        var doc = Pipeline.Value.Read(File.ReadAllBytes(path), relative);
        var r = Pipeline.Value.Extract(doc);
        var evidences = new List<Evidence?> { r.DocumentNumber?.Evidence };
        evidences.AddRange(r.Evidence.Values);
        evidences.AddRange(r.Issuers.Select(i => i.Evidence));
        evidences.AddRange(r.References.Select(i => i.Evidence));
        evidences.AddRange(r.Deadlines.Select(i => i.Evidence));
        evidences.AddRange(r.Targets.Select(i => i.Evidence));
        evidences.AddRange(r.Responsibilities.Select(i => i.Evidence));
        foreach (var e in evidences.OfType<Evidence>())
        {
            Assert.That(doc.Text.Substring(e.Start, e.End - e.Start), Is.EqualTo(e.Text));
            Assert.That(doc.Text[..e.Start].Count(c => c == '\n') + 1, Is.EqualTo(e.Line));
        }
    }

    [Test]
    public void Title_OfAFiveBodyJointNotice_LongerThanALine_KeepsTheSignatureAboveTheAnnex()
    {
        // The one-paragraph title names all five bodies before 关于 (135 characters); the annex's table title below the
        // signature is not the document's title, and the signature above it is found.
        var r = Run("probe49/docs/02_cangzhou_five_bodies_leading_group_office_2025_rural_living_environment_task_list_docx_vmerge_table.docx");
        Assert.That(r.Title, Does.StartWith("沧州市农村人居环境整治工作领导小组办公室 沧州市农业农村局").And.EndWith("重点任务清单》的通知"));
        Assert.That(r.Issuers.Select(i => i.Name), Is.EqualTo(new[] { "沧州市农村人居环境整治工作领导小组办公室", "沧州市农业农村局",
            "沧州市住房和城乡建设局", "沧州市生态环境局", "沧州市财政局" }));
        Assert.That(r.IssueDate, Is.EqualTo("2025-03-28"));
        // The task merged over two rows (w:vMerge) gives one assignment a row, each with its own units and time limit.
        var merged = r.Responsibilities.Where(x => x.Task.StartsWith("开展农村改厕问题摸排整改")).ToList();
        Assert.That(merged.Select(x => x.Units[0]), Is.EqualTo(new[] { "市农业农村局", "各县（市、区）人民政府" }));
        Assert.That(merged[0].Deadline?.End, Is.EqualTo("2025-06-30"));
        // A long line of the body, with the commas of a sentence, is no title even when it ends like one.
        var body = RunText("""
            某某市农业农村局关于做好春耕备耕工作的通知
            为贯彻落实省委、省政府决策部署，市农业农村局、市财政局、市住房和城乡建设局、市生态环境局、市水务局已联合转发关于做好2025年全省春耕备耕和农资保供稳价工作的通知
            2025年3月1日
            """);
        Assert.That(body.Title, Is.EqualTo("某某市农业农村局关于做好春耕备耕工作的通知"));
    }

    [Test]
    public void DocumentNumber_OfAnAnnouncement_IsItsYearlySerialUnderTheHeader()
    {
        var r = Run("probe49/docs/03_suizhou_market_regulation_bureau_2025_no3_prepaid_consumption_announcement_effective_period_fines.txt");
        Assert.That(r.DocumentNumber?.Text, Is.EqualTo("2025年第3号"));
        Assert.That((r.DocumentNumber!.Year, r.DocumentNumber.Serial), Is.EqualTo(((int?)2025, (int?)3)));
        Assert.That(r.DocumentNumber.Agency, Is.EqualTo("随州市市场监督管理局公告"));
        // The repealed 公告 is cited by its serial; the order of a department by its 令 number.
        Assert.That(r.References.Select(x => x.DocumentNumber), Is.SupersetOf(new[] { "2021年第7号", "国家市场监督管理总局令第56号" }));
        Assert.That(r.References.Single(x => x.DocumentNumber == "2021年第7号").Title, Does.EndWith("公告"));
        // A serial under a notice's title is not read as its number, nor one after a cited title that is no 公告.
        var notice = RunText("""
            某某市商务局关于开展消费季活动的通知
            （2025年第3号）
            根据《某某市促进消费若干措施》（2024年第5号）要求，现将有关事项通知如下。
            某某市商务局
            2025年3月1日
            """);
        Assert.That(notice.DocumentNumber, Is.Null);
        Assert.That(notice.References.Select(x => x.DocumentNumber), Has.None.EqualTo("2024年第5号"));
    }

    [Test]
    public void References_NumberOpeningTheNextLine_IsTheNumberOfTheTitleBefore()
    {
        // Copied from a PDF: 《…的通知》 ends one line and （陕教发〔2022〕18号） opens the next.
        var r = Run("probe49/docs/04_yanta_district_education_bureau_2025_preschool_three_year_plan_pdf_text_hard_wraps_page_numbers_reference_numbers_next_line.txt");
        Assert.That(r.References.Single(x => x.DocumentNumber == "陕教发〔2022〕18号").Title, Does.StartWith("陕西省教育厅等九部门关于印发"));
        Assert.That(r.References.Single(x => x.DocumentNumber == "雁政发〔2022〕6号").Title, Is.EqualTo("雁塔区“十四五”教育事业发展规划"));
        Assert.That(r.References.Where(x => x.Title is null), Is.Empty);
        // The law cited by title alone keeps no number.
        Assert.That(r.References.Single(x => x.Title == "中华人民共和国学前教育法").DocumentNumber, Is.Null);
    }

    [Test]
    public void Targets_StandardContainers_Afforestation_WorkOnWhatExists_AndSizeClasses()
    {
        var r = RunText("""
            某某市人民政府关于加快发展海洋经济的意见
            到2027年，集装箱吞吐量达到1200万标准箱；营造红树林1000公顷、修复现有红树林2000公顷。建成投产千万吨级炼化一体化项目1个，打造2—3个千亿元级临港产业集群。全市现有涉海职业院校3所。
            某某市人民政府
            2025年4月18日
            """);
        Assert.That(r.Targets.Single(t => t.Unit == "标准箱").Value, Is.EqualTo(12000000));
        Assert.That(r.Targets.Where(t => t.Unit == "公顷").Select(t => t.Value), Is.EquivalentTo(new double?[] { 1000, 2000 }));
        var clusters = r.Targets.Single(t => t.Comparator == "range");
        Assert.That((clusters.Min, clusters.Max), Is.EqualTo(((double?)2, (double?)3)));
        Assert.That(clusters.Subject, Does.Contain("临港产业集群"));
        // 千亿元级 names the class of the clusters: no 1000亿元 target. 现有 not after a work verb still reports a count.
        Assert.That(r.Targets.Where(t => t.Unit == "元"), Is.Empty);
        Assert.That(r.Targets.Where(t => t.Unit == "所"), Is.Empty);
    }

    [Test]
    public void Targets_TimesBroughtDown_InPairsRespectively_WithAbout_AndInABand()
    {
        var r = RunText("""
            某某市人民政府办公室关于印发2025年优化营商环境工作要点的通知
            进口、出口整体通关时间分别压缩至40小时、1.5小时左右。工业项目从拿地到开工时间控制在3至6个月。不动产登记时间压缩至2小时左右。
            符合条件的，3—5个工作日内办结。每天工作8小时、休息1小时。
            某某市人民政府办公室
            2025年2月27日
            """);
        var hours = r.Targets.Where(t => t.Unit == "小时").ToList();
        // Both times of the pair, each with the pair's subject and the 左右 written after the last.
        Assert.That(hours.Select(t => t.Value), Is.EquivalentTo(new double?[] { 40, 1.5, 2 }));
        Assert.That(hours.Where(t => t.Value is 40 or 1.5).Select(t => t.Subject), Has.All.Contains("整体通关时间"));
        Assert.That(hours.Select(t => t.Comparator), Has.All.EqualTo("approx"));
        Assert.That(hours.Single(t => t.Value == 2).Subject, Does.Contain("不动产登记时间"));
        // The band after 控制在 is a range, though 从…到 opens the clause.
        var band = r.Targets.Single(t => t.Unit == "个月");
        Assert.That((band.Comparator, band.Min, band.Max), Is.EqualTo(("range", (double?)3, (double?)6)));
        Assert.That(band.Subject, Is.EqualTo("工业项目从拿地到开工时间"));
        // A period of the procedure is no target, nor hours that no verb brings down.
        Assert.That(r.Targets.Where(t => t.Unit is "个工作日" or "工作日"), Is.Empty);
        Assert.That(hours.Where(t => t.Value is 8 or 1), Is.Empty);
    }

    [Test]
    public void Targets_CoefficientRaisedFromALevel_AndWorksFittedAlongside()
    {
        var r = Run("probe50/docs/02_meizhou_water_bureau_reply_jiaoling_county_irrigation_district_renovation_plan_approved_amounts.txt");
        // 由0.52提高到0.56以上: the level reached, not the one it starts from.
        var coefficient = r.Targets.Where(t => t.Subject?.Contains("灌溉水有效利用系数") == true).ToList();
        Assert.That(coefficient.Select(t => (t.Value, t.Comparator)), Is.EqualTo(new[] { ((double?)0.56, "gte") }));
        // 配套自动化闸门控制点15处 counts what is fitted.
        Assert.That(r.Targets.Single(t => t.Unit == "处" && t.Value == 15).Subject, Does.Contain("自动化闸门控制点"));
        // The approved total and its funding sources are there; 其余660万元 as the rest of the total.
        Assert.That(r.Targets.Where(t => t.Unit == "元").Select(t => t.Value), Is.SupersetOf(new double?[] { 32600000, 19500000, 6500000, 6600000 }));
        var plain = RunText("""
            某某县水务局关于灌区建设的通知
            灌溉水有效利用系数由0.52提高到0.56。
            某某县水务局
            2025年3月20日
            """);
        Assert.That(plain.Targets.Select(t => t.Value), Is.EqualTo(new double?[] { 0.56 }));
    }

    [Test]
    public void Targets_FundDefinedInItsArticle_IsWhatTheBareVerbAfterProvides()
    {
        var r = Run("probe50/docs/03_yulin_commerce_bureau_rural_ecommerce_measures_implementation_rules_html_two_row_header_task_table.html");
        // 本细则所称专项资金，是指…的资金，2025年至2027年每年安排不少于1500万元: the fund, not the verb 安排.
        var fund = r.Targets.Single(t => t.Value == 15000000);
        Assert.That((fund.Subject, fund.Comparator), Is.EqualTo(("专项资金", "gte")));
        // A first clause that defines no fund leaves the bare verb alone.
        var other = RunText("""
            某某市商务局关于印发实施细则的通知
            第二条　本细则所称电商企业，是指在本市登记注册的企业，每年安排不少于1500万元。
            某某市商务局
            2025年5月14日
            """);
        Assert.That(other.Targets.Where(t => t.Subject == "电商企业"), Is.Empty);
    }

    [Test]
    public void Responsibilities_MemberDutyParagraphs_UnitColonFuze()
    {
        // 成员单位职责 of a 应急预案: one paragraph a unit, 市X局：负责…; the task is what follows 负责.
        var r = Run("probe51/docs/02_yaan_city_government_office_geological_disaster_emergency_plan_member_duties_colon_paragraphs.txt");
        var police = r.Responsibilities.Single(x => x.Units.SequenceEqual(new[] { "市公安局" }));
        Assert.That(police.Task, Does.StartWith("灾区治安管理和交通疏导"));
        Assert.That(r.Responsibilities.Count(x => x.Units.Count == 1 && x.Task.Length > 10), Is.EqualTo(10));
        // 本预案由市应急管理局负责解释 and 其他成员单位按照职责分工做好相关工作 assign nothing.
        Assert.That(r.Responsibilities.Where(x => x.Task.Contains("解释")), Is.Empty);
        var t = RunText("""
            某某市森林火灾应急预案
            指挥长：负责统一指挥森林火灾扑救工作。
            主要职责：负责组织协调全市森林防灭火工作。
            市林业局：负责森林火情监测和早期处置。
            某某市人民政府
            2025年3月1日
            """);
        Assert.That(t.Responsibilities.Select(x => x.Units.Single()), Is.EqualTo(new[] { "市林业局" }));
    }

    [Test]
    public void HardWrap_SpaceAlignedTableRows_AreNotJoined_AndBlankCellsKeepTheirColumn()
    {
        // A plan copied from a PDF: prose cut at one width, an indicator table aligned with runs of spaces whose 类别 is
        // printed on its group's first row only (and cut over two rows: 水资源 / 保障).
        var r = Run("probe51/docs/03_quzhou_city_government_office_14th_five_year_water_plan_excerpt_pdf_space_aligned_indicator_table_boxes.txt");
        Assert.That(r.Targets.Single(x => x.Subject!.Contains("用水总量")).Value, Is.EqualTo(1.75e9));
        Assert.That(r.Targets.Single(x => x.Subject!.Contains("用水总量")).Comparator, Is.EqualTo("lte"));
        Assert.That(r.Targets.Single(x => x.Subject!.Contains("农田灌溉水有效利用系数")).Value, Is.EqualTo(0.61));
        Assert.That(r.Targets.Any(x => x.Subject!.Contains("主要江河堤防达标率") && x.Value == 95), Is.True);
        // The 2020年 column and the 发展基础 results (joined back into one paragraph) are no targets.
        Assert.That(r.Targets.Where(x => x.Value is 88.5 or 16.3 or 0.597 or 412), Is.Empty);
        // The wrapped prose is joined: a subject cut over two lines is whole again.
        Assert.That(r.Targets.Any(x => x.Subject!.Contains("社会资本")), Is.True);
    }

    [Test]
    public void Targets_WeightOfAnAssessmentPart_WithoutBrackets_IsNoTarget()
    {
        var r = RunText("""
            某某市2025年度生活垃圾分类工作考核细则
            第三条　2025年，城区生活垃圾回收利用率达到36%以上。
            第四条　日常考核占60%，由市住房城乡建设局每季度组织明查暗访；年终考核占40%，对照评分表逐项评分。群众满意度测评占比达到90%以上。
            某某市住房和城乡建设局
            2025年3月18日
            """);
        Assert.That(r.Targets.Where(t => t.Value is 60 or 40), Is.Empty);
        Assert.That(r.Targets.Single(t => t.Value == 36).Comparator, Is.EqualTo("gte"));
        // 占比 is a share to reach, not a weight.
        Assert.That(r.Targets.Any(t => t.Value == 90), Is.True);
    }

    [Test]
    public void DocumentNumber_InTheRowUnderTheTitle_OfAnOldTableLayoutPage()
    {
        var r = Run("probe52/docs/01_hainan_hrss_finance_joint_2025_employment_internship_notice_old_portal_nested_tables_font.html");
        // The title alone in its <td>, the 发布时间 row, then the number in a row of its own above the body's cell.
        Assert.That(r.DocumentNumber?.Text, Is.EqualTo("琼人社发〔2025〕64号"));
        // The documents the body cites stay references.
        Assert.That(r.References.Select(x => x.DocumentNumber), Is.SupersetOf(new[] { "人社部发〔2025〕12号", "琼府办〔2025〕9号" }));
    }

    [Test]
    public void Responsibilities_TaskLinesTakeTheTimeLimitOfTheirSectionHeading()
    {
        var r = Run("probe52/docs/02_pingjiang_county_government_2025_meeting_minutes_task_breakdown_shared_section_deadlines.txt");
        string? End(string task) => r.Responsibilities.Single(x => x.Task.StartsWith(task)).Deadline?.End;
        // （一）近期任务（2025年6月底前完成） / （二）中期任务（2025年9月底前完成）: the lines under them take the heading's limit…
        Assert.That(End("完成县城12处易涝积水点应急整治"), Is.EqualTo("2025-06-30"));
        Assert.That(End("完成县城积水点智能监测系统建设"), Is.EqualTo("2025-09-30"));
        // …a line's own 完成时限 wins, and a heading without one (（四）常态化任务) gives none.
        Assert.That(End("争取中央预算内投资"), Is.EqualTo("2025-07-31"));
        Assert.That(End("组织项目竣工验收和资金审计"), Is.EqualTo("2026-01-31"));
        Assert.That(End("落实汛期24小时值班值守"), Is.Null);
        var plain = RunText("""
            某某县人民政府关于工作任务分解的通知
            （一）近期任务
            1. 完成城区排水管网排查。牵头单位：县住房和城乡建设局；责任单位：县水利局。
            某某县人民政府
            2025年5月16日
            """);
        Assert.That(plain.Responsibilities.Single().Deadline, Is.Null);
    }

    [Test]
    public void Targets_APartInAnIncludesBracket_IsAPartNotTheSubjectOfTheWhole()
    {
        // （含…200人） after a count names the part it includes: the whole keeps the noun before it, the part the noun
        // inside the bracket; 3年（含）以上 is the inclusive mark of a bound, no part.
        var r = RunText("""
            某县教育局关于做好2025年中等职业学校招生工作的通知
            一、2025年，县职教中心招收全日制学历教育新生900人（含“3+2”中高职贯通培养200人），建成示范基地5个（含省级2个）。
            二、具有3年（含）以上企业工作经历的专业课教师不少于50人。
            某县教育局
            2025年3月1日
            """);
        Assert.That(r.Targets.Select(t => (t.Value, t.Unit, t.Subject)), Is.EqualTo(new[]
        {
            ((double?)900, "人", "全日制学历教育新生"), ((double?)200, "人", "“3+2”中高职贯通培养"),
            ((double?)5, "个", "示范基地"), ((double?)2, "个", "省级"),
            ((double?)50, "人", "具有3年（含）以上企业工作经历的专业课教师"),
        }));
    }

    [Test]
    public void Targets_ABoundOnlyBelowWhichOnesAreMeant_IsACondition()
    {
        // 低于60%的专业 says which programmes are closed, 少于20人的班级 which classes merge: no level to reach. A level below
        // a bound that is itself the aim (控制在低于5%的水平) and 不低于…的 stay targets.
        var r = RunText("""
            某市教育局关于优化职业院校专业设置的通知
            一、停办就业率连续两年低于60%的专业，合并在校生少于20人的班级。
            二、学生流失率控制在低于5%的水平，落实地方教育附加用于职业教育的比例不低于30%的政策。
            某市教育局
            2025年3月1日
            """);
        Assert.That(r.Targets.Select(t => (t.Value, t.Unit, t.Comparator)), Is.EqualTo(new[]
        {
            ((double?)5, "%", "lt"), ((double?)30, "%", "gte"),
        }));
    }

    [Test]
    public void Targets_ARunningTotalAfterAYearsFigure_CountsWhatTheClauseBeforeCounts()
    {
        // 到2027年累计达到1.2万人 after 2025年新增订单培养规模3000人 is the total of the same measure; a total in another unit
        // (累计达到30% after 10家) and a total that names its own noun (累计建设资金2亿元) keep their own subjects.
        var r = RunText("""
            某市职业教育产教融合行动计划
            一、2025年新增订单培养规模3000人，到2027年累计达到1.2万人。
            二、2025年建成实训基地5个，2026年累计建成12个，到2027年累计建设资金2亿元。
            三、2025年培育产教融合型企业10家，累计达到30%。
            某市人民政府办公室
            2025年3月1日
            """);
        Assert.That(r.Targets.Select(t => (t.Value, t.Subject)), Is.EqualTo(new[]
        {
            ((double?)3000, "2025年新增订单培养规模"), ((double?)12000, "累计订单培养规模"),
            ((double?)5, "实训基地"), ((double?)12, "累计实训基地"), ((double?)200000000, "累计建设资金"),
            ((double?)10, "产教融合型企业"), ((double?)30, "累计"),
        }));
    }

    [Test]
    public void Targets_TheThirdOfValuesGivenRespectively_SharesThePhraseBeforeTheFirst()
    {
        // 分别达到1.1万人、0.6万人和0.3万人: the third is of 在校生 as the first two are, not of the values between; a series
        // without 分别 keeps each noun.
        var r = RunText("""
            某市职业教育发展实施意见
            一、到2025年，中职、高职、技师学院在校生分别达到1.1万人、0.6万人和0.3万人。
            二、海口、三亚、儋州分别新增岗位4500个、2500个、1000个。
            三、建成示范基地5个、实训中心3个、技能大师工作室10个。
            某市教育局
            2025年3月1日
            """);
        Assert.That(r.Targets.Select(t => (t.Value, t.Subject)), Is.EqualTo(new[]
        {
            ((double?)11000, "中职、高职、技师学院在校生"), ((double?)6000, "中职、高职、技师学院在校生"),
            ((double?)3000, "中职、高职、技师学院在校生"),
            ((double?)4500, "海口、三亚、儋州分别新增岗位"), ((double?)2500, "海口、三亚、儋州分别新增岗位"),
            ((double?)1000, "海口、三亚、儋州分别新增岗位"),
            ((double?)5, "示范基地"), ((double?)3, "实训中心"), ((double?)10, "技能大师工作室"),
        }));
    }

    [Test]
    public void Targets_StandardsPerPersonGivenRespectively_AreAllStandards()
    {
        // 每人分别补贴1000元、1500元、2000元: each is a rate of support, as the first alone would be; amounts given
        // respectively without 每 (每年分别安排专项资金500万元、300万元) stay targets.
        var r = RunText("""
            某市人力资源和社会保障局关于开展职业技能培训的通知
            一、初级工、中级工、高级工每人分别补贴1000元、1500元、2000元。
            二、市财政每年分别安排专项资金500万元、300万元。
            某市人力资源和社会保障局
            2025年3月1日
            """);
        Assert.That(r.Targets.Select(t => t.Value), Is.EqualTo(new double?[] { 5000000, 3000000 }));
    }
}
