using System.Globalization;
using CsvHelper;
using PolicyExtract.Extraction;
using PolicyExtract.Output;
using PolicyExtract.Output.Tables;

namespace PolicyExtract.Tests.Output;

public class CsvResultWriterTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp()
    {
        _dir = Path.Combine(Path.GetTempPath(), "pe-csv-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    private static IResultWriter Csv(string dir, bool bom = true, string? table = null) =>
        ResultWriters.Create("csv", dir, new ResultWriterOptions { ByteOrderMark = bom, Table = table }, () => throw new InvalidOperationException("no stdout here"));

    /// <summary>Reads a CSV file back with CsvHelper: header and rows as strings.</summary>
    private static (string[] Header, List<string[]> Rows) Read(string file)
    {
        using var reader = CsvReader.Create(File.OpenRead(file), CsvReaderOptions.Default with { HasHeader = false }, leaveOpen: false);
        var rows = new List<string[]>();
        while (reader.Read())
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray());
        return (rows[0], rows.Skip(1).ToList());
    }

    [Test]
    public void Csv_WritesEveryTableWithItsDocumentedColumns()
    {
        using (var w = Csv(_dir))
        {
            w.Write(FullResult.Create());
            w.Complete();
        }
        Assert.That(Directory.GetFiles(_dir).Select(Path.GetFileName).Order(), Is.EqualTo(new[]
        {
            "deadlines.csv", "documents.csv", "issuers.csv", "references.csv", "responsibilities.csv", "responsibility_units.csv", "targets.csv", "warnings.csv",
        }));
        var (header, rows) = Read(Path.Combine(_dir, "targets.csv"));
        Assert.That(header, Is.EqualTo(new[]
        {
            "document_id", "index", "text", "action", "subject", "value", "min", "max", "unit", "comparator",
            "deadline_text", "deadline_kind", "deadline_start", "deadline_end", "section",
            "evidence_start", "evidence_end", "evidence_line", "evidence_text",
        }));
        Assert.That(rows, Has.Count.EqualTo(1));
    }

    /// <summary>Chinese text, commas, quotes, a line break and edge spaces survive a round trip through CsvHelper.</summary>
    [Test]
    public void Csv_RoundTripsThroughCsvHelper_ToTheSameValues()
    {
        var result = FullResult.Create();
        using (var w = Csv(_dir))
        {
            w.Write(result);
            w.Complete();
        }
        var targets = Read(Path.Combine(_dir, "targets.csv"));
        var t = targets.Rows[0];
        string Cell(string column) => t[Array.IndexOf(targets.Header, column)];
        Assert.That(Cell("document_id"), Is.EqualTo(result.Source.Sha256[..12]));
        Assert.That(Cell("text"), Is.EqualTo(FullResult.TrickyText));
        Assert.That(Cell("subject"), Is.EqualTo("“三全育人”综合改革示范学校"));
        Assert.That(Cell("value"), Is.EqualTo("100000000"));
        Assert.That(Cell("min"), Is.EqualTo("0.5"));
        Assert.That(Cell("max"), Is.EqualTo("12.25"));
        Assert.That(Cell("deadline_end"), Is.EqualTo("2025-12-31"));
        Assert.That(Cell("section"), Is.EqualTo("一、总体目标 > （一）立德树人"));
        Assert.That(Cell("evidence_line"), Is.EqualTo("21"));

        // Every cell of every table reads back as the text the table model gave it.
        foreach (var table in ResultTables.All)
        {
            var (header, rows) = Read(Path.Combine(_dir, table.Name + ".csv"));
            Assert.That(header, Is.EqualTo(table.Columns.Select(c => c.Name).ToArray()), table.Name);
            var expected = table.Rows(result, result.Source.Sha256[..12]).Select(r => r.Select(CellText.Format).ToArray()).ToList();
            Assert.That(rows, Is.EqualTo(expected), table.Name);
        }

        var docs = Read(Path.Combine(_dir, "documents.csv"));
        string Doc(string column) => docs.Rows[0][Array.IndexOf(docs.Header, column)];
        Assert.That(Doc("document_number"), Is.EqualTo("锡教发〔2020〕86号"));
        Assert.That(Doc("year"), Is.EqualTo("2020"));
        Assert.That(Doc("issue_date"), Is.EqualTo("2020-10-22"));
        Assert.That(Doc("recipients"), Is.EqualTo("各市(县)区教育局；各职业院校、技工院校"), "lists join with ； because units contain 、");

        var units = Read(Path.Combine(_dir, "responsibility_units.csv"));
        Assert.That(units.Rows.Select(r => (r[3], r[4], r[5])), Is.EqualTo(new[]
        {
            ("市教育局", "无锡市教育局", "lead"),
            ("各市、县（区）政府", "各市、县（区）政府", "supporting"),
        }));
    }

    [Test]
    public void Csv_QuotesOnlyWhatNeedsIt_AndEndsRecordsWithCrLf()
    {
        using (var w = Csv(_dir, bom: false))
        {
            w.Write(FullResult.Create());
            w.Complete();
        }
        var raw = File.ReadAllText(Path.Combine(_dir, "targets.csv"));
        Assert.That(raw, Does.StartWith("document_id,index,text,"));
        Assert.That(raw, Does.Contain(",\" 培育8所左右“三全育人”,综合改革\"\"示范\"\"学校\n（第二行） \","), "the field is quoted, inner quotes doubled, the line break kept");
        Assert.That(raw, Does.Contain(",100000000,0.5,12.25,"), "numbers are bare");
        Assert.That(raw.Split("\r\n").Length, Is.EqualTo(3), "header, one record, and the empty rest after the final CRLF");
    }

    [Test]
    public void Csv_StartsWithBom_UnlessAskedNot()
    {
        using (var w = Csv(_dir))
            w.Complete();
        Assert.That(File.ReadAllBytes(Path.Combine(_dir, "documents.csv")).Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));

        var other = Path.Combine(_dir, "nobom");
        using (var w = Csv(other, bom: false))
            w.Complete();
        Assert.That(File.ReadAllBytes(Path.Combine(other, "documents.csv")).Take(3), Is.EqualTo("doc"u8.ToArray()));
    }

    [Test]
    public void Csv_NumbersIgnoreTheCurrentCulture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            // German writes 12,25 and 100.000.000: the files must not change with the machine.
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            var r = FullResult.Create();
            r.Targets[0] = new TargetOutput { Text = "x", Comparator = "eq", Value = 1.5e16, Min = 12.25, Evidence = new Evidence(0, 1, 1, "x") };
            using (var w = Csv(_dir, table: "targets"))
            {
                w.Write(r);
                w.Complete();
            }
            var (header, rows) = Read(Path.Combine(_dir, "targets.csv"));
            Assert.That(rows[0][Array.IndexOf(header, "value")], Is.EqualTo("15000000000000000"), "no exponent");
            Assert.That(rows[0][Array.IndexOf(header, "min")], Is.EqualTo("12.25"));
            Assert.That(Directory.GetFiles(_dir).Select(Path.GetFileName), Is.EqualTo(new[] { "targets.csv" }), "--table writes that table only");
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Test]
    public void Csv_RowsAreWrittenAsResultsArrive_AndNothingIsLeftWithoutComplete()
    {
        using (var w = Csv(_dir))
        {
            w.Write(FullResult.Create());
            // Before Complete the rows sit in temporary files beside the targets, already on disk.
            var temp = Directory.GetFiles(_dir, ".targets.csv.*.tmp").Single();
            long header = 3 + System.Text.Encoding.UTF8.GetByteCount(string.Join(",", ResultTables.Targets.Columns.Select(c => c.Name)) + "\r\n");
            Assert.That(new FileInfo(temp).Length, Is.GreaterThan(header + 100), "the row was flushed with its result");
            Assert.That(File.Exists(Path.Combine(_dir, "targets.csv")), Is.False);
        }
        Assert.That(Directory.GetFiles(_dir), Is.Empty, "disposed without Complete, the writer leaves nothing behind");
    }

    [Test]
    public void DocumentId_IsTheShaPrefix_AndADuplicateFileGetsASuffix()
    {
        using (var w = Csv(_dir, table: "documents"))
        {
            w.Write(FullResult.Create("a/one.txt"));
            w.Write(FullResult.Create("b/copy-of-one.txt"));
            w.Write(FullResult.Create("c/other.txt", sha256: new string('b', 64)));
            w.Complete();
        }
        var (_, rows) = Read(Path.Combine(_dir, "documents.csv"));
        Assert.That(rows.Select(r => (r[0], r[1])), Is.EqualTo(new[]
        {
            ("a8c1d943d45e", "a/one.txt"), ("a8c1d943d45e-2", "b/copy-of-one.txt"), ("bbbbbbbbbbbb", "c/other.txt"),
        }));
    }

    [TestCase("xlsx", null, null, "needs -o")]
    [TestCase("csv", null, null, "--table NAME")]
    [TestCase("csv", null, "nosuch", "unknown table 'nosuch'")]
    [TestCase("json", null, "targets", "--table applies to --format csv only")]
    public void Create_RefusesCombinationsThatCannotWork(string format, string? output, string? table, string message)
    {
        var ex = Assert.Throws<OutputOptionsException>(() =>
            ResultWriters.Create(format, output, new ResultWriterOptions { Table = table }, () => Stream.Null).Dispose());
        Assert.That(ex!.Message, Does.Contain(message));
    }
}
