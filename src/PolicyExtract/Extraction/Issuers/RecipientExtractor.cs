using System.Text.RegularExpressions;

namespace PolicyExtract.Extraction.Issuers;

/// <summary>The addressees (主送机关): the first line after the title that lists bodies and ends with a colon.</summary>
public sealed partial class RecipientExtractor : IExtractor
{
    [GeneratedRegex(@"^\s*(?<list>[^。；;:：]{2,300})[:：]\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Addressees { get; }
    [GeneratedRegex("(?:局|委|办|厅|部|院|会|政府|中心|单位|部门|学校|院校|处室|街道|乡镇|镇|处|公司|集团|机构|企业|组织|协会|银行|社|所|队|站)$", RegexOptions.CultureInvariant)]
    private static partial Regex BodyWord { get; }

    /// <summary>Splits on 、，, outside brackets, so that 各县（市、区）人民政府 stays one name.</summary>
    private static IEnumerable<string> SplitOutsideBrackets(string list)
    {
        int depth = 0, start = 0;
        for (int i = 0; i < list.Length; i++)
        {
            char c = list[i];
            if (c is '(' or '（') depth++;
            else if (c is ')' or '）') depth = Math.Max(0, depth - 1);
            else if (depth == 0 && c is '、' or '，' or ',')
            {
                yield return list[start..i];
                start = i + 1;
            }
        }
        yield return list[start..];
    }

    public string Name => "recipients";

    public void Extract(ExtractionContext context)
    {
        var view = context.View;
        int start = context.TitleSpan is { } t ? view.LineIndexOf(t.End) + 1 : 0;
        for (int i = start; i < Math.Min(view.Lines.Count, start + 25); i++)
        {
            var m = Addressees.Match(view.LineText(i));
            if (!m.Success) continue;
            var parts = SplitOutsideBrackets(m.Groups["list"].Value).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
            if (parts.Count == 0 || !BodyWord.IsMatch(parts[^1])) continue;
            context.Result.Recipients.AddRange(parts);
            return;
        }
    }
}
