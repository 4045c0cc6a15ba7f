using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using PolicyExtract.Tests.Support;

namespace PolicyExtract.Tests.Cli;

public class BatchExtractTests
{
    private static readonly Regex Summary = new(@"^policyextract: (done|interrupted): (\d+) documents, (\d+) succeeded, (\d+) failed(, \d+ not processed)?, [\d.]+ s, [\d.]+ MB/s$", RegexOptions.Multiline);

    private static List<string> JsonlPaths(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("source").GetProperty("path").GetString()!)
            .ToList();

    private static (int Documents, int Succeeded, int Failed) SummaryOf(CliRun run)
    {
        var m = Summary.Match(run.StdErr);
        Assert.That(m.Success, Is.True, "no summary line on stderr\n" + run);
        return (int.Parse(m.Groups[2].Value), int.Parse(m.Groups[3].Value), int.Parse(m.Groups[4].Value));
    }

    [Test]
    public void Extract_Jobs2_ManyFilesOfDifferentSizes_KeepsInputOrder()
    {
        using var tree = new TempTree();
        var names = tree.WriteVariedDocuments(80);
        var run = CliHarness.Run(tree.Root, "extract", "docs", "--format", "jsonl", "--jobs", "2");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(JsonlPaths(run.StdOut), Is.EqualTo(names.Select(n => n.Replace('\\', '/'))));
        Assert.That(SummaryOf(run), Is.EqualTo((80, 80, 0)));
    }

    [Test]
    public void Extract_BadFileInTheMiddle_OthersAreWrittenAndExitIsOne()
    {
        using var tree = new TempTree();
        var names = tree.WriteVariedDocuments(12);
        tree.Write("docs/doc-005.txt", "");
        var run = CliHarness.Run(tree.Root, "extract", "docs", "-o", "out.json", "--jobs", "2");
        Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
        Assert.That(run.StdOut, Is.Empty, "data goes to the file");
        var errors = run.StdErr.Split('\n').Where(l => l.StartsWith("policyextract: docs/", StringComparison.Ordinal)).ToList();
        Assert.That(errors, Is.EqualTo(new[] { "policyextract: docs/doc-005.txt: empty file" }));
        using var json = JsonDocument.Parse(File.ReadAllText(tree.PathOf("out.json")));
        var paths = json.RootElement.EnumerateArray().Select(e => e.GetProperty("source").GetProperty("path").GetString()).ToList();
        Assert.That(paths, Is.EqualTo(names.Where(n => !n.EndsWith("doc-005.txt", StringComparison.Ordinal)).Select(n => n.Replace('\\', '/'))));
        Assert.That(SummaryOf(run), Is.EqualTo((12, 11, 1)));
    }

    [Test]
    public void Extract_ShardsOfThree_PartitionTheInputsExactly()
    {
        using var tree = new TempTree();
        var names = tree.WriteVariedDocuments(31).Select(n => n.Replace('\\', '/')).ToList();
        var shards = new List<List<string>>();
        for (int k = 1; k <= 3; k++)
        {
            var run = CliHarness.Run(tree.Root, "extract", "docs", "-f", "jsonl", "--shard", $"{k}/3", "-q");
            Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
            shards.Add(JsonlPaths(run.StdOut));
            Assert.That(SummaryOf(run).Documents, Is.EqualTo(shards[^1].Count));
        }
        var all = shards.SelectMany(s => s).ToList();
        Assert.That(all, Is.Unique, "shards overlap");
        Assert.That(all, Is.EquivalentTo(names), "the shards together must be every input");
        Assert.That(shards.Select(s => s.Count), Is.EqualTo(new[] { 11, 10, 10 }));
    }

    [Test]
    public void Extract_FilesFromStdin_NewlineSeparated()
    {
        using var tree = new TempTree();
        var names = tree.WriteVariedDocuments(5).Select(n => n.Replace('\\', '/')).ToList();
        var list = string.Join("\n", names[3], names[0], names[4]) + "\n";
        var run = CliHarness.RunWithInput(tree.Root, list, "extract", "--files-from", "-", "-f", "jsonl");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        // The order of the list is the order of the output.
        Assert.That(JsonlPaths(run.StdOut), Is.EqualTo(new[] { names[3], names[0], names[4] }));
    }

