using System.Diagnostics;
using System.Runtime.ExceptionServices;
using PolicyExtract.Extraction;
using PolicyExtract.Output;
using PolicyExtract.Readers;
using PolicyExtract.Rules;

namespace PolicyExtract.Pipeline;

/// <summary>How a batch is run.</summary>
public sealed record BatchOptions
{
    /// <summary>Worker threads; each processes one document at a time.</summary>
    public int Jobs { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// How many documents may be taken but not yet written: the reorder window. A slow document holds back at most
    /// this many finished ones behind it, so memory stays bounded whatever the corpus size. Null: 8 per job, at least 16.
    /// </summary>
    public int? Window { get; init; }

    /// <summary>Files larger than this are reported and skipped without being read.</summary>
    public long MaxBytes { get; init; } = 200L * 1024 * 1024;

    /// <summary>When set, per-stage time is accumulated here ("load", "read", "extract.*", "write", …).</summary>
    public StageTimings? Timings { get; init; }

    /// <summary>Called for each input that could not be processed, in input order.</summary>
    public Action<BatchFailure>? OnFailure { get; init; }

    /// <summary>Called after each document is written or reported, in input order. Keep it cheap: it runs on the writing path.</summary>
    public Action<BatchProgress>? OnProgress { get; init; }

    internal int EffectiveWindow => Math.Max(Window ?? Math.Max(16, 8 * EffectiveJobs), 1);

    internal int EffectiveJobs => Math.Max(Jobs, 1);
}

/// <summary>An input that could not be processed, with the one-line reason shown to the user.</summary>
public sealed record BatchFailure(int Index, string Path, string Reason);

/// <summary>Where a batch stands: documents written or reported so far, in input order.</summary>
public readonly record struct BatchProgress(int Done, int Total, int Succeeded, int Failed, long Bytes, TimeSpan Elapsed);

/// <summary>What a batch did.</summary>
public sealed record BatchSummary(int Total, int Succeeded, int Failed, long Bytes, TimeSpan Elapsed, bool Interrupted)
{
    /// <summary>Documents written or reported: all of them unless the run was interrupted.</summary>
    public int Done => Succeeded + Failed;

    /// <summary>Input megabytes (10^6 bytes) per second of wall time.</summary>
    public double MegabytesPerSecond => Elapsed.TotalSeconds > 0 ? Bytes / 1e6 / Elapsed.TotalSeconds : 0;
}

/// <summary>
/// Runs one shared <see cref="ExtractionPipeline"/> over many inputs on parallel workers and hands the results to an
/// <see cref="IResultWriter"/> in input order, whatever order they finish in.
/// </summary>
/// <remarks>
/// Workers take the next input index from a shared counter, but only after acquiring a slot of the reorder window;
/// a slot is given back when that document has been written. Finished documents wait in a small dictionary keyed by
/// index until every earlier one is written, so at most <see cref="BatchOptions.Window"/> results are held at once
/// and a stalled document stops new work (backpressure) instead of letting results pile up.
/// Cancellation stops the batch at once: nothing more is written, so the writer holds exactly the documents before the
/// first one that had not finished (a prefix of the input list). Documents still in progress are abandoned; their
/// worker threads are background threads and end with the process.
/// </remarks>
public sealed class BatchRunner
{
    /// <summary>Stage name for loading the file's bytes from disk.</summary>
    public const string LoadStage = "load";

    /// <summary>Stage name for handing a result to the writer (serialization and output).</summary>
    public const string WriteStage = "write";

    /// <summary>
    /// From this many inputs on, the rules search with their built patterns from the first document. One document runs
    /// faster on the interpreter (about 0.1 s less measured: no code to load for patterns searched a few times); over a
    /// batch the interpreter's first documents cost more than that (about 0.6 s over 1,469 text documents).
    /// </summary>
    public const int BuiltPatternsFrom = 20;

    private readonly ExtractionPipeline _pipeline;
    private readonly BatchOptions _options;

    public BatchRunner(ExtractionPipeline pipeline, BatchOptions options)
    {
        _pipeline = pipeline;
        _options = options;
    }

    /// <summary>
    /// Processes <paramref name="items"/> and writes every result to <paramref name="writer"/> in input order. Does not
    /// complete the writer: the caller decides (for instance, to keep a prefix after an interruption).
    /// </summary>
    /// <exception cref="Exception">Whatever the writer throws (a full disk, say) ends the batch and is rethrown here.</exception>
    public BatchSummary Run(IReadOnlyList<InputItem> items, IResultWriter writer, CancellationToken cancellation = default)
    {
        if (items.Count >= BuiltPatternsFrom)
            _pipeline.Rules.UseBuiltPatterns();
        var run = new BatchRun(this, items, writer, cancellation);
        return run.Execute();
    }

    /// <summary>The state of one call to <see cref="BatchRunner.Run"/>.</summary>
    private sealed class BatchRun
    {
        private readonly BatchRunner _owner;
        private readonly IReadOnlyList<InputItem> _items;
        private readonly IResultWriter _writer;
        private readonly CancellationToken _cancellation;
        private readonly SemaphoreSlim _window;
        private readonly ManualResetEventSlim _finished = new(false);
        private readonly Stopwatch _clock = new();
        private readonly object _gate = new();

