using PolicyExtract.Rules.Gazetteers;

namespace PolicyExtract.Normalization;

/// <summary>
/// The surface words the period normalizer recognizes, kept as data so a rules directory can extend them
/// (rules/gazetteers/periods.yaml, embedded in the library). The arithmetic that turns them into dates stays in
/// <see cref="PeriodNormalizer"/>. <see cref="Default"/> is the shipped file.
/// </summary>
public sealed record PeriodVocabulary
{
    /// <summary>Words before a time that make it a deadline: 到2022年底, 截至2025年.</summary>
    public required IReadOnlyList<string> DeadlinePrefixes { get; init; }

    /// <summary>Words after a time that make it a deadline: 2022年前, 6月底以前.</summary>
    public required IReadOnlyList<string> DeadlineSuffixes { get; init; }

    /// <summary>Year words relative to the reference date, with their offset in years: 当年 0, 次年 1.</summary>
    public required IReadOnlyDictionary<string, int> RelativeYears { get; init; }

    /// <summary>Recurrence words and the recurrence they stand for: 每年 → yearly.</summary>
    public required IReadOnlyDictionary<string, string> Recurrences { get; init; }

    /// <summary>Recurrence words accepted only as a whole deadline cell (年度), too common in running text.</summary>
    public required IReadOnlyDictionary<string, string> CellRecurrences { get; init; }

    /// <summary>Phrases that mean "no end date" in running text: 持续推进, 长期坚持.</summary>
    public required IReadOnlyList<string> OngoingPhrases { get; init; }

    /// <summary>Shorter ongoing words accepted only as a whole deadline cell: 长期, 持续.</summary>
    public required IReadOnlyList<string> CellOngoingWords { get; init; }

    /// <summary>No words at all (a base for merging).</summary>
    public static PeriodVocabulary Empty { get; } = new()
    {
        DeadlinePrefixes = [], DeadlineSuffixes = [], RelativeYears = new Dictionary<string, int>(),
        Recurrences = new Dictionary<string, string>(), CellRecurrences = new Dictionary<string, string>(),
        OngoingPhrases = [], CellOngoingWords = [],
    };

    private static readonly Lazy<PeriodVocabulary> LazyDefault = new(LoadDefault);

    /// <summary>The shipped rules/gazetteers/periods.yaml, embedded in the library.</summary>
    public static PeriodVocabulary Default => LazyDefault.Value;

    /// <summary>This vocabulary with <paramref name="over"/>'s words added (and its mappings replacing same-worded ones).</summary>
    public PeriodVocabulary MergedWith(PeriodVocabulary over)
    {
        static Dictionary<string, T> Merge<T>(IReadOnlyDictionary<string, T> a, IReadOnlyDictionary<string, T> b)
        {
            var d = new Dictionary<string, T>(a);
            foreach (var (k, v) in b) d[k] = v;
            return d;
        }
        return new PeriodVocabulary
        {
            DeadlinePrefixes = DeadlinePrefixes.Union(over.DeadlinePrefixes).ToList(),
            DeadlineSuffixes = DeadlineSuffixes.Union(over.DeadlineSuffixes).ToList(),
            RelativeYears = Merge(RelativeYears, over.RelativeYears),
            Recurrences = Merge(Recurrences, over.Recurrences),
            CellRecurrences = Merge(CellRecurrences, over.CellRecurrences),
            OngoingPhrases = OngoingPhrases.Union(over.OngoingPhrases).ToList(),
            CellOngoingWords = CellOngoingWords.Union(over.CellOngoingWords).ToList(),
        };
    }

    private static PeriodVocabulary LoadDefault()
    {
        using var stream = typeof(PeriodVocabulary).Assembly.GetManifestResourceStream(PeriodsFile.ResourceName)
            ?? throw new InvalidOperationException("embedded periods.yaml missing from the build");
        using var reader = new StreamReader(stream);
        var errors = new List<GazetteerError>();
        var v = PeriodsFile.Parse(reader.ReadToEnd(), "rules/gazetteers/periods.yaml", errors);
        if (errors.Count > 0) throw new GazetteerLoadException(errors);
        return v;
    }
}
