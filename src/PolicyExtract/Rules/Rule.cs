using System.Text.RegularExpressions;
using PolicyExtract.Model;

namespace PolicyExtract.Rules;

/// <summary>Where something was written in a rules file (1-based line and column).</summary>
public readonly record struct RuleLocation(string File, int Line, int Column)
{
    public override string ToString() => $"{File}:{Line}:{Column}";
}

/// <summary>One example a rule carries: a text, the part of it the rule must match, and the values it must produce.</summary>
public sealed record RuleExample(string Text, string? Match, IReadOnlyDictionary<string, string> Values, RuleLocation Location);

/// <summary>A text the rule must not match anywhere.</summary>
public sealed record RuleCounterExample(string Text, RuleLocation Location);

/// <summary>
/// A rule: a name, a pattern (characters or tokens), a priority, the field it feeds and how its groups become values.
/// Immutable once loaded; shared by every worker.
/// </summary>
public sealed class Rule
{
    public required string Id { get; init; }

    /// <summary>The field or concern this rule feeds (documentNumber, date, deadline, quantity, …). Extractors ask for rules by field.</summary>
    public required string Field { get; init; }

    /// <summary>Higher wins when two matches of the same field overlap.</summary>
    public int Priority { get; init; }

    /// <summary>The character pattern after macro expansion, or null for a token rule.</summary>
    public Regex? Pattern { get; init; }

    /// <summary>The token pattern, or null for a character rule.</summary>
    public TokenPattern? Tokens { get; init; }

    /// <summary>Value templates: <c>${group}</c> is replaced by the group's text.</summary>
    public IReadOnlyDictionary<string, string> Values { get; init; } = new Dictionary<string, string>();

    /// <summary>Texts without any of these strings cannot match, so the rule is not run on them (a fast pre-check).</summary>
    public IReadOnlyList<string> Requires { get; init; } = [];

    public IReadOnlyList<RuleExample> Examples { get; init; } = [];

    public IReadOnlyList<RuleCounterExample> CounterExamples { get; init; } = [];

    public required RuleLocation Location { get; init; }

    /// <summary>Every match of a character rule in <paramref name="text"/>, left to right, non-overlapping.</summary>
    public IEnumerable<RuleMatch> Matches(string text, int offset = 0)
    {
        if (Pattern is null)
            yield break;
        foreach (Match m in Pattern.Matches(text))
        {
            if (m.Length == 0)
                continue;
            yield return RuleMatch.From(this, m, offset);
        }
    }
}

/// <summary>A match of a rule: its span (into the text the caller searched, shifted by the caller's offset), groups and values.</summary>
public sealed class RuleMatch
{
    public required Rule Rule { get; init; }

    public required TextSpan Span { get; init; }

    public required string Text { get; init; }

    /// <summary>Named groups that took part in the match: text and span.</summary>
    public required IReadOnlyDictionary<string, (string Text, TextSpan Span)> Groups { get; init; }

    /// <summary>The rule's value templates with groups filled in (absent groups become empty).</summary>
    public required IReadOnlyDictionary<string, string> Values { get; init; }

    public string? Group(string name) => Groups.TryGetValue(name, out var g) ? g.Text : null;

    public string? Value(string name) => Values.TryGetValue(name, out var v) && v.Length > 0 ? v : null;

    internal static RuleMatch From(Rule rule, Match m, int offset)
    {
        var groups = new Dictionary<string, (string, TextSpan)>(StringComparer.Ordinal);
        foreach (Group g in m.Groups)
        {
            if (g.Success && !int.TryParse(g.Name, out _))
                groups[g.Name] = (g.Value, new TextSpan(offset + g.Index, offset + g.Index + g.Length));
        }
        return new RuleMatch
        {
            Rule = rule,
            Span = new TextSpan(offset + m.Index, offset + m.Index + m.Length),
            Text = m.Value,
            Groups = groups,
            Values = Fill(rule.Values, name => groups.TryGetValue(name, out var g) ? g.Item1 : ""),
        };
    }

    internal static Dictionary<string, string> Fill(IReadOnlyDictionary<string, string> templates, Func<string, string> group)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, template) in templates)
            values[key] = TemplatePattern.Replace(template, t => group(t.Groups[1].Value));
        return values;
    }

    internal static readonly Regex TemplatePattern = new(@"\$\{([A-Za-z_][A-Za-z0-9_]*)\}", RegexOptions.CultureInvariant);
}
