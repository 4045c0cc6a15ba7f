using System.Text;

namespace PolicyExtract.Readers.Doc;

/// <summary>One piece: a run of consecutive characters stored together in the WordDocument stream.</summary>
/// <param name="CpStart">First character position of the piece.</param>
/// <param name="CpEnd">Character position just past the piece.</param>
/// <param name="Fc">Byte offset of the piece's first character in the WordDocument stream.</param>
/// <param name="Compressed">8-bit characters (the [MS-DOC] 2.4.1 code page) rather than UTF-16LE.</param>
/// <param name="Prm">Property modifier applied to the whole piece (see <see cref="PieceTable.PieceSprms"/>).</param>
internal readonly record struct Piece(int CpStart, int CpEnd, int Fc, bool Compressed, ushort Prm)
{
    /// <summary>Stream offset of the character at <paramref name="cp"/>, which must lie in this piece.</summary>
    public int FcOf(int cp) => Fc + (cp - CpStart) * (Compressed ? 1 : 2);
}

/// <summary>
/// The piece table ([MS-DOC] 2.9.38 Clx): where each run of character positions is stored and how it is encoded.
/// Text in a .doc is addressed by character position (CP); only the piece table maps CPs to bytes.
/// </summary>
internal sealed class PieceTable
{
    private readonly byte[] _wordDocument;

    private PieceTable(byte[] wordDocument, IReadOnlyList<Piece> pieces, IReadOnlyList<byte[]> prcs)
    {
        _wordDocument = wordDocument;
        Pieces = pieces;
        Prcs = prcs;
    }

    public IReadOnlyList<Piece> Pieces { get; }

    /// <summary>The grpprls of the Prc entries, indexed by a complex Prm's igrpprl.</summary>
    public IReadOnlyList<byte[]> Prcs { get; }

    /// <summary>The last CP the pieces cover.</summary>
    public int CpLimit => Pieces.Count == 0 ? 0 : Pieces[^1].CpEnd;

    public static PieceTable Parse(byte[] table, int fcClx, int lcbClx, byte[] wordDocument)
    {
        if (lcbClx <= 0)
            throw new DocFormatException("FIB declares no piece table (lcbClx is 0)");
        LittleEndian.Check(table, fcClx, lcbClx, "piece table (Clx)");
        int pos = fcClx;
        int end = fcClx + lcbClx;
        var prcs = new List<byte[]>();
        // Prc entries (clxt 0x01) carry property lists that pieces may point at; the Pcdt (clxt 0x02) follows them.
        while (pos < end && table[pos] == 0x01)
        {
            int cb = LittleEndian.I16(table, pos + 1, "Clx Prc");
            if (cb < 0)
                throw new DocFormatException("piece table has a Prc entry of negative size");
            LittleEndian.Check(table, pos + 3, cb, "Clx Prc");
            prcs.Add(table.AsSpan(pos + 3, cb).ToArray());
            pos += 3 + cb;
        }
        if (pos >= end || table[pos] != 0x02)
            throw new DocFormatException("piece table has no Pcdt entry");
        int lcb = LittleEndian.I32(table, pos + 1, "Clx Pcdt");
        int plc = pos + 5;
        if (lcb < 16 || (lcb - 4) % 12 != 0 || plc + (long)lcb > end)
            throw new DocFormatException($"piece table has a PlcPcd of impossible size {lcb}");
        int n = (lcb - 4) / 12;
        var pieces = new List<Piece>(n);
        for (int i = 0; i < n; i++)
        {
            int cpStart = LittleEndian.I32(table, plc + i * 4, "PlcPcd");
            int cpEnd = LittleEndian.I32(table, plc + (i + 1) * 4, "PlcPcd");
            int pcd = plc + (n + 1) * 4 + i * 8;
            uint fcCompressed = LittleEndian.U32(table, pcd + 2, "Pcd");
            ushort prm = LittleEndian.U16(table, pcd + 6, "Pcd");
            bool compressed = (fcCompressed & 0x40000000) != 0;
            int fc = (int)(fcCompressed & 0x3FFFFFFF);
            // A compressed piece stores its byte offset doubled ([MS-DOC] 2.9.73 FcCompressed).
            if (compressed)
                fc /= 2;
            if (cpEnd < cpStart || (i > 0 && cpStart != pieces[^1].CpEnd))
                throw new DocFormatException($"piece table CPs are not increasing at piece {i}");
            var piece = new Piece(cpStart, cpEnd, fc, compressed, prm);
            LittleEndian.Check(wordDocument, fc, (long)(cpEnd - cpStart) * (compressed ? 1 : 2), $"text of piece {i}");
            pieces.Add(piece);
        }
        if (pieces.Count > 0 && pieces[0].CpStart != 0)
            throw new DocFormatException("piece table does not start at CP 0");
        return new PieceTable(wordDocument, pieces, prcs);
    }

    /// <summary>The characters [0, <paramref name="cpLimit"/>) (at most what the pieces cover), decoded piece by piece.</summary>
    public string ReadText(int cpLimit)
    {
        cpLimit = Math.Min(cpLimit, CpLimit);
        var sb = new StringBuilder(cpLimit);
        foreach (var p in Pieces)
        {
            if (p.CpStart >= cpLimit)
                break;
            int count = Math.Min(p.CpEnd, cpLimit) - p.CpStart;
            if (p.Compressed)
            {
                for (int i = 0; i < count; i++)
                    sb.Append(CompressedChar(_wordDocument[p.Fc + i]));
            }
            else
                sb.Append(Encoding.Unicode.GetString(_wordDocument, p.Fc, count * 2));
        }
        return sb.ToString();
    }

    /// <summary>The piece holding <paramref name="cp"/>, or null.</summary>
    public Piece? PieceAt(int cp)
    {
        int lo = 0, hi = Pieces.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            var p = Pieces[mid];
            if (cp < p.CpStart) hi = mid - 1;
            else if (cp >= p.CpEnd) lo = mid + 1;
            else return p;
        }
        return null;
    }

    /// <summary>
    /// The sprms a piece's Prm contributes: a complex Prm names a Prc grpprl; a simple one encodes one
    /// single-byte sprm from a fixed table, none of which matters for text, so only the complex form is returned.
    /// </summary>
    public ReadOnlySpan<byte> PieceSprms(Piece piece)
    {
        if ((piece.Prm & 1) == 0)
            return [];
        int index = piece.Prm >> 1;
        return index < Prcs.Count ? Prcs[index] : [];
    }

    /// <summary>
    /// [MS-DOC] 2.4.1: a compressed byte is its own code point except 0x82–0x9F, which follow Windows-1252.
    /// The spec's table lists the bytes below; the others in that range (0x8D, 0x8E, 0x8F, 0x90, 0x9D, 0x9E) stay as they are.
    /// </summary>
    internal static char CompressedChar(byte b) => b switch
    {
        0x82 => '\u201A', 0x83 => '\u0192', 0x84 => '\u201E', 0x85 => '\u2026', 0x86 => '\u2020', 0x87 => '\u2021',
        0x88 => '\u02C6', 0x89 => '\u2030', 0x8A => '\u0160', 0x8B => '\u2039', 0x8C => '\u0152',
        0x91 => '\u2018', 0x92 => '\u2019', 0x93 => '\u201C', 0x94 => '\u201D', 0x95 => '\u2022', 0x96 => '\u2013',
        0x97 => '\u2014', 0x98 => '\u02DC', 0x99 => '\u2122', 0x9A => '\u0161', 0x9B => '\u203A', 0x9C => '\u0153',
        0x9F => '\u0178',
        _ => (char)b,
    };
}
