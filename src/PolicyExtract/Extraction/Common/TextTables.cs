using PolicyExtract.Model;

namespace PolicyExtract.Extraction.Common;

/// <summary>A table cell as extractors read it: its text and its span into the document text.</summary>
public sealed record TableCellText(string Text, TextSpan Span);

/// <summary>
/// The tables of a document as rows of cells: the reader's table blocks (HTML, DOCX, .doc), and tables laid out in plain
/// text — Word exports with one tab-started cell a line, and one row a line with tab-separated cells.
/// </summary>
public static class TextTables
{
    /// <summary>A reader's table block, cell by cell.</summary>
    public static List<List<TableCellText>> FromBlock(PolicyDocument document, Block block) =>
        block.Rows.Select(r => r.Cells.Select(c => new TableCellText(document.Slice(c.Span), c.Span)).ToList()).ToList();

    /// <summary>Lines already covered by a table block of the reader (HTML, DOCX), which is read from its cells.</summary>
    public static HashSet<int> TableBlockLines(ExtractionContext context)
    {
        var set = new HashSet<int>();
        foreach (var b in context.Document.Blocks.Where(b => b.Kind == BlockKind.Table))
            for (int i = context.View.LineIndexOf(b.Span.Start); i <= context.View.LineIndexOf(Math.Max(b.Span.Start, b.Span.End - 1)); i++)
                set.Add(i);
        return set;
    }

    /// <summary>
    /// Tables saved as text one row a line, outside reader table blocks: cells separated by tabs (序号\t重点任务\t牵头单位\t…),
    /// or aligned with runs of spaces (指标名称　　　　2023年　　2026年, as a box of indicators is laid out in a page's text).
    /// </summary>
    public static IEnumerable<List<List<TableCellText>>> RowPerLine(ExtractionContext context)
    {
        var view = context.View;
        var covered = TableBlockLines(context);
        var cells = new List<TableCellText>?[view.Lines.Count];
        List<TableCellText>? Row(int i) => covered.Contains(i) ? null : cells[i] ??= Cells(view.LineText(i), view.Lines[i].Start);
        for (int i = 0; i < view.Lines.Count; i++)
        {
            if (Row(i) is not { } first) continue;
            var rows = new List<List<TableCellText>> { first };
            int j = i + 1;
            for (; j < view.Lines.Count; j++)
            {
                if (view.Lines[j].Length == 0 && j + 1 < view.Lines.Count && Row(j + 1) is not null) continue;
                // A category line between rows (一、交通基础设施), the merged row of a table saved as text, is passed over.
                if (j + 1 < view.Lines.Count && !covered.Contains(j) && IsCategoryLine(view.LineText(j)) && Row(j + 1) is not null) continue;
                if (Row(j) is not { } row) break;
                rows.Add(row);
            }
            if (rows.Count > 1) yield return Aligned(view, JoinWrapped(view, rows));
            i = j;
        }
    }

    /// <summary>
    /// A tab-separated row whose last cell wrapped onto the next line (2 | 组建市域产教联合体 | 市发展改革委 | 市教育局、市工业和信息化局、
    /// then 邢台经济开发区管委会 | 2023年6月底前): two short rows that together hold one cell more than the header are one row,
    /// the cell cut at the line break joined back.
    /// </summary>
    private static List<List<TableCellText>> JoinWrapped(DocumentView view, List<List<TableCellText>> rows)
    {
        int width = rows[0].Count;
        bool Tabbed(List<TableCellText> row) => row.Count >= 2 && row[1].Span.Start > 0 && view.Text[row[1].Span.Start - 1] == '\t';
        var result = new List<List<TableCellText>> { rows[0] };
        for (int r = 1; r < rows.Count; r++)
        {
            var row = rows[r];
            if (r + 1 < rows.Count && row.Count < width && rows[r + 1] is var next && next.Count < width
                && row.Count + next.Count - 1 == width && Tabbed(row) && Tabbed(next) && !RowNumber.IsMatch(next[0].Text.Trim()))
            {
                var (cut, rest) = (row[^1], next[0]);
                var joined = new List<TableCellText>(row.Take(row.Count - 1))
                {
                    new(cut.Text.TrimEnd() + rest.Text.Trim(), new TextSpan(cut.Span.Start, rest.Span.End)),
                };
                joined.AddRange(next.Skip(1));
                result.Add(joined);
                r++;
                continue;
            }
            result.Add(row);
        }
        return result;
    }

