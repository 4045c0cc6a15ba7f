using PolicyExtract.Segmentation;

namespace PolicyExtract.Tests.Segmentation;

public class UserDictionaryTests
{
    [TestCase("产教融合 2000 n", "产教融合", 2000, "n")]
    [TestCase("县人社局 nt", "县人社局", null, "nt")]
    [TestCase("韩玉鉴赏", "韩玉鉴赏", null, null)]
    [TestCase("云计算 5", "云计算", 5, null)]
    [TestCase("New York 10 ns", "New York", 10, "ns")]
    [TestCase("1+X 1000 nz", "1+X", 1000, "nz")]
    [TestCase("a 1 2 b", "a 1", 2, "b")]
    public void ParseLine_AsJiebasUserDictPattern(string line, string word, int? freq, string? tag) =>
        Assert.That(UserLexicon.ParseLine(line), Is.EqualTo(new UserEntry(word, freq, tag)));

    [Test]
    public void Parse_SkipsBlankAndCommentLines_AndTheBom()
    {
        var entries = UserLexicon.Parse(new StringReader("\uFEFF产教融合 3 n\n\n# comment\n  双师型  \n"));
        Assert.That(entries, Is.EqualTo(new[] { new UserEntry("产教融合", 3, "n"), new UserEntry("双师型", null, null) }));
    }

    [Test]
    public void WordWithoutFrequency_GetsSuggestedFrequency_AndStaysWhole()
    {
        var plain = ReferenceTokens.PlainJieba();
        const string text = "韩玉鉴赏文物";
        Assert.That(plain.Segment(text).Select(t => t.Text), Does.Not.Contain("韩玉鉴赏"));
        var user = SegmenterFactory.Create([new UserEntry("韩玉鉴赏", null, null)]);
        Assert.That(user.Segment(text).Select(t => t.Text), Does.Contain("韩玉鉴赏"));
        // jieba's suggest_freq: just above the product of the pieces' probabilities, times the total.
        Assert.That(user.Frequency("韩玉鉴赏"), Is.GreaterThan(0).And.LessThan(100));
        Assert.That(user.Total, Is.EqualTo(plain.Total + user.Frequency("韩玉鉴赏")));
    }

    [Test]
    public void UserTag_ReplacesTheDictionaryTag_AndMissingTagKeepsIt()
    {
        ReferenceTokens.RequireFullDictionary();
        var user = SegmenterFactory.Create([new UserEntry("发改委", null, "nt"), new UserEntry("北京", null, null)]);
        var tokens = user.Segment("北京发改委");
        Assert.That(tokens.Select(t => $"{t.Text}/{t.Tag}"), Is.EqualTo(new[] { "北京/ns", "发改委/nt" }));
        // suggest_freq of a word the dictionary already has: int(P(word) * total) + 1, so never lower.
        long before = ReferenceTokens.PlainJieba().Frequency("北京")!.Value;
        Assert.That(user.Frequency("北京"), Is.InRange(before, before + 1));
    }

    [Test]
    public void FrequencyZero_ForcesTheWordApart()
    {
        ReferenceTokens.RequireFullDictionary();
        var user = SegmenterFactory.Create([new UserEntry("清华大学", 0, null)]);
        Assert.That(string.Join("/", user.Segment("我来到北京清华大学").Select(t => t.Text)), Is.EqualTo("我/来到/北京/清华/大学"));
    }

    [Test]
    public void LaterEntry_ReplacesEarlierFrequency()
    {
        ReferenceTokens.RequireFullDictionary();
        var user = SegmenterFactory.Create([new UserEntry("杭研大厦", 5, null), new UserEntry("杭研大厦", 7, "nt")]);
        Assert.That(user.Frequency("杭研大厦"), Is.EqualTo(7));
        Assert.That(user.Segment("网易杭研大厦").Last().Tag, Is.EqualTo("nt"));
    }

    [Test]
    public void UserWords_WorkInFullAndSearchModes()
    {
        ReferenceTokens.RequireFullDictionary();
        var user = SegmenterFactory.Create([new UserEntry("县人社局", 1000, "nt")]);
        Assert.That(user.Segment("县人社局牵头", SegmentMode.Full).Select(t => t.Text), Does.Contain("县人社局"));
        var search = user.Segment("县人社局牵头", SegmentMode.Search).Select(t => t.Text).ToList();
        Assert.That(search, Does.Contain("县人社局"));
    }

    [Test]
    public void WithoutTheJiebaDictionary_UserWordsStillSegment()
    {
        var seg = new JiebaSegmenter(PolicyExtract.Segmentation.Dictionary.WordDictionary.Empty, PolicyExtract.Segmentation.Dictionary.HmmModel.Empty,
            [new UserEntry("县人社局", null, "nt"), new UserEntry("牵头", 10, "v")], hasFullDictionary: false);
        Assert.That(seg.HasFullDictionary, Is.False);
        Assert.That(seg.Segment("县人社局牵头，2021年").Select(t => t.Text), Is.EqualTo(new[] { "县人社局", "牵头", "，", "2021", "年" }));
    }
}
