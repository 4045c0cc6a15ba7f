using System.IO.Packaging;
using System.Text;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyExtract.Model;

namespace PolicyExtract.Readers.Docx;

/// <summary>
/// Reads a Word .docx: body paragraphs and tables in order (content controls opened up), automatic numbering
/// rebuilt as visible labels at the start of the paragraph text, field results kept and field instructions dropped
/// (a MERGEFIELD shows its merged value), deleted revisions, bookmarks, comments and note references dropped.
/// Headers and footers go to <see cref="PolicyDocument.HeadersAndFooters"/>; core properties to metadata.
/// Titles and headings come from paragraph styles (Title, heading n) or outline levels. Locators are
/// "paragraph N" / "table N", counting body paragraphs and tables from 1.
/// </summary>
public sealed partial class DocxReader : IDocumentReader
{
    public SourceFormat Format => SourceFormat.Docx;

    public PolicyDocument Read(ReadOnlyMemory<byte> bytes, string path)
    {
        var span = bytes.Span;
        if (span.Length == 0)
            throw new DocumentReadException("empty file");
        WordprocessingDocument wd;
        try
        {
            wd = WordprocessingDocument.Open(new MemoryStream(span.ToArray(), writable: false), false);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or FileFormatException or InvalidDataException or IOException or InvalidOperationException or ArgumentException)
        {
            throw new DocumentReadException("not a readable .docx: " + FirstLine(ex.Message), ex);
        }
        using (wd)
        {
            try
            {
                return ReadPackage(wd, span, path);
            }
            catch (Exception ex) when (ex is System.Xml.XmlException or OpenXmlPackageException or InvalidDataException or FileFormatException)
            {
                // A package that opens but whose parts are damaged (a truncated document.xml, say).
                throw new DocumentReadException("not a readable .docx: " + FirstLine(ex.Message), ex);
            }
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"[〔\[【(（［]\s*(?:19|20)\d{2}\s*[〕\]】)）］]\s*第?\s*\d{1,5}\s*号|文件\s*$", System.Text.RegularExpressions.RegexOptions.Multiline)]
    private static partial System.Text.RegularExpressions.Regex MastheadLine { get; }

    /// <summary>
    /// The first page's own header (w:titlePg with a header of type "first") when it holds a masthead: a line ending in
    /// 文件 or a document number. Running headers of the other pages are left to <see cref="PolicyDocument.HeadersAndFooters"/>.
    /// </summary>
    private static (OpenXmlPart Part, XElement Root)? MastheadHeader(MainDocumentPart main, XElement body)
    {
        var sect = body.Elements().LastOrDefault(e => Wml.Is(e, "sectPr"))
            ?? body.Descendants().FirstOrDefault(e => Wml.Is(e, "sectPr"));
        if (sect is null || Wml.Child(sect, "titlePg") is null) return null;
        var reference = sect.Elements().FirstOrDefault(e => Wml.Is(e, "headerReference") && Wml.Attr(e, "type") == "first");
        var id = reference?.Attributes().FirstOrDefault(a => a.Name.LocalName == "id")?.Value;
        if (id is null) return null;
        OpenXmlPart part;
        try { part = main.GetPartById(id); } catch (ArgumentOutOfRangeException) { return null; }
        var root = Load(part).Root;
        if (root is null) return null;
        var text = string.Join("\n", root.Descendants().Where(e => Wml.Is(e, "p")).Select(p => string.Concat(p.Descendants().Where(t => Wml.Is(t, "t")).Select(t => t.Value))));
        return MastheadLine.IsMatch(text) ? (part, root) : null;
    }