    /// <summary>
    /// A table aligned with spaces leaves a cell blank by printing nothing (a 类别 given only on its group's first row):
    /// such a row has fewer runs of text than the header, and each run is put in the header column it starts under (by
    /// printed width, a Chinese character taking two columns), the blank cells kept empty. Tab-separated rows are kept.
    /// </summary>
    private static List<List<TableCellText>> Aligned(DocumentView view, List<List<TableCellText>> rows)
    {
        var head = rows[0];
        if (head.Count < 3) return rows;
        int Column(TableCellText c)
        {
            var line = view.LineIndexOf(c.Span.Start);
            var text = view.Text[view.Lines[line].Start..c.Span.Start];
            return text.Contains('\t') ? -1 : Readers.Text.HardWrap.PrintedWidth(text);
        }
        var stops = head.Select(Column).ToList();
        if (stops.Contains(-1)) return rows;
        var result = new List<List<TableCellText>> { head };
        foreach (var row in rows.Skip(1))
        {
            if (row.Count >= head.Count) { result.Add(row); continue; }
            var placed = new TableCellText?[head.Count];
            bool ok = true;
            foreach (var cell in row)
            {
                int col = Column(cell);
                if (col < 0) { ok = false; break; }
                // The header column whose start is nearest; a run never goes left of a column already filled.
                int best = Enumerable.Range(0, head.Count).OrderBy(k => Math.Abs(stops[k] - col)).First();
                if (placed[best] is not null) { ok = false; break; }
                placed[best] = cell;
            }
            if (!ok) { result.Add(row); continue; }
            result.Add(placed.Select((c, k) => c ?? new TableCellText("", new TextSpan(Gap(row, placed, k), Gap(row, placed, k)))).ToList());
        }
        return result;
    }

    /// <summary>Where an empty cell sits: the end of the filled cell before it, else the start of the first filled one.</summary>
    private static int Gap(List<TableCellText> row, TableCellText?[] placed, int k)
    {
        for (int b = k - 1; b >= 0; b--) if (placed[b] is { } c) return c.Span.End;
        return row[0].Span.Start;
    }

    /// <summary>A short line of one cell that names a group of rows: no tab, no sentence end, at most 20 characters.</summary>
    private static bool IsCategoryLine(string line)
    {
        var t = line.Trim();
        return t.Length is > 0 and <= 20 && t.IndexOf('\t') < 0 && t.IndexOfAny(['。', '；', ';', '：', ':']) < 0;
    }

