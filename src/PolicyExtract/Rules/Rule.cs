using System.Text.RegularExpressions;
using PolicyExtract.Model;
using PolicyExtract.Text;

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

    /// <summary>The pattern compiled when the tool was built (<see cref="ShippedPatterns"/>), or null: compiled at run time.</summary>
    public Func<Regex>? BuiltPattern { get; init; }

    // Interpreted until the rule has searched enough to repay compiling its pattern (see EarnedRegex). Made on first use,
    // once both init-only properties are set; racing threads agree on one.
    private EarnedRegex? _engine;

    private EarnedRegex Engine =>
        Volatile.Read(ref _engine) ?? Interlocked.CompareExchange(ref _engine, new EarnedRegex(Pattern!, BuiltPattern), null) ?? _engine!;

    /// <summary>True once searches go through the compiled pattern.</summary>
    internal bool UsesCompiledPattern => Pattern is not null && Engine.IsCompiled;

    /// <summary>Searches go through <see cref="BuiltPattern"/> from now on, if there is one.</summary>
    internal void UseBuiltPattern()
    {
        if (Pattern is not null)
            Engine.UseBuiltNow();
    }

    /// <summary>The token pattern, or null for a character rule.</summary>
    public TokenPattern? Tokens { get; init; }

    /// <summary>Value templates: <c>${group}</c> is replaced by the group's text.</summary>
    public IReadOnlyDictionary<string, string> Values { get; init; } = new Dictionary<string, string>();

    /// <summary>Texts without any of these strings cannot match, so the rule is not run on them (a fast pre-check).</summary>
    public IReadOnlyList<string> Requires { get; init; } = [];

    /// <summary>
    /// <see cref="RuleScope.Line"/>: no match crosses a line break, so only the lines holding one of <see cref="Requires"/> are
    /// searched (each line on its own: <c>^</c>, <c>$</c> and lookbehinds stop at the line's ends).
    /// </summary>
    public RuleScope Scope { get; init; }

    public IReadOnlyList<RuleExample> Examples { get; init; } = [];

    public IReadOnlyList<RuleCounterExample> CounterExamples { get; init; } = [];

    public required RuleLocation Location { get; init; }

    /// <summary>Every match of a character rule in <paramref name="text"/>, left to right, non-overlapping.</summary>
    public IEnumerable<RuleMatch> Matches(string text, int offset = 0)
    {
        var found = new List<RuleMatch>();
        AddMatches(text, offset, found);
        return found;
    }

    /// <summary>Appends every match of a character rule in <paramref name="text"/> to <paramref name="output"/>, left to right.</summary>
    internal void AddMatches(string text, int offset, List<RuleMatch> output)
    {
        if (Pattern is null)
            return;
        if (Scope == RuleScope.Line && Requires.Count > 0)
            AddLineMatches(text, offset, output);
        else
            Search(text, 0, text.Length, offset, output);
    }

    /// <summary>
    /// Appends the matches of a character rule within <paramref name="line"/> of <paramref name="text"/>, the line searched
    /// on its own (anchors and lookbehinds stop at its ends), spans into <paramref name="text"/>.
    /// </summary>
    internal void AddMatchesIn(string text, TextSpan line, List<RuleMatch> output) =>
        Search(text, line.Start, line.Length, 0, output);

    /// <summary>
    /// One search of <paramref name="text"/>[start, start + length) seen alone (as <see cref="Regex.Match(string, int, int)"/>),
    /// through the engine the rule has earned; a search past the match limit is the rule's timeout.
    /// </summary>
    private void Search(string text, int start, int length, int offset, List<RuleMatch> output)
    {
        try
        {
            bool timed = _timed;
            long t0 = timed ? System.Diagnostics.Stopwatch.GetTimestamp() : 0;
            Add(Engine.For(length).Match(text, start, length), offset, output);
            if (timed)
            {
                Interlocked.Add(ref _searchTicks, System.Diagnostics.Stopwatch.GetTimestamp() - t0);
                Interlocked.Increment(ref _searches);
                Interlocked.Add(ref _searchedChars, length);
            }
        }
        catch (RegexMatchTimeoutException ex)
        {
            throw new RuleTimeoutException(this, ex.MatchTimeout, ex);
        }
    }

    /// <summary>Matches from <paramref name="first"/> on (Match/NextMatch: the collection object and its enumerator are not needed).</summary>
    private void Add(Match first, int offset, List<RuleMatch> output)
    {
        var compiled = Compiled;
        for (var m = first; m.Success; m = m.NextMatch())
        {
            if (m.Length == 0)
                continue;
            output.Add(RuleMatch.From(this, compiled, m, offset));
        }
    }

    /// <summary>
    /// A line-scoped rule: each line holding a required string is searched on its own, in order; the rest of the text is
    /// never looked at. On a whole document the required strings are rare, so this reads a small part of it.
    /// </summary>
    private void AddLineMatches(string text, int offset, List<RuleMatch> output)
    {
        var requires = Requires;
        // The next occurrence of each required string at or after the scan position (-1: none left).
        Span<int> next = requires.Count <= 16 ? stackalloc int[requires.Count] : new int[requires.Count];
        for (int i = 0; i < requires.Count; i++)
            next[i] = text.IndexOf(requires[i], StringComparison.Ordinal);
        int pos = 0;
        while (true)
        {
            int hit = -1;
            for (int i = 0; i < requires.Count; i++)
            {
                if (next[i] >= 0 && next[i] < pos)
                    next[i] = text.IndexOf(requires[i], pos, StringComparison.Ordinal);
                if (next[i] >= 0 && (hit < 0 || next[i] < hit))
                    hit = next[i];
            }
            if (hit < 0)
                return;
            // pos is a line start, and hit >= pos, so the line holding it has not been searched yet.
            int start = hit == 0 ? 0 : text.LastIndexOf('\n', hit - 1) + 1;
            int end = text.IndexOf('\n', hit);
            if (end < 0)
                end = text.Length;
            Search(text, start, end - start, offset, output);
            if (end >= text.Length)
                return;
            pos = end + 1;
        }
    }

    private volatile bool _timed;
    private long _searches, _searchedChars, _searchTicks;

    /// <summary>From now on each search is counted and timed (<see cref="SearchWork"/>): for <c>extract --timings</c>.</summary>
    internal void TimeSearches() => _timed = true;

    /// <summary>The searches counted since <see cref="TimeSearches"/>: how many, over how many characters, in how long (summed over threads).</summary>
    public (long Searches, long Characters, TimeSpan Time) SearchWork =>
        (Interlocked.Read(ref _searches), Interlocked.Read(ref _searchedChars),
         System.Diagnostics.Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _searchTicks)));

    private CompiledParts? _compiled;

    /// <summary>What every match needs and that depends only on the rule: its named groups and parsed value templates.</summary>
    internal CompiledParts Compiled => _compiled ??= new CompiledParts(this);

    /// <summary>
    /// The named groups of the pattern (numbers ascending, the order a match enumerates them; numeric names left out)
    /// and each value template cut into literal text and group references once, instead of a regex replace per match.
    /// Built on first use; racing threads build equal objects, and a reference store is atomic.
    /// </summary>
    internal sealed class CompiledParts
    {
        public readonly (int Number, string Name)[] Groups;
        public readonly (string Key, TemplatePart[] Parts)[] Templates;

        public CompiledParts(Rule rule)
        {
            var groups = new List<(int, string)>();
            if (rule.Pattern is { } p)
            {
                foreach (int n in p.GetGroupNumbers())
                {
                    var name = p.GroupNameFromNumber(n);
                    if (!int.TryParse(name, out _))
                        groups.Add((n, name));
                }
            }
            Groups = [.. groups];
            Templates = rule.Values.Select(kv => (kv.Key, RuleMatch.ParseTemplate(kv.Value))).ToArray();
        }
    }
}

