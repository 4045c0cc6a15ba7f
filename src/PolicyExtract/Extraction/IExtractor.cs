using PolicyExtract.Model;
using PolicyExtract.Normalization;
using PolicyExtract.Rules;
using PolicyExtract.Segmentation;

namespace PolicyExtract.Extraction;

/// <summary>One stage of extraction: reads the document (and what earlier stages found) and fills its fields of the result.</summary>
public interface IExtractor
{
    /// <summary>A short stable name, used in diagnostics and timing.</summary>
    string Name { get; }

    void Extract(ExtractionContext context);
}

/// <summary>What an extractor sees: the document, the result so far, the rules, and shared per-document state.</summary>
public sealed class ExtractionContext
{
    private DocumentView? _view;

    public ExtractionContext(PolicyDocument document, ExtractionResult result, RuleSet? rules = null, ISegmenter? segmenter = null)
        : this(document, result, rules, segmenter, tokenBuffer: null)
    {
    }

    /// <summary>
    /// As the other constructor; <paramref name="tokenBuffer"/>, when given, is cleared and receives <see cref="Tokens"/>, so
    /// that a worker reuses one list across its documents instead of allocating a large one per document. The caller owns
    /// the buffer: the tokens are valid until it hands the buffer to the next document.
    /// </summary>
    public ExtractionContext(PolicyDocument document, ExtractionResult result, RuleSet? rules, ISegmenter? segmenter, List<Token>? tokenBuffer)
    {
        Document = document;
        Result = result;
        Rules = rules ?? new RuleSet([], new Dictionary<string, string>());
        Segmenter = segmenter;
        _tokenBuffer = tokenBuffer;
    }

    private readonly List<Token>? _tokenBuffer;

    public PolicyDocument Document { get; }

    public ExtractionResult Result { get; }

    public RuleSet Rules { get; }

    public ISegmenter? Segmenter { get; }

    private IReadOnlyList<Token>? _tokens;

    /// <summary>
    /// The document text in precise-mode words (with the HMM) by <see cref="Segmenter"/>, cut once and shared by every
    /// extractor that reads words; empty without a segmenter.
    /// </summary>
    public IReadOnlyList<Token> Tokens => _tokens ??= Cut();

    private IReadOnlyList<Token> Cut()
    {
        if (Segmenter is null) return [];
        if (_tokenBuffer is null) return Segmenter.Segment(Document.Text);
        _tokenBuffer.Clear();
        Segmenter.Segment(Document.Text, 0, Document.Text.Length, _tokenBuffer);
        return _tokenBuffer;
    }

