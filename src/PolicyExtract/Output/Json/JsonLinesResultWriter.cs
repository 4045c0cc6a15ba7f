using PolicyExtract.Extraction;

namespace PolicyExtract.Output.Json;

/// <summary>Writes one compact JSON object per line, as results arrive.</summary>
public sealed class JsonLinesResultWriter(Stream stream, AtomicFile? file) : IResultWriter
{
    private static readonly System.Text.UTF8Encoding Utf8 = new(false);
    private bool _done;

    public void Write(ExtractionResult result)
    {
        stream.Write(Utf8.GetBytes(JsonOutput.Serialize(result, indented: false)));
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
