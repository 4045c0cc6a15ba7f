using System.Text;
using PolicyExtract.Model;
using PolicyExtract.Readers;
using PolicyExtract.Readers.Rtf;
using PolicyExtract.Tests.Support;

namespace PolicyExtract.Tests.Readers.Rtf;

public class RtfReaderTests
{
    static RtfReaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static PolicyDocument Read(string rtf) => new RtfReader().Read(Encoding.ASCII.GetBytes(rtf), "t.rtf");

    private static string[] Paragraphs(PolicyDocument doc) =>
        doc.Blocks.Where(b => b.Kind == BlockKind.Paragraph).Select(b => doc.Slice(b.Span)).ToArray();

    [Test]
    public void ReaderSelector_RoutesRtfNamedDocByContent()
    {
        // samples/doc/rtf-named.doc is LibreOffice's RTF export of the same source as notice.doc, under a .doc name.
        var bytes = File.ReadAllBytes(Path.Combine(RepoPaths.Samples, "doc", "rtf-named.doc"));
        var doc = ReaderSelector.CreateDefault().Read(bytes, "samples/doc/rtf-named.doc");
        Assert.That(doc.Source.Format, Is.EqualTo(SourceFormat.Rtf));
        Assert.That(Paragraphs(doc), Is.EqualTo(new[]
        {
            "锡教发〔2020〕86号",
            "关于做好2020年学校安全工作的通知",
            "各市（县）区教育局，各直属学校：",
            "为切实做好学校安全工作，现将有关事项通知如下。",
            "Contact: Mr. Smith, phone 0510-81234567.",
            "第一行第二行",
            "无锡市教育局",
            "2020年5月11日",
        }));
        var table = doc.Blocks.Single(b => b.Kind == BlockKind.Table);
        var cells = table.Rows.Select(r => r.Cells.Select(c => doc.Slice(c.Span)).ToArray()).ToArray();
        Assert.That(cells, Is.EqualTo(new[]
        {
            new[] { "序号", "工作任务", "责任单位" },
            new[] { "1", "开展校园安全隐患排查 每月一次", "各市（县）区教育局" },
            new[] { "2", "Safety drill", "" },
        }));
        Assert.That(doc.HeadersAndFooters, Is.EqualTo(new[] { "无锡市教育局文件", "第2页" }));
        Assert.That(doc.Text, Does.Not.Contain("本通知自印发之日起施行"), "footnote stays out of the body");
        var meta = doc.Metadata.ToDictionary(m => m.Key, m => m.Value);
        Assert.That(meta[MetadataKeys.PropertiesTitle], Is.EqualTo("关于做好2020年学校安全工作的通知"), "Unicode copy of \\upr, not the ANSI one");
        Assert.That(meta[MetadataKeys.PropertiesCreator], Is.EqualTo("无锡市教育局办公室"));
    }

    [Test]
    public void RtfReader_KeepsListLabelsAsTheDocReaderDoes()
    {
        // LibreOffice's RTF export of numbering.fodt writes each label in {\listtext 一、\tab}.
        var dir = Path.Combine(RepoPaths.Samples, "doc");
        var rtf = ReaderSelector.CreateDefault().Read(File.ReadAllBytes(Path.Combine(dir, "numbering-rtf.doc")), "numbering-rtf.doc");
        var doc = ReaderSelector.CreateDefault().Read(File.ReadAllBytes(Path.Combine(dir, "numbering.doc")), "numbering.doc");
        Assert.That(rtf.Source.Format, Is.EqualTo(SourceFormat.Rtf));
        Assert.That(Paragraphs(rtf), Is.EqualTo(Paragraphs(doc)));
        Assert.That(Paragraphs(rtf), Does.Contain("（二）工作目标"));
    }

    [Test]
    public void RtfReader_DecodesHexBytesWithTheFontCharset()
    {
        // As Word writes Chinese RTF: GBK byte pairs under a font with \fcharset134, ANSI code page 936.
        var gbk = Encoding.GetEncoding(936).GetBytes("无锡市教育局");
        string hex = string.Concat(gbk.Select(b => $"\\'{b:x2}"));
        var doc = Read($"{{\\rtf1\\ansi\\ansicpg936{{\\fonttbl{{\\f0\\fnil\\fcharset0 Arial;}}{{\\f1\\fnil\\fcharset134 \\'cb\\'ce\\'cc\\'e5;}}}}"
                       + $"\\pard\\f1 {hex}\\f0  Office\\par}}");
        Assert.That(Paragraphs(doc), Is.EqualTo(new[] { "无锡市教育局 Office" }));
    }

