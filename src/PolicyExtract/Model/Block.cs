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
/// Every block occupies whole lines of the text: a paragraph is one line, a table is one line per row.
/// </summary>
public sealed class Block
{
    public required BlockKind Kind { get; init; }

    public required TextSpan Span { get; init; }

    private string? _locator;
    private Func<string>? _locate;

    /// <summary>Where the block is in the source; given as it is, or built on first read from <see cref="LocateBy"/>.</summary>
    public string Locator
    {
        get => _locator ??= _locate?.Invoke() ?? "";
        init => _locator = value;
    }

    /// <summary>
    /// Builds <see cref="Locator"/> when it is first read, for a locator that is costly to build and seldom read (the
    /// path of an HTML element from the root). The source must not change in between: readers build blocks last.
    /// </summary>
    public Func<string> LocateBy { init => _locate = value; }

    /// <summary>Rows of a table block, each a list of cells; empty for other kinds.</summary>
    public IReadOnlyList<TableRow> Rows { get; init; } = [];

    /// <summary>
    /// Outline level of a title or heading when the source declares one (HTML h1–h6, a DOCX heading style or
    /// outline level; 1 is the outermost), otherwise null. Chinese list headings (一、 (一) 1.) written as plain
    /// paragraphs are left to the extractors and have no level here.
    /// </summary>
    public int? Level { get; init; }

    /// <summary>
    /// The visible list label a DOCX paragraph gets from automatic numbering (一、 (一) 1.), which Word keeps
    /// outside the paragraph's text. The label is also written at the start of the block's text, so
    /// <see cref="LabelSpan"/> is its span there; null when the paragraph is not automatically numbered.
    /// </summary>
    public string? NumberingLabel { get; init; }

    /// <summary>Span of <see cref="NumberingLabel"/> in the document text, when there is one.</summary>
    public TextSpan? LabelSpan { get; init; }
}

/// <summary>A table row.</summary>
public sealed class TableRow
{
    public required IReadOnlyList<TableCell> Cells { get; init; }
}

/// <summary>
/// A table cell: its span in the document text. Rows form a full grid: a grid position covered by a cell that spans
/// several rows or columns holds a continuation cell (<see cref="IsMergedContinuation"/>) whose span is the span of
/// the cell it continues, so reading a continuation repeats the merged text without the text being written twice.
/// </summary>
public sealed class TableCell
{
    public required TextSpan Span { get; init; }

    public bool IsMergedContinuation { get; init; }

    /// <summary>Number of rows the cell spans (1 for an ordinary cell; 1 on continuations).</summary>
    public int RowSpan { get; init; } = 1;

    /// <summary>Number of grid columns the cell spans (1 for an ordinary cell; 1 on continuations).</summary>
    public int ColSpan { get; init; } = 1;

    /// <summary>True for a header cell (HTML th, a DOCX repeated header row).</summary>
    public bool IsHeader { get; init; }
}
