using System.Text.RegularExpressions;
using PolicyExtract.Extraction.Common;
using PolicyExtract.Normalization;
using PolicyExtract.Model;
using PolicyExtract.Rules;

namespace PolicyExtract.Extraction.Dates;

/// <summary>
/// The issue date (成文日期): the date standing alone under the signature first, then the metadata 成文日期 / 生成日期
/// (declared by the source or printed as label/value text), then the publication date.
/// </summary>
public sealed partial class IssueDateExtractor(OrgNames orgs) : IExtractor
{
    public string Name => "issueDate";

    /// <summary>The ISO date a date rule match stands for, or null when it is not a real calendar date.</summary>
    public static DateOnly? ToDate(RuleMatch m)
    {
        if (!ChineseNumbers.TryParse(m.Value("year") ?? "", out var y) || !ChineseNumbers.TryParse(m.Value("month") ?? "", out var mo)
            || !ChineseNumbers.TryParse(m.Value("day") ?? "", out var d))
            return null;
        try { return new DateOnly((int)y, (int)mo, (int)d); }
        catch (ArgumentOutOfRangeException) { return null; }
    }

    [GeneratedRegex(@"^在[^。；，,]{2,40}(?:会议|大会|论坛|会)上(?:的(?:讲话|报告|发言))?$", RegexOptions.CultureInvariant)]
    private static partial Regex DeliveredAt { get; }

    public void Extract(ExtractionContext context)
    {
        var view = context.View;
        var rules = context.Rules;
        int startLine = context.TitleSpan is { } t ? view.LineIndexOf(t.End) + 1 : 0;

        (int Line, RuleMatch Match)? firstAlone = null;
        for (int i = startLine; i < view.Lines.Count; i++)
        {
            var line = view.LineMatchText(i);
            if (line.Length > 60 || line.Trim().Length == 0) continue;
            var dates = rules.Find("date", line, view.Lines[i].Start, context.Masked);
            if (dates.Count != 1) continue;
            var m = dates[0];
            var before = view.MatchText[view.Lines[i].Start..m.Span.Start].Trim().Trim('(', '（');
            var after = view.MatchText[m.Span.End..view.Lines[i].End].Trim().Trim(')', '）');
            // A note in brackets may follow the date on its line: 2021年4月28日（此件公开发布）.
            if (Regex.IsMatch(after, @"^[(（][^()（）]{1,20}$")) after = "";
            // A report or a speech is dated by the line under its title: ——2024年1月9日在…代表大会第四次会议上.
            if (DeliveredAt.IsMatch(after) && before.Trim('—', '－', '-', ' ', '\u3000').Length == 0 && ToDate(m) is not null)
            {
                Set(context, m, i);
                return;
            }
            if (after.Length > 0 || ToDate(m) is null) continue;
            bool orgBefore = before.Length > 0 && SignatureNames(before).Count > 0;
            if (before.Length > 0 && !orgBefore) continue;
            if (orgBefore || HasSignatureAbove(view, i))
            {
                Set(context, m, i);
                return;
            }
            firstAlone ??= (i, m);
        }

        // Metadata declared by the source, then label/value text in the page (生成日期 2020-10-22).
        foreach (var (labelMacro, key) in new[] { ("written_label", MetadataKeys.WrittenDate), ("published_label", MetadataKeys.PublishDate) })
        {
            if (rules.MacroRegex(labelMacro) is not { } labelRegex || rules.MacroRegex(labelMacro, MacroMatch.End) is not { } labelAtEnd) continue;
            foreach (var entry in context.Document.Metadata)
            {
                if (entry.Key != key && !labelRegex.IsMatch(entry.Label.Trim())) continue;
                var found = rules.Find("date", TextFold.Fold(entry.Value));
                if (found.Count > 0 && ToDate(found[0]) is { } d)
                {
                    context.IssueDate = d;
                    context.Result.IssueDate = d.ToString("yyyy-MM-dd");
                    if (entry.Span is { } s) context.Result.Evidence["issueDate"] = context.EvidenceFor(s);
                    return;
                }
            }

            for (int i = 0; i < Math.Min(view.Lines.Count, 60); i++)
            {
                var line = view.LineMatchText(i);
                foreach (var m in rules.Find("date", line, view.Lines[i].Start, context.Masked))
                {
                    var before = view.MatchText[view.Lines[i].Start..m.Span.Start];
                    // The label may be bracketed, as in [ 成文日期 ] 2023-04-18.
                    if (labelAtEnd.IsMatch(before.TrimEnd().TrimEnd(':', '：').TrimEnd().TrimEnd(']', '】').TrimEnd()) && ToDate(m) is not null)
                    {
                        Set(context, m, null);
                        return;
                    }
                }
            }
            if (labelMacro == "written_label" && firstAlone is { } fa)
            {
                Set(context, fa.Match, fa.Line);
                return;
            }
        }
    }

    private void Set(ExtractionContext context, RuleMatch m, int? line)
    {
        var d = ToDate(m)!.Value;
        context.IssueDate = d;
        context.Result.IssueDate = d.ToString("yyyy-MM-dd");
        context.Result.Evidence["issueDate"] = context.EvidenceFor(m.Span);
        context.SignatureDateLine = line;
    }

    private bool HasSignatureAbove(DocumentView view, int dateLine)
    {
        for (int i = dateLine - 1, seen = 0; i >= 0 && seen < 2; i--)
        {
            var text = view.LineMatchText(i).Trim();
            if (text.Length == 0) continue;
            seen++;
            if (SignatureNames(text).Count > 0) return true;
        }
        return false;
    }

    /// <summary>The names on a signature line, or none when the line is not made of names only.</summary>
    public List<(string Name, int Start, int End)> SignatureNames(string line) => SignatureLine.Split(line, orgs);
}
