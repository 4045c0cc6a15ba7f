using System.Text;
using System.Text.RegularExpressions;
using PolicyExtract.Model;

namespace PolicyExtract.Text;

/// <summary>
/// Normalization for matching that keeps every offset traceable to the document text: width folding (same length,
/// offsets map 1:1), and a joined view (line breaks inside a word removed, letter spacing closed up) with an offset map.
/// </summary>
public static partial class TextNormalizer
{
    /// <summary>
    /// Folds full-width ASCII forms (U+FF01–U+FF5E: digits, Latin letters, punctuation such as （）：，．) to their
    /// ASCII forms and the ideographic space U+3000 to a space. Every other character is kept, so the result has the
    /// same length as the input. Chinese punctuation with no ASCII twin (、。〔〕《》“”) is left alone.
    /// </summary>
    public static string FoldWidth(string text)
    {
        int first = -1;
        for (int i = 0; i < text.Length; i++)
            if (IsFoldable(text[i])) { first = i; break; }
        if (first < 0)
            return text;
        var chars = text.ToCharArray();
        for (int i = first; i < chars.Length; i++)
            chars[i] = FoldChar(chars[i]);
        return new string(chars);
    }

    /// <summary>The half-width form of a full-width ASCII character or ideographic space; other characters unchanged.</summary>
    public static char FoldChar(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' => ' ',
        _ => c,
    };

    private static bool IsFoldable(char c) => c is (>= '\uFF01' and <= '\uFF5E') or '\u3000';

    /// <summary>
    /// Builds the joined view of a text (normally <see cref="PolicyDocument.MatchText"/>): letter-spaced runs of single
    /// Han characters are closed up (无 锡 市 教 育 局 → 无锡市教育局), and a line break is removed, with the blank
    /// lines and indentation around it, where it splits a word: the line ends in a Han character and the next
    /// non-blank line starts with one that is not a list marker (一、 (一) 1. 第…条 ——), and either a book-title or
    /// quotation bracket (《 “ （) opened before the break is still open, or the line is prose (it is at least
    /// <see cref="MinProseLineLength"/> characters long and has a comma or full stop in it). Titles and headings,
    /// which have no such punctuation, stay on their own lines. Every other character is kept.
    /// </summary>
    public static NormalizedText Join(string text)
    {
        var lines = SplitLines(text);
        var sb = new StringBuilder(text.Length);
        var map = new List<int>(text.Length + 1);
        int open = 0; // brackets still open in the current run of joined lines
        for (int li = 0; li < lines.Count; li++)
        {
            var (start, end) = lines[li];
            bool joinedIntoPrevious = li > 0 && sb.Length > 0 && sb[^1] != '\n';
            // Leading indentation of a continuation line is dropped with the break.
            int s = start;
            if (joinedIntoPrevious)
                while (s < end && IsSpace(text[s])) s++;
            AppendCollapsed(text, s, end, sb, map);
            open = Math.Max(0, (joinedIntoPrevious ? open : 0) + BracketBalance(text, s, end));

            int next = NextNonBlankLine(text, lines, li + 1);
            if (next < 0)
            {
                // Keep the remaining (blank) lines and breaks as they are.
                for (int k = li + 1; k <= lines.Count; k++)
                {
                    if (k - 1 < lines.Count && lines[k - 1].End < text.Length) { map.Add(lines[k - 1].End); sb.Append('\n'); }
                    if (k < lines.Count) AppendCollapsed(text, lines[k].Start, lines[k].End, sb, map);
                }
                break;
            }
            if (ShouldJoin(text, start, end, lines[next].Start, lines[next].End, open))
            {
                // Drop trailing spaces already written, the breaks and the blank lines between.
                while (sb.Length > 0 && IsSpace(sb[^1])) { sb.Length--; map.RemoveAt(map.Count - 1); }
                li = next - 1;
                continue;
            }
            open = 0;
            // Not joined: keep the break and any blank lines up to the next non-blank one.
            for (int k = li; k < next; k++)
            {
                map.Add(lines[k].End);
                sb.Append('\n');
                if (k + 1 < next) AppendCollapsed(text, lines[k + 1].Start, lines[k + 1].End, sb, map);
            }
            li = next - 1;
        }
        map.Add(text.Length);
        return new NormalizedText(sb.ToString(), map.ToArray());
    }

