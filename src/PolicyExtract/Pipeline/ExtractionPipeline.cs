using System.Diagnostics;
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
    /// <summary>Stage name for decoding the bytes into a document.</summary>
    public const string ReadStage = "read";

    /// <summary>Stage name for cutting the document text into words, once, before the extractors run.</summary>
    public const string SegmentStage = "segment";

    /// <summary>Prefix of the stage name of each extractor ("extract." + <see cref="IExtractor.Name"/>).</summary>
    public const string ExtractStagePrefix = "extract.";

    private readonly ReaderSelector _readers;
    private readonly IReadOnlyList<IExtractor> _extractors;
    private readonly string[] _extractorStages;

    public ExtractionPipeline(ReaderSelector readers, IReadOnlyList<IExtractor> extractors, RuleSet? rules = null, ISegmenter? segmenter = null)
    {
        _readers = readers;
        _extractors = extractors;
        Rules = rules ?? new RuleSet([], new Dictionary<string, string>());
        Segmenter = segmenter;
        // Built once so timing a document allocates no stage names.
        _extractorStages = extractors.Select(e => ExtractStagePrefix + e.Name).ToArray();
    }

    public RuleSet Rules { get; }

    public ISegmenter? Segmenter { get; }

    [ThreadStatic] private static List<Token>? _tokenBuffer;

    /// <summary>A worker keeps its token list for the next document up to this capacity (about 6 MB).</summary>
    private const int MaxKeptTokens = 1 << 18;

    /// <summary>What the user should be told once about the resources the pipeline was built with (a missing dictionary), or null.</summary>
    public string? LoadWarning { get; init; }

    public IReadOnlyList<IExtractor> Extractors => _extractors;

    /// <summary>Decodes the bytes of a file; the time goes to the "read" stage when <paramref name="timings"/> is given.</summary>
    public PolicyDocument Read(ReadOnlyMemory<byte> bytes, string path, StageTimings? timings = null)
    {
        long start = Stopwatch.GetTimestamp();
        try
        {
            return _readers.Read(bytes, path);
        }
        finally
        {
            timings?.AddSince(ReadStage, start);
        }
    }

    /// <summary>Runs every extractor in order; each one's time goes to its own "extract.&lt;name&gt;" stage.</summary>
    public ExtractionResult Extract(PolicyDocument document, StageTimings? timings = null)
    {
        var result = new ExtractionResult { Source = SourceOutput.From(document.Source) };
        foreach (var m in document.Metadata)
            result.Metadata.TryAdd(m.Key, m.Value);
        // One token list per worker thread, reused from document to document (a document's list is large enough to be
        // allocated on the large-object heap); one that grew for a very large document is let go afterwards.
        var buffer = _tokenBuffer ??= new List<Token>(8192);
        var context = new ExtractionContext(document, result, Rules, Segmenter, buffer);
        if (Segmenter is not null)
        {
            // Cut here rather than on first use so that the time shows as its own stage, not inside an extractor's.
            long segmentStart = Stopwatch.GetTimestamp();
            _ = context.Tokens;
            timings?.AddSince(SegmentStage, segmentStart);
        }
        for (int i = 0; i < _extractors.Count; i++)
        {
            long start = Stopwatch.GetTimestamp();
            _extractors[i].Extract(context);
            timings?.AddSince(_extractorStages[i], start);
        }
        result.DateTargetsByTheirTasks();
        result.PutInDocumentOrder();
        foreach (var w in document.ReadWarnings)
            result.Warnings.Add(new WarningOutput("read", w));
        buffer.Clear();
        if (buffer.Capacity > MaxKeptTokens)
            _tokenBuffer = null;
        return result;
    }

    /// <summary>Reads and extracts one file. Thread-safe: workers share one pipeline.</summary>
    public ExtractionResult Process(ReadOnlyMemory<byte> bytes, string path, StageTimings? timings = null) =>
        Extract(Read(bytes, path, timings), timings);
}
