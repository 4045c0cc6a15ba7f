using System.Text;
using HtmlAgilityPack;
using PolicyExtract.Model;

namespace PolicyExtract.Readers.Html;

/// <summary>
/// Turns the main content into blocks: block-level elements and &lt;br&gt; end a paragraph, h1–h6 become headings
/// with their level, the title element becomes the title block, and data tables become table blocks. A table is a
/// data table when it has at least two rows and two columns and no nested table or page-sized cell; other tables
/// only lay out the page and are read as containers.
/// </summary>
internal sealed class BodyWalker(TextBuilder builder, HashSet<HtmlNode> consumed, HtmlNode? title)
{
    private const int MaxDataCellChars = 1500;
    private readonly StringBuilder _inline = new();
    private HtmlNode? _owner;
    private int _linkDepth;
    private int _links;
    private int _plainLetters;

    public void EmitTitle(HtmlNode node)
    {
        var text = HtmlReader.Clean(InlineText(node, joinHan: true));
        if (text.Length == 0) return;
        builder.AppendLine(text, out var span);
        builder.Blocks.Add(new Block { Kind = BlockKind.Title, Span = span, LocateBy = () => node.XPath, Level = 1 });
    }

    public void Walk(HtmlNode main)
    {
        Visit(main, main);
        Flush();
    }

