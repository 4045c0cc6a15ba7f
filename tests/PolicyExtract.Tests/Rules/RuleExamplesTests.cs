using PolicyExtract.Pipeline;
using PolicyExtract.Rules;
using PolicyExtract.Tests.Support;

namespace PolicyExtract.Tests.Rules;

/// <summary>Every example and counter-example carried by the shipped rules, one test case each.</summary>
public class RuleExamplesTests
{
    private static readonly Lazy<PolicyExtract.Segmentation.ISegmenter> Segmenter =
        new(() => PolicyExtract.Segmentation.SegmenterFactory.LoadDefault([], includeProjectLexicon: true).Segmenter);

    private static RuleSet Shipped => PipelineFactory.LoadRules(new PipelineOptions { ShippedRules = RepoPaths.Rules });

    public static IEnumerable<TestCaseData> Cases() =>
        RuleTester.Cases(Shipped).Select(c => new TestCaseData(c).SetName($"Rule {c}"));

    [TestCaseSource(nameof(Cases))]
    public void RuleExample_Holds(RuleTester.Case c)
    {
        var failure = RuleTester.Check(c, Segmenter.Value);
        Assert.That(failure, Is.Null, failure?.ToString());
    }

    [Test]
    public void ShippedRules_CarryExamplesForEveryRule()
    {
        var withoutExamples = Shipped.All.Where(r => r.Examples.Count == 0).Select(r => r.Id).ToList();
        Assert.That(withoutExamples, Is.Empty);
    }
}
