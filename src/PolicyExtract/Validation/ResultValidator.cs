using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;
using PolicyExtract.Output.Schema;

namespace PolicyExtract.Validation;

/// <summary>One way a JSON text breaks the schema.</summary>
/// <param name="Path">JSONPath of the offending value from the root of the text: <c>$.targets[0].value</c>; an array file starts with <c>$[i]</c>.</param>
/// <param name="Line">1-based line in the text, 0 when unknown.</param>
/// <param name="Column">1-based column in the text, 0 when unknown.</param>
/// <param name="Message">What is wrong, for people.</param>
/// <param name="Record">0-based index of the result in the text (array element or JSON-lines record).</param>
public sealed record SchemaProblem(string Path, int Line, int Column, string Message, int Record);

/// <summary>The outcome of validating one JSON text.</summary>
/// <param name="Records">How many results the text held.</param>
/// <param name="Problems">Every problem found, in document order; empty when the text is valid.</param>
public sealed record ValidationReport(int Records, IReadOnlyList<SchemaProblem> Problems)
{
    public bool IsValid => Problems.Count == 0;
}

/// <summary>
/// Validates extraction outputs against <see cref="ResultSchema"/>. Accepts what <c>extract</c> writes: one result
/// object, an array of results, or JSON lines (one result per line; any sequence of top-level values works).
/// </summary>
public static class ResultValidator
{
    /// <summary>Validates a JSON text. A text that is not JSON yields one problem at <c>$</c> naming where parsing stopped.</summary>
    public static ValidationReport Validate(string text) => Validate(text, ResultSchema.Schema);

    /// <summary>Validates a JSON text against another schema (tests use it to pin the flattening of errors).</summary>
    public static ValidationReport Validate(string text, JsonSchema schema)
    {
        var problems = new List<SchemaProblem>();
        var values = new List<JToken>();
        using (var reader = new JsonTextReader(new StringReader(text))
        {
            SupportMultipleContent = true,
            // Dates must stay strings: the schema checks their pattern, and a parsed DateTime would skip it.
            DateParseHandling = DateParseHandling.None,
            FloatParseHandling = FloatParseHandling.Double,
        })
        {
            try
            {
                while (reader.Read())
                {
                    if (reader.TokenType == JsonToken.Comment)
                        continue;
                    // Without load settings: Newtonsoft 9 drops line info when they are given.
                    values.Add(JToken.ReadFrom(reader));
                }
            }
            catch (JsonReaderException ex)
            {
                problems.Add(new SchemaProblem("$", Math.Max(1, ex.LineNumber), Math.Max(1, ex.LinePosition), "not valid JSON: " + TrimNewtonsoftMessage(ex.Message), values.Count));
                return new ValidationReport(values.Count, problems);
            }
        }

        if (values.Count == 0)
        {
            problems.Add(new SchemaProblem("$", 1, 1, "no JSON value found (the file is empty)", 0));
            return new ValidationReport(0, problems);
        }

        // A single array holds many results; otherwise each top-level value is one result (JSON lines).
        if (values.Count == 1 && values[0] is JArray array)
        {
            // NJsonSchema paths of an element already start with its index ([3].targets...), from the array's root.
            for (int i = 0; i < array.Count; i++)
                ValidateRecord(array[i], array, schema, i, problems);
            return new ValidationReport(array.Count, problems);
        }
        for (int i = 0; i < values.Count; i++)
            ValidateRecord(values[i], values[i], schema, i, problems);
        return new ValidationReport(values.Count, problems);
    }

    private static void ValidateRecord(JToken record, JToken root, JsonSchema schema, int index, List<SchemaProblem> problems)
    {
        var found = new List<SchemaProblem>();
        foreach (var error in schema.Validate(record))
            Flatten(error, root, "$", index, found);

        // "2020/10/22" fails both the pattern and the date format: say it once, as a bad date.
        var dateErrors = found.Where(p => p.Message.Contains(DateMessage, StringComparison.Ordinal)).Select(p => p.Path).ToHashSet();
        var seen = new HashSet<(string, string)>();
        foreach (var p in found.OrderBy(p => p.Line).ThenBy(p => p.Column))
        {
            if (dateErrors.Contains(p.Path) && p.Message.Contains(PatternMessage, StringComparison.Ordinal))
                continue;
            if (seen.Add((p.Path, p.Message)))
                problems.Add(p);
        }
    }

