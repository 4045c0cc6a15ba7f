using PolicyExtract.Normalization;

namespace PolicyExtract.Rules.Gazetteers;

/// <summary>
/// All gazetteers: agency codes, organization short forms, jurisdictions, period words, and the unit table. <see cref="Shipped"/> is the
/// set built into the library (rules/gazetteers/*.yaml and rules/units.yaml); <see cref="Load"/> merges the same files
/// from rules directories over it, later directories winning. Immutable and safe to share.
/// </summary>
public sealed class GazetteerSet
{
    /// <summary>The folder under a rules directory that holds gazetteer files.</summary>
    public const string FolderName = "gazetteers";

    /// <summary>The gazetteer file names read from <see cref="FolderName"/>; other files there are left to other loaders.</summary>
    public static IReadOnlyList<string> FileNames { get; } = [AgencyCodeTable.FileName, OrgAbbreviations.FileName, JurisdictionTable.FileName, PeriodsFile.FileName];

    public AgencyCodeTable Agencies { get; }

    public OrgAbbreviations Organizations { get; }

    public JurisdictionTable Jurisdictions { get; }

    public UnitTable Units { get; }

    /// <summary>The words around times that <see cref="PeriodNormalizer"/> recognizes.</summary>
    public PeriodVocabulary Periods { get; }

    public GazetteerSet(AgencyCodeTable agencies, OrgAbbreviations organizations, JurisdictionTable jurisdictions, UnitTable units, PeriodVocabulary periods)
    {
        Agencies = agencies;
        Organizations = organizations;
        Jurisdictions = jurisdictions;
        Units = units;
        Periods = periods;
    }

    private static readonly Lazy<GazetteerSet> LazyShipped = new(LoadShipped);

    /// <summary>The gazetteers shipped in the library.</summary>
    public static GazetteerSet Shipped => LazyShipped.Value;

    /// <summary>The issuing body of an agency code, with the document's jurisdiction as context (see <see cref="AgencyCodeTable.Resolve"/>).</summary>
    public AgencyMatch? ResolveAgency(string code, Jurisdiction? context = null) => Agencies.Resolve(code, Jurisdictions, context);

    /// <summary>The full name of a printed body (see <see cref="OrgNormalizer"/>).</summary>
    public string NormalizeOrg(string printed, Jurisdiction jurisdiction) => OrgNormalizer.Normalize(printed, jurisdiction, Organizations);

    /// <summary>
    /// Loads <c>gazetteers/*.yaml</c> and <c>units.yaml</c> from each rules directory and merges them over the shipped set
    /// (or over nothing, when <paramref name="includeShipped"/> is false). Every error of every file is collected; if there
    /// is any, a <see cref="GazetteerLoadException"/> lists them all as <c>file:line:col: [PE3xx] message</c>.
    /// </summary>
    public static GazetteerSet Load(IEnumerable<string> rulesDirs, bool includeShipped = true)
    {
        var errors = new List<GazetteerError>();
        var set = includeShipped
            ? Shipped
            : new GazetteerSet(AgencyCodeTable.Empty, OrgAbbreviations.Empty, JurisdictionTable.Empty, EmptyUnits, PeriodVocabulary.Empty);
        foreach (var dir in rulesDirs)
        {
            var files = new Dictionary<string, (string Path, string Text)>();
            foreach (var name in FileNames)
                TryRead(Path.Combine(dir, FolderName, name), name, files, errors);
            TryRead(Path.Combine(dir, UnitsFile.FileName), UnitsFile.FileName, files, errors);
            set = set.MergedWith(Parse(files, errors));
        }
        if (errors.Count > 0) throw new GazetteerLoadException(errors);
        return set;
    }

    private static void TryRead(string path, string name, Dictionary<string, (string, string)> files, List<GazetteerError> errors)
    {
        if (!File.Exists(path)) return;
        try
        {
            files[name] = (path, File.ReadAllText(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.Add(new GazetteerError(path, 1, 1, GazetteerErrorCodes.Io, e.Message));
        }
    }

    /// <summary>Parses gazetteer texts keyed by file name (agency-codes.yaml…, units.yaml); missing files give empty tables.</summary>
    public static GazetteerSet Parse(IReadOnlyDictionary<string, (string Path, string Text)> files, List<GazetteerError> errors)
    {
        YamlDoc? Doc(string name)
        {
            if (!files.TryGetValue(name, out var f)) return null;
            var d = YamlDoc.Parse(f.Text, f.Path);
            return d;
        }
        var agencyDoc = Doc(AgencyCodeTable.FileName);
        var orgDoc = Doc(OrgAbbreviations.FileName);
        var placeDoc = Doc(JurisdictionTable.FileName);
        var periodDoc = Doc(PeriodsFile.FileName);
        var agencies = agencyDoc is null ? AgencyCodeTable.Empty : AgencyCodeTable.Parse(agencyDoc);
        var orgs = orgDoc is null ? OrgAbbreviations.Empty : OrgAbbreviations.Parse(orgDoc);
        var places = placeDoc is null ? JurisdictionTable.Empty : JurisdictionTable.Parse(placeDoc);
        var periods = periodDoc is null ? PeriodVocabulary.Empty : PeriodsFile.Parse(periodDoc);
        foreach (var d in new[] { agencyDoc, orgDoc, placeDoc, periodDoc })
            if (d is not null) errors.AddRange(d.Errors);
        var units = files.TryGetValue(UnitsFile.FileName, out var u)
            ? UnitsFile.Parse(u.Text, u.Path, errors)
            : EmptyUnits;
        return new GazetteerSet(agencies, orgs, places, units, periods);
    }

    private static UnitTable EmptyUnits => new([], new Dictionary<string, Comparator>(), new Dictionary<string, Comparator>(), []);

    /// <summary>This set with <paramref name="over"/>'s entries added, replacing same-keyed ones.</summary>
    public GazetteerSet MergedWith(GazetteerSet over) => new(
        Agencies.MergedWith(over.Agencies),
        Organizations.MergedWith(over.Organizations),
        Jurisdictions.MergedWith(over.Jurisdictions),
        Units.MergedWith(over.Units),
        Periods.MergedWith(over.Periods));

    private static GazetteerSet LoadShipped()
    {
        var asm = typeof(GazetteerSet).Assembly;
        var files = new Dictionary<string, (string, string)>();
        foreach (var name in FileNames)
        {
            using var s = asm.GetManifestResourceStream("PolicyExtract.rules.gazetteers." + name)
                ?? throw new InvalidOperationException($"embedded gazetteer {name} missing from the build");
            using var r = new StreamReader(s);
            files[name] = ("rules/gazetteers/" + name, r.ReadToEnd());
        }
        var errors = new List<GazetteerError>();
        var set = Parse(files, errors);
        if (errors.Count > 0) throw new GazetteerLoadException(errors);
        // The unit table and the period words have their own lazily parsed copies; share them rather than parse twice.
        return new GazetteerSet(set.Agencies, set.Organizations, set.Jurisdictions, UnitTable.Default, PeriodVocabulary.Default);
    }
}
