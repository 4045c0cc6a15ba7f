using PolicyExtract.Validation;

namespace PolicyExtract.Tests.Support;

/// <summary>Asserts that what the tool wrote validates against the published schema, printing every problem if not.</summary>
public static class SchemaAssert
{
    public static void IsValid(string json, string what)
    {
        var report = ResultValidator.Validate(json);
        Assert.That(report.Problems, Is.Empty,
            $"{what} does not validate against the schema:\n" + string.Join("\n", report.Problems.Select(p => $"  line {p.Line}: {p.Path}: {p.Message}")));
    }
}
