using System.Globalization;
using System.Text;
using NPOI.HPSF;
using NPOI.POIFS.FileSystem;
using PolicyExtract.Model;

namespace PolicyExtract.Readers.Doc;

/// <summary>
/// Binary Word 97–2003 documents (.doc, and .wps files that are Word compound files).
/// NPOI's POIFS only opens the OLE2 compound file; the text is extracted here following [MS-DOC]:
/// FIB → table stream → piece table → main-document story, with fields reduced to their results,
/// tables rebuilt from cell marks and paragraph table properties, and header/footer stories kept apart.
/// </summary>
public sealed class DocReader : IDocumentReader
{
    /// <summary>The OLE2 compound file signature every .doc starts with.</summary>
    public static ReadOnlySpan<byte> CompoundFileSignature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private readonly bool _useParagraphProperties;

    public DocReader() : this(useParagraphProperties: true) { }

    /// <summary>With <paramref name="useParagraphProperties"/> off, tables are rebuilt from cell marks alone (the fallback for damaged properties).</summary>
    internal DocReader(bool useParagraphProperties) => _useParagraphProperties = useParagraphProperties;

    public SourceFormat Format => SourceFormat.Doc;

    public PolicyDocument Read(ReadOnlyMemory<byte> bytes, string path)
    {
        var span = bytes.Span;
        if (span.Length == 0)
            throw new DocumentReadException("empty file");
        if (!span.StartsWith(CompoundFileSignature))
            throw new DocumentReadException("corrupt .doc: not an OLE2 compound file");
        var warnings = new List<string>();
        DirectoryNode root;
        try
        {
            root = new POIFSFileSystem(new MemoryStream(bytes.ToArray(), writable: false)).Root;
        }
        catch (Exception ex) when (ex is not DocumentReadException)
        {
            // A compound file is a 512-byte header plus whole sectors; anything else was cut short (an interrupted download).
            string reason = span.Length % 512 != 0
                ? $"compound file is truncated ({span.Length} bytes, not a whole number of sectors)"
                : $"damaged compound file ({OneLine(ex.Message, ex.GetType().Name)})";
            throw new DocumentReadException("corrupt .doc: " + reason, ex);
        }
        try
        {
            var (text, blocks, headers) = ReadStories(root, span.Length, _useParagraphProperties, warnings);
            if (blocks.Count == 0)
                throw new DocumentReadException("Word document has no text in its body");
            var metadata = ReadMetadata(root, warnings);
            var source = new SourceInfo(path, SourceFormat.Doc, null, SourceFiles.Sha256Hex(span), span.Length);
            return new PolicyDocument
            {
                Source = source,
                Text = text,
                Blocks = blocks,
                Metadata = metadata,
                HeadersAndFooters = headers,
                ReadWarnings = warnings,
            };
        }
        catch (DocFormatException ex)
        {
            throw new DocumentReadException("corrupt .doc: " + ex.Message, ex);
        }
        catch (Exception ex) when (ex is not DocumentReadException)
        {
            // NPOI reports a damaged sector chain with its own exception types; the message is still the best reason.
            throw new DocumentReadException("corrupt .doc: " + OneLine(ex.Message, ex.GetType().Name), ex);
        }
    }

