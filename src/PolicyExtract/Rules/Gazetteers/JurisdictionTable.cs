using YamlDotNet.RepresentationModel;

namespace PolicyExtract.Rules.Gazetteers;

/// <summary>A province-level division: 江苏省, short 江苏, abbreviation 苏.</summary>
public sealed record ProvinceEntry(string Name, string Short, string Abbr, string Type, IReadOnlyList<string> OtherAbbrs)
{
    public bool IsMunicipality => Type == "municipality";
}

/// <summary>A city with a known document-number abbreviation; <see cref="Office"/> is 办公厅 for sub-provincial cities.</summary>
public sealed record CityEntry(string Name, string Province, string Abbr, string Office, bool Uncertain);

/// <summary>Province-level names and abbreviations, and cities with known abbreviations (jurisdictions.yaml).</summary>
public sealed class JurisdictionTable
{
    public const string FileName = "jurisdictions.yaml";

    public IReadOnlyList<ProvinceEntry> Provinces { get; }

    public IReadOnlyList<CityEntry> Cities { get; }

    public JurisdictionTable(IEnumerable<ProvinceEntry> provinces, IEnumerable<CityEntry> cities)
    {
        // Later entries (a user's file) replace earlier ones of the same name.
        Provinces = provinces.GroupBy(p => p.Name).Select(g => g.Last()).ToList();
        Cities = cities.GroupBy(c => c.Name).Select(g => g.Last()).ToList();
    }

    public static JurisdictionTable Empty { get; } = new([], []);

    /// <summary>Provinces whose abbreviation (or other abbreviation) is <paramref name="abbr"/>.</summary>
    public IEnumerable<ProvinceEntry> ProvincesByAbbr(string abbr) =>
        Provinces.Where(p => p.Abbr == abbr || p.OtherAbbrs.Contains(abbr));

    public IEnumerable<CityEntry> CitiesByAbbr(string abbr) => Cities.Where(c => c.Abbr == abbr);

    /// <summary>The province entry for a full or short name.</summary>
    public ProvinceEntry? Province(string name) => Provinces.FirstOrDefault(p => p.Name == name || p.Short == name);

    public CityEntry? City(string name) => Cities.FirstOrDefault(c => c.Name == name);

    public JurisdictionTable MergedWith(JurisdictionTable over) =>
        new(Provinces.Concat(over.Provinces), Cities.Concat(over.Cities));

    private static readonly string[] ProvinceTypes = ["province", "municipality", "autonomous-region", "sar"];

    internal static JurisdictionTable Parse(YamlDoc doc)
    {
        var provinces = new List<ProvinceEntry>();
        var cities = new List<CityEntry>();
        if (doc.Root is not { } root) return Empty;
        doc.CheckKeys(root, "provinces", "cities");
        foreach (var item in doc.Seq(doc.Get(root, "provinces"), "provinces") ?? [])
        {
            if (doc.Map(item, "province") is not { } m) continue;
            doc.CheckKeys(m, "name", "short", "abbr", "type", "also");
            var name = doc.Str(doc.Get(m, "name"), "name", m);
            var shortName = doc.Str(doc.Get(m, "short"), "short", m);
            var abbr = doc.Str(doc.Get(m, "abbr"), "abbr", m);
            var type = doc.Str(doc.Get(m, "type"), "type", m);
            if (type is not null && !ProvinceTypes.Contains(type))
            {
                doc.Error(doc.Get(m, "type")!, GazetteerErrorCodes.BadValue, $"unknown province type '{type}' (expected one of: {string.Join(", ", ProvinceTypes)})");
                continue;
            }
            var also = doc.Strings(doc.Get(m, "also"), "also").Select(x => x.Value).ToList();
            if (name is null || shortName is null || abbr is null || type is null) continue;
            provinces.Add(new ProvinceEntry(name, shortName, abbr, type, also));
        }
        foreach (var item in doc.Seq(doc.Get(root, "cities"), "cities") ?? [])
        {
            if (doc.Map(item, "city") is not { } m) continue;
            doc.CheckKeys(m, "name", "province", "abbr", "office", "uncertain");
            var name = doc.Str(doc.Get(m, "name"), "name", m);
            var province = doc.Str(doc.Get(m, "province"), "province", m);
            var abbr = doc.Str(doc.Get(m, "abbr"), "abbr", m);
            var office = doc.Str(doc.Get(m, "office"), "office", m, required: false) ?? "办公室";
            if (office is not ("办公室" or "办公厅"))
                doc.Error(doc.Get(m, "office")!, GazetteerErrorCodes.BadValue, $"office must be 办公室 or 办公厅, not '{office}'");
            var uncertain = doc.Bool(doc.Get(m, "uncertain"), "uncertain");
            if (name is null || province is null || abbr is null) continue;
            cities.Add(new CityEntry(name, province, abbr, office, uncertain));
        }
        return new JurisdictionTable(provinces, cities);
    }
}
