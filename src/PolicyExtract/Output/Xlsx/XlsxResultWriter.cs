using System.Globalization;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using PolicyExtract.Extraction;
using PolicyExtract.Output.Tables;

namespace PolicyExtract.Output.Xlsx;

/// <summary>
/// Writes the flat tables of <see cref="ResultTables"/> as an Excel workbook, one sheet per table: header row frozen
/// and bold, autofilter on, numbers as numbers, dates as date serials with a yyyy-mm-dd format, column widths measured
/// with CJK characters counting double.
/// </summary>
/// <remarks>
/// A worksheet's column widths come before its rows in the file, and widths are only known once every row is seen.
/// So rows are spilled to a compact temporary file per table as results arrive (the corpus is never held in memory),
/// and <see cref="Complete"/> writes the sheets one after another with <see cref="OpenXmlWriter"/>, straight into the
/// zip: memory stays flat however large the corpus.
/// </remarks>
public sealed class XlsxResultWriter : IResultWriter
{
    /// <summary>Style indexes in the stylesheet written by <see cref="BuildStylesheet"/>.</summary>
    internal const uint DateStyle = 1, HeaderStyle = 2;

    internal const uint DateFormatId = 164;

    internal const string DateFormatCode = "yyyy-mm-dd";

    /// <summary>Excel's limit on the characters in one cell.</summary>
    private const int MaxCellChars = 32767;

    private const double MaxColumnWidth = 60, MinColumnWidth = 6;

    private readonly string _path;
    private readonly List<Spill> _spills = [];
    private readonly DocumentIds _ids = new();

    public XlsxResultWriter(string path, IReadOnlyList<ResultTable> tables)
    {
        _path = path;
        foreach (var t in tables)
            _spills.Add(new Spill(t));
    }

    public void Write(ExtractionResult result)
    {
        var id = _ids.Next(result);
        foreach (var s in _spills)
            foreach (var row in s.Table.Rows(result, id))
                s.Add(row);
    }

    public void Complete()
    {
        using (var file = new AtomicFile(_path))
        {
            // The package is written part by part into a zip opened for creation, so each sheet streams to disk as it
            // is written. (The SDK's own package would hold every part's XML in memory until it is closed.)
            using (var zip = new ZipArchive(file.Stream, ZipArchiveMode.Create, leaveOpen: true))
            {
                WritePart(zip, "[Content_Types].xml", ContentTypes(_spills.Count));
                WritePart(zip, "_rels/.rels", Relationships([("rId1", OfficeDocumentRelationship, "xl/workbook.xml")]));

                var sheets = new Sheets();
                var filters = new DefinedNames();
                var workbookRelationships = new List<(string, string, string)>();
                for (int i = 0; i < _spills.Count; i++)
                {
                    var spill = _spills[i];
                    var id = "rId" + (i + 1).ToString(CultureInfo.InvariantCulture);
                    var target = $"worksheets/sheet{i + 1}.xml";
                    using (var entry = zip.CreateEntry("xl/" + target, CompressionLevel.Optimal).Open())
                        WriteSheet(entry, spill, first: i == 0);
                    workbookRelationships.Add((id, WorksheetRelationship, target));
                    sheets.Append(new Sheet { Name = spill.Table.Name, SheetId = (uint)(i + 1), Id = id });
                    // Excel keeps the autofilter range under this hidden name; without it some versions drop the filter.
                    filters.Append(new DefinedName($"'{spill.Table.Name}'!$A$1:${ColumnName(spill.Table.Columns.Count)}${spill.Rows + 1}")
                    {
                        Name = "_xlnm._FilterDatabase",
                        LocalSheetId = (uint)i,
                        Hidden = true,
                    });
                }
                workbookRelationships.Add(("rIdStyles", StylesRelationship, "styles.xml"));
                WritePart(zip, "xl/styles.xml", XmlDeclaration + BuildStylesheet().OuterXml);
                WritePart(zip, "xl/workbook.xml", XmlDeclaration + new Workbook(new BookViews(new WorkbookView()), sheets, filters).OuterXml);
                WritePart(zip, "xl/_rels/workbook.xml.rels", Relationships(workbookRelationships));
            }
            file.Commit();
        }
        foreach (var s in _spills)
            s.Dispose();
    }

    private const string XmlDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private const string OfficeDocumentRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
    private const string WorksheetRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
    private const string StylesRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";