    private static (string, IReadOnlyList<Block>, IReadOnlyList<string>) ReadStories(DirectoryNode root, long fileLength, bool useParagraphProperties, List<string> warnings)
    {
        if (!root.HasEntry("WordDocument"))
        {
            string what = root.HasEntry("Workbook") || root.HasEntry("Book") ? "an Excel workbook"
                : root.HasEntry("PowerPoint Document") ? "a PowerPoint presentation"
                : "no WordDocument stream";
            throw new DocumentReadException($"not a Word document: the compound file holds {what}");
        }
        byte[] wordDocument = ReadStream(root, "WordDocument", fileLength);
        var fib = Fib.Parse(wordDocument);
        if (fib.Encrypted)
            throw new DocumentReadException("encrypted Word document (password protected)");
        if (!root.HasEntry(fib.TableStreamName))
            throw new DocFormatException($"the FIB names table stream {fib.TableStreamName}, which is missing");
        byte[] table = ReadStream(root, fib.TableStreamName, fileLength);

        var pieces = PieceTable.Parse(table, fib.Clx.Fc, fib.Clx.Lcb, wordDocument);
        if (pieces.CpLimit < fib.CcpText)
            throw new DocFormatException($"the piece table covers {pieces.CpLimit} characters but the FIB declares {fib.CcpText} in the main text");
        int headerStart = fib.CcpText + fib.CcpFtn;
        int headerEnd = Math.Min(headerStart + fib.CcpHdd, pieces.CpLimit);
        string raw = pieces.ReadText(Math.Max(fib.CcpText, headerEnd));

        ParagraphProperties? papx = null;
        try
        {
            if (useParagraphProperties)
                papx = ParagraphProperties.Parse(table, fib.PlcfBtePapx.Fc, fib.PlcfBtePapx.Lcb, wordDocument);
        }
        catch (DocFormatException ex)
        {
            warnings.Add($"paragraph properties unreadable ({ex.Message}); table structure guessed from cell marks");
        }
        if (papx is { IsEmpty: true })
            papx = null;

        Func<int, bool>? deleted = null;
        try
        {
            var chpx = CharacterProperties.Parse(table, fib.PlcfBteChpx.Fc, fib.PlcfBteChpx.Lcb, wordDocument);
            if (chpx.HasDeletions)
                deleted = cp => pieces.PieceAt(cp) is { } p && chpx.IsDeleted(p.FcOf(cp));
        }
        catch (DocFormatException ex)
        {
            warnings.Add($"character properties unreadable ({ex.Message}); tracked deletions, if any, are kept as text");
        }

        ListNumbering? numbering = null;
        if (papx is not null)
        {
            try
            {
                numbering = ListNumbering.Parse(table, fib.PlfLst, fib.PlfLfo);
            }
            catch (DocFormatException ex)
            {
                warnings.Add($"list definitions unreadable ({ex.Message}); automatic numbering left out");
            }
        }

        StyleSheet? styles = null;
        if (papx is not null)
        {
            try
            {
                styles = StyleSheet.Parse(table, fib.Stshf);
            }
            catch (DocFormatException ex)
            {
                warnings.Add($"style sheet unreadable ({ex.Message}); headings and style numbering left out");
            }
        }

        var main = StoryText.Split(raw[..fib.CcpText], 0, deleted);
        var (text, blocks) = LayOut(main, pieces, papx, numbering, styles, warnings);

        var headers = new List<string>();
        if (fib.CcpHdd > 0 && headerEnd > headerStart)
            headers = ReadHeaders(raw[headerStart..headerEnd], headerStart, table, fib, deleted);
        return (text, blocks, headers);
    }

    /// <summary>
    /// Turns paragraph units into blocks. A cell mark (0x07) ends a cell, unless the paragraph's properties
    /// say it is the row-end mark (fTtp). Without readable properties, a cell mark right after another one,
    /// with nothing between, is taken as the row end: that guess fails on empty cells, hence the warning.
    /// </summary>
    private static (string, IReadOnlyList<Block>) LayOut(List<TextUnit> units, PieceTable pieces, ParagraphProperties? papx,
        ListNumbering? numbering, StyleSheet? styles, List<string> warnings)
    {
        var builder = new BlockBuilder();
        var cellParagraphs = new List<string>();
        var nestedRow = new List<string>();
        var nestedCell = new List<string>();
        int tableNo = 0;
        int tableCp = 0; // CP where the current table's first cell starts
        bool guessed = false;
        UnitEnd previous = UnitEnd.Paragraph;
        string TableLocator() => $"table {tableNo + 1} (cp {tableCp})";

        foreach (var current in units)
        {
            ParagraphTableInfo? info = null;
            if (papx is not null && pieces.PieceAt(current.MarkCp) is { } piece)
            {
                info = papx.At(piece.FcOf(current.MarkCp));
                // A piece-level property list can put a whole piece in a table.
                var sprms = pieces.PieceSprms(piece);
                if (info is { } i && !sprms.IsEmpty)
                    info = ParagraphProperties.TableInfo(sprms, i);
            }

            var unit = current;
            // Numbering and outline level set on the paragraph win over those of its style.
            var style = info is { } pi ? styles?.Resolve(pi.Istd) : null;
            int ilfo = info?.Ilfo ?? style?.Ilfo ?? 0;
            int ilvl = info?.Ilvl ?? style?.Ilvl ?? 0;
            var (kind, level) = Describe(style, info?.OutlineLevel ?? style?.OutlineLevel);
            // Automatic numbering is not in the text: rebuild the label, counting every numbered paragraph in order.
            string? label = null;
            if (numbering is not null && ilfo > 0 && !(info!.Value.RowEnd && unit.End == UnitEnd.Cell))
                label = numbering.Label(ilfo, ilvl);
            if (label is not null && (info!.Value.Depth > 0 || unit.End == UnitEnd.Cell))
            {
                // In a table the label is part of the cell's text.
                unit = unit with { Text = label + BlockBuilder.LabelSeparator(label) + unit.Text.TrimStart() };
                label = null;
            }

            bool inTable;
            bool rowEnd;
            if (info is { } known)
            {
                inTable = known.Depth > 0;
                rowEnd = known.Depth == 1 && known.RowEnd;
                if (known.Depth > 1)
                {
                    // A nested table stays inside its outer cell as text, its cells and rows separated by spaces
                    // (a cell is one field of its row's line).
                    if (known.RowEnd)
                    {
                        if (nestedRow.Count > 0)
                            cellParagraphs.Add(string.Join(' ', nestedRow));
                        nestedRow.Clear();
                        nestedCell.Clear();
                        continue;
                    }
                    nestedCell.Add(unit.Text);
                    if (known.InnerCell)
                    {
                        nestedRow.Add(string.Join(' ', nestedCell.Where(t => t.Trim().Length > 0)));
                        nestedCell.Clear();
                    }
                    continue;
                }
            }
            else
            {
                if (unit.End == UnitEnd.Cell)
                    guessed = true;
                inTable = unit.End == UnitEnd.Cell || (builder.RowOpen && unit.End == UnitEnd.Paragraph);
                rowEnd = unit.End == UnitEnd.Cell && previous == UnitEnd.Cell && unit.Text.Length == 0 && cellParagraphs.Count == 0;
            }
            previous = unit.End;
            if (inTable && !builder.InTable && cellParagraphs.Count == 0)
                tableCp = unit.CpStart;

            if (!inTable)
            {
                if (builder.InTable)
                {
                    FlushCell(builder, cellParagraphs, TableLocator(), force: false);
                    builder.EndTable();
                    tableNo++;
                }
                builder.AddParagraph(unit.Text, $"cp {unit.CpStart}", label, kind, level);
                continue;
            }
            if (rowEnd)
            {
                FlushCell(builder, cellParagraphs, TableLocator(), force: false);
                builder.EndRow();
                continue;
            }
            cellParagraphs.Add(unit.Text);
            if (unit.End == UnitEnd.Cell)
                FlushCell(builder, cellParagraphs, TableLocator(), force: true);
        }
        FlushCell(builder, cellParagraphs, "", force: false);
        if (guessed)
            warnings.Add("table rows guessed from cell marks (paragraph properties unavailable); empty cells may shift");
        return builder.Build();
    }

