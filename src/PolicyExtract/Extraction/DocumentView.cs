using System.Text.RegularExpressions;
using PolicyExtract.Model;

namespace PolicyExtract.Extraction;

/// <summary>A line of the document text: its span (without the newline) and 1-based number.</summary>
public readonly record struct Line(int Index, int Start, int End)
{
    public int Number => Index + 1;
    public TextSpan Span => new(Start, End);
    public int Length => End - Start;
}

/// <summary>A heading found in the text: its level (1 for 一、, 2 for (一), 3 for 1., 4 for (1)), label and short title.</summary>
public sealed record Heading(int Level, string Label, string Title, int LineIndex, TextSpan Span);

/// <summary>
/// Per-document views every extractor needs: the lines, a matching text of the same length with full-width forms folded
/// (so offsets into it are offsets into the document text), and the heading outline.
/// </summary>
public sealed partial class DocumentView
{
    [GeneratedRegex(@"^[\s\t]*(?:(?<l1>[一二三四五六七八九十]{1,3})\s*、|[(（](?<l2>[一二三四五六七八九十]{1,3})[)）]|(?<l3>\d{1,2})\s*[.．、](?!\d)|[(（](?<l4>\d{1,2})[)）])\s*(?<rest>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex HeadingPattern { get; }

    public DocumentView(PolicyDocument document)
    {
        Text = document.Text;
        // The document's own matching text (full-width folded), with no-break spaces folded too.
        MatchText = CloseSpacedDigits(BlankArtifacts(FoldNoBreakSpace(document.MatchText)));
        var lines = new List<Line>();
        for (int pos = 0, i = 0; pos <= Text.Length; i++)
        {
            int nl = Text.IndexOf('\n', pos);
            int end = nl < 0 ? Text.Length : nl;
            lines.Add(new Line(i, pos, end));
            if (nl < 0) break;
            pos = nl + 1;
        }
        Lines = lines;
        Headings = FindHeadings();
    }

    public string Text { get; }

    /// <summary>Same length as <see cref="Text"/>: full-width ASCII forms folded to half-width, ideographic space to space.</summary>
    public string MatchText { get; }

    public IReadOnlyList<Line> Lines { get; }

    private TextSpan[]? _lineSpans;

    /// <summary>The lines' spans, for searches over every line at once (<see cref="Rules.RuleSet.FindByLine"/>).</summary>
    public IReadOnlyList<TextSpan> LineSpans => _lineSpans ??= Lines.Select(l => l.Span).ToArray();

    public IReadOnlyList<Heading> Headings { get; }

    // Several extractors walk every line; each line's texts are cut once per document and then shared.
    private string?[]? _lineTexts;
    private string?[]? _lineMatchTexts;

    public string LineText(int index) =>
        (_lineTexts ??= new string?[Lines.Count])[index] ??= Text.Substring(Lines[index].Start, Lines[index].Length);

    public string LineMatchText(int index) =>
        (_lineMatchTexts ??= new string?[Lines.Count])[index] ??= MatchText.Substring(Lines[index].Start, Lines[index].Length);

    public int LineIndexOf(int offset)
    {
        int lo = 0, hi = Lines.Count - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) / 2;
            if (Lines[mid].Start <= offset) lo = mid; else hi = mid - 1;
        }
        return lo;
    }

    public Evidence EvidenceFor(TextSpan span)
    {
        int line = LineIndexOf(span.Start);
        return new Evidence(span.Start, span.End, line + 1, Text.Substring(span.Start, span.Length));
    }

    /// <summary>True when the offset lies inside a 《…》 book title on its line.</summary>
    public bool InBookTitle(int offset)
    {
        var l = Lines[LineIndexOf(offset)];
        int open = Text.LastIndexOf('《', offset, offset - l.Start + (offset < Text.Length ? 1 : 0));
        if (open < 0) return false;
        int close = Text.IndexOf('》', open);
        return close < 0 || close >= offset;
    }