        // Guarded by _gate.
        private readonly Dictionary<int, Outcome> _pending = new();
        private int _nextToWrite;
        private int _succeeded;
        private int _failed;
        private long _bytes;
        private bool _stopped;
        private ExceptionDispatchInfo? _fatal;

        private int _nextToTake = -1;

        public BatchRun(BatchRunner owner, IReadOnlyList<InputItem> items, IResultWriter writer, CancellationToken cancellation)
        {
            _owner = owner;
            _items = items;
            _writer = writer;
            _cancellation = cancellation;
            int window = owner._options.EffectiveWindow;
            _window = new SemaphoreSlim(window, window);
        }

        private BatchOptions Options => _owner._options;

        public BatchSummary Execute()
        {
            _clock.Start();
            if (_items.Count > 0)
            {
                int jobs = Math.Min(Options.EffectiveJobs, _items.Count);
                for (int i = 0; i < jobs; i++)
                    new Thread(Work) { IsBackground = true, Name = $"policyextract-worker-{i}" }.Start();
                WaitHandle.WaitAny([_finished.WaitHandle, _cancellation.WaitHandle]);
            }
            lock (_gate)
            {
                // From here on nothing reaches the writer, even from a worker that finishes a moment later.
                _stopped = true;
                _clock.Stop();
                _fatal?.Throw();
                bool interrupted = _nextToWrite < _items.Count;
                return new BatchSummary(_items.Count, _succeeded, _failed, _bytes, _clock.Elapsed, interrupted);
            }
        }

        private void Work()
        {
            while (true)
            {
                try
                {
                    _window.Wait(_cancellation);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
                int index = Interlocked.Increment(ref _nextToTake);
                if (index >= _items.Count || _cancellation.IsCancellationRequested || Volatile.Read(ref _stopped))
                    return;
                Outcome outcome;
                try
                {
                    outcome = Process(_items[index]);
                }
                catch (Exception ex)
                {
                    // Only exceptions Process does not turn into a per-file failure (out of memory, say) get here.
                    Fail(ExceptionDispatchInfo.Capture(ex));
                    return;
                }
                Deliver(index, outcome);
            }
        }

        private Outcome Process(InputItem item)
        {
            if (item.Error is not null)
                return Outcome.Failure(item.Error, 0);
            var timings = Options.Timings;
            long bytesRead = 0;
            try
            {
                long start = Stopwatch.GetTimestamp();
                byte[] bytes;
                try
                {
                    var info = new FileInfo(item.Path);
                    if (info.Length > Options.MaxBytes)
                        return Outcome.Failure($"file is {info.Length} bytes, over the --max-bytes limit of {Options.MaxBytes}", 0);
                    bytes = File.ReadAllBytes(item.Path);
                    bytesRead = bytes.LongLength;
                }
                finally
                {
                    timings?.AddSince(LoadStage, start);
                }
                return Outcome.Success(_owner._pipeline.Process(bytes, item.Path, timings), bytesRead);
            }
            catch (DocumentReadException ex)
            {
                return Outcome.Failure(ex.Reason, bytesRead);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or RuleTimeoutException)
            {
                return Outcome.Failure(ex.Message, bytesRead);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // A bug met on one document must not cost the rest of the batch; the message says it is ours.
                return Outcome.Failure($"internal error: {ex.GetType().Name}: {ex.Message}", bytesRead);
            }
        }

        private void Deliver(int index, Outcome outcome)
        {
            lock (_gate)
            {
                if (_stopped)
                    return;
                _pending.Add(index, outcome);
                while (_pending.Remove(_nextToWrite, out var next))
                {
                    try
                    {
                        Emit(_nextToWrite, next);
                    }
                    catch (Exception ex)
                    {
                        FailLocked(ExceptionDispatchInfo.Capture(ex));
                        return;
                    }
                    _nextToWrite++;
                    _window.Release();
                }
                if (_nextToWrite == _items.Count)
                    _finished.Set();
            }
        }

        // Called under _gate, in input order.
        private void Emit(int index, Outcome outcome)
        {
            _bytes += outcome.Bytes;
            if (outcome.Result is { } result)
            {
                long start = Stopwatch.GetTimestamp();
                _writer.Write(result);
                Options.Timings?.AddSince(WriteStage, start);
                _succeeded++;
            }
            else
            {
                _failed++;
                Options.OnFailure?.Invoke(new BatchFailure(index, _items[index].Path, outcome.Error!));
            }
            Options.OnProgress?.Invoke(new BatchProgress(_succeeded + _failed, _items.Count, _succeeded, _failed, _bytes, _clock.Elapsed));
        }

        private void Fail(ExceptionDispatchInfo error)
        {
            lock (_gate)
                FailLocked(error);
        }

        private void FailLocked(ExceptionDispatchInfo error)
        {
            if (_stopped)
                return;
            _fatal ??= error;
            _stopped = true;
            _finished.Set();
        }
    }

    private readonly record struct Outcome(ExtractionResult? Result, string? Error, long Bytes)
    {
        public static Outcome Success(ExtractionResult result, long bytes) => new(result, null, bytes);

        // A reason is shown as one line per file, whatever the exception message held.
        public static Outcome Failure(string error, long bytes) => new(null, OneLine(error), bytes);

        private static string OneLine(string text) =>
            text.AsSpan().IndexOfAny('\r', '\n') < 0
                ? text
                : string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
