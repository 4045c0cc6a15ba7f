using PolicyExtract.Rules.Gazetteers;

namespace PolicyExtract.Normalization;

/// <summary>A unit or measure word as printed after a number. <see cref="Factor"/> scales the value into <see cref="BaseUnit"/> (万元 → 10000 元).</summary>
public sealed record UnitEntry(string Name, string Class, string BaseUnit, decimal Factor);

/// <summary>How a quantity relates to its number.</summary>
public enum Comparator
{
    Eq,
    Gte,
    Gt,
    Lte,
    Lt,
    Approx,
    Range,
}

/// <summary>
/// Units, comparator words and exclusions used by <see cref="QuantityParser"/> (rules/units.yaml).
/// Immutable; <see cref="Default"/> is the shipped file, embedded in the library.
/// </summary>
public sealed class UnitTable
{
    private readonly Dictionary<char, UnitEntry[]> _byFirstChar;
    private readonly Dictionary<string, UnitEntry> _byName;

    public IReadOnlyList<UnitEntry> Units { get; }

    /// <summary>Words printed before the number: 不低于 → gte.</summary>
    public IReadOnlyDictionary<string, Comparator> Before { get; }

    /// <summary>Words printed after the number and its unit: 以上 → gte.</summary>
    public IReadOnlyDictionary<string, Comparator> After { get; }

    /// <summary>Numeral + measure-word sequences that are words, not quantities (一部分).</summary>
    public IReadOnlyList<string> Exclusions { get; }

    /// <summary>Longest first, for matching.</summary>
    internal string[] BeforeByLength { get; }

    internal string[] AfterByLength { get; }

    public UnitTable(IEnumerable<UnitEntry> units, IReadOnlyDictionary<string, Comparator> before,
        IReadOnlyDictionary<string, Comparator> after, IEnumerable<string> exclusions)
    {
        Units = units.ToList();
        // Later entries (a user's file) replace earlier ones of the same name.
        _byName = new Dictionary<string, UnitEntry>();
        foreach (var u in Units) _byName[u.Name] = u;
        _byFirstChar = _byName.Values.GroupBy(u => u.Name[0])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(u => u.Name.Length).ToArray());
        Before = before;
        After = after;
        Exclusions = exclusions.Distinct().ToList();
        BeforeByLength = before.Keys.OrderByDescending(k => k.Length).ToArray();
        AfterByLength = after.Keys.OrderByDescending(k => k.Length).ToArray();
    }

    /// <summary>
    /// A regular expression matching any unit of the table, longest first (for a rule macro such as <c>{unit}</c>).
    /// </summary>
    public string Pattern => "(?:" + string.Join("|", _byName.Keys.OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal)
        .Select(System.Text.RegularExpressions.Regex.Escape)) + ")";

    /// <summary>The longest unit printed at <paramref name="pos"/>, or null.</summary>
    public UnitEntry? MatchAt(string text, int pos)
    {
        if (pos >= text.Length || !_byFirstChar.TryGetValue(text[pos], out var list)) return null;
        foreach (var u in list)
            if (string.CompareOrdinal(text, pos, u.Name, 0, u.Name.Length) == 0)
                return u;
        return null;
    }

    /// <summary>The entry of a unit name or alias, or null.</summary>
    public UnitEntry? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>This table with <paramref name="over"/>'s entries added and replacing same-named ones.</summary>
    public UnitTable MergedWith(UnitTable over)
    {
        var before = new Dictionary<string, Comparator>(Before);
        foreach (var (k, v) in over.Before) before[k] = v;
        var after = new Dictionary<string, Comparator>(After);
        foreach (var (k, v) in over.After) after[k] = v;
        return new UnitTable(Units.Concat(over.Units), before, after, Exclusions.Concat(over.Exclusions));
    }

    private static readonly Lazy<UnitTable> LazyDefault = new(LoadDefault);

    /// <summary>The shipped rules/units.yaml, embedded in the library so parsing needs no files.</summary>
    public static UnitTable Default => LazyDefault.Value;

    private static UnitTable LoadDefault()
    {
        using var stream = typeof(UnitTable).Assembly.GetManifestResourceStream(UnitsFile.ResourceName)
            ?? throw new InvalidOperationException("embedded units.yaml missing from the build");
        using var reader = new StreamReader(stream);
        var errors = new List<GazetteerError>();
        var table = UnitsFile.Parse(reader.ReadToEnd(), "rules/units.yaml", errors);
        if (errors.Count > 0) throw new GazetteerLoadException(errors);
        return table;
    }
}
