using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using CsvHelper;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PolicyExtract.Output.Schema;
using PolicyExtract.Output.Tables;
using PolicyExtract.Tests.Support;

namespace PolicyExtract.Tests.Cli;

/// <summary>The schema, validate and check commands and the table formats of extract, run as users run them.</summary>
public class OutputCommandsTests
{
    private const string EvalDoc = "tests/data/eval/docs/000_84a26a079fc050bc.txt";
    private const string EvalDir = "tests/data/eval/docs";

    /// <summary>A real short notice with no document number, no date and no numbers: it fails those checks whatever the extractors do.</summary>
    private const string PlainNotice = "关于做好校园安全工作的提醒\n请各单位高度重视，认真落实。\n";

    private string _dir = "";

    [SetUp]
    public void SetUp()
    {
        _dir = Path.Combine(Path.GetTempPath(), "pe-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
        File.WriteAllText(Path.Combine(_dir, "notice.txt"), PlainNotice);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    private string Temp(string name) => Path.Combine(_dir, name);

    // ---- schema ----

    [Test]
    public void Schema_PrintsThePublishedFile()
    {
        var run = CliHarness.Run(null, "schema");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.StdOut.TrimEnd('\n'), Is.EqualTo(File.ReadAllText(Path.Combine(RepoPaths.Root, "schemas", ResultSchema.FileName)).TrimEnd('\n')));
        using var doc = JsonDocument.Parse(run.StdOut);
        Assert.That(doc.RootElement.GetProperty("$id").GetString(), Does.EndWith(ResultSchema.Version));
    }

    // ---- validate ----

    [TestCase("json", EvalDir)]
    [TestCase("jsonl", EvalDir)]
    [TestCase("json", EvalDoc)]
    public void Validate_WhatExtractWrites_IsValid(string format, string input)
    {
        var output = Temp("out." + format);
        var extract = CliHarness.Run(null, "extract", input, "-f", format, "-o", output);
        Assert.That(extract.ExitCode, Is.EqualTo(0), extract.ToString());
        var run = CliHarness.Run(null, "validate", output);
        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.StdOut, Is.Empty);
        Assert.That(run.StdErr, Does.Contain("all valid"));
    }

