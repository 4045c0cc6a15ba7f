using System.Collections.Concurrent;
using System.Text.Json;
using PolicyExtract.Extraction;
using PolicyExtract.Output;
using PolicyExtract.Pipeline;
using PolicyExtract.Readers;
using PolicyExtract.Tests.Support;

namespace PolicyExtract.Tests.Pipeline;

public class BatchRunnerTests
{
    /// <summary>
    /// An extractor that holds chosen documents for a while (or until released), to force a completion order that differs
    /// from the input order. It only delays; the results are the real pipeline's.
    /// </summary>
    private sealed class Gate(Func<string, int> delayMs) : IExtractor
    {
        public ConcurrentQueue<string> Finished { get; } = new();

        public ManualResetEventSlim? Hold { get; init; }

        public string? HoldPath { get; init; }

        public int Started;

        public string Name => "gate";

        public void Extract(ExtractionContext context)
        {
            Interlocked.Increment(ref Started);
            var path = context.Document.Source.Path;
            if (path == HoldPath)
                Hold!.Wait(TimeSpan.FromSeconds(30));
            int ms = delayMs(path);
            if (ms > 0)
                Thread.Sleep(ms);
            Finished.Enqueue(path);
        }
    }

    private static ExtractionPipeline PipelineWith(IExtractor extractor) => new(ReaderSelector.CreateDefault(), [extractor]);

    /// <summary>The jsonl writer the tool uses, to a file written atomically.</summary>
    private static IResultWriter Jsonl(string path) =>
        ResultWriters.Create("jsonl", path, new ResultWriterOptions(), () => throw new InvalidOperationException("no stdout in these tests"));

