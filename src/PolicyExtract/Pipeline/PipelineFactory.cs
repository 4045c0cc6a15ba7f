using PolicyExtract.Extraction;
using PolicyExtract.Extraction.Common;
using PolicyExtract.Extraction.Dates;
using PolicyExtract.Extraction.Deadlines;
using PolicyExtract.Extraction.DocumentNumbers;
using PolicyExtract.Extraction.Issuers;
using PolicyExtract.Extraction.Keywords;
using PolicyExtract.Extraction.References;
using PolicyExtract.Extraction.Responsibilities;
using PolicyExtract.Extraction.Targets;
using PolicyExtract.Extraction.Titles;
using PolicyExtract.Readers;
using PolicyExtract.Rules;
using PolicyExtract.Rules.Gazetteers;
using PolicyExtract.Segmentation;

namespace PolicyExtract.Pipeline;

/// <summary>Options that shape the pipeline, set once per run.</summary>
public sealed record PipelineOptions
{
    /// <summary>The user's rules directories, merged over the shipped ones in this order.</summary>
    public IReadOnlyList<string> RuleDirectories { get; init; } = [];

    /// <summary>The shipped rules directory; by default the rules/ folder beside the tool.</summary>
    public string? ShippedRules { get; init; }

    /// <summary>User dictionaries (jieba's word [freq] [tag] format) added to the segmenter after the project lexicon.</summary>
    public IReadOnlyList<string> Lexicons { get; init; } = [];
}

/// <summary>The one place where readers and extractors are assembled, in order.</summary>
public static class PipelineFactory
{
    /// <summary>The rules/ folder shipped beside the tool.</summary>
    public static string DefaultRulesDirectory => Path.Combine(AppContext.BaseDirectory, "rules");

    /// <summary>Loads the rules (shipped, then the user's); throws <see cref="RuleLoadException"/> with every error found.</summary>
    public static RuleSet LoadRules(PipelineOptions options) => LoadRules(options, GazetteerSet.Load(options.RuleDirectories));

    /// <summary>Units that count a target: every unit of the table but durations and frequencies (3年, 5个工作日 are not amounts),
    /// 成 (建成) and 级 (千亿级集群 names a class of cluster).</summary>
    private static readonly HashSet<string> NonTargetUnitClasses = ["duration", "frequency"];

    /// <summary>Units printed as compounds that the unit table lists in parts (辆次, 个百分点, 微克/立方米).</summary>
    private static readonly string[] CompoundUnits = ["个百分点", "辆次", "家次", "户次", "场次", "班次", "微克/立方米", "毫克/立方米", "克/平方米", "吨/平方公里", "毫克/升", "吨/日", "立方米/日"];

    private static RuleSet LoadRules(PipelineOptions options, GazetteerSet gazetteers)
    {
        var units = gazetteers.Units.Units.Where(u => !NonTargetUnitClasses.Contains(u.Class) && u.Name is not ("成" or "级"))
            .Select(u => u.Name).Concat(CompoundUnits).Distinct().OrderByDescending(n => n.Length).ThenBy(n => n, StringComparer.Ordinal);
        var predefined = new Dictionary<string, string> { ["unit"] = "(?:" + string.Join("|", units.Select(System.Text.RegularExpressions.Regex.Escape)) + ")" };
        return RuleLoader.Load([options.ShippedRules ?? DefaultRulesDirectory, .. options.RuleDirectories], predefined);
    }

    public static ExtractionPipeline Create(PipelineOptions options)
    {
        var gazetteers = GazetteerSet.Load(options.RuleDirectories);
        var rules = LoadRules(options, gazetteers);
        var orgs = new OrgNames(rules);
        var (segmenter, warning) = SegmenterFactory.LoadDefault(options.Lexicons, includeProjectLexicon: true);
        // Order matters: document numbers are masked before anything reads numbers or dates; the issue date comes
        // before issuers (the signature sits above it) and before deadlines (relative expressions resolve against it).
        var extractors = new List<IExtractor>
        {
            new DocumentNumberExtractor(orgs),
            new TitleExtractor(),
            new IssueDateExtractor(orgs),
            new IssuerExtractor(orgs, gazetteers),
            new RecipientExtractor(),
            new ReferenceExtractor(),
            new DeadlineExtractor(),
            new TargetExtractor(),
            new ResponsibilityExtractor(orgs, gazetteers),
            new KeywordExtractor(SegmenterFactory.LoadKeywords(segmenter)),
        };
        return new ExtractionPipeline(ReaderSelector.CreateDefault(), extractors, rules, segmenter) { LoadWarning = warning };
    }
}
