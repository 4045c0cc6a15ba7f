using System.Text.Encodings.Web;
using System.Text.Json;
using PolicyExtract.Extraction;

namespace PolicyExtract.Output.Json;

/// <summary>
/// Writes results as indented JSON: one object when the run has a single input and it produced a result, otherwise
/// an array, written element by element as results arrive.
/// </summary>
public sealed class JsonResultWriter : IResultWriter
{
    private readonly Stream _stream;
    private readonly AtomicFile? _file;
    private readonly Utf8JsonWriter _json;
    private readonly bool _singleObject;
    private ExtractionResult? _held;
    private bool _arrayStarted;
    private bool _done;

    /// <param name="stream">Where to write; not closed by the writer.</param>
    /// <param name="file">The atomic file behind <paramref name="stream"/>, committed by <see cref="Complete"/>; null for stdout.</param>
    /// <param name="singleObject">True when the run has exactly one input: a lone result is then written as an object.</param>
    public JsonResultWriter(Stream stream, AtomicFile? file, bool singleObject)
    {
        _stream = stream;
        _file = file;
        _singleObject = singleObject;
        // The serializer takes indentation and escaping from the writer, not from its own options.
        _json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    public void Write(ExtractionResult result)
    {
        if (_singleObject && !_arrayStarted && _held is null)
        {
            // Hold one result back until we know whether a second one follows.
            _held = result;
            return;
        }
        StartArray();
        WriteOne(result);
    }

    public void Complete()
    {
        if (_held is not null && !_arrayStarted)
        {
            JsonSerializer.Serialize(_json, _held, JsonOutput.PrettyResult);
            _held = null;
        }
        else
        {
            StartArray();
            _json.WriteEndArray();
        }
        _json.Flush();
        // Disposed before the commit closes the stream: its dispose would flush into a closed file.
        _json.Dispose();
        _stream.Write("\n"u8);
        _stream.Flush();
        _file?.Commit();
        _done = true;
    }

    private void StartArray()
    {
        if (_arrayStarted)
            return;
        _arrayStarted = true;
        _json.WriteStartArray();
        if (_held is not null)
        {
            WriteOne(_held);
            _held = null;
        }
    }

    private void WriteOne(ExtractionResult result)
    {
        JsonSerializer.Serialize(_json, result, JsonOutput.PrettyResult);
        // Flushing per result is what makes the output stream: nothing of the corpus waits in memory.
        _json.Flush();
    }

    public void Dispose()
    {
        _json.Dispose();
        if (!_done)
            _file?.Dispose();
    }
}
