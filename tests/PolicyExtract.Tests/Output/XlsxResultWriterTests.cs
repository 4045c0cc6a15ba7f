using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PolicyExtract.Output;
using PolicyExtract.Output.Tables;
using PolicyExtract.Output.Xlsx;

namespace PolicyExtract.Tests.Output;

public class XlsxResultWriterTests
{
    private string _dir = "";
    private string _file = "";

    [SetUp]
    public void SetUp()
    {
        _dir = Path.Combine(Path.GetTempPath(), "pe-xlsx-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
        _file = Path.Combine(_dir, "cities.xlsx");
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    private void WriteWorkbook(params PolicyExtract.Extraction.ExtractionResult[] results)
    {
        using var w = ResultWriters.Create("xlsx", _file, new ResultWriterOptions(), () => Stream.Null);
        foreach (var r in results)
            w.Write(r);
        w.Complete();
    }

    private static Dictionary<string, Cell> CellsByReference(WorksheetPart part) =>
        part.Worksheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);

    private static string Text(Cell c) => c.DataType?.Value == CellValues.InlineString ? c.InlineString!.InnerText : c.CellValue?.Text ?? "";

    [Test]
    public void Workbook_OpensWithOneSheetPerTable_HeadersFrozenFilteredAndTyped()
    {
        WriteWorkbook(FullResult.Create(), FullResult.Create("samples/other/input.txt", new string('c', 64)));

        using var doc = SpreadsheetDocument.Open(_file, false);
        var wb = doc.WorkbookPart!;
        var sheets = wb.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.That(sheets.Select(s => s.Name!.Value), Is.EqualTo(ResultTables.All.Select(t => t.Name)));

        var dateStyles = wb.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        var dateFormat = wb.WorkbookStylesPart.Stylesheet.NumberingFormats!.Elements<NumberingFormat>().Single();

        foreach (var (sheet, table) in sheets.Zip(ResultTables.All))
        {
            var part = (WorksheetPart)wb.GetPartById(sheet.Id!);
            var pane = part.Worksheet.Descendants<Pane>().Single();
            Assert.That(pane.State!.Value, Is.EqualTo(PaneStateValues.Frozen), table.Name);
            Assert.That(pane.VerticalSplit!.Value, Is.EqualTo(1D), table.Name);
            Assert.That(pane.TopLeftCell!.Value, Is.EqualTo("A2"));
            var filter = part.Worksheet.Elements<AutoFilter>().Single();
            var rows = part.Worksheet.Descendants<Row>().ToList();
            Assert.That(filter.Reference!.Value, Is.EqualTo($"A1:{XlsxResultWriter.ColumnName(table.Columns.Count)}{rows.Count}"), table.Name);
            var header = rows[0].Elements<Cell>().Select(Text).ToList();
            Assert.That(header, Is.EqualTo(table.Columns.Select(c => c.Name)), table.Name);
            Assert.That(part.Worksheet.Descendants<Column>().Count(), Is.EqualTo(table.Columns.Count));

            // Every typed column holds numbers (no t attribute) and dates carry the yyyy-mm-dd style.
            foreach (var row in rows.Skip(1))
                foreach (var cell in row.Elements<Cell>())
                {
                    int col = ColumnIndex(cell.CellReference!.Value!);
                    var kind = table.Columns[col].Kind;
                    if (kind is ColumnKind.Integer or ColumnKind.Number or ColumnKind.Date)
                    {
                        Assert.That(cell.DataType, Is.Null, $"{table.Name}!{cell.CellReference} is a number, not a string");
                        Assert.That(double.TryParse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture, out _), Is.True);
                    }
                    if (kind == ColumnKind.Date)
                    {
                        var style = dateStyles[(int)cell.StyleIndex!.Value];
                        Assert.That(style.NumberFormatId!.Value, Is.EqualTo(dateFormat.NumberFormatId!.Value));
                        Assert.That(dateFormat.FormatCode!.Value, Is.EqualTo("yyyy-mm-dd"));
                    }
                }
        }

        var targets = (WorksheetPart)wb.GetPartById(sheets[2].Id!);
        var cells = CellsByReference(targets);
        Assert.That(Text(cells["C2"]), Is.EqualTo(FullResult.TrickyText), "text with quotes, commas and a line break is kept");
        Assert.That(cells["F2"].CellValue!.Text, Is.EqualTo("100000000"));
        Assert.That(cells["G2"].CellValue!.Text, Is.EqualTo("0.5"));
        Assert.That(DateTime.FromOADate(double.Parse(cells["N2"].CellValue!.Text)), Is.EqualTo(new DateTime(2025, 12, 31)), "deadline_end is a real date");
        Assert.That(RowCount(targets), Is.EqualTo(3), "a header and one target per document");

        var documents = CellsByReference((WorksheetPart)wb.GetPartById(sheets[0].Id!));
        Assert.That(Text(documents["A2"]), Is.EqualTo("a8c1d943d45e"));
        Assert.That(Text(documents["A3"]), Is.EqualTo("cccccccccccc"));
        Assert.That(DateTime.FromOADate(double.Parse(documents["O2"].CellValue!.Text)), Is.EqualTo(new DateTime(2020, 10, 22)));

        static int RowCount(WorksheetPart p) => p.Worksheet.Descendants<Row>().Count();
    }

