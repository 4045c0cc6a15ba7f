using System.Text;
using PolicyExtract.Model;

namespace PolicyExtract.Readers.Doc;

/// <summary>
/// Lays paragraphs and tables out into one text with spans, the way the DOCX reader does: one block per line;
/// a table is one line per row with cells separated by '\t' (paragraphs inside a cell joined by a space, tabs in a
/// cell turned into spaces); a manual line break (U+2028 from the story) keeps its paragraph one line.
/// </summary>
internal sealed class BlockBuilder
{
    /// <summary>A manual line break inside a paragraph, as the story readers mark it.</summary>
    public const char LineBreak = '\u2028';

    private readonly StringBuilder _text = new();
    private readonly List<Block> _blocks = [];
    private List<TableRow>? _rows;
    private int _tableStart;
    private string _tableLocator = "";
    private List<TableCell>? _cells;

    public bool InTable => _rows is not null;

    public bool RowOpen => _cells is not null;

    public int BlockCount => _blocks.Count;

    /// <summary>Adds a paragraph block unless it is blank; closes an open table first.</summary>
    /// <param name="text">The paragraph's text.</param>
    /// <param name="locator">Where it is in the source.</param>
    /// <param name="label">An automatic numbering label (一、 （一） 1.) to write before the text, or null.</param>
    /// <param name="kind">Paragraph, or Title/Heading when the style says so.</param>
    /// <param name="level">Outline level of a title or heading (1 outermost).</param>
    public void AddParagraph(string text, string locator, string? label = null, BlockKind kind = BlockKind.Paragraph, int? level = null)
    {
        EndTable();
        text = JoinBreaks(text).TrimEnd();
        if (text.Trim().Length == 0 && label is null)
            return;
        string line = label is null ? text : label + LabelSeparator(label) + text.TrimStart();
        int start = Separate();
        _text.Append(line);
        _blocks.Add(new Block
        {
            Kind = kind,
            Span = new TextSpan(start, _text.Length),
            Locator = locator,
            Level = level,
            NumberingLabel = label,
            LabelSpan = label is null ? null : new TextSpan(start, start + label.Length),
        });
    }

    /// <summary>A label ending in punctuation (一、 1. （一）) runs into its text; any other gets a space.</summary>
    public static string LabelSeparator(string label) =>
        char.IsPunctuation(label[^1]) || label[^1] is '）' or ')' ? "" : " ";

    /// <summary>Adds a cell to the current row, opening the table and the row as needed.</summary>
    public void AddCell(string text, string tableLocator)
    {
        if (_rows is null)
        {
            _tableStart = Separate();
            _tableLocator = tableLocator;
            _rows = [];
        }
        if (_cells is null)
        {
            if (_rows.Count > 0)
                _text.Append('\n');
            _cells = [];
        }
        else
            _text.Append('\t');
        // A cell is one field of its row's line: no tabs or newlines inside it.
        var clean = JoinBreaks(text).Replace('\t', ' ').Replace('\n', ' ').Trim();
        int start = _text.Length;
        _text.Append(clean);
        _cells.Add(new TableCell { Span = new TextSpan(start, _text.Length) });
    }

    public void EndRow()
    {
        if (_cells is null)
            return;
        _rows!.Add(new TableRow { Cells = _cells });
        _cells = null;
    }

    public void EndTable()
    {
        EndRow();
        if (_rows is null)
            return;
        if (_rows.Count > 0)
            _blocks.Add(new Block { Kind = BlockKind.Table, Span = new TextSpan(_tableStart, _text.Length), Locator = _tableLocator, Rows = _rows });
        _rows = null;
    }

    public (string Text, IReadOnlyList<Block> Blocks) Build()
    {
        EndTable();
        return (_text.ToString(), _blocks);
    }

    private int Separate()
    {
        if (_text.Length > 0)
            _text.Append('\n');
        return _text.Length;
    }

    /// <summary>
    /// A manual line break disappears between two Han characters (Chinese has no spaces) and becomes a space
    /// elsewhere, so a paragraph stays one line of the text.
    /// </summary>
    internal static string JoinBreaks(string s)
    {
        if (!s.Contains(LineBreak))
            return s;
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] != LineBreak) { sb.Append(s[i]); continue; }
            char prev = sb.Length > 0 ? sb[^1] : ' ';
            int j = i + 1;
            while (j < s.Length && s[j] == LineBreak) j++;
            char next = j < s.Length ? s[j] : ' ';
            if (!(IsHan(prev) && IsHan(next)) && prev != ' ' && next != ' ')
                sb.Append(' ');
            i = j - 1;
        }
        return sb.ToString();
    }

    private static bool IsHan(char c) => c is (>= '\u3000' and <= '\u9FFF') or (>= '\uFF00' and <= '\uFFEF');
}
