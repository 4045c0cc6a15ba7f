using PolicyExtract.Model;
using PolicyExtract.Text;

namespace PolicyExtract.Tests.Readers;

public class TextNormalizerTests : ReaderTestBase
{
    [TestCase("２０２１年１１月４日", "2021年11月4日")]
    [TestCase("（一）ＡＢＣ：１２．５％", "(一)ABC:12.5%")]
    [TestCase("主　　要", "主  要")]
    [TestCase("锡教发〔2020〕86号、《通知》", "锡教发〔2020〕86号、《通知》")]
    public void FoldWidth_FoldsFullWidthFormsAndKeepsLength(string input, string expected)
    {
        var folded = TextNormalizer.FoldWidth(input);
        Assert.That(folded, Is.EqualTo(expected));
        Assert.That(folded, Has.Length.EqualTo(input.Length));
    }

    [Test]
    public void MatchText_IsTextFoldedAtTheSameOffsets()
    {
        var doc = Sample("text/jiangyin-implementation-plan-word-export.txt");
        Assert.That(doc.MatchText, Has.Length.EqualTo(doc.Text.Length));
        int at = doc.MatchText.IndexOf("(此件公开发布)", StringComparison.Ordinal);
        Assert.That(at, Is.GreaterThan(0));
        Assert.That(doc.Text.Substring(at, 8), Is.EqualTo("（此件公开发布）"));
    }

    [Test]
    public void Join_TitleBrokenAcrossThreeLines_IsOneLineInTheJoinedText()
    {
        var doc = Sample("text/jiangyin-implementation-plan-word-export.txt");
        const string title = "市政府办公室关于印发《江阴市推进职业教育改革创新  打造高质量发展样板的实施方案》的通知";
        var joined = doc.JoinedText;
        int at = joined.Text.IndexOf(title, StringComparison.Ordinal);
        Assert.That(at, Is.GreaterThanOrEqualTo(0), joined.Text[..200]);
        // The salutation after the title stays on its own line.
        Assert.That(joined.Text[(at + title.Length)..], Does.StartWith("\n"));
        var span = joined.ToSource(new TextSpan(at, at + title.Length));
        Assert.That(doc.Slice(span), Is.EqualTo("市政府办公室关于印发《江阴市\n推进职业教育改革创新  打造高质量\n发展样板的实施方案》的通知"));
    }

    [Test]
    public void Join_WordBrokenAcrossABlankLine_IsJoinedAndMapsBack()
    {
        var doc = Sample("text/jishan-county-action-plan-web-text.txt");
        var joined = doc.JoinedText;
        int at = joined.Text.IndexOf("紧紧围绕省委", StringComparison.Ordinal);
        Assert.That(at, Is.GreaterThan(0));
        var span = joined.ToSource(new TextSpan(at, at + 6));
        Assert.That(doc.Slice(span), Is.EqualTo("紧紧围\n\n  绕省委"));
    }

    [TestCase("  一、指导思想\n\n  坚持以习近平新时代中国特色社会主义思想为指导，")]
    [TestCase("关于实施无锡市职业教育质量提升攀登计划(2021—2025) 加快建设国家职业教育高地城市的意见\n\n文字大小")]
    [TestCase("以立德树人为根本，推进职业教育高质量发展为标准，促进高水平就业为导向\n（一）坚持育人导向")]
    [TestCase("各市(县)区教育局、发改局、工信局、财政局、人社局、农业农村局、工商联，各职业院校：\n为贯彻落实")]
    public void Join_HeadingsTitlesAndListItems_StayOnTheirOwnLines(string text)
    {
        var joined = TextNormalizer.Join(text).Text;
        Assert.That(joined.Count(c => c == '\n'), Is.GreaterThanOrEqualTo(1), joined);
    }

    [TestCase("  无 锡 市 教 育 局 无锡市发展和改革委员会", "  无锡市教育局 无锡市发展和改革委员会")]
    [TestCase("行 动 计 划", "行动计划")]
    [TestCase("县教育局 县财政局", "县教育局 县财政局")]
    [TestCase("主  要  任  务", "主要任务")]
    public void Join_LetterSpacedNames_AreClosedUp(string text, string expected)
    {
        var joined = TextNormalizer.Join(text);
        Assert.That(joined.Text, Is.EqualTo(expected));
        int at = joined.Text.IndexOf(expected.Trim()[..2], StringComparison.Ordinal);
        Assert.That(text[joined.ToSource(at)], Is.EqualTo(expected.Trim()[0]));
    }

    [Test]
    public void JoinSpans_JoinsChosenLinesWithoutSeparators()
    {
        var doc = Sample("text/jishan-county-action-plan-web-text.txt");
        var lines = doc.Blocks.Where(b => doc.Slice(b.Span).Trim() is "稷山县推进新时代职业教育改革发展" or "行 动 计 划").Select(b => b.Span).ToList();
        var joined = TextNormalizer.JoinSpans(doc.Text, lines);
        Assert.That(joined.Text, Is.EqualTo("稷山县推进新时代职业教育改革发展行动计划"));
        Assert.That(doc.Slice(joined.ToSource(new TextSpan(0, joined.Text.Length))), Does.StartWith("稷山县").And.EndWith("划"));
    }
}
