using CsvHelper;
using PolicyExtract.Extraction;
using PolicyExtract.Output.Tables;

namespace PolicyExtract.Output.Csv;

/// <summary>
/// Writes the flat tables of <see cref="ResultTables"/> as RFC 4180 CSV (comma, double-quote quoting, CRLF), UTF-8
/// with a byte-order mark by default so Excel reads Chinese text correctly. Rows are written as each result arrives.
/// </summary>
public sealed class CsvResultWriter : IResultWriter
{
    private readonly List<TableOutput> _outputs = [];
    private readonly DocumentIds _ids = new();
    private bool _done;

    private sealed class TableOutput(ResultTable table, AtomicFile? file, Stream stream, CsvWriter csv)
    {
        public ResultTable Table { get; } = table;
        public Stream Stream { get; } = stream;
        public AtomicFile? File { get; } = file;
        public CsvWriter Csv { get; } = csv;
    }

    /// <summary>Writes one file per table, <c>&lt;name&gt;.csv</c>, into <paramref name="directory"/> (created if missing).</summary>
    public CsvResultWriter(string directory, IReadOnlyList<ResultTable> tables, bool byteOrderMark)
    {
        try
        {
            foreach (var table in tables)
            {
                var file = new AtomicFile(Path.Combine(directory, table.Name + ".csv"));
                _outputs.Add(Open(table, file, file.Stream, byteOrderMark));
            }
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>Writes one table to <paramref name="stream"/> (stdout); the stream is flushed, never closed.</summary>
    public CsvResultWriter(Stream stream, ResultTable table, bool byteOrderMark)
    {
        _outputs.Add(Open(table, null, stream, byteOrderMark));
    }

    private static TableOutput Open(ResultTable table, AtomicFile? file, Stream stream, bool byteOrderMark)
    {
        // RFC 4180 as CsvHelper writes it by default: comma, CRLF, quotes only where needed (separator, quote,
        // CR, LF). Left open: the atomic file must flush and rename the stream itself.
        var options = CsvWriterOptions.Default with { WriteByteOrderMark = byteOrderMark, NewLine = "\r\n" };
        var csv = CsvWriter.Create(stream, options, leaveOpen: true);
        csv.WriteHeader(table.Columns.Select(c => c.Name).ToArray());
        return new TableOutput(table, file, stream, csv);
    }

    public void Write(ExtractionResult result)
    {
        var id = _ids.Next(result);
        foreach (var o in _outputs)
        {
            foreach (var row in o.Table.Rows(result, id))
            {
                foreach (var cell in row)
                    o.Csv.WriteField(CellText.Format(cell));
                o.Csv.EndRecord();
            }
            o.Csv.Flush();
        }
    }

    public void Complete()
    {
        foreach (var o in _outputs)
        {
            o.Csv.Flush();
            o.Csv.Dispose();
        }
        foreach (var o in _outputs)
        {
            if (o.File is null)
                o.Stream.Flush();
            else
                o.File.Commit();
        }
        _done = true;
    }

    public void Dispose()
    {
        foreach (var o in _outputs)
        {
            o.Csv.Dispose();
            if (!_done)
                o.File?.Dispose();
        }
    }
}
