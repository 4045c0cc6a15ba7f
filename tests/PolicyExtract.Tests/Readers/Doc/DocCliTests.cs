using System.Text.Json;
using PolicyExtract.Tests.Support;

namespace PolicyExtract.Tests.Readers.Doc;

/// <summary>The real command line on .doc samples.</summary>
public class DocCliTests
{
    [Test]
    public void Extract_Doc_PrintsTheDocument()
    {
        var run = CliHarness.Run(null, "extract", "samples/doc/notice.doc");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        // stderr carries only the closing summary line.
        Assert.That(run.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.All.StartWith("policyextract: done:"));
        using var json = JsonDocument.Parse(run.StdOut);
        var source = json.RootElement.GetProperty("source");
        Assert.That(source.GetProperty("path").GetString(), Is.EqualTo("samples/doc/notice.doc"));
        Assert.That(source.GetProperty("format").GetString(), Is.EqualTo("doc"));
        Assert.That(source.GetProperty("bytes").GetInt64(), Is.EqualTo(new FileInfo(Path.Combine(RepoPaths.Samples, "doc", "notice.doc")).Length));
        var metadata = json.RootElement.GetProperty("metadata");
        Assert.That(metadata.GetProperty("properties.title").GetString(), Is.EqualTo("关于做好2020年学校安全工作的通知"));
    }

    [Test]
    public void Extract_WpsThatIsACompoundFile_IsReadAsDoc()
    {
        var dir = Path.Combine(Path.GetTempPath(), "pe-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            File.Copy(Path.Combine(RepoPaths.Samples, "doc", "notice.doc"), Path.Combine(dir, "通知.wps"));
            var run = CliHarness.Run(dir, "extract", "通知.wps");
            Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
            using var json = JsonDocument.Parse(run.StdOut);
            Assert.That(json.RootElement.GetProperty("source").GetProperty("format").GetString(), Is.EqualTo("doc"));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Test]
    public void Extract_HtmlNamedDoc_IsReadAsHtml()
    {
        // Word's "save as web page" and many content systems serve HTML under a .doc name.
        var dir = Path.Combine(Path.GetTempPath(), "pe-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            File.WriteAllText(Path.Combine(dir, "通知.doc"),
                "<html><head><meta charset=\"utf-8\"><title>关于做好学校安全工作的通知</title></head><body><p>各有关单位：</p><p>现将有关事项通知如下。</p></body></html>");
            var run = CliHarness.Run(dir, "extract", "通知.doc");
            Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
            using var json = JsonDocument.Parse(run.StdOut);
            Assert.That(json.RootElement.GetProperty("source").GetProperty("format").GetString(), Is.EqualTo("html"));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Test]
    public void Extract_RtfNamedDoc_IsReadAsRtf()
    {
        var run = CliHarness.Run(null, "extract", "samples/doc/rtf-named.doc");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        using var json = JsonDocument.Parse(run.StdOut);
        Assert.That(json.RootElement.GetProperty("source").GetProperty("format").GetString(), Is.EqualTo("rtf"));
    }

    [Test]
    public void Extract_BadDocs_OneLineEachAndTheOthersStillRead()
    {
        var run = CliHarness.Run(null, "extract", "tests/data/doc/encrypted.doc", "tests/data/doc/word95.doc",
            "tests/data/doc/truncated.doc", "samples/doc/notice.doc");
        Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
        var lines = run.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith("policyextract: done:")).ToArray();
        Assert.That(lines, Has.Length.EqualTo(3), run.ToString());
        Assert.That(lines[0], Is.EqualTo("policyextract: tests/data/doc/encrypted.doc: encrypted Word document (password protected)"));
        Assert.That(lines[1], Is.EqualTo("policyextract: tests/data/doc/word95.doc: Word 6/95 format is not supported"));
        Assert.That(lines[2], Does.StartWith("policyextract: tests/data/doc/truncated.doc: corrupt .doc: "));
        Assert.That(run.StdErr, Does.Not.Contain("   at "), "no stack trace");
        // Several inputs give an array, holding the one document that could be read.
        using var json = JsonDocument.Parse(run.StdOut);
        var results = json.RootElement.EnumerateArray().ToList();
        Assert.That(results, Has.Count.EqualTo(1));
        Assert.That(results[0].GetProperty("source").GetProperty("path").GetString(), Is.EqualTo("samples/doc/notice.doc"));
    }
}
