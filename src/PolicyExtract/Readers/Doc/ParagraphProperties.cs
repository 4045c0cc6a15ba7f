namespace PolicyExtract.Readers.Doc;

/// <summary>What a paragraph's properties say about tables (enough to tell a cell end from a row end) and lists.</summary>
/// <param name="Depth">Table nesting depth (0 outside tables, 1 in a top-level table).</param>
/// <param name="RowEnd">The paragraph is a row-end mark (fTtp at depth 1, fInnerTtp deeper).</param>
/// <param name="InnerCell">The paragraph ends a cell of a nested table (fInnerTableCell).</param>
/// <param name="Ilfo">1-based list (LFO) the paragraph is numbered in, 0 for none (sprmPIlfo); null when not set here.</param>
/// <param name="Ilvl">Its list level, 0–8 (sprmPIlvl); null when not set here.</param>
/// <param name="OutlineLevel">Outline level 0–8, 9 for body text (sprmPOutLvl); null when not set here.</param>
/// <param name="Istd">The paragraph's style (index into the style sheet).</param>
internal readonly record struct ParagraphTableInfo(int Depth, bool RowEnd, bool InnerCell, int? Ilfo = null, int? Ilvl = null,
    int? OutlineLevel = null, int Istd = 0);

/// <summary>
/// Reads paragraph properties ([MS-DOC] 2.8.6 PlcBtePapx → 2.9.175 PapxFkp) only for the table sprms:
/// sprmPFInTable, sprmPFTtp, sprmPItap, sprmPFInnerTableCell, sprmPFInnerTtp, and the list sprms sprmPIlfo, sprmPIlvl.
/// Nothing else of the formatting matters here.
/// </summary>
internal sealed class ParagraphProperties
{
    private const ushort SprmPFInTable = 0x2416;
    private const ushort SprmPFTtp = 0x2417;
    private const ushort SprmPItap = 0x6649;
    private const ushort SprmPFInnerTableCell = 0x244B;
    private const ushort SprmPFInnerTtp = 0x244C;
    private const ushort SprmPIlvl = 0x260A;
    private const ushort SprmPIlfo = 0x460B;
    private const ushort SprmPOutLvl = 0x2640;

    /// <summary>Runs of stream offsets [FcStart, FcEnd) sharing one property set.</summary>
    private readonly List<(int FcStart, int FcEnd, ParagraphTableInfo Info)> _runs = [];

    public static ParagraphProperties Parse(byte[] table, int fc, int lcb, byte[] wordDocument)
    {
        var props = new ParagraphProperties();
        if (lcb <= 0)
            return props;
        LittleEndian.Check(table, fc, lcb, "PlcBtePapx");
        if ((lcb - 4) % 8 != 0)
            throw new DocFormatException($"PlcBtePapx has impossible size {lcb}");
        int n = (lcb - 4) / 8;
        for (int i = 0; i < n; i++)
        {
            int pn = (int)(LittleEndian.U32(table, fc + (n + 1) * 4 + i * 4, "PlcBtePapx") & 0x3FFFFF);
            props.ReadFkp(wordDocument, pn * 512);
        }
        props._runs.Sort((a, b) => a.FcStart.CompareTo(b.FcStart));
        return props;
    }

    private void ReadFkp(byte[] doc, int page)
    {
        LittleEndian.Check(doc, page, 512, "PAPX page");
        int crun = doc[page + 511];
        if (crun == 0 || (crun + 1) * 4 + crun * 13 > 511)
            throw new DocFormatException($"PAPX page at {page} has impossible run count {crun}");
        for (int i = 0; i < crun; i++)
        {
            int fcStart = LittleEndian.I32(doc, page + i * 4, "PAPX page");
            int fcEnd = LittleEndian.I32(doc, page + (i + 1) * 4, "PAPX page");
            int bOffset = doc[page + (crun + 1) * 4 + i * 13];
            var info = bOffset == 0 ? default : ReadPapx(doc, page, page + bOffset * 2);
            _runs.Add((fcStart, fcEnd, info));
        }
    }