/// <summary>A rule's pattern ran past <see cref="RuleLoader.MatchTimeout"/> on a text: the document cannot be read by these rules.</summary>
public sealed class RuleTimeoutException(Rule rule, TimeSpan timeout, Exception inner)
    : Exception(string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"rule '{rule.Id}' ({rule.Location}) ran longer than {timeout.TotalSeconds:0.###} s on this document"), inner)
{
    public Rule Rule { get; } = rule;
}

/// <summary>How far a rule's match may reach: anywhere in the text searched, or within one line of it.</summary>
public enum RuleScope
{
    Text,
    Line,
}

/// <summary>A piece of a value template: literal text, or (when <see cref="Group"/> is set) a group's text.</summary>
internal readonly record struct TemplatePart(string? Literal, string? Group);

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

    internal static RuleMatch From(Rule rule, Rule.CompiledParts compiled, Match m, int offset)
    {
        var groups = new Dictionary<string, (string, TextSpan)>(compiled.Groups.Length, StringComparer.Ordinal);
        var all = m.Groups;
        foreach (var (number, name) in compiled.Groups)
        {
            var g = all[number];
            if (g.Success)
                groups[name] = (g.Value, new TextSpan(offset + g.Index, offset + g.Index + g.Length));
        }
        return new RuleMatch
        {
            Rule = rule,
            Span = new TextSpan(offset + m.Index, offset + m.Index + m.Length),
            Text = m.Value,
            Groups = groups,
            Values = Fill(compiled.Templates, groups),
        };
    }

    internal static Dictionary<string, string> Fill(IReadOnlyDictionary<string, string> templates, Func<string, string> group)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, template) in templates)
            values[key] = TemplatePattern.Replace(template, t => group(t.Groups[1].Value));
        return values;
    }

    /// <summary>Same result as <see cref="Fill(IReadOnlyDictionary{string, string}, Func{string, string})"/> over pre-parsed templates.</summary>
    internal static Dictionary<string, string> Fill((string Key, TemplatePart[] Parts)[] templates,
        Dictionary<string, (string Text, TextSpan Span)> groups)
    {
        var values = new Dictionary<string, string>(templates.Length, StringComparer.Ordinal);
        foreach (var (key, parts) in templates)
        {
            string Part(TemplatePart p) => p.Group is null ? p.Literal! : groups.TryGetValue(p.Group, out var g) ? g.Text : "";
            values[key] = parts.Length switch
            {
                0 => "",
                1 => Part(parts[0]),
                _ => string.Concat(parts.Select(Part)),
            };
        }
        return values;
    }

    /// <summary>Cuts a value template into literal runs and <c>${group}</c> references, as <see cref="TemplatePattern"/> finds them.</summary>
    internal static TemplatePart[] ParseTemplate(string template)
    {
        var parts = new List<TemplatePart>();
        int at = 0;
        foreach (Match t in TemplatePattern.Matches(template))
        {
            if (t.Index > at) parts.Add(new TemplatePart(template[at..t.Index], null));
            parts.Add(new TemplatePart(null, t.Groups[1].Value));
            at = t.Index + t.Length;
        }
        if (at < template.Length) parts.Add(new TemplatePart(template[at..], null));
        return [.. parts];
    }

    internal static readonly Regex TemplatePattern = new(@"\$\{([A-Za-z_][A-Za-z0-9_]*)\}", RegexOptions.CultureInvariant);
}
