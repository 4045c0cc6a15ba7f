using System.CommandLine;
using PolicyExtract.Pipeline;
using PolicyExtract.Rules;

namespace PolicyExtract.Cli.Commands;

/// <summary><c>policyextract rules test</c>: runs every rule's own examples and counter-examples.</summary>
public static class RulesCommand
{
    public static Command Create()
    {
        var rules = new Option<string[]>("--rules") { Description = "A rules directory merged over the shipped rules/ (repeatable)." };
        var test = new Command("test", "Run every rule's examples and counter-examples; print each failure with expected and actual.");
        test.Options.Add(rules);
        test.SetAction(pr => RunTests(pr.GetValue(rules) ?? []));

        var list = new Command("list", "List the loaded rules: id, field, priority and where each is defined.");
        var listRules = new Option<string[]>("--rules") { Description = "A rules directory merged over the shipped rules/ (repeatable)." };
        list.Options.Add(listRules);
        list.SetAction(pr =>
        {
            var set = PipelineFactory.LoadRules(new PipelineOptions { RuleDirectories = pr.GetValue(listRules) ?? [] });
            foreach (var r in set.All)
                Console.Out.WriteLine($"{r.Id}\t{r.Field}\t{r.Priority}\t{r.Location}");
            return ExitCodes.Ok;
        });

        var cmd = new Command("rules", "Inspect and test the extraction rules.");
        cmd.Subcommands.Add(test);
        cmd.Subcommands.Add(list);
        return cmd;
    }

    private static int RunTests(string[] dirs)
    {
        var set = PipelineFactory.LoadRules(new PipelineOptions { RuleDirectories = dirs });
        var cases = RuleTester.Cases(set).ToList();
        var (segmenter, _) = PolicyExtract.Segmentation.SegmenterFactory.LoadDefault([], includeProjectLexicon: true);
        var failures = RuleTester.Run(set, segmenter);
        foreach (var f in failures)
            Console.Out.WriteLine($"FAIL {f}");
        Console.Out.WriteLine($"{cases.Count - failures.Count} passed, {failures.Count} failed ({set.All.Count} rules)");
        return failures.Count == 0 ? ExitCodes.Ok : ExitCodes.Failed;
    }
}
