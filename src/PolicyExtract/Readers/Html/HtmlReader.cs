using System.Text;
using System.Text.RegularExpressions;
using HtmlAgilityPack;
using PolicyExtract.Model;

namespace PolicyExtract.Readers.Html;

/// <summary>
/// Reads a government web page. The text is built as: the information-disclosure metadata rows (one
/// "label：value" line each, wherever the page puts them), then the document title when it sits outside the main
/// content, then the main content's headings, paragraphs and tables in reading order. Page chrome (scripts, styles,
/// navigation, headers, footers, forms) is dropped, and the main content is found by where the text is (see
/// <see cref="ContentFinder"/>), not by site-specific ids. Locators are XPath expressions into the page.
/// </summary>
public sealed partial class HtmlReader : IDocumentReader
{
    public SourceFormat Format => SourceFormat.Html;

    private static readonly HashSet<string> Chrome = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "iframe", "nav", "header", "footer", "form", "select", "button", "input",
        "textarea", "svg", "object", "embed", "template", "link", "map", "canvas", "video", "audio",
    };

    /// <summary>Elements that end a line of text.</summary>
    internal static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "td", "th",
        "thead", "tbody", "tfoot", "caption", "section", "article", "main", "aside", "blockquote", "pre", "center",
        "address", "figure", "figcaption", "body", "html", "hr", "fieldset", "legend",
    };

    public PolicyDocument Read(ReadOnlyMemory<byte> bytes, string path)
    {
        var span = bytes.Span;
        if (span.Length == 0)
            throw new DocumentReadException("empty file");
        var (html, encoding, warning) = HtmlDecoding.Decode(span);
        var doc = new HtmlDocument { OptionFixNestedTags = true };
        doc.LoadHtml(html);

        var warnings = new List<string>();
        if (warning is not null) warnings.Add(warning);
        var pageTitle = Clean(doc.DocumentNode.SelectSingleNode("//title")?.InnerText ?? "");
        var metaTags = PageMeta(doc.DocumentNode);
        RemoveChrome(doc.DocumentNode);
        var root = doc.DocumentNode.SelectSingleNode("//body") ?? doc.DocumentNode;

        // The tree does not change from here on, so each element's cleaned text is computed once for every finder.
        var texts = new NodeTexts();
        var metadata = MetadataFinder.Find(root, texts);
        var consumed = new HashSet<HtmlNode>(metadata.SelectMany(m => m.Nodes));
        var main = ContentFinder.FindMain(root, consumed);
        var title = TitleFinder.Find(root, main, consumed, pageTitle, texts);

        var builder = new TextBuilder();
        var entries = new List<MetadataEntry>();
        foreach (var m in metadata)
        {
            var prefix = m.Label + "：";
            builder.AppendLine(prefix + m.Value, out var lineSpan);
            var valueSpan = new TextSpan(lineSpan.Start + prefix.Length, lineSpan.End);
            builder.Blocks.Add(new Block { Kind = BlockKind.MetadataRow, Span = lineSpan, LocateBy = () => m.Nodes[0].XPath });
            entries.Add(new MetadataEntry(m.Key, m.Value, valueSpan) { Label = m.Label });
        }
        if (pageTitle.Length > 0)
            entries.Add(new MetadataEntry(MetadataKeys.PageTitle, pageTitle, null) { Label = "title" });
        entries.AddRange(metaTags);

        var walker = new BodyWalker(builder, consumed, title);
        if (title is not null && !IsInside(title, main))
        {
            walker.EmitTitle(title);
            consumed.Add(title);
            // The document number printed between the title and the body container (<p class="num">…〔2021〕118号</p>)
            // belongs to the document: it is kept as a line of its own.
            // Old portals lay the page out in tables: the title is alone in its cell, and the number sits in a row below,
            // so the rows after the title's row are looked at as well.
            var row = title.Ancestors("tr").FirstOrDefault();
            var starts = row is not null && !IsInside(main, row) ? new[] { title, row } : new[] { title };
            foreach (var start in starts)
            {
                int looked = 0;
                for (var n = start.NextSibling; n is not null && looked < 6 && !IsInside(main, n); n = n.NextSibling)
                {
                    if (n.NodeType != HtmlNodeType.Element) continue;
                    looked++;
                    var text = texts.Of(n);
                    if (text.Length is > 0 and <= 60 && NumberLine.IsMatch(text) && !consumed.Contains(n) && !n.Descendants().Any(consumed.Contains))
                    {
                        builder.AppendLine(text, out var numberSpan);
                        builder.Blocks.Add(new Block { Kind = BlockKind.Paragraph, Span = numberSpan, LocateBy = () => n.XPath });
                        consumed.Add(n);
                    }
                }
            }
        }
        walker.Walk(main);

        if (builder.Blocks.Count == 0)
            throw new DocumentReadException("web page has no readable text");
        var source = new SourceInfo(path, SourceFormat.Html, encoding, SourceFiles.Sha256Hex(span), span.Length);
        return new PolicyDocument
        {
            Source = source,
            Text = builder.ToString(),
            Blocks = builder.Blocks,
            Metadata = entries,
            ReadWarnings = warnings,
        };
    }

    private static List<MetadataEntry> PageMeta(HtmlNode root)
    {
        var list = new List<MetadataEntry>();
        foreach (var meta in root.Descendants("meta"))
        {
            var name = meta.GetAttributeValue("name", "");
            var known = MetadataKeys.PageMetaNames.FirstOrDefault(n => n.Equals(name, StringComparison.OrdinalIgnoreCase));
            var content = Clean(meta.GetAttributeValue("content", ""));
            if (content.Length == 0 || list.Any(e => e.Label == name)) continue;
            // A content system may give the document's number as a tag named by its disclosure label (文号, 发文字号),
            // while the page shows it only as an image.
            if (known is null && MetadataKeys.TryFromLabel(name, out var key) && key == MetadataKeys.DocumentNumber)
                list.Add(new MetadataEntry(key, content, null) { Label = name });
            if (known is null) continue;
            list.Add(new MetadataEntry(MetadataKeys.PageMetaPrefix + known, content, null) { Label = name });
        }
        return list;
    }

    private static readonly System.Text.RegularExpressions.Regex NumberLine = new(
        @"[〔\[【(（［]\s*(?:19|20)\d{2}\s*[〕\]】)）］]\s*第?\s*\d{1,5}\s*号", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static bool IsInside(HtmlNode node, HtmlNode container)
    {
        for (var n = node; n is not null; n = n.ParentNode)
            if (n == container) return true;
        return false;
    }

    private static void RemoveChrome(HtmlNode root)
    {
        var remove = root.Descendants()
            .Where(n => n.NodeType == HtmlNodeType.Comment
                || n.NodeType == HtmlNodeType.Element && (Chrome.Contains(n.Name) || IsHidden(n)))
            .ToList();
        foreach (var n in remove)
            n.Remove();
    }

    private static bool IsHidden(HtmlNode n)
    {
        if (n.Attributes.Contains("hidden")) return true;
        var style = n.GetAttributeValue("style", "");
        return style.Length > 0 && HiddenStyle().IsMatch(style);
    }

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenStyle();

    /// <summary>
    /// HTML text to one line: entities decoded, runs of ordinary whitespace collapsed to one space (as a browser
    /// shows them), non-breaking spaces kept as spaces (they are often deliberate), ends trimmed.
    /// </summary>
    internal static string Clean(string raw) => CleanInline(raw).Trim(' ', '\u3000');

    internal static string CleanInline(string raw)
    {
        var s = HtmlEntity.DeEntitize(raw) ?? "";
        s = Whitespace().Replace(s, " ");
        return s.Replace('\u00A0', ' ').Replace('\u200B', ' ').Replace("\uFEFF", "");
    }

    [GeneratedRegex(@"[ \t\r\n\f\v]+")]
    private static partial Regex Whitespace();
}

