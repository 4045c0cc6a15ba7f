using System.CommandLine;
using System.Text;
using PolicyExtract.Output.Schema;

namespace PolicyExtract.Cli.Commands;

public static class SchemaCommand
{
    public static Command Create()
    {
        var cmd = new Command("schema", $"Print the JSON Schema (draft-07) of the extraction output, version {ResultSchema.Version} ({ResultSchema.FileName}).");
        cmd.SetAction(_ =>
        {
            var text = ResultSchema.Text.EndsWith('\n') ? ResultSchema.Text : ResultSchema.Text + "\n";
            using var stdout = Console.OpenStandardOutput();
            stdout.Write(new UTF8Encoding(false).GetBytes(text));
            return ExitCodes.Ok;
        });
        return cmd;
    }
}