    /// <summary>The word of <see cref="Tokens"/> that holds the character at <paramref name="at"/>, or null (no segmenter, or past the end).</summary>
    public Token? WordAt(int at)
    {
        var tokens = Tokens;
        int lo = 0, hi = tokens.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var t = tokens[mid];
            if (t.End <= at) lo = mid + 1;
            else if (t.Start > at) hi = mid - 1;
            else return t;
        }
        return null;
    }

    /// <summary>
    /// Whether the word at <paramref name="at"/> began before it, so that what starts there is the tail of a longer word (配置 in
    /// 资源配置); false without a segmenter.
    /// </summary>
    public bool InsideWord(int at) => WordAt(at) is { } t && t.Start < at;

    /// <summary>
    /// Whether <paramref name="span"/> opens a longer word that the dictionary tags as a noun (培训 of 培训中心, 建设 of 建设单位),
    /// so that it is read as part of that name rather than as a word of its own; false without a segmenter.
    /// </summary>
    public bool OpensNoun(TextSpan span) =>
        WordAt(span.Start) is { } t && t.Start == span.Start && t.End >= span.End + 2 && t.Tag == "n";

    /// <summary>Lines, matching text and sections of the document, computed once.</summary>
    public DocumentView View => _view ??= new DocumentView(Document);

    private List<List<List<Common.TableCellText>>>? _blockTables, _rowPerLineTables;

    /// <summary>The reader's table blocks as rows of cells, computed once for every extractor that reads tables.</summary>
    public List<List<List<Common.TableCellText>>> BlockTables => _blockTables ??=
        Document.Blocks.Where(b => b.Kind == BlockKind.Table && b.Rows.Count > 1).Select(b => Common.TextTables.FromBlock(Document, b)).ToList();

    /// <summary>Tables laid out in the text one row a line with tab-separated cells, computed once.</summary>
    public List<List<List<Common.TableCellText>>> RowPerLineTables => _rowPerLineTables ??= Common.TextTables.RowPerLine(this).ToList();

    /// <summary>
    /// Spans other extractors must not read numbers or dates from: the lines of page navigation from the start, then
    /// document numbers, for instance.
    /// </summary>
    public List<TextSpan> Masked => _masked ??= NavigationSpans();

    private List<TextSpan>? _masked;

    /// <summary>For each line of <see cref="View"/>, whether it is page navigation (上一篇：…, the links under 相关文件), computed once.</summary>
    public bool[] NavigationLines => _navigation ??= Common.PageNavigation.Lines(View);

    /// <summary>Each line's heading level (1 for 一、, 2 for (一), 3 for 1., 4 for (1)), 0 for a line that opens no item.</summary>
    public int[] HeadingLevels => _levels ??= LevelsOf(View);

    private int[]? _levels;

    private static int[] LevelsOf(DocumentView view)
    {
        var levels = new int[view.Lines.Count];
        foreach (var h in view.Headings) levels[h.LineIndex] = h.Level;
        return levels;
    }

    private bool[]? _navigation;

    private List<TextSpan> NavigationSpans()
    {
        var spans = new List<TextSpan>();
        var navigation = NavigationLines;
        for (int i = 0; i < navigation.Length; i++)
            if (navigation[i] && View.Lines[i].Length > 0)
                spans.Add(View.Lines[i].Span);
        return spans;
    }

    /// <summary>The span of the document's own title, when found.</summary>
    public TextSpan? TitleSpan { get; set; }

    /// <summary>
    /// True when the title says the document reports results (rules macro <c>report_title</c> at its end: …情况的通报), so
    /// that its numbers are results unless a sentence names a deadline ahead.
    /// Decided on first use, by an extractor that runs after the title's.
    /// </summary>
    public bool IsReport => _isReport ??= Result.Title is { } t && Rules.MacroRegex("report_title", PolicyExtract.Rules.MacroMatch.End)?.IsMatch(t) == true;

    private bool? _isReport;

    /// <summary>
    /// For each line of <see cref="View"/>, whether it lies in a section one of whose headings (at any level above it)
    /// matches the rules macro <paramref name="headingMacro"/> (申报条件, 工作回顾 …); all false when the macro is not
    /// defined. Worked out once per document and macro.
    /// </summary>
    public bool[] LinesUnderHeading(string headingMacro)
    {
        _linesUnder ??= new Dictionary<string, bool[]>(StringComparer.Ordinal);
        if (_linesUnder.TryGetValue(headingMacro, out var known)) return known;
        var lines = Rules.MacroRegex(headingMacro, PolicyExtract.Rules.MacroMatch.Anywhere) is { } heading
            ? View.LinesUnder(h => heading.IsMatch(h.Label + h.Title))
            : new bool[View.Lines.Count];
        return _linesUnder[headingMacro] = lines;
    }

    private Dictionary<string, bool[]>? _linesUnder;

    /// <summary>The line index (into <see cref="DocumentView.Lines"/>) of the issue date under the signature, when found.</summary>
    public int? SignatureDateLine { get; set; }

    /// <summary>The jurisdiction the document belongs to (江阴市, 稷山县), from its title, issuers or metadata.</summary>
    public Jurisdiction Jurisdiction { get; set; } = Jurisdiction.Empty;

    /// <summary>The document's own issue date, the reference for relative expressions.</summary>
    public DateOnly? IssueDate { get; set; }

    /// <summary>Every document number found in the text (the own one and the cited ones).</summary>
    public List<RuleMatch> DocumentNumbers { get; set; } = [];

    /// <summary>Every deadline expression found in the text, with its span, for targets and responsibilities to attach.</summary>
    public List<(TextSpan Span, DeadlineOutput Deadline)> DeadlineMentions { get; } = [];

    public Evidence EvidenceFor(TextSpan span) => View.EvidenceFor(span);
}
