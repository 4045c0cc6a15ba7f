using PolicyExtract.Readers.Text;
using PolicyExtract.Tests.Support;

namespace PolicyExtract.Tests.Readers;

public class HardWrapTests
{
    private static string Read(string relative) => File.ReadAllText(Path.Combine(RepoPaths.TestData, relative)).Replace("\r\n", "\n");

    [Test]
    public void HardWrap_JoinsLinesCutAtAFixedWidth_AndDropsPageFooters()
    {
        var text = Read("probe2/docs/08_changchun_social_assistance_pdfwrap.txt");
        var reflowed = HardWrap.Reflow(text);
        Assert.That(reflowed, Is.Not.Null);
        var (joined, lines) = reflowed!.Value;
        // A document number and a list of units broken at the line end, and a page footer in the middle, are whole again.
        Assert.That(joined, Does.Contain("（吉政办发〔2022〕25号）"));
        Assert.That(joined, Does.Contain("配合单位：市人力资源社会保障局、市医保局"));
        Assert.That(joined, Does.Not.Contain("— 1 —"));
        Assert.That(lines, Has.Count.EqualTo(joined.Count(c => c == '\n') + 1));
        Assert.That(lines.Any(l => l.Last > l.First), Is.True);
    }

    [Test]
    public void HardWrap_ALayoutWhereFiguresAreHalfWidth_IsMeasuredInColumns_AndAFooterBetweenTableRowsIsDropped()
    {
        // Lines of 28–31 characters: the same printed width, more characters where a line holds digits.
        var text = Read("probe27/docs/01_panjin_office_2025_business_environment_action_plan_pdf_pages_indicator_annex.txt");
        var (joined, lines) = HardWrap.Reflow(text)!.Value;
        Assert.That(joined, Does.Contain("2025年6月底前，推出“高效办成一件事”重点事项15个以上"));
        Assert.That(joined, Does.Contain("（责任单位：市营商局、市数据局，各县区政府）"));
        // The annex table runs across a page: blank, — 5 —, blank between two rows are gone.
        Assert.That(joined, Does.Not.Contain("— 5 —"));
        Assert.That(joined, Does.Match("\\n2\\t[^\\n]*\\n3\\t"));
        Assert.That(lines, Has.Count.EqualTo(joined.Count(c => c == '\n') + 1));
        // A full-width table row is not joined to the next row, nor to the 抄送 line after the table.
        var annex = HardWrap.Reflow(Read("probe27/docs/03_yanbian_prefecture_ecology_bureau_2025_air_pollution_notice_pdf_pages_indicator_annex.txt"))!.Value.Text;
        Assert.That(annex.Split('\n').Count(l => l.Contains('\t')), Is.EqualTo(8));
        Assert.That(annex.Split('\n').Single(l => l.StartsWith("7\t", StringComparison.Ordinal)), Does.Not.Contain("抄送"));
    }

    [TestCase("eval/docs/000_84a26a079fc050bc.txt")]
    [TestCase("eval/docs/001_4b298fee1b352756.txt")]
    [TestCase("eval/docs/002_7fdab2a4388eb7e7.txt")]
    [TestCase("extraction/joint-provincial-notice.txt")]
    public void HardWrap_LeavesParagraphPerLineTextAlone(string relative) =>
        Assert.That(HardWrap.Reflow(Read(relative)), Is.Null);

    [Test]
    public void Extract_OnHardWrappedText_FindsTheBrokenNumberAndTheWholeUnitList()
    {
        var run = CliHarness.Run(null, "extract", "tests/data/probe2/docs/08_changchun_social_assistance_pdfwrap.txt");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.StdOut, Does.Contain("\"documentNumber\": \"吉政办发〔2022〕25号\""));
        Assert.That(run.StdOut, Does.Contain("\"市人力资源社会保障局\""));
    }

    [Test]
    public void HardWrap_ARunningHeaderUnderEachPageFooter_IsDroppedWithIt()
    {
        var text = Read("probe106/docs/03_fuding_city_office_2021_14th_fyp_education_development_plan_pdf_text_hard_wraps_running_header_repeated_table_header.txt");
        var (joined, _) = HardWrap.Reflow(text)!.Value;
        // The title opens the document once and every later page again: only the first stays.
        Assert.That(joined.Split('\n').Count(l => l.Trim() == "福鼎市“十四五”教育发展专项规划"), Is.LessThanOrEqualTo(2));
        Assert.That(joined, Does.Contain("配合单位：市发改局"));
    }
}
