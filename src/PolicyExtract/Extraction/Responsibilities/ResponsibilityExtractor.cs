using System.Text.RegularExpressions;
using PolicyExtract.Extraction.Common;
using Cell = PolicyExtract.Extraction.Common.TableCellText;
using PolicyExtract.Extraction.Deadlines;
using PolicyExtract.Model;
using PolicyExtract.Rules;
using PolicyExtract.Rules.Gazetteers;
using PolicyExtract.Text;

namespace PolicyExtract.Extraction.Responsibilities;

/// <summary>
/// Who is responsible for what: inline assignments after a task item ((责任单位:…), (牵头单位:…;配合单位:…), (X牵头,Y配合))
/// and task tables with 责任单位 / 牵头单位 / 配合单位 / 完成时限 columns — table blocks from the reader, or tables laid out
/// with tabs in text exported from Word (one cell a line, each starting with a tab, rows separated by an empty line).
/// </summary>
public sealed partial class ResponsibilityExtractor(OrgNames orgs, GazetteerSet gazetteers) : IExtractor
{
    [GeneratedRegex(@"^\s*(?<label>[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}\s*、|\d{1,3}\s*[.．、](?!\d))\s*", RegexOptions.CultureInvariant)]
    private static partial Regex ItemLabel { get; }

    public string Name => "responsibilities";

    /// <summary>A table cell: its text and span.</summary>

    public void Extract(ExtractionContext context)
    {
        ExtractInline(context);
        foreach (var table in context.BlockTables)
            ExtractTable(context, table);
        foreach (var table in TextTables.TabLaid(context.View))
            ExtractTable(context, table);
        foreach (var table in context.RowPerLineTables)
            ExtractTable(context, table);
        foreach (var table in CellPerLineTables(context))
            ExtractTable(context, table);
    }

    /// <summary>
    /// Label lines under a task (牵头单位：… / 责任单位：… / 完成时限：…, one a line) make one assignment together; the task is
    /// the text above them back to its item label.
    /// </summary>
    private HashSet<int> ExtractLabelBlocks(ExtractionContext context)
    {
        var view = context.View;
        var rules = context.Rules;
        var consumed = new HashSet<int>();
        var labelLines = rules.FindByLine("responsibility.label-line", view.MatchText, view.LineSpans);
        RuleMatch? LabelLine(int i) => labelLines[i]?[0];
        for (int li = 0; li < view.Lines.Count; li++)
        {
            if (LabelLine(li) is null) continue;
            var group = new List<RuleMatch>();
            int end = li;
            for (int j = li; j < view.Lines.Count; j++)
            {
                if (view.LineText(j).Trim().Length == 0) continue;
                if (LabelLine(j) is not { } lm) break;
                group.Add(lm);
                end = j;
            }
            if (group.Count < 2) { li = end; continue; }
            var units = new List<NamePart>();
            string? lead = null;
            var supporting = new List<string>();
            DeadlineOutput? deadline = null;
            bool steps = false;
            foreach (var g in group)
            {
                var label = g.Value("label") ?? "";
                var value = g.Groups["value"];
                if (rules.IsMacro("deadline_header", label))
                {
                    if (Steps(context, value.Span)) { steps = true; continue; }
                    deadline ??= DeadlineResolver.FromCell(view.Text.Substring(value.Span.Start, value.Span.Length), context.IssueDate, context.EvidenceFor(value.Span));
                    if (deadline is not null) DeadlineExtractor.Add(context, deadline);
                    continue;
                }
                // A line may carry several labels: 牵头单位：X；责任单位：Y.
                int labelLine = view.LineIndexOf(g.Span.Start);
                AddLabelledParts(context, view.LineMatchText(labelLine), view.Lines[labelLine].Start, units, ref lead, supporting);
            }
            // The task: the lines above, up to and including the one that opens the item.
            int top = -1, bottom = -1;
            for (int up = li - 1, taken = 0; up >= 0 && taken < 6; up--)
            {
                var t = view.LineText(up);
                if (t.Trim().Length == 0) { if (taken > 0) break; continue; }
                if (LabelLine(up) is not null) break;
                if (bottom < 0) bottom = up;
                top = up;
                taken++;
                if (ItemLabel.IsMatch(TextFold.Fold(t))) break;
            }
            // A heading on a line of its own, an empty line between it and the task's paragraph ((一)X / ⏎ / text /
            // 牵头单位：…): the task opens at the heading.
            if (top >= 0 && !ItemLabel.IsMatch(TextFold.Fold(view.LineText(top))))
            {
                int up = top - 1;
                while (up >= 0 && view.LineText(up).Trim().Length == 0) up--;
                if (up >= 0 && up < top - 1 && LabelLine(up) is null && StandaloneHeading(view.LineText(up)))
                    top = up;
            }
            if (units.Count > 0 && top >= 0)
            {
                var taskSpan = new TextSpan(view.Lines[top].Start, view.Lines[bottom].End);
                while (taskSpan.Start < taskSpan.End && char.IsWhiteSpace(view.Text[taskSpan.Start]))
                    taskSpan = new TextSpan(taskSpan.Start + 1, taskSpan.End);
                Add(context, taskSpan, units, lead, supporting, steps ? null : deadline ?? DeadlineIn(context, taskSpan), new TextSpan(taskSpan.Start, view.Lines[end].End));
                for (int c = li; c <= end; c++) consumed.Add(c);
            }
            li = end;
        }
        return consumed;
    }

