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
                // A date by which someone reaches an age (在2024年12月31日前到达法定退休年龄的人员，不再申报; 于8月31日前年满18周岁)
                // says who is meant: a condition of eligibility, not a date by which work is due.
                if (ReachesAnAge.IsMatch(view.MatchText.AsSpan(m.Span.End, view.Lines[li].End - m.Span.End))) continue;
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
        ChineseNumeralDates(context, lookingBack);
    }

    /// <summary>A date whose year is in Chinese numerals, with its month and day and a second month or day after 至 (二〇二五年三月二十日, 二〇二五年四月至九月).</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<y>[一二][〇○零一二三四五六七八九]{3})年(?:(?<m>十[一二]?|[一二三四五六七八九])月(?:(?<d>三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])日)?)?(?:(?<sep>至|到|—|－|-|~|～)(?:(?<y2>[一二][〇○零一二三四五六七八九]{3})年)?(?<m2>十[一二]?|[一二三四五六七八九])月(?:(?<d2>三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])日)?)?", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ChineseDate { get; }

    /// <summary>
    /// Deadlines and stages dated in Chinese numerals (二〇二五年六月底前, 集中整治阶段（二〇二五年四月至九月）): the line is read
    /// again with those dates in Arabic figures by the same rules, and each deadline found is placed on the printed date.
    /// </summary>
    private static void ChineseNumeralDates(ExtractionContext context, bool[] lookingBack)
    {
        var view = context.View;
        var issue = context.IssueDate;
        for (int li = 0; li < view.Lines.Count; li++)
        {
            if (lookingBack[li]) continue;
            var line = view.LineMatchText(li);
            if (line.IndexOf('年') < 0) continue;
            var dates = ChineseDate.Matches(line);
            if (dates.Count == 0) continue;
            // The line in Arabic figures, and for each of its pieces the printed span it stands for.
            var sb = new System.Text.StringBuilder();
            var pieces = new List<(int From, int To, int Start, int End)>();
            int at = 0;
            void Emit(string text, int start, int end)
            {
                pieces.Add((sb.Length, sb.Length + text.Length, start, end));
                sb.Append(text);
            }
            foreach (System.Text.RegularExpressions.Match d in dates)
            {
                if (d.Index > at) Emit(line[at..d.Index], at, d.Index);
                string Num(string group) => d.Groups[group] is { Success: true } g
                    && Normalization.ChineseNumbers.TryParse(g.Value, out var v) ? ((int)v).ToString(System.Globalization.CultureInfo.InvariantCulture) : "";
                var arabic = Num("y") + "年" + (Num("m") is { Length: > 0 } mo ? mo + "月" : "") + (Num("d") is { Length: > 0 } da ? da + "日" : "")
                    + (d.Groups["m2"].Success ? d.Groups["sep"].Value + (Num("y2") is { Length: > 0 } y2 ? y2 + "年" : "") + Num("m2") + "月"
                        + (Num("d2") is { Length: > 0 } d2 ? d2 + "日" : "") : "");
                Emit(arabic, d.Index, d.Index + d.Length);
                at = d.Index + d.Length;
            }
            if (at < line.Length) Emit(line[at..], at, line.Length);
            int Printed(int pos, bool end)
            {
                foreach (var (from, to, start, stop) in pieces)
                    if (end ? pos > from && pos <= to : pos >= from && pos < to)
                    {
                        bool same = to - from == stop - start;
                        if (same) return start + (pos - from);
                        return end ? (pos == to ? stop : Math.Min(stop, start + (pos - from))) : (pos == from ? start : Math.Min(stop - 1, start + (pos - from)));
                    }
                return end ? line.Length : 0;
            }
            int lineStart = view.Lines[li].Start;
            foreach (var m in context.Rules.Find("deadline", sb.ToString()))
            {
                // Only what a Chinese-numeral date took part in: the rest of the line was read already.
                int start = lineStart + Printed(m.Span.Start, false), end = lineStart + Printed(m.Span.End, true);
                if (!dates.Any(x => lineStart + x.Index < end && lineStart + x.Index + x.Length > start)) continue;
                if (view.InBookTitle(start) || context.Masked.Any(x => x.Start < end && x.End > start)) continue;
                var span = new TextSpan(start, end);
                var text = view.Text.Substring(start, end - start);
                var dl = DeadlineResolver.Resolve(m, text, issue, context.EvidenceFor(span));
                if (dl is null) continue;
                if (issue is { } iss && dl.End is { } e && string.CompareOrdinal(e, iss.ToString("yyyy-MM-dd")) < 0) continue;
                context.DeadlineMentions.Add((span, dl));
                Add(context, dl);
            }
        }
    }

    /// <summary>The opening of a sentence that reports a forecast, up to the date it is for (据气象部门预报，).</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?:^|[。；;！!？?])\s*[^。；;！!？?]{0,16}(?:预报|预测)\s*[,，:：]?\s*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Forecast { get; }

    /// <summary>
    /// What follows a date someone reaches an age by (到达法定退休年龄, 年满18周岁, 满60岁): the date is a condition. A goal
    /// that counts by age (2025年底前达到每千人口3岁以下婴幼儿托位4.5个, 满足3岁以下…需求) is not.
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:(?:到达|达到)(?:国家规定的|法定)?退休年龄|(?:年满|满)\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*周?岁)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ReachesAnAge { get; }

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
