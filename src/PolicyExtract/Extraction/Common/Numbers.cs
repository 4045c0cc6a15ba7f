using System.Globalization;

namespace PolicyExtract.Extraction.Common;

/// <summary>Numbers as printed in policy texts: Arabic, decimals, Chinese numerals, with 万/亿/千 multipliers.</summary>
public static class Numbers
{
    private static int Digit(char c) => c switch
    {
        '〇' or '○' or '零' or 'O' or 'Ｏ' => 0,
        '一' or '壹' => 1,
        '二' or '两' or '贰' => 2,
        '三' or '叁' => 3,
        '四' or '肆' => 4,
        '五' or '伍' => 5,
        '六' or '陆' => 6,
        '七' or '柒' => 7,
        '八' or '捌' => 8,
        '九' or '玖' => 9,
        _ => -1,
    };

    /// <summary>Parses Arabic or Chinese numerals (十二万五千, 二〇二一 read digit by digit, 廿, 1.5).</summary>
    public static bool TryParse(string s, out decimal value)
    {
        s = s.Trim().Replace(",", "");
        if (decimal.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
            return true;
        value = 0;
        if (s.Length == 0) return false;
        if (s.Contains('点'))
        {
            var parts = s.Split('点', 2);
            if (!TryParse(parts[0], out var whole)) return false;
            decimal frac = 0, scale = 0.1m;
            foreach (var c in parts[1])
            {
                int d = Digit(c);
                if (d < 0) return false;
                frac += d * scale;
                scale /= 10;
            }
            value = whole + frac;
            return true;
        }
        // Digit-by-digit form (二〇二一): no unit characters at all.
        if (s.All(c => Digit(c) >= 0))
        {
            foreach (var c in s) value = value * 10 + Digit(c);
            return true;
        }
        decimal total = 0, section = 0, number = 0;
        bool any = false;
        foreach (var c in s)
        {
            int d = Digit(c);
            if (d >= 0) { number = d; any = true; continue; }
            switch (c)
            {
                case '十' or '拾': section += (number == 0 ? 1 : number) * 10; number = 0; break;
                case '廿': section += 20; number = 0; break;
                case '卅': section += 30; number = 0; break;
                case '百' or '佰': section += (number == 0 ? 1 : number) * 100; number = 0; break;
                case '千' or '仟': section += (number == 0 ? 1 : number) * 1000; number = 0; break;
                case '万': total = (total + section + number) * 10000; section = 0; number = 0; break;
                case '亿': total = (total + section + number) * 100000000; section = 0; number = 0; break;
                default: return false;
            }
            any = true;
        }
        value = total + section + number;
        return any;
    }

    public static decimal Multiplier(string? mult) => mult switch
    {
        "万" => 10000m,
        "亿" => 100000000m,
        "千" => 1000m,
        _ => 1m,
    };

    /// <summary>True when the text is written in Chinese numerals only.</summary>
    public static bool IsChinese(string s) => s.Length > 0 && s.All(c => Digit(c) >= 0 || "十百千万亿廿卅拾佰仟".Contains(c));
}