    private void ExtractInline(ExtractionContext context)
    {
        var view = context.View;
        var rules = context.Rules;
        var consumed = ExtractLabelBlocks(context);
        var byLine = rules.FindByLine("responsibility", view.MatchText, view.LineSpans, li => !consumed.Contains(li), context.Masked);
        for (int li = 0; li < view.Lines.Count; li++)
        {
            if (byLine[li] is not { } matches) continue;
            var line = view.Lines[li];
            int taskFrom = line.Start;
            foreach (var m in matches)
            {
                var units = new List<NamePart>();
                string? lead = null;
                var supporting = new List<string>();
                if (m.Groups.TryGetValue("body", out var body))
                    AddLabelledParts(context, body.Text, body.Span.Start, units, ref lead, supporting);
                else if (m.Groups.TryGetValue("units", out var inCharge))
                {
                    var list = UnitsIn(view, inCharge.Span);
                    // Only when every part is a body: (由各地负责…) is an instruction, not an assignment.
                    if (list.All(u => orgs.IsOrgName(u.Text))) units.AddRange(list);
                }
                else if (m.Groups.TryGetValue("lead", out var leadGroup))
                {
                    var leads = UnitsIn(view, leadGroup.Span);
                    if (leads.Count == 0 || !leads.All(u => orgs.IsOrgName(u.Text) || u.Text.StartsWith('各'))) continue;
                    units.AddRange(leads);
                    lead = leads.FirstOrDefault().Text;
                    if (m.Groups.TryGetValue("support", out var sup))
                    {
                        var list = UnitsIn(view, sup.Span);
                        units.AddRange(list);
                        supporting.AddRange(list.Select(u => u.Text));
                    }
                    // The bodies that carry the task out, after the supporting ones (…配合，各市（州）人民政府负责落实).
                    if (m.Groups.TryGetValue("carry", out var carry) && UnitsIn(view, carry.Span) is { Count: > 0 } doers
                        && doers.All(u => orgs.IsOrgName(u.Text) || u.Text.StartsWith('各')))
                    {
                        units.AddRange(doers);
                        supporting.AddRange(doers.Select(u => u.Text));
                    }
                }
                if (units.Count == 0) continue;
                DeadlineOutput? stated = null;
                // Two steps after the units (于9月底前完成改造，12月底前完成验收), or a time limit of two dated steps
                // (完成时限：5月底前完成排查，10月底前完成治理): the task has no one deadline, though each step is a deadline of
                // the document.
                bool steps = m.Groups.ContainsKey("then");
                void State(string text, TextSpan span)
                {
                    if (Steps(context, span)) { steps = true; return; }
                    stated ??= DeadlineResolver.FromCell(text, context.IssueDate, context.EvidenceFor(span));
                    if (stated is not null) DeadlineExtractor.Add(context, stated);
                }
                if (m.Groups.TryGetValue("body", out var b2))
                    foreach (var d in rules.Find("responsibility.deadline", b2.Text, b2.Span.Start))
                        if (d.Groups.TryGetValue("when", out var when)) State(when.Text, when.Span);
                if (m.Groups.TryGetValue("when", out var w2))
                {
                    State(w2.Text, w2.Span);
                    if (steps) stated = null;
                }
                // A deadline inside the brackets after the units: (责任单位：A、B；2023年6月底前完成).
                if (stated is null && !steps && DeadlineIn(context, m.Span) is { } inside) stated = inside;
                // A deadline in its own brackets right after: (责任单位:…)(完成时限:2022年底前).
                var rest = view.MatchText[m.Span.End..line.End];
                foreach (var d in rules.Find("responsibility.deadline", rest, m.Span.End))
                    if (d.Span.Start - m.Span.End <= 3 && d.Groups.TryGetValue("when", out var w3))
                    {
                        var whenText = w3.Text.TrimEnd(')', '）', '】', ']');
                        State(whenText, new TextSpan(w3.Span.Start, w3.Span.Start + whenText.Length));
                    }

                // A unit's own paragraph of duties (市应急管理局：负责组织…): the task is what follows 负责.
                if (m.Groups.TryGetValue("duty", out var duty))
                {
                    taskFrom = m.Span.End;
                    if (!steps) stated ??= DeadlineIn(context, duty.Span);
                    Add(context, duty.Span, units, lead, supporting, steps ? null : stated, m.Span);
                    continue;
                }
                // The task: what precedes the assignment on its line, or the line above when it stands alone.
                var taskSpan = new TextSpan(taskFrom, m.Span.Start);
                int taskLine = li;
                if (view.Text[taskSpan.Start..taskSpan.End].Trim().Length == 0)
                {
                    for (int up = li - 1; up >= 0; up--)
                        if (view.Lines[up].Length > 0 && view.LineText(up).Trim().Length > 0) { taskSpan = view.Lines[up].Span; taskLine = up; break; }
                    // Under a table the paragraph before it introduced (…分配到有关乡镇（街道），具体如下： / the table / the units): the
                    // task is that paragraph, not the table's last row.
                    if (view.LineText(taskLine).Contains('\t'))
                    {
                        int up = taskLine;
                        while (up > 0 && (view.LineText(up).Contains('\t') || view.LineText(up).Trim().Length == 0)) up--;
                        if (up < taskLine && view.LineMatchText(up).TrimEnd() is { Length: > 0 } intro && intro[^1] is ':' or '：')
                        {
                            taskSpan = view.Lines[up].Span;
                            taskLine = up;
                        }
                    }
                    // Under a list of parts ((1)…(2)…(3)…, then the units on a line of their own), the task is the line
                    // that opens the list, not its last part.
                    if (SubItem.IsMatch(view.LineMatchText(taskLine)))
                        for (int up = taskLine - 1; up >= 0; up--)
                        {
                            var t = view.LineMatchText(up);
                            if (t.Trim().Length == 0 || SubItem.IsMatch(t)) continue;
                            if (rules.Find("responsibility", t).Count == 0) { taskSpan = view.Lines[up].Span; taskLine = up; }
                            break;
                        }
                    // A paragraph the text's hard wraps cut (a copy from a PDF): the line above the units is the paragraph's
                    // last line, and the task starts where the paragraph does.
                    while (WrappedFrom(context, taskLine) is int above) { taskSpan = new TextSpan(view.Lines[above].Start, taskSpan.End); taskLine = above; }
                    // The parts of a list that a line closing on a colon opens (扩大老年教育供给。重点做好以下工作： / 推动…； / 新增…； /
                    // 开发…。, then the units): the task is the whole, from that line.
                    if (PartsOpenedAbove(context, taskLine) is int opener) { taskSpan = new TextSpan(view.Lines[opener].Start, taskSpan.End); taskLine = opener; }
                    // Under the last of a group's numbered items (（一）… / 1.… / 2.… / 3.…, then the units), the units are the
                    // group's: the task is the group from its heading.
                    else if (GroupHeadingAbove(context, taskLine, li) is int group) { taskSpan = new TextSpan(view.Lines[group].Start, taskSpan.End); taskLine = group; }
                }
                // Units closing the last of a group's numbered items on its own line (1.… / 2.…（责任单位：…）, then the next
                // group) are the group's, as when they stand on a line of their own.
                else if (taskFrom == line.Start && view.MatchText[m.Span.End..line.End].Trim().Trim('。', '.', '；', ';').Length == 0
                    && GroupHeadingAbove(context, li, li) is int group)
                {
                    taskSpan = new TextSpan(view.Lines[group].Start, taskSpan.End);
                    taskLine = group;
                }
                // The item's heading on the line above belongs to the task: （二）整治易涝积水点。 / body …（责任单位：…）; a task
                // line that opens the item itself has its heading (（一）科学安排抽检任务。… / 牵头科室：…), not the section's.
                if (taskFrom == line.Start && !ItemLabel.IsMatch(view.LineMatchText(taskLine)))
                    for (int up = taskLine - 1, seen = 0; up >= 0 && seen < 3; up--)
                    {
                        var t = view.LineMatchText(up);
                        if (t.Trim().Length == 0) continue;
                        seen++;
                        if (rules.Find("responsibility", t).Count > 0) break;
                        if (ItemLabel.IsMatch(t) && t.Trim().Length <= 40) { taskSpan = new TextSpan(view.Lines[up].Start, taskSpan.End); break; }
                        // A heading whose number a Word export lost (落实立德树人根本任务 / 把思想政治教育…（责任单位：…）): a short
                        // line of words alone, right above the paragraph.
                        if (seen == 1 && BareHeading(t) && LooksLikeProse(view.LineMatchText(taskLine)))
                        {
                            taskSpan = new TextSpan(view.Lines[up].Start, taskSpan.End);
                            break;
                        }
                    }
                taskFrom = m.Span.End;
                while (taskSpan.Start < taskSpan.End && char.IsWhiteSpace(view.Text[taskSpan.Start]))
                    taskSpan = new TextSpan(taskSpan.Start + 1, taskSpan.End);
                // Units right after the item's heading (1.开展集中宣传（责任单位：…）。body…，9月20日前完成。): the item's
                // body follows on the line, and its deadline with it.
                if (!steps) stated ??= DeadlineIn(context, taskSpan);
                if (stated is null && !steps && ItemLabel.IsMatch(TextFold.Fold(view.Text[taskSpan.Start..taskSpan.End])) && taskSpan.Length <= 40)
                {
                    int bodyEnd = rules.Find("responsibility", view.LineMatchText(li)[(m.Span.End - line.Start)..], m.Span.End, context.Masked)
                        .Select(x => x.Span.Start).DefaultIfEmpty(line.End).First();
                    stated = DeadlineIn(context, new TextSpan(m.Span.End, bodyEnd));
                }
                // Tasks under a section heading that states their common time limit (（一）近期任务（2025年6月底前完成）) take it.
                if (stated is null && !steps) stated = SectionDeadline(context, taskLine);
                Add(context, taskSpan, units, lead, supporting, steps ? null : stated, new TextSpan(taskSpan.Start, m.Span.End));
            }
        }
    }

