using System.Text.RegularExpressions;
using PolicyExtract.Text;
using PolicyExtract.Model;

namespace PolicyExtract.Normalization;

/// <summary>What a period expression says about time.</summary>
public enum PeriodKind
{
    /// <summary>A deadline: something is done by <see cref="PeriodResult.End"/>.</summary>
    By,

    /// <summary>A span with a start and an end (2021—2025年, “十四五”期间).</summary>
    Period,

    /// <summary>Happens again and again (每年, 每季度); see <see cref="PeriodResult.Recurrence"/>.</summary>
    Recurring,

    /// <summary>No end date (持续推进, 长期坚持).</summary>
    Ongoing,
}

/// <summary>
/// A normalized period or deadline. <see cref="Start"/>/<see cref="End"/> are inclusive; they are null when the
/// text gives none (ongoing, recurring) or when a relative expression has no reference date to resolve against.
/// </summary>
public sealed record PeriodResult(PeriodKind Kind, DateOnly? Start, DateOnly? End, string Text, TextSpan Span, string? Recurrence = null)
{
    /// <summary>The kind as the output contract spells it: by, period, recurring, ongoing.</summary>
    public string KindName => Kind.ToString().ToLowerInvariant();

    public string? StartIso => Start?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public string? EndIso => End?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>
/// Turns period and deadline expressions into dates: year ranges (2021—2025年, inclusive), year ends (到2022年底,
/// 2022年前, 年末), month ends (2022年6月底前), halves and quarters, five-year plans (“十四五” → 2021–2025,
/// computed from the ordinal), recurrences (每年) and ongoing phrases (持续推进). Expressions without a year
/// resolve against a reference date the caller passes (the document's issue date), never the clock.
/// </summary>
public static class PeriodNormalizer
{
    private const string Year = DateNormalizer.YearPattern;
    private const string MonthOrDay = @"(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})";
    private const string Dash = @"(?:—{1,2}|–|-|－|―|─|~|～|〜|至|到)";
    private const string NotAfterNumber = @"(?<![0-9０-９〇○零一二两三四五六七八九十百千万])";

    // The patterns run interpreted until they have done enough work to repay compiling them (EarnedRegex).
    private sealed record Compiled(PeriodVocabulary Vocabulary, EarnedRegex[] Patterns, EarnedRegex[] CellPatterns);

    private static readonly Lazy<Compiled> DefaultCompiled = new(() => Compile(PeriodVocabulary.Default));

    // One compiled set of patterns per vocabulary object, dropped with it.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<PeriodVocabulary, Compiled> CustomCompiled = new();

    /// <summary>Finds every period expression in running text, in order, non-overlapping (longest first).</summary>
    /// <param name="text">The text to search; spans are relative to it.</param>
    /// <param name="reference">The document's date, for 年底前, 上半年, 当年, 次年; null leaves those dates null.</param>
    /// <param name="vocabulary">The words to recognize; null for <see cref="PeriodVocabulary.Default"/>.</param>
    public static IReadOnlyList<PeriodResult> FindAll(string text, DateOnly? reference = null, PeriodVocabulary? vocabulary = null)
        => Find(text, reference, GetCompiled(vocabulary), cell: false);

    /// <summary>
    /// Normalizes a deadline cell or phrase as a whole (a task table's 完成时限 column): besides the running-text forms
    /// it accepts a bare year (2021年 → by 2021-12-31), a bare date or month, 年度 and 长期. Returns the longest expression
    /// found, or false when there is none.
    /// </summary>
    public static bool TryNormalize(string text, DateOnly? reference, out PeriodResult result, PeriodVocabulary? vocabulary = null)
    {
        var found = Find(text, reference, GetCompiled(vocabulary), cell: true);
        result = null!;
        if (found.Count == 0) return false;
        result = found.MaxBy(r => r.Span.Length)!;
        // A recurrence right before a day or month without its own year (每年11月底前, 每年年底前, 每年6月底前、12月底前) is
        // when the step comes round each time, not a deadline in the reference year.
        var chosen = result;
        bool Yearless(PeriodResult r) => r.Kind == PeriodKind.By && !OwnYear.IsMatch(r.Text)
            && !(vocabulary ?? PeriodVocabulary.Default).RelativeYears.Keys.Any(r.Text.Contains);
        if (Yearless(chosen)
            && found.LastOrDefault(r => r.Kind == PeriodKind.Recurring && r.Span.End <= chosen.Span.Start) is { } recurrence)
        {
            // Only other such days or months, joined by 、 or 和, may stand between.
            var gap = text[recurrence.Span.End..chosen.Span.Start].ToCharArray();
            foreach (var r in found.Where(r => r.Span.Start >= recurrence.Span.End && r.Span.End <= chosen.Span.Start && Yearless(r)))
                for (int i = r.Span.Start; i < r.Span.End; i++) gap[i - recurrence.Span.End] = ' ';
            if (new string(gap).All(ch => char.IsWhiteSpace(ch) || ch is '、' or '，' or ',' or '和' or '及'))
            {
                var span = new TextSpan(recurrence.Span.Start, chosen.Span.End);
                result = new PeriodResult(PeriodKind.Recurring, null, null, text[span.Start..span.End], span, recurrence.Recurrence);
            }
        }
        return true;
    }