/// <summary>
/// The cleaned text (<see cref="HtmlReader.Clean"/> of the inner text) of the elements of one parsed page, each computed
/// once: the metadata and title finders ask for the same elements again and again, and an element's inner text costs
/// a walk of everything under it. Valid while the tree is not changed.
/// </summary>
internal sealed class NodeTexts
{
    private readonly Dictionary<HtmlNode, string> _texts = new(ReferenceEqualityComparer.Instance);

    public string Of(HtmlNode node)
    {
        if (!_texts.TryGetValue(node, out var text))
            _texts[node] = text = HtmlReader.Clean(node.InnerText);
        return text;
    }
}

/// <summary>Accumulates the document text one line per block.</summary>
internal sealed class TextBuilder
{
    private readonly StringBuilder _sb = new();
    private bool _any;

    public List<Block> Blocks { get; } = [];

    /// <summary>Appends a line (a newline goes before it unless it is the first) and returns its span.</summary>
    public void AppendLine(string line, out TextSpan span)
    {
        if (_any) _sb.Append('\n');
        _any = true;
        int start = _sb.Length;
        _sb.Append(line);
        span = new TextSpan(start, _sb.Length);
    }

    /// <summary>Where the next line will start.</summary>
    public int NextLineStart => _any ? _sb.Length + 1 : 0;

    public override string ToString() => _sb.ToString();
}
