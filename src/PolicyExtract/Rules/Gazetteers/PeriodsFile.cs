using PolicyExtract.Normalization;

namespace PolicyExtract.Rules.Gazetteers;

/// <summary>Reads gazetteers/periods.yaml into a <see cref="PeriodVocabulary"/>.</summary>
public static class PeriodsFile
{
    public const string FileName = "periods.yaml";

    internal const string ResourceName = "PolicyExtract.rules.gazetteers.periods.yaml";

    private static readonly string[] Keys =
        ["deadline-prefixes", "deadline-suffixes", "relative-years", "recurrences", "cell-recurrences", "ongoing", "cell-ongoing"];

    /// <summary>Parses a periods file; problems go to <paramref name="errors"/> and the vocabulary keeps the valid words.</summary>
    public static PeriodVocabulary Parse(string yaml, string file, List<GazetteerError> errors)
    {
        var doc = YamlDoc.Parse(yaml, file);
        var v = Parse(doc);
        errors.AddRange(doc.Errors);
        return v;
    }

    internal static PeriodVocabulary Parse(YamlDoc doc)
    {
        var root = doc.Root;
        if (root is null) return PeriodVocabulary.Empty;
        doc.CheckKeys(root, Keys);
        List<string> List(string key) => doc.Strings(doc.Get(root, key), key).Select(x => x.Value).ToList();
        Dictionary<string, string> Words(string key)
        {
            var d = new Dictionary<string, string>();
            if (doc.Map(doc.Get(root, key), key) is not { } m) return d;
            foreach (var (k, val) in m.Children)
            {
                var w = doc.Str(k, "word", k);
                var r = doc.Str(val, "recurrence", k);
                if (w is not null && r is not null) d[w] = r;
            }
            return d;
        }
        var rel = new Dictionary<string, int>();
        if (doc.Map(doc.Get(root, "relative-years"), "relative-years") is { } rm)
        {
            foreach (var (k, val) in rm.Children)
            {
                var w = doc.Str(k, "word", k);
                var n = doc.Str(val, "offset", k);
                if (w is null || n is null) continue;
                if (!int.TryParse(n, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var off))
                {
                    doc.Error(val, GazetteerErrorCodes.BadValue, $"year offset '{n}' is not a whole number");
                    continue;
                }
                rel[w] = off;
            }
        }
        return new PeriodVocabulary
        {
            DeadlinePrefixes = List("deadline-prefixes"),
            DeadlineSuffixes = List("deadline-suffixes"),
            RelativeYears = rel,
            Recurrences = Words("recurrences"),
            CellRecurrences = Words("cell-recurrences"),
            OngoingPhrases = List("ongoing"),
            CellOngoingWords = List("cell-ongoing"),
        };
    }
}
