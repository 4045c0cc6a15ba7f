using System.Text;

namespace PolicyExtract.Readers.Doc;

/// <summary>
/// Automatic list numbering ([MS-DOC] 2.9.147 PlfLst with its LVLs, 2.9.201 PlfLfo): Word keeps labels such as
/// 一、 （一） 1. out of the text, as a list definition that paragraphs point at (sprmPIlfo, sprmPIlvl).
/// <see cref="Label"/> rebuilds the visible label of each numbered paragraph in document order.
/// </summary>
internal sealed class ListNumbering
{
    private sealed record Level(int StartAt, byte Nfc, bool Legal, bool NoRestart, string Template);

    private sealed record ListDef(int Lsid, Level[] Levels);

    private readonly Dictionary<int, ListDef> _lists = [];
    /// <summary>LFO index (1-based, as sprmPIlfo gives it) → (list id, start-at overrides by level).</summary>
    private readonly List<(int Lsid, Dictionary<int, int> StartOverrides)> _lfos = [];
    private readonly Dictionary<int, int[]> _counters = [];

    public bool IsEmpty => _lfos.Count == 0;

    public static ListNumbering Parse(byte[] table, (int Fc, int Lcb) plfLst, (int Fc, int Lcb) plfLfo)
    {
        var numbering = new ListNumbering();
        if (plfLst.Lcb < 2 || plfLfo.Lcb < 4)
            return numbering;
        int cLst = LittleEndian.I16(table, plfLst.Fc, "PlfLst");
        if (cLst < 0 || 2 + cLst * 28L > plfLst.Lcb)
            throw new DocFormatException($"PlfLst declares {cLst} lists in {plfLst.Lcb} bytes");
        // The LVLs of every list follow the PlfLst directly, in list order: 1 for a simple list, else 9.
        int pos = plfLst.Fc + plfLst.Lcb;
        for (int i = 0; i < cLst; i++)
        {
            int lstf = plfLst.Fc + 2 + i * 28;
            int lsid = LittleEndian.I32(table, lstf, "LSTF");
            LittleEndian.Check(table, lstf, 28, "LSTF");
            bool simple = (table[lstf + 26] & 1) != 0;
            var levels = new Level[simple ? 1 : 9];
            for (int l = 0; l < levels.Length; l++)
                (levels[l], pos) = ReadLevel(table, pos);
            numbering._lists[lsid] = new ListDef(lsid, levels);
        }

        int lfoMac = LittleEndian.I32(table, plfLfo.Fc, "PlfLfo");
        if (lfoMac < 0 || 4 + lfoMac * 16L > plfLfo.Lcb)
            throw new DocFormatException($"PlfLfo declares {lfoMac} overrides in {plfLfo.Lcb} bytes");
        var counts = new int[lfoMac];
        for (int i = 0; i < lfoMac; i++)
        {
            int lfo = plfLfo.Fc + 4 + i * 16;
            LittleEndian.Check(table, lfo, 16, "LFO");
            numbering._lfos.Add((LittleEndian.I32(table, lfo, "LFO"), []));
            counts[i] = table[lfo + 12];
        }
        // Then one LFOData per LFO: a CP, and its level overrides (start-at values, optionally a whole LVL).
        int data = plfLfo.Fc + 4 + lfoMac * 16;
        for (int i = 0; i < lfoMac && data < plfLfo.Fc + plfLfo.Lcb; i++)
        {
            data += 4;
            for (int k = 0; k < counts[i]; k++)
            {
                int startAt = LittleEndian.I32(table, data, "LFOLVL");
                uint flags = LittleEndian.U32(table, data + 4, "LFOLVL");
                data += 8;
                int ilvl = (int)(flags & 0xF);
                if ((flags & 0x10) != 0)
                    numbering._lfos[i].StartOverrides[ilvl] = startAt;
                if ((flags & 0x20) != 0)
                {
                    (var level, data) = ReadLevel(table, data);
                    numbering._lfos[i].StartOverrides[ilvl] = level.StartAt;
                }
            }
        }
        return numbering;
    }

    private static (Level, int) ReadLevel(byte[] table, int pos)
    {
        LittleEndian.Check(table, pos, 28, "LVL");
        int startAt = LittleEndian.I32(table, pos, "LVL");
        byte nfc = table[pos + 4];
        byte flags = table[pos + 5];
        int cbChpx = table[pos + 24];
        int cbPapx = table[pos + 25];
        int xst = pos + 28 + cbPapx + cbChpx;
        int cch = LittleEndian.U16(table, xst, "LVL number text");
        LittleEndian.Check(table, xst + 2, cch * 2L, "LVL number text");
        string template = Encoding.Unicode.GetString(table, xst + 2, cch * 2);
        return (new Level(startAt, nfc, (flags & 0x04) != 0, (flags & 0x08) != 0, template), xst + 2 + cch * 2);
    }

