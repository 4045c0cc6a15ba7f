using PolicyExtract.Extraction;

namespace PolicyExtract.Tests.Output;

/// <summary>
/// A result with every list holding an item and every optional field set, so its JSON shows every property of the
/// contract. A field added to ExtractionResult must be set here too (a test fails while any value is null or empty),
/// and then the schema must name it (additionalProperties is false): the contract and the schema cannot drift apart.
/// </summary>
public static class FullResult
{
    /// <summary>Text that CSV and XML writers must carry unchanged: Chinese, a comma, quotes, a line break, edge spaces.</summary>
    public const string TrickyText = " 培育8所左右“三全育人”,综合改革\"示范\"学校\n（第二行） ";

    public static ExtractionResult Create(string path = "samples/wuxi/input.txt", string sha256 = "a8c1d943d45eb9378d533c9eae8b8e02c5c0bd5a6d0ace0abee14711776bd130")
    {
        static Evidence Ev(int start, string text, int line) => new(start, start + text.Length, line, text);
        var period = new DeadlineOutput { Text = "2021—2025年", Start = "2021-01-01", End = "2025-12-31", Kind = "period", Evidence = Ev(700, "2021—2025年", 21) };
        var result = new ExtractionResult
        {
            Source = new SourceOutput(path, "text", "utf-8", sha256, 10140),
            Metadata = { ["文件编号"] = "锡教发〔2020〕86号", ["发布机构"] = "无锡市教育局" },
            Issuers =
            {
                new IssuerOutput { Name = "市教育局", NormalizedName = "无锡市教育局", Source = "signature", Evidence = Ev(9000, "市教育局", 180) },
            },
            Recipients = { "各市(县)区教育局", "各职业院校、技工院校" },
            References =
            {
                new ReferenceOutput { Title = "国家职业教育改革实施方案", DocumentNumber = "国发〔2019〕4号", Evidence = Ev(420, "《国家职业教育改革实施方案》(国发〔2019〕4号)", 19) },
            },
            Deadlines = { period },
            Targets =
            {
                new TargetOutput
                {
                    Text = TrickyText, Action = "培育", Subject = "“三全育人”综合改革示范学校", Value = 100000000, Min = 0.5, Max = 12.25,
                    Unit = "所", Comparator = "approx", Deadline = period, Section = ["一、总体目标", "（一）立德树人"],
                    Evidence = Ev(712, "培育8所左右“三全育人”综合改革示范学校", 21),
                },
            },
            Responsibilities =
            {
                new ResponsibilityOutput
                {
                    Task = "建设产教融合集成平台", TaskLabel = "（三）", Units = ["市教育局", "各市、县（区）政府"], Lead = "市教育局",
                    Supporting = ["各市、县（区）政府"], NormalizedUnits = ["无锡市教育局", "各市、县（区）政府"],
                    Deadline = new DeadlineOutput { Text = "2022年底前", Start = "2020-10-22", End = "2022-12-31", Kind = "by", Evidence = Ev(1500, "2022年底前", 40) },
                    Evidence = Ev(1480, "建设产教融合集成平台（牵头单位：市教育局）", 40),
                },
            },
            Keywords = { new KeywordOutput("职业教育", 0.82) },
            Evidence = { ["title"] = Ev(120, "关于实施无锡市职业教育质量提升攀登计划", 11), ["issueDate"] = Ev(9010, "2020年10月22日", 181) },
            Warnings = { new WarningOutput("read", "a line was not valid UTF-8") },
        };
        result.Title = "关于实施无锡市职业教育质量提升攀登计划(2021—2025) 加快建设国家职业教育高地城市的意见";
        result.DocumentNumber = new DocumentNumberOutput { Text = "锡教发〔2020〕86号", Agency = "锡教发", Year = 2020, Serial = 86, AgencyName = "无锡市教育局", Evidence = Ev(300, "锡教发〔2020〕86号", 14) };
        result.IssueDate = "2020-10-22";
        return result;
    }
}
