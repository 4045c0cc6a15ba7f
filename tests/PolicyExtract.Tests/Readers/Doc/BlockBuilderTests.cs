using PolicyExtract.Readers.Doc;

namespace PolicyExtract.Tests.Readers.Doc;

public class BlockBuilderTests
{
    [TestCase("第一行\u2028第二行", "第一行第二行")]
    [TestCase("Line one\u2028line two", "Line one line two")]
    [TestCase("电话：\u2028办公室", "电话：办公室")]
    [TestCase("2020年\u2028Contact", "2020年 Contact")]
    [TestCase("a \u2028b", "a b")]
    public void JoinBreaks_KeepsAParagraphOneLine(string text, string expected) =>
        Assert.That(BlockBuilder.JoinBreaks(text), Is.EqualTo(expected));

    [TestCase("一、", "一、总体要求")]
    [TestCase("（一）", "（一）总体要求")]
    [TestCase("第一章", "第一章 总体要求")]
    public void AddParagraph_WritesTheLabelBeforeTheText(string label, string expected)
    {
        var b = new BlockBuilder();
        b.AddParagraph("\t总体要求", "cp 0", label);
        var (text, blocks) = b.Build();
        Assert.That(text, Is.EqualTo(expected));
        Assert.That(blocks[0].LabelSpan, Is.EqualTo(new PolicyExtract.Model.TextSpan(0, label.Length)));
    }

    [Test]
    public void AddCell_KeepsTheRowOneLine()
    {
        var b = new BlockBuilder();
        b.AddParagraph("before", "cp 0");
        b.AddCell("a\tb", "table 1");
        b.AddCell("c\nd", "table 1");
        b.EndRow();
        b.AddCell("e", "table 1");
        b.EndTable();
        var (text, blocks) = b.Build();
        Assert.That(text, Is.EqualTo("before\na b\tc d\ne"));
        Assert.That(blocks[1].Rows.Select(r => r.Cells.Count), Is.EqualTo(new[] { 2, 1 }));
    }
}
