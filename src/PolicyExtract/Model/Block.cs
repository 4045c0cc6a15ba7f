namespace PolicyExtract.Model;

/// <summary>What role a block plays in the document.</summary>
public enum BlockKind
{
    Title,
    Heading,
    Paragraph,
    Table,
    MetadataRow,
    Header,
    Footer,
}

/// <summary>
/// One structural unit of a document. <see cref="Span"/> points into <see cref="PolicyDocument.Text"/>;
/// <see cref="Locator"/> points back into the source (a line number, an HTML element path, a DOCX paragraph index).
/// </summary>
public sealed class Block
{
    public required BlockKind Kind { get; init; }

    public required TextSpan Span { get; init; }

    public required string Locator { get; init; }

    /// <summary>Rows of a table block, each a list of cells; empty for other kinds.</summary>
    public IReadOnlyList<TableRow> Rows { get; init; } = [];
}

/// <summary>A table row.</summary>
public sealed class TableRow
{
    public required IReadOnlyList<TableCell> Cells { get; init; }
}

/// <summary>A table cell: its span in the document text; <see cref="IsMergedContinuation"/> marks a cell repeated from a vertical merge above.</summary>
public sealed class TableCell
{
    public required TextSpan Span { get; init; }

    public bool IsMergedContinuation { get; init; }
}
