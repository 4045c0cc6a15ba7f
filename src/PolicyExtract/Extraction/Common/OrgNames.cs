using System.Text.RegularExpressions;
using PolicyExtract.Model;
using PolicyExtract.Rules;

namespace PolicyExtract.Extraction.Common;

/// <summary>A unit name as printed, with its span into the document text; <c>Lead</c> when it was marked as leading (省教育厅（牵头）).</summary>
public readonly record struct NamePart(string Text, TextSpan Span, bool Lead = false);

/// <summary>Recognizes organization names, splits unit lists, finds a document's jurisdiction.</summary>
public sealed class OrgNames
{
    private readonly Regex _orgName;
    private readonly Regex _endsWithSuffix;
    // What a table cell or label holds when there is nothing to name: a dash, a slash, 无 / 暂无.
    private static readonly Regex Placeholder = new(@"^(?:[—–\-－―─~～/／\\·…]+|暂?无|[(（]无[)）]|空)$", RegexOptions.CultureInvariant);
    private static readonly Regex VillageName = new(@"^[\u3400-\u9fff]{2,5}(?:村|社区)$", RegexOptions.CultureInvariant);
    private static readonly Regex LeadMark = new(@"\s*[(（]\s*(?:牵头|主责|牵头单位)\s*[)）]$", RegexOptions.CultureInvariant);
    // The words that close a list of units with their duty (…、省教育厅按职责分工负责; 县财政局、县人社局分别负责落实).
    private static readonly Regex DutyEnd = new(@"\s*(?:按照?(?:各自)?职责(?:分工)?|分别|共同)?负责(?:落实|实施)?$", RegexOptions.CultureInvariant);

    public OrgNames(RuleSet rules)
    {
        var suffix = rules.Macros.TryGetValue("org_suffix", out var s) ? s : "(?:局|委|办|厅|部|院|会|政府|中心)";
        // A bracketed list of levels may sit inside a name (各县（市、区）人民政府), an alternative after it
        // (各乡镇人民政府（街道办事处）).
        _orgName = new Regex("^(?:[\\u3400-\\u9fff（）()]|(?<=[（(][\\u3400-\\u9fff]{1,3})、(?=[\\u3400-\\u9fff]{1,3}[）)])){1,40}?" + suffix + "(?:[（(][\\u3400-\\u9fff]{2,8}[）)])?$",
            RegexOptions.CultureInvariant | RegexOptions.Compiled);
        // …and the alternative may close a unit in a list too (市委宣传部（市文明办）、各县（市、区）人民政府).
        _endsWithSuffix = new Regex(suffix + "(?:[（(][\\u3400-\\u9fff]{2,8}[）)])?$", RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    /// <summary>True when the text as a whole looks like the name of a body (ends with a body suffix, no sentence punctuation).</summary>
    public bool IsOrgName(string text) => text.Length >= 2 && text.Length <= 40 && _orgName.IsMatch(text);

    public bool EndsLikeOrg(string text) => _endsWithSuffix.IsMatch(text);

    /// <summary>
    /// Splits a printed list of units on 、 ， , ； ; and 和/及 (only between two whole names), keeping each unit's span.
    /// A part that is not a name by itself (各市 in 各市、县(区)政府) is joined to the next; a trailing 等 is dropped.
    /// </summary>
    public List<NamePart> SplitUnits(string text, int offset)
    {
        var raw = new List<NamePart>();
        int start = 0, depth = 0;
        void Flush(int end)
        {
            int s = start, e = end;
            while (s < e && char.IsWhiteSpace(text[s])) s++;
            while (e > s && (char.IsWhiteSpace(text[e - 1]) || text[e - 1] is '。' or '.')) e--;
            if (e > s) raw.Add(new NamePart(text[s..e], new TextSpan(offset + s, offset + e)));
        }
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is '(' or '（') depth++;
            else if (c is ')' or '）') depth = Math.Max(0, depth - 1);
            else if (depth == 0 && c is '、' or '，' or ',' or '；' or ';' or '/' or '／')
            {
                Flush(i);
                start = i + 1;
            }
        }
        Flush(text.Length);

        // 和 / 及 / 与 split only between two whole names (人力资源和社会保障局 stays whole).
        var parts = new List<NamePart>();
        foreach (var p in raw)
            foreach (var q in SplitSpaces(p))
                parts.AddRange(SplitConjunction(q));

        // A unit may carry its role in brackets: 省教育厅（牵头）.
        for (int i = 0; i < parts.Count; i++)
        {
            var m = LeadMark.Match(parts[i].Text);
            if (m.Success && m.Index > 0)
                parts[i] = new NamePart(parts[i].Text[..m.Index], new TextSpan(parts[i].Span.Start, parts[i].Span.Start + m.Index), Lead: true);
        }
        var joined = new List<NamePart>();
        for (int i = 0; i < parts.Count; i++)
        {
            var p = parts[i];
            // A part naming a kind of unit (建设单位、施工单位、监理单位; 各成员单位) is whole, though no body suffix ends it.
            // A village or a community (高炉村、丁庄村; 东关社区) is a unit of a town's lists, though no body suffix ends it.
            if (!EndsLikeOrg(p.Text) && i + 1 < parts.Count && !p.Text.EndsWith('等') && !p.Text.EndsWith("单位", StringComparison.Ordinal)
                && !VillageName.IsMatch(p.Text))
            {
                var next = parts[i + 1];
                var merged = new NamePart(SliceBetween(text, offset, p.Span.Start, next.Span.End), new TextSpan(p.Span.Start, next.Span.End));
                parts[i + 1] = merged;
                continue;
            }
            joined.Add(p);
        }
        // A list may end with 等 (等单位, 等部门): not part of the unit.
        for (int i = 0; i < joined.Count; i++)
        {
            var t = joined[i].Text;
            if (!t.Contains('等')) continue;
            var m = Regex.Match(t, "等(?:单位|部门|有关单位|相关单位|相关部门|有关部门)?$");
            if (m.Success && m.Index > 0)
                joined[i] = new NamePart(t[..m.Index], new TextSpan(joined[i].Span.Start, joined[i].Span.Start + m.Index));
        }
        // …or with the duty of the units named (X、Y按职责分工负责): the words are not part of the last unit's name.
        if (joined.Count > 0 && joined[^1] is var last && last.Text.Contains("负责", StringComparison.Ordinal)
            && DutyEnd.Match(last.Text) is { Success: true, Index: > 0 } duty && EndsLikeOrg(last.Text[..duty.Index]))
            joined[^1] = new NamePart(last.Text[..duty.Index], new TextSpan(last.Span.Start, last.Span.Start + duty.Index), last.Lead);
        // A list may end with its deadline (县商务局，持续推进): a time is not a unit. A cell or value holding only a
        // placeholder (配合单位 | — , 配合单位：无) names no unit.
        return joined.Where(p => p.Text.Length > 0 && !Placeholder.IsMatch(p.Text) && !(p.Text.Length <= 12 && !EndsLikeOrg(p.Text)
            && PolicyExtract.Normalization.PeriodNormalizer.TryNormalize(p.Text, null, out _))).ToList();
    }

