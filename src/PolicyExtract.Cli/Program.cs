using System.CommandLine;
using System.Text;
using PolicyExtract.Cli.Commands;

namespace PolicyExtract.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        Console.OutputEncoding = new UTF8Encoding(false);
        var root = new RootCommand("PolicyExtract: turns Chinese government policy documents into checkable data.");
        root.Subcommands.Add(ExtractCommand.Create());
        root.Subcommands.Add(SegmentCommand.Create());
        root.Subcommands.Add(RulesCommand.Create());
        root.Subcommands.Add(BenchCommand.Create());
        root.Subcommands.Add(SchemaCommand.Create());
        root.Subcommands.Add(ValidateCommand.Create());
        root.Subcommands.Add(CheckCommand.Create());
        return CliRunner.Run(root, args);
    }
}