    /// <summary>
    /// The heading of the group whose last numbered item is <paramref name="line"/>: the nearest heading above of a higher
    /// level, with at least one item of the same level between and no units assigned anywhere between; else null.
    /// </summary>
    private static int? GroupHeadingAbove(ExtractionContext context, int line, int unitsLine)
    {
        var view = context.View;
        var levels = context.HeadingLevels;
        if (levels[line] < 3) return null;
        // The last of its group: the next item is of a higher level, or there is none.
        for (int down = unitsLine + 1; down < view.Lines.Count; down++)
        {
            if (view.LineMatchText(down).Trim().Length == 0) continue;
            if (levels[down] >= levels[line]) return null;
            if (levels[down] > 0) break;
        }
        int siblings = 0;
        for (int up = line - 1; up >= 0 && up >= line - 40; up--)
        {
            var t = view.LineMatchText(up);
            if (t.Trim().Length == 0) continue;
            if (context.Rules.Find("responsibility", t).Count > 0) return null;
            if (levels[up] == levels[line]) siblings++;
            else if (levels[up] is > 0 && levels[up] < levels[line]) return siblings > 0 ? up : null;
        }
        return null;
    }

    /// <summary>
    /// The line that opens the list of parts ending on <paramref name="line"/>: the nearest line above, within six, that
    /// closes on a colon, every line between it and this one being a part (closing on ； or, the last, 。) with no units.
    /// </summary>
    private static int? PartsOpenedAbove(ExtractionContext context, int line)
    {
        var view = context.View;
        var last = view.LineMatchText(line).TrimEnd();
        if (last.Length == 0 || last[^1] is not ('；' or ';' or '。')) return null;
        for (int up = line - 1, parts = 1; up >= 0 && parts <= 6; up--)
        {
            var t = view.LineMatchText(up).TrimEnd();
            if (t.Length == 0) continue;
            if (context.Rules.Find("responsibility", t).Count > 0) return null;
            if (t[^1] is '：' or ':') return parts >= 2 ? up : null;
            if (t[^1] is not ('；' or ';')) return null;
            parts++;
        }
        return null;
    }