    private static readonly Regex OwnYear = new(Year, RegexOptions.CultureInvariant);

    /// <summary>The years of the n-th five-year plan (十三五 → 2016–2020): plans run in five-year steps from 1953,
    /// except that three adjustment years (1963–1965) separate the second and third.</summary>
    public static (int Start, int End) FiveYearPlan(int ordinal)
    {
        if (ordinal < 1) throw new ArgumentOutOfRangeException(nameof(ordinal));
        var start = ordinal switch { 1 => 1953, 2 => 1958, _ => 1966 + 5 * (ordinal - 3) };
        return (start, start + 4);
    }

    private static Compiled GetCompiled(PeriodVocabulary? v) =>
        v is null || ReferenceEquals(v, PeriodVocabulary.Default) ? DefaultCompiled.Value : CustomCompiled.GetValue(v, Compile);

    private static string Alt(IEnumerable<string> words) =>
        "(?:" + string.Join("|", words.OrderByDescending(w => w.Length).Select(Regex.Escape)) + ")";

    private static Compiled Compile(PeriodVocabulary v)
    {
        var pre = $"(?:(?<pre>{Alt(v.DeadlinePrefixes)})\\s*)?";
        // 2021年前三季度 and 2022年前后 are not deadlines: 前 must not run on into a numeral or 后.
        var suf = Alt(v.DeadlineSuffixes) + "(?![一二三四五六七八九十两几0-9０-９后])";
        var rel = $"(?<rel>{Alt(v.RelativeYears.Keys)})";
        // A year printed (2022年) or relative (次年); the 年 of a relative word is part of the word.
        var anyYear = $"(?:(?<y>{Year})\\s*年|{rel})";
        const RegexOptions o = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

        var patterns = new[]
        {
            // 0: ranges of years, optionally with months: 2021—2025年, 2021年至2025年, 2021年3月-2022年6月.
            new Regex(pre + NotAfterNumber + $"(?<y1>{Year})\\s*(?<n1>年)?(?:\\s*(?<m1>{MonthOrDay})\\s*月)?\\s*{Dash}\\s*(?<y2>{Year})\\s*(?:(?<n2>年)(?:\\s*(?<m2>{MonthOrDay})\\s*月(?:份)?(?:底|末)?)?)?(?<du>度)?(?<post>{suf})?(?![0-9０-９])", o),
            // 1: five-year plans: “十四五”, 十四五期间, "十三五"末.
            new Regex(pre + "(?<q1>[“\"‘'「『])?(?<!" + ChineseNumbers.NumeralClass + ")(?<fy>十[一二三四五六七八九]?|[一二三四五六七八九])五(?<q2>[”\"’'」』])?(?<fs>规划期末|规划末|规划期间|规划期内|期末|末期|末|期间|期内|时期内|时期|初期|初)?(?<post>" + suf + ")?", o),
            // 2: exact dates as deadlines: 到2021年6月30日, 2021年6月30日前.
            new Regex(pre + NotAfterNumber + anyYear + $"\\s*(?<m>{MonthOrDay})\\s*月\\s*(?<d>{MonthOrDay})\\s*[日号](?<post>{suf}|止)?", o),
            // 3: month ends: 2022年6月底前, 到6月底, 明年3月前, 2021年12月.
            new Regex(pre + NotAfterNumber + "(?:" + anyYear + ")?" + $"\\s*(?<m>{MonthOrDay})\\s*月(?:份)?(?<me>底|末|中旬|上旬|下旬)?(?<post>{suf})?", o),
            // 4: halves and quarters: 上半年, 2022年下半年前, 第一季度末, 四季度, 前三季度.
            new Regex(pre + "(?:" + anyYear + ")?" + $"\\s*(?:(?<h>上半年|下半年)|(?<first>前)?第?\\s*(?<q>[一二三四1-4１-４])\\s*(?:个)?季度)(?<me>末|底)?(?<post>{suf})?", o),
            // 5: year ends: 2022年底前, 2022年年底, 到2022年末, 年底前, 年末, 当年年底, 今年底, 年内.
            new Regex(pre + NotAfterNumber + "(?:" + anyYear + ")?" + $"\\s*(?:年(?<ye>底|末|内)|(?<=年)(?<ye>底|末|内))(?<post>{suf})?", o),
            // 6: a year with a deadline suffix: 2022年前, 2025年以前.
            new Regex(pre + NotAfterNumber + anyYear + $"(?<post>{suf})", o),
            // 7: a deadline prefix with a bare year: 到2022年, 至2025年, 截至明年.
            new Regex($"(?<pre>{Alt(v.DeadlinePrefixes)})\\s*" + NotAfterNumber + anyYear + "(?!\\s*[0-9０-９一二三四五六七八九十]+\\s*月)", o),
            // 8: recurrences: 每年, 每季度, 每学期.
            new Regex($"(?<rec>{Alt(v.Recurrences.Keys)})", o),
            // 9: ongoing phrases: 持续推进, 长期坚持.
            new Regex($"(?<ong>{Alt(v.OngoingPhrases)})", o),
            // 10: a start with no end: 自2022年起, 从明年开始, 2021年9月起.
            new Regex("(?:(?<from>自|从)\\s*)?" + NotAfterNumber + anyYear + $"(?:\\s*(?<m>{MonthOrDay})\\s*月(?:份)?)?\\s*(?:起|开始)(?!草)", o),
            // 11: months of one year: 2021年9月—12月, 2022年3至6月.
            new Regex(pre + NotAfterNumber + anyYear + $"\\s*(?<m1>{MonthOrDay})\\s*月?\\s*{Dash}\\s*(?<m2>{MonthOrDay})\\s*月(?:份)?(?<me>底|末)?(?<post>{suf})?", o),
        };

        var cell = new[]
        {
            // A cell holding only a year, a date or a month is its deadline: 2021年, 2021, 2021.6, 2021年6月.
            new Regex($"^\\s*(?:(?<y>{Year})\\s*年?|{rel})(?:度)?\\s*(?:完成|前完成|底前完成)?\\s*[。.；;]?\\s*$", o),
            new Regex($"^\\s*(?<ong>{Alt(v.CellOngoingWords.Concat(v.OngoingPhrases))})\\s*[。.；;]?\\s*$", o),
            new Regex($"^\\s*(?<crec>{Alt(v.CellRecurrences.Keys.Concat(v.Recurrences.Keys))})\\s*[。.；;]?\\s*$", o),
            // A cell holding only months without a year (9月—11月, 6至8月) is a stage of the reference year.
            new Regex($"^\\s*(?<m1>{MonthOrDay})\\s*月?\\s*{Dash}\\s*(?<m2>{MonthOrDay})\\s*月(?:份)?(?<me>底|末)?\\s*[。.；;]?\\s*$", o),
            // A cell holding a stage from one day to another (2025年4月1日—4月15日, 4月1日至15日) ends on its last day.
            new Regex($"^\\s*(?:(?<y>{Year})\\s*年)?\\s*(?<m1>{MonthOrDay})\\s*月\\s*(?<d1>{MonthOrDay})\\s*[日号]\\s*起?\\s*{Dash}\\s*(?:(?<y2>{Year})\\s*年)?\\s*(?:(?<m2>{MonthOrDay})\\s*月)?\\s*(?<d2>{MonthOrDay})\\s*[日号]\\s*(?:止|前)?\\s*[。.；;]?\\s*$", o),
        };
        return new Compiled(v, patterns.Select(r => new EarnedRegex(r)).ToArray(), cell.Select(r => new EarnedRegex(r)).ToArray());
    }

