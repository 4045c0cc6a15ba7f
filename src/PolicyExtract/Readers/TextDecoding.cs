using System.Text;

namespace PolicyExtract.Readers;

/// <summary>Byte-level decoding shared by the text and HTML readers: BOMs, strict UTF-8, the GB18030 fallback, binary detection.</summary>
public static class TextDecoding
{
    static TextDecoding()
    {
        // GB2312, GBK and GB18030 live in the code-pages provider, which ships with the shared framework but is
        // not registered by default.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>GB18030, the superset of GB2312 and GBK, used for every GB label and as the fallback for non-UTF-8 bytes.</summary>
    public static Encoding Gb18030 { get; } = CreateGb18030();

    private static Encoding CreateGb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("gb18030");
    }

    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    /// <summary>The encoding announced by a byte-order mark and the BOM's length, or null.</summary>
    public static (Encoding Encoding, int Length)? DetectBom(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return (StrictUtf8, 3);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return (new UnicodeEncoding(false, false, true), 2);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return (new UnicodeEncoding(true, false, true), 2);
        return null;
    }

    public static bool IsValidUtf8(ReadOnlySpan<byte> bytes) => System.Text.Unicode.Utf8.IsValid(bytes);

    /// <summary>
    /// Maps a declared charset label to an encoding: GB2312/GBK/GB18030 labels (and their aliases) to GB18030, other
    /// labels through <see cref="Encoding.GetEncoding(string)"/>. Null for a label nobody knows.
    /// </summary>
    public static Encoding? FromLabel(string label)
    {
        var l = label.Trim().Trim('"', '\'').ToLowerInvariant();
        if (l is "gb2312" or "gbk" or "gb18030" or "x-gbk" or "cp936" or "windows-936" or "ms936" or "csgb2312" or "chinese" or "gb_2312-80" or "iso-ir-58" or "euc-cn")
            return Gb18030;
        if (l is "utf-8" or "utf8" or "unicode-1-1-utf-8") return StrictUtf8;
        try { return Encoding.GetEncoding(l); }
        catch (ArgumentException) { return null; }
    }

    /// <summary>The name written to the output for an encoding (utf-8, utf-16le, utf-16be, gb18030…).</summary>
    public static string NameOf(Encoding e) => e switch
    {
        UTF8Encoding => "utf-8",
        UnicodeEncoding u when u.CodePage == 1201 => "utf-16be",
        UnicodeEncoding => "utf-16le",
        _ when e.CodePage == 54936 => "gb18030",
        _ => e.WebName,
    };

    /// <summary>
    /// Decodes bytes with no declaration: BOM first, then strict UTF-8, then GB18030. Throws
    /// <see cref="DocumentReadException"/> for content that is not text at all.
    /// </summary>
    public static (string Text, string EncodingName) DecodeUndeclared(ReadOnlySpan<byte> bytes)
    {
        if (DetectBom(bytes) is { } bom)
            return (Decode(bom.Encoding, bytes[bom.Length..]), NameOf(bom.Encoding));
        if (LooksBinary(bytes))
            throw new DocumentReadException("not a text document (binary content)");
        if (IsValidUtf8(bytes))
            return (StrictUtf8.GetString(bytes), "utf-8");
        return (Decode(Gb18030, bytes), "gb18030");
    }

    /// <summary>Decodes strictly, turning invalid bytes into a reader error rather than replacement characters.</summary>
    public static string Decode(Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        var strict = (Encoding)encoding.Clone();
        strict.DecoderFallback = DecoderFallback.ExceptionFallback;
        try { return strict.GetString(bytes); }
        catch (DecoderFallbackException)
        {
            throw new DocumentReadException($"not a text document: bytes invalid in {NameOf(encoding)}");
        }
    }

    /// <summary>
    /// True when bytes look like binary data: a NUL byte, or more than 2% control characters other than tab,
    /// line feed, carriage return, form feed and escape. Text in any of the encodings we read has neither (UTF-16
    /// is recognised by its BOM before this check).
    /// </summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes.Length > 65536 ? bytes[..65536] : bytes;
        int control = 0;
        foreach (var b in sample)
        {
            if (b == 0) return true;
            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0D or 0x0C or 0x1B)) control++;
        }
        return control * 50 > sample.Length;
    }
}
