using PolicyExtract.Extraction.Common;
using PolicyExtract.Normalization;
using PolicyExtract.Rules;

namespace PolicyExtract.Extraction.Deadlines;

/// <summary>
/// Turns a deadline rule match into dates. Periods are inclusive (2021—2025年 ends 2025-12-31); five-year plans are
/// counted from the third (1966–1970); relative expressions (年底前, 明年) resolve against the document's issue date and
/// are left unresolved without one — never against the clock.
/// </summary>
public static class DeadlineResolver
{
    public static DeadlineOutput? Resolve(RuleMatch m, string text, DateOnly? reference, Evidence? evidence)
    {
        var kind = m.Value("kind") ?? "by";
        string? start = null, end = null;
        switch (m.Rule.Id)
        {
            case var _ when m.Value("endYear") is { } ey:
                if (!int.TryParse(m.Value("startYear"), out var sy) || !int.TryParse(ey, out var eyn) || eyn < sy || eyn - sy > 30) return null;
                start = $"{sy:D4}-01-01";
                end = $"{eyn:D4}-12-31";
                break;
            case var _ when m.Value("plan") is { } plan:
                if (!ChineseNumbers.TryParse(plan, out var n)) return null;
                int first = PeriodNormalizer.FiveYearPlan(10 + (int)n).Start;
                var part = m.Value("part") ?? "";
                if (part.StartsWith('末') || part == "期末")
                {
                    kind = "by";
                    end = $"{first + 4}-12-31";
                }
                else
                {
                    start = $"{first}-01-01";
                    end = $"{first + 4}-12-31";
                }
                break;
            case var _ when m.Value("year") is { } y:
                if (!int.TryParse(y, out var year)) return null;
                // A stage from one month to another (2023年4月下旬—5月10日) starts in the year printed first and ends in
                // the year printed again, if any.
                if (StageStart(m, year) is { } stageStart)
                {
                    start = stageStart;
                    if (m.Value("toYear") is "次年" or "翌年") year++;
                    else if (m.Value("toYear") is { Length: > 0 } ty && int.TryParse(ty, out var tyn)) year = tyn;
                }
                end = EndOf(year, m.Value("month"), m.Value("part"));
                if (m.Value("day") is { } day && int.TryParse(m.Value("month"), out var mo) && int.TryParse(day, out var dd))
                {
                    try { end = new DateOnly(year, mo, dd).ToString("yyyy-MM-dd"); }
                    catch (ArgumentOutOfRangeException) { return null; }
                }
                if (start is not null && end is not null && string.CompareOrdinal(end, start) < 0) return null;
                break;
            case var _ when m.Value("relative") is { } rel:
                if (reference is not { } r) { end = null; break; }
                int ry = rel is "明年" or "次年" ? r.Year + 1 : r.Year;
                // A stage without its year (5月20日—5月31日) starts in the same year as it ends.
                start = StageStart(m, ry);
                end = EndOf(ry, m.Value("month"), m.Value("part"));
                if (m.Value("day") is { } rd && int.TryParse(m.Value("month"), out var rmo) && int.TryParse(rd, out var rdd))
                {
                    try { end = new DateOnly(ry, rmo, rdd).ToString("yyyy-MM-dd"); }
                    catch (ArgumentOutOfRangeException) { return null; }
                }
                if (start is not null && end is not null && string.CompareOrdinal(end, start) < 0) return null;
                break;
        }
        if (kind is "by" && end is null && m.Value("relative") is null) return null;
        return new DeadlineOutput { Text = text, Start = start, End = end, Kind = kind, Evidence = evidence };
    }

    /// <summary>The first day of a stage that names its start month (and day) in <paramref name="year"/>, else null.</summary>
    private static string? StageStart(RuleMatch m, int year)
    {
        if (m.Value("startMonth") is not { Length: > 0 } sm || !int.TryParse(sm, out var month) || month is < 1 or > 12)
            return null;
        int day = int.TryParse(m.Value("startDay"), out var d) && d >= 1 && d <= DateTime.DaysInMonth(year, month) ? d : 1;
        return $"{year:D4}-{month:D2}-{day:D2}";
    }

    /// <summary>The last day of a year, a month, a half or a quarter.</summary>
    public static string? EndOf(int year, string? month, string? part)
    {
        part ??= "";
        if (month is { Length: > 0 } && int.TryParse(month, out var mo) && mo is >= 1 and <= 12)
        {
            // The first and middle thirds of a month (上旬, 中旬) end on the 10th and the 20th.
            int day = part == "上旬" ? 10 : part == "中旬" ? 20 : DateTime.DaysInMonth(year, mo);
            return new DateOnly(year, mo, day).ToString("yyyy-MM-dd");
        }
        if (part.Contains("上半年")) return $"{year}-06-30";
        if (part.Contains("季度"))
        {
            char q = part.TrimStart('第')[0];
            int quarter = q switch { '一' or '1' => 1, '二' or '2' => 2, '三' or '3' => 3, _ => 4 };
            int lastMonth = quarter * 3;
            return new DateOnly(year, lastMonth, DateTime.DaysInMonth(year, lastMonth)).ToString("yyyy-MM-dd");
        }
        return $"{year}-12-31";
    }

    private static readonly System.Text.RegularExpressions.Regex YearlessMonthCell =
        new(@"^(?:1[0-2]|0?[1-9])\s*月", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>A deadline cell of a task table (2021年, 2022年底前, 持续推进, 长期, 每年), read as a whole.</summary>
    public static DeadlineOutput? FromCell(string cell, DateOnly? reference, Evidence evidence)
    {
        var text = cell.Trim();
        if (text.Length == 0) return null;
        if (!PeriodNormalizer.TryNormalize(text, reference, out var p))
        {
            // A cell that opens with a month and no year (6月10日前, 7月—8月) in a table of a dated document is in the
            // document's year, as the same words are in its text.
            if (reference is null || !YearlessMonthCell.IsMatch(text)
                || !PeriodNormalizer.TryNormalize($"{reference.Value.Year}年{text}", reference, out p) || p.EndIso is null)
                return null;
        }
        return new DeadlineOutput { Text = text, Start = p.StartIso, End = p.EndIso, Kind = p.KindName, Evidence = evidence };
    }
}
