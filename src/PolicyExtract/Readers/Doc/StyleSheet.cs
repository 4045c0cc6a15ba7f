namespace PolicyExtract.Readers.Doc;

/// <summary>What a paragraph style contributes: its built-in identity and the list and outline sprms it sets.</summary>
/// <param name="Sti">Built-in style identifier (0 Normal, 1–9 heading 1–9, 62 Title; 0xFFE for user styles).</param>
/// <param name="Ilfo">List (LFO) the style numbers its paragraphs in, when it sets one.</param>
/// <param name="Ilvl">List level, when the style sets one.</param>
/// <param name="OutlineLevel">Outline level 0–8 (9 is body text), when the style sets one.</param>
internal readonly record struct StyleInfo(int Sti, int? Ilfo, int? Ilvl, int? OutlineLevel);

/// <summary>
/// The style sheet ([MS-DOC] 2.9.271 STSH), read for paragraph styles only: numbering and outline levels often come
/// from the style (Heading 1 numbered 一、) rather than the paragraph, and the built-in style tells headings apart.
/// </summary>
internal sealed class StyleSheet
{
    public const int TitleSti = 62;
    private const int NoBase = 0x0FFF;

    private readonly List<(int Sti, int Base, byte[] Grpprl)?> _styles = [];

    public static StyleSheet Parse(byte[] table, (int Fc, int Lcb) stshf)
    {
        var sheet = new StyleSheet();
        if (stshf.Lcb < 4)
            return sheet;
        LittleEndian.Check(table, stshf.Fc, stshf.Lcb, "style sheet");
        int end = stshf.Fc + stshf.Lcb;
        int cbStshi = LittleEndian.U16(table, stshf.Fc, "STSHI");
        int cstd = LittleEndian.U16(table, stshf.Fc + 2, "STSHI");
        int cbStdBase = LittleEndian.U16(table, stshf.Fc + 4, "STSHI");
        if (cbStdBase < 10)
            throw new DocFormatException($"style sheet declares a {cbStdBase}-byte style header");
        int pos = stshf.Fc + 2 + cbStshi;
        for (int i = 0; i < cstd && pos + 2 <= end; i++)
        {
            int cbStd = LittleEndian.U16(table, pos, "LPStd");
            int std = pos + 2;
            pos = std + cbStd;
            if (cbStd == 0)
            {
                sheet._styles.Add(null); // an empty slot keeps the numbering of the styles after it
                continue;
            }
            if (pos > end)
                throw new DocFormatException($"style {i} runs past the style sheet");
            int sti = LittleEndian.U16(table, std, "STD") & 0x0FFF;
            int w = LittleEndian.U16(table, std + 2, "STD");
            int stk = w & 0xF, istdBase = w >> 4;
            byte[] grpprl = [];
            if (stk == 1 && cbStd > cbStdBase + 2)
            {
                // After the header: the name (cch, cch UTF-16 units, a terminating 0), then the paragraph UPX.
                int name = std + cbStdBase;
                int cch = LittleEndian.U16(table, name, "style name");
                int upx = name + 2 + (cch + 1) * 2;
                if (upx + 2 <= pos)
                {
                    int cbUpx = LittleEndian.U16(table, upx, "UPX");
                    // UpxPapx: the style's own istd (2 bytes), then its sprms.
                    if (cbUpx >= 2 && upx + 2 + cbUpx <= pos)
                        grpprl = table.AsSpan(upx + 4, cbUpx - 2).ToArray();
                }
            }
            sheet._styles.Add((sti, istdBase, grpprl));
        }
        return sheet;
    }

    /// <summary>The style's identity and what it sets, its own values over those of the styles it is based on.</summary>
    public StyleInfo? Resolve(int istd)
    {
        if (istd < 0 || istd >= _styles.Count || _styles[istd] is not { } own)
            return null;
        int? ilfo = null, ilvl = null, outline = null;
        // Walk up the base chain; the first (closest) style to set a value wins. Ten levels stop a cycle.
        for (int i = istd, depth = 0; i >= 0 && i < _styles.Count && depth < 10 && _styles[i] is { } s; depth++)
        {
            var info = ParagraphProperties.TableInfo(s.Grpprl, default);
            ilfo ??= info.Ilfo;
            ilvl ??= info.Ilvl;
            outline ??= info.OutlineLevel;
            if (s.Base == NoBase)
                break;
            i = s.Base;
        }
        return new StyleInfo(own.Sti, ilfo, ilvl, outline);
    }
}
