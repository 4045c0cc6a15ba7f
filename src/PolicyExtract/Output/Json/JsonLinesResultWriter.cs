using System.Buffers;
using System.Text.Json;
using PolicyExtract.Extraction;

namespace PolicyExtract.Output.Json;

/// <summary><c>--format jsonl</c>: one compact object per line, in input order; each line is complete as soon as it is written.</summary>
public sealed class JsonLinesResultWriter : IResultWriter
{
    private readonly OutputTarget _target;
    // The JSON goes to a reusable buffer and from there to the output: writing the Utf8JsonWriter straight to the
    // stream would flush the file to the OS after every document.
    private readonly ArrayBufferWriter<byte> _buffer = new(1 << 16);
    private readonly Utf8JsonWriter _json;
    private bool _completed;

    /// <param name="target">Where to write; owned by the writer from now on.</param>
    public JsonLinesResultWriter(OutputTarget target)
    {
        _target = target;
        _json = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Indented = false, Encoder = JsonOutput.Compact.Encoder });
    }

    public void Write(ExtractionResult result)
    {
        ObjectDisposedException.ThrowIf(_completed, this);
        // One writer reused across lines: Reset starts a new top-level value without reallocating.
        _json.Reset();
        JsonSerializer.Serialize(_json, result, JsonOutput.Compact);
        _json.Flush();
        _target.Stream.Write(_buffer.WrittenSpan);
        _target.Stream.WriteByte((byte)'\n');
        _buffer.ResetWrittenCount();
    }

    public void Complete()
    {
        ObjectDisposedException.ThrowIf(_completed, this);
        _target.Commit();
        _completed = true;
    }

    public void Dispose()
    {
        _completed = true;
        _json.Dispose();
        _target.Dispose();
    }
}
