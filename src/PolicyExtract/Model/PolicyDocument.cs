using PolicyExtract.Text;

namespace PolicyExtract.Model;

/// <summary>
/// A document as read from its source: one text, blocks over it, and the metadata the source declares.
/// Everything extracted later holds spans into <see cref="Text"/>.
/// </summary>
public sealed class PolicyDocument
{
    private string? _matchText;
    private NormalizedText? _joined;

    public required SourceInfo Source { get; init; }

    /// <summary>
    /// The readable document text, one block per line ('\n' separated, no '\r'): metadata rows, title, headings and
    /// paragraphs in reading order, a table as one line per row with cells separated by '\t'. Characters are kept as
    /// the source has them (full-width forms, letter spacing, lines broken mid-word): evidence offsets point here and
    /// must show the user what the source says. Use <see cref="MatchText"/> or <see cref="JoinedText"/> for matching.
    /// </summary>
    public required string Text { get; init; }

    public required IReadOnlyList<Block> Blocks { get; init; }

    /// <summary>
    /// <see cref="Text"/> with full-width ASCII forms and the ideographic space folded to their half-width forms
    /// (１２３ → 123, （ → (, ： → :). Same length as <see cref="Text"/>, so an offset found here is an offset into
    /// <see cref="Text"/>. See <see cref="TextNormalizer.FoldWidth"/>.
    /// </summary>
    public string MatchText => _matchText ??= TextNormalizer.FoldWidth(Text);

    /// <summary>
    /// <see cref="MatchText"/> with words broken across lines joined and letter-spaced names (无 锡 市 教 育 局)
    /// closed up, with a map from every character back to <see cref="Text"/>. See <see cref="TextNormalizer.Join"/>.
    /// </summary>
    public NormalizedText JoinedText => _joined ??= TextNormalizer.Join(MatchText);

    /// <summary>
    /// Label/value pairs declared by the source (an information-disclosure table, the page title, DOCX core
    /// properties). <see cref="MetadataEntry.Key"/> is a stable key (see <see cref="MetadataKeys"/>),
    /// <see cref="MetadataEntry.Label"/> the label as printed.
    /// </summary>
    public IReadOnlyList<MetadataEntry> Metadata { get; init; } = [];

    /// <summary>Headers and footers kept apart from the body (DOCX), never mixed into <see cref="Text"/>.</summary>
    public IReadOnlyList<string> HeadersAndFooters { get; init; } = [];

    /// <summary>Non-fatal problems met while reading.</summary>
    public IReadOnlyList<string> ReadWarnings { get; init; } = [];

    public string Slice(TextSpan span) => Text.Substring(span.Start, span.Length);

    /// <summary>The first metadata value under a stable key, or null.</summary>
    public string? MetadataValue(string key) => Metadata.FirstOrDefault(m => m.Key == key)?.Value;
}

/// <summary>
/// A metadata entry: a stable <paramref name="Key"/>, the <paramref name="Value"/> as printed, and the value's span
/// into the text when it is part of it (information-disclosure rows are; the page title and DOCX properties are not).
/// </summary>
public sealed record MetadataEntry(string Key, string Value, TextSpan? Span)
{
    /// <summary>The label as printed in the source (索引号, 发文字号…), without its trailing colon; defaults to the key.</summary>
    public string Label { get; init; } = Key;
}
