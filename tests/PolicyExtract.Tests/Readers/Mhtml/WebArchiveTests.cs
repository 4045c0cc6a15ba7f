using System.Text;
using PolicyExtract.Model;
using PolicyExtract.Readers;
using PolicyExtract.Readers.Mhtml;
using PolicyExtract.Tests.Support;

namespace PolicyExtract.Tests.Readers.Mhtml;

/// <summary>
/// Web archives (MHTML) as Word writes them for "Single File Web Page", often served as .doc: a real sample page
/// wrapped the way Word wraps it must read exactly like the page itself.
/// </summary>
public class WebArchiveTests
{
    static WebArchiveTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private const string Sample = "samples/html/wuxi-education-bureau-disclosure-table.html";

    private static string QuotedPrintable(byte[] bytes)
    {
        // Word's style: =XX for every byte outside printable ASCII and for '=', soft breaks every 76 columns.
        var sb = new StringBuilder();
        int col = 0;
        foreach (byte b in bytes)
        {
            string piece = b == (byte)'\n' ? "\r\n" : b == (byte)'\r' ? "" : b is >= 33 and <= 126 and not (byte)'=' || b == ' ' ? ((char)b).ToString() : $"={b:X2}";
            if (piece == "\r\n") { sb.Append(piece); col = 0; continue; }
            if (col + piece.Length > 75) { sb.Append("=\r\n"); col = 0; }
            sb.Append(piece);
            col += piece.Length;
        }
        return sb.ToString();
    }

    private static byte[] Archive(string html, string charset, string transferEncoding)
    {
        var body = Encoding.GetEncoding(charset).GetBytes(html);
        string encoded = transferEncoding == "base64" ? Convert.ToBase64String(body, Base64FormattingOptions.InsertLineBreaks) : QuotedPrintable(body);
        var mime = "MIME-Version: 1.0\r\n"
                   + "Content-Type: multipart/related;\r\n\tboundary=\"----=_NextPart_01D6A1B2.3C4D5E60\"\r\n\r\n"
                   + "This document is a Single File Web Page, also known as a Web Archive file.\r\n\r\n"
                   + "------=_NextPart_01D6A1B2.3C4D5E60\r\n"
                   + "Content-Location: file:///C:/D2A1B2C3/notice.htm\r\n"
                   + $"Content-Transfer-Encoding: {transferEncoding}\r\n"
                   + $"Content-Type: text/html; charset=\"{charset}\"\r\n\r\n"
                   + encoded + "\r\n\r\n"
                   + "------=_NextPart_01D6A1B2.3C4D5E60\r\n"
                   + "Content-Location: file:///C:/D2A1B2C3/notice.files/filelist.xml\r\n"
                   + "Content-Transfer-Encoding: quoted-printable\r\n"
                   + "Content-Type: text/xml; charset=\"utf-8\"\r\n\r\n"
                   + "<xml xmlns:o=3D\"urn:schemas-microsoft-com:office:office\"></xml>\r\n"
                   + "------=_NextPart_01D6A1B2.3C4D5E60--\r\n";
        return Encoding.ASCII.GetBytes(mime);
    }

    [TestCase("gb2312", "quoted-printable", "gb18030")]
    [TestCase("utf-8", "base64", "utf-8")]
    public void WebArchiveNamedDoc_ReadsLikeThePageItself(string charset, string transfer, string expectedEncoding)
    {
        var pageBytes = File.ReadAllBytes(Path.Combine(RepoPaths.Root, Sample));
        var page = ReaderSelector.CreateDefault().Read(pageBytes, Sample);
        var html = Encoding.UTF8.GetString(pageBytes);
        var archive = Archive(html, charset, transfer);
        Assert.That(WebArchive.LooksLikeWebArchive(archive));
        var doc = ReaderSelector.CreateDefault().Read(archive, "notice.doc");
        Assert.That(doc.Source.Format, Is.EqualTo(SourceFormat.Html));
        Assert.That(doc.Source.Encoding, Is.EqualTo(expectedEncoding));
        Assert.That(doc.Source.Bytes, Is.EqualTo(archive.Length));
        Assert.That(doc.Source.Sha256, Is.EqualTo(SourceFiles.Sha256Hex(archive)));
        Assert.That(doc.Text, Is.EqualTo(page.Text));
        Assert.That(doc.Blocks.Select(b => (b.Kind, b.Span)), Is.EqualTo(page.Blocks.Select(b => (b.Kind, b.Span))));
        Assert.That(doc.Metadata.Select(m => (m.Key, m.Value)), Is.EqualTo(page.Metadata.Select(m => (m.Key, m.Value))));
        Assert.That(doc.ReadWarnings, Has.Some.Contains("web archive"));
    }

    [Test]
    public void WebArchiveWithoutHtml_SaysSo()
    {
        var mime = "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: image/png\r\n\r\nxx\r\n--b--\r\n";
        var ex = Assert.Throws<DocumentReadException>(() => ReaderSelector.CreateDefault().Read(Encoding.ASCII.GetBytes(mime), "x.doc"));
        Assert.That(ex!.Reason, Is.EqualTo("web archive (MHTML) without an HTML part"));
    }

    [TestCase("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=x\r\n", true)]
    [TestCase("MIME-Version: 1.0\r\nContent-Type: text/plain\r\n", false)]
    [TestCase("<html><body>MIME-Version: multipart/related</body></html>", false)]
    public void LooksLikeWebArchive_NeedsAMultipartRelatedMessage(string head, bool expected) =>
        Assert.That(WebArchive.LooksLikeWebArchive(Encoding.ASCII.GetBytes(head)), Is.EqualTo(expected));
}