    /// <summary>The SDK's own schema validator, which catches what Excel would refuse to open (element order, attributes).</summary>
    [Test]
    public void Workbook_PassesTheOpenXmlValidator()
    {
        WriteWorkbook(FullResult.Create(), FullResult.Create("samples/other/input.txt", new string('c', 64)));
        using var doc = SpreadsheetDocument.Open(_file, false);
        var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2010).Validate(doc)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.That(errors, Is.Empty);
    }

    [Test]
    public void Workbook_ColumnWidths_CountChineseCharactersDouble()
    {
        WriteWorkbook(FullResult.Create());
        using var doc = SpreadsheetDocument.Open(_file, false);
        var wb = doc.WorkbookPart!;
        var documents = (WorksheetPart)wb.GetPartById(wb.Workbook.Sheets!.Elements<Sheet>().First().Id!);
        var widths = documents.Worksheet.Descendants<Column>().Select(c => c.Width!.Value).ToList();
        int Col(string name) => ResultTables.Documents.Columns.Select(c => c.Name).ToList().IndexOf(name);
        // 锡教发〔2020〕86号: 6 wide characters and 6 narrow ones, 18 units, plus 2 for the filter button.
        Assert.That(widths[Col("document_number")], Is.EqualTo(20));
        Assert.That(widths[Col("title")], Is.EqualTo(60), "long titles are capped");
        Assert.That(widths[Col("issue_date")], Is.GreaterThanOrEqualTo(12), "a date column is wide enough for yyyy-mm-dd");
    }

    [TestCase("abc", 3)]
    [TestCase("中文", 4)]
    [TestCase("锡教发〔2020〕86号", 18)]
    [TestCase("（第二行）", 10)]
    [TestCase("ab\n中文中文", 8)]
    public void DisplayWidth_CountsEastAsianWideCharactersAsTwo(string text, int width) =>
        Assert.That(XlsxResultWriter.DisplayWidth(text), Is.EqualTo(width));

    [Test]
    public void XmlSafe_DropsCharactersXmlCannotCarry()
    {
        Assert.That(XlsxResultWriter.XmlSafe("a\u0001b\u000Bc\td\ud800"), Is.EqualTo("abc\td"));
        Assert.That(XlsxResultWriter.XmlSafe("𠀀中"), Is.EqualTo("𠀀中"), "surrogate pairs are kept");
    }

    [Test]
    public void Workbook_DisposedWithoutComplete_LeavesNothing()
    {
        using (var w = ResultWriters.Create("xlsx", _file, new ResultWriterOptions(), () => Stream.Null))
            w.Write(FullResult.Create());
        Assert.That(Directory.GetFiles(_dir), Is.Empty);
    }

    private static int ColumnIndex(string reference)
    {
        int n = 0;
        foreach (var ch in reference.TakeWhile(char.IsLetter))
            n = n * 26 + (ch - 'A' + 1);
        return n - 1;
    }
}
