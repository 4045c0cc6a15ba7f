using PolicyExtract.Extraction;
using PolicyExtract.Model;
using PolicyExtract.Readers;

namespace PolicyExtract.Pipeline;

/// <summary>
/// Reads a file and runs the extractors over it, in the order they were given.
/// Built once per process and shared read-only by all workers.
/// </summary>
public sealed class ExtractionPipeline
{
    private readonly ReaderSelector _readers;
    private readonly IReadOnlyList<IExtractor> _extractors;

    public ExtractionPipeline(ReaderSelector readers, IReadOnlyList<IExtractor> extractors)
    {
        _readers = readers;
        _extractors = extractors;
    }

    public IReadOnlyList<IExtractor> Extractors => _extractors;

    public PolicyDocument Read(ReadOnlyMemory<byte> bytes, string path) => _readers.Read(bytes, path);

    public ExtractionResult Extract(PolicyDocument document)
    {
        var result = new ExtractionResult { Source = SourceOutput.From(document.Source) };
        foreach (var m in document.Metadata)
            result.Metadata.TryAdd(m.Key, m.Value);
        var context = new ExtractionContext(document, result);
        foreach (var extractor in _extractors)
            extractor.Extract(context);
        foreach (var w in document.ReadWarnings)
            result.Warnings.Add(new WarningOutput("read", w));
        return result;
    }

    public ExtractionResult Process(ReadOnlyMemory<byte> bytes, string path) => Extract(Read(bytes, path));
}
