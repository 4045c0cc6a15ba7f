using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using PolicyExtract.Model;
using PolicyExtract.Segmentation;

namespace PolicyExtract.Rules;

/// <summary>How a macro is matched against a text.</summary>
public enum MacroMatch
{
    Whole,
    End,
    Anywhere,
}

/// <summary>All loaded rules, grouped by field, highest priority first. Immutable and shared across workers.</summary>
public sealed class RuleSet
{
    private readonly Dictionary<string, IReadOnlyList<Rule>> _byField;

    public RuleSet(IReadOnlyList<Rule> rules, IReadOnlyDictionary<string, string> macros)
    {
        All = rules;
        Macros = macros;
        _byField = rules.GroupBy(r => r.Field, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Rule>)g.OrderByDescending(r => r.Priority).ToList(), StringComparer.Ordinal);
    }

    public IReadOnlyList<Rule> All { get; }

    /// <summary>Macros after expansion (word lists as alternations), for extractors that build patterns at run time.</summary>
    public IReadOnlyDictionary<string, string> Macros { get; }

    public IReadOnlyList<Rule> For(string field) => _byField.TryGetValue(field, out var r) ? r : [];

    /// <summary>
    /// Every rule with a pattern built with the tool (<see cref="ShippedPatterns"/>) searches with it from now on, instead of
    /// starting on the interpreter: for a batch, where the built patterns repay loading them within its first documents.
    /// </summary>
    public void UseBuiltPatterns()
    {
        foreach (var rule in All)
            rule.UseBuiltPattern();
    }

    /// <summary>Every character rule counts and times its searches from now on (<see cref="Rule.SearchWork"/>).</summary>
    public void TimeSearches()
    {
        foreach (var rule in All)
            rule.TimeSearches();
    }

    private readonly ConcurrentDictionary<(string, MacroMatch), Regex?> _macroRegexes = new();

    /// <summary>A macro as a compiled expression, built once: the whole text, its end, or anywhere in it. Null for an unknown macro.</summary>
    public Regex? MacroRegex(string name, MacroMatch how = MacroMatch.Whole) =>
        // Looked up first, so the common case (already built) allocates no closure.
        _macroRegexes.TryGetValue((name, how), out var built) ? built
            : _macroRegexes.GetOrAdd((name, how), static (key, macros) => macros.TryGetValue(key.Item1, out var p)
                ? new Regex(key.Item2 switch { MacroMatch.Whole => "^(?:" + p + ")$", MacroMatch.End => "(?:" + p + ")$", _ => p },
                    RegexOptions.CultureInvariant | RegexOptions.Compiled)
                : null, Macros);

    private readonly ConcurrentDictionary<(string, string, string), string?> _firstValues = new();

    /// <summary>
    /// The value <paramref name="name"/> of the first match of the field's rules in a short <paramref name="text"/> (a word),
    /// remembered: for lookups such as a comparator word, asked again and again.
    /// </summary>
    public string? FirstValue(string field, string text, string name) =>
        _firstValues.TryGetValue((field, text, name), out var known) ? known
            : _firstValues.GetOrAdd((field, text, name), static (key, set) =>
            {
                var found = set.Find(key.Item1, key.Item2);
                return found.Count > 0 ? found[0].Value(key.Item3) : null;
            }, this);

    /// <summary>True when <paramref name="text"/> as a whole is one of the macro's words (or matches its pattern).</summary>
    public bool IsMacro(string name, string text) => MacroRegex(name)?.IsMatch(text) == true;

    /// <summary>
    /// Every match of the field's rules in <paramref name="text"/>, overlaps resolved: a higher priority wins, then the longer
    /// match, then the earlier. Matches overlapping <paramref name="masked"/> spans are dropped. Sorted by position.
    /// </summary>
    public List<RuleMatch> Find(string field, string text, int offset = 0, IReadOnlyList<TextSpan>? masked = null,
        IReadOnlyList<Token>? tokens = null)
    {
        var all = new List<RuleMatch>();
        var rules = For(field);
        for (int i = 0; i < rules.Count; i++)
        {
            var rule = rules[i];
            if (!MayMatch(rule, text))
                continue;
            if (rule.Pattern is not null)
                rule.AddMatches(text, offset, all);
            else if (rule.Tokens is not null && tokens is not null)
                all.AddRange(TokenMatches(rule, text, offset, tokens));
        }
        return Resolve(all, masked);
    }

    /// <summary>
    /// What <see cref="Find"/> gives for each line of <paramref name="text"/> (searched as <c>Find(field, line, line.Start,
    /// masked)</c>), for the lines <paramref name="search"/> admits (default: every line that is not empty); null where a
    /// line has no match. Instead of every rule on every line, a rule with <see cref="Rule.Requires"/> searches only the lines
    /// holding a required string, found by one scan of the whole text per string, and the lines are searched in place
    /// (<see cref="Regex.Match(string, int, int)"/> sees the line alone, as a search of the line's own text does).
    /// Token rules need a line's tokens and are left out, as <see cref="Find"/> leaves them out without tokens.
    /// </summary>
    public List<RuleMatch>?[] FindByLine(string field, string text, IReadOnlyList<TextSpan> lines, Func<int, bool>? search = null,
        IReadOnlyList<TextSpan>? masked = null)
    {
        var found = new List<RuleMatch>?[lines.Count];
        var rules = For(field);
        if (rules.Count == 0 || lines.Count == 0)
            return found;
        var admitted = new bool[lines.Count];
        for (int i = 0; i < lines.Count; i++)
            admitted[i] = lines[i].Length > 0 && (search is null || search(i));
        var candidate = new bool[lines.Count];
        // Most searched lines hold no match: a line gets its list only when one is found.
        var scratch = new List<RuleMatch>();
        for (int r = 0; r < rules.Count; r++)
        {
            var rule = rules[r];
            if (rule.Pattern is null)
                continue;
            bool[] searchOn = admitted;
            if (rule.Requires.Count > 0)
            {
                Array.Clear(candidate);
                MarkLinesHolding(rule.Requires, text, lines, admitted, candidate);
                searchOn = candidate;
            }
            for (int i = 0; i < lines.Count; i++)
            {
                if (!searchOn[i])
                    continue;
                rule.AddMatchesIn(text, lines[i], scratch);
                if (scratch.Count == 0)
                    continue;
                (found[i] ??= []).AddRange(scratch);
                scratch.Clear();
            }
        }
        for (int i = 0; i < found.Length; i++)
        {
            if (found[i] is not { } all)
                continue;
            var kept = Resolve(all, masked);
            found[i] = kept.Count > 0 ? kept : null;
        }
        return found;
    }

    /// <summary>Sets <paramref name="marks"/>[i] for every admitted line holding one of <paramref name="strings"/> (none holds a line break).</summary>
    private static void MarkLinesHolding(IReadOnlyList<string> strings, string text, IReadOnlyList<TextSpan> lines, bool[] admitted, bool[] marks)
    {
        for (int k = 0; k < strings.Count; k++)
        {
            var s = strings[k];
            int line = 0;
            for (int at = text.IndexOf(s, StringComparison.Ordinal); at >= 0; )
            {
                // Lines are in order and cover the text, so the line holding the occurrence is found by walking forward.
                while (line < lines.Count - 1 && lines[line].End < at + s.Length)
                    line++;
                var span = lines[line];
                if (at >= span.Start && at + s.Length <= span.End && admitted[line])
                    marks[line] = true;
                // The rest of this line is decided: go on from the next line.
                int next = Math.Max(at + 1, span.End + 1);
                at = next >= text.Length ? -1 : text.IndexOf(s, next, StringComparison.Ordinal);
            }
        }
    }

    /// <summary>Masked matches out, then overlaps resolved (a higher priority, then the longer, then the earlier), by position.</summary>
    private static List<RuleMatch> Resolve(List<RuleMatch> all, IReadOnlyList<TextSpan>? masked)
    {
        if (masked is { Count: > 0 } && all.Count > 0)
            all.RemoveAll(m => Overlaps(masked, m.Span));
        if (all.Count <= 1)
            return all;
        all.Sort(ByPriorityLengthStart);
        var kept = new List<RuleMatch>();
        foreach (var m in all)
        {
            bool overlaps = false;
            foreach (var k in kept)
                if (k.Span.Overlaps(m.Span)) { overlaps = true; break; }
            if (!overlaps)
                kept.Add(m);
        }
        kept.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return kept;
    }

    private static readonly Comparison<RuleMatch> ByPriorityLengthStart = (a, b) =>
    {
        int c = b.Rule.Priority.CompareTo(a.Rule.Priority);
        if (c != 0) return c;
        c = b.Span.Length.CompareTo(a.Span.Length);
        return c != 0 ? c : a.Span.Start.CompareTo(b.Span.Start);
    };

    /// <summary>The rule's <see cref="Rule.Requires"/> pre-check: false when the text contains none of the required strings.</summary>
    private static bool MayMatch(Rule rule, string text)
    {
        var requires = rule.Requires;
        if (requires.Count == 0) return true;
        for (int i = 0; i < requires.Count; i++)
            if (text.Contains(requires[i], StringComparison.Ordinal))
                return true;
        return false;
    }

    private static bool Overlaps(IReadOnlyList<TextSpan> spans, TextSpan span)
    {
        for (int i = 0; i < spans.Count; i++)
            if (spans[i].Overlaps(span)) return true;
        return false;
    }

    /// <summary>Matches of a token rule; <paramref name="tokens"/> have spans into <paramref name="text"/>.</summary>
    public static IEnumerable<RuleMatch> TokenMatches(Rule rule, string text, int offset, IReadOnlyList<Token> tokens)
    {
        foreach (var (span, groups) in rule.Tokens!.Match(tokens))
        {
            var g = groups.ToDictionary(kv => kv.Key, kv => (text.Substring(kv.Value.Start, kv.Value.Length),
                new TextSpan(offset + kv.Value.Start, offset + kv.Value.End)), StringComparer.Ordinal);
            yield return new RuleMatch
            {
                Rule = rule,
                Span = new TextSpan(offset + span.Start, offset + span.End),
                Text = text.Substring(span.Start, span.Length),
                Groups = g,
                Values = RuleMatch.Fill(rule.Values, name => g.TryGetValue(name, out var v) ? v.Item1 : ""),
            };
        }
    }
}
