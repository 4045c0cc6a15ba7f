using System.Text.RegularExpressions;
using HtmlAgilityPack;
using PolicyExtract.Model;

namespace PolicyExtract.Readers.Html;

/// <summary>One information-disclosure field found on a page, with the nodes it was read from.</summary>
internal sealed record HtmlMetadata(string Key, string Label, string Value, IReadOnlyList<HtmlNode> Nodes);

/// <summary>
/// Finds the information-disclosure block (索引号, 发文机关, 文号, 成文日期…) whatever its layout. Two shapes cover
/// the layouts in use: a label element followed by its value in the next sibling(s) (table cells, dt/dd,
/// span/span, label/div), and "label：value" text inside one element (li, p, td, span), possibly several per element.
/// A field counts only when at least two known fields are found on the page, so a lone word 标题 in the text
/// is not mistaken for a disclosure block.
/// </summary>
internal static partial class MetadataFinder
{
    private const int MaxLabelElementChars = 16;
    private const int MaxValueChars = 300;

    /// <summary>
    /// Labels that are also ordinary words or column headers (名称, 分类, 来源…): accepted only in the same container
    /// (table, list, or the label's grandparent) as a label that names nothing but a disclosure field (索引号, 文号…).
    /// </summary>
    private static readonly HashSet<string> WeakLabels = new(StringComparer.Ordinal)
    {
        "名称", "文件名称", "信息名称", "分类", "来源", "信息来源", "摘要", "时效", "索引", "关键词", "关键字", "标题",
        "有效性", "成文", "主题词", "文件标题",
    };

    private sealed record Candidate(HtmlMetadata Entry, HtmlNode Container, bool Weak);

    public static IReadOnlyList<HtmlMetadata> Find(HtmlNode root, NodeTexts texts)
    {
        var candidates = new List<Candidate>();
        var used = new HashSet<HtmlNode>();
        void Add(string key, string label, string value, List<HtmlNode> nodes) =>
            candidates.Add(new Candidate(new HtmlMetadata(key, PrintedLabel(label), value, nodes), ContainerOf(nodes[0]), WeakLabels.Contains(MetadataKeys.CleanLabel(label))));

        foreach (var el in root.Descendants().Where(n => n.NodeType == HtmlNodeType.Element).ToList())
        {
            if (used.Contains(el) || el.Name is "a" or "body" or "html" || HasUsedAncestor(el, used))
                continue;
            var text = texts.Of(el);
            if (text.Length == 0)
                continue;
            if (text.Length <= MaxLabelElementChars && MetadataKeys.TryFromLabel(text, out var key) && !ContainsLabelChild(el, texts))
            {
                var (value, nodes) = ValueAfter(el, texts);
                // A header row of a data table (th next to th) names columns, not fields; unless it is a row of
                // disclosure labels over a row of their values (索引号 | 主题分类 | 发布机构 over 014…/2021-00178 | 教育 | …).
                bool headerRow = IsHeaderCell(el) && nodes.Count > 0 && IsHeaderCell(nodes[0]);
                if ((headerRow || value.Length == 0) && ValueBelow(el, texts) is { } below)
                {
                    (value, nodes, headerRow) = (texts.Of(below), [below], false);
                }
                if (value.Length is > 0 and <= MaxValueChars && !MetadataKeys.TryFromLabel(value, out _) && !headerRow)
                {
                    Add(key, text, value, [el, .. nodes]);
                    used.Add(el);
                    foreach (var n in nodes) used.Add(n);
                }
                continue;
            }
            if (text.Length <= MaxValueChars * 2 && IsTextLeaf(el) && StartsWithLabel(text))
            {
                var pairs = SplitInline(text);
                if (pairs.Count == 0) continue;
                foreach (var (label, v) in pairs)
                    if (MetadataKeys.TryFromLabel(label, out var k))
                        Add(k, label, v, [el]);
                used.Add(el);
            }
        }

        var strongContainers = candidates.Where(c => !c.Weak).Select(c => c.Container).ToHashSet();
        var found = new List<HtmlMetadata>();
        var seenKeys = new HashSet<string>();
        foreach (var c in candidates)
            if ((!c.Weak || strongContainers.Contains(c.Container)) && seenKeys.Add(c.Entry.Key))
                found.Add(c.Entry);
        return found.Count >= 2 ? found : [];
    }

    /// <summary>
    /// The cell under a label cell in a row of disclosure labels (two or more of its cells are labels) when the row below
    /// holds values only, laid out in the same columns; else null.
    /// </summary>
    private static HtmlNode? ValueBelow(HtmlNode label, NodeTexts texts)
    {
        var cell = label;
        while (cell is not null && cell.Name is not ("th" or "td")) cell = cell.ParentNode;
        if (cell?.ParentNode is not { Name: "tr" } row) return null;
        var next = row.NextSibling;
        while (next is not null && next.NodeType != HtmlNodeType.Element) next = next.NextSibling;
        if (next is not { Name: "tr" }) return null;
        var heads = Cells(row);
        var values = Cells(next);
        if (heads.Count(h => MetadataKeys.TryFromLabel(texts.Of(h), out _)) < 2 || values.Any(v => v.Name == "th")) return null;
        int column = 0;
        foreach (var h in heads)
        {
            if (h == cell) break;
            column += Span(h);
        }
        int at = 0;
        foreach (var v in values)
        {
            if (at == column) return Span(v) == Span(cell) && texts.Of(v).Length > 0 ? v : null;
            at += Span(v);
            if (at > column) return null;
        }
        return null;

        static List<HtmlNode> Cells(HtmlNode tr) => tr.ChildNodes.Where(c => c.Name is "th" or "td").ToList();
        static int Span(HtmlNode c) => Math.Max(1, c.GetAttributeValue("colspan", 1));
    }

