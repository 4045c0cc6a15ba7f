using PolicyExtract.Readers.Doc;

namespace PolicyExtract.Tests.Readers.Doc;

/// <summary>The special characters of a story, on character sequences as Word stores them.</summary>
public class StoryTextTests
{
    private static string Visible(string raw) => string.Join("|", StoryText.Split(raw, 0).Select(u => u.Text));

    [TestCase("文号：\u0013 DOCPROPERTY 文号 \u0014锡教发〔2020〕86号\u0015\r", "文号：锡教发〔2020〕86号")]
    [TestCase("\u0013 MERGEFIELD 文号 \u0014«文号»\u0015\r", "«文号»")]
    [TestCase("a\u0013 TOC \\o \u0015b\r", "ab")] // no separator: nothing to show
    // A field nested in another's code is part of that code; one nested in a result is shown.
    [TestCase("\u0013 IF \u0013 MERGEFIELD x \u00141\u0015 = 1 \u0014yes \u0013 PAGE \u00142\u0015 end\u0015\r", "yes 2 end")]
    [TestCase("x\u0001y\u0008z\r", "xyz")] // picture and drawing anchors
    [TestCase("line1\u000Bline2\r", "line1\u2028line2")] // joined (or spaced) when laid out, see BlockBuilderTests
    [TestCase("one\u000Ctwo\r", "one|two")] // a page break ends the paragraph
    [TestCase("非\u001E断\u001F行\r", "非-断行")]
    [TestCase("a\u0007b\u0007\u0007", "a|b|")]
    public void StoryText_KeepsWhatWordShows(string raw, string expected) => Assert.That(Visible(raw), Is.EqualTo(expected));

    [Test]
    public void StoryText_SkipsDeletedCharactersMarksIncluded()
    {
        // CPs 2..4 ("c\rd") deleted: the two paragraphs join, as Word shows them.
        var units = StoryText.Split("abc\rdef\r", 0, cp => cp is >= 2 and <= 4);
        Assert.That(units.Select(u => u.Text), Is.EqualTo(new[] { "abef" }));
    }

    [Test]
    public void StoryText_RecordsWhereEachUnitStartsAndEnds()
    {
        var units = StoryText.Split("ab\rc\u0007\u0007", 100);
        Assert.That(units.Select(u => (u.CpStart, u.MarkCp, u.End)), Is.EqualTo(new[]
        {
            (100, 102, UnitEnd.Paragraph),
            (103, 104, UnitEnd.Cell),
            (105, 105, UnitEnd.Cell),
        }));
    }
}
