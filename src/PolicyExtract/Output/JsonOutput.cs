using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using PolicyExtract.Extraction;

namespace PolicyExtract.Output;

/// <summary>JSON serialization of results: camelCase names, Chinese text unescaped, nulls written out.</summary>
public static class JsonOutput
{
    public static readonly JsonSerializerOptions Pretty = Create(indented: true);

    public static readonly JsonSerializerOptions Compact = Create(indented: false);

    private static JsonSerializerOptions Create(bool indented) => new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DictionaryKeyPolicy = null,
        WriteIndented = indented,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string Serialize(ExtractionResult result, bool indented = true) =>
        JsonSerializer.Serialize(result, indented ? Pretty : Compact);
}