    /// <summary>The heading path (outermost first) of the section containing the offset.</summary>
    public List<string> SectionPath(int offset)
    {
        int line = LineIndexOf(offset);
        var path = new List<Heading>();
        foreach (var h in Headings)
        {
            if (h.LineIndex > line) break;
            while (path.Count > 0 && path[^1].Level >= h.Level) path.RemoveAt(path.Count - 1);
            path.Add(h);
        }
        return path.Select(h => h.Label + h.Title).ToList();
    }

    /// <summary>
    /// For each line, whether one of the headings it lies under (at any level, as <see cref="SectionPath"/> counts them)
    /// satisfies <paramref name="matches"/>; one pass over the lines and the outline.
    /// </summary>
    public bool[] LinesUnder(Func<Heading, bool> matches)
    {
        var lines = new bool[Lines.Count];
        // The open headings from the outermost in, each with whether it or one above it matches.
        var open = new List<(int Level, bool Under)>();
        int h = 0;
        for (int li = 0; li < lines.Length; li++)
        {
            for (; h < Headings.Count && Headings[h].LineIndex <= li; h++)
            {
                while (open.Count > 0 && open[^1].Level >= Headings[h].Level) open.RemoveAt(open.Count - 1);
                open.Add((Headings[h].Level, (open.Count > 0 && open[^1].Under) || matches(Headings[h])));
            }
            lines[li] = open.Count > 0 && open[^1].Under;
        }
        return lines;
    }

    private List<Heading> FindHeadings()
    {
        var list = new List<Heading>();
        for (int i = 0; i < Lines.Count; i++)
        {
            var text = LineMatchText(i);
            if (text.Length == 0 || text.Length > 400) continue;
            var m = HeadingPattern.Match(text);
            if (!m.Success) continue;
            int level = m.Groups["l1"].Success ? 1 : m.Groups["l2"].Success ? 2 : m.Groups["l3"].Success ? 3 : 4;
            int first = text.Length - text.TrimStart().Length;
            var rest = LineText(i)[m.Groups["rest"].Index..].Trim();
            int stop = rest.IndexOfAny(['。', '；', ';']);
            var title = stop >= 0 ? rest[..stop] : rest;
            if (title.Length > 40) title = title[..40];
            var label = LineText(i)[first..m.Groups["rest"].Index].Trim();
            list.Add(new Heading(level, label, title, i, Lines[i].Span));
        }
        return list;
    }

    [GeneratedRegex(@"\[bookmark: [^\]\n]*\]", RegexOptions.CultureInvariant)]
    private static partial Regex ArtifactPattern { get; }

    /// <summary>Blanks out markers left by Word-to-text export ([bookmark: _Toc…]) so that line starts are seen, keeping length.</summary>
    public static string BlankArtifacts(string text) =>
        text.Contains("[bookmark:", StringComparison.Ordinal)
            ? ArtifactPattern.Replace(text, m => new string(' ', m.Length))
            : text;

    // A figure cut by a stray space in a badly copied text (实训基地1 5个, 达到9 0%, 学徒2 00人): two short digit runs
    // between a Chinese character and a measure word or %. Space-aligned table rows put spaces around every figure, so
    // a run right after a Chinese character and right before one is taken as one number.
    [GeneratedRegex(@"(?<=[\u3400-\u9fff])(\d{1,3}) (\d{1,3})(?=[%\u3400-\u9fff])", RegexOptions.CultureInvariant)]
    private static partial Regex SpacedDigitsPattern { get; }

    /// <summary>
    /// Closes up a figure cut by one space (1 5个 → 15 个), keeping length: the space moves behind the digits, where a
    /// space before the measure word is read anyway, so offsets still point into the document text.
    /// </summary>
    public static string CloseSpacedDigits(string text) =>
        SpacedDigitsPattern.Replace(text, m => m.Groups[1].Value + m.Groups[2].Value + " ");

    /// <summary>Folds full-width ASCII forms (U+FF01–FF5E) to ASCII and U+3000 and U+00A0 to a space, keeping length.</summary>
    public static string Fold(string text) => FoldNoBreakSpace(PolicyExtract.Text.TextNormalizer.FoldWidth(text));

    private static string FoldNoBreakSpace(string text) => text.Contains('\u00A0') ? text.Replace('\u00A0', ' ') : text;
}
