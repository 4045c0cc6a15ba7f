using System.Text;
using System.Text.Json;
using PolicyExtract.Tests.Support;

namespace PolicyExtract.Tests.Cli;

/// <summary>
/// The bad-input list: each bad input gets one line on stderr naming the file and the reason, the other inputs are
/// still processed, and the exit code is 1. Every case runs the real tool beside a good input.
/// </summary>
public class BadInputTests
{
    private static readonly byte[] Ole2Header = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0, 0, 0, 0, 0];

    private const string GoodText = "关于印发某某办法的通知\n各有关单位：\n现将办法印发给你们。\n";

    public static IEnumerable<TestCaseData> Cases()
    {
        yield return new TestCaseData("empty.txt", Array.Empty<byte>(), "empty file").SetName("BadInput_EmptyFile");
        var random = new byte[4096];
        new Random(20211104).NextBytes(random);
        yield return new TestCaseData("random.bin", random, "not a text document (binary content)").SetName("BadInput_RandomBytes");
        var docx = File.ReadAllBytes(Path.Combine(RepoPaths.Root, "samples", "docx", "jiangyin-implementation-plan-task-table.docx"));
        yield return new TestCaseData("truncated.docx", docx[..(docx.Length / 2)], "not a readable .docx: the zip container is truncated or damaged").SetName("BadInput_TruncatedDocx");
        yield return new TestCaseData("notzip.docx", Encoding.UTF8.GetBytes("这不是一个Word文件"), "not a Word .docx file: the content is not a zip container").SetName("BadInput_NonZipDocx");
        // .doc/.wps are read now (tests/PolicyExtract.Tests/Readers/Doc); a bare compound-file signature is a cut-off file.
        yield return new TestCaseData("old.doc", Ole2Header, "corrupt .doc: compound file is truncated (16 bytes, not a whole number of sectors)").SetName("BadInput_TruncatedDoc");
        yield return new TestCaseData("old.wps", Ole2Header, "corrupt .doc: compound file is truncated (16 bytes, not a whole number of sectors)").SetName("BadInput_TruncatedWps");
        yield return new TestCaseData("scan.pdf", Encoding.ASCII.GetBytes("%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\n"), "PDF document is not supported").SetName("BadInput_Pdf");
        yield return new TestCaseData("letter.rtf", Encoding.ASCII.GetBytes(@"{\rtf1\ansi\deff0 {\fonttbl}}"), "RTF document has no text in its body").SetName("BadInput_EmptyRtf");
        yield return new TestCaseData("archive.zip.docx", ZipWithout(), "zip archive that is not a Word document").SetName("BadInput_ZipThatIsNotWord");
    }

    private static byte[] ZipWithout()
    {
        var ms = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(ms, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        using (var w = new StreamWriter(zip.CreateEntry("readme.txt").Open()))
            w.Write("hello");
        return ms.ToArray();
    }

    [TestCaseSource(nameof(Cases))]
    public void BadInput_OneLineNamingFileAndReason_OthersProcessed_ExitOne(string name, byte[] content, string reason)
    {
        using var dir = new TempDir();
        dir.File(name, content);
        dir.File("good.txt", GoodText);
        var run = CliHarness.Run(dir.Path, "extract", name, "good.txt");
        Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
        var lines = run.Diagnostics.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.EqualTo(1), run.ToString());
        Assert.That(lines[0], Does.StartWith($"policyextract: {name}: {reason}"), run.ToString());
        using var json = JsonDocument.Parse(run.StdOut);
        var results = json.RootElement.EnumerateArray().ToList();
        Assert.That(results.Select(r => r.GetProperty("source").GetProperty("path").GetString()), Is.EqualTo(new[] { "good.txt" }));
    }

    [Test]
    public void BadInput_GbkHtmlWithoutCharset_IsReadCorrectly()
    {
        using var dir = new TempDir();
        var gbk = CodePagesGb18030();
        var html = "<html><head><title>关于印发职业教育改革实施方案的通知</title></head><body><div><p>各镇人民政府，各街道办事处：</p><p>现将《实施方案》印发给你们，请认真贯彻执行。</p></div></body></html>";
        dir.File("page.html", gbk.GetBytes(html));
        var run = CliHarness.Run(dir.Path, "extract", "page.html");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.Diagnostics, Is.Empty);
        using var json = JsonDocument.Parse(run.StdOut);
        var root = json.RootElement;
        Assert.That(root.GetProperty("source").GetProperty("encoding").GetString(), Is.EqualTo("gb18030"));
        Assert.That(root.GetProperty("metadata").GetProperty("pageTitle").GetString(), Is.EqualTo("关于印发职业教育改革实施方案的通知"));
    }

    [Test]
    public void BadInput_DirectoryWithNoReadableFiles_NamesTheDirectory()
    {
        using var dir = new TempDir();
        dir.File("nothing/notes.md", "# 笔记");
        dir.File("nothing/picture.png", [0x89, 0x50, 0x4E, 0x47]);
        dir.File("good.txt", GoodText);
        var run = CliHarness.Run(dir.Path, "extract", "nothing", "good.txt");
        Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
        Assert.That(run.Diagnostics.Trim(), Is.EqualTo("policyextract: nothing: directory contains no readable document files"));
        Assert.That(run.StdOut, Does.Contain("\"path\": \"good.txt\""));
    }

    [Test]
    public void BadInput_MissingPath_OthersStillProcessed()
    {
        using var dir = new TempDir();
        dir.File("good.txt", GoodText);
        var run = CliHarness.Run(dir.Path, "extract", "no/such.html", "good.txt");
        Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
        Assert.That(run.Diagnostics.Trim(), Is.EqualTo("policyextract: no/such.html: no such file or directory"));
        Assert.That(run.StdOut, Does.Contain("\"path\": \"good.txt\""));
    }

    [Test]
    public void BadInput_OverMaxBytes_IsSkippedWithTheLimit()
    {
        using var dir = new TempDir();
        dir.File("big.txt", new string('政', 400));
        dir.File("good.txt", GoodText);
        var run = CliHarness.Run(dir.Path, "extract", "--max-bytes", "200", "big.txt", "good.txt");
        Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
        Assert.That(run.Diagnostics.Trim(), Is.EqualTo("policyextract: big.txt: file is 1200 bytes, over the --max-bytes limit of 200"));
        Assert.That(run.StdOut, Does.Contain("\"path\": \"good.txt\""));
    }

    [Test]
    public void BadInput_AllTogether_EachReportedOnce_GoodOnesWrittenAtomically()
    {
        using var dir = new TempDir();
        dir.File("a-empty.txt", "");
        dir.File("b-old.doc", Ole2Header);
        dir.File("c-good.txt", GoodText);
        dir.File("d-scan.pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n"));
        dir.File("e-good.html", "<html><head><meta charset=\"utf-8\"><title>通知</title></head><body><p>各有关单位：现将办法印发给你们。</p></body></html>");
        var run = CliHarness.Run(dir.Path, "extract", ".", "-o", "out/result.json");
        Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
        Assert.That(run.StdOut, Is.Empty, "with -o, data goes to the file only");
        var errors = run.Diagnostics.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(errors, Has.Length.EqualTo(3), run.ToString());
        Assert.That(errors.Count(e => e.Contains("a-empty.txt: empty file")), Is.EqualTo(1));
        Assert.That(errors.Count(e => e.Contains("b-old.doc: corrupt .doc")), Is.EqualTo(1));
        Assert.That(errors.Count(e => e.Contains("d-scan.pdf: PDF document")), Is.EqualTo(1));
        var outDir = Path.Combine(dir.Path, "out");
        Assert.That(Directory.GetFiles(outDir).Select(Path.GetFileName), Is.EqualTo(new[] { "result.json" }), "no temporary file left beside the output");
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "result.json")));
        var paths = json.RootElement.EnumerateArray().Select(r => r.GetProperty("source").GetProperty("path").GetString()!.Replace('\\', '/')).ToList();
        Assert.That(paths, Is.EqualTo(new[] { "./c-good.txt", "./e-good.html" }));
    }

    private static Encoding CodePagesGb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("gbk");
    }
}
