namespace PolicyExtract.Tests.Support;

/// <summary>Locates the repository from the test binaries, so tests run from any working directory.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples");

    public static string Rules => Path.Combine(Root, "rules");

    public static string TestData => Path.Combine(Root, "tests", "data");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PolicyExtract.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found above " + TestContext.CurrentContext.TestDirectory);
    }
}
