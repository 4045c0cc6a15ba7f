namespace PolicyExtract.Normalization;

/// <summary>
/// The surface words the period normalizer recognizes, kept as data so a rules directory can extend them
/// (rules/gazetteers/periods.yaml). The arithmetic that turns them into dates stays in
/// <see cref="PeriodNormalizer"/>. <see cref="Default"/> is the shipped list.
/// </summary>
public sealed record PeriodVocabulary
{
    /// <summary>Words before a time that make it a deadline: 到2022年底, 截至2025年.</summary>
    public required IReadOnlyList<string> DeadlinePrefixes { get; init; }

    /// <summary>Words after a time that make it a deadline: 2022年前, 6月底以前.</summary>
    public required IReadOnlyList<string> DeadlineSuffixes { get; init; }

    /// <summary>Year words relative to the reference date, with their offset in years: 当年 0, 次年 1.</summary>
    public required IReadOnlyDictionary<string, int> RelativeYears { get; init; }

    /// <summary>Recurrence words and the recurrence they stand for: 每年 → yearly.</summary>
    public required IReadOnlyDictionary<string, string> Recurrences { get; init; }

    /// <summary>Recurrence words accepted only as a whole deadline cell (年度), too common in running text.</summary>
    public required IReadOnlyDictionary<string, string> CellRecurrences { get; init; }

    /// <summary>Phrases that mean "no end date" in running text: 持续推进, 长期坚持.</summary>
    public required IReadOnlyList<string> OngoingPhrases { get; init; }

    /// <summary>Shorter ongoing words accepted only as a whole deadline cell: 长期, 持续.</summary>
    public required IReadOnlyList<string> CellOngoingWords { get; init; }

    /// <summary>The shipped vocabulary.</summary>
    public static PeriodVocabulary Default { get; } = new()
    {
        DeadlinePrefixes = ["截止到", "截止至", "截至", "截止", "力争到", "力争在", "到", "至"],
        DeadlineSuffixes = ["以前", "之前", "前"],
        RelativeYears = new Dictionary<string, int>
        {
            ["当年"] = 0, ["今年"] = 0, ["本年度"] = 0, ["本年"] = 0,
            ["次年"] = 1, ["明年"] = 1, ["翌年"] = 1, ["下一年"] = 1, ["下一年度"] = 1, ["下年度"] = 1,
            ["后年"] = 2, ["上年"] = -1, ["去年"] = -1, ["上一年"] = -1,
        },
        Recurrences = new Dictionary<string, string>
        {
            ["每年度"] = "yearly", ["每一年"] = "yearly", ["每年"] = "yearly", ["每学年"] = "yearly",
            ["每学期"] = "semesterly", ["每半年"] = "half-yearly", ["每季度"] = "quarterly", ["每季"] = "quarterly",
            ["每个月"] = "monthly", ["每月"] = "monthly", ["每周"] = "weekly", ["每星期"] = "weekly",
            ["每天"] = "daily", ["每日"] = "daily", ["每两年"] = "biennial", ["每三年"] = "triennial",
            ["逐年"] = "yearly", ["年年"] = "yearly",
        },
        CellRecurrences = new Dictionary<string, string>
        {
            ["年度"] = "yearly", ["每年度"] = "yearly", ["学期"] = "semesterly", ["季度"] = "quarterly",
            ["定期"] = "periodic", ["按年度"] = "yearly", ["按季度"] = "quarterly", ["按月"] = "monthly",
        },
        OngoingPhrases = ["持续推进", "长期坚持", "长期推进", "长期开展", "持续开展", "持续实施", "长期实施", "常态化推进", "常年开展"],
        CellOngoingWords = ["长期", "持续", "常态化", "长期有效", "常年", "持续进行", "长期执行"],
    };
}
