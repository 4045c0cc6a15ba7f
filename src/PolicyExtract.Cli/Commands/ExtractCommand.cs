using System.CommandLine;
using System.Text;
using PolicyExtract.Extraction;
using PolicyExtract.Output;
using PolicyExtract.Pipeline;
using PolicyExtract.Readers;

namespace PolicyExtract.Cli.Commands;

public static class ExtractCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Files, directories (searched recursively) or glob patterns.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format", "-f") { Description = "json | jsonl", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "jsonl");
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of stdout." };
        var rules = new Option<string[]>("--rules") { Description = "A rules directory merged over the shipped rules/ (repeatable)." };
        var maxBytes = new Option<long>("--max-bytes") { Description = "Skip files larger than this many bytes.", DefaultValueFactory = _ => 200L * 1024 * 1024 };

        var cmd = new Command("extract", "Extract structured data from policy documents.");
        cmd.Arguments.Add(inputs);
        cmd.Options.Add(format);
        cmd.Options.Add(output);
        cmd.Options.Add(rules);
        cmd.Options.Add(maxBytes);
        cmd.SetAction(pr => Run(
            pr.GetValue(inputs) ?? [],
            pr.GetValue(format) ?? "json",
            pr.GetValue(output),
            pr.GetValue(rules) ?? [],
            pr.GetValue(maxBytes)));
        return cmd;
    }

    private static int Run(string[] inputs, string format, string? output, string[] rules, long maxBytes)
    {
        foreach (var i in inputs)
            if (i.Length > 1 && i[0] == '-' && !File.Exists(i))
                throw new UsageException($"unknown option '{i}'");
        var pipeline = PipelineFactory.Create(new PipelineOptions { RuleDirectories = rules });
        if (pipeline.LoadWarning is { } warning)
            CliRunner.Error(warning);
        var items = InputExpander.Expand(inputs);
        var results = new List<ExtractionResult>();
        int failed = 0;
        foreach (var item in items)
        {
            if (item.Error is not null)
            {
                CliRunner.Error($"{item.Path}: {item.Error}");
                failed++;
                continue;
            }
            try
            {
                var info = new FileInfo(item.Path);
                if (info.Length > maxBytes)
                    throw new DocumentReadException($"file is {info.Length} bytes, over the --max-bytes limit of {maxBytes}");
                var bytes = File.ReadAllBytes(item.Path);
                results.Add(pipeline.Process(bytes, item.Path));
            }
            catch (DocumentReadException ex)
            {
                CliRunner.Error($"{item.Path}: {ex.Reason}");
                failed++;
            }
            catch (IOException ex)
            {
                CliRunner.Error($"{item.Path}: {ex.Message}");
                failed++;
            }
            catch (UnauthorizedAccessException ex)
            {
                CliRunner.Error($"{item.Path}: {ex.Message}");
                failed++;
            }
        }

        var text = new StringBuilder();
        if (format == "jsonl")
        {
            foreach (var r in results)
                text.Append(JsonOutput.Serialize(r, indented: false)).Append('\n');
        }
        else if (results.Count == 1 && items.Count == 1)
            text.Append(JsonOutput.Serialize(results[0])).Append('\n');
        else
            text.Append(System.Text.Json.JsonSerializer.Serialize(results, JsonOutput.Pretty)).Append('\n');

        if (output is null)
        {
            using var stdout = Console.OpenStandardOutput();
            var bytes = new UTF8Encoding(false).GetBytes(text.ToString());
            stdout.Write(bytes);
        }
        else
        {
            using var file = new AtomicFile(output);
            var bytes = new UTF8Encoding(false).GetBytes(text.ToString());
            file.Stream.Write(bytes);
            file.Commit();
        }
        return failed > 0 ? ExitCodes.Failed : ExitCodes.Ok;
    }
}
