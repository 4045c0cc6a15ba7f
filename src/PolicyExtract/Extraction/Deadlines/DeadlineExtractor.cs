using PolicyExtract.Model;

namespace PolicyExtract.Extraction.Deadlines;

/// <summary>
/// Deadlines and periods in the text (到2022年底, 2021—2025年, “十四五”末, 每年, 持续推进). Expressions inside cited titles
/// (《…（2020—2022年）》) and periods that ended before the document was issued (past results) are left out.
/// Each distinct deadline is listed once, at its first mention; every mention is kept for targets and tasks.
/// </summary>
public sealed partial class DeadlineExtractor : IExtractor
{
    public string Name => "deadlines";

    public void Extract(ExtractionContext context)
    {
        var view = context.View;
        var issue = context.IssueDate;
        var byLine = context.Rules.FindByLine("deadline", view.MatchText, view.LineSpans, masked: context.Masked);
        // A section that looks back (一、2024年工作完成情况) dates what was done, not what is due.
        var lookingBack = context.LinesUnderHeading("past_heading");
        for (int li = 0; li < byLine.Length; li++)
        {
            var matches = byLine[li];
            if (matches is null || lookingBack[li]) continue;
            foreach (var m in matches)
            {
                if (view.InBookTitle(m.Span.Start)) continue;
                // A date a forecast opens on (据气象部门预报，6月18日至22日，我县将出现…降雨过程) is when the weather comes, not
                // when work is due.
                if (Forecast.IsMatch(view.MatchText.AsSpan(view.Lines[li].Start, m.Span.Start - view.Lines[li].Start))) continue;
                var text = view.Text.Substring(m.Span.Start, m.Span.Length);
                var d = DeadlineResolver.Resolve(m, text, ReferenceFor(context, m), context.EvidenceFor(m.Span));
                if (d is null) continue;
                // A date without its year after a yearly date in the same paragraph (企业于每年3月31日前申请。…于4月30日前完成初审)
                // is a later step of the same yearly round: it recurs, it is not a date of the issue year.
                if (m.Rule.Id.EndsWith("-this-year", StringComparison.Ordinal)
                    && (YearlyDate.IsMatch(view.MatchText.AsSpan(view.Lines[li].Start, m.Span.Start - view.Lines[li].Start))
                        || AfterAYearlyCadence(view.MatchText[view.Lines[li].Start..m.Span.Start])))
                    d = new DeadlineOutput { Text = d.Text, Kind = "recurring", Evidence = d.Evidence };
                else if (NextYearOfAYearlyStep(context, m, li))
                    d = new DeadlineOutput { Text = text, Kind = "recurring", Evidence = d.Evidence };
                if (issue is { } iss && d.End is { } end && string.CompareOrdinal(end, iss.ToString("yyyy-MM-dd")) < 0) continue;
                context.DeadlineMentions.Add((m.Span, d));
                Add(context, d);
            }
        }
    }

    /// <summary>The opening of a sentence that reports a forecast, up to the date it is for (据气象部门预报，).</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?:^|[。；;！!？?])\s*[^。；;！!？?]{0,16}(?:预报|预测)\s*[,，:：]?\s*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Forecast { get; }

    /// <summary>A date of every year (每年3月31日前, 每年度1月): a yearly round of steps.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"每年度?\s*(?:1[0-2]|[1-9])\s*月", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex YearlyDate { get; }

    /// <summary>How many times a year something is done (每年集中受理两次, 每年开展一次, 每年分两批).</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"每年度?[^。；;！!？?]{0,20}?[一二两三四1-4]\s*(?:次|批|轮)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex YearlyCadence { get; }

    /// <summary>
    /// A date without its year in a sentence that has set how often a year it comes round (申请每年集中受理两次，分别于
    /// 6月30日前、12月31日前提出): one date of each round, recurring, not a date of the issue year.
    /// </summary>
    private static bool AfterAYearlyCadence(string before)
    {
        int sentence = before.LastIndexOfAny(['。', '；', ';', '!', '！', '?', '？']) + 1;
        return YearlyCadence.IsMatch(before, sentence);
    }

    /// <summary>
    /// 次年 in a sentence that has just set a yearly step (各乡镇于每年12月10日前报送…，县农业农村局于次年1月20日前汇总…)
    /// is the year after each of those years: the step recurs with it, and is no one deadline.
    /// </summary>
    private static bool NextYearOfAYearlyStep(ExtractionContext context, Rules.RuleMatch m, int line)
    {
        if (m.Value("relative") is not ("次年" or "翌年")) return false;
        var view = context.View;
        int from = view.Lines[line].Start;
        var before = view.MatchText[from..m.Span.Start];
        int sentence = before.LastIndexOfAny(['。', '!', '！', '?', '？']) + 1;
        return context.DeadlineMentions.Any(x => x.Deadline.Kind == "recurring" && x.Span.Start >= from + sentence
            && x.Span.End <= m.Span.Start && x.Deadline.Text.StartsWith("每年", StringComparison.Ordinal));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\d—–\-至到])(?<y>(?:19|20)\d{2})\s*年(?!\s*[—–\-至到])", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex YearOfHeading { get; }

    /// <summary>
    /// The date a deadline without its year is read against: the issue date, unless the section it stands in is headed by
    /// a later year of its own (三、2025年工作计划 in a summary signed in 2024: 9月底前 there is September 2025).
    /// </summary>
    private static DateOnly? ReferenceFor(ExtractionContext context, Rules.RuleMatch m)
    {
        var issue = context.IssueDate;
        if (issue is not { } iss || !m.Rule.Id.EndsWith("-this-year", StringComparison.Ordinal)) return issue;
        var path = context.View.SectionPath(m.Span.Start);
        for (int i = path.Count - 1; i >= 0; i--)
        {
            var years = YearOfHeading.Matches(path[i]);
            if (years.Count != 1) continue;
            int y = int.Parse(years[0].Groups["y"].Value);
            return y > iss.Year ? new DateOnly(y, 1, 1) : issue;
        }
        return issue;
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
