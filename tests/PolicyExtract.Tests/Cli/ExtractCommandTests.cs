using System.Text.Json;
using PolicyExtract.Tests.Support;

namespace PolicyExtract.Tests.Cli;

public class ExtractCommandTests
{
    [Test]
    public void Extract_MissingPath_NamesTheFileAndExitsOne()
    {
        var run = CliHarness.Run(null, "extract", "no/such/file.txt");
        Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
        Assert.That(run.StdErr, Does.Contain("no/such/file.txt: no such file or directory"));
    }

    [Test]
    public void Extract_UnknownOption_IsAUsageError()
    {
        var run = CliHarness.Run(null, "extract", "--no-such-option");
        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.StdOut, Is.Empty);
    }

    [Test]
    public void Extract_TextFile_PrintsEnvelopeWithSource()
    {
        var dir = Path.Combine(Path.GetTempPath(), "pe-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var file = Path.Combine(dir, "a.txt");
            File.WriteAllText(file, "关于印发某某办法的通知\n各有关单位：\n");
            var run = CliHarness.Run(dir, "extract", "a.txt");
            Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
            using var json = JsonDocument.Parse(run.StdOut);
            var source = json.RootElement.GetProperty("source");
            Assert.That(source.GetProperty("path").GetString(), Is.EqualTo("a.txt"));
            Assert.That(source.GetProperty("format").GetString(), Is.EqualTo("text"));
            Assert.That(source.GetProperty("bytes").GetInt64(), Is.EqualTo(new FileInfo(file).Length));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