    /// <summary>
    /// A line's cells when it reads as a table row, else null: tab-separated (a tab after the start, or two tabs, and at least
    /// two cells with text), or, without tabs, at least two runs of text after the indentation parted by two or more spaces.
    /// </summary>
    private static List<TableCellText>? Cells(string line, int start)
    {
        if (line.IndexOf('\t') >= 0)
        {
            if (!(line.TrimStart(' ', '\u3000').IndexOf('\t') > 0 || line.Count(c => c == '\t') >= 2)
                || line.Split('\t').Count(c => c.Trim().Length > 0) < 2)
                return null;
            var row = new List<TableCellText>();
            int pos = start;
            foreach (var piece in line.Split('\t'))
            {
                row.Add(new TableCellText(piece, new TextSpan(pos, pos + piece.Length)));
                pos += piece.Length + 1;
            }
            return row;
        }
        // Space-aligned: cells are the runs of text; a gap is two or more spaces (ideographic or not).
        var aligned = new List<TableCellText>();
        int k = 0;
        while (k < line.Length && line[k] is ' ' or '\u3000') k++;
        while (k < line.Length)
        {
            int cellStart = k;
            while (k < line.Length && !(line[k] is ' ' or '\u3000' && k + 1 < line.Length && line[k + 1] is ' ' or '\u3000')) k++;
            int cellEnd = k;
            while (cellEnd > cellStart && line[cellEnd - 1] is ' ' or '\u3000') cellEnd--;
            aligned.Add(new TableCellText(line[cellStart..cellEnd], new TextSpan(start + cellStart, start + cellEnd)));
            while (k < line.Length && line[k] is ' ' or '\u3000') k++;
        }
        return aligned.Count >= 2 ? aligned : null;
    }

    /// <summary>
    /// Tables in text exported from Word: a header of tab-started lines naming a unit column, then rows of tab-started
    /// cells (lines without a leading tab continue the cell above), rows separated by empty lines.
    /// </summary>
    public static IEnumerable<List<List<TableCellText>>> TabLaid(DocumentView view)
    {
        var lines = view.Lines;
        int i = 0;
        while (i < lines.Count)
        {
            if (!view.LineText(i).StartsWith('\t')) { i++; continue; }
            var rows = new List<List<TableCellText>>();
            var row = new List<TableCellText>();
            int j = i;
            for (; j < lines.Count; j++)
            {
                var t = view.LineText(j);
                if (t.Trim().Length == 0 && !t.Contains('\t'))
                {
                    if (row.Count > 0) { rows.Add(row); row = []; }
                    // The table goes on only if the next non-empty line starts a cell.
                    int k = j + 1;
                    while (k < lines.Count && view.LineText(k).Length == 0) k++;
                    if (k >= lines.Count || !view.LineText(k).StartsWith('\t')) { j = k; break; }
                    continue;
                }
                if (t.StartsWith('\t'))
                {
                    int pos = lines[j].Start;
                    foreach (var piece in t.Split('\t').Skip(1))
                    {
                        int s = pos + 1;
                        row.Add(new TableCellText(piece, new TextSpan(s, s + piece.Length)));
                        pos = s + piece.Length;
                    }
                }
                else if (row.Count > 0)
                {
                    var lastCell = row[^1];
                    row[^1] = new TableCellText(lastCell.Text + t, new TextSpan(lastCell.Span.Start, lines[j].End));
                }
            }
            if (row.Count > 0) rows.Add(row);
            if (rows.Count > 1) yield return rows;
            i = Math.Max(j, i + 1);
        }
    }