    /// <summary>
    /// The line a hard-wrapped line continues, or null: the line right above ends inside a sentence (a Chinese character,
    /// ， or 、), is prose (long, with a comma or full stop in it) and assigns no units, and this line opens no item.
    /// </summary>
    private static int? WrappedFrom(ExtractionContext context, int line)
    {
        var view = context.View;
        if (line == 0 || ItemLabel.IsMatch(view.LineMatchText(line))) return null;
        var above = view.LineMatchText(line - 1).TrimEnd();
        if (above.Length < TextNormalizer.MinProseLineLength || above.IndexOfAny(['，', ',', '。']) < 0) return null;
        char last = above[^1];
        if (!(last is '，' or ',' or '、' || last is >= '\u3400' and <= '\u9fff')) return null;
        return context.Rules.Find("responsibility", above).Count == 0 ? line - 1 : null;
    }

    [GeneratedRegex(@"^\s*(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、)[^（(]{2,20}[（(](?<when>[^（）()]{3,24}?完成)[）)]\s*$")]
    private static partial Regex SectionWithTimeLimit { get; }

    [GeneratedRegex(@"^\s*(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、)")]
    private static partial Regex SectionLabel { get; }

    /// <summary>
    /// The time limit of the section a task line sits in: the nearest section heading above (（一）… / 一、…), when it ends
    /// with its own bracket (近期任务（2025年6月底前完成）). A heading without one gives none.
    /// </summary>
    private static DeadlineOutput? SectionDeadline(ExtractionContext context, int taskLine)
    {
        var view = context.View;
        for (int up = taskLine - 1; up >= 0 && up >= taskLine - 40; up--)
        {
            var t = view.LineMatchText(up);
            if (!SectionLabel.IsMatch(t)) continue;
            var m = SectionWithTimeLimit.Match(t);
            if (!m.Success) return null;
            var g = m.Groups["when"];
            int start = view.Lines[up].Start + g.Index;
            var found = DeadlineIn(context, new TextSpan(start, start + g.Length));
            return found is { End: not null } ? found : null;
        }
        return null;
    }

    private void Add(ExtractionContext context, TextSpan taskSpan, List<NamePart> units, string? lead, List<string> supporting,
        DeadlineOutput? deadline, TextSpan evidence)
    {
        var view = context.View;
        // A Word export's marker glued to the task's heading ([bookmark: _Toc…]（一）…) is no part of it.
        var raw = DocumentView.BlankArtifacts(view.Text.Substring(taskSpan.Start, taskSpan.Length));
        var folded = TextFold.Fold(raw);
        string? label = null;
        var lm = ItemLabel.Match(folded);
        if (lm.Success)
        {
            label = raw.Substring(lm.Groups["label"].Index, lm.Groups["label"].Length).Trim().TrimEnd('、', '.', '．');
            raw = raw[lm.Length..];
        }
        var task = TextFold.Squash(raw.Trim());
        if (task.Length == 0) return;
        var names = units.Select(u => u.Text).ToList();
        context.Result.Responsibilities.Add(new ResponsibilityOutput
        {
            Task = task,
            TaskLabel = label,
            Units = names,
            Lead = lead ?? (names.Count > 0 ? names[0] : null),
            Supporting = supporting,
            NormalizedUnits = names.Select(n => gazetteers.NormalizeOrg(n, context.Jurisdiction)).ToList(),
            Deadline = deadline,
            Evidence = context.EvidenceFor(evidence),
        });
    }

