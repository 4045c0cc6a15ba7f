using System.IO.Compression;
using System.Text;
using PolicyExtract.Model;
using PolicyExtract.Readers.Doc;
using PolicyExtract.Readers.Docx;
using PolicyExtract.Readers.Html;
using PolicyExtract.Readers.Mhtml;
using PolicyExtract.Readers.Rtf;
using PolicyExtract.Readers.Text;

namespace PolicyExtract.Readers;

/// <summary>
/// Picks a reader by sniffing the content first and looking at the extension second: a file named .html that holds
/// plain text is read as text, a .txt that holds a web page as HTML. The extension only decides what the content
/// cannot (a .docx that is not a zip is an error, not a text file). An OLE2 compound file is read as Word whatever
/// its name (WPS saves .wps files in that format). Formats without a registered reader (PDF) are reported by name.
/// </summary>
public sealed class ReaderSelector
{
    private readonly IReadOnlyDictionary<SourceFormat, IDocumentReader> _readers;

    /// <summary>One reader per format; a later reader for the same format replaces an earlier one.</summary>
    public ReaderSelector(IEnumerable<IDocumentReader> readers)
    {
        var map = new Dictionary<SourceFormat, IDocumentReader>();
        foreach (var r in readers)
            map[r.Format] = r;
        _readers = map;
    }

    /// <summary>The shipped readers. A reader for a new format (the legacy .doc, say) is added here.</summary>
    public static ReaderSelector CreateDefault() => new([new PlainTextReader(), new HtmlReader(), new DocxReader(), new DocReader(), new RtfReader()]);

    public IReadOnlyCollection<SourceFormat> Formats => _readers.Keys.ToList();

    public PolicyDocument Read(ReadOnlyMemory<byte> bytes, string path)
    {
        // A web archive (.mht, or Word's "single file web page" under a .doc name) is read through its HTML part.
        if (WebArchive.LooksLikeWebArchive(bytes.Span) && _readers.TryGetValue(SourceFormat.Html, out var html))
            return ReadWebArchive(html, bytes, path);
        var format = Sniff(bytes.Span, path);
        if (!_readers.TryGetValue(format, out var reader))
            throw new DocumentReadException(UnsupportedReason(format, path));
        return reader.Read(bytes, path);
    }

    private static PolicyDocument ReadWebArchive(IDocumentReader html, ReadOnlyMemory<byte> bytes, string path)
    {
        var part = WebArchive.ExtractHtml(bytes.Span);
        var doc = html.Read(part.Utf8Html, path);
        // The source is the archive file: its hash and size, the HTML part's charset.
        return new PolicyDocument
        {
            Source = doc.Source with { Encoding = part.Encoding, Sha256 = SourceFiles.Sha256Hex(bytes.Span), Bytes = bytes.Length },
            Text = doc.Text,
            Blocks = doc.Blocks,
            Metadata = doc.Metadata,
            HeadersAndFooters = doc.HeadersAndFooters,
            ReadWarnings = [.. doc.ReadWarnings, "read the HTML part of a web archive (MHTML)"],
        };
    }

    private static string UnsupportedReason(SourceFormat format, string path) => format switch
    {
        SourceFormat.Doc when Path.GetExtension(path).Equals(".wps", StringComparison.OrdinalIgnoreCase)
            => "WPS Office .wps document (OLE2 compound file) is not supported; save it as .docx",
        SourceFormat.Doc => "legacy Word .doc document (OLE2 compound file) is not supported; save it as .docx",
        _ => $"{format.ToString().ToLowerInvariant()} documents are not supported",
    };

