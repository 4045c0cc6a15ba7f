using PolicyExtract.Normalization;
using YamlDotNet.RepresentationModel;

namespace PolicyExtract.Rules.Gazetteers;

/// <summary>Reads rules/units.yaml: units with classes, comparator words, exclusions.</summary>
public static class UnitsFile
{
    public const string FileName = "units.yaml";

    internal const string ResourceName = "PolicyExtract.rules.units.yaml";

    /// <summary>The unit classes a file may use.</summary>
    public static readonly IReadOnlySet<string> Classes = new HashSet<string>
    {
        "count", "people", "money", "percent", "permille", "percent-point", "ratio", "duration",
        "area", "length", "mass", "volume", "power", "energy", "age", "frequency", "credit", "data", "compute", "bandwidth",
    };

    private static readonly Dictionary<string, Comparator> ComparatorNames = new()
    {
        ["eq"] = Comparator.Eq, ["gte"] = Comparator.Gte, ["gt"] = Comparator.Gt,
        ["lte"] = Comparator.Lte, ["lt"] = Comparator.Lt, ["approx"] = Comparator.Approx,
    };

    /// <summary>Parses a units file, adding every problem to <paramref name="errors"/>; the table holds the valid entries.</summary>
    public static UnitTable Parse(string yaml, string file, List<GazetteerError> errors)
    {
        var doc = YamlDoc.Parse(yaml, file);
        var units = new List<UnitEntry>();
        var before = new Dictionary<string, Comparator>();
        var after = new Dictionary<string, Comparator>();
        var exclusions = new List<string>();
        if (doc.Root is { } root)
        {
            doc.CheckKeys(root, "units", "comparators", "exclusions");
            ReadUnits(doc, doc.Get(root, "units"), units);
            if (doc.Map(doc.Get(root, "comparators"), "comparators") is { } cmp)
            {
                doc.CheckKeys(cmp, "before", "after");
                ReadComparators(doc, doc.Get(cmp, "before"), before);
                ReadComparators(doc, doc.Get(cmp, "after"), after);
            }
            exclusions.AddRange(doc.Strings(doc.Get(root, "exclusions"), "exclusions").Select(x => x.Value));
        }
        errors.AddRange(doc.Errors);
        return new UnitTable(units, before, after, exclusions);
    }

    private static void ReadUnits(YamlDoc doc, YamlNode? node, List<UnitEntry> units)
    {
        var seen = new HashSet<string>();
        foreach (var item in doc.Seq(node, "units") ?? [])
        {
            if (doc.Map(item, "unit") is not { } m) continue;
            doc.CheckKeys(m, "name", "class", "base", "factor", "aliases");
            var name = doc.Str(doc.Get(m, "name"), "name", m);
            var cls = doc.Str(doc.Get(m, "class"), "class", m);
            var baseUnit = doc.Str(doc.Get(m, "base"), "base", m, required: false);
            var factorText = doc.Str(doc.Get(m, "factor"), "factor", m, required: false);
            decimal factor = 1;
            if (factorText is not null && (!decimal.TryParse(factorText, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out factor) || factor <= 0))
            {
                doc.Error(doc.Get(m, "factor")!, GazetteerErrorCodes.BadValue, $"factor '{factorText}' is not a positive number");
                continue;
            }
            if (cls is not null && !Classes.Contains(cls))
                doc.Error(doc.Get(m, "class")!, GazetteerErrorCodes.BadValue, $"unknown unit class '{cls}' (expected one of: {string.Join(", ", Classes)})");
            if (name is null || cls is null || !Classes.Contains(cls)) continue;
            if (!seen.Add(name))
                doc.Error(doc.Get(m, "name")!, GazetteerErrorCodes.Duplicate, $"unit '{name}' defined twice");
            var entry = new UnitEntry(name, cls, baseUnit ?? name, factor);
            units.Add(entry);
            foreach (var (alias, _) in doc.Strings(doc.Get(m, "aliases"), "aliases"))
                units.Add(entry with { Name = alias });
        }
    }

    private static void ReadComparators(YamlDoc doc, YamlNode? node, Dictionary<string, Comparator> into)
    {
        if (doc.Map(node, "comparators") is not { } m) return;
        foreach (var (k, v) in m.Children)
        {
            var word = doc.Str(k, "word", k);
            var name = doc.Str(v, "comparator", k);
            if (word is null || name is null) continue;
            if (!ComparatorNames.TryGetValue(name, out var c))
            {
                doc.Error(v, GazetteerErrorCodes.BadValue, $"unknown comparator '{name}' (expected one of: {string.Join(", ", ComparatorNames.Keys)})");
                continue;
            }
            into[word] = c;
        }
    }
}
