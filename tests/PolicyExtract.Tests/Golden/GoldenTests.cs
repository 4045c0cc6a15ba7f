using System.Text;
using PolicyExtract.Readers;
using PolicyExtract.Tests.Support;

namespace PolicyExtract.Tests.Golden;

/// <summary>
/// Every file under samples/ has, under tests/golden/&lt;same path&gt;/, the full output of `extract` on it
/// (expected.json) and the full reading of it (document.txt: blocks, spans, metadata). Both are compared in full;
/// on a mismatch actual.json / actual.document.txt are written beside them and the first difference is shown.
/// PE_UPDATE_GOLDEN=1 rewrites the expected files instead (review the diff before committing).
/// </summary>
public class GoldenTests
{
    private static bool Update => Environment.GetEnvironmentVariable("PE_UPDATE_GOLDEN") == "1";

    public static IEnumerable<TestCaseData> Samples() =>
        Directory.EnumerateFiles(RepoPaths.Samples, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(RepoPaths.Root, f).Replace('\\', '/'))
            .Where(f => !f.EndsWith(".md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => new TestCaseData(f).SetName("Golden_" + f.Replace('/', '_')));

    private static string GoldenDir(string sample) =>
        Path.Combine(RepoPaths.Root, "tests", "golden", Path.GetRelativePath("samples", sample));

    [TestCaseSource(nameof(Samples))]
    public void Extract_MatchesExpectedJson(string sample)
    {
        var run = CliHarness.Run(RepoPaths.Root, "extract", sample);
        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Compare(GoldenDir(sample), "expected.json", "actual.json", run.StdOut);
    }

    [TestCaseSource(nameof(Samples))]
    public void Reader_MatchesExpectedDocument(string sample)
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepoPaths.Root, sample));
        var doc = ReaderSelector.CreateDefault().Read(bytes, sample);
        Compare(GoldenDir(sample), "document.txt", "actual.document.txt", DocumentDump.Render(doc));
    }

    private static void Compare(string dir, string expectedName, string actualName, string actual)
    {
        var expectedPath = Path.Combine(dir, expectedName);
        var actualPath = Path.Combine(dir, actualName);
        if (Update)
        {
            Directory.CreateDirectory(dir);
            File.WriteAllText(expectedPath, actual, new UTF8Encoding(false));
            if (File.Exists(actualPath)) File.Delete(actualPath);
            return;
        }
        Assert.That(File.Exists(expectedPath), Is.True,
            $"no golden file {Path.GetRelativePath(RepoPaths.Root, expectedPath)}; run PE_UPDATE_GOLDEN=1 dotnet test --filter Golden (see tests/golden/README.md)");
        var expected = File.ReadAllText(expectedPath);
        if (expected == actual)
        {
            if (File.Exists(actualPath)) File.Delete(actualPath);
            return;
        }
        File.WriteAllText(actualPath, actual, new UTF8Encoding(false));
        Assert.Fail($"{Path.GetRelativePath(RepoPaths.Root, actualPath)} differs from {expectedName}\n{FirstDifference(expected, actual)}");
    }

    /// <summary>The first differing line with two lines of context, expected and actual framed one above the other.</summary>
    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        int i = 0;
        while (i < e.Length && i < a.Length && e[i] == a[i]) i++;
        string Frame(string[] lines) => string.Join('\n', lines.Skip(Math.Max(0, i - 2)).Take(5).Select((l, k) => $"{Math.Max(0, i - 2) + k + 1,5}: {l}"));
        return $"first difference at line {i + 1}\n--- expected ---\n{Frame(e)}\n--- actual ---\n{Frame(a)}";
    }
}
