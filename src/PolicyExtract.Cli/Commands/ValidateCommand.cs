using System.CommandLine;
using System.Text;
using PolicyExtract.Validation;

namespace PolicyExtract.Cli.Commands;

public static class ValidateCommand
{
    public const string Help = """
        Validate extraction outputs (one result, an array of results, or JSON lines) against the published schema.
        Each problem is printed on stdout as FILE:LINE: JSONPATH: MESSAGE; a summary goes to stderr.
        Exit codes: 0 every file is valid; 1 some file is invalid, is not JSON, or cannot be read; 2 usage error.
        """;

    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = "JSON or JSON-lines files written by `extract`; - reads stdin.", Arity = ArgumentArity.OneOrMore };
        var cmd = new Command("validate", Help);
        cmd.Arguments.Add(files);
        cmd.SetAction(pr => Run(pr.GetValue(files) ?? []));
        return cmd;
    }

    private static int Run(string[] files)
    {
        foreach (var f in files)
            if (f.Length > 1 && f[0] == '-' && !File.Exists(f))
                throw new UsageException($"unknown option '{f}'");
        int invalid = 0, records = 0;
        var stdout = Console.Out;
        foreach (var file in files)
        {
            string text;
            try
            {
                text = file == "-" ? Console.In.ReadToEnd() : File.ReadAllText(file, Encoding.UTF8);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                CliRunner.Error($"{file}: {(ex is FileNotFoundException or DirectoryNotFoundException ? "no such file" : ex.Message)}");
                invalid++;
                continue;
            }
            var report = ResultValidator.Validate(text);
            records += report.Records;
            if (!report.IsValid)
                invalid++;
            var name = file == "-" ? "<stdin>" : file;
            foreach (var p in report.Problems)
                stdout.Write(p.Line > 0 ? $"{name}:{p.Line}: {p.Path}: {p.Message}\n" : $"{name}: {p.Path}: {p.Message}\n");
        }
        stdout.Flush();
        Console.Error.WriteLine($"policyextract: validated {records} result{(records == 1 ? "" : "s")} in {files.Length} file{(files.Length == 1 ? "" : "s")}: {(invalid == 0 ? "all valid" : $"{invalid} file{(invalid == 1 ? "" : "s")} invalid")}");
        return invalid == 0 ? ExitCodes.Ok : ExitCodes.Failed;
    }
}
