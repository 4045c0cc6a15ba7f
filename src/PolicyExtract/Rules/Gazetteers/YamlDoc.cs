using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PolicyExtract.Rules.Gazetteers;

/// <summary>
/// A parsed YAML file plus the errors found while reading it. The helpers check shapes and record errors with the
/// node's position instead of throwing, so a file reports every problem at once.
/// </summary>
internal sealed class YamlDoc
{
    public string File { get; }

    public YamlMappingNode? Root { get; }

    public List<GazetteerError> Errors { get; }

    private YamlDoc(string file, YamlMappingNode? root, List<GazetteerError> errors)
    {
        File = file;
        Root = root;
        Errors = errors;
    }

    public static YamlDoc Parse(string text, string file)
    {
        var errors = new List<GazetteerError>();
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            // YamlDotNet marks are 1-based already.
            errors.Add(new GazetteerError(file, (int)e.Start.Line, (int)e.Start.Column, GazetteerErrorCodes.Syntax, FirstLine(e.Message)));
            return new YamlDoc(file, null, errors);
        }
        if (stream.Documents.Count == 0)
            return new YamlDoc(file, new YamlMappingNode(), errors);
        var root = stream.Documents[0].RootNode;
        if (root is not YamlMappingNode map)
        {
            errors.Add(At(file, root, GazetteerErrorCodes.Shape, "expected a mapping at the top of the file"));
            return new YamlDoc(file, null, errors);
        }
        return new YamlDoc(file, map, errors);
    }

    private static string FirstLine(string message)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 20) - (…): "; the position is reported separately.
        var i = message.IndexOf("): ", StringComparison.Ordinal);
        var m = i >= 0 ? message[(i + 3)..] : message;
        return m.Split('\n')[0].Trim();
    }

    public static GazetteerError At(string file, YamlNode node, string code, string message) =>
        new(file, (int)node.Start.Line, (int)node.Start.Column, code, message);

    public void Error(YamlNode node, string code, string message) => Errors.Add(At(File, node, code, message));

    /// <summary>The value of a top-level key, or null when absent.</summary>
    public YamlNode? Get(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var v) ? v : null;

    /// <summary>Reports keys of <paramref name="map"/> outside <paramref name="allowed"/>.</summary>
    public void CheckKeys(YamlMappingNode map, params string[] allowed)
    {
        foreach (var k in map.Children.Keys)
        {
            var name = (k as YamlScalarNode)?.Value ?? "";
            if (!allowed.Contains(name))
                Error(k, GazetteerErrorCodes.UnknownKey, $"unknown key '{name}' (expected one of: {string.Join(", ", allowed)})");
        }
    }

    public YamlSequenceNode? Seq(YamlNode? node, string what)
    {
        if (node is null) return null;
        if (node is YamlSequenceNode s) return s;
        if (node is YamlScalarNode { Value: null or "" }) return new YamlSequenceNode();
        Error(node, GazetteerErrorCodes.Shape, $"{what}: expected a list");
        return null;
    }

    public YamlMappingNode? Map(YamlNode? node, string what)
    {
        if (node is null) return null;
        if (node is YamlMappingNode m) return m;
        if (node is YamlScalarNode { Value: null or "" }) return new YamlMappingNode();
        Error(node, GazetteerErrorCodes.Shape, $"{what}: expected a mapping");
        return null;
    }

    /// <summary>A scalar's text; records an error and returns null for lists, mappings and (when required) empty values.</summary>
    public string? Str(YamlNode? node, string what, YamlNode owner, bool required = true)
    {
        if (node is null)
        {
            if (required) Error(owner, GazetteerErrorCodes.Missing, $"missing '{what}'");
            return null;
        }
        if (node is not YamlScalarNode s)
        {
            Error(node, GazetteerErrorCodes.Shape, $"'{what}': expected text");
            return null;
        }
        if (string.IsNullOrWhiteSpace(s.Value))
        {
            if (required) Error(node, GazetteerErrorCodes.Missing, $"'{what}' is empty");
            return null;
        }
        return s.Value.Trim();
    }

    /// <summary>A true/false flag; absent means false.</summary>
    public bool Bool(YamlNode? node, string what)
    {
        if (node is null) return false;
        if (node is YamlScalarNode { Value: "true" or "yes" }) return true;
        if (node is YamlScalarNode { Value: "false" or "no" }) return false;
        Error(node, GazetteerErrorCodes.BadValue, $"'{what}': expected true or false");
        return false;
    }

    /// <summary>Each scalar item of a list of strings.</summary>
    public IEnumerable<(string Value, YamlNode Node)> Strings(YamlNode? node, string what)
    {
        var seq = Seq(node, what);
        if (seq is null) yield break;
        foreach (var item in seq)
        {
            var v = Str(item, what, item);
            if (v is not null) yield return (v, item);
        }
    }
}
