using PolicyExtract.Segmentation;

namespace PolicyExtract.Tests.Segmentation;

/// <summary>Each mode on jieba's own documented examples, with the full dictionary and no project lexicon.</summary>
public class SegmenterTests
{
    private static JiebaSegmenter Jieba => ReferenceTokens.PlainJieba();

    private static string Cut(ISegmenter s, string text, SegmentMode mode = SegmentMode.Precise, bool hmm = true) =>
        string.Join("/", s.Segment(text, mode, hmm).Select(t => t.Text));

    [TestCase("我来到北京清华大学", "我/来到/北京/清华大学")]
    [TestCase("他来到了网易杭研大厦", "他/来到/了/网易/杭研/大厦")]
    [TestCase("我们中出了一个叛徒", "我们/中出/了/一个/叛徒")]
    [TestCase("小明硕士毕业于中国科学院计算所", "小明/硕士/毕业/于/中国科学院/计算所")]
    public void Precise_WithHmm(string text, string expected) => Assert.That(Cut(Jieba, text), Is.EqualTo(expected));

    [TestCase("他来到了网易杭研大厦", "他/来到/了/网易/杭/研/大厦")]
    [TestCase("我们中出了一个叛徒", "我们/中/出/了/一个/叛徒")]
    [TestCase("abc网球拍卖会def", "abc/网球/拍卖会/def")]
    public void Precise_WithoutHmm(string text, string expected) => Assert.That(Cut(Jieba, text, hmm: false), Is.EqualTo(expected));

    [Test]
    public void Full_ListsEveryWord_AsPythonJieba() =>
        Assert.That(Cut(Jieba, "我来到北京清华大学", SegmentMode.Full), Is.EqualTo("我/来到/北京/清华/清华大学/华大/大学"));

    [Test]
    public void Full_KeepsLatinRunsAndPunctuation() =>
        Assert.That(Cut(Jieba, "abc网球拍卖会，def", SegmentMode.Full), Is.EqualTo("abc/网球/网球拍/球拍/拍卖/拍卖会/，/def"));

    [Test]
    public void Search_AddsDictionaryBigramsAndTrigramsBeforeLongWords() =>
        Assert.That(Cut(Jieba, "小明硕士毕业于中国科学院计算所，后在日本京都大学深造", SegmentMode.Search),
            Is.EqualTo("小明/硕士/毕业/于/中国/科学/学院/科学院/中国科学院/计算/计算所/，/后/在/日本/京都/大学/日本京都大学/深造"));

    [Test]
    public void Search_GramSpansPointIntoTheText()
    {
        const string text = "南京市长江大桥";
        foreach (var t in Jieba.Segment(text, SegmentMode.Search))
            Assert.That(text[t.Start..t.End], Is.EqualTo(t.Text));
        Assert.That(Cut(Jieba, text, SegmentMode.Search), Is.EqualTo("南京/京市/南京市/长江/大桥/长江大桥"));
    }

    [Test]
    public void Pos_TagsFromTheDictionary_AndTheFallbackRule()
    {
        var tags = Jieba.Segment("我是拖拉机学院手扶拖拉机专业的。当上CEO，2020年").Select(t => $"{t.Text}/{t.Tag}");
        Assert.That(string.Join(" ", tags), Is.EqualTo("我/r 是/v 拖拉机/n 学院/n 手扶拖拉机/n 专业/n 的/uj 。/x 当上/t CEO/eng ，/x 2020/m 年/m"));
    }

    [TestCase("增长3.5%以上", "增长/3.5%/以上")]
    [TestCase("到2025年，", "到/2025/年/，")]
    [TestCase("繁体版 English EN", "繁体版/ /English/ /EN")]
    [TestCase("第一\u3000条\u00a0规定\r\n下一行", "第一/\u3000/条/\u00a0/规定/\r\n/下/一行")]
    [TestCase("“双减”（试行）", "“/双减/”/（/试行/）")]
    public void PreSplit_KeepsLatinDigitsWhitespaceAndPunctuation(string text, string expected) =>
        Assert.That(Cut(Jieba, text), Is.EqualTo(expected));

