using PolicyExtract.Model;
using PolicyExtract.Tests.Golden;

namespace PolicyExtract.Tests.Readers;

/// <summary>One check of the offset contract across every sample: what each span claims is what the text holds.</summary>
public class SpanInvariantTests : ReaderTestBase
{
    public static IEnumerable<TestCaseData> Samples() =>
        GoldenTests.Samples().Select(t => new TestCaseData(t.Arguments[0]).SetName("Spans_" + ((string)t.Arguments[0]!).Replace('/', '_')));

    [TestCaseSource(nameof(Samples))]
    public void Spans_PointAtWholeLinesInOrder_AndAtWhatTheyClaim(string sample)
    {
        var doc = Sample(sample["samples/".Length..]);
        var text = doc.Text;
        Assert.That(text, Does.Not.Contain('\r'));
        Assert.That(doc.MatchText, Has.Length.EqualTo(text.Length));
        int last = 0;
        foreach (var b in doc.Blocks)
        {
            Assert.That(b.Span.Start, Is.GreaterThanOrEqualTo(last), $"{b.Locator} out of order");
            Assert.That(b.Span.End, Is.LessThanOrEqualTo(text.Length));
            Assert.That(b.Span.Start == 0 || text[b.Span.Start - 1] == '\n', Is.True, $"{b.Locator} does not start a line");
            Assert.That(b.Span.End == text.Length || text[b.Span.End] == '\n', Is.True, $"{b.Locator} does not end a line");
            Assert.That(doc.Slice(b.Span).Trim().Length, Is.GreaterThan(0), $"{b.Locator} is blank");
            if (b.LabelSpan is { } ls)
                Assert.That(doc.Slice(ls), Is.EqualTo(b.NumberingLabel));
            foreach (var row in b.Rows)
                foreach (var c in row.Cells)
                    Assert.That(b.Span.Start <= c.Span.Start && c.Span.End <= b.Span.End, Is.True, $"cell {c.Span} outside {b.Locator}");
            last = b.Span.End;
        }
        foreach (var m in doc.Metadata.Where(m => m.Span is not null))
            Assert.That(doc.Slice(m.Span!.Value), Is.EqualTo(m.Value), m.Key);
        var joined = doc.JoinedText;
        for (int i = 0; i < joined.Text.Length; i++)
            Assert.That(doc.MatchText[joined.ToSource(i)], Is.EqualTo(joined.Text[i]), $"joined text offset {i}");
    }
}