    /// <summary>
    /// Title and headings by built-in style (Title; heading 1–9, whatever the style is called in the user's language),
    /// else by outline level, as the DOCX reader decides them.
    /// </summary>
    private static (BlockKind, int?) Describe(StyleInfo? style, int? outlineLevel)
    {
        if (style is { Sti: StyleSheet.TitleSti })
            return (BlockKind.Title, 1);
        if (style is { Sti: >= 1 and <= 9 } heading)
            return (BlockKind.Heading, heading.Sti);
        if (outlineLevel is >= 0 and < 9)
            return (BlockKind.Heading, outlineLevel + 1);
        return (BlockKind.Paragraph, null);
    }

    private static void FlushCell(BlockBuilder builder, List<string> paragraphs, string tableLocator, bool force)
    {
        if (paragraphs.Count == 0 && !force)
            return;
        builder.AddCell(string.Join(' ', paragraphs.Select(p => p.Trim()).Where(p => p.Length > 0)), tableLocator);
        paragraphs.Clear();
    }

    /// <summary>
    /// Header and footer stories ([MS-DOC] 2.8.26 PlcfHdd): six separator stories for footnotes and endnotes,
    /// then six per section (even/odd header, even/odd footer, first-page header and footer). Each non-empty,
    /// distinct story becomes one entry.
    /// </summary>
    private static List<string> ReadHeaders(string raw, int cpOffset, byte[] table, Fib fib, Func<int, bool>? deleted)
    {
        var stories = new List<(int Start, int End)>();
        var (fc, lcb) = fib.PlcfHdd;
        if (lcb >= 8 && fc >= 0 && fc + (long)lcb <= table.Length)
        {
            int count = lcb / 4;
            var cps = Enumerable.Range(0, count).Select(i => LittleEndian.I32(table, fc + i * 4, "PlcfHdd")).ToArray();
            for (int i = count > 7 ? 6 : 0; i + 1 < count; i++)
                if (cps[i] >= 0 && cps[i] < cps[i + 1] && cps[i + 1] <= raw.Length)
                    stories.Add((cps[i], cps[i + 1]));
        }
        else
            stories.Add((0, raw.Length));

        var result = new List<string>();
        foreach (var (start, end) in stories)
        {
            var units = StoryText.Split(raw[start..end], cpOffset + start, deleted);
            string text = string.Join('\n', units.Select(u => BlockBuilder.JoinBreaks(u.Text).Trim()).Where(t => t.Length > 0));
            if (text.Length > 0 && !result.Contains(text))
                result.Add(text);
        }
        return result;
    }

