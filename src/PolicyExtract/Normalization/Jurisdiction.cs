using System.Text.RegularExpressions;
using PolicyExtract.Text;

namespace PolicyExtract.Normalization;

/// <summary>The administrative level a printed prefix (省, 市, 县, 区) or a jurisdiction name stands for.</summary>
public enum JurisdictionLevel
{
    Province,
    City,
    County,
}

/// <summary>
/// Where a document comes from, by level, as full names (江苏省, 无锡市, 江阴市, 稷山县). Any level may be unknown.
/// Direct-administered municipalities (北京市…) are provinces.
/// </summary>
public sealed record Jurisdiction(string? Province = null, string? City = null, string? County = null)
{
    public static Jurisdiction Empty { get; } = new();

    private static readonly string[] Municipalities = ["北京市", "天津市", "上海市", "重庆市"];

    // Longest suffixes first so 自治区 is not read as 区. The name before it is taken as short as possible
    // (石家庄市 needs three characters, most names two).
    private static readonly EarnedRegex Name = new(
        @"\G(?<n>[\p{IsCJKUnifiedIdeographs}]{2,8}?)(?<s>特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|自治旗|省|市|县|区|旗|盟|州)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // Signatures are often letter-spaced (无 锡 市 教 育 局): three or more single characters with single spaces between.
    private static readonly EarnedRegex LetterSpaced = new(
        @"(?<!\p{IsCJKUnifiedIdeographs})(?:\p{IsCJKUnifiedIdeographs}[ \u3000]){2,}\p{IsCJKUnifiedIdeographs}(?!\p{IsCJKUnifiedIdeographs})",
        RegexOptions.CultureInvariant);

    /// <summary>Closes up letter-spaced names: "无 锡 市 教 育 局 无锡市财政局" → "无锡市教育局 无锡市财政局".</summary>
    public static string CloseLetterSpacing(string text) =>
        LetterSpaced.Replace(text, m => m.Value.Replace(" ", "").Replace("\u3000", ""));

    private static readonly EarnedRegex LeadingNoise = new(@"^[\s　“""《（(]*(?:关于印发|关于|印发)?[\s　“""《]*", RegexOptions.CultureInvariant);

    // Words that never occur inside a jurisdiction's name: a match containing them ran past the name.
    private static readonly string[] NotInName = ["关于", "印发", "推进", "加快", "实施", "进一步", "人民", "政府", "教育", "职业", "发展", "建设", "城市", "工作", "示范", "意见", "通知", "方案", "计划", "的"];

    /// <summary>The most specific level known: county, else city, else province.</summary>
    public string? MostSpecific => County ?? City ?? Province;

    /// <summary>True when nothing is known.</summary>
    public bool IsEmpty => Province is null && City is null && County is null;

    /// <summary>The name at a level; a municipality also serves as the city level (市教育局 in a 北京市 document).</summary>
    public string? At(JurisdictionLevel level) => level switch
    {
        JurisdictionLevel.Province => Province,
        JurisdictionLevel.City => City ?? (IsMunicipality(Province) ? Province : null),
        _ => County,
    };

    /// <summary>The level of a jurisdiction name of this record, or null when it is none of them.</summary>
    public JurisdictionLevel? LevelOf(string name) =>
        name == County ? JurisdictionLevel.County : name == City ? JurisdictionLevel.City : name == Province ? JurisdictionLevel.Province : null;

    public static bool IsMunicipality(string? name) => name is not null && Municipalities.Contains(name);

    /// <summary>This record with unknown levels filled from <paramref name="other"/>.</summary>
    public Jurisdiction FillFrom(Jurisdiction other) =>
        new(Province ?? other.Province, City ?? other.City, County ?? other.County);

    /// <summary>
    /// Reads the jurisdiction names a title or issuer starts with: "江阴市推进…" → city 江阴市, "稷山县人民政府" →
    /// county 稷山县, "江苏省无锡市教育局" → province 江苏省 and city 无锡市, "关于印发《X县…" → county X县.
    /// A second 市 under a city is a county-level city.
    /// </summary>
    public static Jurisdiction FromText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return Empty;
        text = CloseLetterSpacing(text).Replace("中共", "");
        var noise = LeadingNoise.Match(text);
        var found = ReadAt(text, noise.Success ? noise.Length : 0);
        if (!found.IsEmpty) return found;
        // A title opening with its issuer's short form (市政府办公室关于印发《江阴市…》的通知) names the place
        // after 关于印发 or inside the quoted title.
        foreach (var anchor in TitleAnchors)
        {
            for (int i = text.IndexOf(anchor, StringComparison.Ordinal); i >= 0; i = text.IndexOf(anchor, i + 1, StringComparison.Ordinal))
            {
                var after = i + anchor.Length;
                while (after < text.Length && text[after] is '《' or '“' or '"' or ' ') after++;
                found = ReadAt(text, after);
                if (!found.IsEmpty) return found;
            }
        }
        return Empty;
    }

    private static readonly string[] TitleAnchors = ["关于印发", "关于转发", "关于", "《"];

    private static Jurisdiction ReadAt(string text, int pos)
    {
        string? province = null, city = null, county = null;
        while (pos < text.Length)
        {
            var m = Name.Match(text, pos);
            if (!m.Success) break;
            var name = m.Value;
            if (NotInName.Any(w => m.Groups["n"].Value.Contains(w, StringComparison.Ordinal))) break;
            var suffix = m.Groups["s"].Value;
            if (suffix is "省" or "特别行政区" or "维吾尔自治区" or "壮族自治区" or "回族自治区" or "自治区" || (suffix == "市" && IsMunicipality(name)))
            {
                if (province is not null || city is not null || county is not null) break;
                province = name;
            }
            else if (suffix is "市" or "自治州" or "州" or "盟")
            {
                if (county is not null) break;
                if (city is null) city = name;
                else county = name; // 无锡市江阴市: a city inside a city is county-level
            }
            else
            {
                if (county is not null) break;
                county = name;
            }
            pos += m.Length;
        }
        return new Jurisdiction(province, city, county);
    }

    /// <summary>Reads several texts (title, issuer, metadata) and keeps, per level, the first name found.</summary>
    public static Jurisdiction FromTexts(params string?[] texts)
    {
        var j = Empty;
        foreach (var t in texts) j = j.FillFrom(FromText(t));
        return j;
    }

    /// <summary>The jurisdiction name <paramref name="text"/> starts with and where it ends, or null.</summary>
    internal static (string Name, int End)? Leading(string text)
    {
        var j = FromText(text);
        string? last = null;
        int end = 0;
        foreach (var n in new[] { j.Province, j.City, j.County })
        {
            if (n is null) continue;
            var i = text.IndexOf(n, end, StringComparison.Ordinal);
            if (i < 0) continue;
            last = n;
            end = i + n.Length;
        }
        return last is null ? null : (last, end);
    }
}
