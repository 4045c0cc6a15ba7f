using System.CommandLine;
using System.Globalization;
using System.Runtime.InteropServices;
using PolicyExtract.Output;
using PolicyExtract.Pipeline;

namespace PolicyExtract.Cli.Commands;

public static class ExtractCommand
{
    /// <summary>Exit code after SIGINT (Ctrl-C), the shell convention 128 + signal number.</summary>
    public const int ExitInterrupted = 130;

    /// <summary>Exit code after SIGTERM (a scheduler ending a job).</summary>
    public const int ExitTerminated = 143;

    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Files, directories (searched recursively) or glob patterns.", Arity = ArgumentArity.ZeroOrMore };
        var format = new Option<string>("--format", "-f") { Description = "json | jsonl | csv (tables, -o DIR) | xlsx (workbook, -o FILE.xlsx)", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong([.. ResultWriters.Formats]);
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file (json, jsonl, xlsx) or directory (csv) instead of stdout." };
        var table = new Option<string?>("--table") { Description = "csv: write only this table (documents, issuers, targets, responsibilities, responsibility_units, deadlines, references, warnings); without -o it goes to stdout." };
        var noBom = new Option<bool>("--no-bom") { Description = "csv: no UTF-8 byte-order mark (Excel needs it for Chinese text, so it is on by default)." };
        var rules = new Option<string[]>("--rules") { Description = "A rules directory merged over the shipped rules/ (repeatable)." };
        var maxBytes = new Option<long>("--max-bytes") { HelpName = "BYTES", Description = "Skip files larger than this many bytes.", DefaultValueFactory = _ => 200L * 1024 * 1024 };
        var jobs = new Option<int>("--jobs", "-j") { Description = "Documents processed in parallel (default: the number of cores).", HelpName = "N", DefaultValueFactory = _ => Environment.ProcessorCount };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress display (the summary line is still printed)." };
        var filesFrom = new Option<string?>("--files-from") { HelpName = "FILE|-", Description = "Read more input paths from FILE, or from stdin with '-': one per line, or NUL-separated." };
        var shard = new Option<string?>("--shard") { HelpName = "K/N", Description = "Process only shard K of N (K/N, 1-based) of the sorted input list." };
        var timings = new Option<bool>("--timings") { Description = "Print the time spent in each stage and the peak memory on stderr." };

        var cmd = new Command("extract",
            "Extract structured data from policy documents. Results are written in input order; a summary line goes to stderr. " +
            "Exit codes: 0 all inputs processed, 1 some input failed (the others were written), 2 usage error, " +
            "130 interrupted by SIGINT / 143 by SIGTERM (the output holds the documents finished before, complete and in order).");
        cmd.Arguments.Add(inputs);
        cmd.Options.Add(format);
        cmd.Options.Add(output);
        cmd.Options.Add(table);
        cmd.Options.Add(noBom);
        cmd.Options.Add(rules);
        cmd.Options.Add(maxBytes);
        cmd.Options.Add(jobs);
        cmd.Options.Add(quiet);
        cmd.Options.Add(filesFrom);
        cmd.Options.Add(shard);
        cmd.Options.Add(timings);
        cmd.SetAction(pr => Run(new Settings(
            pr.GetValue(inputs) ?? [],
            pr.GetValue(format) ?? "json",
            pr.GetValue(output),
            pr.GetValue(table),
            pr.GetValue(noBom),
            pr.GetValue(rules) ?? [],
            pr.GetValue(maxBytes),
            pr.GetValue(jobs),
            pr.GetValue(quiet),
            pr.GetValue(filesFrom),
            pr.GetValue(shard),
            pr.GetValue(timings))));
        return cmd;
    }

    private sealed record Settings(
        string[] Inputs, string Format, string? Output, string? Table, bool NoBom, string[] Rules, long MaxBytes,
        int Jobs, bool Quiet, string? FilesFrom, string? Shard, bool Timings);

