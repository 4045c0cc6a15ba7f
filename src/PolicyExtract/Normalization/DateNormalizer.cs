using System.Text.RegularExpressions;
using PolicyExtract.Model;

namespace PolicyExtract.Normalization;

/// <summary>How much of a date the text gave.</summary>
public enum DatePrecision
{
    Year,
    Month,
    Day,
}

/// <summary>
/// A calendar date as printed, to the precision printed. <see cref="Iso"/> is yyyy-MM-dd for a day,
/// yyyy-MM for a month, yyyy for a year; <see cref="First"/> and <see cref="Last"/> give the range it covers.
/// </summary>
public sealed record DateResult(int Year, int? Month, int? Day)
{
    public DatePrecision Precision => Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>ISO 8601 text to the printed precision.</summary>
    public string Iso => Precision switch
    {
        DatePrecision.Day => $"{Year:D4}-{Month:D2}-{Day:D2}",
        DatePrecision.Month => $"{Year:D4}-{Month:D2}",
        _ => $"{Year:D4}",
    };

    /// <summary>The first day the printed date covers (2021年4月 → 2021-04-01).</summary>
    public DateOnly First => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The last day the printed date covers (2021年4月 → 2021-04-30, 2021年 → 2021-12-31).</summary>
    public DateOnly Last => Day is not null
        ? new DateOnly(Year, Month!.Value, Day.Value)
        : new DateOnly(Year, Month ?? 12, DateTime.DaysInMonth(Year, Month ?? 12));

    /// <summary>The exact date when the day was printed, otherwise null.</summary>
    public DateOnly? Date => Day is not null ? new DateOnly(Year, Month!.Value, Day.Value) : null;
}

/// <summary>A date found in running text, with its span in that text.</summary>
public sealed record DateMatch(DateResult Date, TextSpan Span, string Text);

/// <summary>
/// Reads printed dates: 2021年4月28日, 二〇二一年四月二十八日, 二○○五年十一月十一日 (○ U+25CB, 〇, 零 or the
/// Latin O as zero), 2021-4-02, 2021.4.28, 2021/4/28 and month-precision 2021年4月. Only real calendar dates
/// are accepted (2021年2月30日 is rejected). Pure functions, no I/O.
/// </summary>
public static class DateNormalizer
{
    /// <summary>Years: four Arabic digits, or four Chinese digits (with ○ 〇 零 O as zero).</summary>
    internal const string YearPattern = @"(?:[12１２][0-9０-９]{3}|[一二][〇○零OoＯ一二三四五六七八九]{3})";

    private const string CnMonthOrDay = @"[〇○零一二三四五六七八九十廿卅]{1,3}";
    private const string ArMonthOrDay = @"[0-9０-９]{1,2}";

    // 年 月 日 with optional spaces (letter-spaced signatures, PDF exports).
    private static readonly Regex CjkDate = new(
        @"(?<![0-9０-９])(?<y>" + YearPattern + @")\s*年\s*(?<m>" + ArMonthOrDay + "|" + CnMonthOrDay + @")\s*月(?:\s*(?<d>" + ArMonthOrDay + "|" + CnMonthOrDay + @")\s*[日号])?",
        RegexOptions.CultureInvariant);

    // Numeric dates need one separator used consistently (2021-4-02, 2021.4.28, 2021/4/28).
    private static readonly Regex NumericDate = new(
        @"(?<![0-9０-９.．])(?<y>[12１２][0-9０-９]{3})(?<sep>[-－./．/／])(?<m>" + ArMonthOrDay + @")\k<sep>(?<d>" + ArMonthOrDay + @")(?![0-9０-９]|[.．][0-9０-９])",
        RegexOptions.CultureInvariant);

    /// <summary>
    /// Parses a whole string (surrounding white space ignored) as one date. Year-only strings are not dates here;
    /// see <see cref="PeriodNormalizer"/> for 2021年 as a deadline.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, out DateResult date)
    {
        date = null!;
        var s = text.Trim().ToString();
        foreach (var m in FindAll(s))
        {
            if (m.Span.Start == 0 && m.Span.End == s.Length)
            {
                date = m.Date;
                return true;
            }
        }
        return false;
    }

    /// <summary>Parses and returns the ISO form, or null.</summary>
    public static string? ToIso(string text) => TryParse(text, out var d) ? d.Iso : null;

    /// <summary>Every date in <paramref name="text"/>, in order, with spans relative to it. Invalid dates are skipped.</summary>
    public static IReadOnlyList<DateMatch> FindAll(string text)
    {
        var found = new List<DateMatch>();
        foreach (Match m in CjkDate.Matches(text))
        {
            if (TryBuild(m, out var d, out var len))
                found.Add(new DateMatch(d, new TextSpan(m.Index, m.Index + len), text.Substring(m.Index, len)));
        }
        foreach (Match m in NumericDate.Matches(text))
        {
            var span = new TextSpan(m.Index, m.Index + m.Length);
            if (found.Exists(f => f.Span.Overlaps(span))) continue;
            if (TryBuild(m, out var d, out _))
                found.Add(new DateMatch(d, span, m.Value));
        }
        found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return found;
    }

    /// <summary>Builds a date from a match; a bad day falls back to month precision only when no day was printed.</summary>
    private static bool TryBuild(Match m, out DateResult date, out int length)
    {
        date = null!;
        length = m.Length;
        if (!TryYear(m.Groups["y"].Value, out var y)) return false;
        if (!TryMonthOrDay(m.Groups["m"].Value, out var mo) || mo is < 1 or > 12) return false;
        if (!m.Groups["d"].Success)
        {
            date = new DateResult(y, mo, null);
            return true;
        }
        if (!TryMonthOrDay(m.Groups["d"].Value, out var d) || d < 1 || d > DateTime.DaysInMonth(y, mo)) return false;
        date = new DateResult(y, mo, d);
        return true;
    }

    internal static bool TryYear(string s, out int year)
    {
        year = 0;
        if (!ChineseNumbers.TryParse(s, out var v) || v != decimal.Truncate(v)) return false;
        year = (int)v;
        return year is >= 1000 and <= 2999;
    }

    internal static bool TryMonthOrDay(string s, out int value)
    {
        value = 0;
        if (!ChineseNumbers.TryParse(s, out var v) || v != decimal.Truncate(v) || v > 31) return false;
        value = (int)v;
        return true;
    }
}