    private static PolicyDocument ReadPackage(WordprocessingDocument wd, ReadOnlySpan<byte> span, string path)
    {
        var main = wd.MainDocumentPart
            ?? throw new DocumentReadException("not a readable .docx: the package has no document body");
        // The body is read as plain XML rather than through the SDK's typed tree, which costs several times as much to
        // build; numbering and styles, small parts read once per document, keep the typed access.
        var body = Load(main).Root?.Elements().FirstOrDefault(e => Wml.Is(e, "body"))
            ?? throw new DocumentReadException("not a readable .docx: the package has no document body");
        var reader = new BodyReader(main);
        // A template may keep the red masthead (某某县教育局文件, the number) in the first page's header: it opens the text.
        var masthead = MastheadHeader(main, body);
        if (masthead is not null) reader.ReadBody(masthead.Value.Root);
        reader.ReadBody(body);
        // Footnotes (a cited document's number given at the foot of the page) follow the body.
        if (main.FootnotesPart is { } notes && Load(notes).Root is { } notesRoot)
            foreach (var note in notesRoot.Elements().Where(e => Wml.Is(e, "footnote") && Wml.Attr(e, "type") is null))
                reader.ReadBody(note);
        var metadata = CoreProperties(wd);
        var hf = new List<string>();
        foreach (var part in main.HeaderParts.Select(p => (OpenXmlPart)p).Concat(main.FooterParts))
        {
            if (masthead is not null && part == masthead.Value.Part) continue;
            var root = Load(part).Root;
            var text = string.Join("\n", root?.Descendants().Where(e => Wml.Is(e, "p")).Select(reader.PlainText).Where(t => t.Length > 0) ?? []);
            if (text.Length > 0 && !hf.Contains(text)) hf.Add(text);
        }
        if (reader.Builder.Blocks.Count == 0)
            throw new DocumentReadException("Word document has no text in its body");
        var source = new SourceInfo(path, SourceFormat.Docx, null, SourceFiles.Sha256Hex(span), span.Length);
        return new PolicyDocument
        {
            Source = source,
            Text = reader.Builder.ToString(),
            Blocks = reader.Builder.Blocks,
            Metadata = metadata,
            HeadersAndFooters = hf,
            ReadWarnings = reader.Warnings,
        };
    }

    /// <summary>A part's XML, whitespace kept (a w:t of spaces is text).</summary>
    private static XDocument Load(OpenXmlPart part)
    {
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        return XDocument.Load(stream, LoadOptions.PreserveWhitespace);
    }

    private static string FirstLine(string s)
    {
        int nl = s.IndexOfAny(['\r', '\n']);
        return (nl < 0 ? s : s[..nl]).TrimEnd('.');
    }