    private static List<PeriodResult> Find(string text, DateOnly? reference, Compiled c, bool cell)
    {
        var candidates = new List<(PeriodResult R, int Priority)>();
        for (int p = 0; p < c.Patterns.Length; p++)
        {
            foreach (Match m in c.Patterns[p].Matches(text))
            {
                if (m.Length == 0) continue;
                var r = Build(p, m, text, reference, c.Vocabulary, cell);
                if (r is not null) candidates.Add((r, p));
            }
        }
        if (cell)
        {
            if (DateNormalizer.TryParse(text, out var date))
            {
                var t = text.Trim();
                var start = text.IndexOf(t, StringComparison.Ordinal);
                candidates.Add((new PeriodResult(PeriodKind.By, null, date.Last, t, new TextSpan(start, start + t.Length)), -1));
            }
            for (int p = 0; p < c.CellPatterns.Length; p++)
            {
                var m = c.CellPatterns[p].Match(text);
                if (!m.Success) continue;
                var r = BuildCell(p, m, text, reference, c.Vocabulary);
                if (r is not null) candidates.Add((r, -1));
            }
        }

        // Longest wins; among equals, the earlier pattern. Then keep only spans that do not overlap a winner.
        candidates.Sort((a, b) => a.R.Span.Length != b.R.Span.Length
            ? b.R.Span.Length.CompareTo(a.R.Span.Length)
            : a.Priority.CompareTo(b.Priority));
        var chosen = new List<PeriodResult>();
        foreach (var (r, _) in candidates)
            if (!chosen.Exists(x => x.Span.Overlaps(r.Span)))
                chosen.Add(r);
        chosen.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return chosen;
    }