    private const string DateMessage = "is not a date";
    private const string PatternMessage = "does not match";

    private static readonly HashSet<ValidationErrorKind> TypeKinds =
    [
        ValidationErrorKind.StringExpected, ValidationErrorKind.NumberExpected, ValidationErrorKind.IntegerExpected,
        ValidationErrorKind.BooleanExpected, ValidationErrorKind.ObjectExpected, ValidationErrorKind.ArrayExpected,
        ValidationErrorKind.NullExpected,
    ];

    /// <summary>
    /// NJsonSchema reports a failed anyOf or multi-type as one error holding every branch's errors. Users want the
    /// branch that applies: drop branches whose type does not fit the value, and recurse into the one that is left.
    /// </summary>
    private static void Flatten(ValidationError error, JToken record, string prefix, int index, List<SchemaProblem> output)
    {
        switch (error)
        {
            case MultiTypeValidationError multi:
            {
                var fitting = multi.Errors.Where(b => !b.Value.Any(e => e.Path == error.Path && TypeKinds.Contains(e.Kind))).ToList();
                if (fitting.Count == 1)
                    foreach (var e in fitting[0].Value)
                        Flatten(e, record, prefix, index, output);
                else
                    output.Add(Problem(error, prefix, index, "expected " + DescribeTypes(multi.Errors.Keys) + ", found " + Found(record, error.Path)));
                break;
            }
            case ChildSchemaValidationError child when error.Kind is ValidationErrorKind.NotAnyOf or ValidationErrorKind.NotOneOf or ValidationErrorKind.NotAllOf:
            {
                var fitting = child.Errors.Where(b => !b.Value.Any(e => e.Path == error.Path && TypeKinds.Contains(e.Kind))).ToList();
                if (fitting.Count == 1)
                    foreach (var e in fitting[0].Value)
                        Flatten(e, record, prefix, index, output);
                else
                {
                    var types = child.Errors.Keys.Select(s => s.ActualSchema.Type).Aggregate(JsonObjectType.None, (a, b) => a | b);
                    output.Add(Problem(error, prefix, index, "expected " + DescribeTypes([types]) + ", found " + Found(record, error.Path)));
                }
                break;
            }
            case ChildSchemaValidationError child:
                foreach (var branch in child.Errors)
                    foreach (var e in branch.Value)
                        Flatten(e, record, prefix, index, output);
                break;
            default:
                output.Add(Problem(error, prefix, index, Describe(error, record)));
                break;
        }
    }

    private static SchemaProblem Problem(ValidationError error, string prefix, int index, string message)
    {
        int line = error.HasLineInfo ? error.LineNumber : 0;
        int column = error.HasLineInfo ? error.LinePosition : 0;
        return new SchemaProblem(ToJsonPath(prefix, error.Path), line, column, message, index);
    }

    private static string Describe(ValidationError error, JToken record)
    {
        var schema = error.Schema;
        string Value() => Show(Find(record, error.Path));
        return error.Kind switch
        {
            ValidationErrorKind.PropertyRequired => "required property is missing",
            ValidationErrorKind.NoAdditionalPropertiesAllowed => "property is not in the schema",
            ValidationErrorKind.NotInEnumeration => $"{Value()} is not one of: {string.Join(", ", schema?.Enumeration.Select(e => e?.ToString()) ?? [])}",
            ValidationErrorKind.PatternMismatch => $"{Value()} {PatternMessage} {schema?.Pattern}",
            ValidationErrorKind.DateExpected => $"{Value()} {DateMessage} (yyyy-MM-dd)",
            ValidationErrorKind.StringTooShort => schema?.MinLength == 1 ? "must not be empty" : $"is shorter than {schema?.MinLength} characters",
            ValidationErrorKind.NumberTooSmall => $"{Value()} is below the minimum {schema?.Minimum?.ToString(CultureInfo.InvariantCulture)}",
            ValidationErrorKind.NumberTooBig or ValidationErrorKind.IntegerTooBig => $"{Value()} is above the maximum {schema?.Maximum?.ToString(CultureInfo.InvariantCulture)}",
            ValidationErrorKind.StringExpected => "expected string, found " + Found(record, error.Path),
            ValidationErrorKind.NumberExpected => "expected number, found " + Found(record, error.Path),
            ValidationErrorKind.IntegerExpected => "expected integer, found " + Found(record, error.Path),
            ValidationErrorKind.BooleanExpected => "expected boolean, found " + Found(record, error.Path),
            ValidationErrorKind.ObjectExpected => "expected object, found " + Found(record, error.Path),
            ValidationErrorKind.ArrayExpected => "expected array, found " + Found(record, error.Path),
            ValidationErrorKind.NullExpected => "expected null, found " + Found(record, error.Path),
            _ => error.Kind.ToString(),
        };
    }

