using PolicyExtract.Rules;

namespace PolicyExtract.Tests.Rules;

public class RuleLoaderTests
{
    private string _dir = null!;

    [SetUp]
    public void SetUp()
    {
        _dir = Path.Combine(Path.GetTempPath(), "pe-rules-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    private RuleLoadException LoadFails(string yaml)
    {
        File.WriteAllText(Path.Combine(_dir, "broken.yaml"), yaml);
        return Assert.Throws<RuleLoadException>(() => RuleLoader.Load([_dir]))!;
    }

    [Test]
    public void Loader_ReportsEveryErrorWithFileLineColumnAndCode()
    {
        var ex = LoadFails("""
            rules:
              - id: a
                field: quantity
                pattern: '(?<n>\d+'
              - id: b
                field: quantity
                patern: 'x'
              - id: c
                field: quantity
                pattern: '{no_such_macro}个'
            """);
        var codes = ex.Errors.Select(e => e.Code).ToList();
        Assert.That(codes, Does.Contain("PE103"), ex.Message);
        Assert.That(codes, Does.Contain("PE101"), ex.Message);
        Assert.That(codes, Does.Contain("PE102"), ex.Message);
        Assert.That(codes, Does.Contain("PE104"), ex.Message);
        var unknownKey = ex.Errors.First(e => e.Code == "PE101");
        Assert.That(unknownKey.Location.Line, Is.EqualTo(7));
        Assert.That(unknownKey.Location.Column, Is.EqualTo(5));
        Assert.That(unknownKey.ToString(), Does.Match(@"broken\.yaml:7:5: \[PE101\] unknown rule key 'patern'"));
    }

    [Test]
    public void Loader_YamlSyntaxError_IsPE100WithPosition()
    {
        var ex = LoadFails("rules:\n  - id: a\n    field: [unclosed\n");
        Assert.That(ex.Errors.Single().Code, Is.EqualTo("PE100"));
        Assert.That(ex.Errors.Single().Location.Line, Is.GreaterThan(0));
    }

    [Test]
    public void Loader_DuplicateIdInOneDirectory_IsPE105()
    {
        var ex = LoadFails("rules:\n  - {id: a, field: f, pattern: x}\n  - {id: a, field: f, pattern: y}\n");
        Assert.That(ex.Errors.Single().Code, Is.EqualTo("PE105"));
    }

    [Test]
    public void Loader_UserDirectoryReplacesRuleWithSameId_AndAddsMacros()
    {
        File.WriteAllText(Path.Combine(_dir, "base.yaml"), "macros:\n  unit: [个]\nrules:\n  - {id: q, field: quantity, pattern: '\\d+{unit}'}\n");
        var user = Path.Combine(_dir, "user");
        Directory.CreateDirectory(user);
        File.WriteAllText(Path.Combine(user, "mine.yaml"), "macros:\n  unit: [个, 所]\nrules:\n  - {id: q, field: quantity, pattern: '\\d+{unit}', priority: 5}\n");
        var set = RuleLoader.Load([_dir, user]);
        var rule = set.For("quantity").Single();
        Assert.That(rule.Priority, Is.EqualTo(5));
        Assert.That(rule.Matches("建设8所").Single().Text, Is.EqualTo("8所"));
    }

    [Test]
    public void WordListMacro_PrefersTheLongestWord()
    {
        File.WriteAllText(Path.Combine(_dir, "r.yaml"), "macros:\n  label: [单位, 牵头单位]\nrules:\n  - {id: l, field: f, pattern: '{label}'}\n");
        var set = RuleLoader.Load([_dir]);
        Assert.That(set.Find("f", "牵头单位：县教育局").Single().Text, Is.EqualTo("牵头单位"));
    }

    [Test]
    public void RuleTester_ReportsExpectedAndActual()
    {
        File.WriteAllText(Path.Combine(_dir, "r.yaml"), """
            rules:
              - id: n
                field: f
                pattern: '(?<n>\d+)个'
                values: {n: '${n}'}
                examples:
                  - text: '建设30个'
                    values: {n: '31'}
                counterexamples: ['3个']
            """);
        var failures = RuleTester.Run(RuleLoader.Load([_dir]));
        Assert.That(failures, Has.Count.EqualTo(2));
        Assert.That(failures[0].ToString(), Does.Contain("expected n = \"31\", got n = \"30\""));
        Assert.That(failures[1].ToString(), Does.Contain("expected no match, got match \"3个\""));
    }
}

public class TokenRuleTests
{
    [Test]
    public void TokenRule_MatchesOnWordsAndTags_FromTheSegmenter()
    {
        var dir = Path.Combine(Path.GetTempPath(), "pe-tokens-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            File.WriteAllText(Path.Combine(dir, "t.yaml"), """
                rules:
                  - id: org.tokens
                    field: org
                    tokens:
                      - {tag: 'ns', name: place}
                      - {word: '教育局|财政局|人民政府'}
                    values: {place: '${place}'}
                    examples:
                      - text: '无锡市财政局安排专项经费'
                        match: '无锡市财政局'
                        values: {place: '无锡市'}
                    counterexamples: ['安排专项经费']
                """);
            var set = RuleLoader.Load([dir]);
            var (segmenter, _) = PolicyExtract.Segmentation.SegmenterFactory.LoadDefault([], includeProjectLexicon: false);
            Assert.That(RuleTester.Run(set, segmenter), Is.Empty);
            var match = set.Find("org", "由无锡市财政局负责", tokens: segmenter.Segment("由无锡市财政局负责")).Single();
            Assert.That(match.Text, Is.EqualTo("无锡市财政局"));
            Assert.That(match.Value("place"), Is.EqualTo("无锡市"));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Test]
    public void TokenRule_BadConstraint_IsPE108()
    {
        var dir = Path.Combine(Path.GetTempPath(), "pe-tokens-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            File.WriteAllText(Path.Combine(dir, "t.yaml"), "rules:\n  - id: a\n    field: f\n    tokens:\n      - {repeat: '+'}\n");
            var ex = Assert.Throws<RuleLoadException>(() => RuleLoader.Load([dir]))!;
            Assert.That(ex.Errors.Select(e => e.Code), Does.Contain("PE108"));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
