using System.Globalization;
using System.Text.Json;
using PolicyExtract.Extraction;
using PolicyExtract.Output;
using PolicyExtract.Output.Schema;

namespace PolicyExtract.Validation;

/// <summary>What <c>check</c> demands of every document.</summary>
/// <param name="Fields">Field paths that must be present and non-empty (<see cref="ResultSchema.FieldPaths"/> names).</param>
/// <param name="MinTargets">The least number of targets each document must yield; 0 checks nothing.</param>
public sealed record CheckRequirements(IReadOnlyList<string> Fields, int MinTargets);

/// <summary>One failed check of one document.</summary>
/// <param name="Check">The check's name: <c>schema</c>, <c>require FIELD</c>, <c>min-targets N</c> or <c>read</c>.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Line">The 1-based line of the document the problem is about, when an item's evidence says so.</param>
public sealed record CheckProblem(string Check, string Message, int? Line);

/// <summary>The checks run on one document and those that failed.</summary>
/// <param name="Path">The document's path as given.</param>
/// <param name="Checks">Every check run, in order (each is a test case in JUnit output).</param>
/// <param name="Problems">The failures; empty when the document passed.</param>
/// <param name="ReadError">Set when the document could not be read, so nothing was checked.</param>
public sealed record DocumentCheck(string Path, IReadOnlyList<string> Checks, IReadOnlyList<CheckProblem> Problems, string? ReadError = null)
{
    public bool Passed => ReadError is null && Problems.Count == 0;
}

/// <summary>
/// The checks behind <c>policyextract check</c>: the result validates against the schema, the required fields are
/// present and non-empty, and there are enough targets. Works on the JSON as written, so it checks what users get.
/// </summary>
public static class ResultChecker
{
    public const string SchemaCheck = "schema";

    public const string ReadCheck = "read";

    /// <summary>The requested fields the schema does not know, so the command can refuse them before reading anything.</summary>
    public static IReadOnlyList<string> UnknownFields(IEnumerable<string> fields)
    {
        var known = ResultSchema.FieldPaths.ToHashSet(StringComparer.Ordinal);
        return fields.Where(f => !known.Contains(f)).ToList();
    }

    public static string RequireCheck(string field) => "require " + field;

    public static string MinTargetsCheck(int n) => "min-targets " + n.ToString(CultureInfo.InvariantCulture);

    public static DocumentCheck Check(ExtractionResult result, CheckRequirements requirements)
    {
        var json = JsonOutput.Serialize(result, indented: true);
        return Check(result.Source.Path, json, requirements);
    }

    /// <summary>Checks one result given as the JSON text <c>extract</c> wrote for it.</summary>
    public static DocumentCheck Check(string path, string json, CheckRequirements requirements)
    {
        var checks = new List<string> { SchemaCheck };
        var problems = new List<CheckProblem>();
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;

        foreach (var p in ResultValidator.Validate(json).Problems)
            problems.Add(new CheckProblem(SchemaCheck, $"{p.Path}: {p.Message}", EvidenceLine(root, p.Path)));

        foreach (var field in requirements.Fields)
        {
            var name = RequireCheck(field);
            checks.Add(name);
            var state = Presence(root, field);
            if (state is not null)
                problems.Add(new CheckProblem(name, $"{field} is {state}", null));
        }

        if (requirements.MinTargets > 0)
        {
            var name = MinTargetsCheck(requirements.MinTargets);
            checks.Add(name);
            int count = root.TryGetProperty("targets", out var t) && t.ValueKind == JsonValueKind.Array ? t.GetArrayLength() : 0;
            if (count < requirements.MinTargets)
                problems.Add(new CheckProblem(name, $"targets: found {count}, expected at least {requirements.MinTargets}", null));
        }
        return new DocumentCheck(path, checks, problems);
    }

    public static DocumentCheck ReadFailure(string path, string reason) =>
        new(path, [ReadCheck], [new CheckProblem(ReadCheck, reason, null)], reason);

    /// <summary>Null when the field has a value; otherwise "missing" (absent or null) or "empty".</summary>
    private static string? Presence(JsonElement root, string field)
    {
        var current = root;
        foreach (var part in field.Split('.'))
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(part, out var next))
                return "missing";
            current = next;
        }
        return current.ValueKind switch
        {
            JsonValueKind.Null or JsonValueKind.Undefined => "missing",
            JsonValueKind.String when string.IsNullOrWhiteSpace(current.GetString()) => "empty",
            JsonValueKind.Array when current.GetArrayLength() == 0 => "empty (no items)",
            JsonValueKind.Object when !current.EnumerateObject().Any() => "empty",
            _ => null,
        };
    }

    /// <summary>
    /// The document line of the innermost item on <paramref name="jsonPath"/> that carries evidence, so a CI annotation
    /// lands on the line of the target or task that is broken.
    /// </summary>
    internal static int? EvidenceLine(JsonElement root, string jsonPath)
    {
        int? line = null;
        var current = root;
        void Look(JsonElement e)
        {
            if (e.ValueKind == JsonValueKind.Object && e.TryGetProperty("evidence", out var ev)
                && ev.ValueKind == JsonValueKind.Object && ev.TryGetProperty("line", out var l) && l.TryGetInt32(out var n))
                line = n;
        }
        foreach (var step in Steps(jsonPath))
        {
            Look(current);
            if (step is int index)
            {
                if (current.ValueKind != JsonValueKind.Array || index >= current.GetArrayLength())
                    break;
                current = current[index];
            }
            else if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty((string)step, out current))
                break;
        }
        Look(current);
        return line;
    }

    private static IEnumerable<object> Steps(string jsonPath)
    {
        int i = jsonPath.StartsWith('$') ? 1 : 0;
        while (i < jsonPath.Length)
        {
            if (jsonPath[i] == '.')
            {
                int end = i + 1;
                while (end < jsonPath.Length && jsonPath[end] != '.' && jsonPath[end] != '[')
                    end++;
                yield return jsonPath[(i + 1)..end];
                i = end;
            }
            else if (jsonPath[i] == '[' && i + 1 < jsonPath.Length && jsonPath[i + 1] == '\'')
            {
                int end = jsonPath.IndexOf("']", i, StringComparison.Ordinal);
                if (end < 0) yield break;
                yield return jsonPath[(i + 2)..end].Replace("\\'", "'").Replace("\\\\", "\\");
                i = end + 2;
            }
            else if (jsonPath[i] == '[')
            {
                int end = jsonPath.IndexOf(']', i);
                if (end < 0 || !int.TryParse(jsonPath.AsSpan(i + 1, end - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
                    yield break;
                yield return n;
                i = end + 1;
            }
            else
                yield break;
        }
    }
}