    /// <summary>The deadline a task states: its last dated one (2024年, 6月底前), else its last recurring or ongoing one.</summary>
    /// <summary>
    /// Reads labelled parts (牵头单位：X；配合单位：Y、Z) of a matching text starting at <paramref name="offset"/>: their units in
    /// order, the first lead unit and the supporting ones. Unit names are taken from the document text. Returns how many parts.
    /// </summary>
    private int AddLabelledParts(ExtractionContext context, string matchText, int offset, List<NamePart> units, ref string? lead, List<string> supporting)
    {
        var parts = context.Rules.Find("responsibility.part", matchText, offset);
        foreach (var part in parts)
        {
            if (part.Groups.TryGetValue("lead", out var leadPart) && part.Groups.TryGetValue("support", out var supportPart))
            {
                // 责任单位：X牵头，Y、Z配合: the roles are written into the value.
                var leads = UnitsIn(context.View, leadPart.Span);
                var supports = UnitsIn(context.View, supportPart.Span);
                units.AddRange(leads);
                units.AddRange(supports);
                lead ??= leads.FirstOrDefault().Text;
                supporting.AddRange(supports.Select(u => u.Text));
                // …，W落实: the bodies that carry it out locally are units of the task too.
                if (part.Groups.TryGetValue("also", out var alsoPart) && alsoPart.Span.Length > 0)
                    units.AddRange(UnitsIn(context.View, alsoPart.Span));
                continue;
            }
            var span = part.Groups["units"].Span;
            var list = UnitsIn(context.View, span);
            units.AddRange(list);
            var label = part.Value("label") ?? "";
            if (IsLabel(context.Rules, "lead_label", label)) lead ??= list.FirstOrDefault().Text;
            if (IsLabel(context.Rules, "support_label", label)) supporting.AddRange(list.Select(u => u.Text));
        }
        // An unlabelled last part of those who carry the task out (…；配合处室：Y、Z；各县（市、区）教育局负责落实).
        if (parts.Count > 0 && CarriedOutBy.Match(matchText, parts[^1].Span.End - offset) is { Success: true } carried)
        {
            var g = carried.Groups["units"];
            var doers = UnitsIn(context.View, new TextSpan(offset + g.Index, offset + g.Index + g.Length));
            if (doers.Count > 0 && doers.All(u => orgs.IsOrgName(u.Text) || u.Text.StartsWith('各')))
            {
                units.AddRange(doers);
                supporting.AddRange(doers.Select(u => u.Text));
            }
        }
        return parts.Count;
    }

