using PolicyExtract.Normalization;

namespace PolicyExtract.Rules.Gazetteers;

/// <summary>An agency code known exactly: 国办发 → 国务院办公厅.</summary>
public sealed record AgencyCodeEntry(string Code, string Body, bool Uncertain);

/// <summary>
/// A body code that follows a jurisdiction abbreviation (政办发 in 苏政办发), with the body's name per level.
/// Names may hold {J} for the jurisdiction; otherwise the jurisdiction is put in front.
/// </summary>
public sealed record BodyCodeEntry(string Code, string Body, string? Province, string? Municipality, string? City, string? County, bool Office, bool Uncertain)
{
    /// <summary>The body's name at a level, falling back county → city → body and municipality → province → body.</summary>
    public string NameFor(JurisdictionLevel level, bool municipality) => level switch
    {
        JurisdictionLevel.Province when municipality => Municipality ?? Province ?? Body,
        JurisdictionLevel.Province => Province ?? Body,
        JurisdictionLevel.City => City ?? Body,
        _ => County ?? City ?? Body,
    };
}

/// <summary>How an agency code was resolved.</summary>
public enum AgencyResolution
{
    /// <summary>The code is in the table of known codes.</summary>
    Exact,

    /// <summary>Jurisdiction abbreviation (from jurisdictions.yaml) + body code.</summary>
    Decomposed,

    /// <summary>Body code + an abbreviation matched against the document's own jurisdiction (稷 in 稷山县).</summary>
    FromDocument,
}

/// <summary>The issuing body an agency code stands for.</summary>
public sealed record AgencyMatch(string Code, string Body, string? Jurisdiction, AgencyResolution Resolution, bool Uncertain)
{
    /// <summary>
    /// The jurisdiction the body belongs to, by level, read from its name (江苏省人民政府办公厅 → province 江苏省), so a
    /// document's short forms can be completed from its number (省政府办公厅 under 苏政办发).
    /// </summary>
    public Normalization.Jurisdiction Place => Normalization.Jurisdiction.FromText(Body);
}

/// <summary>Document-number agency codes (agency-codes.yaml) and their resolution to issuing bodies.</summary>
public sealed class AgencyCodeTable
{
    public const string FileName = "agency-codes.yaml";

    private readonly Dictionary<string, List<AgencyCodeEntry>> _codes;

    public IReadOnlyList<AgencyCodeEntry> Codes { get; }

    /// <summary>How many characters may follow a body code in a decomposed agency code (字, 函, 职成).</summary>
    private const int MaxSeriesMark = 3;

    /// <summary>Longest code first, so 政办发 is tried before 发.</summary>
    public IReadOnlyList<BodyCodeEntry> BodyCodes { get; }

    public AgencyCodeTable(IEnumerable<AgencyCodeEntry> codes, IEnumerable<BodyCodeEntry> bodyCodes)
    {
        Codes = codes.ToList();
        _codes = new Dictionary<string, List<AgencyCodeEntry>>();
        foreach (var c in Codes)
        {
            if (!_codes.TryGetValue(c.Code, out var list)) _codes[c.Code] = list = [];
            // A user's entry for the same code and body replaces the shipped one (to clear "uncertain", say).
            list.RemoveAll(x => x.Body == c.Body);
            list.Add(c);
        }
        BodyCodes = bodyCodes.GroupBy(b => b.Code).Select(g => g.Last())
            .OrderByDescending(b => b.Code.Length).ToList();
    }

    public static AgencyCodeTable Empty { get; } = new([], []);

    public AgencyCodeTable MergedWith(AgencyCodeTable over) => new(Codes.Concat(over.Codes), BodyCodes.Concat(over.BodyCodes));

    /// <summary>
    /// Resolves an agency code (锡教发, 苏政办发, 国发) to its issuing body. <paramref name="context"/> is the document's
    /// own jurisdiction: it picks between codes two jurisdictions share (宁政发) and supplies the name when the
    /// abbreviation is not in <paramref name="places"/> (稷政发 in a 稷山县 document → 稷山县人民政府). Null when unknown.
    /// </summary>
    public AgencyMatch? Resolve(string code, JurisdictionTable places, Jurisdiction? context = null)
    {
        code = code.Trim();
        context ??= Jurisdiction.Empty;
        if (_codes.TryGetValue(code, out var exact) && exact.Count > 0)
        {
            var pick = exact.FirstOrDefault(e => MentionsContext(e.Body, context)) ?? exact[0];
            return new AgencyMatch(code, pick.Body, null, AgencyResolution.Exact, pick.Uncertain);
        }
        // Jurisdiction abbreviations are one character, rarely two; the body code follows, possibly with a short
        // series mark after it (鲁教职字: 鲁 + 教职 + 字; 浙教办职成: 浙 + 教办 + 职成).
        for (int abbrLength = 1; abbrLength <= 2 && abbrLength < code.Length; abbrLength++)
        {
            var abbr = code[..abbrLength];
            var rest = code[abbrLength..];
            var b = BodyCodes.FirstOrDefault(x => rest.StartsWith(x.Code, StringComparison.Ordinal) && rest.Length - x.Code.Length <= MaxSeriesMark);
            if (b is null) continue;
            var cities = places.CitiesByAbbr(abbr).ToList();
            var provinces = places.ProvincesByAbbr(abbr).ToList();
            // Order of trust: a listed city of the document's own province, then a province (province-level numbers
            // are the ones cited most: 苏政发 is 江苏省 even in a 苏州市 document), then the document's own
            // jurisdiction (稷 of 稷山县), then any listed city.
            var city = context.Province is null ? null : cities.FirstOrDefault(c => c.Province == context.Province);
            if (city is not null)
                return Build(code, b, city.Name, JurisdictionLevel.City, false, city.Office, AgencyResolution.Decomposed, city.Uncertain);
            if (provinces.Count > 0)
                return Build(code, b, provinces[0].Name, JurisdictionLevel.Province, provinces[0].IsMunicipality, null, AgencyResolution.Decomposed, false);
            if (FromDocument(abbr, context) is { } local)
                return Build(code, b, local.Name, local.Level, Jurisdiction.IsMunicipality(local.Name), places.City(local.Name)?.Office, AgencyResolution.FromDocument, false);
            if (cities.FirstOrDefault() is { } any)
                return Build(code, b, any.Name, JurisdictionLevel.City, false, any.Office, AgencyResolution.Decomposed, any.Uncertain);
        }
        return null;
    }

