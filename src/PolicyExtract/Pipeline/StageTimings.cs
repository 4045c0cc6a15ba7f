using System.Collections.Concurrent;
using System.Diagnostics;

namespace PolicyExtract.Pipeline;

/// <summary>
/// Wall time spent in each named stage, summed over every document and every worker. Stage names are free-form
/// ("load", "read", "segment", "extract.&lt;name&gt;", "write"), so a stage added to the pipeline later shows up
/// without changing this type. Safe to update from many threads at once.
/// </summary>
public sealed class StageTimings
{
    // One boxed counter per stage so the hot path is a dictionary lookup and an Interlocked.Add, no lock.
    private readonly ConcurrentDictionary<string, StrongBox> _ticks = new(StringComparer.Ordinal);

    private sealed class StrongBox
    {
        public long Ticks;
    }

    /// <summary>Adds the time elapsed since <paramref name="startTimestamp"/> (from <see cref="Stopwatch.GetTimestamp"/>) to a stage.</summary>
    public void AddSince(string stage, long startTimestamp) => Add(stage, Stopwatch.GetTimestamp() - startTimestamp);

    /// <summary>Adds a duration in <see cref="Stopwatch"/> ticks to a stage.</summary>
    public void Add(string stage, long stopwatchTicks)
    {
        var box = _ticks.GetOrAdd(stage, static _ => new StrongBox());
        Interlocked.Add(ref box.Ticks, stopwatchTicks);
    }

    /// <summary>A copy of the totals so far, unordered (callers sort as they need).</summary>
    public IReadOnlyDictionary<string, TimeSpan> Snapshot() =>
        _ticks.ToDictionary(kv => kv.Key, kv => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref kv.Value.Ticks)), StringComparer.Ordinal);
}
