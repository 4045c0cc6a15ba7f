using PolicyExtract.Normalization;
using PolicyExtract.Tests.Support;

namespace PolicyExtract.Tests.Normalization;

/// <summary>The normalizers on the real evaluation documents: spans point at what they claim, and known forms are read.</summary>
public class SampleDocumentTests
{
    private static IEnumerable<string> Docs() =>
        Directory.GetFiles(Path.Combine(RepoPaths.TestData, "eval", "docs"), "*.txt").OrderBy(f => f).Select(Path.GetFileName)!;

    private static string Text(string name) => File.ReadAllText(Path.Combine(RepoPaths.TestData, "eval", "docs", name));

    [TestCaseSource(nameof(Docs))]
    public void EverySpan_CoversItsText(string doc)
    {
        var text = Text(doc);
        foreach (var d in DateNormalizer.FindAll(text))
            Assert.That(text[d.Span.Start..d.Span.End], Is.EqualTo(d.Text));
        foreach (var p in PeriodNormalizer.FindAll(text, new DateOnly(2021, 1, 1)))
        {
            Assert.That(text[p.Span.Start..p.Span.End], Is.EqualTo(p.Text));
            if (p.Start is { } s && p.End is { } e) Assert.That(s, Is.LessThanOrEqualTo(e), p.Text);
        }
        foreach (var q in QuantityParser.FindAll(text))
        {
            Assert.That(text[q.Span.Start..q.Span.End], Is.EqualTo(q.Text));
            if (q.Comparator == Comparator.Range) Assert.That(q.Min!.Value, Is.LessThanOrEqualTo(q.Max!.Value), q.Text);
        }
    }

    [TestCaseSource(nameof(Docs))]
    public void DocumentNumbers_NeverGiveAmounts(string doc)
    {
        var text = Text(doc);
        foreach (var q in QuantityParser.FindAll(text).Where(q => q.Kind == QuantityKind.Amount))
        {
            var after = q.Span.End < text.Length ? text[q.Span.End] : ' ';
            Assert.That(after, Is.Not.EqualTo('号'), q.Text);
            Assert.That(q.Text, Does.Not.Contain("〔"));
        }
    }

    [Test]
    public void WebPageDocument_AmountsWithComparators()
    {
        var amounts = QuantityParser.FindAll(Text("000_84a26a079fc050bc.txt")).Where(q => q.Kind == QuantityKind.Amount).ToList();
        Assert.That(amounts.Any(q => q.Value == 8 && q.Unit == "所" && q.Comparator == Comparator.Approx), Is.True);
        Assert.That(amounts.Any(q => q.Value == 100_000_000 && q.Unit == "元"), Is.True);
        Assert.That(amounts.Any(q => q.Unit == "年" ), Is.False, "years are never durations here");
    }

    [Test]
    public void CountyDocument_RangeAndBounds()
    {
        var amounts = QuantityParser.FindAll(Text("001_4b298fee1b352756.txt")).Where(q => q.Kind == QuantityKind.Amount).ToList();
        Assert.That(amounts.Any(q => q.Comparator == Comparator.Range && q.Min == 1 && q.Max == 3 && q.Unit == "个"), Is.True);
        Assert.That(amounts.Any(q => q.Comparator == Comparator.Gte && q.Value == 30 && q.Unit == "%"), Is.True);
        var deadlines = PeriodNormalizer.FindAll(Text("001_4b298fee1b352756.txt"), new DateOnly(2021, 4, 28));
        Assert.That(deadlines.Where(d => d.Kind == PeriodKind.By).Select(d => d.EndIso).Distinct(), Is.EqualTo(new[] { "2022-12-31" }));
    }

    [Test]
    public void TabLaidTable_DeadlineCells()
    {
        // Exported from Word: each cell on its own tab-indented line.
        var cells = Text("002_7fdab2a4388eb7e7.txt").Split('\n').Where(l => l.StartsWith('\t')).Select(l => l.Trim()).ToList();
        var normalized = cells.Where(c => c.Length <= 6)
            .Select(c => PeriodNormalizer.TryNormalize(c, new DateOnly(2021, 11, 4), out var r) ? r : null)
            .Where(r => r is not null).ToList();
        Assert.That(normalized.Select(r => r!.EndIso).Where(e => e is not null).Distinct().Order(), Is.EqualTo(new[] { "2021-12-31", "2022-12-31" }));
        Assert.That(normalized.Count(r => r!.Kind == PeriodKind.Ongoing), Is.GreaterThan(0));
    }
}