    /// <summary>The piece table of a readable .doc, for diagnostics and tests that check how text is stored.</summary>
    internal static PieceTable ReadPieceTable(byte[] bytes)
    {
        var root = new POIFSFileSystem(new MemoryStream(bytes, writable: false)).Root;
        long fileLength = bytes.Length;
        byte[] wordDocument = ReadStream(root, "WordDocument", fileLength);
        var fib = Fib.Parse(wordDocument);
        return PieceTable.Parse(ReadStream(root, fib.TableStreamName, fileLength), fib.Clx.Fc, fib.Clx.Lcb, wordDocument);
    }

    private static List<MetadataEntry> ReadMetadata(DirectoryNode root, List<string> warnings)
    {
        var entries = new List<MetadataEntry>();
        const string name = "\u0005SummaryInformation";
        if (!root.HasEntry(name))
            return entries;
        try
        {
            if (PropertySetFactory.Create(root, name) is not SummaryInformation si)
                return entries;
            void Add(string key, string label, string? value)
            {
                if (!string.IsNullOrWhiteSpace(value))
                    entries.Add(new MetadataEntry(key, value.Trim(), null) { Label = label });
            }
            // Kept under the "properties." keys the DOCX reader uses: often stale template values, not disclosure fields.
            Add(MetadataKeys.PropertiesTitle, "title", si.Title);
            Add("properties.subject", "subject", si.Subject);
            Add(MetadataKeys.PropertiesCreator, "author", si.Author);
            Add("properties.keywords", "keywords", si.Keywords);
            Add(MetadataKeys.PropertiesCreated, "created", Utc(si.CreateDateTime));
            Add(MetadataKeys.PropertiesModified, "last saved", Utc(si.LastSaveDateTime));
        }
        catch (Exception ex)
        {
            warnings.Add("document properties unreadable: " + OneLine(ex.Message, ex.GetType().Name));
        }
        // User-defined properties (File > Properties > Custom) often carry the document number or issuer.
        const string custom = "\u0005DocumentSummaryInformation";
        if (!root.HasEntry(custom))
            return entries;
        try
        {
            if (PropertySetFactory.Create(root, custom) is not DocumentSummaryInformation dsi)
                return entries;
            // The user-defined section is the one with a dictionary (property 0) naming its property ids.
            foreach (Section section in dsi.Sections)
            {
                var names = section.Properties.FirstOrDefault(p => p.ID == 0)?.Value as System.Collections.Hashtable;
                if (names is null)
                    continue;
                foreach (var property in section.Properties)
                {
                    if (property.ID < 2 || names[property.ID] is not string label || string.IsNullOrWhiteSpace(label))
                        continue;
                    string? text = property.Value switch
                    {
                        string str => str,
                        DateTime date => Utc(date),
                        bool flag => flag ? "true" : "false",
                        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
                        _ => null,
                    };
                    string key = "properties." + label.Trim();
                    if (!string.IsNullOrWhiteSpace(text) && entries.All(e => e.Key != key))
                        entries.Add(new MetadataEntry(key, text.Trim(), null) { Label = label.Trim() });
                }
            }
        }
        catch (Exception ex)
        {
            warnings.Add("custom document properties unreadable: " + OneLine(ex.Message, ex.GetType().Name));
        }
        return entries;
    }

    /// <summary>A property date as UTC ISO 8601 (FILETIMEs are UTC); null for the empty FILETIME Word writes for "never".</summary>
    private static string? Utc(DateTime? value)
    {
        if (value is not { } d || d.Year <= 1601)
            return null;
        var utc = d.Kind == DateTimeKind.Local ? d.ToUniversalTime() : DateTime.SpecifyKind(d, DateTimeKind.Utc);
        return utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
    }

    private static byte[] ReadStream(DirectoryNode root, string name, long fileLength)
    {
        if (root.GetEntry(name) is not DocumentEntry entry)
            throw new DocFormatException($"{name} is not a stream");
        // A damaged directory entry can claim any size; no stream is larger than the file holding it.
        if (entry.Size < 0 || entry.Size > fileLength)
            throw new DocFormatException($"{name} stream claims {entry.Size} bytes in a {fileLength}-byte file");
        // Read exactly the declared size: NPOI's stream misreports counts to Stream.CopyTo.
        var buffer = new byte[entry.Size];
        using var stream = root.CreateDocumentInputStream(name);
        int read = 0;
        while (read < buffer.Length)
        {
            int n = stream.Read(buffer, read, buffer.Length - read);
            if (n <= 0)
                throw new DocFormatException($"{name} stream ends after {read} of {buffer.Length} bytes");
            read += n;
        }
        return buffer;
    }

    private static string OneLine(string? message, string fallback)
    {
        if (string.IsNullOrWhiteSpace(message))
            return fallback;
        var line = message.Split('\n', 2)[0].Trim();
        var sb = new StringBuilder(line.Length);
        foreach (char c in line)
            sb.Append(char.IsControl(c) ? ' ' : c);
        return sb.ToString();
    }
}