    private void Visit(HtmlNode node, HtmlNode owner)
    {
        if (consumed.Contains(node))
            return;
        if (node.NodeType == HtmlNodeType.Text)
        {
            if (_inline.Length == 0) _owner = owner;
            var t = ((HtmlTextNode)node).Text;
            _inline.Append(t);
            if (_linkDepth == 0)
                foreach (var ch in HtmlEntity.DeEntitize(t) ?? "")
                    if (char.IsLetterOrDigit(ch)) _plainLetters++;
            return;
        }
        if (node.NodeType != HtmlNodeType.Element && node.NodeType != HtmlNodeType.Document)
            return;
        var name = node.Name;
        if (name == "br") { Flush(); return; }
        if (node == title) { Flush(); EmitTitle(node); return; }
        if (name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6")
        {
            Flush();
            var text = HtmlReader.Clean(InlineText(node, joinHan: true));
            if (text.Length > 0)
            {
                builder.AppendLine(text, out var span);
                builder.Blocks.Add(new Block { Kind = BlockKind.Heading, Span = span, LocateBy = () => node.XPath, Level = name[1] - '0' });
            }
            return;
        }
        if (name == "table" && IsDataTable(node))
        {
            Flush();
            EmitTable(node);
            return;
        }
        if (HtmlReader.BlockTags.Contains(name) || node.NodeType == HtmlNodeType.Document)
        {
            Flush();
            foreach (var c in node.ChildNodes) Visit(c, node);
            Flush();
            return;
        }
        if (name == "a") { _linkDepth++; _links++; }
        foreach (var c in node.ChildNodes) Visit(c, owner);
        if (name == "a") _linkDepth--;
    }

    private void Flush()
    {
        if (_inline.Length == 0) { _links = 0; _plainLetters = 0; return; }
        var text = HtmlReader.Clean(_inline.ToString());
        _inline.Clear();
        // A line made only of several links (【打印本页】【关闭窗口】, a link bar) is page chrome left inside the
        // content; a single link (an attachment) is kept.
        bool linkBar = _links >= 2 && _plainLetters == 0;
        _links = 0;
        _plainLetters = 0;
        if (text.Length == 0 || _owner is null || linkBar) return;
        builder.AppendLine(text, out var span);
        var owner = _owner;
        builder.Blocks.Add(new Block { Kind = BlockKind.Paragraph, Span = span, LocateBy = () => owner.XPath });
    }

    /// <summary>
    /// An element's text on one line, consumed nodes left out. &lt;br&gt; and block boundaries become spaces; with
    /// <paramref name="joinHan"/> (titles and headings, which pages break for layout) a break between two Han
    /// characters disappears instead. Table cells keep the space: "宣传部&lt;br&gt;教育局" are two units.
    /// </summary>
    private string InlineText(HtmlNode node, bool joinHan = false)
    {
        if (joinHan)
        {
            var marked = InlineText(node, '\u2028');
            return JoinHanBreaks(HtmlReader.CleanInline(marked));
        }
        return InlineText(node, ' ');
    }

    private static string JoinHanBreaks(string s)
    {
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] != '\u2028') { sb.Append(s[i]); continue; }
            int j = i;
            while (j + 1 < s.Length && (s[j + 1] == '\u2028' || s[j + 1] == ' ')) j++;
            char prev = sb.Length > 0 ? sb[^1] : ' ';
            while (sb.Length > 0 && sb[^1] == ' ') { sb.Length--; prev = sb.Length > 0 ? sb[^1] : ' '; }
            char next = j + 1 < s.Length ? s[j + 1] : ' ';
            if (!(IsHan(prev) && IsHan(next))) sb.Append(' ');
            i = j;
        }
        return sb.ToString();
    }

    private static bool IsHan(char c) => c is (>= '\u3400' and <= '\u9FFF') or '《' or '》' or '“' or '”' or '（' or '）';

    private string InlineText(HtmlNode node, char breakChar)
    {
        var sb = new StringBuilder();
        void Go(HtmlNode n)
        {
            if (consumed.Contains(n)) return;
            if (n.NodeType == HtmlNodeType.Text) { sb.Append(((HtmlTextNode)n).Text); return; }
            if (n.NodeType != HtmlNodeType.Element) return;
            bool boundary = n.Name == "br" || HtmlReader.BlockTags.Contains(n.Name);
            if (boundary) sb.Append(breakChar);
            foreach (var c in n.ChildNodes) Go(c);
            if (boundary) sb.Append(breakChar);
        }
        foreach (var c in node.ChildNodes) Go(c);
        return sb.ToString();
    }

    private static List<HtmlNode> RowsOf(HtmlNode table)
    {
        var rows = new List<HtmlNode>();
        foreach (var c in table.ChildNodes)
        {
            if (c.Name == "tr") rows.Add(c);
            else if (c.Name is "thead" or "tbody" or "tfoot")
                rows.AddRange(c.ChildNodes.Where(r => r.Name == "tr"));
        }
        return rows;
    }

    private static IEnumerable<HtmlNode> CellsOf(HtmlNode row) => row.ChildNodes.Where(c => c.Name is "td" or "th");

    private bool IsDataTable(HtmlNode table)
    {
        if (table.Descendants("table").Any()) return false;
        var rows = RowsOf(table);
        int textRows = 0, maxCols = 0;
        foreach (var r in rows)
        {
            var cells = CellsOf(r).ToList();
            int nonEmpty = cells.Count(c => HtmlReader.Clean(InlineText(c)).Length > 0);
            if (nonEmpty > 0) textRows++;
            maxCols = Math.Max(maxCols, cells.Sum(c => Span(c, "colspan")));
            if (cells.Any(c => HtmlReader.Clean(c.InnerText).Length > MaxDataCellChars)) return false;
        }
        return textRows >= 2 && maxCols >= 2;
    }

    private static int Span(HtmlNode cell, string attr)
    {
        var v = cell.GetAttributeValue(attr, "1").Trim();
        return int.TryParse(v, out var n) ? Math.Clamp(n, 1, 200) : 1;
    }

    private void EmitTable(HtmlNode table)
    {
        var rows = new List<TableRow>();
        // Grid columns still covered by a cell from a row above: the origin cell and how many more rows it covers.
        var pending = new Dictionary<int, (TableCell Origin, int Rows)>();
        int tableStart = -1, tableEnd = -1;
        foreach (var tr in RowsOf(table))
        {
            var parts = new List<string>();
            var cells = new List<TableCell>();
            int pos = builder.NextLineStart;
            int col = 0;
            void Place(string text, TableCell? origin, int rowSpan, int colSpan, bool header)
            {
                var cell = origin is null
                    ? new TableCell { Span = new TextSpan(pos, pos + text.Length), RowSpan = rowSpan, ColSpan = colSpan, IsHeader = header }
                    : new TableCell { Span = origin.Span, IsMergedContinuation = true, IsHeader = origin.IsHeader };
                cells.Add(cell);
                parts.Add(text);
                pos += text.Length + 1;
                col++;
            }
            void FillPending()
            {
                while (pending.TryGetValue(col, out var p))
                {
                    Place("", p.Origin, 1, 1, false);
                    if (p.Rows <= 1) pending.Remove(col - 1); else pending[col - 1] = (p.Origin, p.Rows - 1);
                }
            }
            foreach (var td in CellsOf(tr))
            {
                FillPending();
                var text = HtmlReader.Clean(InlineText(td)).Replace('\t', ' ');
                int rs = Span(td, "rowspan"), cs = Span(td, "colspan");
                bool header = td.Name == "th" || tr.ParentNode?.Name == "thead";
                int first = col;
                Place(text, null, rs, cs, header);
                var origin = cells[^1];
                for (int k = 1; k < cs; k++) Place("", origin, 1, 1, header);
                if (rs > 1)
                    for (int k = first; k < first + cs; k++) pending[k] = (origin, rs - 1);
            }
            // Columns to the right still covered from above.
            while (pending.Keys.Any(k => k >= col))
            {
                if (!pending.ContainsKey(col)) { Place("", null, 1, 1, false); continue; }
                FillPending();
            }
            if (parts.All(p => p.Length == 0)) continue;
            builder.AppendLine(string.Join('\t', parts), out var line);
            if (tableStart < 0) tableStart = line.Start;
            tableEnd = line.End;
            rows.Add(new TableRow { Cells = cells });
        }
        if (rows.Count == 0) return;
        builder.Blocks.Add(new Block { Kind = BlockKind.Table, Span = new TextSpan(tableStart, tableEnd), LocateBy = () => table.XPath, Rows = rows });
    }
}
