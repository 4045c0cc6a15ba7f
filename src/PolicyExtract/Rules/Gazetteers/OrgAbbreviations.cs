using PolicyExtract.Normalization;

namespace PolicyExtract.Rules.Gazetteers;

/// <summary>A short form of a government body: 人社局 → 人力资源和社会保障局.</summary>
public sealed record OrgAbbreviation(string Short, string Full, bool Uncertain);

/// <summary>Short forms of government bodies and the rules that give printed names their jurisdiction (org-abbreviations.yaml).</summary>
public sealed class OrgAbbreviations
{
    public const string FileName = "org-abbreviations.yaml";

    private readonly Dictionary<string, OrgAbbreviation> _byShort;

    public IReadOnlyCollection<OrgAbbreviation> Abbreviations => _byShort.Values;

    /// <summary>Party committee bodies: 宣传部 → 中共{J}委宣传部.</summary>
    public IReadOnlyList<string> PartyBodies { get; }

    /// <summary>Prefix characters and the level they stand for: 县 → county.</summary>
    public IReadOnlyDictionary<char, JurisdictionLevel> Levels { get; }

    /// <summary>Endings that mark a government body (局, 委员会, 办公室…), longest first.</summary>
    public IReadOnlyList<string> BodySuffixes { get; }

    public OrgAbbreviations(IEnumerable<OrgAbbreviation> abbreviations, IEnumerable<string> partyBodies,
        IReadOnlyDictionary<char, JurisdictionLevel> levels, IEnumerable<string> bodySuffixes)
    {
        _byShort = new Dictionary<string, OrgAbbreviation>();
        foreach (var a in abbreviations) _byShort[a.Short] = a;
        PartyBodies = partyBodies.Distinct().ToList();
        Levels = levels;
        BodySuffixes = bodySuffixes.Distinct().OrderByDescending(s => s.Length).ToList();
    }

    public static OrgAbbreviations Empty { get; } = new([], [], new Dictionary<char, JurisdictionLevel>(), []);

    /// <summary>The entry for a short form, or null.</summary>
    public OrgAbbreviation? Find(string shortForm) => _byShort.GetValueOrDefault(shortForm);

    /// <summary>True when <paramref name="name"/> is a known short or full form or ends like a government body.</summary>
    public bool LooksLikeBody(string name) =>
        _byShort.ContainsKey(name) || PartyBodies.Contains(name) || BodySuffixes.Any(s => name.EndsWith(s, StringComparison.Ordinal));

    public OrgAbbreviations MergedWith(OrgAbbreviations over)
    {
        var levels = new Dictionary<char, JurisdictionLevel>(Levels);
        foreach (var (k, v) in over.Levels) levels[k] = v;
        return new OrgAbbreviations(Abbreviations.Concat(over.Abbreviations), PartyBodies.Concat(over.PartyBodies), levels, BodySuffixes.Concat(over.BodySuffixes));
    }

    private static readonly Dictionary<string, JurisdictionLevel> LevelNames = new()
    {
        ["province"] = JurisdictionLevel.Province, ["city"] = JurisdictionLevel.City, ["county"] = JurisdictionLevel.County,
    };

    internal static OrgAbbreviations Parse(YamlDoc doc)
    {
        if (doc.Root is not { } root) return Empty;
        doc.CheckKeys(root, "abbreviations", "party-bodies", "levels", "body-suffixes");
        var list = new List<OrgAbbreviation>();
        var seen = new HashSet<string>();
        foreach (var item in doc.Seq(doc.Get(root, "abbreviations"), "abbreviations") ?? [])
        {
            if (doc.Map(item, "abbreviation") is not { } m) continue;
            doc.CheckKeys(m, "short", "full", "uncertain");
            var s = doc.Str(doc.Get(m, "short"), "short", m);
            var f = doc.Str(doc.Get(m, "full"), "full", m);
            var u = doc.Bool(doc.Get(m, "uncertain"), "uncertain");
            if (s is null || f is null) continue;
            if (!seen.Add(s)) doc.Error(doc.Get(m, "short")!, GazetteerErrorCodes.Duplicate, $"short form '{s}' listed twice");
            list.Add(new OrgAbbreviation(s, f, u));
        }
        var party = doc.Strings(doc.Get(root, "party-bodies"), "party-bodies").Select(x => x.Value).ToList();
        var levels = new Dictionary<char, JurisdictionLevel>();
        if (doc.Map(doc.Get(root, "levels"), "levels") is { } lv)
        {
            foreach (var (k, v) in lv.Children)
            {
                var ch = doc.Str(k, "level character", k);
                var name = doc.Str(v, "level", k);
                if (ch is null || name is null) continue;
                if (ch.Length != 1) { doc.Error(k, GazetteerErrorCodes.BadValue, $"level prefix '{ch}' must be one character"); continue; }
                if (!LevelNames.TryGetValue(name, out var level)) { doc.Error(v, GazetteerErrorCodes.BadValue, $"unknown level '{name}' (expected one of: province, city, county)"); continue; }
                levels[ch[0]] = level;
            }
        }
        var suffixes = doc.Strings(doc.Get(root, "body-suffixes"), "body-suffixes").Select(x => x.Value).ToList();
        return new OrgAbbreviations(list, party, levels, suffixes);
    }
}
