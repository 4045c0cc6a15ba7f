using System.Diagnostics;
using System.Globalization;
using PolicyExtract.Pipeline;
using Spectre.Console;

namespace PolicyExtract.Cli.Commands;

/// <summary>
/// Diagnostics and the live progress line of a batch, both on stderr. The live line is drawn only when stderr is a
/// terminal and --quiet is off; per-file error lines then go through the same console so they print above it
/// instead of tearing it.
/// </summary>
internal sealed class ExtractProgress
{
    // Redrawing the description on every document would cost more than the document at tens of thousands per second.
    private static readonly long RedrawInterval = Stopwatch.Frequency / 10;

    private readonly IAnsiConsole? _console;
    private ProgressTask? _task;
    private long _lastRedraw;

    private ExtractProgress(IAnsiConsole? console) => _console = console;

    /// <summary>Runs <paramref name="body"/> with a live display when <paramref name="live"/>, otherwise with plain stderr lines.</summary>
    public static T Show<T>(bool live, int total, Func<ExtractProgress, T> body)
    {
        if (!live)
            return body(new ExtractProgress(null));
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Console.Error),
            Ansi = AnsiSupport.Detect,
            Interactive = InteractionSupport.Yes,
        });
        var view = new ExtractProgress(console);
        return console.Progress()
            .AutoClear(true)
            .Columns(new ProgressBarColumn(), new PercentageColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new ElapsedTimeColumn())
            .Start(ctx =>
            {
                view._task = ctx.AddTask(Describe(new BatchProgress(0, total, 0, 0, 0, TimeSpan.Zero)), autoStart: true, maxValue: Math.Max(total, 1));
                return body(view);
            });
    }

    /// <summary>One diagnostic line on stderr.</summary>
    public void Line(string text)
    {
        if (_console is null)
            Console.Error.WriteLine(text);
        else
            _console.WriteLine(text);
    }

    /// <summary>Called in input order after each document.</summary>
    public void Report(BatchProgress progress)
    {
        if (_task is null)
            return;
        _task.Value = progress.Done;
        long now = Stopwatch.GetTimestamp();
        if (now - _lastRedraw >= RedrawInterval || progress.Done == progress.Total)
        {
            _lastRedraw = now;
            _task.Description = Describe(progress);
        }
    }

    private static string Describe(BatchProgress p)
    {
        double mbps = p.Elapsed.TotalSeconds > 0 ? p.Bytes / 1e6 / p.Elapsed.TotalSeconds : 0;
        var text = string.Create(CultureInfo.InvariantCulture, $"{p.Done}/{p.Total} files  {mbps:F1} MB/s");
        return p.Failed > 0 ? text + $"  [red]{p.Failed} failed[/]" : text;
    }
}