    [Test]
    public void Validate_ReadsStdin()
    {
        var extract = CliHarness.Run(null, "extract", EvalDir, "-f", "jsonl");
        var run = CliHarness.RunWithInput(null, extract.StdOut, "validate", "-");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.StdErr, Does.Contain("validated 3 results"));
    }

    [Test]
    public void Validate_BrokenOutput_PrintsFileLinePathAndMessage_AndExitsOne()
    {
        var extract = CliHarness.Run(null, "extract", EvalDoc);
        var lines = extract.StdOut.Split('\n').ToList();
        int dateLine = lines.FindIndex(l => l.TrimStart().StartsWith("\"issueDate\"", StringComparison.Ordinal));
        lines[dateLine] = "  \"issueDate\": \"2020/10/22\",";
        int formatLine = lines.FindIndex(l => l.TrimStart().StartsWith("\"format\"", StringComparison.Ordinal));
        lines[formatLine] = "    \"format\": \"pdf\",";
        File.WriteAllText(Temp("bad.json"), string.Join('\n', lines));
        File.WriteAllText(Temp("good.json"), extract.StdOut);

        var run = CliHarness.Run(_dir, "validate", "good.json", "bad.json");
        Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
        Assert.That(run.StdOut.TrimEnd('\n').Split('\n'), Is.EqualTo(new[]
        {
            $"bad.json:{formatLine + 1}: $.source.format: \"pdf\" is not one of: text, html, docx, doc, rtf",
            $"bad.json:{dateLine + 1}: $.issueDate: \"2020/10/22\" is not a date (yyyy-MM-dd)",
        }), run.ToString());
        Assert.That(run.StdErr, Does.Contain("1 file invalid"));
    }

    [Test]
    public void Validate_FileThatIsNotJson_IsInvalid()
    {
        File.WriteAllText(Temp("page.json"), "<html>\n</html>\n");
        var run = CliHarness.Run(_dir, "validate", "page.json");
        Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
        Assert.That(run.StdOut, Does.StartWith("page.json:1: $: not valid JSON"));
    }

    [Test]
    public void Validate_MissingFile_IsReportedAndExitsOne()
    {
        var run = CliHarness.Run(_dir, "validate", "nope.json");
        Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
        Assert.That(run.StdErr, Does.Contain("policyextract: nope.json: no such file"));
    }

    [TestCase("")]
    [TestCase("--bogus x.json")]
    public void Validate_UsageError_ExitsTwo(string args)
    {
        var run = CliHarness.Run(_dir, ["validate", .. args.Split(' ', StringSplitOptions.RemoveEmptyEntries)]);
        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
    }

    // ---- check ----

    [Test]
    public void Check_GoodDocument_Text_PassesAndExitsZero()
    {
        // Options before the documents: a --require value is one token, so the document is not taken for a field.
        var run = CliHarness.Run(null, "check", "--require", "schemaVersion,source.sha256", "--require", "source.encoding", EvalDoc);
        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.StdOut, Is.EqualTo($"PASS {EvalDoc}\n1 document checked: 1 passed, 0 failed\n"));
    }

    [Test]
    public void Check_BadDocument_Text_NamesEachMissingFieldAndExitsOne()
    {
        var run = CliHarness.Run(_dir, "check", "notice.txt", "--require", "documentNumber,issueDate", "--min-targets", "2");
        Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
        Assert.That(run.StdOut.Split('\n'), Is.EqualTo(new[]
        {
            "FAIL notice.txt",
            "  require documentNumber: documentNumber is missing",
            "  require issueDate: issueDate is missing",
            "  min-targets 2: targets: found 0, expected at least 2",
            "1 document checked: 0 passed, 1 failed",
            "",
        }), run.ToString());
    }

    private static readonly Regex Annotation = new(@"^::error file=(?<file>[^,:]+),line=(?<line>[1-9][0-9]*),title=(?<title>[^,:]+)::(?<message>[^\r\n]+)$");

    [Test]
    public void Check_GitHubFormat_WritesOneWorkflowAnnotationPerProblem()
    {
        var run = CliHarness.Run(_dir, "check", "notice.txt", Path.Combine(RepoPaths.Root, EvalDoc), "--require", "documentNumber,source.path", "--format", "github");
        Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
        var lines = run.StdOut.TrimEnd('\n').Split('\n');
        Assert.That(lines, Is.Not.Empty);
        foreach (var line in lines)
            Assert.That(Annotation.IsMatch(line), Is.True, $"not a GitHub annotation: {line}");
        var notice = lines.Select(l => Annotation.Match(l)).Where(m => m.Groups["file"].Value == "notice.txt").ToList();
        Assert.That(notice.Select(m => m.Groups["message"].Value), Does.Contain("documentNumber is missing"));
        Assert.That(notice.Select(m => m.Groups["title"].Value), Does.Contain("policyextract require documentNumber"));
        Assert.That(run.StdErr, Does.Contain("2 documents checked"));
    }

    [Test]
    public void Check_GitHubFormat_GoodDocument_PrintsNothing()
    {
        var run = CliHarness.Run(null, "check", EvalDoc, "--require", "source.path", "--format", "github");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.StdOut, Is.Empty);
    }

    [Test]
    public void Check_JUnitFormat_ParsesAsXml_WithATestCasePerCheck()
    {
        var run = CliHarness.Run(_dir, "check", "notice.txt", Path.Combine(RepoPaths.Root, EvalDoc), "missing.txt",
            "--require", "documentNumber,source.path", "--format", "junit");
        Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
        var xml = XDocument.Parse(run.StdOut);
        var root = xml.Root!;
        Assert.That(root.Name.LocalName, Is.EqualTo("testsuites"));
        var suites = root.Elements("testsuite").ToList();
        Assert.That(suites.Select(s => Path.GetFileName((string)s.Attribute("name")!)), Is.EqualTo(new[] { "notice.txt", Path.GetFileName(EvalDoc), "missing.txt" }));

        var notice = suites[0];
        Assert.That(notice.Elements("testcase").Select(t => (string)t.Attribute("name")!), Is.EqualTo(new[] { "schema", "require documentNumber", "require source.path" }));
        Assert.That(notice.Elements("testcase").Single(t => (string)t.Attribute("name")! == "require documentNumber").Element("failure")!.Attribute("message")!.Value,
            Is.EqualTo("documentNumber is missing"));
        Assert.That(notice.Elements("testcase").Single(t => (string)t.Attribute("name")! == "require source.path").Element("failure"), Is.Null);
        Assert.That((int)notice.Attribute("failures")!, Is.EqualTo(1));

        Assert.That(suites[2].Descendants("error").Single().Attribute("message")!.Value, Is.EqualTo("no such file or directory"));
        Assert.That((int)root.Attribute("tests")!, Is.EqualTo(3 + 3 + 1));
        Assert.That((int)root.Attribute("failures")!, Is.EqualTo(suites.Sum(s => (int)s.Attribute("failures")!)));
        Assert.That((int)root.Attribute("errors")!, Is.EqualTo(1));
    }

    /// <summary>Whatever the extractors find, check's verdict on a field agrees with what extract wrote for it.</summary>
    [TestCase("000_84a26a079fc050bc.txt")]
    [TestCase("002_7fdab2a4388eb7e7.txt")]
    public void Check_AgreesWithExtract_OnARealDocument(string name)
    {
        var doc = Path.Combine(EvalDir, name);
        string[] fields = ["title", "documentNumber", "documentNumber.year", "issuers", "issueDate", "recipients", "references", "targets", "responsibilities"];
        var extract = CliHarness.Run(null, "extract", doc);
        using var json = JsonDocument.Parse(extract.StdOut);
        var run = CliHarness.Run(null, "check", doc, "--require", string.Join(',', fields), "--format", "junit");
        var cases = XDocument.Parse(run.StdOut).Descendants("testcase").ToDictionary(t => (string)t.Attribute("name")!);

        Assert.That(cases["schema"].Element("failure"), Is.Null, "what extract writes validates");
        bool allPresent = true;
        foreach (var field in fields)
        {
            var value = json.RootElement;
            foreach (var part in field.Split('.'))
                value = value.ValueKind == JsonValueKind.Object && value.TryGetProperty(part, out var v) ? v : default;
            bool present = value.ValueKind switch
            {
                JsonValueKind.String => value.GetString()!.Trim().Length > 0,
                JsonValueKind.Array => value.GetArrayLength() > 0,
                JsonValueKind.Object or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => true,
                _ => false,
            };
            allPresent &= present;
            Assert.That(cases["require " + field].Element("failure") is null, Is.EqualTo(present), $"{field}: extract wrote {value.ValueKind}");
        }
        Assert.That(run.ExitCode, Is.EqualTo(allPresent ? 0 : 1), run.ToString());
    }

    [TestCase("--require", "documentNumbr", "unknown field documentNumbr")]
    [TestCase("--min-targets", "-1", "--min-targets")]
    [TestCase("--format", "xml", "xml")]
    public void Check_UsageError_ExitsTwoBeforeReadingAnything(string option, string value, string message)
    {
        var run = CliHarness.Run(_dir, "check", "notice.txt", option, value);
        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.StdErr, Does.Contain(message));
        Assert.That(run.StdOut, Is.Empty);
    }

    [Test]
    public void Check_Help_DocumentsTheExitCodes()
    {
        var run = CliHarness.Run(null, "check", "--help");
        Assert.That(run.StdOut, Does.Contain("Exit codes: 0 every document passed; 1 some document failed a check or could not be read; 2"));
    }

    // ---- extract --format csv | xlsx ----

    [Test]
    public void Extract_Csv_WritesEveryTableIntoTheDirectory()
    {
        var run = CliHarness.Run(null, "extract", EvalDir, "-f", "csv", "-o", Temp("tables"));
        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(Directory.GetFiles(Temp("tables")).Select(Path.GetFileName).Order(),
            Is.EqualTo(ResultTables.All.Select(t => t.Name + ".csv").Order()));

        using var reader = CsvReader.Create(File.OpenRead(Path.Combine(Temp("tables"), "documents.csv")), null, leaveOpen: false);
        var ids = new List<string>();
        var paths = new List<string>();
        while (reader.Read())
        {
            ids.Add(reader.GetString("document_id"));
            paths.Add(reader.GetString("path"));
        }
        Assert.That(paths, Is.EqualTo(Directory.GetFiles(Path.Combine(RepoPaths.Root, EvalDir)).Order(StringComparer.Ordinal).Select(p => Path.GetRelativePath(RepoPaths.Root, p))));
        foreach (var (id, path) in ids.Zip(paths))
            Assert.That(id, Is.EqualTo(PolicyExtract.Readers.SourceFiles.Sha256Hex(File.ReadAllBytes(Path.Combine(RepoPaths.Root, path)))[..12]));
    }

    [Test]
    public void Extract_CsvTable_WithoutOutput_GoesToStdout()
    {
        var run = CliHarness.Run(null, "extract", EvalDoc, "-f", "csv", "--table", "documents", "--no-bom");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        var lines = run.StdOut.Split("\r\n");
        Assert.That(lines[0], Is.EqualTo(string.Join(",", ResultTables.Documents.Columns.Select(c => c.Name))));
        Assert.That(lines[1], Does.StartWith("a8c1d943d45e," + EvalDoc + ",text,utf-8,"));
    }

    [TestCase("csv")]
    [TestCase("xlsx")]
    public void Extract_TablesWithoutOutput_IsAUsageError(string format)
    {
        var run = CliHarness.Run(null, "extract", EvalDoc, "-f", format);
        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.StdOut, Is.Empty);
    }

    [Test]
    public void Extract_Xlsx_WritesAWorkbookWithEverySheet()
    {
        var file = Temp("corpus.xlsx");
        var run = CliHarness.Run(null, "extract", EvalDir, "-f", "xlsx", "-o", file);
        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        using var doc = SpreadsheetDocument.Open(file, false);
        var wb = doc.WorkbookPart!;
        var sheets = wb.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.That(sheets.Select(s => s.Name!.Value), Is.EqualTo(ResultTables.All.Select(t => t.Name)));
        var documents = (WorksheetPart)wb.GetPartById(sheets[0].Id!);
        var rows = documents.Worksheet.Descendants<Row>().ToList();
        Assert.That(rows, Has.Count.EqualTo(4), "a header and three documents");
        var bytesCell = rows[1].Elements<Cell>().Single(c => c.CellReference!.Value == "F2");
        Assert.That(bytesCell.DataType, Is.Null);
        Assert.That(long.Parse(bytesCell.CellValue!.Text), Is.EqualTo(new FileInfo(Path.Combine(RepoPaths.Root, EvalDoc)).Length));
    }
}
