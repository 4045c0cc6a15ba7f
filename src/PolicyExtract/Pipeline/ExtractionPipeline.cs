using PolicyExtract.Extraction;
using PolicyExtract.Model;
using PolicyExtract.Readers;
using PolicyExtract.Rules;
using PolicyExtract.Segmentation;

namespace PolicyExtract.Pipeline;

/// <summary>
/// Reads a file and runs the extractors over it, in the order they were given.
/// Built once per process and shared read-only by all workers.
/// </summary>
public sealed class ExtractionPipeline
{
    private readonly ReaderSelector _readers;
    private readonly IReadOnlyList<IExtractor> _extractors;

    public ExtractionPipeline(ReaderSelector readers, IReadOnlyList<IExtractor> extractors, RuleSet? rules = null, ISegmenter? segmenter = null)
    {
        _readers = readers;
        _extractors = extractors;
        Rules = rules ?? new RuleSet([], new Dictionary<string, string>());
        Segmenter = segmenter;
    }

    public RuleSet Rules { get; }

    public ISegmenter? Segmenter { get; }

    /// <summary>What the user should be told once about the resources the pipeline was built with (a missing dictionary), or null.</summary>
    public string? LoadWarning { get; init; }

    public IReadOnlyList<IExtractor> Extractors => _extractors;

    public PolicyDocument Read(ReadOnlyMemory<byte> bytes, string path) => _readers.Read(bytes, path);

    public ExtractionResult Extract(PolicyDocument document)
    {
        var result = new ExtractionResult { Source = SourceOutput.From(document.Source) };
        foreach (var m in document.Metadata)
            result.Metadata.TryAdd(m.Key, m.Value);
        var context = new ExtractionContext(document, result, Rules, Segmenter);
        foreach (var extractor in _extractors)
            extractor.Extract(context);
        foreach (var w in document.ReadWarnings)
            result.Warnings.Add(new WarningOutput("read", w));
        return result;
    }

    public ExtractionResult Process(ReadOnlyMemory<byte> bytes, string path) => Extract(Read(bytes, path));
}