    private static PeriodResult? BuildCell(int p, Match m, string text, DateOnly? reference, PeriodVocabulary v)
    {
        var g = p switch { 0 => m.Groups["y"].Success ? m.Groups["y"] : m.Groups["rel"], 1 => m.Groups["ong"], _ => m.Groups["crec"] };
        var span = new TextSpan(g.Index, g.Index + g.Length);
        switch (p)
        {
            case 3:
            {
                if (!DateNormalizer.TryMonthOrDay(m.Groups["m1"].Value, out var m1) || !DateNormalizer.TryMonthOrDay(m.Groups["m2"].Value, out var m2)
                    || m1 is < 1 or > 12 || m2 is < 1 or > 12 || m2 < m1)
                    return null;
                var t = m.Value.Trim();
                var s = text.IndexOf(t, StringComparison.Ordinal);
                var whole = new TextSpan(s, s + t.Length);
                if (reference is not { } r) return new PeriodResult(PeriodKind.Period, null, null, t, whole);
                return new PeriodResult(PeriodKind.Period, new DateOnly(r.Year, m1, 1), EndOfMonth(r.Year, m2), t, whole);
            }
            case 4:
            {
                var t = m.Value.Trim();
                var s = text.IndexOf(t, StringComparison.Ordinal);
                var whole = new TextSpan(s, s + t.Length);
                int? y1 = ResolveYear(m, reference, v), y2 = y1;
                if (m.Groups["y2"].Success) y2 = DateNormalizer.TryYear(m.Groups["y2"].Value, out var yy) ? yy : null;
                if (!DateNormalizer.TryMonthOrDay(m.Groups["m1"].Value, out var m1) || !DateNormalizer.TryMonthOrDay(m.Groups["d1"].Value, out var d1))
                    return null;
                int m2 = m1;
                if (m.Groups["m2"].Success && !DateNormalizer.TryMonthOrDay(m.Groups["m2"].Value, out m2)) return null;
                if (!DateNormalizer.TryMonthOrDay(m.Groups["d2"].Value, out var d2)) return null;
                if (y1 is null || y2 is null) return new PeriodResult(PeriodKind.Period, null, null, t, whole);
                if (m1 is < 1 or > 12 || m2 is < 1 or > 12 || d1 < 1 || d1 > DateTime.DaysInMonth(y1.Value, m1) || d2 < 1 || d2 > DateTime.DaysInMonth(y2.Value, m2))
                    return null;
                var (start, end) = (new DateOnly(y1.Value, m1, d1), new DateOnly(y2.Value, m2, d2));
                return end < start ? null : new PeriodResult(PeriodKind.Period, start, end, t, whole);
            }
            case 0:
            {
                var y = ResolveYear(m, reference, v);
                if (y is null && m.Groups["y"].Success) return null;
                // The whole cell is the evidence when it says 完成 too.
                var t = m.Value.Trim();
                var s = text.IndexOf(t, StringComparison.Ordinal);
                return new PeriodResult(PeriodKind.By, null, y is null ? null : new DateOnly(y.Value, 12, 31), t, new TextSpan(s, s + t.Length));
            }
            case 1:
                return new PeriodResult(PeriodKind.Ongoing, null, null, g.Value, span);
            default:
                var rec = v.Recurrences.TryGetValue(g.Value, out var r1) ? r1 : v.CellRecurrences[g.Value];
                return new PeriodResult(PeriodKind.Recurring, null, null, g.Value, span, rec);
        }
    }

