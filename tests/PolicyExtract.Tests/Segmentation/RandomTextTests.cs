using PolicyExtract.Segmentation;

namespace PolicyExtract.Tests.Segmentation;

/// <summary>Mixed scripts, lone surrogates, long runs: every mode must keep its span invariants on any text.</summary>
public class RandomTextTests
{
    private static readonly string Alphabet =
        "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可而子产教融合县人社局发改委" +
        "abcXYZ0123456789+#&._%-  \t\u3000\u00a0，。、；：“”（）《》—！？%％１２３ＡＢ\r\n\uFEFF\u200B";

    private static string RandomText(Random rng, int length)
    {
        var chars = new char[length];
        for (int i = 0; i < length; i++)
        {
            int r = rng.Next(100);
            chars[i] = r switch
            {
                < 2 => (char)rng.Next(0xD800, 0xE000),          // surrogates, paired or not
                < 4 => (char)rng.Next(0x4E00, 0x9FFF + 1),       // any CJK, including outside jieba's range
                _ => Alphabet[rng.Next(Alphabet.Length)],
            };
        }
        return new string(chars);
    }

    [Test]
    public void AnyText_PreciseSpansTile_AndOtherModesStayInside([Values(1, 2, 3)] int seed)
    {
        var seg = SegmenterFactory.LoadDefault([], includeProjectLexicon: true).Segmenter;
        var rng = new Random(seed);
        for (int n = 0; n < 200; n++)
        {
            var text = RandomText(rng, rng.Next(0, n < 190 ? 80 : 5000));
            foreach (var hmm in new[] { true, false })
            {
                int pos = 0;
                foreach (var t in seg.Segment(text, SegmentMode.Precise, hmm))
                {
                    Assert.That(t.Start, Is.EqualTo(pos), () => $"gap/overlap in {Escape(text)}");
                    Assert.That(t.End, Is.GreaterThan(t.Start));
                    Assert.That(text[t.Start..t.End], Is.EqualTo(t.Text));
                    pos = t.End;
                }
                Assert.That(pos, Is.EqualTo(text.Length));
            }
            foreach (var mode in new[] { SegmentMode.Full, SegmentMode.Search })
            {
                var covered = new bool[text.Length];
                foreach (var t in seg.Segment(text, mode))
                {
                    Assert.That(text[t.Start..t.End], Is.EqualTo(t.Text));
                    for (int i = t.Start; i < t.End; i++) covered[i] = true;
                }
                Assert.That(covered, Has.All.True, () => $"{mode} left characters out of {Escape(text)}");
            }
        }
    }

    private static string Escape(string s) => string.Concat(s.Select(c => c < 128 && !char.IsControl(c) || char.IsLetter(c) ? c.ToString() : $"\\u{(int)c:X4}"));
}