    private static string DescribeTypes(IEnumerable<JsonObjectType> types)
    {
        var all = types.Aggregate(JsonObjectType.None, (a, b) => a | b);
        var names = new List<string>();
        foreach (var (flag, name) in new[]
        {
            (JsonObjectType.Object, "object"), (JsonObjectType.Array, "array"), (JsonObjectType.String, "string"),
            (JsonObjectType.Integer, "integer"), (JsonObjectType.Number, "number"), (JsonObjectType.Boolean, "boolean"),
            (JsonObjectType.Null, "null"),
        })
            if (all.HasFlag(flag))
                names.Add(name);
        return names.Count == 0 ? "another type" : string.Join(" or ", names);
    }

    private static string Found(JToken record, string path) => Find(record, path)?.Type switch
    {
        JTokenType.String => "string " + Show(Find(record, path)),
        JTokenType.Integer => "integer " + Show(Find(record, path)),
        JTokenType.Float => "number " + Show(Find(record, path)),
        JTokenType.Boolean => "boolean",
        JTokenType.Object => "object",
        JTokenType.Array => "array",
        JTokenType.Null => "null",
        null => "nothing",
        var t => t.ToString()!.ToLowerInvariant(),
    };

    private static string Show(JToken? token)
    {
        if (token is null)
            return "value";
        var text = token.ToString(Formatting.None);
        return text.Length <= 60 ? text : text[..57] + "...";
    }

    /// <summary>NJsonSchema paths look like <c>#/targets[0].value</c>; ours are JSONPath from the file's root.</summary>
    internal static string ToJsonPath(string prefix, string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "#" || path == "#/")
            return prefix;
        var rest = path.StartsWith("#/", StringComparison.Ordinal) ? path[2..] : path;
        var sb = new System.Text.StringBuilder(prefix);
        foreach (var segment in Segments(rest))
        {
            if (segment.Index is { } i)
                sb.Append('[').Append(i).Append(']');
            else if (IsIdentifier(segment.Name!))
                sb.Append('.').Append(segment.Name);
            else
                sb.Append("['").Append(segment.Name!.Replace("\\", "\\\\").Replace("'", "\\'")).Append("']");
        }
        return sb.ToString();
    }

    private static bool IsIdentifier(string name) =>
        name.Length > 0 && (char.IsLetter(name[0]) || name[0] == '_') && name.All(c => char.IsLetterOrDigit(c) || c == '_');

    private readonly record struct Segment(string? Name, int? Index);

    private static IEnumerable<Segment> Segments(string path)
    {
        int i = 0;
        while (i < path.Length)
        {
            if (path[i] == '.') { i++; continue; }
            if (path[i] == '[')
            {
                int close = path.IndexOf(']', i);
                if (close > i && int.TryParse(path.AsSpan(i + 1, close - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
                {
                    yield return new Segment(null, n);
                    i = close + 1;
                    continue;
                }
            }
            int end = i;
            while (end < path.Length && path[end] != '.' && path[end] != '[')
                end++;
            if (end == i) end = i + 1;
            yield return new Segment(path[i..end], null);
            i = end;
        }
    }

    /// <summary>The value an NJsonSchema path points at, or null when it does not exist (a missing property).</summary>
    internal static JToken? Find(JToken root, string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "#" || path == "#/")
            return root;
        JToken? current = root;
        foreach (var segment in Segments(path.StartsWith("#/", StringComparison.Ordinal) ? path[2..] : path))
        {
            current = segment.Index is { } i
                ? current is JArray a && i < a.Count ? a[i] : null
                : current is JObject o ? o.Property(segment.Name!)?.Value : null;
            if (current is null)
                return null;
        }
        return current;
    }

    private static string TrimNewtonsoftMessage(string message)
    {
        // Newtonsoft appends "Path 'x', line 3, position 7."; we print the line and column ourselves.
        int at = message.IndexOf(" Path '", StringComparison.Ordinal);
        if (at < 0) at = message.IndexOf(", line ", StringComparison.Ordinal);
        return (at > 0 ? message[..at] : message).TrimEnd('.', ' ');
    }
}
