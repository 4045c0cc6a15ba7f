namespace PolicyExtract.Readers.Doc;

/// <summary>
/// Reads character properties ([MS-DOC] 2.8.5 PlcBteChpx → 2.9.33 ChpxFkp) only for sprmCFRMarkDel: text deleted
/// with change tracking on is still stored in the file, and Word does not show it.
/// </summary>
internal sealed class CharacterProperties
{
    private const ushort SprmCFRMarkDel = 0x0800;

    /// <summary>Runs of stream offsets [FcStart, FcEnd) marked as a tracked deletion, sorted.</summary>
    private readonly List<(int FcStart, int FcEnd)> _deleted = [];

    public bool HasDeletions => _deleted.Count > 0;

    public static CharacterProperties Parse(byte[] table, int fc, int lcb, byte[] wordDocument)
    {
        var props = new CharacterProperties();
        if (lcb <= 0)
            return props;
        LittleEndian.Check(table, fc, lcb, "PlcBteChpx");
        if ((lcb - 4) % 8 != 0)
            throw new DocFormatException($"PlcBteChpx has impossible size {lcb}");
        int n = (lcb - 4) / 8;
        for (int i = 0; i < n; i++)
        {
            int pn = (int)(LittleEndian.U32(table, fc + (n + 1) * 4 + i * 4, "PlcBteChpx") & 0x3FFFFF);
            props.ReadFkp(wordDocument, pn * 512);
        }
        props._deleted.Sort();
        return props;
    }

    private void ReadFkp(byte[] doc, int page)
    {
        LittleEndian.Check(doc, page, 512, "CHPX page");
        int crun = doc[page + 511];
        if (crun == 0 || (crun + 1) * 4 + crun > 511)
            throw new DocFormatException($"CHPX page at {page} has impossible run count {crun}");
        for (int i = 0; i < crun; i++)
        {
            int bOffset = doc[page + (crun + 1) * 4 + i];
            if (bOffset == 0)
                continue; // no properties: not deleted
            int at = page + bOffset * 2;
            int cb = doc[at];
            if (at + 1 + cb > page + 511)
                throw new DocFormatException($"CHPX at {at} runs past its page");
            bool deleted = false;
            foreach (var (sprm, operand) in ParagraphProperties.Sprms(doc.AsSpan(at + 1, cb)))
                if (sprm == SprmCFRMarkDel)
                    deleted = operand.Length > 0 && operand[0] != 0;
            if (deleted)
                _deleted.Add((LittleEndian.I32(doc, page + i * 4, "CHPX page"), LittleEndian.I32(doc, page + (i + 1) * 4, "CHPX page")));
        }
    }

    /// <summary>Whether the character stored at stream offset <paramref name="fc"/> is a tracked deletion.</summary>
    public bool IsDeleted(int fc)
    {
        int lo = 0, hi = _deleted.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            var r = _deleted[mid];
            if (fc < r.FcStart) hi = mid - 1;
            else if (fc >= r.FcEnd) lo = mid + 1;
            else return true;
        }
        return false;
    }
}
