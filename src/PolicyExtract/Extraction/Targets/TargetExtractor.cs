using System.Text.RegularExpressions;
using PolicyExtract.Extraction.Common;
using PolicyExtract.Normalization;
using PolicyExtract.Model;
using PolicyExtract.Rules;

namespace PolicyExtract.Extraction.Targets;

/// <summary>
/// Numeric targets: every quantity (quantity rules) in a clause that commits to it. A clause is the text between
/// sentence or clause punctuation. The subject is the phrase the quantity counts (after the unit) or, for rates and
/// multiples, the phrase before. A target restated with the same value, unit and subject is listed once.
/// </summary>
public sealed class TargetExtractor : IExtractor
{
    private static readonly char[] SentenceEnds = ['。', ';', '；', '!', '！', '?', '？', '\n', '\t'];
    private static readonly char[] ClauseEnds = ['。', ';', '；', '!', '！', '?', '？', '\n', '\t', ',', '，', ':', '：'];
    private static readonly HashSet<string> RateUnits = ["%", "‰", "倍"];
    private static readonly Regex LeadingLabel = new(@"^(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,3}\s*[.．、](?!\d)|[一二三四五六七八九十]{1,3}、)\s*", RegexOptions.CultureInvariant | RegexOptions.Compiled);
    private static readonly System.Buffers.SearchValues<char> NumberChars =
        System.Buffers.SearchValues.Create("0123456789〇○零一二两三四五六七八九十百千万亿廿卅");
    private static readonly HashSet<string> MoneyUnits = ["元", "万元", "亿元"];

    public string Name => "targets";

    public void Extract(ExtractionContext context)
    {
        var view = context.View;
        var text = view.MatchText;
        var rules = context.Rules;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var masked = context.Masked.Concat(context.DeadlineMentions.Where(d => d.Deadline.Kind is "period" or "by").Select(d => d.Span)).ToList();

        for (int li = 0; li < view.Lines.Count; li++)
        {
            var line = view.Lines[li];
            if (line.Length == 0) continue;
            if (context.TitleSpan is { } ts && ts.Overlaps(line.Span)) continue;
            var lineText = view.LineMatchText(li);
            // A line without a digit or a numeral holds no quantity.
            if (lineText.AsSpan().IndexOfAny(NumberChars) < 0) continue;
            var quantities = rules.Find("quantity", lineText, line.Start, masked);
            for (int qi = 0; qi < quantities.Count; qi++)
            {
                var q = quantities[qi];
                var target = Build(context, q, qi > 0 ? quantities[qi - 1] : null, qi + 1 < quantities.Count ? quantities[qi + 1] : null, line);
                if (target is null) continue;
                var key = $"{target.Value}|{target.Min}|{target.Max}|{target.Unit}|{TextFold.Squash(target.Subject ?? "")}";
                if (seen.Add(key))
                    context.Result.Targets.Add(target);
            }
        }
    }

