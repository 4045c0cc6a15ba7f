using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PolicyExtract.Readers.Docx;

/// <summary>
/// Rebuilds the visible labels of Word's automatic numbering (一、 (一) 1. ①), which live in numbering.xml and
/// not in the paragraph text. Counters are kept per abstract list, so paragraphs whose numbering instances share an
/// abstract list continue one sequence (as Word shows them) unless an instance overrides a level's start. A level
/// restarts when a higher level is used, or as its lvlRestart says.
/// </summary>
internal sealed class ListNumbering
{
    private sealed record LevelDef(int Start, string Format, string Text, int? Restart, bool Legal, string Suffix);

    private readonly Dictionary<int, int> _numToAbstract = new();
    private readonly Dictionary<int, Dictionary<int, LevelDef>> _abstractLevels = new();
    private readonly Dictionary<int, Dictionary<int, LevelDef>> _numLevelOverrides = new();
    private readonly Dictionary<int, Dictionary<int, int>> _startOverrides = new();
    private readonly HashSet<(int Num, int Level)> _overrideApplied = new();
    private readonly Dictionary<int, int?[]> _counters = new();

    public ListNumbering(NumberingDefinitionsPart? part)
    {
        var numbering = part?.Numbering;
        if (numbering is null) return;
        foreach (var an in numbering.Elements<AbstractNum>())
        {
            if (an.AbstractNumberId?.Value is not int id) continue;
            _abstractLevels[id] = an.Elements<Level>().Where(l => l.LevelIndex?.Value is not null)
                .GroupBy(l => l.LevelIndex!.Value).ToDictionary(g => g.Key, g => Def(g.First()));
        }
        foreach (var num in numbering.Elements<NumberingInstance>())
        {
            if (num.NumberID?.Value is not int numId || num.AbstractNumId?.Val?.Value is not int absId) continue;
            _numToAbstract[numId] = absId;
            foreach (var o in num.Elements<LevelOverride>())
            {
                if (o.LevelIndex?.Value is not int lvl) continue;
                if (o.StartOverrideNumberingValue?.Val?.Value is int start)
                    (_startOverrides.TryGetValue(numId, out var d) ? d : _startOverrides[numId] = new())[lvl] = start;
                if (o.Level is { } level)
                    (_numLevelOverrides.TryGetValue(numId, out var d2) ? d2 : _numLevelOverrides[numId] = new())[lvl] = Def(level);
            }
        }
    }

    private static LevelDef Def(Level l) => new(
        l.StartNumberingValue?.Val?.Value ?? 1,
        l.NumberingFormat?.Val?.InnerText ?? "decimal",
        l.LevelText?.Val?.Value ?? "",
        l.LevelRestart?.Val?.Value,
        l.IsLegalNumberingStyle is not null && (l.IsLegalNumberingStyle.Val?.Value ?? true),
        l.LevelSuffix?.Val?.InnerText ?? "tab");

    private LevelDef? Level(int numId, int absId, int lvl)
    {
        if (_numLevelOverrides.TryGetValue(numId, out var o) && o.TryGetValue(lvl, out var d)) return d;
        return _abstractLevels.TryGetValue(absId, out var levels) && levels.TryGetValue(lvl, out var d2) ? d2 : null;
    }