    private static void WritePart(ZipArchive zip, string name, string xml)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        stream.Write(new UTF8Encoding(false).GetBytes(xml));
    }

    private static string ContentTypes(int sheets)
    {
        var sb = new StringBuilder(XmlDeclaration);
        sb.Append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">");
        sb.Append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>");
        sb.Append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>");
        sb.Append("<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>");
        sb.Append("<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
        for (int i = 1; i <= sheets; i++)
            sb.Append($"<Override PartName=\"/xl/worksheets/sheet{i}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        sb.Append("</Types>");
        return sb.ToString();
    }

    private static string Relationships(IEnumerable<(string Id, string Type, string Target)> relationships)
    {
        var sb = new StringBuilder(XmlDeclaration);
        sb.Append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        foreach (var (id, type, target) in relationships)
            sb.Append($"<Relationship Id=\"{id}\" Type=\"{type}\" Target=\"{target}\"/>");
        sb.Append("</Relationships>");
        return sb.ToString();
    }

    public void Dispose()
    {
        // The workbook only exists after Complete; before it there are just the spill files, deleted on close.
        foreach (var s in _spills)
            s.Dispose();
    }

    private static void WriteSheet(Stream part, Spill spill, bool first)
    {
        var columns = spill.Table.Columns;
        using var w = OpenXmlWriter.Create(part, new UTF8Encoding(false));
        w.WriteStartElement(new Worksheet());
        w.WriteElement(new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1D, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
        {
            TabSelected = first,
            WorkbookViewId = 0U,
        }));
        var cols = new Columns();
        for (int c = 0; c < columns.Count; c++)
            cols.Append(new Column { Min = (uint)(c + 1), Max = (uint)(c + 1), Width = spill.Width(c), CustomWidth = true });
        w.WriteElement(cols);

        w.WriteStartElement(new SheetData());
        w.WriteStartElement(new Row { RowIndex = 1U });
        for (int c = 0; c < columns.Count; c++)
            w.WriteElement(TextCell(Reference(c, 1), columns[c].Name, HeaderStyle));
        w.WriteEndElement();

        uint rowIndex = 1;
        foreach (var row in spill.ReadBack())
        {
            rowIndex++;
            w.WriteStartElement(new Row { RowIndex = rowIndex });
            for (int c = 0; c < row.Length; c++)
            {
                var cell = ToCell(Reference(c, rowIndex), row[c]);
                if (cell is not null)
                    w.WriteElement(cell);
            }
            w.WriteEndElement();
        }
        w.WriteEndElement(); // sheetData

        w.WriteElement(new AutoFilter { Reference = $"A1:{ColumnName(columns.Count)}{rowIndex}" });
        w.WriteEndElement(); // worksheet
        w.Close();
    }

    private static Cell? ToCell(string reference, object? value) => value switch
    {
        null => null,
        string s => TextCell(reference, s, null),
        long l => new Cell { CellReference = reference, CellValue = new CellValue(l.ToString(CultureInfo.InvariantCulture)) },
        double d => new Cell { CellReference = reference, CellValue = new CellValue(CellText.Number(d)) },
        DateOnly date => new Cell
        {
            CellReference = reference,
            StyleIndex = DateStyle,
            CellValue = new CellValue(((long)date.ToDateTime(TimeOnly.MinValue).ToOADate()).ToString(CultureInfo.InvariantCulture)),
        },
        var other => TextCell(reference, CellText.Format(other), null),
    };

    /// <summary>Inline strings, not the shared-string table: nothing to collect across the corpus, and Excel reads both.</summary>
    private static Cell TextCell(string reference, string text, uint? style)
    {
        var clean = XmlSafe(text);
        var cell = new Cell
        {
            CellReference = reference,
            DataType = CellValues.InlineString,
            InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(clean) { Space = SpaceProcessingModeValues.Preserve }),
        };
        if (style is { } s)
            cell.StyleIndex = s;
        return cell;
    }

    /// <summary>Drops characters XML 1.0 cannot carry (control characters, lone surrogates) and cuts at Excel's cell limit.</summary>
    internal static string XmlSafe(string text)
    {
        StringBuilder? sb = null;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool ok;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }
            ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            if (!ok && sb is null)
                sb = new StringBuilder(text, 0, i, text.Length);
            else if (ok)
                sb?.Append(c);
        }
        var result = sb?.ToString() ?? text;
        return result.Length <= MaxCellChars ? result : result[..(MaxCellChars - 1)] + "…";
    }

    internal static string ColumnName(int oneBased)
    {
        var sb = new StringBuilder();
        for (int n = oneBased; n > 0; n = (n - 1) / 26)
            sb.Insert(0, (char)('A' + (n - 1) % 26));
        return sb.ToString();
    }

    private static string Reference(int column, uint row) => ColumnName(column + 1) + row.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Display width in Excel character units: East Asian wide characters (CJK ideographs, kana, hangul, full-width
    /// forms and punctuation) take two; the longest line of a multi-line cell counts.
    /// </summary>
    internal static int DisplayWidth(string text)
    {
        int max = 0, current = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n') { max = Math.Max(max, current); current = 0; continue; }
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                // Astral characters in text of this genre are CJK extension ideographs.
                current += 2;
                i++;
                continue;
            }
            current += IsWide(c) ? 2 : 1;
        }
        return Math.Max(max, current);
    }

    private static bool IsWide(char c) =>
        (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
        (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6);

    internal static Stylesheet BuildStylesheet()
    {
        static Font MakeFont(bool bold)
        {
            var f = new Font();
            if (bold) f.Append(new Bold());
            f.Append(new FontSize { Val = 11D });
            f.Append(new FontName { Val = "Calibri" });
            return f;
        }
        return new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = DateFormatId, FormatCode = DateFormatCode }) { Count = 1U },
            new Fonts(MakeFont(false), MakeFont(true)) { Count = 2U },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2U },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1U },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U }) { Count = 1U },
            new CellFormats(
                new CellFormat { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U, FormatId = 0U },
                new CellFormat { NumberFormatId = DateFormatId, FontId = 0U, FillId = 0U, BorderId = 0U, FormatId = 0U, ApplyNumberFormat = true },
                new CellFormat { NumberFormatId = 0U, FontId = 1U, FillId = 0U, BorderId = 0U, FormatId = 0U, ApplyFont = true }) { Count = 3U },
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0U, BuiltinId = 0U }) { Count = 1U });
    }

    /// <summary>Rows of one table on disk, typed, with the widest cell of each column.</summary>
    private sealed class Spill : IDisposable
    {
        private const byte Null = 0, Str = 1, Int = 2, Num = 3, Day = 4;

        private readonly FileStream _stream;
        private readonly BinaryWriter _writer;
        private readonly int[] _widths;

        public Spill(ResultTable table)
        {
            Table = table;
            _stream = new FileStream(Path.Combine(Path.GetTempPath(), $"policyextract-{Environment.ProcessId}-{Guid.NewGuid():N}.rows"),
                FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
            _writer = new BinaryWriter(_stream, Encoding.UTF8, leaveOpen: true);
            _widths = table.Columns.Select(c => DisplayWidth(c.Name)).ToArray();
        }

        public ResultTable Table { get; }

        public int Rows { get; private set; }

        public double Width(int column)
        {
            // +2 leaves room for the autofilter button in the header.
            double w = _widths[column] + 2;
            if (Table.Columns[column].Kind == ColumnKind.Date)
                w = Math.Max(w, 12);
            return Math.Clamp(w, MinColumnWidth, MaxColumnWidth);
        }

        public void Add(object?[] row)
        {
            Rows++;
            for (int c = 0; c < row.Length; c++)
            {
                switch (row[c])
                {
                    case null: _writer.Write(Null); break;
                    case string s: _writer.Write(Str); _writer.Write(s); Measure(c, s); break;
                    case long l: _writer.Write(Int); _writer.Write(l); Measure(c, l.ToString(CultureInfo.InvariantCulture)); break;
                    case double d: _writer.Write(Num); _writer.Write(d); Measure(c, CellText.Number(d)); break;
                    case DateOnly date: _writer.Write(Day); _writer.Write(date.DayNumber); break;
                    case var other: var text = CellText.Format(other); _writer.Write(Str); _writer.Write(text); Measure(c, text); break;
                }
            }
        }

        private void Measure(int column, string text)
        {
            // Measuring stops at the cap: a 10,000-character paragraph need not be walked to know it is wide.
            if (_widths[column] < MaxColumnWidth)
                _widths[column] = Math.Max(_widths[column], DisplayWidth(text.Length > 200 ? text[..200] : text));
        }

        public IEnumerable<object?[]> ReadBack()
        {
            _writer.Flush();
            _stream.Position = 0;
            using var reader = new BinaryReader(_stream, Encoding.UTF8, leaveOpen: true);
            int n = Table.Columns.Count;
            for (int r = 0; r < Rows; r++)
            {
                var row = new object?[n];
                for (int c = 0; c < n; c++)
                {
                    row[c] = reader.ReadByte() switch
                    {
                        Null => null,
                        Str => reader.ReadString(),
                        Int => reader.ReadInt64(),
                        Num => reader.ReadDouble(),
                        Day => DateOnly.FromDayNumber(reader.ReadInt32()),
                        var tag => throw new InvalidDataException($"corrupt row spill: tag {tag}"),
                    };
                }
                yield return row;
            }
        }

        private bool _disposed;

        public void Dispose()
        {
            if (_disposed)
                return;
            _disposed = true;
            _writer.Dispose();
            _stream.Dispose();
        }
    }
}
