using PolicyExtract.Extraction.DocumentNumbers;
using PolicyExtract.Model;

namespace PolicyExtract.Extraction.References;

/// <summary>
/// Documents the text cites: 《title》(number), a number alone, or a title alone. The document's own number and the
/// document's own attachment (the 《…》 named in its title) are not citations. Each cited document once.
/// </summary>
public sealed class ReferenceExtractor : IExtractor
{
    public string Name => "references";

    public void Extract(ExtractionContext context)
    {
        var view = context.View;
        var text = view.MatchText;
        var own = context.Result.DocumentNumber?.Text;
        var titleText = context.Result.Title ?? "";
        var seenNumbers = new HashSet<string>(StringComparer.Ordinal);
        var seenTitles = new HashSet<string>(StringComparer.Ordinal);
        var navigation = context.NavigationLines;

        // Titles in 《》, each with the number that follows it in brackets, if any.
        for (int i = text.IndexOf('《'); i >= 0; i = text.IndexOf('《', i + 1))
        {
            if (context.TitleSpan is { } ts && ts.Contains(i)) continue;
            if (navigation[view.LineIndexOf(i)]) continue;
            int close = text.IndexOf('》', i + 1);
            if (close < 0) break;
            int nl = text.IndexOf('\n', i);
            if (nl >= 0 && nl < close) continue;
            var title = Common.TextFold.Squash(view.Text.Substring(i + 1, close - i - 1));
            if (title.Length < 2 || titleText.Contains(title, StringComparison.Ordinal)) continue;
            // The number in the brackets right after 》, possibly after 的 or spaces.
            string? number = null;
            int orderEnd = -1;
            int j = close + 1;
            // A copy from a PDF may break the line between the title and its number: 《…的通知》 / （陕教发〔2022〕18号）.
            while (j < text.Length && text[j] is ' ' or '\t' or '\u3000' or '\r' or '\n') j++;
            if (j < text.Length && text[j] is '(' or '（' or '〔')
            {
                var inner = context.DocumentNumbers.FirstOrDefault(m => m.Span.Start > j && m.Span.Start <= j + 3);
                if (inner is not null)
                    number = DocumentNumberExtractor.Normalize(inner);
                // A 部门规章 or 行政法规 is cited by its order number: 《食品生产经营监督检查管理办法》（国家市场监督管理总局令第49号）.
                else if (context.Rules.Find("reference.order", text[(j + 1)..Math.Min(text.Length, j + 50)], j + 1).FirstOrDefault() is { } order)
                {
                    number = Common.TextFold.Squash(order.Value("order") ?? "");
                    orderEnd = order.Groups["order"].Span.End;
                }
                // A 公告 / 通告 is cited by its yearly serial: 《…的公告》（2021年第7号）.
                else if ((title.EndsWith("公告", StringComparison.Ordinal) || title.EndsWith("通告", StringComparison.Ordinal))
                    && context.Rules.Find("reference.serial", text[(j + 1)..Math.Min(text.Length, j + 20)], j + 1).FirstOrDefault() is { } serial)
                {
                    number = Common.TextFold.Squash(serial.Value("serial") ?? "");
                    orderEnd = serial.Groups["serial"].Span.End;
                }
            }
            if (number == own && number is not null) continue;
            if (number is not null && !seenNumbers.Add(number)) continue;
            if (number is null && !seenTitles.Add(title)) continue;
            seenTitles.Add(title);
            var end = orderEnd >= 0 ? orderEnd : number is not null ? context.DocumentNumbers.First(m => DocumentNumberExtractor.Normalize(m) == number && m.Span.Start > close).Span.End : close + 1;
            if (number is not null && end < text.Length && text[end] is ')' or '）' or '〕') end++;
            context.Result.References.Add(new ReferenceOutput
            {
                Title = title,
                DocumentNumber = number,
                Evidence = context.EvidenceFor(new TextSpan(i, end)),
            });
        }

        // Numbers cited without a title; page navigation (上一篇：…, 相关文件) names other documents, not citations.
        foreach (var m in context.DocumentNumbers)
        {
            if (navigation[view.LineIndexOf(m.Span.Start)]) continue;
            var number = DocumentNumberExtractor.Normalize(m);
            if (number == own || !seenNumbers.Add(number)) continue;
            context.Result.References.Add(new ReferenceOutput
            {
                Title = null,
                DocumentNumber = number,
                Evidence = context.EvidenceFor(m.Span),
            });
        }
        context.Result.References.Sort((a, b) => a.Evidence.Start.CompareTo(b.Evidence.Start));
    }
}
