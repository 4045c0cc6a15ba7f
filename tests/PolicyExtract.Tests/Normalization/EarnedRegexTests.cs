using System.Text.RegularExpressions;
using PolicyExtract.Text;

namespace PolicyExtract.Tests.Normalization;

public class EarnedRegexTests
{
    [Test]
    public void StaysInterpreted_UntilItsSearchesHaveDoneTheWork_ThenFindsTheSameMatches()
    {
        var earned = new EarnedRegex(@"(?<y>(?:19|20)\d{2})年(?<m>\d{1,2})月", RegexOptions.CultureInvariant);
        const string text = "到2025年6月底前完成，2026年12月前全面建成。";
        var before = earned.Matches(text).Select(m => (m.Index, m.Value)).ToList();
        Assert.That(earned.IsCompiled, Is.False);
        Assert.That(before, Has.Count.EqualTo(2));
        long work = text.Length + EarnedRegex.CallWork;
        while (work < EarnedRegex.CompileAfterWork)
        {
            _ = earned.Match(text);
            work += text.Length + EarnedRegex.CallWork;
        }
        _ = earned.Match(text);
        Assert.That(earned.IsCompiled, Is.True);
        Assert.That(earned.Matches(text).Select(m => (m.Index, m.Value)), Is.EqualTo(before));
        Assert.That(earned.For(text.Length).Options.HasFlag(RegexOptions.Compiled), Is.True);
    }

    [Test]
    public void APatternBuiltCompiled_IsUsedAsItIs()
    {
        var compiled = new Regex("年", RegexOptions.Compiled);
        var earned = new EarnedRegex(compiled);
        Assert.That(earned.IsCompiled, Is.True);
        Assert.That(earned.For(1), Is.SameAs(compiled));
    }
}