    /// <summary>
    /// Joins chosen spans of a text (the lines of a title, say) into one string with no separators, trimming each span
    /// and closing up letter spacing, with offsets mapped back to the text. The caller decides which lines belong
    /// together; this only removes whitespace.
    /// </summary>
    public static NormalizedText JoinSpans(string text, IEnumerable<TextSpan> spans)
    {
        var sb = new StringBuilder();
        var map = new List<int>();
        int last = 0;
        foreach (var span in spans)
        {
            int s = span.Start, e = span.End;
            while (s < e && char.IsWhiteSpace(text[s])) s++;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            AppendCollapsed(text, s, e, sb, map);
            last = e;
        }
        map.Add(last);
        return new NormalizedText(sb.ToString(), map.ToArray());
    }

    /// <summary>Closes up letter spacing in one string (无 锡 市 教 育 局 → 无锡市教育局); other text unchanged.</summary>
    public static string CloseLetterSpacing(string s) => LetterSpaced().Replace(s, m => RemoveSpaces(m.Value));

    /// <summary>A line shorter than this is treated as a title or heading and never joined on length alone.</summary>
    public const int MinProseLineLength = 20;

    private static bool ShouldJoin(string text, int aStart, int aEnd, int bStart, int bEnd, int openBrackets)
    {
        int ae = aEnd;
        while (ae > aStart && IsSpace(text[ae - 1])) ae--;
        int bs = bStart;
        while (bs < bEnd && IsSpace(text[bs])) bs++;
        if (ae == aStart || bs == bEnd)
            return false;
        if (!IsHan(text[ae - 1]) || !IsHan(text[bs]) && text[bs] != '《' && text[bs] != '“')
            return false;
        if (ListMarker().IsMatch(text.AsSpan(bs, bEnd - bs)))
            return false;
        if (openBrackets > 0)
            return true;
        var line = text.AsSpan(aStart, ae - aStart).Trim();
        return line.Length >= MinProseLineLength && line.IndexOfAny("，,。；;") >= 0;
    }

    /// <summary>Opening minus closing brackets in text[start..end) (negative when the line closes more than it opens).</summary>
    private static int BracketBalance(string text, int start, int end)
    {
        int n = 0;
        for (int i = start; i < end; i++)
        {
            switch (text[i])
            {
                case '《' or '“' or '（' or '(' or '〔' or '「': n++; break;
                case '》' or '”' or '）' or ')' or '〕' or '」': n--; break;
            }
        }
        return n;
    }

    private static int NextNonBlankLine(string text, List<(int Start, int End)> lines, int from)
    {
        for (int k = from; k < lines.Count; k++)
            for (int i = lines[k].Start; i < lines[k].End; i++)
                if (!IsSpace(text[i])) return k;
        return -1;
    }

    private static List<(int Start, int End)> SplitLines(string text)
    {
        var lines = new List<(int, int)>();
        int pos = 0;
        while (true)
        {
            int nl = text.IndexOf('\n', pos);
            if (nl < 0) { lines.Add((pos, text.Length)); break; }
            lines.Add((pos, nl));
            pos = nl + 1;
        }
        return lines;
    }

    /// <summary>Appends text[start..end) with letter-spaced runs closed up, recording each kept character's offset.</summary>
    private static void AppendCollapsed(string text, int start, int end, StringBuilder sb, List<int> map)
    {
        if (end <= start) return;
        var segment = text.AsSpan(start, end - start);
        int pos = 0;
        foreach (var m in LetterSpaced().EnumerateMatches(segment))
        {
            for (int i = pos; i < m.Index; i++) { sb.Append(segment[i]); map.Add(start + i); }
            for (int i = m.Index; i < m.Index + m.Length; i++)
                if (!IsSpace(segment[i])) { sb.Append(segment[i]); map.Add(start + i); }
            pos = m.Index + m.Length;
        }
        for (int i = pos; i < segment.Length; i++) { sb.Append(segment[i]); map.Add(start + i); }
    }

    private static string RemoveSpaces(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
            if (!IsSpace(c)) sb.Append(c);
        return sb.ToString();
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\u3000' or '\u00A0' or '\r';

    private static bool IsHan(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF');

    // Three or more single Han characters, each separated from the next by one to three spaces: a letter-spaced
    // word. Multi-character words separated by spaces (县教育局 县财政局) do not match: after each Han character
    // the pattern needs a space.
    [GeneratedRegex(@"(?<!\p{IsCJKUnifiedIdeographs})\p{IsCJKUnifiedIdeographs}(?:[ \u3000\u00A0]{1,3}\p{IsCJKUnifiedIdeographs}){2,}(?!\p{IsCJKUnifiedIdeographs})")]
    private static partial Regex LetterSpaced();

    [GeneratedRegex(@"^(?:[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十百\d]+[）)]|\d+[、.．]|第[一二三四五六七八九十百\d]+[条章节部分]|——|附件)")]
    private static partial Regex ListMarker();
}
