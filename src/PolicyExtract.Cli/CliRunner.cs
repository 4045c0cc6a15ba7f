using System.CommandLine;

namespace PolicyExtract.Cli;

/// <summary>Exit codes shared by every command.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int Usage = 2;
}

public static class CliRunner
{
    /// <summary>Parses and invokes; a usage error prints each problem on stderr and exits 2.</summary>
    public static int Run(RootCommand root, string[] args)
    {
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors)
                Console.Error.WriteLine($"policyextract: {e.Message}");
            Console.Error.WriteLine("policyextract: try 'policyextract --help'");
            return ExitCodes.Usage;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (UsageException ex)
        {
            Console.Error.WriteLine($"policyextract: {ex.Message}");
            return ExitCodes.Usage;
        }
        catch (PolicyExtract.Rules.RuleLoadException ex)
        {
            // Broken rules stop the run before any document is read; every error is shown at once.
            foreach (var e in ex.Errors)
                Console.Error.WriteLine($"policyextract: {e}");
            Console.Error.WriteLine($"policyextract: {ex.Errors.Count} error(s) in rules; nothing was processed");
            return ExitCodes.Usage;
        }
        catch (PolicyExtract.Rules.Gazetteers.GazetteerLoadException ex)
        {
            foreach (var e in ex.Errors)
                Console.Error.WriteLine($"policyextract: {e}");
            Console.Error.WriteLine($"policyextract: {ex.Errors.Count} error(s) in gazetteers; nothing was processed");
            return ExitCodes.Usage;
        }
    }

    public static void Error(string message) => Console.Error.WriteLine($"policyextract: {message}");
}

/// <summary>Thrown by a command for a usage problem found after parsing (a bad option value).</summary>
public sealed class UsageException(string message) : Exception(message);
