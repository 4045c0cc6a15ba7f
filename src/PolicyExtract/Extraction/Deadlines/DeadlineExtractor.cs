using PolicyExtract.Model;

namespace PolicyExtract.Extraction.Deadlines;

/// <summary>
/// Deadlines and periods in the text (到2022年底, 2021—2025年, “十四五”末, 每年, 持续推进). Expressions inside cited titles
/// (《…（2020—2022年）》) and periods that ended before the document was issued (past results) are left out.
/// Each distinct deadline is listed once, at its first mention; every mention is kept for targets and tasks.
/// </summary>
public sealed class DeadlineExtractor : IExtractor
{
    public string Name => "deadlines";

    public void Extract(ExtractionContext context)
    {
        var view = context.View;
        var issue = context.IssueDate;
        var byLine = context.Rules.FindByLine("deadline", view.MatchText, view.LineSpans, masked: context.Masked);
        foreach (var matches in byLine)
        {
            if (matches is null) continue;
            foreach (var m in matches)
            {
                if (view.InBookTitle(m.Span.Start)) continue;
                var text = view.Text.Substring(m.Span.Start, m.Span.Length);
                var d = DeadlineResolver.Resolve(m, text, issue, context.EvidenceFor(m.Span));
                if (d is null) continue;
                if (issue is { } iss && d.End is { } end && string.CompareOrdinal(end, iss.ToString("yyyy-MM-dd")) < 0) continue;
                context.DeadlineMentions.Add((m.Span, d));
                Add(context, d);
            }
        }
    }

    /// <summary>Adds a deadline to the document's list unless the same one is already there.</summary>
    public static void Add(ExtractionContext context, DeadlineOutput d)
    {
        var list = context.Result.Deadlines;
        bool same(DeadlineOutput x) => x.Kind == d.Kind && x.Start == d.Start && x.End == d.End
            && (d.End is not null || d.Start is not null || x.Text == d.Text);
        if (!list.Any(same))
            list.Add(d);
    }
}
