using System.Globalization;
using PolicyExtract.Extraction;

namespace PolicyExtract.Output.Tables;

/// <summary>How a column's values are typed, so CSV writes plain numbers and the workbook real numbers and dates.</summary>
public enum ColumnKind
{
    Text,
    Integer,
    Number,
    Date,
}

/// <summary>A column of a flat table: its stable name and its type.</summary>
public sealed record TableColumn(string Name, ColumnKind Kind);

/// <summary>
/// One flat table (documents, targets, ...): a stable name, stable columns, and the rows one result contributes.
/// Cells are null, <see cref="string"/>, <see cref="long"/>, <see cref="double"/> or <see cref="DateOnly"/>.
/// </summary>
public sealed class ResultTable
{
    private readonly Func<ExtractionResult, string, IEnumerable<object?[]>> _rows;

    internal ResultTable(string name, IReadOnlyList<TableColumn> columns, Func<ExtractionResult, string, IEnumerable<object?[]>> rows)
    {
        Name = name;
        Columns = columns;
        _rows = rows;
    }

    public string Name { get; }

    public IReadOnlyList<TableColumn> Columns { get; }

    /// <summary>The rows for one result, the document id first in each.</summary>
    public IEnumerable<object?[]> Rows(ExtractionResult result, string documentId) => _rows(result, documentId);
}

/// <summary>
/// The flat tables researchers join in a spreadsheet, keyed by <c>document_id</c>. Column names and order are part of
/// the published output (README "CSV tables"): add columns at the end, never rename or reorder.
/// </summary>
public static class ResultTables
{
    /// <summary>Separator for lists in one cell (issuers, units). Units can contain 、 (各市、县（区）政府), never ；.</summary>
    public const string ListSeparator = "；";

    /// <summary>Separator between the headings of a section path.</summary>
    public const string SectionSeparator = " > ";

    private static TableColumn T(string name) => new(name, ColumnKind.Text);
    private static TableColumn I(string name) => new(name, ColumnKind.Integer);
    private static TableColumn N(string name) => new(name, ColumnKind.Number);
    private static TableColumn D(string name) => new(name, ColumnKind.Date);

    private static readonly TableColumn[] EvidenceColumns = [I("evidence_start"), I("evidence_end"), I("evidence_line"), T("evidence_text")];

    private static readonly TableColumn[] DeadlineColumns = [T("deadline_text"), T("deadline_kind"), D("deadline_start"), D("deadline_end")];

    public static readonly ResultTable Documents = new("documents",
    [
        T("document_id"), T("path"), T("format"), T("encoding"), T("sha256"), I("bytes"), T("title"),
        T("document_number"), T("agency"), T("agency_name"), I("year"), I("serial"),
        T("issuers"), T("issuers_normalized"), D("issue_date"), T("recipients"),
        I("issuer_count"), I("reference_count"), I("deadline_count"), I("target_count"), I("responsibility_count"), I("warning_count"),
        T("schema_version"),
    ], (r, id) =>
    [[
        id, r.Source.Path, r.Source.Format, r.Source.Encoding, r.Source.Sha256, r.Source.Bytes, r.Title,
        r.DocumentNumber?.Text, r.DocumentNumber?.Agency, r.DocumentNumber?.AgencyName, (long?)r.DocumentNumber?.Year, (long?)r.DocumentNumber?.Serial,
        Join(r.Issuers.Select(i => i.Name)), Join(r.Issuers.Select(i => i.NormalizedName ?? i.Name)), Date(r.IssueDate), Join(r.Recipients),
        (long)r.Issuers.Count, (long)r.References.Count, (long)r.Deadlines.Count, (long)r.Targets.Count, (long)r.Responsibilities.Count, (long)r.Warnings.Count,
        r.SchemaVersion,
    ]]);

    public static readonly ResultTable Issuers = new("issuers",
        [T("document_id"), I("index"), T("name"), T("normalized_name"), T("source"), .. EvidenceColumns],
        (r, id) => r.Issuers.Select((x, i) => Row([id, (long)(i + 1), x.Name, x.NormalizedName, x.Source], x.Evidence)));

    public static readonly ResultTable Targets = new("targets",
    [
        T("document_id"), I("index"), T("text"), T("action"), T("subject"), N("value"), N("min"), N("max"), T("unit"), T("comparator"),
        .. DeadlineColumns, T("section"), .. EvidenceColumns,
    ], (r, id) => r.Targets.Select((t, i) => Row(
        [id, (long)(i + 1), t.Text, t.Action, t.Subject, t.Value, t.Min, t.Max, t.Unit, t.Comparator,
         .. DeadlineCells(t.Deadline), t.Section.Count == 0 ? null : string.Join(SectionSeparator, t.Section)],
        t.Evidence)));

