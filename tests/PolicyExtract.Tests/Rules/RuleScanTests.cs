using System.Text.RegularExpressions;
using PolicyExtract.Pipeline;
using PolicyExtract.Rules;
using PolicyExtract.Tests.Support;
using PolicyExtract.Text;

namespace PolicyExtract.Tests.Rules;

/// <summary>How rule patterns are scanned: the digit class they are compiled with and line-scoped rules.</summary>
public class RuleScanTests
{
    private string _dir = null!;

    [SetUp]
    public void SetUp()
    {
        _dir = Path.Combine(Path.GetTempPath(), "pe-scan-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    private RuleSet Load(string yaml)
    {
        File.WriteAllText(Path.Combine(_dir, "r.yaml"), yaml);
        return RuleLoader.Load([_dir]);
    }

    [TestCase(@"\d+", "[0-9０-９]+")]
    [TestCase(@"[\d.+]", "[0-9０-９.+]")]
    [TestCase(@"(?<![\d.])\d{2}", "(?<![0-9０-９.])[0-9０-９]{2}")]
    [TestCase(@"\D", "[^0-9０-９]")]
    [TestCase(@"\\d", @"\\d")]
    [TestCase(@"\[\d\]", @"\[[0-9０-９]\]")]
    [TestCase(@"第\s*号", @"第\s*号")]
    public void NarrowDigits_RewritesTheDigitClass(string pattern, string expected) =>
        Assert.That(RuleLoader.NarrowDigits(pattern), Is.EqualTo(expected));

    [Test]
    public void DigitClass_MatchesAsciiAndFullWidthDigits_NotOtherScripts()
    {
        var set = Load("rules:\n  - {id: n, field: f, pattern: '(?<n>\\d+)个'}\n");
        Assert.That(set.Find("f", "建设30个").Single().Text, Is.EqualTo("30个"));
        Assert.That(set.Find("f", "建设３０个").Single().Text, Is.EqualTo("３０个"));
        Assert.That(set.Find("f", "建设٣٠个"), Is.Empty);
    }

    private const string LineScoped = """
        rules:
          - id: n
            field: f
            requires: ['号']
            scope: line
            pattern: '(?<a>[\u4e00-\u9fff]{1,6}?)〔(?<y>\d{4})〕(?<s>\d+)号'
          - id: t
            field: g
            requires: ['号']
            pattern: '(?<a>[\u4e00-\u9fff]{1,6}?)〔(?<y>\d{4})〕(?<s>\d+)号'
        """;

    [Test]
    public void LineScope_FindsTheMatchesOnEveryLineHoldingARequiredString()
    {
        var set = Load(LineScoped);
        var text = "各区教育局：\n根据国发〔2019〕4号和\n苏政发〔2018〕68号文件精神，\n无编号的一行\n锡教发〔2020〕86号";
        var line = set.Find("f", text, offset: 10);
        var whole = set.Find("g", text, offset: 10);
        Assert.That(line.Select(m => (m.Text, m.Span)), Is.EqualTo(whole.Select(m => (m.Text, m.Span))));
        Assert.That(line.Select(m => m.Text), Is.EqualTo(new[] { "根据国发〔2019〕4号", "苏政发〔2018〕68号", "锡教发〔2020〕86号" }));
        Assert.That(line[2].Span.Start, Is.EqualTo(10 + text.IndexOf("锡教发", StringComparison.Ordinal)));
    }

    [Test]
    public void LineScope_NoMatchCrossesALineBreak()
    {
        var set = Load(LineScoped.Replace(@"〔(?<y>\d{4})〕", @"\s*〔(?<y>\d{4})〕"));
        const string text = "国发\n〔2019〕4号";
        Assert.That(set.Find("g", text).Single().Text, Is.EqualTo(text));
        Assert.That(set.Find("f", text), Is.Empty);
    }

    [TestCase("scope: paragraph\n    requires: ['号']", "'scope' must be 'text' or 'line'")]
    [TestCase("scope: line", "'scope: line' needs 'requires'")]
    public void LineScope_BadDeclaration_IsPE106(string declaration, string message)
    {
        File.WriteAllText(Path.Combine(_dir, "r.yaml"), $"rules:\n  - id: n\n    field: f\n    {declaration}\n    pattern: 'x'\n");
        var ex = Assert.Throws<RuleLoadException>(() => RuleLoader.Load([_dir]))!;
        Assert.That(ex.Errors.Single().Code, Is.EqualTo("PE106"));
        Assert.That(ex.Errors.Single().Message, Does.Contain(message));
    }

    [Test]
    public void UserRules_AreCompiledOnceTheyHaveSearchedEnough_AndFindTheSameMatches()
    {
        // The shipped quantity.count pattern with one more unit: a pattern the build does not know.
        var shipped = PipelineFactory.LoadRules(new PipelineOptions { ShippedRules = RepoPaths.Rules });
        var user = Path.Combine(_dir, "user.yaml");
        File.WriteAllText(user, "rules:\n  - id: quantity.count\n    field: quantity\n    priority: 60\n    pattern: '"
            + shipped.All.Single(r => r.Id == "quantity.count").Pattern!.ToString().Replace("(?<unit>(?:", "(?<unit>(?:座次|", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "'\n");
        var rules = PipelineFactory.LoadRules(new PipelineOptions { ShippedRules = RepoPaths.Rules, RuleDirectories = [_dir] });
        var texts = Directory.EnumerateFiles(RepoPaths.TestData, "*.txt", SearchOption.AllDirectories)
            .Select(f => TextNormalizer.FoldWidth(File.ReadAllText(f))).ToList();
        var rule = rules.All.Single(r => r.Id == "quantity.count");
        Assert.That(rule.UsesCompiledPattern, Is.False);
        // The pattern as loaded is the interpreted one; the rule's own searches switch to a compiled copy.
        Assert.That(rule.Pattern!.Options.HasFlag(RegexOptions.Compiled), Is.False);
        Assert.That(rule.BuiltPattern is null, Is.True);
        var before = texts.Select(t => rule.Pattern.Matches(t).Where(m => m.Length > 0).Select(m => (m.Value, m.Index)).ToList()).ToList();
        long work = 0;
        while (work < EarnedRegex.CompileAfterWork)
        {
            foreach (var t in texts) _ = rule.Matches(t);
            work += texts.Sum(t => (long)t.Length + EarnedRegex.CallWork);
        }
        Assert.That(rule.UsesCompiledPattern, Is.True);
        var after = texts.Select(t => rule.Matches(t).Select(m => (m.Text, m.Span.Start)).ToList()).ToList();
        Assert.That(after, Is.EqualTo(before));
        Assert.That(before.Sum(b => b.Count), Is.GreaterThan(100));
    }

    [Test]
    public void ShippedRules_HaveBuildTimePatterns_ThatFindWhatTheInterpreterFinds()
    {
        var rules = PipelineFactory.LoadRules(new PipelineOptions { ShippedRules = RepoPaths.Rules });
        var texts = Directory.EnumerateFiles(RepoPaths.TestData, "*.txt", SearchOption.AllDirectories)
            .Select(f => TextNormalizer.FoldWidth(File.ReadAllText(f))).ToList();
        int found = 0;
        foreach (var rule in rules.All.Where(r => r.Pattern is not null))
        {
            Assert.That(rule.BuiltPattern is not null, Is.True, rule.Id);
            var built = rule.BuiltPattern!();
            Assert.That(built.GetType(), Is.Not.EqualTo(typeof(Regex)), rule.Id);
            Assert.That(built.ToString(), Is.EqualTo(rule.Pattern!.ToString()), rule.Id);
            Assert.That(built.MatchTimeout, Is.EqualTo(RuleLoader.MatchTimeout), rule.Id);
            foreach (var t in texts)
            {
                var expected = rule.Pattern.Matches(t).Select(m => (m.Index, m.Value, Groups(m))).ToList();
                var actual = built.Matches(t).Select(m => (m.Index, m.Value, Groups(m))).ToList();
                Assert.That(actual, Is.EqualTo(expected), rule.Id);
                found += actual.Count;
            }
        }
        Assert.That(found, Is.GreaterThan(1000));

        static string Groups(Match m) => string.Join("|", m.Groups.Cast<Group>().Select(g => g.Success ? g.Name + "=" + g.Value : ""));
    }

    [Test]
    public void ShippedRule_StartsInterpreted_AndTakesItsBuiltPatternOnceEarned()
    {
        var rules = PipelineFactory.LoadRules(new PipelineOptions { ShippedRules = RepoPaths.Rules });
        var rule = rules.All.Single(r => r.Id == "quantity.count");
        var text = TextNormalizer.FoldWidth(File.ReadAllText(Directory.EnumerateFiles(RepoPaths.TestData, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First()));
        Assert.That(rule.UsesCompiledPattern, Is.False);
        var before = rule.Matches(text).Select(m => (m.Text, m.Span.Start)).ToList();
        for (long work = 0; work < EarnedRegex.CompileAfterWork; work += text.Length + EarnedRegex.CallWork)
            _ = rule.Matches(text);
        Assert.That(rule.UsesCompiledPattern, Is.True);
        Assert.That(rule.Matches(text).Select(m => (m.Text, m.Span.Start)).ToList(), Is.EqualTo(before));
    }

    [Test]
    public void UseBuiltPatterns_SwitchesEveryShippedRuleAtOnce_AndLeavesAUserPatternToEarnItsOwn()
    {
        File.WriteAllText(Path.Combine(_dir, "user.yaml"), "rules:\n  - id: user.count\n    field: quantity\n    pattern: '(?<num>\\d+)个项目'\n");
        var rules = PipelineFactory.LoadRules(new PipelineOptions { ShippedRules = RepoPaths.Rules, RuleDirectories = [_dir] });
        var shipped = rules.All.Where(r => r.Pattern is not null && r.Id != "user.count").ToList();
        var user = rules.All.Single(r => r.Id == "user.count");
        Assert.That(shipped.Count(r => r.UsesCompiledPattern), Is.Zero);
        rules.UseBuiltPatterns();
        Assert.That(shipped.Where(r => !r.UsesCompiledPattern).Select(r => r.Id), Is.Empty);
        Assert.That(user.UsesCompiledPattern, Is.False);
        Assert.That(user.Matches("新建12个项目").Single().Text, Is.EqualTo("12个项目"));
        Assert.That(rules.Find("quantity", "建设30个以上思政微课").Select(m => m.Text), Does.Contain("30个以上"));
    }

    /// <summary>The generated table is what the shipped rules give now; PE_UPDATE_GOLDEN=1 rewrites it (then rebuild).</summary>
    [Test]
    public void ShippedPatterns_TableIsCurrent()
    {
        var rules = PipelineFactory.LoadRules(new PipelineOptions { ShippedRules = RepoPaths.Rules });
        var path = Path.Combine(RepoPaths.Root, ShippedPatterns.GeneratedFile);
        var expected = ShippedPatterns.Render(rules);
        if (Environment.GetEnvironmentVariable("PE_UPDATE_GOLDEN") == "1")
        {
            if (!File.Exists(path) || File.ReadAllText(path) != expected)
                File.WriteAllText(path, expected, new System.Text.UTF8Encoding(false));
            return;
        }
        Assert.That(File.ReadAllText(path), Is.EqualTo(expected),
            $"{ShippedPatterns.GeneratedFile} does not match rules/: run PE_UPDATE_GOLDEN=1 dotnet test PolicyExtract.sln -c Release --filter ShippedPatterns, then rebuild");
    }

    [Test]
    public void PatternPastItsTimeLimit_IsARuleTimeout_NamingTheRule()
    {
        var rule = new Rule
        {
            Id = "slow",
            Field = "f",
            Pattern = new System.Text.RegularExpressions.Regex("(a|aa)+$", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromMilliseconds(20)),
            Location = new RuleLocation("r.yaml", 3, 5),
        };
        Assert.That(rule.Matches("aaa").Single().Text, Is.EqualTo("aaa"));
        var ex = Assert.Throws<RuleTimeoutException>(() => rule.Matches(new string('a', 40) + "!"))!;
        Assert.That(ex.Rule, Is.SameAs(rule));
        Assert.That(ex.Message, Is.EqualTo("rule 'slow' (r.yaml:3:5) ran longer than 0.02 s on this document"));
    }

    /// <summary>
    /// The shipped line-scoped rules find, on every document of the test data, exactly what the same pattern finds when it is
    /// run over the whole text: the scope only saves work.
    /// </summary>
    [Test]
    public void ShippedLineScopedRules_FindWhatAWholeTextScanFinds_OnEveryTestDocument()
    {
        var rules = PipelineFactory.LoadRules(new PipelineOptions { ShippedRules = RepoPaths.Rules });
        var scoped = rules.All.Where(r => r.Scope == RuleScope.Line).ToList();
        Assert.That(scoped, Is.Not.Empty);
        var texts = Directory.EnumerateFiles(RepoPaths.TestData, "*.txt", SearchOption.AllDirectories)
            .Select(f => TextNormalizer.FoldWidth(File.ReadAllText(f))).ToList();
        Assert.That(texts, Has.Count.GreaterThan(20));
        int found = 0;
        foreach (var rule in scoped)
        {
            var twin = new Rule { Id = rule.Id, Field = rule.Field, Pattern = rule.Pattern, Requires = rule.Requires, Values = rule.Values, Location = rule.Location };
            foreach (var text in texts)
            {
                var expected = twin.Matches(text).Select(m => (m.Text, m.Span)).ToList();
                Assert.That(rule.Matches(text).Select(m => (m.Text, m.Span)), Is.EqualTo(expected), rule.Id);
                found += expected.Count;
            }
        }
        Assert.That(found, Is.GreaterThan(50));
    }
}