    private static ParagraphTableInfo ReadPapx(byte[] doc, int page, int at)
    {
        // PapxInFkp: cb (words, minus one byte) or, when 0, a second byte with the size in words.
        int cb = doc[at];
        int start, length;
        if (cb != 0) { start = at + 1; length = cb * 2 - 1; }
        else { start = at + 2; length = doc[at + 1] * 2; }
        if (start + length > page + 511)
            throw new DocFormatException($"PAPX at {at} runs past its page");
        // The first two bytes are the style index; sprms follow.
        int istd = length >= 2 ? doc[start] | doc[start + 1] << 8 : 0;
        return TableInfo(doc.AsSpan(start + 2, Math.Max(0, length - 2)), new ParagraphTableInfo(0, false, false, Istd: istd));
    }

    /// <summary>Applies the table sprms found in <paramref name="grpprl"/> on top of <paramref name="info"/>.</summary>
    public static ParagraphTableInfo TableInfo(ReadOnlySpan<byte> grpprl, ParagraphTableInfo info)
    {
        int depth = info.Depth;
        bool rowEnd = info.RowEnd, innerCell = info.InnerCell, inTable = depth > 0, ttp = false, innerTtp = false;
        bool hasItap = false;
        int? ilfo = info.Ilfo, ilvl = info.Ilvl, outline = info.OutlineLevel;
        foreach (var (sprm, operand) in Sprms(grpprl))
        {
            switch (sprm)
            {
                case SprmPFInTable: inTable = operand.Length > 0 && operand[0] != 0; break;
                case SprmPFTtp: ttp = operand.Length > 0 && operand[0] != 0; break;
                case SprmPItap when operand.Length >= 4:
                    depth = (int)(operand[0] | operand[1] << 8 | operand[2] << 16 | operand[3] << 24);
                    hasItap = true;
                    break;
                case SprmPFInnerTableCell: innerCell = operand.Length > 0 && operand[0] != 0; break;
                case SprmPFInnerTtp: innerTtp = operand.Length > 0 && operand[0] != 0; break;
                case SprmPIlvl when operand.Length >= 1: ilvl = operand[0]; break;
                case SprmPIlfo when operand.Length >= 2: ilfo = (short)(operand[0] | operand[1] << 8); break;
                case SprmPOutLvl when operand.Length >= 1: outline = operand[0]; break;
            }
        }
        if (!hasItap)
            depth = inTable ? Math.Max(depth, 1) : 0;
        else if (depth == 0 && inTable)
            depth = 1;
        rowEnd = rowEnd || (depth <= 1 ? ttp : innerTtp);
        return new ParagraphTableInfo(depth, rowEnd, innerCell, ilfo, ilvl, outline, info.Istd);
    }

    /// <summary>Walks a grpprl: each Prl is a 2-byte sprm whose top three bits (spra) give the operand size.</summary>
    internal static List<(ushort Sprm, byte[] Operand)> Sprms(ReadOnlySpan<byte> grpprl)
    {
        var list = new List<(ushort, byte[])>();
        int pos = 0;
        while (pos + 2 <= grpprl.Length)
        {
            ushort sprm = (ushort)(grpprl[pos] | grpprl[pos + 1] << 8);
            pos += 2;
            int size = (sprm >> 13) switch
            {
                0 or 1 => 1,
                2 or 4 or 5 => 2,
                3 => 4,
                7 => 3,
                _ => -1,
            };
            if (size < 0)
            {
                if (pos >= grpprl.Length) break;
                // Variable operands: one size byte, except sprmTDefTable (0xD608) and sprmPChgTabs (0xC615).
                if (sprm == 0xD608)
                {
                    if (pos + 2 > grpprl.Length) break;
                    size = (grpprl[pos] | grpprl[pos + 1] << 8) - 1;
                    pos += 2;
                }
                else if (sprm == 0xC615 && grpprl[pos] == 255)
                    break; // a rare long form we do not need; stop rather than misread what follows
                else
                {
                    size = grpprl[pos];
                    pos += 1;
                }
            }
            if (size < 0 || pos + size > grpprl.Length)
                break;
            list.Add((sprm, grpprl.Slice(pos, size).ToArray()));
            pos += size;
        }
        return list;
    }

    /// <summary>The table information of the paragraph whose mark is stored at stream offset <paramref name="fc"/>.</summary>
    public ParagraphTableInfo? At(int fc)
    {
        int lo = 0, hi = _runs.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            var r = _runs[mid];
            if (fc < r.FcStart) hi = mid - 1;
            else if (fc >= r.FcEnd) lo = mid + 1;
            else return r.Info;
        }
        return null;
    }

    public bool IsEmpty => _runs.Count == 0;
}
