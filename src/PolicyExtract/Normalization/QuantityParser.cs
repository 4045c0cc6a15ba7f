using System.Text.RegularExpressions;
using PolicyExtract.Model;

namespace PolicyExtract.Normalization;

/// <summary>What a number found in text is, so callers can keep the amounts and skip the rest.</summary>
public enum QuantityKind
{
    /// <summary>A measured amount: a number with a unit, a comparator or a multiplier (30个以上, 90%, 2万余人).</summary>
    Amount,

    /// <summary>An Arabic number with nothing around it that says what it counts.</summary>
    Bare,

    /// <summary>A year (2021年, the years of 2021—2025年).</summary>
    Year,

    /// <summary>Part of a date (2021年4月28日, 2021-4-02).</summary>
    Date,

    /// <summary>An ordinal: 第3批, 第一.</summary>
    Ordinal,

    /// <summary>A list label: 1. 2、 （一） (3).</summary>
    Label,

    /// <summary>Inside a name or title: “双百计划”, “十四五”, 《…》.</summary>
    Name,

    /// <summary>Inside a code: 5G, 1+X, 4.0, 〔2019〕4号.</summary>
    Code,
}

/// <summary>
/// A quantity: <see cref="Value"/> for a single number, <see cref="Min"/>/<see cref="Max"/> for an inclusive range;
/// the unit is the base unit (万元 → 元, with the value scaled). <see cref="Span"/> is relative to the parsed text
/// and covers the comparator words too (不低于30%, 30个以上).
/// </summary>
public sealed record Quantity(
    decimal? Value,
    decimal? Min,
    decimal? Max,
    string? Unit,
    string? UnitClass,
    Comparator Comparator,
    QuantityKind Kind,
    TextSpan Span,
    string Text)
{
    /// <summary>The comparator as the output contract spells it: eq, gte, gt, lte, lt, approx, range.</summary>
    public string ComparatorName => Comparator.ToString().ToLowerInvariant();
}

