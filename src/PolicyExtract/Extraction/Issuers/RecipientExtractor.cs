using System.Text.RegularExpressions;

namespace PolicyExtract.Extraction.Issuers;

/// <summary>The addressees (主送机关): the first line after the title that lists bodies and ends with a colon.</summary>
public sealed class RecipientExtractor : IExtractor
{
    private static readonly Regex Addressees = new(@"^\s*(?<list>[^。；;:：]{2,300})[:：]\s*$", RegexOptions.CultureInvariant | RegexOptions.Compiled);
    private static readonly Regex BodyWord = new("(?:局|委|办|厅|部|院|会|政府|中心|单位|部门|学校|院校|处室|街道|乡镇|镇|处|公司)$", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    public string Name => "recipients";

    public void Extract(ExtractionContext context)
    {
        var view = context.View;
        int start = context.TitleSpan is { } t ? view.LineIndexOf(t.End) + 1 : 0;
        for (int i = start; i < Math.Min(view.Lines.Count, start + 25); i++)
        {
            var m = Addressees.Match(view.LineText(i));
            if (!m.Success) continue;
            var parts = Regex.Split(m.Groups["list"].Value, "[、，,]").Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
            if (parts.Count == 0 || !BodyWord.IsMatch(parts[^1])) continue;
            context.Result.Recipients.AddRange(parts);
            return;
        }
    }
}