    private static readonly byte[] Ole2Magic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>
    /// Decides the format from the bytes (and the file name where the bytes cannot). Throws
    /// <see cref="DocumentReadException"/> for content no reader could ever read: empty files, PDF, zip
    /// archives that are not Word documents, binary data.
    /// </summary>
    public static SourceFormat Sniff(ReadOnlySpan<byte> head, string path)
    {
        var ext = Path.GetExtension(path).ToLowerInvariant();
        if (head.Length == 0)
            throw new DocumentReadException("empty file");
        if (head.StartsWith(Ole2Magic))
            return SourceFormat.Doc;
        if (head.StartsWith("%PDF"u8))
            throw new DocumentReadException("PDF document is not supported; convert it to .docx or text first");
        // Government sites serve RTF under a .doc name; the content says what it is.
        if (RtfReader.LooksLikeRtf(head))
            return SourceFormat.Rtf;
        if (head.StartsWith("PK\u0003\u0004"u8) || head.StartsWith("PK\u0005\u0006"u8))
            return SniffZip(head, ext);
        if (ext is ".docx" or ".docm" or ".dotx")
            throw new DocumentReadException($"not a Word {ext} file: the content is not a zip container");
        if (ext is ".doc" or ".wps" && !LooksLikeMarkupOrText(head))
            throw new DocumentReadException($"not a Word {ext} file: no OLE2 compound-file header");
        if (TextDecoding.DetectBom(head) is null && TextDecoding.LooksBinary(head))
            throw new DocumentReadException("not a text document (binary content)");
        return LooksLikeHtml(head) ? SourceFormat.Html : SourceFormat.Text;
    }

    private static bool LooksLikeMarkupOrText(ReadOnlySpan<byte> head) =>
        TextDecoding.DetectBom(head) is not null || !TextDecoding.LooksBinary(head);

    private static SourceFormat SniffZip(ReadOnlySpan<byte> bytes, string ext)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes.ToArray(), writable: false), ZipArchiveMode.Read);
            if (zip.GetEntry("word/document.xml") is not null)
                return SourceFormat.Docx;
            if (zip.GetEntry("content.xml") is not null)
                throw new DocumentReadException("OpenDocument (.odt) files are not supported; save it as .docx");
            throw new DocumentReadException("zip archive that is not a Word document (no word/document.xml)");
        }
        catch (InvalidDataException)
        {
            throw new DocumentReadException(ext == ".docx"
                ? "not a readable .docx: the zip container is truncated or damaged"
                : "damaged zip archive (truncated or corrupt)");
        }
    }

    /// <summary>
    /// True when the text starts (after a BOM, whitespace and comments) with markup that belongs to a web page:
    /// a doctype, or one of the html, head, body, meta, title, div, p, table tags.
    /// </summary>
    public static bool LooksLikeHtml(ReadOnlySpan<byte> head)
    {
        string start;
        if (TextDecoding.DetectBom(head) is { } bom)
        {
            var body = head[bom.Length..];
            if (body.Length > 4096) body = body[..4096];
            // The cut can fall inside a character (a 3-byte UTF-8 character, a surrogate pair): a decoder that is not
            // flushed keeps such a tail for later instead of failing on it. Bytes that are invalid in themselves are
            // left to the reader, which reports them; here they only mean "not HTML".
            try
            {
                var decoder = bom.Encoding.GetDecoder();
                var chars = new char[bom.Encoding.GetMaxCharCount(body.Length)];
                int n = decoder.GetChars(body, chars, flush: false);
                start = new string(chars, 0, n);
            }
            catch (DecoderFallbackException)
            {
                return false;
            }
        }
        else
            start = Encoding.Latin1.GetString(head.Length > 4096 ? head[..4096] : head);
        start = start.TrimStart();
        if (!start.StartsWith('<'))
            return false;
        var lower = start.ToLowerInvariant();
        foreach (var tag in (string[])["<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<div", "<p>", "<p ", "<table", "<!--", "<?xml"])
            if (lower.StartsWith(tag, StringComparison.Ordinal))
                return tag is not ("<!--" or "<?xml") || lower.Contains("<html", StringComparison.Ordinal) || lower.Contains("<body", StringComparison.Ordinal);
        return false;
    }
}