/// <summary>
/// Finds and reads quantities: 30个以上, 不低于30%, 2万余人, 8所左右, 近10万人, 3—5个, 20万人次以上, 1亿元, 百分之三十.
/// Numbers that are not amounts (years, dates, ordinals, list labels, numbers in names and codes) are reported with
/// their <see cref="QuantityKind"/> so the caller decides. Pure functions; units and comparator words come from a
/// <see cref="UnitTable"/> (rules/units.yaml).
/// </summary>
public static class QuantityParser
{
    // 百分之 / 千分之 + number, an Arabic number, or a run of Chinese numerals.
    private static readonly Regex NumberToken = new(
        @"(?<pct>百分之|千分之)(?<pv>" + ChineseNumbers.NumeralClass + @"+(?:点" + ChineseNumbers.NumeralClass + @"+)?|" + ChineseNumbers.ArabicPattern + @")"
        + @"|(?<ar>" + ChineseNumbers.ArabicPattern + @")"
        + @"|(?<cn>" + ChineseNumbers.NumeralClass + @"+(?:点" + ChineseNumbers.NumeralClass + @"+)?)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    private static readonly Regex RangeDash = new(@"\G\s*(?:—{1,2}|–|-|－|~|～|〜|至|到)\s*", RegexOptions.CultureInvariant);

    private const string LabelClose = "、.．)）";

    /// <summary>Reads the first amount in <paramref name="text"/> (30个以上 → 30 个 gte), or returns false.</summary>
    public static bool TryParse(string text, out Quantity quantity, UnitTable? units = null)
    {
        quantity = FindAll(text, units).FirstOrDefault(q => q.Kind == QuantityKind.Amount)!;
        return quantity is not null;
    }

    /// <summary>
    /// Every number in <paramref name="text"/> with its kind, in order, spans relative to the text. Chinese numerals
    /// are reported only when a unit or 百分之 makes them a quantity (统一, 一体化 are words), or as labels.
    /// </summary>
    /// <param name="text">The text to search; spans are relative to it.</param>
    /// <param name="units">Units and comparator words; null for <see cref="UnitTable.Default"/>.</param>
    /// <param name="periods">Period words, used to recognize the years and plans to skip; null for the shipped ones.</param>
    public static IReadOnlyList<Quantity> FindAll(string text, UnitTable? units = null, PeriodVocabulary? periods = null)
    {
        units ??= UnitTable.Default;
        var result = new List<Quantity>();

        // Dates and periods are found first: their digits are years and days, never amounts.
        var dateSpans = DateNormalizer.FindAll(text).Select(d => d.Span).ToList();
        var periodSpans = new List<(TextSpan Span, bool FiveYear)>();
        foreach (var p in PeriodNormalizer.FindAll(text, null, periods))
        {
            if (p.Kind is PeriodKind.Recurring or PeriodKind.Ongoing) continue;
            // A five-year plan (“十四五”期间) is the only period printed with neither digits nor 年.
            var fiveYear = p.Text.Contains('五') && !p.Text.Contains('年') && !p.Text.Any(ChineseNumbers.IsArabicDigit);
            periodSpans.Add((p.Span, fiveYear));
        }

        int pos = 0;
        while (pos < text.Length)
        {
            var m = NumberToken.Match(text, pos);
            if (!m.Success) break;
            var q = Read(text, m, units, dateSpans, periodSpans, out var next);
            if (q is not null) result.Add(q);
            pos = Math.Max(next, m.Index + 1);
        }
        return result;
    }

    private static Quantity? Read(string text, Match m, UnitTable units, List<TextSpan> dates,
        List<(TextSpan Span, bool FiveYear)> periods, out int next)
    {
        int start = m.Index;
        int end = m.Index + m.Length;
        next = end;
        bool isCn = m.Groups["cn"].Success;
        bool isPct = m.Groups["pct"].Success;
        var numText = isPct ? m.Groups["pv"].Value : m.Value;

        // A Chinese run may swallow a following word's numeral (三十个一流专业 is fine, but 十四五 is not a number):
        // take the longest prefix that parses.
        decimal value;
        if (!ChineseNumbers.TryParse(numText, out value))
        {
            if (!isCn) return null;
            int len = numText.Length - 1;
            while (len > 0 && !ChineseNumbers.TryParse(numText.AsSpan(0, len), out value)) len--;
            if (len == 0) return null;
            end = start + len;
            next = end;
            numText = numText[..len];
        }
        if (isCn && !HasDigitChar(numText)) return null; // 百, 千, 万 alone are words (百校, 千方百计)

        var numSpan = new TextSpan(start, end);

        // Numbers inside dates, years ranges, five-year plans.
        foreach (var d in dates)
            if (d.Overlaps(numSpan)) { next = Math.Max(next, d.End); return Simple(text, numSpan, value, QuantityKind.Date); }
        foreach (var (ps, five) in periods)
            // Chinese numerals in a period are its years (二〇二一—二〇二五年) or a plan; 三 of 前三季度 stays a word.
            if (ps.Overlaps(numSpan) && (five || !isCn || value is >= 1000 and <= 2999))
            {
                if (five)
                {
                    // “十四五” as a whole is a name; report it once, over the period's span.
                    next = Math.Max(next, ps.End);
                    return new Quantity(null, null, null, null, null, Comparator.Eq, QuantityKind.Name, ps, text[ps.Start..ps.End]);
                }
                var kind = value is >= 1000 and <= 2999 ? QuantityKind.Year : QuantityKind.Date;
                return Simple(text, numSpan, value, kind);
            }

        // List labels: 1. 2、 （一） (3) at the start of a line.
        if (IsLabel(text, numSpan)) return Simple(text, numSpan, value, QuantityKind.Label);

        int p = end;
        string? unit = null, unitClass = null;
        decimal factor = 1;
        bool multiplied = false;
        Comparator comparator = Comparator.Eq;
        decimal? min = null, max = null;

        if (isPct)
        {
            unit = m.Groups["pct"].Value == "百分之" ? "%" : "‰";
            unitClass = unit == "%" ? "percent" : "permille";
        }
        else
        {
            // The first number of a range may carry its own unit (3个至5个, 3%—5%).
            var firstUnit = ReadUnit(text, ref p, units, allowMultiplier: !isCn, out var f1, out var mult1, out var yu1);
            var dash = RangeDash.Match(text, p);
            if (dash.Success && dash.Index == p)
            {
                var m2 = NumberToken.Match(text, dash.Index + dash.Length);
                if (m2.Success && m2.Index == dash.Index + dash.Length && !m2.Groups["pct"].Success
                    && ChineseNumbers.TryParse(m2.Value, out var v2))
                {
                    int p2 = m2.Index + m2.Length;
                    var secondUnit = ReadUnit(text, ref p2, units, allowMultiplier: !m2.Groups["cn"].Success, out var f2, out var mult2, out _);
                    // Both ends share the unit and multiplier printed after the second (20至30万人), unless the first has its own.
                    var u = secondUnit ?? firstUnit;
                    var fa = firstUnit is not null || mult1 ? f1 : f2;
                    if (u is not null || mult2 || mult1)
                    {
                        if (firstUnit is null || secondUnit is null || firstUnit.BaseUnit == secondUnit.BaseUnit)
                        {
                            min = ChineseNumbers.Canonical(value * fa);
                            max = ChineseNumbers.Canonical(v2 * f2);
                            if (min <= max)
                            {
                                comparator = Comparator.Range;
                                unit = u?.BaseUnit;
                                unitClass = u?.Class;
                                multiplied = mult1 || mult2;
                                p = p2;
                            }
                            else { min = max = null; }
                        }
                    }
                }
            }
            if (comparator != Comparator.Range)
            {
                p = end;
                var u1 = ReadUnit(text, ref p, units, allowMultiplier: !isCn, out factor, out multiplied, out var yu);
                if (u1 is not null)
                {
                    unit = u1.BaseUnit;
                    unitClass = u1.Class;
                }
                if (yu) comparator = Comparator.Gt;
            }
        }
        if (isPct && comparator != Comparator.Range) factor = 1;

        // Word exclusions (一部分, 一次性) are checked against the text from the number on.
        foreach (var ex in units.Exclusions)
            if (string.CompareOrdinal(text, start, ex, 0, ex.Length) == 0)
                return null;

        // A Chinese numeral with no unit is an ordinary word (统一, 一流).
        if (isCn && unit is null && !multiplied) return null;

        // Comparator words after the unit, then before the number.
        foreach (var w in units.AfterByLength)
        {
            if (string.CompareOrdinal(text, p, w, 0, w.Length) == 0)
            {
                if (comparator != Comparator.Range) comparator = units.After[w];
                p += w.Length;
                break;
            }
        }
        int qStart = start;
        foreach (var w in units.BeforeByLength)
        {
            int b = start - w.Length;
            if (b >= 0 && string.CompareOrdinal(text, b, w, 0, w.Length) == 0)
            {
                // 以上 after the unit and 不低于 before agree; a prefix only replaces a plain eq.
                if (comparator == Comparator.Eq) comparator = units.Before[w];
                qStart = b;
                break;
            }
        }

        var span = new TextSpan(qStart, p);
        next = Math.Max(next, p);
        var kindOf = Classify(text, numSpan, value, numText, unit, comparator, multiplied || isPct);
        var scaled = comparator == Comparator.Range ? (decimal?)null : ChineseNumbers.Canonical(value * factor);
        return new Quantity(scaled, min, max, unit, unitClass, comparator, kindOf, span, text[qStart..p]);
    }

    /// <summary>
    /// Reads what follows a number: a unit printed whole (万元, 百分点), or multiplier characters, 余/多, then a unit
    /// (2万余人 → factor 10000, 人, 余). Moves <paramref name="p"/> past what it read.
    /// </summary>
    private static UnitEntry? ReadUnit(string text, ref int p, UnitTable units, bool allowMultiplier,
        out decimal factor, out bool multiplied, out bool yu)
    {
        factor = 1;
        multiplied = false;
        yu = false;
        int q = p;
        while (q < text.Length && text[q] == ' ') q++;
        var whole = units.MatchAt(text, q);
        // A unit printed whole wins over reading its first character as a multiplier: 万人, 亿元, 百分点, 千米.
        if (whole is not null)
        {
            factor = whole.Factor;
            multiplied = whole.Factor != 1;
            p = q + whole.Name.Length;
            return whole;
        }
        if (allowMultiplier)
        {
            int mStart = q;
            while (q < text.Length && "十百千万亿".Contains(text[q])) q++;
            if (q > mStart && ChineseNumbers.TryGetMultiplier(text.AsSpan(mStart, q - mStart), out var f))
            {
                factor = f;
                multiplied = true;
                p = q;
            }
        }
        if (q < text.Length && text[q] is '余' or '多')
        {
            var after = units.MatchAt(text, q + 1);
            // 30多个, 100余所; but 多 in 多元 or 多家 only counts when a unit follows it.
            if (after is not null || text[q] == '余')
            {
                yu = true;
                q++;
                p = q;
            }
        }
        var u = units.MatchAt(text, q);
        if (u is null) return null;
        factor *= u.Factor;
        multiplied |= u.Factor != 1;
        p = q + u.Name.Length;
        return u;
    }

    private static bool HasDigitChar(string s)
    {
        foreach (var c in s)
            if ("〇○零一二两三四五六七八九十廿卅卌壹贰貳叁參肆伍陆陸柒捌玖拾".Contains(c)) return true;
        return false;
    }

    private static Quantity Simple(string text, TextSpan span, decimal value, QuantityKind kind) =>
        new(value, null, null, null, null, Comparator.Eq, kind, span, text[span.Start..span.End]);

    private static bool IsLabel(string text, TextSpan n)
    {
        int before = n.Start - 1;
        char open = before >= 0 ? text[before] : '\n';
        if (open is '（' or '(')
        {
            if (n.End < text.Length && text[n.End] is '）' or ')' && AtLineStart(text, before)) return true;
            return false;
        }
        if (n.End < text.Length && LabelClose.Contains(text[n.End]) && AtLineStart(text, n.Start))
        {
            // 1.5 is a decimal, not label 1 followed by 5.
            if (text[n.End] is '.' or '．' && n.End + 1 < text.Length && ChineseNumbers.IsArabicDigit(text[n.End + 1])) return false;
            return true;
        }
        return false;
    }

    private static bool AtLineStart(string text, int i)
    {
        for (int k = i - 1; k >= 0; k--)
        {
            var c = text[k];
            if (c is '\n' or '\r') return true;
            if (!char.IsWhiteSpace(c) && c != '\u3000') return false;
        }
        return true;
    }

    private static QuantityKind Classify(string text, TextSpan n, decimal value, string numText, string? unit, Comparator cmp, bool scaled)
    {
        char prev = n.Start > 0 ? text[n.Start - 1] : '\0';
        char nextc = n.End < text.Length ? text[n.End] : '\0';
        if (prev is '第') return QuantityKind.Ordinal;
        // 5G, 1+X, X+1, 4.0, V2: letters or plus signs glued to the number.
        if (char.IsAsciiLetter(prev) || char.IsAsciiLetter(nextc) || prev is '+' or '＋' || nextc is '+' or '＋' || prev is '.' or '．')
            return QuantityKind.Code;
        if (unit is null && numText.EndsWith(".0", StringComparison.Ordinal)) return QuantityKind.Code;
        // 〔2019〕4号: the year and serial of a document number.
        if (prev is '〔' or '[' or '【' or '［' || nextc is '号' || (nextc is '〕' or ']' or '】' or '］')) return QuantityKind.Code;
        if (InsideQuotes(text, n.Start)) return QuantityKind.Name;
        if (unit == "年" && value is >= 1900 and <= 2100 && value == decimal.Truncate(value) && !scaled && cmp == Comparator.Eq)
            return QuantityKind.Year;
        if (unit is null && cmp == Comparator.Eq && !scaled) return QuantityKind.Bare;
        return QuantityKind.Amount;
    }

    /// <summary>True when an opening “ or 《 is still open at <paramref name="i"/> on the same line within a short name's reach.</summary>
    private static bool InsideQuotes(string text, int i)
    {
        for (int k = i - 1; k >= 0 && k >= i - 40; k--)
        {
            var c = text[k];
            if (c is '\n' or '”' or '》' or '」' or '』' or '。') return false;
            if (c is '“' or '《' or '「' or '『')
            {
                var close = c switch { '“' => '”', '《' => '》', '「' => '」', _ => '』' };
                var j = text.IndexOf(close, i);
                var nl = text.IndexOf('\n', i);
                return j >= 0 && (nl < 0 || j < nl);
            }
        }
        return false;
    }
}
