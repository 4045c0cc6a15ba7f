using System.CommandLine;
using PolicyExtract.Output.Schema;
using PolicyExtract.Pipeline;
using PolicyExtract.Readers;
using PolicyExtract.Rules;
using PolicyExtract.Validation;

namespace PolicyExtract.Cli.Commands;

public static class CheckCommand
{
    public const string Help = """
        Extract each document, validate the result against the schema, and check that the required fields are present
        and non-empty. Reports go to stdout: text for people, GitHub Actions annotations (--format github), JUnit XML
        (--format junit).
        Exit codes: 0 every document passed; 1 some document failed a check or could not be read; 2 usage error.
        """;

    public static Command Create()
    {
        var inputs = new Argument<string[]>("documents") { Description = "Files, directories (searched recursively) or glob patterns.", Arity = ArgumentArity.OneOrMore };
        var require = new Option<string[]>("--require")
        {
            Description = "Fields that must be present and non-empty, comma-separated or repeated: title, documentNumber, documentNumber.year, issuers, issueDate, recipients, references, deadlines, targets, responsibilities, ...",
        };
        var minTargets = new Option<int>("--min-targets") { Description = "Each document must yield at least N targets.", DefaultValueFactory = _ => 0 };
        var format = new Option<string>("--format", "-f") { Description = "text | github | junit", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong([.. CheckReports.Formats]);
        var rules = new Option<string[]>("--rules") { Description = "A rules directory merged over the shipped rules/ (repeatable)." };

        var cmd = new Command("check", Help);
        cmd.Arguments.Add(inputs);
        cmd.Options.Add(require);
        cmd.Options.Add(minTargets);
        cmd.Options.Add(format);
        cmd.Options.Add(rules);
        cmd.SetAction(pr => Run(
            pr.GetValue(inputs) ?? [],
            pr.GetValue(require) ?? [],
            pr.GetValue(minTargets),
            pr.GetValue(format) ?? "text",
            pr.GetValue(rules) ?? []));
        return cmd;
    }

    private static int Run(string[] inputs, string[] require, int minTargets, string format, string[] rules)
    {
        foreach (var i in inputs)
            if (i.Length > 1 && i[0] == '-' && !File.Exists(i))
                throw new UsageException($"unknown option '{i}'");
        var fields = require.SelectMany(r => r.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct().ToList();
        var unknown = ResultChecker.UnknownFields(fields);
        if (unknown.Count > 0)
            throw new UsageException($"--require: unknown field{(unknown.Count == 1 ? "" : "s")} {string.Join(", ", unknown)} (fields: {string.Join(", ", ResultSchema.FieldPaths.Where(f => !f.Contains('.')))}, or dotted paths such as documentNumber.year)");
        if (minTargets < 0)
            throw new UsageException("--min-targets must be 0 or more");

        var requirements = new CheckRequirements(fields, minTargets);
        var pipeline = PipelineFactory.Create(new PipelineOptions { RuleDirectories = rules });
        var checks = new List<DocumentCheck>();
        foreach (var item in InputExpander.Expand(inputs))
        {
            if (item.Error is not null)
            {
                CliRunner.Error($"{item.Path}: {item.Error}");
                checks.Add(ResultChecker.ReadFailure(item.Path, item.Error));
                continue;
            }
            try
            {
                var result = pipeline.Process(File.ReadAllBytes(item.Path), item.Path);
                checks.Add(ResultChecker.Check(result, requirements));
            }
            catch (Exception ex) when (ex is DocumentReadException or IOException or UnauthorizedAccessException or RuleTimeoutException)
            {
                var reason = ex is DocumentReadException d ? d.Reason : ex.Message;
                CliRunner.Error($"{item.Path}: {reason}");
                checks.Add(ResultChecker.ReadFailure(item.Path, reason));
            }
        }

        CheckReports.Write(format, Console.Out, checks);
        Console.Out.Flush();
        if (format != "text")
            Console.Error.WriteLine("policyextract: " + CheckReports.Summary(checks));
        return checks.All(c => c.Passed) ? ExitCodes.Ok : ExitCodes.Failed;
    }
}
