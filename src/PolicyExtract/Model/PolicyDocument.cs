namespace PolicyExtract.Model;

/// <summary>
/// A document as read from its source: one text, blocks over it, and the metadata the source declares.
/// Everything extracted later holds spans into <see cref="Text"/>.
/// </summary>
public sealed class PolicyDocument
{
    public required SourceInfo Source { get; init; }

    /// <summary>The document's text: blocks in reading order, separated by newlines.</summary>
    public required string Text { get; init; }

    public required IReadOnlyList<Block> Blocks { get; init; }

    /// <summary>Label/value pairs declared by the source (an information-disclosure table, DOCX core properties).</summary>
    public IReadOnlyList<MetadataEntry> Metadata { get; init; } = [];

    /// <summary>Headers and footers kept apart from the body (DOCX), never mixed into <see cref="Text"/>.</summary>
    public IReadOnlyList<string> HeadersAndFooters { get; init; } = [];

    /// <summary>Non-fatal problems met while reading.</summary>
    public IReadOnlyList<string> ReadWarnings { get; init; } = [];

    public string Slice(TextSpan span) => Text.Substring(span.Start, span.Length);
}

/// <summary>A metadata label and its value as printed, with the value's span into the text when it is part of it.</summary>
public sealed record MetadataEntry(string Key, string Value, TextSpan? Span);
