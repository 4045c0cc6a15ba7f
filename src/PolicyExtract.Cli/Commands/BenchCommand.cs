using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using PolicyExtract.Segmentation;

namespace PolicyExtract.Cli.Commands;

/// <summary>
/// Hidden <c>policyextract bench segment CORPUS</c>: in-process figures for bench/run.sh (dictionary load,
/// precise+HMM throughput, peak RSS), printed as one JSON object. Whole-process cold start is measured by
/// the script from outside.
/// </summary>
public static class BenchCommand
{
    public static Command Create()
    {
        var corpus = new Argument<string>("corpus") { Description = "UTF-8 text to segment, line by line." };
        var runs = new Option<int>("--runs") { Description = "Timed passes over the corpus (after one warm-up pass).", DefaultValueFactory = _ => 5 };
        var segment = new Command("segment", "Measure dictionary load and segmentation throughput.");
        segment.Arguments.Add(corpus);
        segment.Options.Add(runs);
        segment.SetAction(pr => Run(pr.GetValue(corpus)!, Math.Max(1, pr.GetValue(runs))));
        var bench = new Command("bench", "Benchmarks (used by bench/run.sh).") { Hidden = true };
        bench.Subcommands.Add(segment);
        return bench;
    }

    private static int Run(string corpusPath, int runs)
    {
        // First load in this process: file read plus the JIT of the loader, what every CLI run pays.
        var sw = Stopwatch.StartNew();
        var (segmenter, warning) = SegmenterFactory.LoadDefault([], includeProjectLexicon: false);
        double firstLoadMs = sw.Elapsed.TotalMilliseconds;
        if (warning is not null)
        {
            CliRunner.Error(warning);
            return ExitCodes.Failed;
        }

        var bytes = File.ReadAllBytes(corpusPath);
        var text = Encoding.UTF8.GetString(bytes);
        var lines = new List<(int, int)>();
        for (int s = 0; s < text.Length;)
        {
            int nl = text.IndexOf('\n', s);
            if (nl < 0) nl = text.Length;
            lines.Add((s, nl));
            s = nl + 1;
        }

        var tokens = new List<Token>(4096);
        long tokenCount = 0;
        void Pass()
        {
            tokenCount = 0;
            foreach (var (s, e) in lines)
            {
                tokens.Clear();
                segmenter.Segment(text, s, e, tokens);
                tokenCount += tokens.Count;
            }
        }
        Pass(); // warm-up: JIT, caches
        var mbps = new List<double>();
        for (int i = 0; i < runs; i++)
        {
            sw.Restart();
            Pass();
            mbps.Add(bytes.Length / 1e6 / sw.Elapsed.TotalSeconds);
        }
        // Peak RSS of segmenting the corpus, read before the repeated loads below add their garbage.
        double peakRss = PeakRssMb();
        var loads = new List<double>();
        for (int i = 0; i < 5; i++)
        {
            sw.Restart();
            _ = SegmenterFactory.Load(SegmenterFactory.DefaultDictionaryPath, []);
            loads.Add(sw.Elapsed.TotalMilliseconds);
        }
        double median(List<double> v)
        {
            var o = v.Order().ToList();
            return o.Count % 2 == 1 ? o[o.Count / 2] : (o[o.Count / 2 - 1] + o[o.Count / 2]) / 2;
        }
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv,
            $"{{\"tool\":\"policyextract\",\"corpusBytes\":{bytes.Length},\"lines\":{lines.Count},\"tokens\":{tokenCount},\"firstLoadMs\":{firstLoadMs:F1},\"loadMs\":{median(loads):F1},\"mbPerSec\":{median(mbps):F2},\"runs\":[{string.Join(",", mbps.Select(m => m.ToString("F2", inv)))}],\"peakRssMb\":{peakRss:F1}}}"));
        return ExitCodes.Ok;
    }

    /// <summary>VmHWM from /proc (Linux); the process's working-set peak elsewhere.</summary>
    private static double PeakRssMb()
    {
        try
        {
            foreach (var line in File.ReadLines("/proc/self/status"))
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    return double.Parse(line[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024;
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        return Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0;
    }
}
