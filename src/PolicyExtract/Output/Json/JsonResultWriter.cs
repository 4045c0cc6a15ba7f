using System.Buffers;
using System.Text.Json;
using PolicyExtract.Extraction;

namespace PolicyExtract.Output.Json;

/// <summary>
/// <c>--format json</c>: one pretty object when the run has a single input, otherwise a pretty array. Each result is
/// serialized straight to the output as it arrives, so an array of thousands of documents is never held in memory.
/// </summary>
public sealed class JsonResultWriter : IResultWriter
{
    private readonly OutputTarget _target;
    private readonly bool _single;
    // The JSON goes to a reusable buffer and from there to the output: writing the Utf8JsonWriter straight to the
    // stream would flush the file to the OS after every document.
    private readonly ArrayBufferWriter<byte> _buffer = new(1 << 16);
    private readonly Utf8JsonWriter _json;
    private int _written;
    private bool _completed;

    /// <param name="target">Where to write; owned by the writer from now on.</param>
    /// <param name="singleDocument">The run has exactly one input: write it as a bare object rather than a one-element array.</param>
    public JsonResultWriter(OutputTarget target, bool singleDocument)
    {
        _target = target;
        _single = singleDocument;
        _json = new Utf8JsonWriter(_buffer, new JsonWriterOptions
        {
            Indented = true,
            Encoder = JsonOutput.Pretty.Encoder,
            NewLine = "\n",
        });
    }

    public void Write(ExtractionResult result)
    {
        ObjectDisposedException.ThrowIf(_completed, this);
        if (_single && _written > 0)
            throw new InvalidOperationException("a single-document JSON output takes one result");
        if (!_single && _written == 0)
            _json.WriteStartArray();
        JsonSerializer.Serialize(_json, result, JsonOutput.Pretty);
        Drain();
        _written++;
    }

    public void Complete()
    {
        ObjectDisposedException.ThrowIf(_completed, this);
        // A single input that failed still yields valid JSON: an empty array, no results.
        if (_written == 0)
            _json.WriteStartArray();
        if (!_single || _written == 0)
            _json.WriteEndArray();
        Drain();
        _target.Stream.WriteByte((byte)'\n');
        _target.Commit();
        _completed = true;
    }

    /// <summary>Moves what the JSON writer has produced to the output, so at most one document is buffered here.</summary>
    private void Drain()
    {
        _json.Flush();
        _target.Stream.Write(_buffer.WrittenSpan);
        _buffer.ResetWrittenCount();
    }

    public void Dispose()
    {
        _completed = true;
        _json.Dispose();
        _target.Dispose();
    }
}