    [Test]
    public void Extract_FilesFromFile_NulSeparated_KeepsNamesWithSpacesAndNewlines()
    {
        using var tree = new TempTree();
        tree.Write("odd/a b.txt", "关于印发某某办法的通知\n");
        tree.Write("odd/line\nbreak.txt", "各有关单位：\n");
        File.WriteAllText(tree.PathOf("list0"), "odd/a b.txt\0odd/line\nbreak.txt\0");
        var run = CliHarness.Run(tree.Root, "extract", "--files-from", "list0", "-f", "jsonl");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(JsonlPaths(run.StdOut), Is.EqualTo(new[] { "odd/a b.txt", "odd/line\nbreak.txt" }));
    }

    [Test]
    public void Extract_FilesFromAMissingList_IsAUsageError()
    {
        using var tree = new TempTree();
        var run = CliHarness.Run(tree.Root, "extract", "--files-from", "no-such-list");
        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.StdErr, Does.StartWith("policyextract: no-such-list: cannot read the file list:"));
    }

    [TestCase("--shard", "0/3", "K must be between 1 and N")]
    [TestCase("--shard", "two", "--shard expects K/N")]
    [TestCase("--jobs", "0", "--jobs must be at least 1")]
    public void Extract_BadBatchOption_IsAUsageError(string option, string value, string message)
    {
        using var tree = new TempTree();
        tree.WriteVariedDocuments(1);
        var run = CliHarness.Run(tree.Root, "extract", "docs", option, value);
        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.StdErr, Does.Contain(message));
        Assert.That(run.StdOut, Is.Empty);
    }

    [Test]
    public void Extract_NoInputsAtAll_IsAUsageError()
    {
        var run = CliHarness.Run(null, "extract");
        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.StdErr, Does.Contain("extract needs inputs"));
    }

    [Test]
    public void Extract_UnwritableOutput_FailsBeforeReadingAndLeavesNothing()
    {
        using var tree = new TempTree();
        tree.WriteVariedDocuments(3);
        // A regular file where a directory should be: fails even for root, unlike a read-only directory.
        tree.Write("blocker", "not a directory");
        var run = CliHarness.Run(tree.Root, "extract", "docs", "-o", "blocker/out.jsonl", "-f", "jsonl");
        Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
        Assert.That(run.StdOut, Is.Empty);
        var lines = run.StdErr.TrimEnd('\n').Split('\n');
        Assert.That(lines, Has.Length.EqualTo(1), run.ToString());
        Assert.That(lines[0], Does.StartWith("policyextract: blocker/out.jsonl: cannot write:"));
        Assert.That(Directory.GetFileSystemEntries(tree.Root).Select(Path.GetFileName), Is.EquivalentTo(new[] { "docs", "blocker" }));
    }

    [Test]
    public void Extract_BrokenRules_StopBeforeAnOutputFileExists()
    {
        using var tree = new TempTree();
        tree.WriteVariedDocuments(3);
        tree.Write("myrules/broken.yaml", "rules:\n  - id: [unclosed\n");
        var run = CliHarness.Run(tree.Root, "extract", "docs", "--rules", "myrules", "-o", "out.jsonl", "-f", "jsonl");
        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(Directory.GetFileSystemEntries(tree.Root).Select(Path.GetFileName), Is.EquivalentTo(new[] { "docs", "myrules" }), run.ToString());
    }

    [Test]
    public void Extract_RuleThatRunsPastItsTimeLimit_FailsThatDocumentOnly_NamingTheRule()
    {
        using var tree = new TempTree();
        tree.Write("docs/a.txt", "关于做好学校安全工作的通知\n各区教育局：\n请认真落实。\n");
        tree.Write("docs/b.txt", "关于印发方案的通知\n" + new string('a', 40) + "!\n");
        tree.Write("docs/c.txt", "关于开展检查的通知\n各单位：\n请按时报送。\n");
        // Backtracks without end on a run of a's that is not followed by the end of the text.
        tree.Write("myrules/slow.yaml", "rules:\n  - id: user.slow\n    field: documentNumber\n    pattern: '(a|aa)+$'\n");
        var run = CliHarness.Run(tree.Root, "extract", "docs", "--rules", "myrules", "-o", "out.jsonl", "-f", "jsonl");
        Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
        Assert.That(run.Diagnostics.Trim(), Is.EqualTo("policyextract: docs/b.txt: rule 'user.slow' (myrules/slow.yaml:2:5) ran longer than 2 s on this document"), run.ToString());
        Assert.That(SummaryOf(run), Is.EqualTo((3, 2, 1)));
        var paths = File.ReadAllLines(Path.Combine(tree.Root, "out.jsonl")).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("source").GetProperty("path").GetString());
        Assert.That(paths, Is.EqualTo(new[] { "docs/a.txt", "docs/c.txt" }));
    }

    [Test]
    public void Extract_StdoutCarriesDataOnly_SummaryGoesToStderr()
    {
        using var tree = new TempTree();
        var names = tree.WriteVariedDocuments(4);
        var run = CliHarness.Run(tree.Root, "extract", "docs", "--timings");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        using var json = JsonDocument.Parse(run.StdOut);
        Assert.That(json.RootElement.GetArrayLength(), Is.EqualTo(names.Count));
        Assert.That(SummaryOf(run), Is.EqualTo((4, 4, 0)));
        Assert.That(run.StdErr, Does.Match(@"policyextract: timing: read [\d.]+ s [\d.]+%"));
        Assert.That(run.StdErr, Does.Match(@"policyextract: timing: throughput [\d.]+ documents/s [\d.]+ MB/s, peak memory [\d.]+ MB"));
        // The rules' own searches, in all and for the slowest rules, each named with where it is defined.
        Assert.That(run.StdErr, Does.Match(@"policyextract: timing: rule searches [\d.]+ s [\d.]+% of all stages, [1-9]\d* searches over [\d.]+ M characters, [1-9]\d* rules"));
        Assert.That(run.StdErr, Does.Match(@"policyextract: timing: rule quantity\.\S+ [\d.]+ s, [1-9]\d* searches over [\d.]+ M characters \(\S*quantities\.yaml:\d+:\d+\)"));
        // stderr is not a terminal here: no progress display, so no escape sequences.
        // (An ordinal check: culture-aware matching ignores control characters and would always "find" ESC.)
        Assert.That(run.StdErr.Contains('\u001b', StringComparison.Ordinal), Is.False);
    }

    [TestCase("INT", "jsonl", 130)]
    [TestCase("TERM", "json", 143)]
    public void Extract_Signal_LeavesTheFinishedPrefixCompleteAndNoTemporaryFile(string signal, string format, int exitCode)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
            Assert.Ignore("needs a FIFO and kill(1)");
        // A process started in the background by a shell without job control ignores SIGINT, and so do its children: the
        // tool then keeps the signal ignored, as programs do (the user's Ctrl-C is not meant for background jobs).
        if (IgnoredHere(signal))
            Assert.Ignore($"SIG{signal} is ignored in this test process (started in the background?), so the tool inherits that");
        using var tree = new TempTree();
        var names = tree.WriteVariedDocuments(20).Select(n => n.Replace('\\', '/')).ToList();
        // A FIFO in the middle of the list stalls the run there for as long as the test wants, as a hung network read would.
        var fifo = tree.PathOf("docs/doc-012b.txt");
        using (var mk = Process.Start("mkfifo", [fifo]))
            mk.WaitForExit();
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = tree.Root,
        };
        foreach (var a in new[] { CliHarness.ToolPath, "extract", "docs", "-f", format, "-o", "out." + format, "--jobs", "1" })
            psi.ArgumentList.Add(a);
        using var tool = Process.Start(psi)!;
        var stderr = tool.StandardError.ReadToEndAsync();
        var stdout = tool.StandardOutput.ReadToEndAsync();

        // Opening the FIFO for writing returns once the tool has opened it for reading: it has reached that input.
        var opened = Task.Run(() => new FileStream(fifo, FileMode.Open, FileAccess.Write));
        Assert.That(opened.Wait(TimeSpan.FromMinutes(2)), Is.True, "the tool never reached the FIFO");
        using (opened.Result)
        {
            using (var kill = Process.Start("kill", ["-" + signal, tool.Id.ToString()]))
                kill.WaitForExit();
            if (!tool.WaitForExit(TimeSpan.FromMinutes(1)))
            {
                // Say how far it got before it hung (its stderr ends once it is killed).
                tool.Kill();
                tool.WaitForExit();
                Assert.Fail($"the tool did not stop on SIG{signal} within a minute; its stderr:\n{stderr.Result}");
            }
        }

        var run = new CliRun(tool.ExitCode, stdout.Result, stderr.Result);
        Assert.That(run.ExitCode, Is.EqualTo(exitCode), run.ToString());
        Assert.That(run.StdErr, Does.Contain($"interrupted by SIG{signal} after 13 of 21 inputs"));
        var text = File.ReadAllText(tree.PathOf("out." + format));
        Assert.That(text, Does.EndWith("\n"), "the last line is whole");
        var paths = format == "jsonl"
            ? JsonlPaths(text)
            : JsonDocument.Parse(text).RootElement.EnumerateArray().Select(e => e.GetProperty("source").GetProperty("path").GetString()!).ToList();
        Assert.That(paths, Is.EqualTo(names.Take(13)), "exactly the documents before the stalled one, in order");
        Assert.That(Directory.GetFiles(tree.Root, "*.tmp"), Is.Empty);
        Assert.That(SummaryOf(run), Is.EqualTo((21, 13, 0)));
    }

    /// <summary>Whether this process ignores the signal (Linux: the SigIgn mask of /proc/self/status), as a child it starts will.</summary>
    private static bool IgnoredHere(string signal)
    {
        int number = signal switch { "INT" => 2, "TERM" => 15, _ => throw new ArgumentOutOfRangeException(nameof(signal)) };
        if (!File.Exists("/proc/self/status"))
            return false;
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
        return line is not null && (Convert.ToUInt64(line["SigIgn:".Length..].Trim(), 16) & (1UL << (number - 1))) != 0;
    }

    /// <summary>Runs the tool in <paramref name="tree"/> under script(1), on a pseudo-terminal; returns its exit code and screen.</summary>
    private static (int ExitCode, string Screen) RunOnTerminal(TempTree tree, string arguments)
    {
        var command = $"dotnet '{CliHarness.ToolPath}' {arguments}";
        var psi = new ProcessStartInfo("/usr/bin/script", ["-qec", command, "/dev/null"])
        {
            RedirectStandardOutput = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            WorkingDirectory = tree.Root,
        };
        using var p = Process.Start(psi)!;
        var screen = p.StandardOutput.ReadToEndAsync();
        Assert.That(p.WaitForExit(TimeSpan.FromMinutes(2)), Is.True);
        return (p.ExitCode, screen.Result);
    }

    [Test]
    public void Extract_OnATerminal_DrawsProgressAndStillEndsWithTheSummary()
    {
        // script(1) gives the tool a pseudo-terminal, the one way to see what an analyst at a terminal sees.
        if (!File.Exists("/usr/bin/script"))
            Assert.Ignore("script(1) is not installed");
        using var tree = new TempTree();
        tree.WriteVariedDocuments(30);
        var (exitCode, text) = RunOnTerminal(tree, "extract docs -f jsonl -o out.jsonl --jobs 2");
        Assert.That(exitCode, Is.EqualTo(0), text);
        Assert.That(text, Does.Contain("30/30 files"), "the progress line counts files");
        Assert.That(text.Contains('\u001b', StringComparison.Ordinal), Is.True, "a live display uses escape sequences");
        Assert.That(text, Does.Contain("policyextract: done: 30 documents, 30 succeeded, 0 failed"));
        Assert.That(File.ReadAllLines(tree.PathOf("out.jsonl")), Has.Length.EqualTo(30));
    }

    [Test]
    public void Extract_OnATerminal_Quiet_DrawsNoProgress()
    {
        if (!File.Exists("/usr/bin/script"))
            Assert.Ignore("script(1) is not installed");
        using var tree = new TempTree();
        tree.WriteVariedDocuments(5);
        var (_, screen) = RunOnTerminal(tree, "extract docs -f jsonl -o out.jsonl --quiet");
        // (The runtime itself may switch the terminal's keypad mode first: only the progress display is asserted away.)
        Assert.That(screen, Does.Not.Contain("files"));
        Assert.That(screen.TrimEnd(), Does.Match(@"(^|=)policyextract: done: 5 documents, 5 succeeded, 0 failed, [\d.]+ s, [\d.]+ MB/s$"));
    }
}
