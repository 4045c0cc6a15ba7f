using PolicyExtract.Extraction;
using PolicyExtract.Readers;

namespace PolicyExtract.Pipeline;

/// <summary>Options that shape the pipeline, set once per run.</summary>
public sealed record PipelineOptions
{
    /// <summary>Rules directories, shipped first, the user's merged over them.</summary>
    public IReadOnlyList<string> RuleDirectories { get; init; } = [];
}

/// <summary>The one place where readers and extractors are assembled, in order.</summary>
public static class PipelineFactory
{
    public static ExtractionPipeline Create(PipelineOptions options)
    {
        _ = options;
        var extractors = new List<IExtractor>();
        return new ExtractionPipeline(ReaderSelector.CreateDefault(), extractors);
    }
}
