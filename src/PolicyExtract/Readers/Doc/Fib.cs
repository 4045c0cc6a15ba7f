namespace PolicyExtract.Readers.Doc;

/// <summary>
/// The parts of the File Information Block ([MS-DOC] 2.5.1) that text extraction needs.
/// The FIB starts the WordDocument stream: FibBase (32 bytes), then counted arrays
/// fibRgW (16-bit), fibRgLw (32-bit: the story lengths) and fibRgFcLcb (offset/length pairs into the table stream).
/// </summary>
internal sealed class Fib
{
    /// <summary>wIdent of every Word 97 and later document (Word 95 shares it; it is told apart by nFib).</summary>
    public const ushort WordIdent = 0xA5EC;

    /// <summary>wIdent written by Word 6.0.</summary>
    public const ushort Word6Ident = 0xA5DC;

    /// <summary>Word 6 writes nFib 101, Word 95 104 and 105; Word 97 and later 193 or more. Apache POI draws the line at 106 as well.</summary>
    public const int FirstWord97NFib = 106;

    public int NFib { get; private init; }
    public bool Encrypted { get; private init; }
    public bool Obfuscated { get; private init; }
    public bool UseTable1 { get; private init; }

    public int CcpText { get; private init; }
    public int CcpFtn { get; private init; }
    public int CcpHdd { get; private init; }
    public int CcpAtn { get; private init; }
    public int CcpEdn { get; private init; }
    public int CcpTxbx { get; private init; }
    public int CcpHdrTxbx { get; private init; }

    public (int Fc, int Lcb) Clx { get; private init; }
    public (int Fc, int Lcb) Stshf { get; private init; }
    public (int Fc, int Lcb) PlcfHdd { get; private init; }
    public (int Fc, int Lcb) PlcfBtePapx { get; private init; }
    public (int Fc, int Lcb) PlcfBteChpx { get; private init; }
    public (int Fc, int Lcb) PlfLst { get; private init; }
    public (int Fc, int Lcb) PlfLfo { get; private init; }

    public string TableStreamName => UseTable1 ? "1Table" : "0Table";

    // Indexes of the pairs in FibRgFcLcb97 ([MS-DOC] 2.5.6).
    private const int PairStshf = 1;
    private const int PairPlcfHdd = 11;
    private const int PairPlcfBteChpx = 12;
    private const int PairPlcfBtePapx = 13;
    private const int PairClx = 33;
    private const int PairPlfLst = 73;
    private const int PairPlfLfo = 74;

    /// <summary>Parses the FIB; throws <see cref="DocumentReadException"/> for formats we refuse and <see cref="DocFormatException"/> for damage.</summary>
    public static Fib Parse(byte[] wordDocument)
    {
        if (wordDocument.Length < 32)
            throw new DocFormatException($"WordDocument stream is only {wordDocument.Length} bytes, too short for a FIB");
        ushort ident = LittleEndian.U16(wordDocument, 0, "FIB");
        int nFib = LittleEndian.U16(wordDocument, 2, "FIB");
        if (ident == Word6Ident || (ident == WordIdent && nFib < FirstWord97NFib))
            throw new DocumentReadException("Word 6/95 format is not supported");
        if (ident != WordIdent)
            throw new DocFormatException($"WordDocument stream does not start with a Word FIB (wIdent 0x{ident:X4})");
        ushort flags = LittleEndian.U16(wordDocument, 0x0A, "FIB");
        bool encrypted = (flags & 0x0100) != 0;
        bool obfuscated = (flags & 0x8000) != 0;
        // Check before reading further: in an encrypted file only FibBase is guaranteed to be in the clear.
        if (encrypted)
            return new Fib { NFib = nFib, Encrypted = true, Obfuscated = obfuscated };

        int pos = 32;
        int csw = LittleEndian.U16(wordDocument, pos, "FIB csw");
        pos += 2 + csw * 2;
        int cslw = LittleEndian.U16(wordDocument, pos, "FIB cslw");
        int rgLw = pos + 2;
        if (cslw < 11)
            throw new DocFormatException($"FIB has {cslw} story-length fields, expected at least 11");
        LittleEndian.Check(wordDocument, rgLw, cslw * 4L, "FIB fibRgLw");
        pos = rgLw + cslw * 4;
        int cbRgFcLcb = LittleEndian.U16(wordDocument, pos, "FIB cbRgFcLcb");
        int rgFcLcb = pos + 2;
        if (cbRgFcLcb <= PairClx)
            throw new DocFormatException($"FIB has {cbRgFcLcb} offset/length pairs, too few for a piece table");
        LittleEndian.Check(wordDocument, rgFcLcb, cbRgFcLcb * 8L, "FIB fibRgFcLcb");

        int Lw(int index) => LittleEndian.I32(wordDocument, rgLw + index * 4, "FIB fibRgLw");
        (int, int) Pair(int index) => (LittleEndian.I32(wordDocument, rgFcLcb + index * 8, "FIB fibRgFcLcb"),
                                       LittleEndian.I32(wordDocument, rgFcLcb + index * 8 + 4, "FIB fibRgFcLcb"));
        var fib = new Fib
        {
            NFib = nFib,
            Obfuscated = obfuscated,
            UseTable1 = (flags & 0x0200) != 0,
            CcpText = Lw(3),
            CcpFtn = Lw(4),
            CcpHdd = Lw(5),
            CcpAtn = Lw(7),
            CcpEdn = Lw(8),
            CcpTxbx = Lw(9),
            CcpHdrTxbx = Lw(10),
            PlcfHdd = Pair(PairPlcfHdd),
            PlcfBtePapx = Pair(PairPlcfBtePapx),
            PlcfBteChpx = Pair(PairPlcfBteChpx),
            Clx = Pair(PairClx),
            Stshf = Pair(PairStshf),
            // Lists came with Word 97's FibRgFcLcb97; a shorter (older) array has none.
            PlfLst = cbRgFcLcb > PairPlfLfo ? Pair(PairPlfLst) : (0, 0),
            PlfLfo = cbRgFcLcb > PairPlfLfo ? Pair(PairPlfLfo) : (0, 0),
        };
        if (fib.CcpText < 0 || fib.CcpFtn < 0 || fib.CcpHdd < 0)
            throw new DocFormatException("FIB has negative story lengths");
        return fib;
    }
}
