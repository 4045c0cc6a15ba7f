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

    // The sniffer looks at the first 4096 bytes after the BOM; with three-byte characters that cut falls inside one
    // (4096 = 3 × 1365 + 1), which must not fail the file.
    public static IEnumerable<TestCaseData> LongBomFiles()
    {
        var text = new string('关', 2000) + "\n" + string.Concat(Enumerable.Repeat("各有关单位：现将办法印发给你们，请认真贯彻执行。\n", 20));
        byte[] Bom(Encoding e, string t) => [.. e.GetPreamble(), .. e.GetBytes(t)];
        // Byte 4096 after the BOM is a UTF-8 continuation byte (10xxxxxx): the cut is inside a character.
        byte[] Utf8(string t)
        {
            var b = Bom(new UTF8Encoding(true), t);
            if ((b[3 + 4096] & 0xC0) != 0x80) throw new InvalidOperationException("the test text must put a character across byte 4096");
            return b;
        }
        yield return new TestCaseData(Utf8(text), "a.txt", SourceFormat.Text).SetName("ReaderSelector_Utf8BomOver4K_CutInsideACharacter_IsText");
        yield return new TestCaseData(Utf8("<html><body><p>" + text + "</p></body></html>"), "a.txt", SourceFormat.Html)
            .SetName("ReaderSelector_Utf8BomOver4K_CutInsideACharacter_IsHtml");
        // A surrogate pair (𠀀, four bytes in UTF-16) across byte 4096 after the BOM: 2047 characters of two bytes first.
        var pair = new string('字', 2047) + "\U00020000" + text;
        yield return new TestCaseData(Bom(new UnicodeEncoding(false, true), pair), "a.txt", SourceFormat.Text).SetName("ReaderSelector_Utf16BomOver4K_CutInsideASurrogatePair_IsText");
    }

    [TestCaseSource(nameof(LongBomFiles))]
    public void ReaderSelector_BomFileOver4K_IsSniffedAndRead(byte[] bytes, string name, SourceFormat expected)
    {
        Assert.That(ReaderSelector.Sniff(bytes, name), Is.EqualTo(expected));
        var doc = Read(bytes, name);
        Assert.That(doc.Source.Format, Is.EqualTo(expected));
        Assert.That(doc.Text, Does.Contain("请认真贯彻执行。"));
    }
}
