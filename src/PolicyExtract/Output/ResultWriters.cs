using PolicyExtract.Output.Csv;
using PolicyExtract.Output.Json;
using PolicyExtract.Output.Tables;
using PolicyExtract.Output.Xlsx;

namespace PolicyExtract.Output;

/// <summary>Options for <see cref="ResultWriters.Create"/>, set from the command line.</summary>
public sealed record ResultWriterOptions
{
    /// <summary>CSV: start each file with a UTF-8 byte-order mark (Excel needs it to read Chinese text). Default on.</summary>
    public bool ByteOrderMark { get; init; } = true;

    /// <summary>CSV: write only this table (<see cref="ResultTables"/> names: documents, targets, ...). Null for all.</summary>
    public string? Table { get; init; }

    /// <summary>JSON: the run has exactly one input, so a lone result is written as an object rather than an array.</summary>
    public bool SingleInput { get; init; }
}

/// <summary>An output request that cannot work (xlsx to stdout, an unknown table); the CLI reports it as a usage error.</summary>
public sealed class OutputOptionsException(string message) : Exception(message);

/// <summary>The one place that turns <c>--format</c>, <c>-o</c> and their options into a writer.</summary>
public static class ResultWriters
{
    public static IReadOnlyList<string> Formats { get; } = ["json", "jsonl", "csv", "xlsx"];

    /// <summary>
    /// Creates the writer for <paramref name="format"/>. <paramref name="outputPath"/> is a file for json, jsonl and
    /// xlsx, a directory for csv; when it is null, output goes to <paramref name="standardOutput"/> (json, jsonl, and
    /// csv with one <see cref="ResultWriterOptions.Table"/>). Checks every option before anything is written.
    /// </summary>
    /// <exception cref="OutputOptionsException">The combination cannot be written.</exception>
    public static IResultWriter Create(string format, string? outputPath, ResultWriterOptions options, Func<Stream> standardOutput)
    {
        if (options.Table is not null && format != "csv")
            throw new OutputOptionsException("--table applies to --format csv only");
        switch (format)
        {
            case "json":
            case "jsonl":
            {
                var file = outputPath is null ? null : new AtomicFile(outputPath);
                var stream = file?.Stream ?? standardOutput();
                return format == "json"
                    ? new JsonResultWriter(stream, file, options.SingleInput)
                    : new JsonLinesResultWriter(stream, file);
            }
            case "csv":
            {
                IReadOnlyList<ResultTable> tables = ResultTables.All;
                if (options.Table is { } name)
                    tables = [ResultTables.Find(name) ?? throw new OutputOptionsException(
                        $"unknown table '{name}' (tables: {string.Join(", ", ResultTables.All.Select(t => t.Name))})")];
                if (outputPath is null)
                {
                    if (tables.Count != 1)
                        throw new OutputOptionsException("--format csv writes several tables: give -o DIR, or --table NAME to write one table to stdout");
                    return new CsvResultWriter(standardOutput(), tables[0], options.ByteOrderMark);
                }
                if (File.Exists(outputPath))
                    throw new OutputOptionsException($"{outputPath}: --format csv writes a directory of tables, and this is a file");
                return new CsvResultWriter(outputPath, tables, options.ByteOrderMark);
            }
            case "xlsx":
                if (outputPath is null)
                    throw new OutputOptionsException("--format xlsx needs -o FILE.xlsx (a workbook is not written to stdout)");
                if (Directory.Exists(outputPath))
                    throw new OutputOptionsException($"{outputPath}: --format xlsx writes a file, and this is a directory");
                return new XlsxResultWriter(outputPath, ResultTables.All);
            default:
                throw new OutputOptionsException($"unknown format '{format}' (formats: {string.Join(", ", Formats)})");
        }
    }
}
