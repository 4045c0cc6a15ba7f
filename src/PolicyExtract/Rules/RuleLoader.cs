using System.Text;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PolicyExtract.Rules;

/// <summary>A problem in a rules file, under a stable code: <c>rules/targets.yaml:14:7: [PE104] unknown macro 'unitt'</c>.</summary>
public sealed record RuleError(RuleLocation Location, string Code, string Message)
{
    public override string ToString() => $"{Location}: [{Code}] {Message}";
}

/// <summary>Thrown when rules cannot be loaded; carries every error found, in every file, at once.</summary>
public sealed class RuleLoadException(IReadOnlyList<RuleError> errors)
    : Exception(string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<RuleError> Errors { get; } = errors;
}

/// <summary>
/// Loads rule files (<c>*.yaml</c> directly under each rules directory) into a <see cref="RuleSet"/>.
/// Later directories are merged over earlier ones: a rule with the same id replaces the earlier one, a macro with the same
/// name redefines it. Every file is validated in full before anything is used.
/// </summary>
/// <remarks>Error codes: PE100 YAML syntax, PE101 unknown key, PE102 missing key, PE103 bad regular expression,
/// PE104 unknown macro, PE105 duplicate id, PE106 wrong type, PE107 macro cycle, PE108 bad token constraint.</remarks>
public static class RuleLoader
{
    private static readonly HashSet<string> FileKeys = ["description", "macros", "rules"];
    /// <summary>
    /// How long one search of a rule's pattern may run on one text. Policy text never comes near it; a pattern that
    /// backtracks without end on some input (a user rule, say) fails that document with <see cref="RuleTimeoutException"/>
    /// instead of holding up the batch.
    /// </summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);

    private static readonly HashSet<string> RuleKeys = ["id", "field", "priority", "pattern", "tokens", "values", "requires", "scope", "examples", "counterexamples", "description"];
    private static readonly HashSet<string> ExampleKeys = ["text", "match", "values"];
    private static readonly HashSet<string> TokenKeys = ["word", "tag", "repeat", "name"];
    private static readonly Regex MacroRef = new(@"\{([A-Za-z_][A-Za-z0-9_]*)\}", RegexOptions.CultureInvariant);