    [GeneratedRegex(@"\G\s*[;；,，]\s*(?<units>[^;；:：()（）]{2,60}?|[^;；:：]{2,60}?)\s*(?:负责落实|具体落实|负责实施|具体负责|落实)\s*[)）】\]]?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex CarriedOutBy { get; }

    /// <summary>The units named in <paramref name="span"/> of the document's text, split as a list.</summary>
    private List<NamePart> UnitsIn(DocumentView view, TextSpan span) => orgs.SplitUnits(view.Text.Substring(span.Start, span.Length), span.Start);

    private static DeadlineOutput? DeadlineIn(ExtractionContext context, TextSpan span)
    {
        var inside = context.DeadlineMentions.Where(d => d.Span.Start >= span.Start && d.Span.End <= span.End).ToList();
        return inside.LastOrDefault(d => d.Deadline.End is not null).Deadline ?? inside.LastOrDefault().Deadline;
    }

    /// <summary>
    /// Whether a stated time limit holds two dated steps, one clause each (5月底前完成排查，10月底前完成治理; 上半年完成处置任务的
    /// 50%，年底前全面完成): then the task has no one deadline. One date, or a stage from one date to another, is one.
    /// </summary>
    private static bool Steps(ExtractionContext context, TextSpan span)
    {
        var dated = context.DeadlineMentions.Where(d => d.Span.Start >= span.Start && d.Span.End <= span.End && d.Deadline.End is not null)
            .OrderBy(d => d.Span.Start).ToList();
        for (int i = 1; i < dated.Count; i++)
            if (dated[i].Span.Start > dated[i - 1].Span.End
                && context.View.MatchText.AsSpan(dated[i - 1].Span.End, dated[i].Span.Start - dated[i - 1].Span.End).IndexOfAny(",;，；") >= 0)
                return true;
        return false;
    }

    private static bool IsLabel(RuleSet rules, string macro, string label) =>
        rules.IsMacro(macro, label);

    private enum Column { Other, Task, Units, Lead, Support, Deadline }

    /// <summary>A figure that is not a year (5个工作日内, 30%): no header cell holds one.</summary>
    [GeneratedRegex(@"(?<!\d)(?!(?:19|20)\d{2}(?!\d))\d+", RegexOptions.CultureInvariant)]
    private static partial Regex FigureInHeader { get; }

    private static readonly Column[] UnitColumns = [Column.Units, Column.Lead, Column.Support];

    private void ExtractTable(ExtractionContext context, List<List<Cell>> rows)
    {
        var rules = context.Rules;
        int header = -1;
        List<Column>? columns = null;
        for (int r = 0; r < Math.Min(rows.Count, 5) && header < 0; r++)
        {
            var cols = rows[r].Select(c => Classify(rules, c.Text)).ToList();
            // A header names its columns without figures other than a year (2025年目标值): a row whose cells only contain
            // such words (项目承担单位审批 | 5个工作日内 under 审批权限 | 办理时限) is a row of data, and a table whose header names
            // no unit column has none.
            if (cols.Where((c, i) => c != Column.Other && FigureInHeader.IsMatch(rows[r][i].Text)).Any()) continue;
            if (cols.Any(c => c is Column.Units or Column.Lead) && cols.Count(c => c != Column.Other) >= 2)
            {
                header = r;
                columns = cols;
            }
        }
        if (columns is null) return;
        // In a table of indicators (指标名称 | 单位 | 目标值 | 责任单位) a bare 单位 is the unit of measure, as it is whenever
        // another column names who is responsible.
        {
            var head = rows[header].Select(c => TextFold.HeaderForm(c.Text)).ToList();
            // Of several columns that could hold the task (测评项目 | 工作任务), one named a task outright is it; but a column of
            // the measures taken for an item named to its left (改革事项 | 具体措施) describes that item, which is the task.
            int firstTask = columns.IndexOf(Column.Task);
            int named = Enumerable.Range(0, columns.Count).FirstOrDefault(i => columns[i] == Column.Task && IsLabel(rules, "task_header", head[i])
                && !(i > firstTask && IsLabel(rules, "task_detail_header", head[i])), -1);
            if (named >= 0)
                for (int i = 0; i < columns.Count; i++)
                    if (i != named && columns[i] == Column.Task) columns[i] = Column.Other;
            int task = columns.IndexOf(Column.Task);
            bool indicators = task >= 0 && rules.IsMacro("indicator_header", head[task]);
            for (int i = 0; i < columns.Count; i++)
                if (columns[i] == Column.Units && head[i] is "单位" or "计量单位"
                    && (indicators || columns.Where((c, j) => j != i && c is Column.Units or Column.Lead or Column.Support).Any()))
                    columns[i] = Column.Other;
            if (!columns.Any(c => c is Column.Units or Column.Lead)) return;
        }
        // A two-row header: 责任单位 over 牵头单位 | 配合单位. The second row names the columns where it says more.
        if (header + 1 < rows.Count && rows[header + 1].Count == columns.Count)
        {
            var sub = rows[header + 1].Select(c => Classify(rules, c.Text)).ToList();
            if (sub.Any(c => c is Column.Lead or Column.Support or Column.Units)
                && rows[header + 1].All(c => c.Text.Trim().Length <= 16))
            {
                for (int i = 0; i < sub.Count; i++)
                    if (sub[i] != Column.Other) columns[i] = sub[i];
                header++;
            }
        }
        for (int r = header + 1; r < rows.Count; r++)
        {
            var cells = rows[r];
            // One cell merged across the whole row (一、老旧小区改造类) heads the rows below it: it is no task.
            if (cells.Count > 1 && cells.All(c => c.Span == cells[0].Span)) continue;
            // Header and row may differ in length (a header cell spanning two columns): align from the right.
            int shift = cells.Count - columns.Count;
            Cell? Get(Column kind)
            {
                int idx = columns.IndexOf(kind);
                if (idx < 0) return null;
                int at = idx + shift;
                return at >= 0 && at < cells.Count ? cells[at] : null;
            }
            var task = Get(Column.Task);
            if (task is null || task.Text.Trim().Length == 0) continue;
            // A row of totals (合计, 小计) assigns nothing.
            if (TextFold.Squash(task.Text) is "合计" or "小计" or "总计" or "共计") continue;
            var units = new List<NamePart>();
            string? lead = null;
            var supporting = new List<string>();
            // Units in the order the columns are printed (牵头单位 | 责任单位 → the lead first).
            TextSpan? previousUnitCell = null;
            for (int ci = 0; ci < columns.Count; ci++)
            {
                var kind = columns[ci];
                if (Array.IndexOf(UnitColumns, kind) < 0) continue;
                int at = ci + shift;
                if (at < 0 || at >= cells.Count) continue;
                var cell = cells[at];
                // One cell merged across both unit columns names its units once.
                if (previousUnitCell == cell.Span && cell.Span.Length > 0) continue;
                previousUnitCell = cell.Span;
                // A cell may name the roles itself: 牵头：县住建局；配合：县财政局、县税务局.
                if (AddLabelledParts(context, TextFold.Fold(cell.Text), cell.Span.Start, units, ref lead, supporting) > 0)
                    continue;
                // …or say them as a sentence: 市教育局牵头，市发展和改革委员会、市财政局配合.
                if (CellRoles(cell) is { } roles)
                {
                    units.AddRange(roles.Lead);
                    units.AddRange(roles.Support);
                    lead ??= roles.Lead[0].Text;
                    supporting.AddRange(roles.Support.Select(u => u.Text));
                    continue;
                }
                var list = orgs.SplitUnits(cell.Text, cell.Span.Start).ToList();
                units.AddRange(list);
                lead ??= list.FirstOrDefault(u => u.Lead).Text;
                if (kind == Column.Lead) lead ??= list.FirstOrDefault().Text;
                if (kind == Column.Support) supporting.AddRange(list.Select(u => u.Text));
            }
            if (units.Count == 0) continue;
            DeadlineOutput? deadline = null;
            bool steps = false;
            if (Get(Column.Deadline) is { } dc)
            {
                steps = Steps(context, dc.Span);
                deadline = steps ? null : DeadlineResolver.FromCell(dc.Text, context.IssueDate, context.EvidenceFor(dc.Span));
                if (deadline is not null) DeadlineExtractor.Add(context, deadline);
            }
            if (!steps) deadline ??= DeadlineIn(context, task.Span);
            var last = cells.Where(c => c.Span.Length > 0).Select(c => c.Span.End).DefaultIfEmpty(task.Span.End).Max();
            Add(context, task.Span, units, lead, supporting, deadline, new TextSpan(task.Span.Start, Math.Max(task.Span.End, last)));
        }
    }

    /// <summary>
    /// What a header cell names: exact labels first (责任单位, 完成时限), then the words it contains, so that variants
    /// such as 责任单位（部门）, 牵头（责任）单位 or 完成时间节点 are understood.
    /// </summary>
    private static Column Classify(RuleSet rules, string header)
    {
        // Most lines tried as header cells are sentences: more than 16 characters besides white space can never be a
        // header, so they are turned away before folding and the regex replace below (folding keeps white space white
        // and everything else not white, one character for one, so the count is that of h).
        int visible = 0;
        foreach (char ch in header)
            if (!char.IsWhiteSpace(ch) && ++visible > 16) return Column.Other;
        var h = TextFold.HeaderForm(header);
        if (h.Length == 0 || h.Length > 16) return Column.Other;
        // A column of the persons answering for a task (牵头领导, 责任领导, 责任人) holds posts and names, not units.
        if (IsLabel(rules, "person_label", h)) return Column.Other;
        if (IsLabel(rules, "applicant_header", h)) return Column.Other;
        if (IsLabel(rules, "lead_label", h)) return Column.Lead;
        if (IsLabel(rules, "support_label", h)) return Column.Support;
        if (IsLabel(rules, "unit_header", h)) return Column.Units;
        if (IsLabel(rules, "deadline_header", h)) return Column.Deadline;
        if (IsLabel(rules, "task_header", h)) return Column.Task;
        bool Has(string macro) => rules.MacroRegex(macro, MacroMatch.Anywhere)?.IsMatch(h) == true;
        // Longer texts and captions (重点任务分工表) are not column headers.
        if (h.Length > 8 || Caption.IsMatch(h)) return Column.Other;
        if (Has("header_lead")) return Column.Lead;
        if (Has("header_support")) return Column.Support;
        if (Has("header_units")) return Column.Units;
        if (Has("header_deadline")) return Column.Deadline;
        if (Has("header_task")) return Column.Task;
        return Column.Other;
    }

    /// <summary>
    /// Tables saved as text one cell a line without tabs (a web page's table copied out): a run of short header lines
    /// naming the columns, then the cells in groups of as many lines. A group whose unit cell holds no body name ends it.
    /// </summary>
    private IEnumerable<List<List<Cell>>> CellPerLineTables(ExtractionContext context)
    {
        var view = context.View;
        var rules = context.Rules;
        var nonEmpty = Enumerable.Range(0, view.Lines.Count).Where(i => view.LineText(i).Trim().Length > 0 && !view.LineText(i).Contains('\t')).ToList();
        for (int k = 0; k < nonEmpty.Count; k++)
        {
            var header = new List<Column>();
            int h = k;
            // Header cells sit on consecutive lines (a caption above is set off by an empty line).
            while (h < nonEmpty.Count && (h == k || nonEmpty[h] == nonEmpty[h - 1] + 1)
                && Classify(rules, view.LineText(nonEmpty[h]).Trim()) is var c && (c != Column.Other || IsSerialHeader(view.LineText(nonEmpty[h]))))
            {
                header.Add(c);
                h++;
            }
            if (header.Count < 3 || !header.Any(c => c is Column.Units or Column.Lead) || !header.Contains(Column.Task)) continue;
            int width = header.Count;
            int unitCol = header.FindIndex(c => c is Column.Units or Column.Lead);
            var rows = new List<List<Cell>> { Enumerable.Range(k, width).Select(x => TextTables.LineCell(view, nonEmpty[x])).ToList() };
            int r = h;
            bool numbered = IsSerialHeader(view.LineText(nonEmpty[k]));
            while (r + width <= nonEmpty.Count)
            {
                // A numbered row copied from a PDF may wrap a cell over two lines: the row then runs to the next number.
                var cells = (numbered ? NumberedRow(view, nonEmpty, r, width, rows.Count) : null)
                    ?? Enumerable.Range(r, width).Select(x => TextTables.LineCell(view, nonEmpty[x])).ToList();
                if (orgs.SplitUnits(cells[unitCol].Text, cells[unitCol].Span.Start).Count(u => orgs.IsOrgName(u.Text)) == 0
                    && CellRoles(cells[unitCol]) is null) break;
                rows.Add(cells);
                r += LinesOf(view, nonEmpty, r, cells[^1].Span.End);
            }
            if (rows.Count > 1) yield return rows;
            k = r - 1;
        }
    }

    [GeneratedRegex(@"^\s*(?<lead>[^,，;；]{2,40}?)\s*牵头(?:负责)?\s*[,，;；]\s*(?<support>[^,，;；]{2,200}?)\s*(?:配合|参与|协同|协助|按职责分工负责|负责落实|落实)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex CellRolePattern { get; }

    /// <summary>A unit cell that says the roles as a sentence (X牵头，Y、Z配合): its lead and supporting units, or null.</summary>
    private (List<NamePart> Lead, List<NamePart> Support)? CellRoles(Cell cell)
    {
        var folded = TextFold.Fold(cell.Text);
        if (!folded.Contains("牵头", StringComparison.Ordinal)) return null;
        var m = CellRolePattern.Match(folded);
        if (!m.Success) return null;
        var lead = orgs.SplitUnits(cell.Text.Substring(m.Groups["lead"].Index, m.Groups["lead"].Length), cell.Span.Start + m.Groups["lead"].Index);
        var support = orgs.SplitUnits(cell.Text.Substring(m.Groups["support"].Index, m.Groups["support"].Length), cell.Span.Start + m.Groups["support"].Index);
        if (lead.Count == 0 || !lead.Concat(support).All(u => orgs.IsOrgName(u.Text) || u.Text.StartsWith('各'))) return null;
        return (lead.ToList(), support.ToList());
    }

    /// <summary>How many of the lines from <paramref name="from"/> a row ending at <paramref name="end"/> took.</summary>
    private static int LinesOf(DocumentView view, List<int> lines, int from, int end)
    {
        int n = 0;
        while (from + n < lines.Count && view.Lines[lines[from + n]].Start < end) n++;
        return n;
    }

    /// <summary>
    /// Row <paramref name="number"/> of a numbered table one cell a line, starting at its number, when it holds more lines
    /// than cells (a cell wrapped at the column's width in a copy from a PDF: 市发展改革委、市财政局、市自然资 / 源和规划局): its lines
    /// up to the next row's number, consecutive, with the wrapped lines joined back into their cells. Null when the row
    /// is not numbered so, or has no more lines than cells.
    /// </summary>
    private List<Cell>? NumberedRow(DocumentView view, List<int> lines, int from, int width, int number)
    {
        if (view.LineText(lines[from]).Trim() != number.ToString(System.Globalization.CultureInfo.InvariantCulture)) return null;
        var cells = new List<Cell> { TextTables.LineCell(view, lines[from]) };
        string next = (number + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        for (int i = from + 1; i < lines.Count && cells.Count < width + 3; i++)
        {
            var text = view.LineText(lines[i]).Trim();
            // The row ends at the next number, at a gap of more than a page line, or at text that is no cell.
            if (text == next || lines[i] > lines[i - 1] + 3 || text.Length > 40) break;
            cells.Add(TextTables.LineCell(view, lines[i]));
        }
        if (cells.Count <= width) return null;
        int longest = cells.Skip(1).Max(c => c.Text.Length);
        // Each cell's last printed line decides whether it wraps on: a cell already joined is judged by its tail.
        var tails = cells.Select(c => c.Text).ToList();
        while (cells.Count > width)
        {
            int best = -1, bestScore = int.MinValue;
            for (int j = 1; j + 1 < cells.Count; j++)
            {
                int score = WrapScore(tails[j], tails[j + 1], longest);
                if (score > bestScore) (best, bestScore) = (j, score);
            }
            if (bestScore <= 0) return null;
            var (a, b) = (cells[best], cells[best + 1]);
            cells[best] = new Cell(a.Text + b.Text, new TextSpan(a.Span.Start, b.Span.End));
            tails[best] = tails[best + 1];
            cells.RemoveAt(best + 1);
            tails.RemoveAt(best + 1);
        }
        return cells;
    }

    /// <summary>
    /// How much a line reads as wrapped onto the next: it runs to the table's widest line, or stops inside a list of units
    /// (after 、 or ， or inside a name: 市发展改革委、市自然资). A line before a time limit, or a whole sentence, does not wrap.
    /// </summary>
    private int WrapScore(string line, string nextLine, int longest)
    {
        if (line.EndsWith('。') || TimeCell.IsMatch(nextLine)) return -10;
        int score = 0;
        if (line.Length >= longest - 1) score += 3;
        if (line.EndsWith('、') || line.EndsWith('，') || line.EndsWith(',')) score += 2;
        else if (UnitStart.IsMatch(nextLine) && orgs.IsOrgName(nextLine.Split('、', '，', ',')[0])) score -= 2;
        // …a list of units whose next line does not open a name of its own (市自然资 / 源和规划局, 市财 / 政局).
        else if (line.IndexOfAny(['、', '，', ',']) >= 0 && !UnitStart.IsMatch(nextLine)) score += 2;
        if (orgs.IsOrgName(line) && orgs.IsOrgName(nextLine)) score -= 3;
        return score;
    }

    // How the name of a body opens: its level or its scope (市教育局, 各县区政府, 国家…, 团市委).
    [GeneratedRegex(@"^(?:各|省|市|州|盟|县|区|旗|镇|乡|街道|国家|中共|共青团|团|自治区|新区|开发区|高新区)", RegexOptions.CultureInvariant)]
    private static partial Regex UnitStart { get; }

    // A cell of a time limit: a date, a period or a cadence (2021年12月底前, 2020—2022年, 每年, 持续推进, “十四五”期间).
    [GeneratedRegex(@"^(?:(?:19|20)\d{2}\s*年|\d{1,2}\s*月|每|持续|长期|“?十[四五六]五”?|[一二三四]季度|上半年|下半年|年底|即日起)", RegexOptions.CultureInvariant)]
    private static partial Regex TimeCell { get; }

    /// <summary>A heading printed without its number: 4 to 20 characters of words, no punctuation but quotes, no figure.</summary>
    private static bool BareHeading(string line)
    {
        var t = line.Trim();
        if (t.Length is < 4 or > 20) return false;
        foreach (char c in t)
            if (!(c is >= '\u3400' and <= '\u9fff' or '“' or '”' or '、')) return false;
        return true;
    }

    /// <summary>A paragraph of prose: long, with a full stop in it.</summary>
    private static bool LooksLikeProse(string line) => line.Trim().Length >= 40 && line.Contains('。');

    /// <summary>An item heading standing alone: its label and a short name, no sentence (（二）深化校企合作).</summary>
    private static bool StandaloneHeading(string line)
    {
        var folded = TextFold.Fold(line).Trim();
        var m = ItemLabel.Match(folded);
        if (!m.Success) return false;
        var name = folded[m.Length..].TrimEnd('。', '.');
        return name.Length is > 1 and <= 30 && name.IndexOfAny(['。', '；', ';', '，', ',', '：', ':']) < 0;
    }

    // A numbered part inside an item: (1), （2）, 3）.
    [GeneratedRegex(@"^\s*(?:[(（]\d{1,2}[)）]|\d{1,2}[)）])", RegexOptions.CultureInvariant)]
    private static partial Regex SubItem { get; }
    [GeneratedRegex("(?:表|清单|分工|一览|目录)$")]
    private static partial Regex Caption { get; }
    [GeneratedRegex(@"^(?:序号|编号|序|No\.?)$")]
    private static partial Regex SerialHeader { get; }

    private static bool IsSerialHeader(string text) => SerialHeader.IsMatch(text.Trim());
}
