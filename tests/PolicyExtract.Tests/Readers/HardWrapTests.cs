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
}
