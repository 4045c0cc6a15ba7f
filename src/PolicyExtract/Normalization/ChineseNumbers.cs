using System.Globalization;
using System.Text;

namespace PolicyExtract.Normalization;

/// <summary>
/// Parses the numbers printed in Chinese government documents: Arabic (with decimals and thousands
/// separators), full-width digits, Chinese numerals in everyday and financial (大写) forms, digit-by-digit
/// years (二〇二一), and mixtures such as 1.5万, 2.3亿 or 十二万五千. Pure functions, no I/O.
/// </summary>
public static class ChineseNumbers
{
    /// <summary>Characters that can appear in a Chinese numeral, for building regular expressions.</summary>
    public const string NumeralChars = "〇○零一二两三四五六七八九十百千万亿廿卅卌壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億";

    /// <summary>A regex character class matching one Chinese numeral character.</summary>
    public const string NumeralClass = "[" + NumeralChars + "]";

    /// <summary>A regex matching an Arabic number (ASCII or full-width), with optional thousands commas and decimals.</summary>
    // Only the ASCII comma groups thousands: the Chinese comma ， separates clauses (建设100个，200所…).
    public const string ArabicPattern = @"[0-9０-９]+(?:,[0-9０-９]{3})*(?:[.．][0-9０-９]+)?";

    /// <summary>
    /// A regex matching one number as printed: 百分之/千分之 forms, Arabic (with an optional multiplier, 1.5万), or a run of
    /// Chinese numerals (with an optional 点 fraction). What it matches is accepted by <see cref="TryParse"/> or
    /// <see cref="TryParsePercent"/> unless the Chinese run is malformed (十四五).
    /// </summary>
    public const string NumberPattern =
        "(?:(?:百分之|千分之)" + NumeralClass + "+(?:点" + NumeralClass + "+)?|" + ArabicPattern + "(?:[十百千万亿]+)?|" + NumeralClass + "+(?:点" + NumeralClass + "+)?)";

    /// <summary>Multiplier characters that may follow an Arabic number (1.5万, 3千万, 1.2万亿).</summary>
    public const string MultiplierChars = "十百千万亿萬億";

    /// <summary>Digits 0–9 in every spelling we meet, including ○ (U+25CB) and the Latin O used for zero in years.</summary>
    private static int DigitValue(char c) => c switch
    {
        '〇' or '○' or '零' or 'O' or 'o' or 'Ｏ' or '０' or '0' => 0,
        '一' or '壹' or '１' or '1' => 1,
        '二' or '两' or '貳' or '贰' or '２' or '2' => 2,
        '三' or '叁' or '參' or '３' or '3' => 3,
        '四' or '肆' or '４' or '4' => 4,
        '五' or '伍' or '５' or '5' => 5,
        '六' or '陆' or '陸' or '６' or '6' => 6,
        '七' or '柒' or '７' or '7' => 7,
        '八' or '捌' or '８' or '8' => 8,
        '九' or '玖' or '９' or '9' => 9,
        _ => -1,
    };

    /// <summary>Place units inside a 万 section.</summary>
    private static int SmallUnit(char c) => c switch
    {
        '十' or '拾' => 10,
        '百' or '佰' => 100,
        '千' or '仟' => 1000,
        _ => 0,
    };

    /// <summary>Section units: 万 and 亿 close a group of up to four places.</summary>
    private static long BigUnit(char c) => c switch
    {
        '万' or '萬' => 10_000L,
        '亿' or '億' => 100_000_000L,
        _ => 0,
    };

    /// <summary>廿 卅 卌 are single characters for 20, 30, 40.</summary>
    private static int TensChar(char c) => c switch { '廿' => 20, '卅' => 30, '卌' => 40, _ => 0 };

    /// <summary>True when <paramref name="c"/> can be part of a Chinese numeral.</summary>
    public static bool IsNumeralChar(char c) => NumeralChars.Contains(c);

