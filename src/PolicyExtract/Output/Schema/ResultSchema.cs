using System.Text.Json;
using NJsonSchema;
using PolicyExtract.Extraction;

namespace PolicyExtract.Output.Schema;

/// <summary>
/// The published JSON Schema (draft-07) of <see cref="ExtractionResult"/>, embedded in the library from
/// schemas/policyextract-&lt;version&gt;.schema.json so the tool validates without any file beside it.
/// </summary>
public static class ResultSchema
{
    private const string ResourceName = "PolicyExtract.Output.Schema.policyextract.schema.json";

    private static readonly Lazy<string> _text = new(LoadText);

    private static readonly Lazy<JsonSchema> _schema = new(() =>
        // NJsonSchema only offers an async loader; the schema is embedded, so nothing here waits on I/O.
        JsonSchema.FromJsonAsync(_text.Value).GetAwaiter().GetResult());

    private static readonly Lazy<IReadOnlyList<string>> _fieldPaths = new(ListFieldPaths);

    /// <summary>The schema version; the same as <see cref="ExtractionResult.CurrentSchemaVersion"/> (a test holds them together).</summary>
    public static string Version => ExtractionResult.CurrentSchemaVersion;

    /// <summary>The file name the schema is published under in the repository.</summary>
    public static string FileName => $"policyextract-{Version}.schema.json";

    /// <summary>The schema exactly as published.</summary>
    public static string Text => _text.Value;

    /// <summary>The parsed schema, shared: build it once, validate many documents with it.</summary>
    public static JsonSchema Schema => _schema.Value;

    /// <summary>
    /// Dotted paths of every property reachable through objects (not through arrays), e.g. <c>title</c>,
    /// <c>documentNumber</c>, <c>documentNumber.year</c>, <c>source.encoding</c>. These are the names
    /// <c>check --require</c> accepts.
    /// </summary>
    public static IReadOnlyList<string> FieldPaths => _fieldPaths.Value;

    private static string LoadText()
    {
        using var stream = typeof(ResultSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing from the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static IReadOnlyList<string> ListFieldPaths()
    {
        using var doc = JsonDocument.Parse(Text);
        var root = doc.RootElement;
        var definitions = root.GetProperty("definitions");
        var paths = new List<string>();
        Walk(root, "", 0);
        return paths;

        void Walk(JsonElement schema, string prefix, int depth)
        {
            var obj = Resolve(schema);
            if (depth > 4 || !obj.TryGetProperty("properties", out var props))
                return;
            foreach (var p in props.EnumerateObject())
            {
                var path = prefix.Length == 0 ? p.Name : prefix + "." + p.Name;
                paths.Add(path);
                Walk(p.Value, path, depth + 1);
            }
        }

        // Follows $ref and picks the non-null branch of the anyOf [null, X] used for optional values.
        JsonElement Resolve(JsonElement schema)
        {
            for (int guard = 0; guard < 8; guard++)
            {
                if (schema.TryGetProperty("$ref", out var r) && r.GetString() is { } refText && refText.StartsWith("#/definitions/", StringComparison.Ordinal))
                    schema = definitions.GetProperty(refText["#/definitions/".Length..]);
                else if (schema.TryGetProperty("anyOf", out var any))
                {
                    var next = any.EnumerateArray().FirstOrDefault(b => !(b.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == "null"));
                    if (next.ValueKind != JsonValueKind.Object)
                        return schema;
                    schema = next;
                }
                else
                    return schema;
            }
            return schema;
        }
    }
}