    [Test]
    public void RtfReader_UnicodeEscapesSkipTheirFallback()
    {
        var doc = Read("{\\rtf1\\ansi\\uc1 \\u38177\\'3f\\u25945?x\\uc2 \\u21457\\'3f\\'3fy\\u-3\\'3f\\par}");
        Assert.That(Paragraphs(doc), Is.EqualTo(new[] { "锡教x发y\uFFFD" }));
    }

    [Test]
    public void RtfReader_KeepsFieldResultsAndDropsInstructions()
    {
        var doc = Read("{\\rtf1\\ansi {\\field{\\*\\fldinst { DOCPROPERTY \"DocNo\" }}{\\fldrslt {\\u38177?\\u25945?\\u21457?\\u12308?2020\\u12309?86\\u21495?}}}\\par}");
        Assert.That(Paragraphs(doc), Is.EqualTo(new[] { "锡教发〔2020〕86号" }));
    }

    [Test]
    public void RtfReader_SkipsDestinationsAndKeepsSymbols()
    {
        var doc = Read("{\\rtf1\\ansi{\\colortbl;\\red0\\green0\\blue0;}{\\stylesheet{\\s0 Normal;}}{\\*\\generator x;}"
                       + "{\\pict\\pngblip 89504e47}a\\tab b\\line c\\{d\\}\\\\ \\endash\\~e\\par\\pard second\\par}");
        Assert.That(Paragraphs(doc), Is.EqualTo(new[] { "a\tb c{d}\\ \u2013\u00A0e", "second" }));
    }

    [Test]
    public void RtfReader_DropsTrackedDeletions()
    {
        var doc = Read("{\\rtf1\\ansi \\u23436?\\u25104?:{\\deleted 2019}{\\revised 2020}\\par}");
        Assert.That(Paragraphs(doc), Is.EqualTo(new[] { "完成:2020" }));
    }

    [Test]
    public void RtfReader_DamagedCopies_FailOnlyWithAReason()
    {
        // Cut short anywhere, or with bytes changed (braces, backslashes, hex digits): read, or a one-line reason.
        var original = File.ReadAllBytes(Path.Combine(RepoPaths.Samples, "doc", "rtf-named.doc"));
        var random = new Random(86);
        var variants = new List<byte[]>();
        for (int i = 0; i < 60; i++)
            variants.Add(original[..random.Next(6, original.Length)]);
        byte[] noise = "{}\\'0zu-9 \r\n"u8.ToArray();
        for (int i = 0; i < 200; i++)
        {
            var copy = (byte[])original.Clone();
            for (int k = 0; k < 20; k++)
                copy[random.Next(5, copy.Length)] = random.Next(3) == 0 ? (byte)random.Next(256) : noise[random.Next(noise.Length)];
            variants.Add(copy);
        }
        foreach (var bytes in variants)
        {
            try
            {
                new RtfReader().Read(bytes, "x.rtf");
            }
            catch (DocumentReadException ex)
            {
                Assert.That(ex.Reason, Does.Not.Contain("\n"));
            }
        }
    }

    [Test]
    public void RtfReader_SkipsBinaryData()
    {
        // \bin6 is followed by six raw bytes that happen to look like RTF: they are data, not text or groups.
        var doc = Read("{\\rtf1\\ansi before{\\*\\blipuid x}{\\pict\\bin6 }{\\par}after\\par}");
        Assert.That(Paragraphs(doc), Is.EqualTo(new[] { "beforeafter" }));
    }

    [Test]
    public void RtfReader_NotRtf_SaysSo()
    {
        var ex = Assert.Throws<DocumentReadException>(() => new RtfReader().Read("hello"u8.ToArray(), "x.rtf"));
        Assert.That(ex!.Reason, Does.Contain("not an RTF file"));
    }

    [TestCase("{\\rtf1\\ansi", true)]
    [TestCase("\r\n  {\\rtf1", true)]
    [TestCase("\uFEFF{\\rtf1", true)]
    [TestCase("{\\rt", false)]
    [TestCase("<html>", false)]
    public void LooksLikeRtf_SniffsTheHeader(string head, bool expected) =>
        Assert.That(RtfReader.LooksLikeRtf(Encoding.UTF8.GetBytes(head)), Is.EqualTo(expected));
}
