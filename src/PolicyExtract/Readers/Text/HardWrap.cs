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

    /// <summary>A source line range for each line of the reflowed text (1-based, inclusive).</summary>
    public readonly record struct LineRange(int First, int Last);

    /// <summary>The reflowed text and, for each of its lines, the source lines it came from; null when the text is not hard-wrapped.</summary>
    public static (string Text, List<LineRange> Lines)? Reflow(string text)
    {
        var lines = text.Split('\n');
        int width = WrapWidth(lines);
        if (width == 0) return null;

        var sb = new StringBuilder(text.Length);
        var ranges = new List<LineRange>();
        int i = 0;
        while (i < lines.Length)
        {
            int first = i;
            var current = new StringBuilder(lines[i]);
            // Join while this line runs to the wrap width and does not close a sentence, and the next text line
            // (page footers and empty lines in between skipped) continues it: no indent, no item label.
            while (IsFull(lines[i], width) && !EndsParagraph(lines[i]))
            {
                int j = i + 1;
                while (j < lines.Length && (lines[j].Trim().Length == 0 || PageFooter.IsMatch(lines[j]))) j++;
                if (j >= lines.Length || StartsIndented(lines[j]) || StartsItem.IsMatch(lines[j])) break;
                current.Append(lines[j]);
                i = j;
            }
            if (sb.Length > 0) sb.Append('\n');
            sb.Append(current);
            ranges.Add(new LineRange(first + 1, i + 1));
            i++;
        }
        return (sb.ToString(), ranges);
    }

    /// <summary>The width most lines are cut at, or 0 when the text is not laid out at a fixed width.</summary>
    private static int WrapWidth(string[] lines)
    {
        var lengths = lines.Select(l => l.TrimEnd().Length).Where(n => n >= 16).ToList();
        if (lengths.Count < 8) return 0;
        var mode = lengths.GroupBy(n => n).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First();
        int near = lengths.Count(n => Math.Abs(n - mode.Key) <= 1);
        // Most long lines end within a character of the same width, and they do not end sentences.
        int unfinished = lines.Count(l => Math.Abs(l.TrimEnd().Length - mode.Key) <= 1 && !EndsSentence(l));
        return near * 2 >= lengths.Count && unfinished >= 5 ? mode.Key : 0;
    }

    private static bool IsFull(string line, int width) => line.TrimEnd().Length >= width - 1;

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

    private static bool StartsIndented(string line) => line.Length > 0 && (line[0] is ' ' or '\u3000' or '\t');
}