    [Test]
    public void RunThatIsItselfAWord_StaysSplit()
    {
        // The route leaves 发/展 apart only when another split is likelier; a run of single characters that is
        // itself a dictionary word is kept as single characters instead of going to the HMM (jieba's rule).
        // Find such a run in the evaluation documents rather than guessing one.
        var seg = Jieba;
        bool seen = false;
        foreach (var id in ReferenceTokens.DocumentIds())
        foreach (var line in ReferenceTokens.Lines(id))
        {
            var noHmm = seg.Segment(line, hmm: false);
            for (int i = 0; i + 1 < noHmm.Count; i++)
            {
                var a = noHmm[i];
                var b = noHmm[i + 1];
                if (a.End - a.Start != 1 || b.End - b.Start != 1) continue;
                bool runStart = i == 0 || noHmm[i - 1].End - noHmm[i - 1].Start > 1;
                bool runEnd = i + 2 == noHmm.Count || noHmm[i + 2].End - noHmm[i + 2].Start > 1;
                if (!runStart || !runEnd || !seg.IsWord(a.Text + b.Text)) continue;
                var withHmm = seg.Segment(line).Select(t => (t.Start, t.End)).ToHashSet();
                Assert.That(withHmm, Does.Contain((a.Start, a.End)).And.Contain((b.Start, b.End)), $"{a.Text}{b.Text} in {line}");
                seen = true;
            }
        }
        Assert.That(seen, Is.True, "expected at least one two-character run that is a dictionary word");
    }

    [Test]
    public void Spans_CoverEveryDocumentExactly_InEveryMode()
    {
        var seg = SegmenterFactory.LoadDefault([], includeProjectLexicon: true).Segmenter;
        foreach (var id in ReferenceTokens.DocumentIds())
        {
            var text = ReferenceTokens.Text(id);
            foreach (var hmm in new[] { true, false })
            {
                var tokens = seg.Segment(text, SegmentMode.Precise, hmm);
                int pos = 0;
                foreach (var t in tokens)
                {
                    Assert.That(t.Start, Is.EqualTo(pos), $"{id}: gap or overlap before '{t.Text}'");
                    Assert.That(text[t.Start..t.End], Is.EqualTo(t.Text));
                    Assert.That(t.Tag, Is.Not.Null.And.Not.Empty);
                    pos = t.End;
                }
                Assert.That(pos, Is.EqualTo(text.Length));
            }
            foreach (var mode in new[] { SegmentMode.Full, SegmentMode.Search })
                foreach (var t in seg.Segment(text, mode))
                    Assert.That(text[t.Start..t.End], Is.EqualTo(t.Text), $"{id} {mode}");
        }
    }

    [Test]
    public void SegmentRange_GivesDocumentOffsets()
    {
        const string text = "第一行\n关于实施无锡市职业教育";
        var tokens = new List<Token>();
        Jieba.Segment(text, 4, text.Length, tokens);
        Assert.That(tokens[0].Start, Is.EqualTo(4));
        Assert.That(string.Concat(tokens.Select(t => t.Text)), Is.EqualTo(text[4..]));
    }

    [Test]
    public void SharedAcrossThreads_GivesTheSameTokens()
    {
        var seg = Jieba;
        var texts = ReferenceTokens.DocumentIds().Select(ReferenceTokens.Text).ToArray();
        var expected = texts.Select(t => Cut(seg, t)).ToArray();
        var results = new string[64];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => results[i] = Cut(seg, texts[i % texts.Length]));
        for (int i = 0; i < results.Length; i++)
            Assert.That(results[i], Is.EqualTo(expected[i % texts.Length]));
    }
}
