using PolicyExtract.Segmentation;

namespace PolicyExtract.Rules;

/// <summary>One failed example or counter-example, with what was expected and what the rule did.</summary>
public sealed record RuleTestFailure(Rule Rule, RuleLocation Location, string Text, string Expected, string Actual)
{
    public override string ToString() =>
        $"{Location}: rule '{Rule.Id}' on \"{Text}\": expected {Expected}, got {Actual}";
}

/// <summary>Runs every rule's own examples and counter-examples (the rule's proof that it does what it says).</summary>
public static class RuleTester
{
    /// <summary>A case for one example, for data-driven tests.</summary>
    public sealed record Case(Rule Rule, RuleExample? Example, RuleCounterExample? Counter)
    {
        public override string ToString() => $"{Rule.Id}: {(Example?.Text ?? Counter?.Text)}";
    }

    public static IEnumerable<Case> Cases(RuleSet rules) =>
        rules.All.SelectMany(r => r.Examples.Select(e => new Case(r, e, null))
            .Concat(r.CounterExamples.Select(c => new Case(r, null, c))));

    public static List<RuleTestFailure> Run(RuleSet rules, ISegmenter? segmenter = null)
    {
        var failures = new List<RuleTestFailure>();
        foreach (var c in Cases(rules))
            if (Check(c, segmenter) is { } f)
                failures.Add(f);
        return failures;
    }

    /// <summary>Null when the case holds, else the failure.</summary>
    public static RuleTestFailure? Check(Case c, ISegmenter? segmenter = null)
    {
        var rule = c.Rule;
        var text = c.Example?.Text ?? c.Counter!.Text;
        var matches = MatchesOf(rule, text, segmenter);
        if (c.Counter is { } counter)
            return matches.Count == 0 ? null
                : new RuleTestFailure(rule, counter.Location, text, "no match", $"match \"{matches[0].Text}\"");
        var ex = c.Example!;
        if (matches.Count == 0)
            return new RuleTestFailure(rule, ex.Location, text, ex.Match is null ? "a match" : $"match \"{ex.Match}\"", "empty result");
        var m = ex.Match is null ? matches[0] : matches.FirstOrDefault(x => x.Text == ex.Match);
        if (m is null)
            return new RuleTestFailure(rule, ex.Location, text, $"match \"{ex.Match}\"",
                "don't fully match: " + string.Join(", ", matches.Select(x => $"\"{x.Text}\"")));
        foreach (var (key, want) in ex.Values)
        {
            var got = m.Values.TryGetValue(key, out var v) ? v : "(none)";
            if (got != want)
                return new RuleTestFailure(rule, ex.Location, text, $"{key} = \"{want}\"", $"{key} = \"{got}\"");
        }
        return null;
    }

    private static List<RuleMatch> MatchesOf(Rule rule, string text, ISegmenter? segmenter)
    {
        if (rule.Pattern is not null)
            return rule.Matches(text).ToList();
        if (rule.Tokens is not null && segmenter is not null)
            return RuleSet.TokenMatches(rule, text, 0, segmenter.Segment(text)).ToList();
        return [];
    }
}