    private static bool MentionsContext(string body, Jurisdiction j) =>
        (j.County is not null && body.StartsWith(j.County, StringComparison.Ordinal))
        || (j.City is not null && body.StartsWith(j.City, StringComparison.Ordinal))
        || (j.Province is not null && body.StartsWith(j.Province, StringComparison.Ordinal));

    /// <summary>The document's own jurisdiction whose name holds the abbreviation's characters in order (锡 in 无锡市).</summary>
    private static (string Name, JurisdictionLevel Level)? FromDocument(string abbr, Jurisdiction j)
    {
        foreach (var (name, level) in new[] { (j.County, JurisdictionLevel.County), (j.City, JurisdictionLevel.City), (j.Province, JurisdictionLevel.Province) })
        {
            if (name is null) continue;
            // Drop the level suffix so 县 of 稷山县 cannot match an abbreviation.
            var stem = name.TrimEnd('省', '市', '县', '区', '旗', '州', '盟');
            int k = 0;
            foreach (var c in stem)
                if (k < abbr.Length && c == abbr[k]) k++;
            if (k == abbr.Length) return (name, level);
        }
        return null;
    }

    private static AgencyMatch Build(string code, BodyCodeEntry b, string jName, JurisdictionLevel level, bool municipality, string? cityOffice, AgencyResolution how, bool uncertain)
    {
        var body = b.NameFor(level, municipality);
        // Sub-provincial cities name their government office 办公厅, like provinces.
        if (b.Office && level == JurisdictionLevel.City && cityOffice == "办公厅")
            body = b.NameFor(JurisdictionLevel.Province, false);
        var name = body.Contains("{J}") ? body.Replace("{J}", jName) : jName + body;
        return new AgencyMatch(code, name, jName, how, uncertain || b.Uncertain);
    }

    internal static AgencyCodeTable Parse(YamlDoc doc)
    {
        if (doc.Root is not { } root) return Empty;
        doc.CheckKeys(root, "codes", "body-codes");
        var codes = new List<AgencyCodeEntry>();
        var seen = new HashSet<(string, string)>();
        foreach (var item in doc.Seq(doc.Get(root, "codes"), "codes") ?? [])
        {
            if (doc.Map(item, "code") is not { } m) continue;
            doc.CheckKeys(m, "code", "body", "uncertain");
            var code = doc.Str(doc.Get(m, "code"), "code", m);
            var body = doc.Str(doc.Get(m, "body"), "body", m);
            var uncertain = doc.Bool(doc.Get(m, "uncertain"), "uncertain");
            if (code is null || body is null) continue;
            if (!seen.Add((code, body)))
                doc.Error(m, GazetteerErrorCodes.Duplicate, $"code '{code}' → '{body}' listed twice");
            codes.Add(new AgencyCodeEntry(code, body, uncertain));
        }
        var bodies = new List<BodyCodeEntry>();
        var seenBody = new HashSet<string>();
        foreach (var item in doc.Seq(doc.Get(root, "body-codes"), "body-codes") ?? [])
        {
            if (doc.Map(item, "body code") is not { } m) continue;
            doc.CheckKeys(m, "code", "body", "province", "municipality", "city", "county", "office", "uncertain");
            var code = doc.Str(doc.Get(m, "code"), "code", m);
            var body = doc.Str(doc.Get(m, "body"), "body", m);
            if (code is null || body is null) continue;
            if (!seenBody.Add(code))
                doc.Error(doc.Get(m, "code")!, GazetteerErrorCodes.Duplicate, $"body code '{code}' listed twice");
            bodies.Add(new BodyCodeEntry(code, body,
                doc.Str(doc.Get(m, "province"), "province", m, required: false),
                doc.Str(doc.Get(m, "municipality"), "municipality", m, required: false),
                doc.Str(doc.Get(m, "city"), "city", m, required: false),
                doc.Str(doc.Get(m, "county"), "county", m, required: false),
                doc.Bool(doc.Get(m, "office"), "office"),
                doc.Bool(doc.Get(m, "uncertain"), "uncertain")));
        }
        return new AgencyCodeTable(codes, bodies);
    }
}