    /// <summary>
    /// Indicator tables saved as text one cell a line, as a page's table is copied: the header cells on consecutive lines
    /// (序号, then an indicator header such as 指标名称, then year, unit, target and attribute headers: 2022年, 2025年,
    /// 单位, 属性), then each row's cells on the lines after. Rows are read while they keep the header's shape: a number
    /// under 序号, a name that is no heading, a figure in one of the year or target columns, no cell ending a sentence.
    /// </summary>
    public static IEnumerable<List<List<TableCellText>>> CellPerLineIndicators(ExtractionContext context)
    {
        var view = context.View;
        var rules = context.Rules;
        var covered = TableBlockLines(context);
        ReadOnlySpan<char> Printed(int i) => view.Text.AsSpan(view.Lines[i].Start, view.Lines[i].Length);
        // Most documents have no such table: look for a short line naming an indicator column before anything else.
        bool any = false;
        for (int i = 0; i < view.Lines.Count && !any; i++)
            any = Printed(i).Trim() is { Length: > 0 and <= 14 } t && t.IndexOf('\t') < 0 && rules.IsMacro("indicator_header", TextFold.HeaderForm(t.ToString()));
        if (!any) yield break;
        var lines = new List<int>();
        for (int i = 0; i < view.Lines.Count; i++)
            if (!covered.Contains(i) && Printed(i).Trim().Length > 0 && Printed(i).IndexOf('\t') < 0)
                lines.Add(i);
        var target = rules.MacroRegex("indicator_target_header", Rules.MacroMatch.Anywhere);
        var baseline = rules.MacroRegex("indicator_base_header", Rules.MacroMatch.Anywhere);
        bool Consecutive(int k) => k > 0 && lines[k] == lines[k - 1] + 1;
        string Form(int k) => TextFold.HeaderForm(view.LineText(lines[k]));
        bool IsValueHeader(string form) => form.Length <= 14
            && (YearCell.IsMatch(form) || target?.IsMatch(form) == true || baseline?.IsMatch(form) == true);
        bool IsOtherHeader(string form) => rules.IsMacro("indicator_unit_header", form) || OtherHeader.IsMatch(form);
        for (int k = 0; k < lines.Count; k++)
        {
            if (view.Lines[lines[k]].Length > 40 || !rules.IsMacro("indicator_header", Form(k))) continue;
            int first = k > 0 && Consecutive(k) && SerialCell.IsMatch(Form(k - 1)) ? k - 1 : k;
            int h = k + 1;
            var valueColumns = new List<int>();
            while (h < lines.Count && Consecutive(h) && Form(h) is var f && (IsValueHeader(f) || IsOtherHeader(f)))
            {
                if (IsValueHeader(f)) valueColumns.Add(h - first);
                h++;
            }
            int width = h - first;
            if (width < 3 || valueColumns.Count == 0) continue;
            int nameColumn = k - first;
            bool serial = first < k;
            var rows = new List<List<TableCellText>> { Row(first, width) };
            int r = h;
            while (r + width <= lines.Count)
            {
                var row = Row(r, width);
                if (serial && !RowNumber.IsMatch(row[0].Text)) break;
                var name = row[nameColumn].Text;
                if (Heading.IsMatch(name) || RowNumber.IsMatch(name) || IsValueHeader(TextFold.HeaderForm(name))) break;
                if (row.Any(c => c.Text.Length > 40 || c.Text.EndsWith('。'))) break;
                if (!valueColumns.Any(c => row[c].Text.AsSpan().IndexOfAnyInRange('0', '9') >= 0)) break;
                rows.Add(row);
                r += width;
            }
            if (rows.Count > 1) yield return rows;
            k = Math.Max(k, r - 1);
        }

        List<TableCellText> Row(int from, int width) => Enumerable.Range(from, width).Select(x => LineCell(view, lines[x])).ToList();
    }

    /// <summary>A whole line as a table cell (a table saved as text one cell a line): its text trimmed, and the span of that.</summary>
    public static TableCellText LineCell(DocumentView view, int line)
    {
        var text = view.LineText(line);
        int start = view.Lines[line].Start + (text.Length - text.TrimStart().Length);
        var trimmed = text.Trim();
        return new TableCellText(trimmed, new TextSpan(start, start + trimmed.Length));
    }

    private static readonly System.Text.RegularExpressions.Regex YearCell = new(@"^(?:19|20)\d{2}年", System.Text.RegularExpressions.RegexOptions.CultureInvariant);
    private static readonly System.Text.RegularExpressions.Regex SerialCell = new(@"^(?:序号|编号|序)$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);
    private static readonly System.Text.RegularExpressions.Regex OtherHeader = new(@"^(?:指标)?(?:属性|类别|类型|备注|性质)$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);
    private static readonly System.Text.RegularExpressions.Regex RowNumber = new(@"^\d{1,3}$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);
    private static readonly System.Text.RegularExpressions.Regex Heading = new(@"^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])", System.Text.RegularExpressions.RegexOptions.CultureInvariant);
}
