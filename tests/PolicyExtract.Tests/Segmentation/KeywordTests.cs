using PolicyExtract.Extraction;
using PolicyExtract.Extraction.Keywords;
using PolicyExtract.Model;
using PolicyExtract.Segmentation;

namespace PolicyExtract.Tests.Segmentation;

public class KeywordTests
{
    [Test]
    public void TfIdf_TopWordsOfAVocationalEducationPolicy()
    {
        ReferenceTokens.RequireFullDictionary();
        var (seg, _) = SegmenterFactory.LoadDefault([], includeProjectLexicon: true);
        var kw = SegmenterFactory.LoadKeywords(seg);
        Assert.That(kw.HasIdf, Is.True);
        var id = ReferenceTokens.DocumentIds().First();
        var top = kw.Extract(ReferenceTokens.Text(id), 10);
        TestContext.Out.WriteLine(string.Join(", ", top.Select(k => $"{k.Word} {k.Weight:F4}")));
        Assert.That(top, Has.Count.EqualTo(10));
        Assert.That(top.Select(k => k.Weight), Is.Ordered.Descending);
        Assert.That(top.Select(k => k.Word), Has.Some.Contains("职业").Or.Some.Contains("产教融合").Or.Some.Contains("职教"));
        Assert.That(top.Select(k => k.Word), Has.None.EqualTo("的").And.None.EqualTo("和"));
        Assert.That(top.All(k => k.Word.Trim().Length >= 2), Is.True);
    }

    [Test]
    public void TfIdf_WeightIsCountTimesIdfOverTotal()
    {
        ReferenceTokens.RequireFullDictionary();
        var seg = ReferenceTokens.PlainJieba();
        var kw = SegmenterFactory.LoadKeywords(seg);
        // Two content words, one three times: same IDF table, so the ratio of weights is the ratio of IDF x count.
        var top = kw.Extract("拖拉机拖拉机拖拉机，学院。", 5).ToDictionary(k => k.Word, k => k.Weight);
        Assert.That(top.Keys, Is.EquivalentTo(new[] { "拖拉机", "学院" }));
        Assert.That(top["拖拉机"] + top["学院"], Is.GreaterThan(0));
        var idfRatio = top["拖拉机"] / 3 / top["学院"];
        Assert.That(idfRatio, Is.GreaterThan(1), "拖拉机 is rarer than 学院, so its IDF is higher");
    }

    [Test]
    public void KeywordExtractor_FillsTheKeywordsField()
    {
        ReferenceTokens.RequireFullDictionary();
        var text = ReferenceTokens.Text(ReferenceTokens.DocumentIds().First());
        var doc = new PolicyDocument
        {
            Source = new SourceInfo("a.txt", SourceFormat.Text, "utf-8", "00", text.Length),
            Text = text,
            Blocks = [],
        };
        var result = new ExtractionResult { Source = SourceOutput.From(doc.Source) };
        var extractor = KeywordExtractor.CreateDefault();
        extractor.Extract(new ExtractionContext(doc, result));
        Assert.That(extractor.Name, Is.EqualTo("keywords"));
        Assert.That(result.Keywords, Has.Count.EqualTo(10));
        Assert.That(result.Keywords.Select(k => k.Weight), Is.Ordered.Descending);
    }
}
