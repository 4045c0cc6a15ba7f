using System.Text.RegularExpressions;
using PolicyExtract.Rules.Gazetteers;

namespace PolicyExtract.Normalization;

/// <summary>
/// Gives a printed body name its full official form: short forms expanded (人社局 → 人力资源和社会保障局) and the
/// jurisdiction added from the document (县教育局 in a 稷山县 document → 稷山县教育局; 市政府办公室 in a 江阴市
/// document → 江阴市人民政府办公室; 宣传部 → 中共江阴市委宣传部; 团县委 → 共青团稷山县委员会). Names that are not
/// government bodies (江阴学院) and collective names (各乡镇) come back as printed.
/// </summary>
public static class OrgNormalizer
{
    private static readonly Regex YouthLeague = new(@"^团(?<l>.)委$", RegexOptions.CultureInvariant);

    /// <summary>Normalizes with the shipped gazetteers.</summary>
    public static string Normalize(string printed, Jurisdiction jurisdiction) =>
        Normalize(printed, jurisdiction, GazetteerSet.Shipped.Organizations);

    /// <summary>
    /// Normalizes <paramref name="printed"/> against the document's <paramref name="jurisdiction"/>. Uncertain short forms are
    /// expanded only when <paramref name="expandUncertain"/> is set. When the level the name needs is unknown, the name is
    /// returned as printed.
    /// </summary>
    public static string Normalize(string printed, Jurisdiction jurisdiction, OrgAbbreviations orgs, bool expandUncertain = false)
    {
        var s = printed.Trim().Replace(" ", "").Replace("\u3000", "");
        if (s.Length == 0 || s.StartsWith('各') || s.StartsWith("中共", StringComparison.Ordinal) || s.StartsWith("共青团", StringComparison.Ordinal))
            return s;

        string Expand(string rest)
        {
            var a = orgs.Find(rest);
            return a is not null && (!a.Uncertain || expandUncertain) ? a.Full : rest;
        }

        // Already carries its jurisdiction: 无锡市教育局, 江阴市人社局, 稷山县委宣传部.
        if (Jurisdiction.Leading(s) is { } lead)
        {
            var rest = s[lead.End..];
            if (rest.Length == 0) return s;
            // The places are kept as printed (杭州市拱墅区民政局 keeps its city).
            var places = s[..lead.End];
            if (rest[0] == '委') return "中共" + places + "委" + ExpandPartyRest(rest[1..], Expand);
            return places + Expand(rest);
        }

        // A known short form printed whole (市场监管局 starts with 市 but is not 市 + 场监管局).
        if (orgs.Find(s) is not null || orgs.PartyBodies.Contains(s))
            return Bare(s);

        // 团县委 → 共青团稷山县委员会.
        var yl = YouthLeague.Match(s);
        if (yl.Success && orgs.Levels.TryGetValue(yl.Groups["l"].Value[0], out var ylLevel))
            return jurisdiction.At(ylLevel) is { } yj ? "共青团" + yj + "委员会" : s;

        // 县教育局, 市政府办公室, 市委教育工委, 县委编办, 省政府办公厅.
        if (s.Length >= 2 && orgs.Levels.TryGetValue(s[0], out var level))
        {
            var rest = s[1..];
            // 市县两级政府, 县区教育局: two levels at once is a collective name, not one body.
            if (orgs.Levels.ContainsKey(rest[0]) && orgs.Find(rest) is null) return s;
            var j = jurisdiction.At(level);
            if (rest[0] == '委')
                return j is null ? s : "中共" + j + "委" + ExpandPartyRest(rest[1..], Expand);
            if (orgs.LooksLikeBody(rest))
                return j is null ? s : j + Expand(rest);
        }

        return orgs.LooksLikeBody(s) ? Bare(s) : s;

        // A body printed without jurisdiction takes the most specific one the document has.
        string Bare(string name)
        {
            var j = jurisdiction.MostSpecific;
            if (j is null) return Expand(name);
            if (orgs.PartyBodies.Contains(name)) return "中共" + j + "委" + Expand(name);
            return j + Expand(name);
        }
    }

    /// <summary>What follows 委 in 市委教育工委 / 县委编办 / 市委: expanded, or 员会 when nothing follows (市委 → 委员会).</summary>
    private static string ExpandPartyRest(string rest, Func<string, string> expand) =>
        rest.Length == 0 ? "员会" : expand(rest);
}
