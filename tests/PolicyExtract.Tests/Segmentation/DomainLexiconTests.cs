using PolicyExtract.Segmentation;

namespace PolicyExtract.Tests.Segmentation;

/// <summary>What the project lexicon (rules/lexicon/policy.dict) changes on the evaluation documents.</summary>
public class DomainLexiconTests
{
    private static (JiebaSegmenter Plain, JiebaSegmenter Domain) Pair()
    {
        ReferenceTokens.RequireFullDictionary();
        var (domain, warning) = SegmenterFactory.LoadDefault([], includeProjectLexicon: true);
        Assert.That(warning, Is.Null);
        Assert.That(domain.UserWordCount, Is.GreaterThan(50));
        return (ReferenceTokens.PlainJieba(), domain);
    }

    private static Dictionary<string, int> Count(JiebaSegmenter seg) =>
        ReferenceTokens.DocumentIds().SelectMany(id => seg.Segment(ReferenceTokens.Text(id)))
            .GroupBy(t => t.Text).ToDictionary(g => g.Key, g => g.Count());

    [TestCase("县人社局", "县人 社局")]
    [TestCase("责任单位", "责任 单位")]
    [TestCase("产教融合", "产教 融合")]
    [TestCase("1+X证书", "1 + X 证书")]
    [TestCase("人社局", "人 社局")]
    public void Lexicon_KeepsDomainUnitsWhole(string word, string plainSplit)
    {
        var (plain, domain) = Pair();
        var plainCounts = Count(plain);
        var domainCounts = Count(domain);
        TestContext.Out.WriteLine($"{word}: {domainCounts.GetValueOrDefault(word)} whole with the lexicon, {plainCounts.GetValueOrDefault(word)} without");
        Assert.That(domainCounts.GetValueOrDefault(word), Is.GreaterThan(0), $"{word} should occur whole in the documents");
        Assert.That(plainCounts.GetValueOrDefault(word), Is.Zero);
        Assert.That(string.Join(" ", plain.Segment(word).Select(t => t.Text)), Is.EqualTo(plainSplit));
    }

    [Test]
    public void Lexicon_TagsGovernmentBodiesAsOrganizations()
    {
        var (_, domain) = Pair();
        var tags = domain.Segment("县人社局、县发改委、团县委、县委编办牵头").Where(t => t.Tag == "nt").Select(t => t.Text);
        Assert.That(tags, Is.EqualTo(new[] { "县人社局", "县发改委", "团县委", "县委编办" }));
    }

    [Test]
    public void Lexicon_ChangesFewTokensOverall()
    {
        // The lexicon should add units, not reshuffle ordinary text: most tokens stay as plain jieba cuts them.
        var (plain, domain) = Pair();
        int same = 0, total = 0;
        foreach (var id in ReferenceTokens.DocumentIds())
        {
            var text = ReferenceTokens.Text(id);
            var p = plain.Segment(text).Select(t => (t.Start, t.End)).ToHashSet();
            foreach (var t in domain.Segment(text))
            {
                total++;
                if (p.Contains((t.Start, t.End))) same++;
            }
        }
        TestContext.Out.WriteLine($"{same}/{total} tokens unchanged by the lexicon");
        Assert.That((double)same / total, Is.GreaterThan(0.95));
    }
}