    private static bool IsHeaderCell(HtmlNode n)
    {
        for (var a = n; a is not null && a.Name is not ("tr" or "table"); a = a.ParentNode)
            if (a.Name == "th") return true;
        return false;
    }

    /// <summary>The disclosure block a label belongs to: its table or list, else its grandparent element.</summary>
    private static HtmlNode ContainerOf(HtmlNode label)
    {
        for (var a = label.ParentNode; a is not null; a = a.ParentNode)
            if (a.Name is "table" or "ul" or "ol" or "dl") return a;
        return label.ParentNode?.ParentNode ?? label.ParentNode ?? label;
    }

    private static bool HasUsedAncestor(HtmlNode el, HashSet<HtmlNode> used)
    {
        if (used.Count == 0) return false;
        for (var n = el.ParentNode; n is not null; n = n.ParentNode)
            if (used.Contains(n)) return true;
        return false;
    }

    private static string PrintedLabel(string text) => text.Trim().TrimEnd(':', '：', ' ', '\u3000').Trim('[', ']', '【', '】').Trim();

    /// <summary>True when a child element is itself the label (then the child, not this element, is the label node).</summary>
    private static bool ContainsLabelChild(HtmlNode el, NodeTexts texts) =>
        el.ChildNodes.Any(c => c.NodeType == HtmlNodeType.Element && MetadataKeys.TryFromLabel(texts.Of(c), out _));

    /// <summary>
    /// The value that follows a label element: the text of its following siblings up to the next label, or, when the
    /// label is alone in its parent (a &lt;strong&gt; inside a &lt;td&gt;), the siblings after the parent.
    /// </summary>
    private static (string Value, List<HtmlNode> Nodes) ValueAfter(HtmlNode label, NodeTexts texts)
    {
        var node = label;
        for (int depth = 0; depth < 3 && node is not null; depth++)
        {
            var nodes = new List<HtmlNode>();
            var parts = new List<string>();
            for (var sib = node.NextSibling; sib is not null; sib = sib.NextSibling)
            {
                var t = texts.Of(sib);
                if (sib.NodeType == HtmlNodeType.Element && MetadataKeys.TryFromLabel(t, out _))
                    break;
                if (sib.NodeType == HtmlNodeType.Element && StartsWithLabel(t))
                    break;
                if (t.Length == 0) continue;
                if (sib.NodeType == HtmlNodeType.Element) nodes.Add(sib);
                parts.Add(t);
                // A value is one cell or one element; text nodes may come in several pieces.
                if (sib.NodeType == HtmlNodeType.Element && sib.Name is "td" or "th" or "dd" or "div" or "li" or "p") break;
            }
            if (parts.Count > 0)
            {
                // "<b>发布日期</b>：2021-05-21": the colon after the label element belongs to neither side.
                var value = HtmlReader.Clean(string.Join(" ", parts)).TrimStart(':', '：', ' ', '\u3000');
                if (value.Length > 0) return (value, nodes);
            }
            var parent = node.ParentNode;
            if (parent is null || parent.Name is "tr" or "table" or "tbody" or "ul" or "ol" or "dl" or "body")
                break;
            node = parent;
        }
        return ("", []);
    }

    private static bool IsTextLeaf(HtmlNode el) =>
        !el.Descendants().Any(d => d.NodeType == HtmlNodeType.Element && HtmlReader.BlockTags.Contains(d.Name));

    // InlineLabel anchored at the start (its lookbehind always holds there): the unanchored search would read the whole
    // text of every element for a match that only counts at its first character.
    private static bool StartsWithLabel(string text) => LeadingLabel().IsMatch(text);

    /// <summary>Splits "文号：锡教发〔2020〕86号 发布日期：2020-10-22" at each known label followed by a colon.</summary>
    private static List<(string Label, string Value)> SplitInline(string text)
    {
        var matches = InlineLabel().Matches(text).Where(m => MetadataKeys.TryFromLabel(m.Groups[1].Value, out _)).ToList();
        var pairs = new List<(string, string)>();
        for (int i = 0; i < matches.Count; i++)
        {
            int vs = matches[i].Index + matches[i].Length;
            int ve = i + 1 < matches.Count ? matches[i + 1].Index : text.Length;
            var v = text[vs..ve].Trim(' ', '\u3000');
            if (v.Length is > 0 and <= MaxValueChars)
                pairs.Add((matches[i].Groups[1].Value, v));
        }
        return pairs;
    }

    // A label (Han characters, possibly letter-spaced or bracketed) followed by a colon. Which words are labels is
    // decided by MetadataKeys; the pattern only finds candidates.
    [GeneratedRegex(@"(?<![\p{IsCJKUnifiedIdeographs}\w])[\[【]?((?:\p{IsCJKUnifiedIdeographs}[ \u3000]?){2,7})[\]】]?\s*[:：]\s*")]
    private static partial Regex InlineLabel();

    [GeneratedRegex(@"^[\[【]?((?:\p{IsCJKUnifiedIdeographs}[ \u3000]?){2,7})[\]】]?\s*[:：]\s*")]
    private static partial Regex LeadingLabel();
}