    /// <summary>
    /// The label of the next paragraph in list <paramref name="ilfo"/> at level <paramref name="ilvl"/>, advancing
    /// the list's counters; null for a bullet, an unknown list or no list. Paragraphs must be passed in document order.
    /// </summary>
    public string? Label(int ilfo, int ilvl)
    {
        if (ilfo <= 0 || ilfo > _lfos.Count || ilvl is < 0 or > 8)
            return null;
        var (lsid, overrides) = _lfos[ilfo - 1];
        if (!_lists.TryGetValue(lsid, out var list))
            return null;
        if (ilvl >= list.Levels.Length)
            ilvl = list.Levels.Length - 1;
        var level = list.Levels[ilvl];
        int StartAt(int l) => overrides.TryGetValue(l, out int s) ? s : list.Levels[l].StartAt;

        if (!_counters.TryGetValue(lsid, out var counters))
        {
            counters = new int[9];
            for (int l = 0; l < list.Levels.Length; l++)
                counters[l] = StartAt(l) - 1;
            _counters[lsid] = counters;
        }
        counters[ilvl]++;
        // A higher-level item restarts the levels below it (unless a level says fNoRestart).
        for (int l = ilvl + 1; l < list.Levels.Length; l++)
            if (!list.Levels[l].NoRestart)
                counters[l] = StartAt(l) - 1;

        if (level.Nfc == 0x17)
            return null; // bullet: a symbol-font glyph, nothing worth keeping in the text
        var sb = new StringBuilder();
        foreach (char c in level.Template)
        {
            if (c < 9)
            {
                int l = c;
                var shown = l < list.Levels.Length ? list.Levels[l] : level;
                sb.Append(Format(Math.Max(counters[l], 0), level.Legal ? (byte)0 : shown.Nfc));
            }
            else
                sb.Append(c);
        }
        // The character after the label (ixchFollow: tab, space or nothing) only sets the text apart; the text
        // layout decides the separator (see BlockBuilder.LabelSeparator), as for DOCX.
        return sb.ToString();
    }

    /// <summary>
    /// A number in an MSONFC format (the order of ST_NumberFormat: 0x0A ideographDigital, 0x1E ideographTraditional 甲乙丙,
    /// 0x21/0x23 Taiwanese counting, 0x25/0x27 Chinese counting 一二三, 0x26 Chinese legal 壹贰叁…); decimal for the rest.
    /// </summary>
    internal static string Format(int n, byte nfc) => nfc switch
    {
        0x01 => Roman(n).ToUpperInvariant(),
        0x02 => Roman(n),
        0x03 => Letters(n).ToUpperInvariant(),
        0x04 => Letters(n),
        0x0A or 0x24 => string.Concat(n.ToString().Select(d => "〇一二三四五六七八九"[d - '0'])),
        0x0E or 0x13 => string.Concat(n.ToString().Select(d => (char)('０' + d - '0'))),
        0x12 or 0x1C when n is >= 1 and <= 20 => ((char)('①' + n - 1)).ToString(),
        0x1B when n is >= 1 and <= 20 => ((char)('⑴' + n - 1)).ToString(),
        0x1E when n is >= 1 and <= 10 => "甲乙丙丁戊己庚辛壬癸"[n - 1].ToString(),
        0x1F when n is >= 1 and <= 12 => "子丑寅卯辰巳午未申酉戌亥"[n - 1].ToString(),
        0x16 => n.ToString("00", System.Globalization.CultureInfo.InvariantCulture),
        0x0B or 0x11 or 0x21 or 0x23 or 0x25 or 0x27 => ChineseCounting(n, "〇一二三四五六七八九", "十百千"),
        0x22 => ChineseCounting(n, "零壹貳參肆伍陸柒捌玖", "拾佰仟"),
        0x26 => ChineseCounting(n, "零壹贰叁肆伍陆柒捌玖", "拾佰仟"),
        0xFF => "",
        _ => n.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>一 … 十, 十一, 二十, 一百零一 (up to 9999; larger numbers stay decimal).</summary>
    private static string ChineseCounting(int n, string digits, string units)
    {
        if (n <= 0 || n > 9999)
            return n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (n < 10)
            return digits[n].ToString();
        if (n < 20)
            return units[0] + (n % 10 == 0 ? "" : digits[n % 10].ToString());
        var sb = new StringBuilder();
        int[] parts = [n / 1000, n / 100 % 10, n / 10 % 10, n % 10];
        bool zero = false;
        for (int i = 0; i < 4; i++)
        {
            if (parts[i] == 0)
            {
                zero = sb.Length > 0;
                continue;
            }
            if (zero) { sb.Append('零'); zero = false; } // the gap in 一百零一 is 零, never 〇
            sb.Append(digits[parts[i]]);
            if (i < 3) sb.Append(units[2 - i]);
        }
        return sb.ToString();
    }

    private static string Roman(int n)
    {
        if (n <= 0 || n >= 4000) return n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var sb = new StringBuilder();
        foreach (var (value, symbol) in new[] { (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i") })
            while (n >= value) { sb.Append(symbol); n -= value; }
        return sb.ToString();
    }

    /// <summary>a … z, then aa, bb … as Word counts.</summary>
    private static string Letters(int n)
    {
        if (n <= 0) return n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        char c = (char)('a' + (n - 1) % 26);
        return new string(c, (n - 1) / 26 + 1);
    }
}