    private static int? ResolveYear(Match m, DateOnly? reference, PeriodVocabulary v)
    {
        if (m.Groups["y"].Success)
            return DateNormalizer.TryYear(m.Groups["y"].Value, out var y) ? y : null;
        if (m.Groups["rel"].Success)
            return reference?.Year + v.RelativeYears[m.Groups["rel"].Value];
        return reference?.Year;
    }

    private static DateOnly EndOfMonth(int y, int mo) => new(y, mo, DateTime.DaysInMonth(y, mo));

    private static PeriodResult? Build(int p, Match m, string text, DateOnly? reference, PeriodVocabulary v, bool cell)
    {
        var span = new TextSpan(m.Index, m.Index + m.Length);
        var t = m.Value;
        bool hasPre = m.Groups["pre"].Success, hasPost = m.Groups["post"].Success;
        bool deadline = hasPre || hasPost;
        switch (p)
        {
            case 0:
            {
                if (!DateNormalizer.TryYear(m.Groups["y1"].Value, out var y1) || !DateNormalizer.TryYear(m.Groups["y2"].Value, out var y2) || y2 < y1 || y2 - y1 > 50)
                    return null;
                // Without 年, two numbers joined by a dash are years only when they look like a plan's span: (2021—2025).
                if (!m.Groups["n1"].Success && !m.Groups["n2"].Success && !cell && !(y1 >= 1949 && y2 <= 2100 && y2 > y1 && y2 - y1 <= 20))
                    return null;
                int m1 = 1, m2 = 12;
                if (m.Groups["m1"].Success && (!DateNormalizer.TryMonthOrDay(m.Groups["m1"].Value, out m1) || m1 is < 1 or > 12)) return null;
                if (m.Groups["m2"].Success && (!DateNormalizer.TryMonthOrDay(m.Groups["m2"].Value, out m2) || m2 is < 1 or > 12)) return null;
                return new PeriodResult(PeriodKind.Period, new DateOnly(y1, m1, 1), EndOfMonth(y2, m2), t, span);
            }
            case 1:
            {
                if (!ChineseNumbers.TryParse(m.Groups["fy"].Value, out var n)) return null;
                bool quoted = m.Groups["q1"].Success && m.Groups["q2"].Success;
                // Unquoted 三五 is "three to five"; only two-character ordinals (十一 and up) stand alone, and only with 五 not followed by more numerals.
                if (!quoted && n < 11) return null;
                var after = span.End < text.Length ? text[span.End] : '\0';
                if (!m.Groups["q2"].Success && !m.Groups["fs"].Success && (ChineseNumbers.IsNumeralChar(after) || ChineseNumbers.IsArabicDigit(after) || "个名所家项条年%".Contains(after)))
                    return null;
                var (start, end) = FiveYearPlan((int)n);
                var fs = m.Groups["fs"].Value;
                if (fs.Contains('末'))
                    return new PeriodResult(PeriodKind.By, null, new DateOnly(end, 12, 31), t, span);
                if (fs.Contains('初'))
                    return new PeriodResult(PeriodKind.Period, new DateOnly(start, 1, 1), new DateOnly(start, 12, 31), t, span);
                if (hasPost)
                    return new PeriodResult(PeriodKind.By, null, new DateOnly(start, 1, 1).AddDays(-1), t, span);
                return new PeriodResult(hasPre ? PeriodKind.By : PeriodKind.Period, hasPre ? null : new DateOnly(start, 1, 1), new DateOnly(end, 12, 31), t, span);
            }
            case 2:
            {
                // A date without 到/前 is just a date (an issue date, an event), not a deadline.
                if (!deadline && !cell) return null;
                var y = ResolveYear(m, reference, v);
                if (!DateNormalizer.TryMonthOrDay(m.Groups["m"].Value, out var mo) || mo is < 1 or > 12) return null;
                if (!DateNormalizer.TryMonthOrDay(m.Groups["d"].Value, out var d)) return null;
                if (y is null) return new PeriodResult(PeriodKind.By, null, null, t, span);
                if (d < 1 || d > DateTime.DaysInMonth(y.Value, mo)) return null;
                return new PeriodResult(PeriodKind.By, null, new DateOnly(y.Value, mo, d), t, span);
            }
            case 3:
            {
                bool hasYear = m.Groups["y"].Success || m.Groups["rel"].Success;
                bool hasEnd = m.Groups["me"].Success;
                // 6月 alone is a date fragment; it needs a year or an end word, and a deadline marker unless it is a whole cell.
                if (!hasYear && !hasEnd && !deadline) return null;
                if (!deadline && !hasEnd && !cell) return null;
                if (!DateNormalizer.TryMonthOrDay(m.Groups["m"].Value, out var mo) || mo is < 1 or > 12) return null;
                var y = ResolveYear(m, reference, v);
                if (y is null) return new PeriodResult(PeriodKind.By, null, null, t, span);
                var end = m.Groups["me"].Value switch
                {
                    "上旬" => new DateOnly(y.Value, mo, 10),
                    "中旬" => new DateOnly(y.Value, mo, 20),
                    _ => EndOfMonth(y.Value, mo),
                };
                return new PeriodResult(PeriodKind.By, null, end, t, span);
            }
            case 4:
            {
                var y = ResolveYear(m, reference, v);
                int startMonth, endMonth;
                if (m.Groups["h"].Success)
                    (startMonth, endMonth) = m.Groups["h"].Value == "上半年" ? (1, 6) : (7, 12);
                else
                {
                    var q = ChineseNumbers.TryParse(m.Groups["q"].Value, out var qv) ? (int)qv : 0;
                    (startMonth, endMonth) = (3 * q - 2, 3 * q);
                }
                // 前三季度: the first three quarters, from January; 3个季度 without 前 is a duration.
                if (m.Groups["first"].Success) startMonth = 1;
                else if (t.Contains('个')) return null;
                bool by = deadline || m.Groups["me"].Success;
                if (y is null) return new PeriodResult(by ? PeriodKind.By : PeriodKind.Period, null, null, t, span);
                return new PeriodResult(by ? PeriodKind.By : PeriodKind.Period, by ? null : new DateOnly(y.Value, startMonth, 1), EndOfMonth(y.Value, endMonth), t, span);
            }
            case 5:
            {
                // 底/末/内 right after 年 counts only when that 年 belongs to a year (2022年底); 三年内 is a duration.
                var coreStart = m.Groups["pre"].Success ? m.Groups["pre"].Index + m.Groups["pre"].Length - m.Index : 0;
                if (!m.Groups["y"].Success && !m.Groups["rel"].Success && !t[coreStart..].TrimStart().StartsWith('年')) return null;
                var y = ResolveYear(m, reference, v);
                return new PeriodResult(PeriodKind.By, null, y is null ? null : new DateOnly(y.Value, 12, 31), t, span);
            }
            case 6:
            case 7:
            {
                var y = ResolveYear(m, reference, v);
                return new PeriodResult(PeriodKind.By, null, y is null ? null : new DateOnly(y.Value, 12, 31), t, span);
            }
            case 8:
                return new PeriodResult(PeriodKind.Recurring, null, null, t, span, v.Recurrences[m.Groups["rec"].Value]);
            case 9:
                return new PeriodResult(PeriodKind.Ongoing, null, null, t, span);
            case 10:
            {
                // From a time on, with no end: ongoing, with the start known.
                var y = ResolveYear(m, reference, v);
                int mo = 1;
                if (m.Groups["m"].Success && (!DateNormalizer.TryMonthOrDay(m.Groups["m"].Value, out mo) || mo is < 1 or > 12)) return null;
                return new PeriodResult(PeriodKind.Ongoing, y is null ? null : new DateOnly(y.Value, mo, 1), null, t, span);
            }
            default:
            {
                var y = ResolveYear(m, reference, v);
                if (!DateNormalizer.TryMonthOrDay(m.Groups["m1"].Value, out var m1) || !DateNormalizer.TryMonthOrDay(m.Groups["m2"].Value, out var m2)
                    || m1 is < 1 or > 12 || m2 is < 1 or > 12 || m2 < m1)
                    return null;
                if (y is null) return new PeriodResult(PeriodKind.Period, null, null, t, span);
                return deadline
                    ? new PeriodResult(PeriodKind.By, null, EndOfMonth(y.Value, m2), t, span)
                    : new PeriodResult(PeriodKind.Period, new DateOnly(y.Value, m1, 1), EndOfMonth(y.Value, m2), t, span);
            }
        }
    }
}
