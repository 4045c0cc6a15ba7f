using System.Text;
using System.Text.RegularExpressions;

namespace PolicyExtract.Readers.Text;

/// <summary>
/// Text copied out of a PDF or a fixed-width export breaks every paragraph at the same width. When a document shows that
/// signature (many lines of one length that do not end a sentence), its wrapped lines are joined back into paragraphs and
/// the page footers between them (— 1 —) dropped, so that a sentence, a number or a list of units is on one line again.
/// Other documents are left exactly as they are.
/// </summary>
public static partial class HardWrap
{
    [GeneratedRegex(@"^\s*[—\-－–]+\s*\d{1,4}\s*[—\-－–]+\s*$|^\s*第\s*\d{1,4}\s*页(?:\s*共\s*\d{1,4}\s*页)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PageFooter { get; }
    [GeneratedRegex(@"^\s*(?:[一二三四五六七八九十]{1,3}\s*、|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,3}\s*[.．、](?!\d)|附件|附\s*件)", RegexOptions.CultureInvariant)]
    private static partial Regex StartsItem { get; }
    // A row of a table laid out with runs of spaces (指标    单位    2020年    2025年): two gaps or more between columns.
    [GeneratedRegex(@"\S[ \u3000]{2,}\S.*?\S[ \u3000]{2,}\S", RegexOptions.CultureInvariant)]
    private static partial Regex SpacedRow { get; }

    /// <summary>A source line range for each line of the reflowed text (1-based, inclusive).</summary>
    public readonly record struct LineRange(int First, int Last);

    /// <summary>The reflowed text and, for each of its lines, the source lines it came from; null when the text is not hard-wrapped.</summary>
    public static (string Text, List<LineRange> Lines)? Reflow(string text)
    {
        var lines = text.Split('\n');
        var (width, slack, widths) = WrapWidth(lines);
        if (width == 0) return null;
        bool IsFull(int line) => widths[line] >= width - slack;

        var header = RunningHeaders(lines);
        bool Furniture(int line) => PageFooter.IsMatch(lines[line]) || header[line];

        var output = new List<string>();
        var ranges = new List<LineRange>();
        int i = 0;
        while (i < lines.Length)
        {
            // A running header (the title printed again at the top of every page) goes with its page footer.
            if (header[i])
            {
                i++;
                if (i < lines.Length && lines[i].Trim().Length == 0) i++;
                continue;
            }
            // A page footer standing alone between two paragraphs or two table rows (blank, — 5 —, blank) is page
            // furniture: dropped with the blank lines around it, so that what the page break cut reads as one table or list.
            if (PageFooter.IsMatch(lines[i]))
            {
                if (output.Count > 0 && output[^1].Trim().Length == 0)
                {
                    output.RemoveAt(output.Count - 1);
                    ranges.RemoveAt(ranges.Count - 1);
                }
                i++;
                if (i < lines.Length && lines[i].Trim().Length == 0) i++;
                continue;
            }
            int first = i;
            var current = new StringBuilder(lines[i]);
            // Join while this line runs to the wrap width and does not close a sentence, and the next text line
            // (page footers and empty lines in between skipped) continues it: no indent, no item label.
            // A row of a table laid with tabs or runs of spaces is never a wrapped line, nor continued by one.
            while (IsFull(i) && !EndsParagraph(lines[i]) && !IsRow(lines[i]))
            {
                int j = i + 1;
                while (j < lines.Length && (lines[j].Trim().Length == 0 || Furniture(j))) j++;
                if (j >= lines.Length || StartsIndented(lines[j]) || StartsItem.IsMatch(lines[j]) || IsRow(lines[j])) break;
                current.Append(lines[j]);
                i = j;
            }
            output.Add(current.ToString());
            ranges.Add(new LineRange(first + 1, i + 1));
            i++;
        }
        return (string.Join('\n', output), ranges);
    }

    /// <summary>
    /// The lines that open a page as its running header: the first text line after a page footer, when the same line
    /// opens two pages or more (a title or a 某某人民政府办公室文件 line printed on every page).
    /// </summary>
    private static bool[] RunningHeaders(string[] lines)
    {
        var marks = new bool[lines.Length];
        var after = new List<int>();
        for (int i = 0; i < lines.Length; i++)
        {
            if (!PageFooter.IsMatch(lines[i])) continue;
            int j = i + 1;
            while (j < lines.Length && lines[j].Trim().Length == 0) j++;
            if (j < lines.Length && !PageFooter.IsMatch(lines[j])) after.Add(j);
        }
        if (after.Count < 2) return marks;
        foreach (var same in after.GroupBy(j => lines[j].Trim()).Where(g => g.Count() >= 2 && g.Key.Length is >= 4 and <= 40))
            foreach (var j in same) marks[j] = true;
        return marks;
    }

    /// <summary>
    /// The width most lines are cut at, or 0 when the text is not laid out at a fixed width; how far short of it a full
    /// line may end; and every line's width. The width is counted in characters (an export that breaks every n
    /// characters) or in printed columns (a page: a line holding figures holds more characters than one that does not),
    /// whichever the lines agree on more.
    /// </summary>
    private static (int Width, int Slack, int[] Widths) WrapWidth(string[] lines)
    {
        var chars = Array.ConvertAll(lines, l => l.AsSpan().TrimEnd().Length);
        var columns = Array.ConvertAll(lines, Columns);
        // One character of slack: one column in characters, two in columns (a Chinese character).
        var (byChars, nearChars) = WrapWidth(lines, chars, chars, 1);
        var (byColumns, nearColumns) = WrapWidth(lines, chars, columns, 2);
        return nearColumns > nearChars ? (byColumns, 2, columns) : (byChars, 1, chars);
    }

    private static (int Width, int Near) WrapWidth(string[] lines, int[] chars, int[] widths, int slack)
    {
        // Rows of a table laid with tabs or spaces are not cut at the page width: they have no say in it.
        var lengths = widths.Where((_, i) => chars[i] >= 16 && !IsRow(lines[i])).ToList();
        if (lengths.Count < 8) return (0, 0);
        var mode = lengths.GroupBy(n => n).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First();
        int near = lengths.Count(n => Math.Abs(n - mode.Key) <= slack);
        // Most long lines end within a character of the same width, and they do not end sentences.
        int unfinished = Enumerable.Range(0, lines.Length).Count(i => Math.Abs(widths[i] - mode.Key) <= slack && !EndsSentence(lines[i]));
        return near * 2 >= lengths.Count && unfinished >= 5 ? (mode.Key, near) : (0, 0);
    }

    /// <summary>The printed width of a line: Chinese characters and full-width punctuation take two columns, digits and Latin letters one.</summary>
    private static int Columns(string line) => PrintedWidth(line.AsSpan().TrimEnd());

    /// <summary>The printed width of a text, trailing spaces included (the columns before a cell of a space-aligned row).</summary>
    internal static int PrintedWidth(ReadOnlySpan<char> text)
    {
        int n = 0;
        foreach (char c in text)
            n += c < '\u1100' && c is not ('“' or '”' or '‘' or '’' or '—' or '…' or '·') ? 1 : 2;
        return n;
    }

    private static bool EndsSentence(string line)
    {
        var t = line.TrimEnd();
        return t.Length > 0 && t[^1] is '。' or '；' or '！' or '？' or '：' or ':' or ';' or '”' or '」';
    }

    /// <summary>
    /// A full line that closes a sentence with 。！？ ends its paragraph; one that ends on ；or ： only ends a clause (a
    /// bracketed assignment such as （牵头单位：X；责任单位：Y） wraps there as anywhere else), so it is joined when the next
    /// line continues it.
    /// </summary>
    private static bool EndsParagraph(string line)
    {
        var t = line.TrimEnd();
        return t.Length > 0 && t[^1] is '。' or '！' or '？' or '”' or '」';
    }

    private static bool IsRow(string line) => line.Contains('\t') || SpacedRow.IsMatch(line);

    private static bool StartsIndented(string line) => line.Length > 0 && (line[0] is ' ' or '\u3000' or '\t');
}
