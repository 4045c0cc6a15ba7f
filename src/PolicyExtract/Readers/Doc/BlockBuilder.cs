using System.Text;
using PolicyExtract.Model;

namespace PolicyExtract.Readers.Doc;

/// <summary>
/// Lays paragraphs and tables out into one text with spans, the way the other readers do:
/// blocks separated by '\n'; a table is one block whose rows are lines and whose cells are separated by '\t'
/// (paragraphs inside a cell stay separated by '\n' within the cell's span).
/// </summary>
internal sealed class BlockBuilder
{
    private readonly StringBuilder _text = new();
    private readonly List<Block> _blocks = [];
    private List<TableRow>? _rows;
    private int _tableStart;
    private string _tableLocator = "";
    private List<TableCell>? _cells;

    public bool InTable => _rows is not null;

    public bool RowOpen => _cells is not null;

    public int RowCellCount => _cells?.Count ?? 0;

    /// <summary>Adds a paragraph block unless it is blank; closes an open table first.</summary>
    public void AddParagraph(string text, string locator)
    {
        EndTable();
        if (string.IsNullOrWhiteSpace(text))
            return;
        int start = Separate();
        _text.Append(text);
        _blocks.Add(new Block { Kind = BlockKind.Paragraph, Span = new TextSpan(start, _text.Length), Locator = locator });
    }

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
        int start = _text.Length;
        _text.Append(text);
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
}
