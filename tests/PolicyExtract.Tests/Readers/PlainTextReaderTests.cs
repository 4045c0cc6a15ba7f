using System.Text;
using PolicyExtract.Model;
using PolicyExtract.Readers;

namespace PolicyExtract.Tests.Readers;

public class PlainTextReaderTests : ReaderTestBase
{
    private const string Body = "关于印发某某办法的通知\r\n各有关单位：\r\n\r\n\t县教育局\t2022年\r\n";

    public static IEnumerable<TestCaseData> Encodings()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        yield return new TestCaseData(new UTF8Encoding(false).GetBytes(Body), "utf-8").SetName("PlainText_Utf8NoBom");
        yield return new TestCaseData(new UTF8Encoding(true).GetPreamble().Concat(new UTF8Encoding(false).GetBytes(Body)).ToArray(), "utf-8").SetName("PlainText_Utf8Bom");
        yield return new TestCaseData(new UnicodeEncoding(false, true).GetPreamble().Concat(new UnicodeEncoding(false, false).GetBytes(Body)).ToArray(), "utf-16le").SetName("PlainText_Utf16LeBom");
        yield return new TestCaseData(new UnicodeEncoding(true, true).GetPreamble().Concat(new UnicodeEncoding(true, false).GetBytes(Body)).ToArray(), "utf-16be").SetName("PlainText_Utf16BeBom");
        yield return new TestCaseData(Encoding.GetEncoding("gb18030").GetBytes(Body), "gb18030").SetName("PlainText_Gb18030Fallback");
    }

    [TestCaseSource(nameof(Encodings))]
    public void PlainTextReader_Decodes_NormalizesLineEnds_KeepsTabs(byte[] bytes, string encoding)
    {
        var doc = Read(bytes, "a.txt");
        Assert.That(doc.Source.Encoding, Is.EqualTo(encoding));
        Assert.That(doc.Text, Is.EqualTo("关于印发某某办法的通知\n各有关单位：\n\n\t县教育局\t2022年\n"));
        Assert.That(doc.Blocks.Select(b => b.Locator), Is.EqualTo(new[] { "line 1", "line 2", "line 4" }));
    }

    [Test]
    public void PlainTextReader_Utf16Sample_ReadsLikeTheUtf8One()
    {
        var utf16 = Sample("text/jishan-county-action-plan-utf16le-crlf.txt");
        var utf8 = Sample("text/jishan-county-action-plan-web-text.txt");
        Assert.That(utf16.Text, Is.EqualTo(utf8.Text));
        Assert.That(utf16.Source.Encoding, Is.EqualTo("utf-16le"));
    }

    [Test]
    public void PlainTextReader_WhitespaceOnly_IsAnError()
    {
        var ex = Assert.Throws<DocumentReadException>(() => Read(Encoding.UTF8.GetBytes(" \n\t\n"), "a.txt"));
        Assert.That(ex!.Reason, Does.StartWith("empty file"));
    }

    [TestCase("text.html", "各有关单位：\n现将办法印发给你们。", SourceFormat.Text)]
    [TestCase("page.txt", "<!DOCTYPE html><html><body><p>各有关单位</p></body></html>", SourceFormat.Html)]
    [TestCase("page.txt", "  <html>\n<body><p>各有关单位</p></body></html>", SourceFormat.Html)]
    [TestCase("a.txt", "<各有关单位>：现将办法印发给你们。", SourceFormat.Text)]
    public void ReaderSelector_ContentDecides_NotTheExtension(string name, string content, SourceFormat expected) =>
        Assert.That(ReaderSelector.Sniff(Encoding.UTF8.GetBytes(content), name), Is.EqualTo(expected));

    [Test]
    public void ReaderSelector_Ole2_IsTheDocFormat_SoADocReaderCanBeRegistered() =>
        Assert.That(ReaderSelector.Sniff([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0], "x.doc"), Is.EqualTo(SourceFormat.Doc));
}
