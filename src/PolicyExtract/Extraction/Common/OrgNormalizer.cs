namespace PolicyExtract.Extraction.Common;

/// <summary>Full official names of bodies printed in short form, with the document's jurisdiction added.</summary>
public sealed class OrgNormalizer
{
    private readonly IReadOnlyList<(string Short, string Full)> _expansions;
    private static readonly string[] PartyDepartments = ["宣传部", "组织部", "统战部", "政法委", "编办", "教育工委", "网信办", "农办"];

    /// <param name="expansions">Short forms and their full forms (人社局 → 人力资源和社会保障局), matched as name endings.</param>
    public OrgNormalizer(IEnumerable<(string Short, string Full)> expansions)
    {
        _expansions = expansions.OrderByDescending(e => e.Short.Length).ToList();
    }

    /// <summary>The full name of <paramref name="printed"/> in <paramref name="jurisdiction"/> (县教育局 in 稷山县 → 稷山县教育局).</summary>
    public string Normalize(string printed, string? jurisdiction)
    {
        var name = printed.Trim();
        string? place = null;
        string rest = name;
        if (OrgNames.FindJurisdiction(name) is { } own && name.StartsWith(own, StringComparison.Ordinal))
        {
            place = own;
            rest = name[own.Length..];
        }
        else if (jurisdiction is { Length: > 1 })
        {
            // A body named after the place itself (江阴学院 in 江阴市) or a school keeps its own name.
            if (name.StartsWith(jurisdiction[..^1], StringComparison.Ordinal) || IsSchool(name))
                return Expand(name);
            char level = jurisdiction[^1];
            if (name.StartsWith("团" + level + "委", StringComparison.Ordinal))
                return "共青团" + jurisdiction + "委员会";
            if (name.Length > 1 && name[0] == level)
                rest = name[1..];
            else if (name.Length > 1 && name[0] is '市' or '县' or '区' or '省' or '州')
                return Expand(name);
            place = jurisdiction;
        }
        if (place is null)
            return Expand(name);
        if (rest.StartsWith('委') && rest.Length > 1)
            return "中共" + place + "委" + Expand(rest[1..]);
        if (PartyDepartments.Contains(rest))
            return "中共" + place + "委" + Expand(rest);
        if (rest.StartsWith('各'))
            return name;
        return place + Expand(rest);
    }

    private static bool IsSchool(string name) =>
        name.EndsWith("学校") || name.EndsWith("学院") || name.EndsWith("大学") || name.EndsWith("院校") || name.EndsWith("技校") || name.EndsWith("中学") || name.EndsWith("小学");

    private string Expand(string name)
    {
        foreach (var (s, f) in _expansions)
        {
            if (name.EndsWith(f, StringComparison.Ordinal))
                return name;
            if (name.EndsWith(s, StringComparison.Ordinal))
                return name[..^s.Length] + f;
        }
        return name;
    }

    /// <summary>The expansions the tool knows without a gazetteer.</summary>
    public static readonly (string, string)[] BuiltIn =
    [
        ("人民政府办公室", "人民政府办公室"), ("人民政府办公厅", "人民政府办公厅"), ("人民政府", "人民政府"),
        ("政府办公室", "人民政府办公室"), ("政府办公厅", "人民政府办公厅"), ("政府办", "人民政府办公室"), ("政府", "人民政府"),
        ("人社局", "人力资源和社会保障局"), ("人社厅", "人力资源和社会保障厅"), ("发改委", "发展和改革委员会"), ("发改局", "发展和改革局"),
        ("工信局", "工业和信息化局"), ("工信厅", "工业和信息化厅"), ("文旅局", "文化和旅游局"), ("住建局", "住房和城乡建设局"),
        ("卫健委", "卫生健康委员会"), ("卫健局", "卫生健康局"), ("市场监管局", "市场监督管理局"), ("编办", "机构编制委员会办公室"),
        ("教育工委", "教育工作委员会"), ("工商联", "工商业联合会"), ("科协", "科学技术协会"), ("妇联", "妇女联合会"), ("残联", "残疾人联合会"),
        ("应急局", "应急管理局"), ("退役军人局", "退役军人事务局"), ("医保局", "医疗保障局"), ("审批局", "行政审批局"),
    ];
}
