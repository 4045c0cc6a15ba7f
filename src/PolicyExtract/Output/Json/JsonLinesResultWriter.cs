using PolicyExtract.Extraction;

namespace PolicyExtract.Output.Json;

/// <summary>Writes one compact JSON object per line, as results arrive.</summary>
public sealed class JsonLinesResultWriter(Stream stream, AtomicFile? file) : IResultWriter
{
    private bool _done;

    public void Write(ExtractionResult result)
    {
        // Straight to the stream as UTF-8 (the serializer's own encoding): no intermediate string and re-encoding.
        System.Text.Json.JsonSerializer.Serialize(stream, result, JsonOutput.CompactResult);
        stream.Write("\n"u8);
        stream.Flush();
    }

    public void Complete()
    {
        stream.Flush();
        file?.Commit();
        _done = true;
    }

    public void Dispose()
    {
        if (!_done)
            file?.Dispose();
    }
}
