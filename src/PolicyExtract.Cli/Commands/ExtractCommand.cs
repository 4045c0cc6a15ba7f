using System.CommandLine;
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
        var format = new Option<string>("--format", "-f") { Description = "json | jsonl | csv (tables, -o DIR) | xlsx (workbook, -o FILE.xlsx)", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong([.. ResultWriters.Formats]);
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file (json, jsonl, xlsx) or directory (csv) instead of stdout." };
        var table = new Option<string?>("--table") { Description = "csv: write only this table (documents, issuers, targets, responsibilities, responsibility_units, deadlines, references, warnings); without -o it goes to stdout." };
        var noBom = new Option<bool>("--no-bom") { Description = "csv: no UTF-8 byte-order mark (Excel needs it for Chinese text, so it is on by default)." };
        var rules = new Option<string[]>("--rules") { Description = "A rules directory merged over the shipped rules/ (repeatable)." };
        var maxBytes = new Option<long>("--max-bytes") { Description = "Skip files larger than this many bytes.", DefaultValueFactory = _ => 200L * 1024 * 1024 };

        var cmd = new Command("extract", "Extract structured data from policy documents.");
        cmd.Arguments.Add(inputs);
        cmd.Options.Add(format);
        cmd.Options.Add(output);
        cmd.Options.Add(table);
        cmd.Options.Add(noBom);
        cmd.Options.Add(rules);
        cmd.Options.Add(maxBytes);
        cmd.SetAction(pr => Run(
            pr.GetValue(inputs) ?? [],
            pr.GetValue(format) ?? "json",
            pr.GetValue(output),
            pr.GetValue(rules) ?? [],
            pr.GetValue(maxBytes),
            pr.GetValue(table),
            pr.GetValue(noBom)));
        return cmd;
    }

    private static int Run(string[] inputs, string format, string? output, string[] rules, long maxBytes, string? table, bool noBom)
    {
        foreach (var i in inputs)
            if (i.Length > 1 && i[0] == '-' && !File.Exists(i))
                throw new UsageException($"unknown option '{i}'");
        var pipeline = PipelineFactory.Create(new PipelineOptions { RuleDirectories = rules });
        if (pipeline.LoadWarning is { } warning)
            CliRunner.Error(warning);
        var items = InputExpander.Expand(inputs);
        IResultWriter writer;
        try
        {
            writer = ResultWriters.Create(format, output,
                new ResultWriterOptions { ByteOrderMark = !noBom, Table = table, SingleInput = items.Count == 1 },
                Console.OpenStandardOutput);
        }
        catch (OutputOptionsException ex)
        {
            throw new UsageException(ex.Message);
        }
        // Disposed without Complete (a crash part-way), the writer leaves no half-written output behind.
        using var _ = writer;
        int failed = 0;
        foreach (var item in items)
        {
            if (item.Error is not null)
            {
                CliRunner.Error($"{item.Path}: {item.Error}");
                failed++;
                continue;
            }
            ExtractionResult result;
            try
            {
                var info = new FileInfo(item.Path);
                if (info.Length > maxBytes)
                    throw new DocumentReadException($"file is {info.Length} bytes, over the --max-bytes limit of {maxBytes}");
                var bytes = File.ReadAllBytes(item.Path);
                result = pipeline.Process(bytes, item.Path);
            }
            catch (DocumentReadException ex)
            {
                CliRunner.Error($"{item.Path}: {ex.Reason}");
                failed++;
                continue;
            }
            catch (IOException ex)
            {
                CliRunner.Error($"{item.Path}: {ex.Message}");
                failed++;
                continue;
            }
            catch (UnauthorizedAccessException ex)
            {
                CliRunner.Error($"{item.Path}: {ex.Message}");
                failed++;
                continue;
            }
            // Outside the try: a failure to write the output is not a problem of this document.
            writer.Write(result);
        }

        writer.Complete();
        return failed > 0 ? ExitCodes.Failed : ExitCodes.Ok;
    }
}