    /// <summary>Advances the counters for a numbered paragraph and returns its visible label, or null when it has none.</summary>
    public string? Next(int numId, int lvl)
    {
        if (numId == 0 || !_numToAbstract.TryGetValue(numId, out var absId) || lvl is < 0 or > 8)
            return null;
        var def = Level(numId, absId, lvl);
        if (def is null) return null;
        var counters = _counters.TryGetValue(absId, out var c) ? c : _counters[absId] = new int?[9];

        if (_startOverrides.TryGetValue(numId, out var so) && so.TryGetValue(lvl, out var start) && _overrideApplied.Add((numId, lvl)))
            counters[lvl] = start - 1;
        counters[lvl] = (counters[lvl] ?? def.Start - 1) + 1;
        for (int k = lvl + 1; k < 9; k++)
        {
            var dk = Level(numId, absId, k);
            // lvlRestart="n": restart after level n (1-based) is used; 0: never. Default: after any higher level.
            int threshold = dk?.Restart is int r ? r - 1 : k - 1;
            if (dk?.Restart == 0) continue;
            if (lvl <= threshold) counters[k] = null;
        }

        if (def.Format == "none") return null;
        if (def.Format == "bullet") return def.Text.Length > 0 ? def.Text : null;
        var sb = new StringBuilder();
        var text = def.Text;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 1 < text.Length && text[i + 1] is >= '1' and <= '9')
            {
                int k = text[i + 1] - '1';
                var dk = Level(numId, absId, k);
                int value = counters[k] ?? dk?.Start ?? 1;
                var fmt = def.Legal && k != lvl ? "decimal" : dk?.Format ?? "decimal";
                sb.Append(NumberFormats.Format(value, fmt));
                i++;
            }
            else sb.Append(text[i]);
        }
        var label = sb.ToString();
        return label.Length == 0 ? null : label;
    }
}

/// <summary>Word's number formats (numFmt) rendered the way Word shows them.</summary>
public static class NumberFormats
{
    private const string Digits = "零一二三四五六七八九";
    private const string LegalDigits = "零壹贰叁肆伍陆柒捌玖";

    public static string Format(int n, string format) => format switch
    {
        "decimal" => n.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "decimalZero" => n.ToString("00", System.Globalization.CultureInfo.InvariantCulture),
        "decimalFullWidth" or "decimalFullWidth2" => new string(n.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(c => (char)(c + 0xFEE0)).ToArray()),
        "chineseCounting" or "chineseCountingThousand" or "taiwaneseCounting" or "taiwaneseCountingThousand" or "japaneseCounting" => Chinese(n, Digits, "十百千"),
        "chineseLegalSimplified" => Chinese(n, LegalDigits, "拾佰仟"),
        "ideographTraditional" => n is >= 1 and <= 10 ? "甲乙丙丁戊己庚辛壬癸"[n - 1].ToString() : n.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "ideographZodiac" => n is >= 1 and <= 12 ? "子丑寅卯辰巳午未申酉戌亥"[n - 1].ToString() : n.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "decimalEnclosedCircle" or "decimalEnclosedCircleChinese" => n is >= 1 and <= 20 ? ((char)(0x2460 + n - 1)).ToString() : n.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "decimalEnclosedParen" => n is >= 1 and <= 20 ? ((char)(0x2474 + n - 1)).ToString() : $"({n})",
        "decimalEnclosedFullstop" => n is >= 1 and <= 20 ? ((char)(0x2488 + n - 1)).ToString() : $"{n}.",
        "lowerLetter" => Letters(n, 'a'),
        "upperLetter" => Letters(n, 'A'),
        "lowerRoman" => Roman(n).ToLowerInvariant(),
        "upperRoman" => Roman(n),
        _ => n.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>Chinese counting: 1→一, 10→十, 11→十一, 20→二十, 105→一百零五, 1000→一千.</summary>
    public static string Chinese(int n, string digits, string units)
    {
        if (n <= 0 || n > 9999) return n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var sb = new StringBuilder();
        int[] parts = [n / 1000, n / 100 % 10, n / 10 % 10, n % 10];
        bool zero = false;
        for (int i = 0; i < 4; i++)
        {
            int d = parts[i];
            if (d == 0) { if (sb.Length > 0) zero = true; continue; }
            if (zero) { sb.Append(digits[0]); zero = false; }
            // 10–19 are read 十, 十一…, not 一十.
            if (!(i == 2 && d == 1 && sb.Length == 0)) sb.Append(digits[d]);
            if (i < 3) sb.Append(units[2 - i]);
        }
        return sb.ToString();
    }

    private static string Letters(int n, char a)
    {
        // Word repeats the letter: a…z, aa…zz.
        int rep = (n - 1) / 26 + 1;
        return new string((char)(a + (n - 1) % 26), rep);
    }

    private static string Roman(int n)
    {
        if (n <= 0 || n >= 4000) return n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var sb = new StringBuilder();
        foreach (var (v, s) in new[] { (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I") })
            while (n >= v) { sb.Append(s); n -= v; }
        return sb.ToString();
    }
}
