using System.Text.Json.Serialization;
using PolicyExtract.Model;

namespace PolicyExtract.Extraction;

/// <summary>
/// The output contract: one object per document. JSON names are fixed by the published schema
/// (schemas/policyextract.schema.json); changing them means a new major schema version.
/// </summary>
public sealed class ExtractionResult
{
    public const string CurrentSchemaVersion = "1.0.0";

    public string SchemaVersion { get; init; } = CurrentSchemaVersion;

    public required SourceOutput Source { get; init; }

    /// <summary>Label/value pairs the source declares, labels as printed.</summary>
    public Dictionary<string, string> Metadata { get; init; } = new();

    public string? Title { get; set; }

    public DocumentNumberOutput? DocumentNumber { get; set; }

    public List<IssuerOutput> Issuers { get; init; } = [];

    /// <summary>ISO date (yyyy-MM-dd).</summary>
    public string? IssueDate { get; set; }

    public List<string> Recipients { get; init; } = [];

    public List<ReferenceOutput> References { get; init; } = [];

    public List<DeadlineOutput> Deadlines { get; init; } = [];

    public List<TargetOutput> Targets { get; init; } = [];

    public List<ResponsibilityOutput> Responsibilities { get; init; } = [];

    public List<KeywordOutput> Keywords { get; init; } = [];

    /// <summary>Where scalar fields (title, issueDate) were found.</summary>
    public Dictionary<string, Evidence> Evidence { get; init; } = new();

    public List<WarningOutput> Warnings { get; init; } = [];

    /// <summary>
    /// Lists deadlines, targets and responsibilities as the document has them, by the start of their evidence: each is
    /// found by several passes (sentences, then tables, then lines of labels) that add to the list in their own order.
    /// Items without evidence keep their order, after the others. The sort is stable: items found at one place keep the
    /// order they were found in.
    /// </summary>
    public void PutInDocumentOrder()
    {
        InOrder(Deadlines, d => d.Evidence?.Start);
        InOrder(Targets, t => t.Evidence.Start);
        InOrder(Responsibilities, r => r.Evidence.Start);
    }

    /// <summary>
    /// A target that its own sentence leaves undated is due when the task it is part of is (a task table's row with its
    /// 完成时限, an item closing with （责任单位：…，2025年底前完成）): the first assignment whose evidence holds the target's
    /// and states a date or a recurrence gives its deadline.
    /// </summary>
    public void DateTargetsByTheirTasks()
    {
        for (int i = 0; i < Targets.Count; i++)
        {
            var t = Targets[i];
            if (t.Deadline is not null) continue;
            foreach (var r in Responsibilities)
            {
                if (r.Deadline is not { } due || !due.CanDateATarget()
                    || r.Evidence.Start > t.Evidence.Start || r.Evidence.End < t.Evidence.End)
                    continue;
                Targets[i] = t.With(t.Subject, due);
                break;
            }
        }
    }

    private static void InOrder<T>(List<T> items, Func<T, int?> start)
    {
        if (items.Count < 2) return;
        var sorted = items.OrderBy(x => start(x) ?? int.MaxValue).ToList();
        items.Clear();
        items.AddRange(sorted);
    }
}

public sealed record SourceOutput(string Path, string Format, string? Encoding, string Sha256, long Bytes)
{
    public static SourceOutput From(SourceInfo s) =>
        new(s.Path, s.Format.ToString().ToLowerInvariant(), s.Encoding, s.Sha256, s.Bytes);
}

/// <summary>Where an item came from: offsets into the document text, the 1-based line, and the text itself.</summary>
public sealed record Evidence(int Start, int End, int Line, string Text);

public sealed class DocumentNumberOutput
{
    /// <summary>Normalized form, brackets as 〔〕, e.g. 锡教发〔2020〕86号.</summary>
    public required string Text { get; init; }

    /// <summary>The agency code (锡教发).</summary>
    public required string Agency { get; init; }

    public int? Year { get; init; }

    public int? Serial { get; init; }

    /// <summary>The issuing body the agency code stands for, when the gazetteer knows it.</summary>
    public string? AgencyName { get; set; }

    public required Evidence Evidence { get; init; }
}

public sealed class IssuerOutput
{
    public required string Name { get; init; }

    public string? NormalizedName { get; init; }

    /// <summary>Where it was found: metadata, title, signature, source-line, document-number.</summary>
    public required string Source { get; init; }

    public Evidence? Evidence { get; init; }
}

public sealed class ReferenceOutput
{
    public string? Title { get; init; }

    public string? DocumentNumber { get; init; }

    public required Evidence Evidence { get; init; }
}

public sealed class DeadlineOutput
{
    public required string Text { get; init; }

    public string? Start { get; init; }

    public string? End { get; init; }

    /// <summary>by | period | recurring | ongoing.</summary>
    public required string Kind { get; init; }

    public Evidence? Evidence { get; init; }

    /// <summary>Whether it can say when a target is due: a date, a period or a recurrence (not an ongoing effort).</summary>
    internal bool CanDateATarget() => Kind is "by" or "period" or "recurring";
}

public sealed class TargetOutput
{
    public required string Text { get; init; }

    public string? Action { get; init; }

    public string? Subject { get; init; }

    public double? Value { get; init; }

    public double? Min { get; init; }

    public double? Max { get; init; }

    public string? Unit { get; init; }

    /// <summary>eq | gte | gt | lte | lt | approx | range.</summary>
    public required string Comparator { get; init; }

    public DeadlineOutput? Deadline { get; init; }

    /// <summary>The heading path of the enclosing section, outermost first.</summary>
    public List<string> Section { get; init; } = [];

    public required Evidence Evidence { get; init; }

    /// <summary>The same target with another subject and deadline.</summary>
    internal TargetOutput With(string? subject, DeadlineOutput? deadline) => new()
    {
        Text = Text, Action = Action, Subject = subject, Value = Value, Min = Min, Max = Max,
        Unit = Unit, Comparator = Comparator, Deadline = deadline, Section = Section, Evidence = Evidence,
    };
}

public sealed class ResponsibilityOutput
{
    public required string Task { get; init; }

    public string? TaskLabel { get; init; }

    public List<string> Units { get; init; } = [];

    public string? Lead { get; init; }

    public List<string> Supporting { get; init; } = [];

    public List<string> NormalizedUnits { get; init; } = [];

    public DeadlineOutput? Deadline { get; init; }

    public required Evidence Evidence { get; init; }
}

public sealed record KeywordOutput(string Word, double Weight);

public sealed record WarningOutput(string Code, string Message);