    /// <summary>Rules files in one directory, in a stable order.</summary>
    public static IEnumerable<string> RuleFiles(string directory) =>
        Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory, "*.yaml").Order(StringComparer.Ordinal)
            : [];

    /// <param name="directories">Rules directories, shipped first.</param>
    /// <param name="predefined">Macros made from data elsewhere (the unit table as {unit}); rule files may redefine them.</param>
    public static RuleSet Load(IEnumerable<string> directories, IReadOnlyDictionary<string, string>? predefined = null)
    {
        var errors = new List<RuleError>();
        var macros = new Dictionary<string, (string Value, RuleLocation Where)>(StringComparer.Ordinal);
        foreach (var (name, value) in predefined ?? new Dictionary<string, string>())
            macros[name] = (value, new RuleLocation("(built in)", 0, 0));
        var raw = new List<RawRule>();
        foreach (var dir in directories)
        {
            if (!Directory.Exists(dir))
            {
                errors.Add(new RuleError(new RuleLocation(dir, 0, 0), "PE102", "rules directory does not exist"));
                continue;
            }
            var idsInDir = new Dictionary<string, RuleLocation>(StringComparer.Ordinal);
            foreach (var file in RuleFiles(dir))
                ParseFile(file, macros, raw, idsInDir, errors);
        }

        // Later definitions replace earlier ones with the same id, keeping the earlier position in the order.
        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        var merged = new List<RawRule>();
        foreach (var r in raw)
        {
            if (byId.TryGetValue(r.Id, out int at))
                merged[at] = r;
            else
            {
                byId[r.Id] = merged.Count;
                merged.Add(r);
            }
        }

        var expanded = new Dictionary<string, string>(StringComparer.Ordinal);
        var rules = new List<Rule>();
        foreach (var r in merged)
        {
            Regex? regex = null;
            Func<Regex>? built = null;
            if (r.Pattern is { } pattern)
            {
                var text = Expand(pattern.Value, pattern.Where, macros, expanded, [], errors);
                if (text is not null)
                    text = NarrowDigits(text);
                if (text is not null)
                {
                    try
                    {
                        // Interpreted to begin with: a rule the documents use a lot is compiled later (Rule.Engine), so a
                        // run over a few files does not pay for compiling fifty patterns it barely uses. A shipped
                        // pattern's compiled form was built with the tool.
                        regex = new Regex(text, RegexOptions.CultureInvariant, MatchTimeout);
                        built = ShippedPatterns.Find(text);
                    }
                    catch (ArgumentException ex)
                    {
                        errors.Add(new RuleError(pattern.Where, "PE103", $"rule '{r.Id}': invalid pattern: {ex.Message}"));
                    }
                }
            }
            rules.Add(new Rule
            {
                Id = r.Id,
                Field = r.Field,
                Priority = r.Priority,
                Pattern = regex,
                BuiltPattern = built,
                Tokens = r.Tokens,
                Values = r.Values,
                Requires = r.Requires,
                Scope = r.Scope,
                Examples = r.Examples,
                CounterExamples = r.CounterExamples,
                Location = r.Where,
            });
        }
        if (errors.Count > 0)
            throw new RuleLoadException(errors);
        var macroValues = macros.ToDictionary(m => m.Key, m => NarrowDigits(Expand(m.Value.Value, m.Value.Where, macros, expanded, [], errors) ?? ""));
        return new RuleSet(rules, macroValues);
    }

    private sealed record RawRule(
        string Id, string Field, int Priority, (string Value, RuleLocation Where)? Pattern, TokenPattern? Tokens,
        Dictionary<string, string> Values, List<RuleExample> Examples, List<RuleCounterExample> CounterExamples, RuleLocation Where)
    {
        public List<string> Requires { get; init; } = [];

        public RuleScope Scope { get; init; }
    }

    private static void ParseFile(string file, Dictionary<string, (string, RuleLocation)> macros, List<RawRule> rules,
        Dictionary<string, RuleLocation> ids, List<RuleError> errors)
    {
        var display = DisplayPath(file);
        RuleLocation At(YamlNode n) => new(display, (int)n.Start.Line, (int)n.Start.Column);
        var stream = new YamlStream();
        try
        {
            using var reader = new StreamReader(file, Encoding.UTF8);
            stream.Load(reader);
        }
        catch (YamlException ex)
        {
            errors.Add(new RuleError(new RuleLocation(display, (int)ex.Start.Line, (int)ex.Start.Column), "PE100", FirstLine(ex.Message)));
            return;
        }
        if (stream.Documents.Count == 0)
            return;
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            errors.Add(new RuleError(At(stream.Documents[0].RootNode), "PE106", "a rules file must be a mapping with 'macros' and/or 'rules'"));
            return;
        }
        // Gazetteers and unit tables (units.yaml) share the folder; a rules file is one with macros or rules.
        if (!root.Children.Keys.Any(k => k is YamlScalarNode { Value: "macros" or "rules" }))
            return;
        CheckKeys(root, FileKeys, "file", At, errors);

        if (Child(root, "macros") is { } macroNode)
        {
            if (macroNode is not YamlMappingNode map)
                errors.Add(new RuleError(At(macroNode), "PE106", "'macros' must be a mapping of name to pattern or list of words"));
            else
                foreach (var (k, v) in map.Children)
                {
                    var name = ((YamlScalarNode)k).Value ?? "";
                    if (v is YamlScalarNode s)
                        macros[name] = (s.Value ?? "", At(v));
                    else if (v is YamlSequenceNode seq && seq.Children.All(c => c is YamlScalarNode))
                        // A word list becomes an alternation, longest first, so that 牵头单位 wins over 单位.
                        macros[name] = ("(?:" + string.Join("|", seq.Children.Select(c => ((YamlScalarNode)c).Value ?? "")
                            .Where(w => w.Length > 0).Distinct().OrderByDescending(w => w.Length).Select(Regex.Escape)) + ")", At(v));
                    else
                        errors.Add(new RuleError(At(v), "PE106", $"macro '{name}' must be a pattern or a list of words"));
                }
        }

        if (Child(root, "rules") is not { } rulesNode)
            return;
        if (rulesNode is not YamlSequenceNode list)
        {
            errors.Add(new RuleError(At(rulesNode), "PE106", "'rules' must be a list"));
            return;
        }
        foreach (var item in list.Children)
        {
            if (item is not YamlMappingNode r)
            {
                errors.Add(new RuleError(At(item), "PE106", "a rule must be a mapping"));
                continue;
            }
            CheckKeys(r, RuleKeys, "rule", At, errors);
            var id = Scalar(r, "id", At, errors, required: true);
            var field = Scalar(r, "field", At, errors, required: true);
            int priority = 0;
            if (Child(r, "priority") is { } p && (p is not YamlScalarNode ps || !int.TryParse(ps.Value, out priority)))
                errors.Add(new RuleError(At(p), "PE106", "'priority' must be an integer"));
            (string, RuleLocation)? pattern = Child(r, "pattern") is YamlScalarNode pn ? (pn.Value ?? "", At(pn)) : null;
            if (Child(r, "pattern") is { } pnode && pnode is not YamlScalarNode)
                errors.Add(new RuleError(At(pnode), "PE106", "'pattern' must be a string"));
            TokenPattern? tokens = null;
            if (Child(r, "tokens") is { } tn)
                tokens = ParseTokens(tn, At, errors);
            if (pattern is null && tokens is null)
                errors.Add(new RuleError(At(r), "PE102", $"rule '{id}' needs a 'pattern' or 'tokens'"));
            if (pattern is not null && tokens is not null)
                errors.Add(new RuleError(At(r), "PE106", $"rule '{id}' has both 'pattern' and 'tokens'"));
            var values = StringMap(Child(r, "values"), "values", At, errors);
            var examples = new List<RuleExample>();
            if (Child(r, "examples") is { } en)
            {
                if (en is not YamlSequenceNode es)
                    errors.Add(new RuleError(At(en), "PE106", "'examples' must be a list"));
                else
                    foreach (var e in es.Children)
                    {
                        if (e is YamlScalarNode se)
                            examples.Add(new RuleExample(se.Value ?? "", null, new Dictionary<string, string>(), At(e)));
                        else if (e is YamlMappingNode me)
                        {
                            CheckKeys(me, ExampleKeys, "example", At, errors);
                            var text = Scalar(me, "text", At, errors, required: true) ?? "";
                            var match = Scalar(me, "match", At, errors, required: false);
                            var ev = StringMap(Child(me, "values"), "values", At, errors);
                            foreach (var key in ev.Keys.Where(k => !values.ContainsKey(k)))
                                errors.Add(new RuleError(At(me), "PE101", $"example expects value '{key}' that rule '{id}' does not produce"));
                            examples.Add(new RuleExample(text, match, ev, At(e)));
                        }
                        else
                            errors.Add(new RuleError(At(e), "PE106", "an example must be a text or a mapping with 'text'"));
                    }
            }
            var counter = new List<RuleCounterExample>();
            if (Child(r, "counterexamples") is { } cn)
            {
                if (cn is YamlSequenceNode cs && cs.Children.All(c => c is YamlScalarNode))
                    counter.AddRange(cs.Children.Select(c => new RuleCounterExample(((YamlScalarNode)c).Value ?? "", At(c))));
                else
                    errors.Add(new RuleError(At(cn), "PE106", "'counterexamples' must be a list of texts"));
            }
            if (id is null || field is null)
                continue;
            if (ids.TryGetValue(id, out var first))
                errors.Add(new RuleError(At(r), "PE105", $"duplicate rule id '{id}' (first defined at {first})"));
            else
                ids[id] = At(r);
            var requires = new List<string>();
            if (Child(r, "requires") is { } rq)
            {
                if (rq is YamlSequenceNode rs && rs.Children.All(c => c is YamlScalarNode { Value.Length: > 0 }))
                    requires.AddRange(rs.Children.Select(c => ((YamlScalarNode)c).Value!));
                else
                    errors.Add(new RuleError(At(rq), "PE106", "'requires' must be a list of non-empty strings"));
            }
            var scope = RuleScope.Text;
            if (Child(r, "scope") is { } sc)
            {
                if (sc is YamlScalarNode { Value: "line" })
                    scope = RuleScope.Line;
                else if (sc is not YamlScalarNode { Value: "text" })
                    errors.Add(new RuleError(At(sc), "PE106", "'scope' must be 'text' or 'line'"));
                if (scope == RuleScope.Line && requires.Count == 0)
                    errors.Add(new RuleError(At(sc), "PE106", "'scope: line' needs 'requires' (the lines to search are those holding a required string)"));
            }
            rules.Add(new RawRule(id, field, priority, pattern, tokens, values, examples, counter, At(r)) { Requires = requires, Scope = scope });
        }
    }

    private static TokenPattern? ParseTokens(YamlNode node, Func<YamlNode, RuleLocation> at, List<RuleError> errors)
    {
        if (node is not YamlSequenceNode seq || seq.Children.Count == 0)
        {
            errors.Add(new RuleError(at(node), "PE106", "'tokens' must be a non-empty list of constraints"));
            return null;
        }
        var list = new List<TokenConstraint>();
        foreach (var c in seq.Children)
        {
            if (c is not YamlMappingNode m)
            {
                errors.Add(new RuleError(at(c), "PE108", "a token constraint must be a mapping with 'word' and/or 'tag'"));
                continue;
            }
            CheckKeys(m, TokenKeys, "token constraint", at, errors);
            Regex? Compile(string key)
            {
                var v = Scalar(m, key, at, errors, required: false);
                if (v is null) return null;
                try { return new Regex("^(?:" + v + ")$", RegexOptions.CultureInvariant); }
                catch (ArgumentException ex)
                {
                    errors.Add(new RuleError(at(Child(m, key)!), "PE103", $"invalid {key} pattern: {ex.Message}"));
                    return null;
                }
            }
            var word = Compile("word");
            var tag = Compile("tag");
            var repeat = Scalar(m, "repeat", at, errors, required: false) ?? "1";
            if (repeat is not ("1" or "?" or "+" or "*"))
                errors.Add(new RuleError(at(Child(m, "repeat")!), "PE108", $"repeat must be one of 1 ? + * (got '{repeat}')"));
            if (word is null && tag is null)
                errors.Add(new RuleError(at(m), "PE108", "a token constraint needs 'word' or 'tag'"));
            list.Add(new TokenConstraint(word, tag, repeat[0], Scalar(m, "name", at, errors, required: false)));
        }
        return new TokenPattern(list);
    }

    private static string? Expand(string pattern, RuleLocation where, Dictionary<string, (string Value, RuleLocation Where)> macros,
        Dictionary<string, string> done, HashSet<string> active, List<RuleError> errors)
    {
        bool ok = true;
        var result = MacroRef.Replace(pattern, m =>
        {
            var name = m.Groups[1].Value;
            if (done.TryGetValue(name, out var cached))
                return cached;
            if (!macros.TryGetValue(name, out var def))
            {
                errors.Add(new RuleError(where, "PE104", $"unknown macro '{{{name}}}'"));
                ok = false;
                return m.Value;
            }
            if (!active.Add(name))
            {
                errors.Add(new RuleError(def.Where, "PE107", $"macro '{name}' refers to itself"));
                ok = false;
                return m.Value;
            }
            var inner = Expand(def.Value, def.Where, macros, done, active, errors);
            active.Remove(name);
            if (inner is null) { ok = false; return m.Value; }
            var wrapped = "(?:" + inner + ")";
            done[name] = wrapped;
            return wrapped;
        });
        return ok ? result : null;
    }

    /// <summary>The digits a rule's <c>\d</c> stands for: ASCII and full-width, the only decimal digits Chinese documents write.</summary>
    internal const string DigitRange = "0-9０-９";

    /// <summary>
    /// Rewrites <c>\d</c> in an expanded pattern as <see cref="DigitRange"/> (<c>[0-9０-９]</c> outside a character class, the
    /// range itself inside one) and <c>\D</c> outside a class as its complement. .NET's <c>\d</c> is every Unicode decimal
    /// digit; that class defeats the vectorized search for where a match can start, and the scripts it adds (Devanagari,
    /// Arabic-Indic, …) do not occur in the documents, so the narrower class finds the same matches about three times as fast.
    /// </summary>
    internal static string NarrowDigits(string pattern)
    {
        if (!pattern.Contains("\\d", StringComparison.Ordinal) && !pattern.Contains("\\D", StringComparison.Ordinal))
            return pattern;
        var sb = new System.Text.StringBuilder(pattern.Length + 16);
        bool inClass = false;
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                char e = pattern[++i];
                if (e == 'd')
                    sb.Append(inClass ? DigitRange : "[" + DigitRange + "]");
                else if (e == 'D' && !inClass)
                    sb.Append("[^" + DigitRange + "]");
                else
                    sb.Append(c).Append(e);
                continue;
            }
            if (c == '[' && !inClass)
                inClass = true;
            else if (c == ']' && inClass)
                inClass = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var v) ? v : null;

    private static string? Scalar(YamlMappingNode map, string key, Func<YamlNode, RuleLocation> at, List<RuleError> errors, bool required)
    {
        var node = Child(map, key);
        if (node is null)
        {
            if (required)
                errors.Add(new RuleError(at(map), "PE102", $"missing '{key}'"));
            return null;
        }
        if (node is YamlScalarNode s)
            return s.Value;
        errors.Add(new RuleError(at(node), "PE106", $"'{key}' must be a string"));
        return null;
    }

    private static Dictionary<string, string> StringMap(YamlNode? node, string key, Func<YamlNode, RuleLocation> at, List<RuleError> errors)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (node is null)
            return result;
        if (node is not YamlMappingNode map)
        {
            errors.Add(new RuleError(at(node), "PE106", $"'{key}' must be a mapping"));
            return result;
        }
        foreach (var (k, v) in map.Children)
        {
            if (v is YamlScalarNode s)
                result[((YamlScalarNode)k).Value ?? ""] = s.Value ?? "";
            else
                errors.Add(new RuleError(at(v), "PE106", $"value '{k}' must be a string"));
        }
        return result;
    }

    private static void CheckKeys(YamlMappingNode map, HashSet<string> allowed, string what, Func<YamlNode, RuleLocation> at, List<RuleError> errors)
    {
        foreach (var k in map.Children.Keys)
        {
            var name = (k as YamlScalarNode)?.Value ?? "";
            if (!allowed.Contains(name))
                errors.Add(new RuleError(at(k), "PE101", $"unknown {what} key '{name}' (expected one of: {string.Join(", ", allowed)})"));
        }
    }

    private static string FirstLine(string s)
    {
        int nl = s.IndexOf('\n');
        return (nl < 0 ? s : s[..nl]).Trim();
    }

    /// <summary>Paths in messages are relative to the working directory when under it, so they can be clicked.</summary>
    private static string DisplayPath(string file)
    {
        var full = Path.GetFullPath(file);
        var rel = Path.GetRelativePath(Environment.CurrentDirectory, full);
        return rel.StartsWith("..", StringComparison.Ordinal) ? full : rel;
    }
}