    private static List<string> PathsIn(string jsonl) =>
        File.ReadAllLines(jsonl).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("source").GetProperty("path").GetString()!).ToList();

    private static IReadOnlyList<InputItem> Items(TempTree tree, IEnumerable<string> relative) =>
        relative.Select(r => new InputItem(tree.PathOf(r), null)).ToList();

    [Test]
    public void Run_WritesInInputOrder_WhenLaterDocumentsFinishFirst()
    {
        using var tree = new TempTree();
        var names = tree.WriteVariedDocuments(40);
        var items = Items(tree, names);
        // Every fourth document is slow, so the ones after it overtake it.
        var slow = items.Where((_, i) => i % 4 == 0).Select(i => i.Path).ToHashSet();
        var gate = new Gate(p => slow.Contains(p) ? 40 : 0);
        var output = tree.PathOf("out.jsonl");

        BatchSummary summary;
        using (var writer = Jsonl(output))
        {
            summary = new BatchRunner(PipelineWith(gate), new BatchOptions { Jobs = 4 }).Run(items, writer);
            writer.Complete();
        }

        var expected = items.Select(i => i.Path).ToList();
        Assert.That(gate.Finished.ToList(), Is.Not.EqualTo(expected), "the workers must have finished out of order for this test to mean anything");
        Assert.That(PathsIn(output), Is.EqualTo(expected));
        Assert.That(summary, Is.EqualTo(summary with { Total = 40, Succeeded = 40, Failed = 0, Interrupted = false }));
        Assert.That(summary.Bytes, Is.EqualTo(items.Sum(i => new FileInfo(i.Path).Length)));
    }

    [Test]
    public void Run_StalledDocument_StopsNewWorkAtTheWindow()
    {
        using var tree = new TempTree();
        var items = Items(tree, tree.WriteVariedDocuments(50));
        using var hold = new ManualResetEventSlim(false);
        var gate = new Gate(_ => 0) { Hold = hold, HoldPath = items[0].Path };
        int startedWhileStalled = -1;
        var release = Task.Run(() =>
        {
            // Long enough for the other worker to run through everything the window lets it take.
            Thread.Sleep(1500);
            startedWhileStalled = Volatile.Read(ref gate.Started);
            hold.Set();
        });

        using var writer = Jsonl(tree.PathOf("out.jsonl"));
        var summary = new BatchRunner(PipelineWith(gate), new BatchOptions { Jobs = 2, Window = 5 }).Run(items, writer);
        release.Wait();

        // Document 0 plus at most four behind it may have been taken while document 0 held the window.
        Assert.That(startedWhileStalled, Is.EqualTo(5));
        Assert.That(summary.Succeeded, Is.EqualTo(50));
    }

    [Test]
    public void Run_BadFileInTheMiddle_IsReportedInOrderAndTheRestIsWritten()
    {
        using var tree = new TempTree();
        var names = tree.WriteVariedDocuments(9).ToList();
        tree.Write("docs/doc-004.txt", "");
        var items = Items(tree, names).ToList();
        items.Insert(7, new InputItem(tree.PathOf("docs/missing.txt"), "no such file or directory"));
        var failures = new List<BatchFailure>();
        var output = tree.PathOf("out.jsonl");

        BatchSummary summary;
        using (var writer = Jsonl(output))
        {
            summary = new BatchRunner(PipelineWith(new Gate(_ => 0)), new BatchOptions { Jobs = 3, OnFailure = failures.Add }).Run(items, writer);
            writer.Complete();
        }

        Assert.That(failures.Select(f => (f.Index, Path.GetFileName(f.Path), f.Reason)), Is.EqualTo(new[]
        {
            (4, "doc-004.txt", "empty file"),
            (7, "missing.txt", "no such file or directory"),
        }));
        Assert.That(PathsIn(output), Is.EqualTo(items.Where((_, i) => i != 4 && i != 7).Select(i => i.Path)));
        Assert.That((summary.Succeeded, summary.Failed), Is.EqualTo((8, 2)));
    }

    /// <summary>An extractor with a bug that shows on one document.</summary>
    private sealed class Buggy(string path) : IExtractor
    {
        public string Name => "buggy";

        public void Extract(ExtractionContext context)
        {
            if (context.Document.Source.Path == path)
                throw new InvalidOperationException("first line\r\nsecond line\n");
        }
    }

    [Test]
    public void Run_ExtractorBugOnOneDocument_IsThatDocumentsFailureOnOneLine()
    {
        using var tree = new TempTree();
        var items = Items(tree, tree.WriteVariedDocuments(6));
        var failures = new List<BatchFailure>();
        var output = tree.PathOf("out.jsonl");
        BatchSummary summary;
        using (var writer = Jsonl(output))
        {
            summary = new BatchRunner(PipelineWith(new Buggy(items[2].Path)), new BatchOptions { Jobs = 2, OnFailure = failures.Add }).Run(items, writer);
            writer.Complete();
        }
        Assert.That(failures.Single().Reason, Is.EqualTo("internal error: InvalidOperationException: first line second line"));
        Assert.That(PathsIn(output), Has.Count.EqualTo(5));
        Assert.That((summary.Succeeded, summary.Failed), Is.EqualTo((5, 1)));
    }

    [Test]
    public void Run_OverMaxBytes_IsAFailureNotARead()
    {
        using var tree = new TempTree();
        var items = Items(tree, tree.WriteVariedDocuments(3));
        long size = new FileInfo(items[1].Path).Length;
        var failures = new List<BatchFailure>();
        using var writer = Jsonl(tree.PathOf("out.jsonl"));
        var summary = new BatchRunner(PipelineWith(new Gate(_ => 0)), new BatchOptions { Jobs = 1, MaxBytes = size - 1, OnFailure = failures.Add }).Run(items, writer);
        Assert.That(failures.Single(f => f.Index == 1).Reason, Does.Contain($"{size} bytes, over the --max-bytes limit of {size - 1}"));
        Assert.That(summary.Failed, Is.GreaterThanOrEqualTo(1));
    }

    [Test]
    public void Run_Cancelled_KeepsExactlyThePrefixBeforeTheUnfinishedDocument()
    {
        using var tree = new TempTree();
        var items = Items(tree, tree.WriteVariedDocuments(30));
        using var hold = new ManualResetEventSlim(false);
        var gate = new Gate(_ => 0) { Hold = hold, HoldPath = items[12].Path };
        using var cts = new CancellationTokenSource();
        var output = tree.PathOf("out.jsonl");
        BatchSummary summary;
        using (var writer = Jsonl(output))
        {
            var runner = new BatchRunner(PipelineWith(gate), new BatchOptions
            {
                Jobs = 3,
                // Cancel once everything before the held document is out.
                OnProgress = p => { if (p.Done == 12) cts.Cancel(); },
            });
            summary = runner.Run(items, writer, cts.Token);
            writer.Complete();
        }
        hold.Set();

        Assert.That(summary.Interrupted, Is.True);
        Assert.That(summary.Done, Is.EqualTo(12));
        Assert.That(PathsIn(output), Is.EqualTo(items.Take(12).Select(i => i.Path)));
    }

    [Test]
    public void Run_WriterFails_TheErrorReachesTheCallerAndNothingIsLeft()
    {
        using var tree = new TempTree();
        var items = Items(tree, tree.WriteVariedDocuments(10));
        var output = tree.PathOf("out.jsonl");
        using (var writer = new FailingWriter(Jsonl(output), failOn: 5))
        {
            var runner = new BatchRunner(PipelineWith(new Gate(_ => 0)), new BatchOptions { Jobs = 2 });
            Assert.That(() => runner.Run(items, writer), Throws.TypeOf<IOException>().With.Message.EqualTo("No space left on device"));
        }
        Assert.That(Directory.GetFiles(tree.Root), Is.Empty, "neither the output nor its temporary file may remain");
    }

    /// <summary>Passes results to a real writer, then fails the way a full disk does.</summary>
    private sealed class FailingWriter(IResultWriter inner, int failOn) : IResultWriter
    {
        private int _count;

        public void Write(ExtractionResult result)
        {
            if (++_count == failOn)
                throw new IOException("No space left on device");
            inner.Write(result);
        }

        public void Complete() => inner.Complete();

        public void Dispose() => inner.Dispose();
    }

    [Test]
    public void Run_Timings_NameEveryStage()
    {
        using var tree = new TempTree();
        var items = Items(tree, tree.WriteVariedDocuments(5));
        var timings = new StageTimings();
        using var writer = Jsonl(tree.PathOf("out.jsonl"));
        new BatchRunner(PipelineWith(new Gate(_ => 2)), new BatchOptions { Jobs = 2, Timings = timings }).Run(items, writer);
        var stages = timings.Snapshot();
        Assert.That(stages.Keys, Is.EquivalentTo(new[] { "load", "read", "extract.gate", "write" }));
        // Five documents held 2 ms each by the gate extractor.
        Assert.That(stages["extract.gate"], Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(10)));
    }

    [Test]
    public void Run_NoInputs_ReturnsAtOnce()
    {
        using var tree = new TempTree();
        using var writer = Jsonl(tree.PathOf("out.jsonl"));
        var summary = new BatchRunner(PipelineWith(new Gate(_ => 0)), new BatchOptions()).Run([], writer);
        Assert.That((summary.Total, summary.Done, summary.Interrupted), Is.EqualTo((0, 0, false)));
    }
}