    /// <summary>Whether the text has a character <c>\s</c> matches (the same set as <see cref="char.IsWhiteSpace(char)"/>).</summary>
    private static bool HasWhiteSpace(string text)
    {
        foreach (char c in text)
            if (char.IsWhiteSpace(c)) return true;
        return false;
    }

    private static string SliceBetween(string text, int offset, int start, int end) => text.Substring(start - offset, end - start);

    /// <summary>Names separated by spaces only (市自然资源和规划局　市住房城乡建设局) are split when every piece is a name.</summary>
    private IEnumerable<NamePart> SplitSpaces(NamePart p)
    {
        // Without white space the text is one piece: nothing to split, and no regex to run (the common case).
        if (!HasWhiteSpace(p.Text))
        {
            yield return p;
            yield break;
        }
        var pieces = Regex.Matches(p.Text, @"\S+").Cast<Match>().ToList();
        if (pieces.Count < 2 || !pieces.All(m => IsOrgName(m.Value)))
        {
            yield return p;
            yield break;
        }
        foreach (var m in pieces)
            yield return new NamePart(m.Value, new TextSpan(p.Span.Start + m.Index, p.Span.Start + m.Index + m.Length));
    }

    private IEnumerable<NamePart> SplitConjunction(NamePart p)
    {
        for (int i = 1; i < p.Text.Length - 1; i++)
        {
            if (p.Text[i] is not ('和' or '及' or '与')) continue;
            var left = p.Text[..i];
            var right = p.Text[(i + 1)..];
            if (right.StartsWith('各') || (IsOrgName(left) && IsOrgName(right)))
            {
                yield return new NamePart(left, new TextSpan(p.Span.Start, p.Span.Start + i));
                foreach (var r in SplitConjunction(new NamePart(right, new TextSpan(p.Span.Start + i + 1, p.Span.End))))
                    yield return r;
                yield break;
            }
        }
        yield return p;
    }
}
