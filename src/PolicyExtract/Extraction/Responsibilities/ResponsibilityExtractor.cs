using System.Text.RegularExpressions;
using PolicyExtract.Extraction.Common;
using PolicyExtract.Extraction.Deadlines;
using PolicyExtract.Model;
using PolicyExtract.Rules;
using PolicyExtract.Rules.Gazetteers;

namespace PolicyExtract.Extraction.Responsibilities;

/// <summary>
/// Who is responsible for what: inline assignments after a task item ((责任单位:…), (牵头单位:…;配合单位:…), (X牵头,Y配合))
/// and task tables with 责任单位 / 牵头单位 / 配合单位 / 完成时限 columns — table blocks from the reader, or tables laid out
/// with tabs in text exported from Word (one cell a line, each starting with a tab, rows separated by an empty line).
/// </summary>
public sealed class ResponsibilityExtractor(OrgNames orgs, GazetteerSet gazetteers) : IExtractor
{
    private static readonly Regex ItemLabel = new(@"^\s*(?<label>[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}\s*、|\d{1,3}\s*[.．、](?!\d))\s*", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    public string Name => "responsibilities";

    /// <summary>A table cell: its text and span.</summary>
    private sealed record Cell(string Text, TextSpan Span);

    public void Extract(ExtractionContext context)
    {
        ExtractInline(context);
        foreach (var block in context.Document.Blocks.Where(b => b.Kind == BlockKind.Table && b.Rows.Count > 1))
            ExtractTable(context, block.Rows.Select(r => r.Cells.Select(c => new Cell(context.Document.Slice(c.Span), c.Span)).ToList()).ToList());
        foreach (var table in TabLaidTables(context))
            ExtractTable(context, table);
    }

    private void ExtractInline(ExtractionContext context)
    {
        var view = context.View;
        var rules = context.Rules;
        for (int li = 0; li < view.Lines.Count; li++)
        {
            var line = view.Lines[li];
            if (line.Length == 0) continue;
            int taskFrom = line.Start;
            foreach (var m in rules.Find("responsibility", view.LineMatchText(li), line.Start, context.Masked))
            {
                var units = new List<NamePart>();
                string? lead = null;
                var supporting = new List<string>();
                if (m.Groups.TryGetValue("body", out var body))
                {
                    foreach (var part in rules.Find("responsibility.part", body.Text, body.Span.Start))
                    {
                        var label = part.Value("label") ?? "";
                        var list = orgs.SplitUnits(view.Text.Substring(part.Groups["units"].Span.Start, part.Groups["units"].Span.Length), part.Groups["units"].Span.Start);
                        units.AddRange(list);
                        if (IsLabel(rules, "lead_label", label)) lead ??= list.FirstOrDefault().Text;
                        if (IsLabel(rules, "support_label", label)) supporting.AddRange(list.Select(u => u.Text));
                    }
                }
                else if (m.Groups.TryGetValue("lead", out var leadGroup))
                {
                    var leads = orgs.SplitUnits(view.Text.Substring(leadGroup.Span.Start, leadGroup.Span.Length), leadGroup.Span.Start);
                    units.AddRange(leads);
                    lead = leads.FirstOrDefault().Text;
                    if (m.Groups.TryGetValue("support", out var sup))
                    {
                        var list = orgs.SplitUnits(view.Text.Substring(sup.Span.Start, sup.Span.Length), sup.Span.Start);
                        units.AddRange(list);
                        supporting.AddRange(list.Select(u => u.Text));
                    }
                }
                if (units.Count == 0) continue;
                DeadlineOutput? stated = null;
                if (m.Groups.TryGetValue("body", out var b2))
                    foreach (var d in rules.Find("responsibility.deadline", b2.Text, b2.Span.Start))
                        if (d.Groups.TryGetValue("when", out var when))
                        {
                            stated = DeadlineResolver.FromCell(rules, when.Text, context.IssueDate, context.EvidenceFor(when.Span));
                            if (stated is not null) DeadlineExtractor.Add(context, stated);
                        }

                // The task: what precedes the assignment on its line, or the line above when it stands alone.
                var taskSpan = new TextSpan(taskFrom, m.Span.Start);
                if (view.Text[taskSpan.Start..taskSpan.End].Trim().Length == 0)
                {
                    for (int up = li - 1; up >= 0; up--)
                        if (view.Lines[up].Length > 0 && view.LineText(up).Trim().Length > 0) { taskSpan = view.Lines[up].Span; break; }
                }
                taskFrom = m.Span.End;
                Add(context, taskSpan, units, lead, supporting, stated ?? DeadlineIn(context, taskSpan), new TextSpan(taskSpan.Start, m.Span.End));
            }
        }
    }

    private void Add(ExtractionContext context, TextSpan taskSpan, List<NamePart> units, string? lead, List<string> supporting,
        DeadlineOutput? deadline, TextSpan evidence)
    {
        var view = context.View;
        var raw = view.Text.Substring(taskSpan.Start, taskSpan.Length);
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

    private static DeadlineOutput? DeadlineIn(ExtractionContext context, TextSpan span) =>
        context.DeadlineMentions.LastOrDefault(d => d.Span.Start >= span.Start && d.Span.End <= span.End).Deadline;

    private static bool IsLabel(RuleSet rules, string macro, string label) =>
        rules.Macros.TryGetValue(macro, out var p) && Regex.IsMatch(label, "^(?:" + p + ")$");

    private enum Column { Other, Task, Units, Lead, Support, Deadline }

    private void ExtractTable(ExtractionContext context, List<List<Cell>> rows)
    {
        var rules = context.Rules;
        int header = -1;
        List<Column>? columns = null;
        for (int r = 0; r < Math.Min(rows.Count, 5) && header < 0; r++)
        {
            var cols = rows[r].Select(c => Classify(rules, c.Text)).ToList();
            if (cols.Any(c => c is Column.Units or Column.Lead) && cols.Count(c => c != Column.Other) >= 2)
            {
                header = r;
                columns = cols;
            }
        }
        if (columns is null) return;
        for (int r = header + 1; r < rows.Count; r++)
        {
            var cells = rows[r];
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
            var units = new List<NamePart>();
            string? lead = null;
            var supporting = new List<string>();
            foreach (var kind in new[] { Column.Units, Column.Lead, Column.Support })
            {
                var cell = Get(kind);
                if (cell is null) continue;
                var list = orgs.SplitUnits(cell.Text, cell.Span.Start).ToList();
                units.AddRange(list);
                if (kind == Column.Lead) lead ??= list.FirstOrDefault().Text;
                if (kind == Column.Support) supporting.AddRange(list.Select(u => u.Text));
            }
            if (units.Count == 0) continue;
            DeadlineOutput? deadline = null;
            if (Get(Column.Deadline) is { } dc)
            {
                deadline = DeadlineResolver.FromCell(rules, dc.Text, context.IssueDate, context.EvidenceFor(dc.Span));
                if (deadline is not null) DeadlineExtractor.Add(context, deadline);
            }
            deadline ??= DeadlineIn(context, task.Span);
            var last = cells.Where(c => c.Span.Length > 0).Select(c => c.Span.End).DefaultIfEmpty(task.Span.End).Max();
            Add(context, task.Span, units, lead, supporting, deadline, new TextSpan(task.Span.Start, Math.Max(task.Span.End, last)));
        }
    }

    private static Column Classify(RuleSet rules, string header)
    {
        var h = Regex.Replace(TextFold.Fold(header), @"\s+", "");
        if (h.Length == 0 || h.Length > 12) return Column.Other;
        if (IsLabel(rules, "lead_label", h)) return Column.Lead;
        if (IsLabel(rules, "support_label", h)) return Column.Support;
        if (IsLabel(rules, "unit_header", h)) return Column.Units;
        if (IsLabel(rules, "deadline_header", h)) return Column.Deadline;
        if (IsLabel(rules, "task_header", h)) return Column.Task;
        return Column.Other;
    }

    /// <summary>
    /// Tables in text exported from Word: a header of tab-started lines naming a unit column, then rows of tab-started
    /// cells (lines without a leading tab continue the cell above), rows separated by empty lines.
    /// </summary>
    private static IEnumerable<List<List<Cell>>> TabLaidTables(ExtractionContext context)
    {
        var view = context.View;
        var lines = view.Lines;
        int i = 0;
        while (i < lines.Count)
        {
            if (!view.LineText(i).StartsWith('\t')) { i++; continue; }
            var rows = new List<List<Cell>>();
            var row = new List<Cell>();
            int j = i;
            for (; j < lines.Count; j++)
            {
                var t = view.LineText(j);
                if (t.Trim().Length == 0 && !t.Contains('\t'))
                {
                    if (row.Count > 0) { rows.Add(row); row = []; }
                    // The table goes on only if the next non-empty line starts a cell.
                    int k = j + 1;
                    while (k < lines.Count && view.LineText(k).Length == 0) k++;
                    if (k >= lines.Count || !view.LineText(k).StartsWith('\t')) { j = k; break; }
                    continue;
                }
                if (t.StartsWith('\t'))
                {
                    int pos = lines[j].Start;
                    foreach (var piece in t.Split('\t').Skip(1))
                    {
                        int s = pos + 1;
                        row.Add(new Cell(piece, new TextSpan(s, s + piece.Length)));
                        pos = s + piece.Length;
                    }
                }
                else if (row.Count > 0)
                {
                    var lastCell = row[^1];
                    row[^1] = new Cell(lastCell.Text + t, new TextSpan(lastCell.Span.Start, lines[j].End));
                }
            }
            if (row.Count > 0) rows.Add(row);
            if (rows.Count > 1) yield return rows;
            i = Math.Max(j, i + 1);
        }
    }
}
