using PolicyExtract.Segmentation;
using PolicyExtract.Segmentation.Dictionary;
using PolicyExtract.Tests.Support;

namespace PolicyExtract.Tests.Segmentation;

public class DictionaryFormatTests
{
    // cppjieba's hmm_model.utf8 layout: '#' comments, then start (B E M S), a 4x4 transition matrix, and
    // one emission line per state in the order B, E, M, S.
    private const string TinyHmm = """
        #prob_start
        -0.26 -3.14e+100 -3.14e+100 -1.46
        #prob_trans 4x4 matrix
        -3.14e+100 -0.51 -0.91 -3.14e+100
        -0.58 -3.14e+100 -3.14e+100 -0.80
        -3.14e+100 -0.33 -1.26 -3.14e+100
        -0.72 -3.14e+100 -3.14e+100 -0.66
        #prob_emit 4 lines
        #B
        杭:-5.0,研:-9.0
        #E
        研:-4.0
        #M
        杭:-12.0
        #S
        杭:-8.0,研:-8.5
        """;

    [Test]
    public void HmmModel_ReadsCppjiebasLayout()
    {
        var hmm = HmmModel.ParseText(new StringReader(TinyHmm), "tiny");
        Assert.That(hmm.Start, Is.EqualTo(new[] { -0.26, -3.14e100, -3.14e100, -1.46 }));
        Assert.That(hmm.Trans[HmmModel.B * 4 + HmmModel.E], Is.EqualTo(-0.51));
        Assert.That(hmm.Trans[HmmModel.S * 4 + HmmModel.B], Is.EqualTo(-0.72));
        Assert.That(hmm.Emit['杭' * 4 + HmmModel.B], Is.EqualTo(-5.0));
        Assert.That(hmm.Emit['研' * 4 + HmmModel.E], Is.EqualTo(-4.0));
        Assert.That(hmm.Emit['研' * 4 + HmmModel.M], Is.EqualTo(HmmModel.MinFloat), "missing pairs are jieba's MIN_FLOAT");
        // B(杭) E(研): -0.26-5 + -0.51-4 beats every other path of two characters.
        var states = new byte[2];
        hmm.Viterbi("杭研", 0, 2, states, new double[8], new byte[8]);
        Assert.That(states, Is.EqualTo(new byte[] { HmmModel.B, HmmModel.E }));
    }

    [Test]
    public void HmmModel_RejectsAFileWithMissingLines()
    {
        var broken = string.Join('\n', TinyHmm.Split('\n').Where(l => !l.StartsWith("杭:-12", StringComparison.Ordinal)));
        var ex = Assert.Throws<InvalidDataException>(() => HmmModel.ParseText(new StringReader(broken), "broken.utf8"));
        Assert.That(ex!.Message, Does.StartWith("broken.utf8: expected 9 data lines"));
    }

    [Test]
    public void WordDictionary_RepeatedWordKeepsLastFrequency_TotalCountsEveryLine()
    {
        var d = WordDictionary.ParseText(new StringReader("北京 10 ns\n北京大学 5 nt\n北京 7 ns\n"), "t");
        int n = d.Trie.Find("北京");
        Assert.That(d.Freq[n], Is.EqualTo(7));
        Assert.That(d.Total, Is.EqualTo(22), "jieba sums every line, duplicates included");
        Assert.That(d.Freq[d.Trie.Find("北京大")], Is.Zero, "a bare prefix is in the trie with frequency 0");
        Assert.That(d.Trie.Find("南京"), Is.Zero);
        Assert.That(d.TagNames[d.Tag[d.Trie.Find("北京大学")]], Is.EqualTo("nt"));
    }

    [Test]
    public void WordDictionary_BinaryRoundTrip()
    {
        var d = WordDictionary.ParseText(new StringReader("北京 10 ns\n北京大学 5 nt\nAT&T 3 nz\n"), "t");
        using var ms = new MemoryStream();
        using (var w = new BinaryWriter(ms, BinaryIO.Utf8, leaveOpen: true)) d.Write(w);
        ms.Position = 0;
        using var r = new BinaryReader(ms);
        var back = WordDictionary.Read(r, "mem");
        foreach (var word in new[] { "北京", "北京大学", "AT&T", "北京大" })
        {
            int a = d.Trie.Find(word), b = back.Trie.Find(word);
            Assert.That(b, Is.EqualTo(a));
            Assert.That(back.Freq[b], Is.EqualTo(d.Freq[a]));
            Assert.That(back.Nodes[b], Is.EqualTo(d.Nodes[a]));
        }
        Assert.That(back.Total, Is.EqualTo(d.Total));
    }

    [Test]
    public void CompiledDictionary_MatchesTheTextFileItCameFrom()
    {
        ReferenceTokens.RequireFullDictionary();
        var text = Path.Combine(RepoPaths.Root, ".cache", "nodejieba-3.5.8", "dict", "jieba.dict.utf8");
        Assume.That(File.Exists(text), "the text dictionary is only in the build's cache");
        var seg = SegmenterFactory.Create([]);
        long total = 0;
        int words = 0, checkedWords = 0;
        foreach (var line in File.ReadLines(text))
        {
            var parts = line.Split(' ');
            total += long.Parse(parts[1]);
            words++;
            if (words % 997 == 0)
            {
                Assert.That(seg.Frequency(parts[0]), Is.EqualTo(long.Parse(parts[1])), parts[0]);
                checkedWords++;
            }
        }
        Assert.That(seg.Total, Is.EqualTo(total));
        Assert.That(seg.DictionaryWordCount, Is.EqualTo(words));
        Assert.That(checkedWords, Is.GreaterThan(300));
    }
}
