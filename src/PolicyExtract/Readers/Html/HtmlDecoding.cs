using System.Text;
using System.Text.RegularExpressions;

namespace PolicyExtract.Readers.Html;

/// <summary>
/// Decides how a web page's bytes are decoded: a BOM wins, then a declared charset (&lt;meta charset&gt;,
/// http-equiv Content-Type, an XML declaration) checked against the bytes, then UTF-8 when the bytes are valid UTF-8,
/// else GB18030 (which also covers GB2312 and GBK, the usual encodings of undeclared Chinese pages).
/// </summary>
public static partial class HtmlDecoding
{
    /// <summary>The decoded text, the encoding's output name, and a warning when the declaration was wrong.</summary>
    public static (string Text, string Encoding, string? Warning) Decode(ReadOnlySpan<byte> bytes)
    {
        if (TextDecoding.DetectBom(bytes) is { } bom)
            return (TextDecoding.Decode(bom.Encoding, bytes[bom.Length..]), TextDecoding.NameOf(bom.Encoding), null);

        var declaredLabel = DeclaredCharset(bytes);
        var declared = declaredLabel is null ? null : TextDecoding.FromLabel(declaredLabel);
        bool validUtf8 = TextDecoding.IsValidUtf8(bytes);
        if (declared is UTF8Encoding && !validUtf8)
            return (Lenient(TextDecoding.Gb18030, bytes), "gb18030",
                "page declares utf-8 but its bytes are not valid UTF-8; decoded as GB18030");
        if (declared is not null)
        {
            try { return (TextDecoding.Decode(declared, bytes), TextDecoding.NameOf(declared), null); }
            catch (DocumentReadException)
            {
                if (validUtf8)
                    return (Encoding.UTF8.GetString(bytes), "utf-8", $"page declares {declaredLabel} but its bytes are UTF-8; decoded as UTF-8");
                return (Lenient(declared, bytes), TextDecoding.NameOf(declared), $"bytes invalid in the declared charset {declaredLabel} were replaced");
            }
        }
        string? warning = declaredLabel is null ? null : $"unknown charset '{declaredLabel}' ignored";
        if (validUtf8)
            return (Encoding.UTF8.GetString(bytes), "utf-8", warning);
        return (Lenient(TextDecoding.Gb18030, bytes), "gb18030", warning);
    }

    private static string Lenient(Encoding e, ReadOnlySpan<byte> bytes)
    {
        var copy = (Encoding)e.Clone();
        copy.DecoderFallback = DecoderFallback.ReplacementFallback;
        return copy.GetString(bytes);
    }

    /// <summary>The charset label declared in the first 4 KiB (read as Latin-1, which every ASCII-compatible encoding agrees with), or null.</summary>
    public static string? DeclaredCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes.Length > 4096 ? bytes[..4096] : bytes);
        foreach (Match meta in MetaTag().Matches(head))
        {
            var m = CharsetAttr().Match(meta.Value);
            if (m.Success)
                return m.Groups[1].Value;
        }
        var xml = XmlDecl().Match(head);
        return xml.Success ? xml.Groups[1].Value : null;
    }

    [GeneratedRegex(@"<meta\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex MetaTag();

    // Matches both <meta charset="gbk"> and content="text/html; charset=gb2312".
    [GeneratedRegex(@"charset\s*=\s*[""']?\s*([A-Za-z0-9_:.\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetAttr();

    [GeneratedRegex(@"^\s*<\?xml[^>]*encoding\s*=\s*[""']([A-Za-z0-9_.\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex XmlDecl();
}