    public static readonly ResultTable Responsibilities = new("responsibilities",
    [
        T("document_id"), I("index"), T("task_label"), T("task"), T("units"), T("lead"), T("supporting"), T("normalized_units"), I("unit_count"),
        .. DeadlineColumns, .. EvidenceColumns,
    ], (r, id) => r.Responsibilities.Select((x, i) => Row(
        [id, (long)(i + 1), x.TaskLabel, x.Task, Join(x.Units), x.Lead, Join(x.Supporting), Join(x.NormalizedUnits), (long)x.Units.Count,
         .. DeadlineCells(x.Deadline)],
        x.Evidence)));

    /// <summary>One row per unit of each responsibility, for pivoting by unit.</summary>
    public static readonly ResultTable ResponsibilityUnits = new("responsibility_units",
    [
        T("document_id"), I("responsibility_index"), I("unit_index"), T("unit"), T("normalized_unit"), T("role"), T("task_label"), T("task"), D("deadline_end"),
    ], (r, id) => r.Responsibilities.SelectMany((x, i) => UnitRows(x).Select((u, j) => new object?[]
    {
        id, (long)(i + 1), (long)(j + 1), u.Unit, u.Normalized, u.Role, x.TaskLabel, x.Task, Date(x.Deadline?.End),
    })));

    public static readonly ResultTable Deadlines = new("deadlines",
        [T("document_id"), I("index"), T("text"), T("kind"), D("start"), D("end"), .. EvidenceColumns],
        (r, id) => r.Deadlines.Select((d, i) => Row([id, (long)(i + 1), d.Text, d.Kind, Date(d.Start), Date(d.End)], d.Evidence)));

    public static readonly ResultTable References = new("references",
        [T("document_id"), I("index"), T("title"), T("document_number"), .. EvidenceColumns],
        (r, id) => r.References.Select((x, i) => Row([id, (long)(i + 1), x.Title, x.DocumentNumber], x.Evidence)));

    public static readonly ResultTable Warnings = new("warnings",
        [T("document_id"), I("index"), T("code"), T("message")],
        (r, id) => r.Warnings.Select((w, i) => new object?[] { id, (long)(i + 1), w.Code, w.Message }));

    /// <summary>Every table, in the order files and sheets are written.</summary>
    public static IReadOnlyList<ResultTable> All { get; } =
        [Documents, Issuers, Targets, Responsibilities, ResponsibilityUnits, Deadlines, References, Warnings];

    public static ResultTable? Find(string name) => All.FirstOrDefault(t => t.Name == name);

    private static string? Join(IEnumerable<string> values)
    {
        var s = string.Join(ListSeparator, values);
        return s.Length == 0 ? null : s;
    }

    /// <summary>ISO dates become <see cref="DateOnly"/>; anything else stays text so nothing is lost.</summary>
    private static object? Date(string? iso) =>
        iso is null ? null
        : DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
        : iso;

    private static object?[] DeadlineCells(DeadlineOutput? d) => [d?.Text, d?.Kind, Date(d?.Start), Date(d?.End)];

    private static object?[] Row(object?[] cells, Evidence? e) =>
        [.. cells, (long?)e?.Start, (long?)e?.End, (long?)e?.Line, e?.Text];

    private readonly record struct UnitRow(string Unit, string? Normalized, string Role);

    private static IEnumerable<UnitRow> UnitRows(ResponsibilityOutput x)
    {
        // normalizedUnits parallels units when the extractor could normalize every one; otherwise it is not aligned.
        bool aligned = x.NormalizedUnits.Count == x.Units.Count;
        var supporting = x.Supporting.ToHashSet(StringComparer.Ordinal);
        var listed = x.Units.ToHashSet(StringComparer.Ordinal);
        for (int i = 0; i < x.Units.Count; i++)
        {
            var u = x.Units[i];
            var role = u == x.Lead ? "lead" : supporting.Contains(u) ? "supporting" : "responsible";
            yield return new UnitRow(u, aligned ? x.NormalizedUnits[i] : null, role);
        }
        // A lead or supporting unit named only in its own field still belongs in the pivot.
        if (x.Lead is { } lead && !listed.Contains(lead))
            yield return new UnitRow(lead, null, "lead");
        foreach (var s in x.Supporting)
            if (!listed.Contains(s))
                yield return new UnitRow(s, null, "supporting");
    }
}
