using System.Text;
using System.Text.RegularExpressions;

namespace PolicyExtract.Readers.Mhtml;

/// <summary>
/// A web archive (MHTML, RFC 2557): what Word writes for "Single File Web Page", and what many government sites
/// serve under a .doc name. Only the HTML part matters; it is taken out, decoded, and read as HTML.
/// </summary>
public static partial class WebArchive
{
    static WebArchive() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The HTML part of a web archive, as UTF-8 with a BOM, and the charset it was written in.</summary>
    public sealed record HtmlPart(byte[] Utf8Html, string Encoding);

    /// <summary>Whether the content starts like a MIME message that is multipart/related.</summary>
    public static bool LooksLikeWebArchive(ReadOnlySpan<byte> head)
    {
        var start = System.Text.Encoding.Latin1.GetString(head[..Math.Min(head.Length, 2048)]).TrimStart();
        return (start.StartsWith("MIME-Version:", StringComparison.OrdinalIgnoreCase)
                || start.StartsWith("From:", StringComparison.OrdinalIgnoreCase)
                || start.StartsWith("Content-Type:", StringComparison.OrdinalIgnoreCase))
               && start.Contains("multipart/related", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Finds the first text/html part and decodes it (quoted-printable, base64 or plain, in its declared charset).
    /// Throws <see cref="DocumentReadException"/> when there is none.
    /// </summary>
    public static HtmlPart ExtractHtml(ReadOnlySpan<byte> bytes)
    {
        // MIME headers and the encoded bodies are ASCII; Latin-1 keeps any 8-bit body byte as one char.
        string message = System.Text.Encoding.Latin1.GetString(bytes);
        var (headers, body) = SplitHeaders(message);
        var boundary = Parameter(Header(headers, "Content-Type") ?? "", "boundary")
            ?? throw new DocumentReadException("web archive (MHTML) without a multipart boundary");
        foreach (var part in body.Split("--" + boundary))
        {
            var p = part.TrimStart('\r', '\n');
            if (p.StartsWith("--", StringComparison.Ordinal))
                break; // the closing delimiter
            var (partHeaders, partBody) = SplitHeaders(p);
            var type = Header(partHeaders, "Content-Type") ?? "";
            if (!type.TrimStart().StartsWith("text/html", StringComparison.OrdinalIgnoreCase))
                continue;
            byte[] raw = (Header(partHeaders, "Content-Transfer-Encoding") ?? "").Trim().ToLowerInvariant() switch
            {
                "quoted-printable" => QuotedPrintable(partBody),
                "base64" => Convert.FromBase64String(WhiteSpace().Replace(partBody, "")),
                _ => System.Text.Encoding.Latin1.GetBytes(partBody),
            };
            var charset = Parameter(type, "charset")?.Trim().ToLowerInvariant();
            // GB2312 and GBK labels mean GB18030 in practice, as for web pages.
            if (charset is "gb2312" or "gbk" or "x-gbk" or "gb_2312-80")
                charset = "gb18030";
            Encoding enc;
            try
            {
                enc = charset is null ? new UTF8Encoding(false) : System.Text.Encoding.GetEncoding(charset);
            }
            catch (ArgumentException)
            {
                enc = new UTF8Encoding(false);
            }
            var html = enc.GetString(raw);
            return new HtmlPart([.. System.Text.Encoding.UTF8.GetPreamble(), .. System.Text.Encoding.UTF8.GetBytes(html)], enc.WebName);
        }
        throw new DocumentReadException("web archive (MHTML) without an HTML part");
    }

    private static (string Headers, string Body) SplitHeaders(string s)
    {
        var m = BlankLine().Match(s);
        return m.Success ? (s[..m.Index], s[(m.Index + m.Length)..]) : (s, "");
    }

    /// <summary>A header's value, with folded continuation lines unfolded.</summary>
    private static string? Header(string headers, string name)
    {
        var unfolded = Folding().Replace(headers, " ");
        foreach (var line in unfolded.Split('\n'))
        {
            var l = line.TrimEnd('\r');
            if (l.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase))
                return l[(name.Length + 1)..].Trim();
        }
        return null;
    }

    private static string? Parameter(string headerValue, string name)
    {
        var m = Regex.Match(headerValue, name + @"\s*=\s*(?:""([^""]*)""|([^;\s]+))", RegexOptions.IgnoreCase);
        return m.Success ? (m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value) : null;
    }

    private static byte[] QuotedPrintable(string s)
    {
        var bytes = new List<byte>(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == '=' && i + 1 < s.Length && (s[i + 1] == '\r' || s[i + 1] == '\n'))
            {
                // Soft line break: "=" at the end of a line joins it to the next.
                i += s[i + 1] == '\r' && i + 2 < s.Length && s[i + 2] == '\n' ? 2 : 1;
            }
            else if (c == '=' && i + 2 < s.Length && Uri.IsHexDigit(s[i + 1]) && Uri.IsHexDigit(s[i + 2]))
            {
                bytes.Add(Convert.ToByte(s.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
                bytes.Add((byte)c);
        }
        return [.. bytes];
    }

    [GeneratedRegex(@"\r?\n\r?\n")]
    private static partial Regex BlankLine();

    [GeneratedRegex(@"\r?\n[ \t]+")]
    private static partial Regex Folding();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