    private static TargetOutput? Build(ExtractionContext context, RuleMatch q, RuleMatch? previous, RuleMatch? next, Line line)
    {
        var view = context.View;
        var text = view.MatchText;
        int numStart = q.Groups.TryGetValue("num", out var ng) ? ng.Span.Start : q.Groups.TryGetValue("min", out var mg) ? mg.Span.Start : q.Span.Start;
        if (view.InBookTitle(q.Span.Start) || InShortQuote(text, numStart)) return null;
        if (numStart > 0 && text[numStart - 1] is '每' or '第' or '前' or '共' or '近') 
            if (text[numStart - 1] is not '近' || !q.Groups.ContainsKey("pre")) return null;

        var unit = q.Value("unit") ?? "";
        decimal mult = q.Value("mult") is { } mu && ChineseNumbers.TryGetMultiplier(mu, out var f) ? f : 1m;
        decimal? value = null, min = null, max = null;
        string comparator;
        if (q.Value("comparator") == "range")
        {
            if (!ChineseNumbers.TryParse(q.Value("min")!, out var a) || !ChineseNumbers.TryParse(q.Value("max")!, out var b) || b <= a) return null;
            min = a * mult;
            max = b * mult;
            comparator = "range";
        }
        else
        {
            var num = q.Value("num") ?? "";
            if (!ChineseNumbers.TryParse(num, out var v)) return null;
            // Small numbers in Chinese numerals are the names of things (三全育人, 五项工程, 两个关键), not amounts.
            if (num.All(ChineseNumbers.IsNumeralChar) && v < 10 && mult == 1) return null;
            value = v * mult;
            comparator = Comparator(context.Rules, q);
        }

        int sentenceStart = LastIndexOfAny(text, SentenceEnds, q.Span.Start - 1, line.Start) + 1;
        int clauseStart = LastIndexOfAny(text, ClauseEnds, q.Span.Start - 1, line.Start) + 1;
        int clauseEnd = IndexOfAny(text, ClauseEnds, q.Span.End, line.End);
        var beforeSentence = text[sentenceStart..numStart];
        if (context.Rules.Find("target.achievement", beforeSentence).Count > 0) return null;

        var verbs = context.Rules.Find("target.verb", text[clauseStart..numStart], clauseStart);
        var verb = verbs.Count > 0 ? verbs[^1] : null;
        bool rate = RateUnits.Contains(unit);
        bool hasComparator = comparator is not ("eq");
        if (verb is null && !hasComparator && !(rate && Regex.IsMatch(text[clauseStart..numStart], "达|提高|提升|占|比例|不低于|为")))
            return null;

        // Subject: for counts, what follows the unit up to the end of the clause or the next coordinated quantity.
        int subjectStart = q.Span.End, subjectEnd = clauseEnd;
        if (next is not null && next.Span.Start < clauseEnd)
        {
            var between = text[q.Span.End..next.Span.Start];
            int conj = between.LastIndexOfAny(['、', '和', '及', '与']);
            subjectEnd = conj >= 0 ? q.Span.End + conj : next.Span.Start;
        }
        // Rates and money name their subject before the number (比例达到90%, 安排专项经费1亿元); counts after the unit
        // (建设30个思政微课). Whichever side is empty, the other is taken; a bare verb (培训3000人次) is the last resort.
        int verbEnd = verb is not null && verb.Span.End <= numStart ? verb.Span.End : clauseStart;
        string Before(int from) => Regex.Replace(view.Text[from..numStart],
            "(?:达到|达|提高到|提高至|提升到|提升至|增长到|增至|保持在|稳定在|控制在|不低于|不少于|超过|至少|为|的|约|近)+\\s*$", "").Trim();
        string after = subjectEnd > subjectStart ? view.Text[subjectStart..subjectEnd].Trim() : "";
        string subject;
        bool before = rate || (MoneyUnits.Contains(unit) && Before(verbEnd).Length > 0) || after.Length == 0;
        if (before)
        {
            int from = rate ? clauseStart : verbEnd;
            subject = Before(from);
            if (subject.Length == 0 && from != clauseStart) subject = Before(clauseStart);
            subjectStart = subject.Length > 0 ? from : numStart;
            subjectEnd = numStart;
        }
        else
            subject = after;
        subject = TextFold.Squash(LeadingLabel.Replace(subject, "").TrimEnd('等').Trim());
        if (subject.Length == 0 && verb is not null) subject = verb.Text;
        if (subject.Length == 0) return null;

        int textStart = verb is not null ? Math.Min(verb.Span.Start, subjectStart) : clauseStart;
        int textEnd = Math.Max(subjectEnd, q.Span.End);
        if (previous is not null && previous.Span.End > textStart && previous.Span.End <= q.Span.Start) textStart = Math.Max(textStart, clauseStart);
        var span = new TextSpan(textStart, textEnd);
        return new TargetOutput
        {
            Text = TextFold.Squash(LeadingLabel.Replace(view.Text.Substring(span.Start, span.Length).Trim(), "")),
            Action = verb?.Text,
            Subject = subject,
            Value = value is { } v2 ? (double)v2 : null,
            Min = min is { } a2 ? (double)a2 : null,
            Max = max is { } b2 ? (double)b2 : null,
            Unit = unit,
            Comparator = comparator,
            Deadline = DeadlineFor(context, q.Span.Start, sentenceStart, line),
            Section = view.SectionPath(q.Span.Start),
            Evidence = context.EvidenceFor(span),
        };
    }

    private static string Comparator(RuleSet rules, RuleMatch q)
    {
        foreach (var word in new[] { q.Value("pre"), q.Value("post"), q.Value("mid") })
        {
            if (word is null) continue;
            var found = rules.Find("comparator", word);
            if (found.Count > 0 && found[0].Value("comparator") is { } c) return c;
        }
        return "eq";
    }

    /// <summary>The deadline governing a position: the last one before it in its sentence, else in its line, else the title's.</summary>
    private static DeadlineOutput? DeadlineFor(ExtractionContext context, int at, int sentenceStart, Line line)
    {
        var mentions = context.DeadlineMentions.Where(d => d.Deadline.Kind is "by" or "period" or "recurring").ToList();
        var inSentence = mentions.LastOrDefault(d => d.Span.Start >= sentenceStart && d.Span.End <= at);
        if (inSentence.Deadline is not null) return inSentence.Deadline;
        var inLine = mentions.LastOrDefault(d => d.Span.Start >= line.Start && d.Span.End <= at);
        if (inLine.Deadline is not null) return inLine.Deadline;
        if (context.TitleSpan is { } ts)
        {
            var inTitle = mentions.FirstOrDefault(d => ts.Contains(d.Span.Start));
            if (inTitle.Deadline is not null) return inTitle.Deadline;
        }
        return null;
    }

    /// <summary>A number inside a short quoted name (“双百计划”, “1+X”) is part of the name.</summary>
    private static bool InShortQuote(string text, int at)
    {
        int open = text.LastIndexOfAny(['“', '"'], Math.Max(0, at - 1), Math.Min(at, 12));
        if (open < 0) return false;
        if (text.IndexOfAny(['”', '"'], open + 1, at - open - 1) >= 0) return false;
        int close = text.IndexOfAny(['”', '"'], at);
        return close > at && close - open <= 12 && text.IndexOf('\n', open, close - open) < 0;
    }

    private static int LastIndexOfAny(string text, char[] chars, int from, int floor)
    {
        for (int i = from; i >= floor; i--)
            if (Array.IndexOf(chars, text[i]) >= 0) return i;
        return floor - 1;
    }

    private static int IndexOfAny(string text, char[] chars, int from, int ceiling)
    {
        for (int i = from; i < ceiling; i++)
            if (Array.IndexOf(chars, text[i]) >= 0) return i;
        return ceiling;
    }
}