    private static int Run(Settings s)
    {
        foreach (var i in s.Inputs)
            if (i.Length > 1 && i[0] == '-' && !File.Exists(i))
                throw new UsageException($"unknown option '{i}'");
        if (s.Jobs < 1)
            throw new UsageException($"--jobs must be at least 1, not {s.Jobs}");
        Shard? shard = null;
        if (s.Shard is not null)
        {
            if (!Pipeline.Shard.TryParse(s.Shard, out var parsed, out var shardError))
                throw new UsageException(shardError);
            shard = parsed;
        }
        if (s.Inputs.Length == 0 && s.FilesFrom is null)
            throw new UsageException("extract needs inputs: paths, or --files-from FILE|-");

        // Signals are watched from the start, so Ctrl-C while a long file list is read is handled too.
        using var stop = new StopSignals();

        // Built once; every worker shares it (rules, lexicons and the dictionary are loaded here, not per document).
        // Broken rules stop the run here, before an output file exists.
        var pipeline = PipelineFactory.Create(new PipelineOptions { RuleDirectories = s.Rules });
        if (pipeline.LoadWarning is { } warning)
            CliRunner.Error(warning);

        var names = new List<string>(s.Inputs);
        if (s.FilesFrom is not null)
        {
            try
            {
                if (s.FilesFrom == "-")
                {
                    using var stdin = Console.OpenStandardInput();
                    names.AddRange(FileList.Read(stdin));
                }
                else
                {
                    using var list = File.OpenRead(s.FilesFrom);
                    names.AddRange(FileList.Read(list));
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                CliRunner.Error($"{s.FilesFrom}: cannot read the file list: {ex.Message}");
                return ExitCodes.Usage;
            }
        }

        IReadOnlyList<InputItem> items = InputExpander.Expand(names);
        if (shard is { } sh)
            items = sh.Select(items);

        // The output is opened before any document is read: an unwritable destination fails at once, not after an hour.
        IResultWriter created;
        try
        {
            created = ResultWriters.Create(s.Format, s.Output,
                new ResultWriterOptions { ByteOrderMark = !s.NoBom, Table = s.Table, SingleInput = items.Count == 1 },
                Console.OpenStandardOutput);
        }
        catch (OutputOptionsException ex)
        {
            throw new UsageException(ex.Message);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            CliRunner.Error($"{s.Output}: cannot write: {ex.Message}");
            return ExitCodes.Failed;
        }
        // Disposed without Complete (a failed write), the writer leaves no half-written output behind.
        using IResultWriter writer = created;

        var stageTimes = s.Timings ? new StageTimings() : null;
        if (s.Timings)
            pipeline.Rules.TimeSearches();
        bool live = !s.Quiet && !Console.IsErrorRedirected;
        BatchSummary summary;
        try
        {
            summary = ExtractProgress.Show(live, items.Count, view =>
            {
                var runner = new BatchRunner(pipeline, new BatchOptions
                {
                    Jobs = s.Jobs,
                    MaxBytes = s.MaxBytes,
                    Timings = stageTimes,
                    OnFailure = f => view.Line($"policyextract: {f.Path}: {f.Reason}"),
                    OnProgress = view.Report,
                });
                var result = runner.Run(items, writer, stop.Token);
                // Interrupted or not, what was written is a prefix of the input list in order, each document whole:
                // the output is completed and moved into place, and the exit code tells the caller it stopped early.
                writer.Complete();
                return result;
            });
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The writer failed (disk full, closed pipe): the output is discarded by Dispose, never left half-written.
            CliRunner.Error($"{s.Output ?? "stdout"}: write failed: {ex.Message}");
            return ExitCodes.Failed;
        }

        PrintSummary(summary, s, stop);
        if (stageTimes is not null)
            PrintTimings(stageTimes, pipeline, summary);
        if (summary.Interrupted)
            return stop.Signal == PosixSignal.SIGTERM ? ExitTerminated : ExitInterrupted;
        return summary.Failed > 0 ? ExitCodes.Failed : ExitCodes.Ok;
    }

    private static void PrintSummary(BatchSummary summary, Settings s, StopSignals stop)
    {
        var inv = CultureInfo.InvariantCulture;
        if (summary.Interrupted)
        {
            string signal = stop.Signal == PosixSignal.SIGTERM ? "SIGTERM" : "SIGINT";
            string where = s.Output is null ? "stdout" : s.Output;
            CliRunner.Error(string.Create(inv,
                $"interrupted by {signal} after {summary.Done} of {summary.Total} inputs: {where} holds the {summary.Succeeded} result(s) among them, complete and in input order"));
        }
        string state = summary.Interrupted ? "interrupted" : "done";
        string notDone = summary.Interrupted ? string.Create(inv, $", {summary.Total - summary.Done} not processed") : "";
        CliRunner.Error(string.Create(inv,
            $"{state}: {summary.Total} documents, {summary.Succeeded} succeeded, {summary.Failed} failed{notDone}, {summary.Elapsed.TotalSeconds:F2} s, {summary.MegabytesPerSecond:F2} MB/s"));
    }

    /// <summary>One line per stage in pipeline order: total seconds summed over workers and share of all stage time.</summary>
    private static void PrintTimings(StageTimings timings, ExtractionPipeline pipeline, BatchSummary summary)
    {
        var inv = CultureInfo.InvariantCulture;
        var snapshot = timings.Snapshot();
        var order = new List<string> { BatchRunner.LoadStage, ExtractionPipeline.ReadStage, ExtractionPipeline.SegmentStage };
        order.AddRange(pipeline.Extractors.Select(e => ExtractionPipeline.ExtractStagePrefix + e.Name));
        order.Add(BatchRunner.WriteStage);
        // Stages this list does not know yet still print, after the known ones.
        order.AddRange(snapshot.Keys.Where(k => !order.Contains(k)).Order(StringComparer.Ordinal));
        double total = snapshot.Values.Sum(t => t.TotalSeconds);
        foreach (var stage in order)
        {
            if (!snapshot.TryGetValue(stage, out var t))
                continue;
            double share = total > 0 ? 100 * t.TotalSeconds / total : 0;
            CliRunner.Error(string.Create(inv, $"timing: {stage} {t.TotalSeconds:F3} s {share:F1}%"));
        }
        double docsPerSecond = summary.Elapsed.TotalSeconds > 0 ? summary.Done / summary.Elapsed.TotalSeconds : 0;
        using var self = System.Diagnostics.Process.GetCurrentProcess();
        CliRunner.Error(string.Create(inv,
            $"timing: throughput {docsPerSecond:F1} documents/s {summary.MegabytesPerSecond:F2} MB/s, peak memory {self.PeakWorkingSet64 / 1e6:F1} MB"));
        // Garbage collection stops every worker, so its pauses are part of each stage's time above; shown apart here.
        CliRunner.Error(string.Create(inv,
            $"timing: gc {GC.CollectionCount(0)} gen0, {GC.CollectionCount(1)} gen1, {GC.CollectionCount(2)} gen2 collections, paused {GC.GetTotalPauseDuration().TotalSeconds:F3} s, allocated {GC.GetTotalAllocatedBytes() / 1e6:F0} MB"));
        PrintRuleTimings(pipeline, total);
    }

    /// <summary>
    /// The rules' own searches (part of the extract stages above): all of them, then the slowest rules, so that a rule
    /// that costs more than it should is seen by whoever wrote it.
    /// </summary>
    private static void PrintRuleTimings(ExtractionPipeline pipeline, double stageSeconds)
    {
        var inv = CultureInfo.InvariantCulture;
        var work = pipeline.Rules.All.Select(r => (Rule: r, Work: r.SearchWork)).Where(x => x.Work.Searches > 0).ToList();
        double seconds = work.Sum(x => x.Work.Time.TotalSeconds);
        double share = stageSeconds > 0 ? 100 * seconds / stageSeconds : 0;
        CliRunner.Error(string.Create(inv,
            $"timing: rule searches {seconds:F3} s {share:F1}% of all stages, {work.Sum(x => x.Work.Searches)} searches over {work.Sum(x => x.Work.Characters) / 1e6:F1} M characters, {work.Count} rules"));
        foreach (var (rule, w) in work.OrderByDescending(x => x.Work.Time).Take(SlowestRulesShown))
            CliRunner.Error(string.Create(inv,
                $"timing: rule {rule.Id} {w.Time.TotalSeconds:F3} s, {w.Searches} searches over {w.Characters / 1e6:F2} M characters ({rule.Location})"));
    }

    private const int SlowestRulesShown = 5;

    /// <summary>
    /// Turns the first SIGINT or SIGTERM into a cancellation, so the batch stops cleanly; a second one is left to its
    /// default action and ends the process at once (a temporary output file may then remain).
    /// </summary>
    private sealed class StopSignals : IDisposable
    {
        private readonly CancellationTokenSource _cts = new();
        private readonly PosixSignalRegistration[] _registrations;
        private int _signal;

        public StopSignals()
        {
            _registrations = [PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle), PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle)];
        }

        public CancellationToken Token => _cts.Token;

        public PosixSignal? Signal => _signal == 0 ? null : (PosixSignal)_signal;

        private void Handle(PosixSignalContext context)
        {
            if (Interlocked.CompareExchange(ref _signal, (int)context.Signal, 0) != 0)
                return;
            context.Cancel = true;
            _cts.Cancel();
        }

        public void Dispose()
        {
            foreach (var r in _registrations)
                r.Dispose();
            _cts.Dispose();
        }
    }
}
