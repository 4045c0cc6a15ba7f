using System.Diagnostics;
using System.Text;

namespace PolicyExtract.Tests.Support;

/// <summary>What a run of the real command-line tool produced.</summary>
public sealed record CliRun(int ExitCode, string StdOut, string StdErr)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{StdOut}\n--- stderr ---\n{StdErr}";

    /// <summary>stderr without the summary line that <c>extract</c> always ends with: only the per-file diagnostics.</summary>
    public string Diagnostics => string.Join('\n', StdErr.Split('\n').Where(l => !SummaryLine.IsMatch(l)));

    private static readonly System.Text.RegularExpressions.Regex SummaryLine =
        new(@"^policyextract: (done|interrupted): \d+ documents, ", System.Text.RegularExpressions.RegexOptions.CultureInvariant);
}

/// <summary>Runs the built policyextract.dll as a separate process, the way users run it.</summary>
public static class CliHarness
{
    public static string ToolPath { get; } = Path.Combine(TestContext.CurrentContext.TestDirectory, "policyextract.dll");

    public static CliRun Run(string? workingDirectory, params string[] args) => RunWithInput(workingDirectory, stdin: null, args);

    public static CliRun RunWithInput(string? workingDirectory, string? stdin, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = stdin is not null,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = workingDirectory ?? RepoPaths.Root,
        };
        psi.ArgumentList.Add(ToolPath);
        foreach (var a in args)
            psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdoutTask = p.StandardOutput.ReadToEndAsync();
        var stderrTask = p.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            p.StandardInput.Write(stdin);
            p.StandardInput.Close();
        }
        if (!p.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            p.Kill(entireProcessTree: true);
            Assert.Fail("policyextract did not finish within 5 minutes: " + string.Join(' ', args));
        }
        return new CliRun(p.ExitCode, stdoutTask.Result, stderrTask.Result);
    }
}