    /// <summary>True for ASCII and full-width decimal digits.</summary>
    public static bool IsArabicDigit(char c) => c is >= '0' and <= '9' or >= '０' and <= '９';

    /// <summary>Folds full-width digits, point and comma to ASCII; other characters are kept.</summary>
    public static string FoldWidth(ReadOnlySpan<char> s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            sb.Append(c switch
            {
                >= '０' and <= '９' => (char)('0' + (c - '０')),
                '．' => '.',
                '，' => ',',
                '％' => '%',
                _ => c,
            });
        }
        return sb.ToString();
    }

    /// <summary>
    /// Parses a whole string as a number. Accepts Arabic (12, 1,200, 3.5, full-width １２), Chinese
    /// (三十, 两千, 一百零五, 十二万五千, 廿一, 叁佰), digit strings (二〇二一 → 2021), decimals with 点
    /// (七十五点五) and mixtures with multipliers (1.5万, 3千万, 2.3亿). Surrounding white space is ignored.
    /// Percent forms (百分之三十) are handled by <see cref="TryParsePercent"/>.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> s, out decimal value)
    {
        value = 0;
        s = s.Trim();
        if (s.IsEmpty) return false;

        // Pure Arabic (the common case) goes through the invariant parser after folding width.
        if (TryParseArabic(s, out value)) return true;

        if (s.ContainsAnyExcept(ArabicAndNumeralSearch)) return false;

        return IsDigitString(s) ? TryParseDigitString(s, out value) : TryParsePositional(s, out value);
    }

    private static readonly System.Buffers.SearchValues<char> ArabicAndNumeralSearch =
        System.Buffers.SearchValues.Create("0123456789０１２３４５６７８９.．,点" + NumeralChars + "Oo");

    /// <summary>Parses 百分之三十 / 百分之七十五点五 / 千分之五 / 30% / 30％ / 75.5%, returning the number and its unit (% or ‰).</summary>
    public static bool TryParsePercent(ReadOnlySpan<char> s, out decimal value, out string unit)
    {
        s = s.Trim();
        unit = "%";
        value = 0;
        if (s.StartsWith("百分之"))
            return TryParse(s[3..], out value);
        if (s.StartsWith("千分之"))
        {
            unit = "‰";
            return TryParse(s[3..], out value);
        }
        if (s.Length > 1 && s[^1] is '%' or '％')
            return TryParse(s[..^1], out value);
        if (s.Length > 1 && s[^1] == '‰')
        {
            unit = "‰";
            return TryParse(s[..^1], out value);
        }
        return false;
    }

    /// <summary>
    /// The factor a multiplier suffix stands for: 万 → 10000, 亿 → 100000000, 千 → 1000, 百 → 100,
    /// 十 → 10, and products of several (千万 → 10⁷, 万亿 → 10¹²). Empty means 1.
    /// </summary>
    public static bool TryGetMultiplier(ReadOnlySpan<char> multiplier, out decimal factor)
    {
        factor = 1;
        foreach (var c in multiplier.Trim())
        {
            long f = SmallUnit(c);
            if (f == 0) f = BigUnit(c);
            if (f == 0) { factor = 1; return false; }
            factor *= f;
        }
        return true;
    }

    /// <summary>
    /// Applies a multiplier captured apart from its number (the "万" of "25万人"). Throws on characters that
    /// are not multipliers, because that means the calling rule captured the wrong group.
    /// </summary>
    public static decimal ApplyMultiplier(decimal value, ReadOnlySpan<char> multiplier)
    {
        if (!TryGetMultiplier(multiplier, out var factor))
            throw new ArgumentException($"not a multiplier: '{multiplier.ToString()}'", nameof(multiplier));
        return Canonical(value * factor);
    }

    /// <summary>
    /// Splits leading multiplier characters off a unit as printed: "万人" → (10000, "人"), "亿元" → (10⁸, "元"),
    /// "万人次" → (10000, "人次"), "个" → (1, "个"). 百分点 and similar units that merely start with a multiplier
    /// character are left whole.
    /// </summary>
    public static (decimal Factor, string Unit) SplitMultiplier(ReadOnlySpan<char> unitText)
    {
        unitText = unitText.Trim();
        if (unitText.StartsWith("百分") || unitText.StartsWith("千米") || unitText.StartsWith("千克") || unitText.StartsWith("千瓦"))
            return (1, unitText.ToString());
        int i = 0;
        while (i < unitText.Length && MultiplierChars.Contains(unitText[i])) i++;
        // A bare multiplier with nothing after it ("25万") multiplies and leaves no unit.
        TryGetMultiplier(unitText[..i], out var factor);
        return (factor, unitText[i..].ToString());
    }

    /// <summary>Parses "25" + "万" + "人" style captures in one call: the number, an optional multiplier, and returns the scaled value.</summary>
    public static bool TryParseScaled(ReadOnlySpan<char> number, ReadOnlySpan<char> multiplier, out decimal value)
    {
        value = 0;
        if (!TryParse(number, out var n) || !TryGetMultiplier(multiplier, out var f)) return false;
        value = Canonical(n * f);
        return true;
    }

    /// <summary>
    /// Drops trailing zeros of the decimal scale, so 60.5 × 10000 is 605000 and not 605000.0 (decimal keeps the scale
    /// of its operands, and the scale shows in JSON).
    /// </summary>
    public static decimal Canonical(decimal d) => d / 1.0000000000000000000000000000m;

    private static bool TryParseArabic(ReadOnlySpan<char> s, out decimal value)
    {
        value = 0;
        foreach (var c in s)
            if (!(IsArabicDigit(c) || c is '.' or '．' or ',')) return false;
        var folded = FoldWidth(s);
        if (!IsWellFormedArabic(folded)) return false;
        if (!decimal.TryParse(folded.Replace(",", ""), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)) return false;
        value = Canonical(value);
        return true;
    }

    /// <summary>Commas must group exactly three digits, so "1,2" (a list) is not read as 12.</summary>
    private static bool IsWellFormedArabic(string s)
    {
        if (s.Length == 0 || !char.IsAsciiDigit(s[0]) || !char.IsAsciiDigit(s[^1])) return false;
        var dot = s.IndexOf('.');
        if (dot >= 0 && s.IndexOf('.', dot + 1) >= 0) return false;
        var intPart = dot >= 0 ? s[..dot] : s;
        if (dot >= 0 && s[(dot + 1)..].Contains(',')) return false;
        if (!intPart.Contains(',')) return true;
        var groups = intPart.Split(',');
        if (groups[0].Length is < 1 or > 3) return false;
        for (int i = 1; i < groups.Length; i++)
            if (groups[i].Length != 3) return false;
        return true;
    }

    /// <summary>A digit string has no place units: 二〇二一, 二○○五, 一九九八.</summary>
    private static bool IsDigitString(ReadOnlySpan<char> s)
    {
        bool anyDigit = false;
        foreach (var c in s)
        {
            if (SmallUnit(c) != 0 || BigUnit(c) != 0 || TensChar(c) != 0) return false;
            if (DigitValue(c) >= 0) anyDigit = true;
        }
        return anyDigit && s.Length >= 2 && !s.Contains('.') && !s.Contains('点')
            // O and o stand for zero only among Chinese digits (二OO五), never alone or among Arabic digits.
            && !s.ContainsAnyInRange('0', '9');
    }

    private static bool TryParseDigitString(ReadOnlySpan<char> s, out decimal value)
    {
        value = 0;
        bool anyChinese = false;
        foreach (var c in s)
        {
            var d = DigitValue(c);
            if (d < 0) return false;
            if (c is not ('O' or 'o' or 'Ｏ')) anyChinese = true;
            value = value * 10 + d;
        }
        return anyChinese;
    }

    /// <summary>
    /// Positional reading: digits times place units within a 万 section, sections closed by 万 and 亿.
    /// Arabic runs may stand in for digits (1.5万, 3千万), and 点 starts a fraction read digit by digit.
    /// </summary>
    private static bool TryParsePositional(ReadOnlySpan<char> s, out decimal value)
    {
        value = 0;
        decimal total = 0;       // closed 亿 sections
        decimal wan = 0;         // closed 万 section under the current 亿
        decimal small = 0;       // places 十 百 千 in the current section
        decimal? pending = null; // a digit waiting for its place unit
        long lastUnit = 0;       // for the colloquial tail 一万五 = 15000, 三百五 = 350
        bool zeroSeen = false;
        bool anyNumber = false;
        bool pendingIsChinese = false;

        int i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (IsArabicDigit(c))
            {
                if (pending is not null) return false;
                int j = i;
                while (j < s.Length && (IsArabicDigit(s[j]) || s[j] is '.' or '．' or ',')) j++;
                if (!TryParseArabic(s[i..j], out var n)) return false;
                pending = n;
                pendingIsChinese = false;
                anyNumber = true;
                i = j;
                continue;
            }
            var d = DigitValue(c);
            if (d == 0 && c is not ('O' or 'o' or 'Ｏ'))
            {
                // 零 marks a skipped place (一百零五); it contributes nothing and cancels the colloquial tail.
                if (pending is not null && pending != 0) return false;
                pending = null;
                zeroSeen = true;
                anyNumber = true;
                i++;
                continue;
            }
            if (d > 0)
            {
                if (pending is not null) return false;
                pending = d;
                pendingIsChinese = true;
                anyNumber = true;
                i++;
                continue;
            }
            var tens = TensChar(c);
            if (tens != 0)
            {
                if (pending is not null) return false;
                small += tens;
                lastUnit = 10;
                anyNumber = true;
                i++;
                continue;
            }
            var su = SmallUnit(c);
            if (su != 0)
            {
                // 十二 has no leading digit: the 十 alone stands for 一十.
                small += (pending ?? 1) * su;
                pending = null;
                lastUnit = su;
                zeroSeen = false;
                anyNumber = true;
                i++;
                continue;
            }
            var bu = BigUnit(c);
            if (bu != 0)
            {
                var section = small + (pending ?? 0);
                // 1.2万亿 closes an empty section over a non-empty 万; anything else needs a number before the unit.
                if (section == 0 && (bu == 10_000 || wan == 0)) return false;
                if (bu == 10_000)
                {
                    wan += section * bu;
                }
                else
                {
                    // 1.2万亿: the 万 section so far is scaled again by 亿.
                    total += (wan + section) * bu;
                    wan = 0;
                }
                small = 0;
                pending = null;
                lastUnit = bu;
                zeroSeen = false;
                i++;
                continue;
            }
            if (c == '点' || c is '.' or '．')
            {
                // 七十五点五, 三点五万: the integer so far gets a fraction read digit by digit.
                decimal frac = 0, scale = 0.1m;
                int j = i + 1;
                while (j < s.Length && DigitValue(s[j]) >= 0 && s[j] is not ('O' or 'o'))
                {
                    frac += DigitValue(s[j]) * scale;
                    scale /= 10;
                    j++;
                }
                if (j == i + 1) return false;
                pending = small + (pending ?? 0) + frac;
                small = 0;
                pendingIsChinese = false;
                lastUnit = 0;
                i = j;
                continue;
            }
            return false;
        }

        if (!anyNumber) return false;
        if (pending is not null)
        {
            // 一万五 = 15000 and 三百五 = 350: a last bare Chinese digit right after a unit fills the next place down.
            var tail = pending.Value;
            if (pendingIsChinese && !zeroSeen && lastUnit >= 100)
                tail *= lastUnit / 10;
            small += tail;
        }
        value = Canonical(total + wan + small);
        return true;
    }
}