    private static List<MetadataEntry> CoreProperties(WordprocessingDocument wd)
    {
        var list = new List<MetadataEntry>();
        var p = wd.PackageProperties;
        void Add(string key, string label, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value)) list.Add(new MetadataEntry(key, value.Trim(), null) { Label = label });
        }
        Add(MetadataKeys.PropertiesTitle, "dc:title", p.Title);
        Add(MetadataKeys.PropertiesCreator, "dc:creator", p.Creator);
        Add(MetadataKeys.PropertiesCreated, "dcterms:created", p.Created?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
        Add(MetadataKeys.PropertiesModified, "dcterms:modified", p.Modified?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
        return list;
    }

    /// <summary>Walks the body, keeping the numbering counters and style lookups of one document.</summary>
    private sealed class BodyReader(MainDocumentPart main)
    {
        private readonly ListNumbering _numbering = new(main.NumberingDefinitionsPart);
        private readonly Dictionary<string, Style> _styles = main.StyleDefinitionsPart?.Styles?.Elements<Style>()
            .Where(s => s.StyleId?.Value is not null).GroupBy(s => s.StyleId!.Value!).ToDictionary(g => g.Key, g => g.First()) ?? new();
        private int _paragraphs;
        private int _tables;

        internal Html.TextBuilder Builder { get; } = new();

        public List<string> Warnings { get; } = [];

        public void ReadBody(XElement container)
        {
            foreach (var el in container.Elements())
            {
                if (!Wml.IsW(el.Name.Namespace)) continue;
                switch (el.Name.LocalName)
                {
                    case "p": ReadParagraph(el); break;
                    case "tbl": ReadTable(el); break;
                    case "sdt" when Wml.Child(el, "sdtContent") is { } content: ReadBody(content); break;
                    case "customXml": ReadBody(el); break;
                }
            }
        }

        private void ReadParagraph(XElement p)
        {
            _paragraphs++;
            var (label, kind, level) = Describe(p);
            var text = ParagraphText(p, keepTabs: true);
            if (text.Trim().Length == 0 && label is null)
            {
                ReadTextBoxes(p);
                return;
            }
            text = text.TrimEnd();
            var line = label is null ? text : label + Separator(label) + text.TrimStart();
            Builder.AppendLine(line, out var span);
            Builder.Blocks.Add(new Block
            {
                Kind = kind,
                Span = span,
                Locator = $"paragraph {_paragraphs}",
                Level = level,
                NumberingLabel = label,
                LabelSpan = label is null ? null : new TextSpan(span.Start, span.Start + label.Length),
            });
            ReadTextBoxes(p);
        }

        /// <summary>
        /// The text boxes anchored in a paragraph (a 专栏 box), read after it as body text. Word keeps a second, VML copy of
        /// each box for older readers (mc:Fallback): that copy is skipped.
        /// </summary>
        private void ReadTextBoxes(XElement p)
        {
            foreach (var box in p.Descendants().Where(e => e.Name.LocalName == "txbxContent" && Wml.IsW(e.Name.Namespace)))
            {
                bool copy = false;
                for (var a = box.Parent; a is not null && a != p; a = a.Parent)
                    if (a.Name.LocalName is "Fallback" or "txbxContent") { copy = true; break; }
                if (!copy) ReadBody(box);
            }
        }

        /// <summary>Word puts a tab after a label; a label ending in punctuation (一、 1.) needs no separator in text.</summary>
        private static string Separator(string label) => char.IsPunctuation(label[^1]) || label[^1] is '）' or ')' ? "" : " ";

        private (string? Label, BlockKind Kind, int? Level) Describe(XElement p)
        {
            var ppr = Wml.Child(p, "pPr");
            var styleId = Wml.Val(Wml.Child(ppr, "pStyle"));
            var numPr = Wml.Child(ppr, "numPr");
            int? numId = Wml.IntVal(Wml.Child(numPr, "numId"));
            int? ilvl = Wml.IntVal(Wml.Child(numPr, "ilvl"));
            int? outline = Wml.IntVal(Wml.Child(ppr, "outlineLvl"));
            string? styleName = null;
            // Numbering and outline level may come from the paragraph style or the styles it is based on.
            for (var (id, depth) = (styleId, 0); id is not null && depth < 10 && _styles.TryGetValue(id, out var st); depth++)
            {
                styleName ??= st.StyleName?.Val?.Value;
                var sp = st.StyleParagraphProperties;
                numId ??= sp?.NumberingProperties?.NumberingId?.Val?.Value;
                ilvl ??= sp?.NumberingProperties?.NumberingLevelReference?.Val?.Value;
                outline ??= sp?.OutlineLevel?.Val?.Value;
                id = st.BasedOn?.Val?.Value;
            }
            string? label = numId is int n ? _numbering.Next(n, ilvl ?? 0) : null;
            var name = (styleName ?? styleId ?? "").ToLowerInvariant();
            if (name is "title" or "标题")
                return (label, BlockKind.Title, 1);
            if (name.StartsWith("heading ", StringComparison.Ordinal) && int.TryParse(name.AsSpan(8), out var h))
                return (label, BlockKind.Heading, h);
            if (outline is int o and < 9)
                return (label, BlockKind.Heading, o + 1);
            return (label, BlockKind.Paragraph, null);
        }

        private void ReadTable(XElement t)
        {
            _tables++;
            // First pass: each row's cells with their grid column, span and vertical-merge state.
            var raw = new List<List<(string Text, int Col, int ColSpan, bool Continue, bool Header)>>();
            foreach (var tr in t.Elements().Where(e => Wml.Is(e, "tr")))
            {
                var trPr = Wml.Child(tr, "trPr");
                int col = Wml.IntVal(Wml.Child(trPr, "gridBefore")) ?? 0;
                bool header = Wml.Child(trPr, "tblHeader") is not null;
                var row = new List<(string, int, int, bool, bool)>();
                foreach (var tc in tr.Elements().Where(e => Wml.Is(e, "tc")))
                {
                    var tcp = Wml.Child(tc, "tcPr");
                    int cs = Math.Max(1, Wml.IntVal(Wml.Child(tcp, "gridSpan")) ?? 1);
                    var vm = Wml.Child(tcp, "vMerge");
                    // <w:vMerge/> and <w:vMerge w:val="continue"/> continue the cell above; "restart" opens a new one.
                    bool cont = vm is not null && Wml.Val(vm) is null or "continue";
                    var text = string.Join(" ", tc.Descendants().Where(e => Wml.Is(e, "p")).Select(CellParagraph).Where(s => s.Length > 0));
                    row.Add((text, col, cs, cont, header));
                    col += cs;
                }
                raw.Add(row);
            }
            // Second pass: lay the rows out as text lines and resolve continuations to the cell above.
            var rows = new List<Model.TableRow>();
            var originByCol = new Dictionary<int, int>(); // grid column → index into origins
            var origins = new List<(TextSpan Span, bool Header, int Rows, int ColSpan)>();
            var rowRefs = new List<List<(int Origin, bool Continuation)>>();
            var lines = new List<(string Line, List<int> Starts)>();
            int tableStart = -1, tableEnd = -1;
            foreach (var row in raw)
            {
                var parts = new List<string>();
                var refs = new List<(int, bool)>();
                int pos = Builder.NextLineStart;
                foreach (var (text, col, cs, cont, header) in row)
                {
                    if (cont && originByCol.TryGetValue(col, out var o))
                    {
                        var x = origins[o];
                        origins[o] = x with { Rows = x.Rows + 1 };
                        refs.Add((o, true));
                        parts.Add("");
                        pos += 1;
                    }
                    else
                    {
                        var clean = text.Replace('\t', ' ');
                        origins.Add((new TextSpan(pos, pos + clean.Length), header, 1, cs));
                        for (int k = col; k < col + cs; k++) originByCol[k] = origins.Count - 1;
                        refs.Add((origins.Count - 1, false));
                        parts.Add(clean);
                        pos += clean.Length + 1;
                    }
                    for (int k = 1; k < cs; k++) { refs.Add((refs[^1].Item1, true)); parts.Add(""); pos += 1; }
                }
                Builder.AppendLine(string.Join('\t', parts), out var line);
                if (tableStart < 0) tableStart = line.Start;
                tableEnd = line.End;
                rowRefs.Add(refs);
            }
            foreach (var refs in rowRefs)
            {
                var cells = refs.Select(r =>
                {
                    var o = origins[r.Origin];
                    return r.Continuation
                        ? new Model.TableCell { Span = o.Span, IsMergedContinuation = true, IsHeader = o.Header }
                        : new Model.TableCell { Span = o.Span, RowSpan = o.Rows, ColSpan = o.ColSpan, IsHeader = o.Header };
                }).ToList();
                rows.Add(new Model.TableRow { Cells = cells });
            }
            if (rows.Count == 0) return;
            Builder.Blocks.Add(new Block { Kind = BlockKind.Table, Span = new TextSpan(tableStart, tableEnd), Locator = $"table {_tables}", Rows = rows });
        }

        private string CellParagraph(XElement p)
        {
            var (label, _, _) = Describe(p);
            // A manual break inside a cell parts its entries as a paragraph does (units listed one a line: 市总工会↵市工信局).
            var text = ParagraphText(p, keepTabs: false, breaksPart: true).Trim();
            return label is null ? text : label + Separator(label) + text;
        }

        /// <summary>A header or footer paragraph's text (no numbering counters touched).</summary>
        public string PlainText(XElement p) => ParagraphText(p, keepTabs: false).Trim();

        private static string ParagraphText(XElement p, bool keepTabs, bool breaksPart = false)
        {
            var sb = new StringBuilder();
            // Complex fields: a stack of "showing the result?" flags; text counts only when every open field is past
            // its separator, i.e. in its result.
            var fields = new Stack<bool>();
            void Walk(XElement e)
            {
                foreach (var c in e.Elements())
                {
                    switch (c.Name.LocalName)
                    {
                        case "pPr" or "rPr" or "del" or "moveFrom" or "delText" or "instrText" or "delInstrText"
                            or "footnoteReference" or "endnoteReference" or "commentReference" or "annotationRef"
                            or "txbxContent" or "Fallback" or "bookmarkStart" or "bookmarkEnd" or "commentRangeStart"
                            or "commentRangeEnd" or "proofErr" or "lastRenderedPageBreak" or "softHyphen":
                            continue;
                        case "fldChar":
                            var type = Wml.Attr(c, "fldCharType");
                            if (type == "begin") fields.Push(false);
                            else if (type == "separate" && fields.Count > 0) { fields.Pop(); fields.Push(true); }
                            else if (type == "end" && fields.Count > 0) fields.Pop();
                            continue;
                    }
                    bool visible = fields.All(f => f);
                    switch (c.Name.LocalName)
                    {
                        case "t": if (visible) sb.Append(c.Value); break;
                        case "tab" when c.Parent?.Name.LocalName == "r": if (visible) sb.Append(keepTabs ? '\t' : ' '); break;
                        case "br" or "cr": if (visible) sb.Append('\u2028'); break;
                        case "noBreakHyphen": if (visible) sb.Append('-'); break;
                        case "sym":
                            var ch = Wml.Attr(c, "char");
                            if (visible && ch is not null && int.TryParse(ch, System.Globalization.NumberStyles.HexNumber, null, out var code) && code is > 0 and < 0xFFFF)
                                sb.Append((char)(code >= 0xF000 ? code - 0xF000 : code));
                            break;
                        default: Walk(c); break;
                    }
                }
            }
            Walk(p);
            return breaksPart ? sb.Replace('\u2028', ' ').ToString() : JoinBreaks(sb.ToString());
        }

        /// <summary>
        /// A manual line break inside a paragraph keeps the paragraph one block: between two Han characters it
        /// disappears (Chinese has no spaces), elsewhere it becomes a space.
        /// </summary>
        private static string JoinBreaks(string s)
        {
            if (!s.Contains('\u2028')) return s;
            var sb = new StringBuilder(s.Length);
            for (int i = 0; i < s.Length; i++)
            {
                if (s[i] != '\u2028') { sb.Append(s[i]); continue; }
                char prev = sb.Length > 0 ? sb[^1] : ' ';
                char next = i + 1 < s.Length ? s[i + 1] : ' ';
                if (!(IsCjk(prev) && IsCjk(next)) && prev != ' ' && next != ' ') sb.Append(' ');
            }
            return sb.ToString();
        }

        private static bool IsCjk(char c) => c is (>= '\u3000' and <= '\u9FFF') or (>= '\uFF00' and <= '\uFFEF');
    }
}

/// <summary>WordprocessingML names, in the transitional and the strict namespace, for reading parts as plain XML.</summary>
internal static class Wml
{
    private static readonly XNamespace Transitional = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static readonly XNamespace Strict = "http://purl.oclc.org/ooxml/wordprocessingml/main";

    public static bool IsW(XNamespace ns) => ns == Transitional || ns == Strict;

    public static bool Is(XElement e, string local) => e.Name.LocalName == local && IsW(e.Name.Namespace);

    /// <summary>The first child w:<paramref name="local"/> of <paramref name="e"/>, or null (also when e is null).</summary>
    public static XElement? Child(XElement? e, string local)
    {
        if (e is null) return null;
        foreach (var c in e.Elements())
            if (Is(c, local)) return c;
        return null;
    }

    /// <summary>The value of the attribute w:<paramref name="local"/>, or null.</summary>
    public static string? Attr(XElement? e, string local)
    {
        if (e is null) return null;
        foreach (var a in e.Attributes())
            if (a.Name.LocalName == local && IsW(a.Name.Namespace)) return a.Value;
        return null;
    }

    public static string? Val(XElement? e) => Attr(e, "val");

    public static int? IntVal(XElement? e) =>
        int.TryParse(Val(e), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : null;
}
