using System.Text.RegularExpressions;
using PolicyExtract.Extraction.Common;
using PolicyExtract.Normalization;
using PolicyExtract.Model;
using PolicyExtract.Rules;

namespace PolicyExtract.Extraction.Targets;

/// <summary>
/// Numeric targets: every quantity (quantity rules) in a clause that commits to it. A clause is the text between
/// sentence or clause punctuation. The subject is the phrase the quantity counts (after the unit) or, for rates and
/// multiples, the phrase before. A target restated with the same value, unit and subject is listed once, unless the two
/// are due at different times (the same figure set for each year of a plan).
/// </summary>
public sealed partial class TargetExtractor : IExtractor
{
    private static readonly char[] SentenceEnds = ['。', ';', '；', '!', '！', '?', '？', '\n', '\t'];
    private static readonly char[] FullStops = ['。', '!', '！', '?', '？', '\n'];
    private static readonly char[] ClauseEnds = ['。', ';', '；', '!', '！', '?', '？', '\n', '\t', ',', '，', ':', '：'];
    private static readonly HashSet<string> RateUnits = ["%", "‰", "/10万", "/万", "倍", "百分点"];
    [GeneratedRegex(@"^(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,3}\s*[.．、](?!\d)|[一二三四五六七八九十]{1,3}、)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingLabel { get; }
    [GeneratedRegex(@"(?:提高到|提高至|提升到|提升至|达到|调整为|调整到|不低于)(?:每人|每户)(?:每年|每月|次)?(?:平均)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PerPersonLevel { get; }
    [GeneratedRegex("最高|最多|上限", RegexOptions.CultureInvariant)]
    private static partial Regex Cap { get; }
    [GeneratedRegex(@"每(?:个|人|户|家|所|张|床|名|项|位|村|座|套|辆|台|吨|亩)[\u3400-\u9fff]{0,6}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PerUnit { get; }
    [GeneratedRegex(@"(?:由|从(?![业事]))[^,，。;；]{0,14}$", RegexOptions.CultureInvariant)]
    private static partial Regex BaselineTail { get; }
    /// <summary>从 opening the span of time a verb then sets (工业项目从拿地到开工时间控制在): part of the measure, no baseline.</summary>
    [GeneratedRegex(@"从(?![业事])[^,，。;；\d%]{1,14}?(?:控制|压缩|压减|缩短)(?:至|到|在)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex MeasuredSpan { get; }
    [GeneratedRegex("(?:力争|争取|分别|确保|最低|发展到|发展至|增加到|增加至|压缩至|压缩到|压减至|压减到|减至|达到|达|提高到|提高至|提升到|提升至|增长到|增至|降至|降到|降低到|降低至|下降到|下降至|减少到|缩短至|缩短到|保持在|稳定在|控制在|不低于|不少于|不超过|不高于|超过|突破|至少|最高|最多|为|的|约|近|在|超|≥|≧|≤|≦)+\\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingCue { get; }
    // The rate an amount is given per (资助标准提高到每生每年2300元, 不低于每人每月500元): how it is counted, not what it is of.
    [GeneratedRegex(@"每(?:生|人|户|名|位|校|园|班|床|所|家|人次)(?:每(?:年度|学年|学期|季度|年|月|天|日|周))?(?:平均)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex RateTail { get; }
    // Words of resolve that open a clause (确保隐患整改率达到100%, 力争全年开行班列500列): they say how firmly, not what.
    [GeneratedRegex(@"^(?:确保|力争|争取|力求|努力|务必)(?:实现|做到|使|让)?\s*(?=\S{2})", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingResolve { get; }
    private static readonly System.Buffers.SearchValues<char> NumberChars =
        System.Buffers.SearchValues.Create("0123456789〇○零一二两三四五六七八九十百千万亿廿卅");
    private static readonly HashSet<string> MoneyUnits = ["元", "万元", "亿元"];

    public string Name => "targets";

    public void Extract(ExtractionContext context)
    {
        var view = context.View;
        var text = view.MatchText;
        var rules = context.Rules;
        var seen = new SeenTargets();
        var masked = context.Masked.Concat(context.DeadlineMentions.Where(d => d.Deadline.Kind is "period" or "by").Select(d => d.Span)).ToList();

        // A line without a digit or a numeral holds no quantity.
        bool Searched(int li) => !(context.TitleSpan is { } ts && ts.Overlaps(view.Lines[li].Span))
            && text.AsSpan(view.Lines[li].Start, view.Lines[li].Length).IndexOfAny(NumberChars) >= 0;
        var byLine = rules.FindByLine("quantity", text, view.LineSpans, Searched, masked);
        for (int li = 0; li < view.Lines.Count; li++)
        {
            if (byLine[li] is not { } found) continue;
            // An ordinal (本通知第一条, 第二批) names a place in a sequence, not an amount: it is no neighbour of the
            // quantities around it (…在本通知第一条规定标准基础上上浮30%: the 最高 before it bounds the 30%).
            // A round magnitude closed by 级 (千亿元级临港产业集群, 百亿级企业, 千万吨级炼化项目) names a class of things by their
            // size: it is neither an amount nor the neighbour that takes the subject of the count before it (打造2—3个千亿元级…).
            var quantities = found.Where(m => NumberStart(m) is var n && (n == 0 || text[n - 1] != '第') && !SizeClass(text, m)).ToList();
            var line = view.Lines[li];
            string? previousSubject = null, previousComparator = null;
            for (int qi = 0; qi < quantities.Count; qi++)
            {
                var q = quantities[qi];
                var built = Build(context, q, qi > 0 ? quantities[qi - 1] : null, qi + 1 < quantities.Count ? quantities[qi + 1] : null, line, previousSubject, previousComparator);
                previousSubject = built?.Subject;
                previousComparator = built?.Comparator;
                if (built is null) continue;
                foreach (var target in EachOfJointSubjects(built))
                {
                    var key = $"{target.Value}|{target.Min}|{target.Max}|{target.Unit}|{TextFold.Squash(target.Subject ?? "")}";
                    if (seen.Add(key, target))
                        context.Result.Targets.Add(target);
                }
            }
        }
        IndicatorTables(context, seen);
        YearTables(context, seen);
    }

    /// <summary>Rates joined by 和, 、, 及 or 与 before 均 or 都 (视力筛查覆盖率和屈光发育档案建档率均达到100%): one level for each.</summary>
    [GeneratedRegex(@"^(?<p>[^、和及与,，]{2,20}?(?:比例|占比|比重|率))(?:[、和及与](?<p>[^、和及与,，]{2,20}?(?:比例|占比|比重|率)))+(?:均|都)$", RegexOptions.CultureInvariant)]
    private static partial Regex JointSubjects { get; }

    /// <summary>Names listed before 各 (国家级、省级示范性中等职业学校各1所; 标准化考场和录播教室各1间): the count for each.</summary>
    [GeneratedRegex(@"^(?<p>[^、和及与,，]{2,20}?)(?:[、和及与](?<p>[^、和及与,，]{2,20}?))+各$", RegexOptions.CultureInvariant)]
    private static partial Regex EachOfList { get; }

    /// <summary>The target, or one for each measure when its subject names several that are all to reach the same level.</summary>
    private static IEnumerable<TargetOutput> EachOfJointSubjects(TargetOutput target)
    {
        if (target.Subject is not { } subject
            || (JointSubjects.Match(subject) is { Success: true } joint ? joint : EachOfList.Match(subject)) is not { Success: true } m)
        {
            yield return target;
            yield break;
        }
        foreach (Capture part in m.Groups["p"].Captures)
            yield return target.With(part.Value, target.Deadline);
    }

    /// <summary>
    /// The targets listed so far, by value, unit and subject, with the time each is due by. A restatement (a task table
    /// repeating the body, a summary repeating a goal) is listed once; the same figure due at another time
    /// (分年度目标：2025年，…10个；2026年，…10个) is another target, and so is one a paragraph gives again under a time of its
    /// own (到2027年底…90%以上。分年度目标：…2027年，…90%以上: the total, then the plan's last yearly step), and so is one
    /// set for every year against one set for a year. A statement without a dated deadline matches any other.
    /// </summary>
    private sealed class SeenTargets
    {
        private readonly Dictionary<string, List<TargetOutput>> listed = new(StringComparer.Ordinal);

        public bool Add(string key, TargetOutput target)
        {
            if (!listed.TryGetValue(key, out var list)) { listed[key] = [target]; return true; }
            if (list.Any(t => Same(t, target))) return false;
            list.Add(target);
            return true;
        }

        private static bool Same(TargetOutput a, TargetOutput b)
        {
            // A figure for every year (每年诊断企业不少于300家) is not the figure for one year (2025年，诊断企业300家).
            if (a.Deadline is { } da && b.Deadline is { } db && (da.Kind == "recurring") != (db.Kind == "recurring")) return false;
            if (a.Deadline?.End is not { } end || b.Deadline?.End is not { } other) return true;
            if (end != other) return false;
            return a.Evidence.Line != b.Evidence.Line || a.Deadline.Evidence is not { } at || b.Deadline.Evidence is not { } bt
                || at.Start == bt.Start;
        }
    }

    [GeneratedRegex(@"(?<y>(?:19|20)\d{2})\s*年?", RegexOptions.CultureInvariant)]
    private static partial Regex YearHeader { get; }
    [GeneratedRegex(@"[(（]\s*(?<u>[^()（）]{1,8})\s*[)）]\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex BracketUnit { get; }

    /// <summary>
    /// Indicator tables of plans (指标 | 2020年 | 2025年 | 属性): each row's value in the target column (the latest year, or
    /// a column named 目标值) is a target, with the unit from a 单位 column or the brackets of the indicator's name
    /// (城镇新增就业（万人） → 人, ×10000) and the column's year as its deadline. Earlier years are baselines.
    /// </summary>
    private static void IndicatorTables(ExtractionContext context, SeenTargets seen)
    {
        var rules = context.Rules;
        // …also an indicator table exported from Word as text, a tab before each cell and an empty line between rows.
        var tables = context.BlockTables.Concat(context.RowPerLineTables).Concat(TextTables.CellPerLineIndicators(context))
            .Concat(TextTables.TabLaid(context.View));
        foreach (var rows in tables)
        {
            for (int h = 0; h < Math.Min(3, rows.Count - 1); h++)
            {
                var header = HeaderCells(rows[h]);
                int nameCol = header.FindIndex(c => rules.IsMacro("indicator_header", c));
                if (nameCol < 0) continue;
                // A two-row header (目标值 spanning 2022年 | 2023年 | 2025年): the columns are named by both rows, and the
                // rows of values start under the second.
                if (SecondHeaderRow(rows, h, header) is { } combined)
                {
                    header = combined;
                    h++;
                }
                int unitCol = header.FindIndex(c => rules.IsMacro("indicator_unit_header", c));
                int targetCol = -1, targetYear = 0;
                for (int c = 0; c < header.Count; c++)
                {
                    if (c == nameCol || header[c].Length > 14) continue;
                    var y = YearHeader.Match(header[c]);
                    int year = y.Success ? int.Parse(y.Groups["y"].Value) : 0;
                    bool named = rules.MacroRegex("indicator_target_header", MacroMatch.Anywhere)?.IsMatch(header[c]) == true;
                    if ((year > targetYear && (y.Success || named)) || (named && targetCol < 0))
                    {
                        targetCol = c;
                        targetYear = Math.Max(targetYear, year);
                    }
                }
                if (targetCol < 0) continue;
                if (context.IssueDate is { } issued && targetYear > 0 && targetYear < issued.Year) continue;
                // A table with a milestone year before the last (2024年基期值 | 2025年目标值 | 2027年目标值) gives targets in
                // each year still ahead: a column named as a target (目标值), or any year's column not yet past when the
                // issue date is known. A base or result column (基期值, 现状值, 完成值) is no target.
                var columns = new List<(int Col, int Year)> { (targetCol, targetYear) };
                if (targetYear > 0)
                    for (int c = 0; c < header.Count; c++)
                    {
                        if (c == nameCol || c == targetCol || c == unitCol || header[c].Length > 14) continue;
                        var y = YearHeader.Match(header[c]);
                        int year = y.Success ? int.Parse(y.Groups["y"].Value) : 0;
                        if (year == 0 || year >= targetYear) continue;
                        if (rules.MacroRegex("indicator_base_header", MacroMatch.Anywhere)?.IsMatch(header[c]) == true) continue;
                        bool named = rules.MacroRegex("indicator_target_header", MacroMatch.Anywhere)?.IsMatch(header[c]) == true;
                        if (named ? context.IssueDate is { } i1 && year < i1.Year : context.IssueDate is not { } i2 || year < i2.Year) continue;
                        columns.Add((c, year));
                    }
                foreach (var (col, colYear) in columns.OrderBy(x => x.Col))
                    TableColumnTargets(context, seen, rows, h, header, nameCol, unitCol, col, colYear);
                break;
            }
        }
    }

    /// <summary>The targets of one column of an indicator table (<paramref name="col"/>, of the year <paramref name="colYear"/>, 0 if none).</summary>
    private static void TableColumnTargets(ExtractionContext context, SeenTargets seen, List<List<TableCellText>> rows, int h,
        List<string> header, int nameCol, int unitCol, int col, int colYear)
    {
        var rules = context.Rules;
        DeadlineOutput? deadline = null;
        if (colYear > 0)
        {
            var hc = rows[h][col];
            deadline = YearEndDeadline(context, colYear, hc.Text.Trim(), hc.Span);
            Deadlines.DeadlineExtractor.Add(context, deadline);
        }
        int shift = 0;
        var rowsOfKey = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        for (int r = h + 1; r < rows.Count; r++)
        {
            var cells = rows[r];
            shift = cells.Count - header.Count;
            int at = col + shift, nameAt = nameCol + shift;
            if (at < 0 || at >= cells.Count || nameAt < 0 || nameAt >= cells.Count) continue;
            var valueCell = cells[at];
            var m = rules.Find("target.indicator-value", TextFold.Fold(valueCell.Text));
            if (m.Count == 0) continue;
            var v = m[0];
            var name = LeadingLabel.Replace(TextFold.Squash(cells[nameAt].Text.Trim()), "");
            string unitText = v.Value("unit") ?? "";
            var bracket = BracketUnit.Match(name);
            if (unitText.Length == 0 && unitCol >= 0 && unitCol + shift < cells.Count && unitCol + shift >= 0)
                unitText = cells[unitCol + shift].Text.Trim();
            if (unitText.Length == 0 && bracket.Success) unitText = bracket.Groups["u"].Value.Trim();
            if (bracket.Success) name = name[..bracket.Index].Trim();
            // A unit cell in full-width forms (％ in a page typed with full-width digits) is the unit in its plain form.
            unitText = TextFold.Fold(unitText);
            // A dash or 无 in the unit column says the indicator has no unit (a coefficient, an index): the
            // value stands alone. With no unit stated at all, the row is left out (nothing says what it counts).
            bool unitless = unitText is "—" or "——" or "-" or "－" or "/" or "无";
            if (name.Length == 0 || unitText.Length == 0) continue;
            var (factor, unit) = unitless ? (1m, "") : ChineseNumbers.SplitMultiplier(unitText);
            if (!ChineseNumbers.TryParse(v.Value("num")!, out var num)) continue;
            var target = TableTarget(context, v, num, factor, unit, TextFold.Squash(cells[nameAt].Text.Trim()) + " " + valueCell.Text.Trim(), name, deadline, valueCell);
            var key = $"{target.Value}|{target.Min}|{target.Max}|{target.Unit}|{target.Subject}";
            // An indicator printed on two rows told apart by another label cell (学段 小学 / 初中, 城镇 / 农村) with the same
            // value is two targets, not a restatement.
            var qualifier = string.Join("|", cells.Where((c, i) => i != at && i != nameAt && !NumericCell.IsMatch(c.Text)).Select(c => TextFold.Squash(c.Text)));
            bool otherRow = rowsOfKey.TryGetValue(key, out var earlier) && !earlier.Contains(qualifier);
            if (seen.Add(key, target) || otherRow) context.Result.Targets.Add(target);
            if (earlier is null) rowsOfKey[key] = [qualifier]; else earlier.Add(qualifier);
        }
    }

    [GeneratedRegex(@"^[\s\d.,，%‰≥≤><＞＜—\-－/]*$", RegexOptions.CultureInvariant)]
    private static partial Regex NumericCell { get; }

    /// <summary>
    /// The header of an indicator table whose second row names years under the first (目标值 over 2022年 | 2023年): each
    /// column's first-row name followed by its year; null when the row under <paramref name="h"/> is no such row.
    /// </summary>
    private static List<string>? SecondHeaderRow(List<List<TableCellText>> rows, int h, List<string> header)
    {
        if (h + 2 >= rows.Count || rows[h + 1].Count != header.Count || header.Any(c => YearHeader.IsMatch(c))) return null;
        var second = HeaderCells(rows[h + 1]);
        int years = second.Count(c => c.Length <= 8 && YearHeader.Match(c) is { Success: true } y && y.Length >= c.Length - 1);
        if (years < 2) return null;
        return header.Select((c, i) => YearHeader.IsMatch(second[i]) && second[i].Length <= 8 ? c + second[i] : c).ToList();
    }

    private static List<string> HeaderCells(List<TableCellText> row) => row.Select(c => TextFold.HeaderForm(c.Text)).ToList();

    /// <summary>The end of <paramref name="year"/> as a deadline printed as <paramref name="text"/> at <paramref name="span"/>.</summary>
    private static DeadlineOutput YearEndDeadline(ExtractionContext context, int year, string text, TextSpan span) =>
        new() { Text = text, End = $"{year}-12-31", Kind = "by", Evidence = context.EvidenceFor(span) };

    /// <summary>
    /// A target read from a table cell: the value (or the range to its max) from the cell's <c>target.indicator-value</c>
    /// match <paramref name="v"/>, scaled by the unit's multiplier, its bound from the match's words.
    /// </summary>
    private static TargetOutput TableTarget(ExtractionContext context, RuleMatch v, decimal num, decimal factor, string unit, string text,
        string subject, DeadlineOutput? deadline, TableCellText cell)
    {
        var rules = context.Rules;
        decimal? max = v.Value("max") is { } mx && ChineseNumbers.TryParse(mx, out var mxv) ? mxv * factor : null;
        return new TargetOutput
        {
            Text = text,
            Action = null,
            Subject = subject,
            Value = max is null ? (double)(num * factor) : null,
            Min = max is null ? null : (double)(num * factor),
            Max = max is { } mv ? (double)mv : null,
            Unit = unit.Length == 0 ? null : unit,
            Comparator = max is not null ? "range" : (ComparatorOf(rules, v.Value("pre")) ?? ComparatorOf(rules, v.Value("post")) ?? "eq"),
            Deadline = deadline,
            Section = context.View.SectionPath(cell.Span.Start),
            Evidence = context.EvidenceFor(cell.Span),
        };
    }

    /// <summary>An indicator per head of population, named right before its level (每万人口全科医生数4人).</summary>
    [GeneratedRegex(@"^\s*每[十百千万]+(?:人口|名|户|常住人口)[^，,；;。]{1,16}数\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PerCapitaIndicator { get; }
    /// <summary>A sum named by its size right before it (专账资金规模为4.6亿元, 项目总投资为3.2亿元): the amount it is to be.</summary>
    [GeneratedRegex(@"(?:规模|总额|总量|总投资|投资|总盘子)\s*为\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex NamedAmount { get; }

    // What a clause can end on that a figure in the next clause measures (…分配到初中学校的比例，2027年达到60%以上).
    [GeneratedRegex(@"(?:比例|占比|比重|率|水平)$", RegexOptions.CultureInvariant)]
    private static partial Regex MeasureNoun { get; }

    // A clause that sets a work going and names it (推进既有住宅加装电梯, 全面实施农村公路提质改造), nothing else.
    [GeneratedRegex(@"^(?:加快|持续|全面|积极|深入|大力|稳步|有序)?(?:推进|实施|开展|推动|实行)[\u3400-\u9fff]{2,24}$", RegexOptions.CultureInvariant)]
    private static partial Regex WorkClause { get; }

    // A total over a period before a bare verb (三年累计, 累计, 五年共计, 年均).
    [GeneratedRegex(@"^(?:(?:[一二两三四五六七八九十]|\d{1,2})年)?(?:累计|共计|合计|年均)", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodTotalLead { get; }

    // Each place a count is given for, and its bound, before a bare verb (每所中职学校至少, 每个县（市、区）).
    [GeneratedRegex(@"^每(?:个|所|家|座|村|镇|乡|县|区|校|园|街道)[\u3400-\u9fff（）()、]{0,12}?(?:至少|最少|不少于|均|都|要)?(?=[\u3400-\u9fff]{2,4}$)", RegexOptions.CultureInvariant)]
    private static partial Regex PerPlaceLead { get; }

    // The work a clause sets going, named after its verb (…开展智能技术运用培训, 组织农村实用技术培训).
    [GeneratedRegex(@"(?:开展|组织|实施|举办)(?<w>[\u3400-\u9fff“”]{2,20})$", RegexOptions.CultureInvariant)]
    private static partial Regex WorkNamedBefore { get; }

    // What a clause before names after the verb a bare verb of the target's clause repeats (2024年9月起招收学前残疾儿童，每年招收30人以上):
    // the object, up to the end of that clause.
    [GeneratedRegex(@"^[\u3400-\u9fff“”]{2,16}$", RegexOptions.CultureInvariant)]
    private static partial Regex RepeatedVerbObject { get; }

    // An amount set by 按 before the verb that provides it (区财政按每年不少于30万元安排语言文字工作经费): the fund is named after.
    [GeneratedRegex(@"按(?:照)?(?:每年|每年度|年度|年均)?$", RegexOptions.CultureInvariant)]
    private static partial Regex AmountByTail { get; }
    [GeneratedRegex(@"^(?:安排|列支|拨付|统筹|落实|投入)(?<f>[\u3400-\u9fff“”]{0,16}(?:经费|资金|基金))$", RegexOptions.CultureInvariant)]
    private static partial Regex FundProvidedAfter { get; }

    // An amount one may claim (高校毕业生创业的，可申请最高30万元创业担保贷款; 可享受最高5000元补贴): what is claimed is named after it;
    // before it stands only who claims.
    [GeneratedRegex(@"(?:申请|申领|享受|获得|领取)$", RegexOptions.CultureInvariant)]
    private static partial Regex ClaimVerbTail { get; }

    // A clause that only states who qualifies (经评估为重度失能的，), the last before the target's clause in its sentence.
    [GeneratedRegex(@"(?:^|[，,；;：:])\s*(?:经评估为|经认定为|经评定为|被评为|属于|凡是|凡)?(?<c>[^，,。；;：:的]{2,16})的\s*[，,]\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ConditionBefore { get; }
    [GeneratedRegex(@"^(?:补贴|补助|奖励|奖补|救助|护理补贴|服务补贴|发放)?标准$", RegexOptions.CultureInvariant)]
    private static partial Regex GenericStandard { get; }

    [GeneratedRegex(@"(?:为|对|督促|推动|帮助|指导)(?:全[省市区县镇乡])?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex CountLead { get; }

    [GeneratedRegex(@"(?:全部|全面|逐一|集中)?(?:实施|开展|完成|安装|提供|落实|进行)", RegexOptions.CultureInvariant)]
    private static partial Regex ActAfter { get; }
    // A fund brought in by 将 at the opening of its clause, the amount then handed over (现将2024年…补助资金4860万元（详见附件）
    // 下达给你们): the amount allocated.
    [GeneratedRegex(@"^\s*(?:现|特|兹)?将(?![来近要会乐军])", RegexOptions.CultureInvariant)]
    private static partial Regex HandOverLead { get; }
    [GeneratedRegex(@"\G[^，,。；;\n]{0,12}?(?:下达|拨付|下拨|划拨|分配)(?:给|到|至)", RegexOptions.CultureInvariant)]
    private static partial Regex HandedOver { get; }

    /// <summary>A year or a period of years opening a phrase: 2024—2026年, 到2025年底前, 2024年.</summary>
    [GeneratedRegex(@"^(?:到|至|力争到|争取到)?(?:(?:19|20)\d{2}年?(?:—{1,2}|–|-|～|~|至|到))?(?:19|20)\d{2}年(?:\d{1,2}月)?(?:底|末)?(?:前|以前)?[,，]?", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingTime { get; }

    /// <summary>Only a time (2024年12月底前, 到2025年) or the whole area (全市), after an item number, before a count that opens its clause.</summary>
    [GeneratedRegex(@"^\s*(?:[（(]?[一二三四五六七八九十\d]{1,3}[)）.、．]\s*)?(?:(?:到|至|力争到|争取)?(?:19|20)\d{2}年(?:\d{1,2}月)?(?:底|末)?(?:前|以前)?)?\s*(?:全[省市区县州盟旗镇乡])?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex OpenedCount { get; }

    /// <summary>All of what is counted do the work: 全面完成 / 全部建成 / 均实现 ….</summary>
    [GeneratedRegex(@"(?:全面|全部|均|都)(?:完成|建成|实现|达标)", RegexOptions.CultureInvariant)]
    private static partial Regex WholeActAfter { get; }

    /// <summary>The verb a standard is paid by, right after its figure: 标准落实 / 的标准发放 / 标准足额拨付 ….</summary>
    [GeneratedRegex(@"\G\s*的?标准\s*(?:足额|及时)?(?:落实|拨付|发放|给予|安排|核定|执行|核拨|下达|补助|奖补|资助|拨款)", RegexOptions.CultureInvariant)]
    private static partial Regex StandardPaidBy { get; }

    /// <summary>A share of a base: 按照年度公用经费预算总额的 / 按当年土地出让收益 before the figure.</summary>
    [GeneratedRegex(@"按(?:照)?[^,，;；。:：%]{2,30}?的?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ShareOfBase { get; }

    /// <summary>The share set aside for a use, right after the figure: 安排 / 提取 / 计提 / 列支 … (…的比例).</summary>
    [GeneratedRegex(@"^(?:的比例)?\s*(?:安排|提取|计提|列支|统筹|用于)", RegexOptions.CultureInvariant)]
    private static partial Regex SetAsideAfter { get; }

    [GeneratedRegex(@"^(?:其中)?(?:(?:19|20)\d{2}年[、和及]?)+各?", RegexOptions.CultureInvariant)]
    private static partial Regex YearsBefore { get; }

    [GeneratedRegex(@"^[^，,；;。的]{1,12}的[^，,；;。]{1,12}?(?:原则上|都要|均要|都应|均应|应当|必须)", RegexOptions.CultureInvariant)]
    private static partial Regex RelativeClauseTail { get; }

    [GeneratedRegex(@"(?:\d+(?:\.\d+)?[万亿]?[^\d、和与及，,；;。\s]{0,5}[、和与及])+\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex SeriesTail { get; }

    // A running total or a yearly mean with nothing of its own (累计, 三年累计, 年均) after the figure of the clause before.
    [GeneratedRegex(@"^(?:(?:[一二两三四五六七八九十]|\d{1,2})年)?(?:累计|共计|合计|总计|年均)$", RegexOptions.CultureInvariant)]
    private static partial Regex RunningTotalOnly { get; }

    /// <summary>A period or a total a bare verb is done over (三年投入, “十四五”期间累计投入, 每年培训): it names nothing counted.</summary>
    [GeneratedRegex(@"^(?:(?:[一二两三四五六七八九十]|\d{1,2})年(?:内|间)?|“?十[四五六]五”?期间|年均|每年|每学年|全年|年内|当年)?(?:累计|共计|合计)?", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodLead { get; }

    /// <summary>A subject of only the rate a standard is given per (每生每年, 每人每月): what it is a standard of is named before.</summary>
    [GeneratedRegex(@"^每(?:生|人|户|名|位|校|所|家)(?:每(?:年|月|学年|学期|天|日))?$", RegexOptions.CultureInvariant)]
    private static partial Regex PerHeadOnly { get; }

    /// <summary>A school level or an area closing a subject (…教师数小学, 普通高中, 农村).</summary>
    [GeneratedRegex(@"(?:幼儿园|学前|小学|初中|普通高中|高中|中职学校|中职|高职院校|高职|城镇|农村|城区|乡村)$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingLevel { get; }

    /// <summary>A subject of only a level (初中): the level closing it is the whole of it.</summary>
    private static bool LevelOnly(string subject) => TrailingLevel.Match(subject) is { Success: true, Index: 0 };

    /// <summary>Who pays, opening a clause: 县财政 / 市级财政 / 区财政局.</summary>
    [GeneratedRegex(@"^(?:[省市州县区旗]级?)?财政(?:局)?", RegexOptions.CultureInvariant)]
    private static partial Regex PayerLead { get; }

    /// <summary>A fund named only as such after its verb (安排资金, 投入经费).</summary>
    [GeneratedRegex(@"(?:资金|经费)$", RegexOptions.CultureInvariant)]
    private static partial Regex GenericFundTail { get; }

    /// <summary>A clause that names a standard or a fund (落实中职学校生均公用经费拨款标准): what a rate per head is of.</summary>
    [GeneratedRegex(@"(?:标准|经费|资金|补贴|补助|奖励|奖补)$", RegexOptions.CultureInvariant)]
    private static partial Regex NamedStandard { get; }

    [GeneratedRegex(@"^(?:(?:19|20)\d{2}年)?(?:新增|新建|新)", RegexOptions.CultureInvariant)]
    private static partial Regex NewlyAdded { get; }

    [GeneratedRegex(@"^\s*的(?!水平|目标|范围|幅度|区间|标准)[\u3400-\u9fff]", RegexOptions.CultureInvariant)]
    private static partial Regex BelowClassTail { get; }

    [GeneratedRegex(@"(?:量|额|规模|能力|产值|收入|面积)\s*(?:在|为|达)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex MeasureName { get; }
    /// <summary>A phrase that opens on whom a measure is for, after its cadence (每年对各县（市、区）, 对全市).</summary>
    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．、])?\s*(?:每(?:年|季度|学期|学年|半年|月))?\s*对", RegexOptions.CultureInvariant)]
    private static partial Regex ScopeOpening { get; }

    /// <summary>A measure or a rate named right before a bound (合格率, 年用水量, 营业收入): what the bound is on.</summary>
    [GeneratedRegex(@"(?:量|额|规模|能力|产值|收入|面积|率|比例|比重|占比|得分|分数|成绩|增速|增幅)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ShareMeasured { get; }

    [GeneratedRegex("排名|排位|位次|进入|跻身|位居|位列", RegexOptions.CultureInvariant)]
    private static partial Regex RankCue { get; }

    [GeneratedRegex(@"^(?:办理|审批|核查|办结|审核|受理)?(?:时限|时间|用时)$", RegexOptions.CultureInvariant)]
    private static partial Regex GenericTimeLimit { get; }

    [GeneratedRegex(@"^\s*(?:\d{1,2}\s*[.、．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)\s*(?<t>[^。；;，,:：]{2,24})。", RegexOptions.CultureInvariant)]
    private static partial Regex ItemTitle { get; }

    [GeneratedRegex(@"^\s*(?:19|20)\d{2}\s*年(?:底|末)?前?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex YearOnly { get; }

    /// <summary>A clause that only gives a change against a baseline (，较2024年下降6% / ，同比增长5%), with no measure of its own.</summary>
    [GeneratedRegex(@"^\s*(?:较|比|同比|环比)[^,，;；。、]{0,12}?(?:下降|降低|减少|提高|提升|增长|上升|增加)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ChangeAgainstBaselineOnly { get; }

    /// <summary>A sentence's first clause that names a fund and who provides it (专项资金由县财政预算安排，).</summary>
    [GeneratedRegex(@"^\s*(?:" + ArticleNumber + @"\s*)?(?<t>[\u3400-\u9fff]{2,10}?)由[^,，;；。]{1,20}(?:安排|承担|负担|列支|筹集|保障)\s*[,，]\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex FundProvidedBy { get; }

    /// <summary>A sentence's first clauses that define a fund (本细则所称专项资金，是指…用于支持…的资金，).</summary>
    [GeneratedRegex(@"^\s*(?:" + ArticleNumber + @"\s*)?(?:本(?:细则|办法|规定|措施|方案)所称)?(?<t>[\u3400-\u9fff]{2,10}?)\s*[,，]?\s*是指[^;；。]{1,80}?(?:资金|经费)\s*[,，]\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex FundDefined { get; }

    /// <summary>A bracketed cross-reference (（见附件1）, （详见附表）): it points elsewhere and names nothing.</summary>
    [GeneratedRegex(@"[（(]\s*(?:详见|参见|具体见|见)[^（）()]{1,20}[）)]", RegexOptions.CultureInvariant)]
    private static partial Regex CrossReference { get; }

    /// <summary>A fund named only as such (市财政安排资金, 专项资金): what it pays for is said elsewhere.</summary>
    [GeneratedRegex(@"^[\u3400-\u9fff]{0,6}?(?:安排|统筹|筹措|投入)?(?:专项)?(?:资金|经费)$", RegexOptions.CultureInvariant)]
    private static partial Regex GenericFund { get; }

    /// <summary>A cadence: once in each period (每季度…开展1次, 每月检测1次), a counted one too (每两年举办一届, 每3个月).</summary>
    [GeneratedRegex(@"每(?:[两二三四五六\d]{1,2})?(?:个)?(?:年|半年|季度|季|月|旬|周|日|天)", RegexOptions.CultureInvariant)]
    private static partial Regex EachPeriod { get; }

    /// <summary>The number of an article of rules or measures (第四条).</summary>
    private const string ArticleNumber = @"第[一二三四五六七八九十百零〇\d]{1,4}条";

    /// <summary>The label of an article of rules or measures (第四条　).</summary>
    [GeneratedRegex(@"^\s*" + ArticleNumber + @"\s*", RegexOptions.CultureInvariant)]
    private static partial Regex ArticleLabel { get; }

    /// <summary>A sentence's opening that is only a year (2026年，/ 到2030年，), before the verb of its one clause.</summary>
    [GeneratedRegex(@"^\s*(?:到|至|力争到|争取到)?\s*(?:19|20)\d{2}\s*年(?:底|末)?\s*[,，:：]?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex YearLeadOnly { get; }

    /// <summary>A clause that opens on a year (2025年，… / 分年度目标：2025年，… / …，到2025年，…).</summary>
    [GeneratedRegex(@"(?:^|[,，:：])\s*(?:到|至|力争到|争取到)?\s*(?:19|20)\d{2}\s*年(?:底|末)?\s*[,，:：]", RegexOptions.CultureInvariant)]
    private static partial Regex YearClause { get; }

    [GeneratedRegex(@"^(?:\s*[、和及与]\s*\d+(?:\.\d+)?\s*(?:%|倍))*\s*(?:确定|计算|核定|计发|核算|折算)", RegexOptions.CultureInvariant)]
    private static partial Regex CalculationTail { get; }

    [GeneratedRegex(@"^(?<y>(?:19|20)\d{2})\s*年?度?$", RegexOptions.CultureInvariant)]
    private static partial Regex YearCell { get; }

    /// <summary>A column header that names what it counts by its measure word (筹集套数 → 套, 新增户数 → 户).</summary>
    [GeneratedRegex(@"^(?<name>.+?(?<unit>\p{IsCJKUnifiedIdeographs})数)$", RegexOptions.CultureInvariant)]
    private static partial Regex CountHeader { get; }

    [GeneratedRegex(@"^(?:合计|总计|小计|全[省市县区镇])$", RegexOptions.CultureInvariant)]
    private static partial Regex TotalRow { get; }

    /// <summary>
    /// Tables that break figures down by year or by place (年度 | 筹集套数 | 开工套数, one row a year; 乡镇 | 煤改电（户） |
    /// 煤改气（户）, one row a township): each cell is a target named by its column, with the unit from the column's brackets
    /// (投资（亿元）) or its measure word (套数 → 套), or printed in the cell (8000套). A year's row is skipped once the year is
    /// past and gives its cells the year's end as deadline; a total row (合计) restates the figures given elsewhere.
    /// </summary>
    private static void YearTables(ExtractionContext context, SeenTargets seen)
    {
        var rules = context.Rules;
        foreach (var rows in context.BlockTables.Concat(context.RowPerLineTables))
        {
            if (rows.Count < 2) continue;
            var header = HeaderCells(rows[0]);
            int yearCol = header.FindIndex(c => rules.IsMacro("year_column_header", c));
            bool byPlace = yearCol < 0;
            if (byPlace) yearCol = header.FindIndex(c => rules.IsMacro("place_column_header", c));
            if (yearCol < 0) continue;
            // A list of funds handed down by place (附件：2024年…资金分配表 | 县市区 | 合计（万元） | …) shares out money
            // already granted: its amounts are allocations, not targets (the sum in the text is the one to give).
            bool allocation = byPlace && AllocationCaption(context, rows[0]);
            // The unit of each column, or null when the header says nothing of what it counts.
            var units = new string?[header.Count];
            var names = new string[header.Count];
            for (int c = 0; c < header.Count; c++)
            {
                if (c == yearCol || header[c].Length is 0 or > 14) continue;
                // A column of results (已完成（个）, 完成率, 实际完成) reports what is done: no target.
                if (rules.MacroRegex("result_column_header", MacroMatch.Anywhere)?.IsMatch(header[c]) == true) continue;
                var name = header[c];
                string? unit = null;
                if (BracketUnit.Match(name) is { Success: true } b) { unit = b.Groups["u"].Value.Trim(); name = name[..b.Index]; }
                else if (CountHeader.Match(name) is { Success: true } ch && rules.Find("quantity", "1" + ch.Groups["unit"].Value).Any(m => m.Span.Length == 1 + ch.Groups["unit"].Length))
                    unit = ch.Groups["unit"].Value;
                units[c] = unit;
                names[c] = name;
            }
            for (int r = 1; r < rows.Count; r++)
            {
                var cells = rows[r];
                if (cells.Count != header.Count) continue;
                var key = TextFold.Squash(TextFold.Fold(cells[yearCol].Text.Trim()));
                int year = 0;
                if (byPlace)
                {
                    if (key.Length == 0 || TotalRow.IsMatch(key)) continue;
                }
                else
                {
                    var y = YearCell.Match(key);
                    if (!y.Success) continue;
                    year = int.Parse(y.Groups["y"].Value);
                    if (context.IssueDate is { } issued && year < issued.Year) continue;
                }
                var yearCell = cells[yearCol];
                DeadlineOutput? deadline = null;
                for (int c = 0; c < cells.Count; c++)
                {
                    if (names[c] is null) continue;
                    var m = rules.Find("target.indicator-value", TextFold.Fold(cells[c].Text));
                    if (m.Count == 0) continue;
                    var v = m[0];
                    var unitText = v.Value("unit") is { Length: > 0 } printed ? printed : units[c];
                    if (unitText is null || !ChineseNumbers.TryParse(v.Value("num")!, out var num)) continue;
                    var (factor, unit) = ChineseNumbers.SplitMultiplier(unitText);
                    if (allocation && MoneyUnits.Contains(unit)) continue;
                    if (deadline is null && !byPlace)
                    {
                        deadline = YearEndDeadline(context, year, yearCell.Text.Trim(), yearCell.Span);
                        Deadlines.DeadlineExtractor.Add(context, deadline);
                    }
                    var target = TableTarget(context, v, num, factor, unit,
                        $"{yearCell.Text.Trim()} {TextFold.Squash(rows[0][c].Text.Trim())} {cells[c].Text.Trim()}", names[c], deadline, cells[c]);
                    if (seen.Add($"{target.Value}|{target.Min}|{target.Max}|{target.Unit}|{target.Subject}|{key}", target)) context.Result.Targets.Add(target);
                }
            }
        }
    }

    /// <summary>The line just before a table (or the one before that) calls it a list of allocations (…资金分配表, 分配明细表).</summary>
    private static bool AllocationCaption(ExtractionContext context, List<TableCellText> header)
    {
        if (header.Count == 0) return false;
        var view = context.View;
        int li = view.LineIndexOf(header[0].Span.Start);
        for (int k = li - 1, seen = 0; k >= 0 && seen < 2; k--)
        {
            var t = view.LineText(k).Trim();
            if (t.Length == 0) continue;
            seen++;
            if (AllocationTitle.IsMatch(t)) return true;
        }
        return false;
    }

    [GeneratedRegex(@"(?:分配|下达|切块)(?:情况|明细|结果)?(?:一览)?表\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex AllocationTitle { get; }

    private static bool SizeClass(string text, RuleMatch m) =>
        m.Span.End < text.Length && text[m.Span.End] == '级' && m.Value("num") is { Length: > 0 } num && num.All(c => c is '十' or '百' or '千' or '万' or '亿');

    private static TargetOutput? Build(ExtractionContext context, RuleMatch q, RuleMatch? previous, RuleMatch? next, Line line, string? previousSubject,
        string? previousComparator)
    {
        var draft = new Draft(context, q, previous, next, line, previousSubject, previousComparator);
        if (!draft.ReadsAsQuantity() || !draft.ClauseCommits() || !draft.PassesContextChecks()) return null;
        return draft.SubjectInContext(draft.PickSubject()) is { } subject ? draft.Output(subject) : null;
    }

    private static string Comparator(RuleSet rules, RuleMatch q)
    {
        foreach (var word in new[] { q.Value("pre"), q.Value("post"), q.Value("mid") })
            if (ComparatorOf(rules, word) is { } c) return c;
        return "eq";
    }

    private static string? ComparatorOf(RuleSet rules, string? word) =>
        word is null ? null : rules.FirstValue("comparator", word, "comparator");

    /// <summary>
    /// Where the opening clause of a line ends when it is only a marker of a past period (“十三五”期间，/ 近年来，/ 过去五年，),
    /// else null.
    /// </summary>
    private static int? PastPeriodOpening(ExtractionContext context, Line line)
    {
        var text = context.View.MatchText;
        int end = IndexOfAny(text, ClauseEnds, line.Start, line.End);
        if (end >= line.End) return null;
        var clause = LeadingLabel.Replace(text[line.Start..end].Trim(), "");
        if (clause.Length > 16) return null;
        var marks = context.Rules.Find("target.achievement", clause);
        return marks.Count > 0 && marks[^1].Span.End == clause.Length && !PlanStillAhead(context, marks[^1].Text) ? end : null;
    }

    /// <summary>
    /// The line lies under a heading that turns to the work ahead (rules macro <c>work_ahead</c>: 下一步工作要求, 2025年工作安排),
    /// or opens on such words itself (下一步，全市将…).
    /// </summary>
    private static bool TurnsToWorkAhead(ExtractionContext context, Line line)
    {
        if (context.LinesUnderHeading("work_ahead")[line.Index]) return true;
        var opening = LeadingLabel.Replace(context.View.MatchText.Substring(line.Start, line.Length).TrimStart(), "");
        return context.Rules.MacroRegex("work_ahead", MacroMatch.Anywhere)?.Match(opening) is { Success: true, Index: 0 };
    }

    /// <summary>A sentence that opens on a year before the document's own (2020年，… / 截至2021年底，…) reports the past.</summary>
    private static bool IsPast(ExtractionContext context, string sentence)
    {
        if (context.IssueDate is not { } issued) return false;
        foreach (var m in context.Rules.Find("target.past-lead", sentence))
            if (int.TryParse(m.Value("year"), out var y) && y < issued.Year)
                return true;
        return false;
    }

    /// <summary>The opening of a sentence on what an applicant must be or have (申报单位应当…, 申请企业须…).</summary>
    [GeneratedRegex(@"^\s*(?:申报|申请)(?:单位|企业|主体|项目|人|对象)[\u3400-\u9fff]{0,4}?(?:应当|应|须|必须|需)", RegexOptions.CultureInvariant)]
    private static partial Regex ApplicantMust { get; }

    /// <summary>
    /// What follows a marker of results when the marker only qualifies what a rate is taken of (已建成设施正常运行率达到90%以上):
    /// a rate named in the same clause, then the verb of the level to reach, right before the figure.
    /// </summary>
    [GeneratedRegex(@"^[\u3400-\u9fff]{1,12}(?:率|比例|占比|比重)\s*(?:达到|提高到|提高至|提升到|提升至|保持在|稳定在|不低于)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex QualifiesRate { get; }

    [GeneratedRegex("(?<!控制|保持|稳定|维持)在\\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex EligibilityBound { get; }
    [GeneratedRegex("应|须|需|要求|条件|申报", RegexOptions.CultureInvariant)]
    private static partial Regex Requirement { get; }
    [GeneratedRegex("十(?<n>[一二三四五六七八九])五", RegexOptions.CultureInvariant)]
    private static partial Regex PlanName { get; }

    /// <summary>
    /// An achievement marker naming a five-year plan (“十三五”期间) reports the past only once that plan has ended: a
    /// document issued during it (2017) sets what is to be done in it.
    /// </summary>
    private static bool PlanStillAhead(ExtractionContext context, string marker)
    {
        var m = PlanName.Match(marker);
        if (!m.Success || context.IssueDate is not { } issued || !Normalization.ChineseNumbers.TryParse(m.Groups["n"].Value, out var n)) return false;
        return Normalization.PeriodNormalizer.FiveYearPlan(10 + (int)n).End >= issued.Year;
    }

    [GeneratedRegex("给予|奖励|补助|补贴|扶持|奖补|支持", RegexOptions.CultureInvariant)]
    private static partial Regex Support { get; }

    /// <summary>每 and a verb of taking on one more right before a count (每接收, 每吸纳, 每新招用): not 每年 / 每个 / 每村.</summary>
    [GeneratedRegex(@"每(?:新)?(?![个人户家所张床名项位村镇校园班座套辆台年月季周日天次届轮期半学两二三四五六七八九十\d])[\u3400-\u9fff]{1,3}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex EachEarning { get; }

    /// <summary>A clause of each one taken on, closed by 的 (企业每吸纳1名…并签订…的，), ending the text before the support.</summary>
    [GeneratedRegex(@"每(?:新)?(?![个人户家所张床名项位村镇校园班座套辆台年月季周日天次届轮期半学两二三四五六七八九十\d])[\u3400-\u9fff]{1,3}\s*(?:\d+|一)\s*(?:名|人|户|个|家)[^，,。；;]*的\s*[，,]\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex EachTakenOnClause { get; }

    /// <summary>A clause of only the one a tier of support goes to, before its amount (B类人才 / 二类地区 / 省级).</summary>
    [GeneratedRegex(@"^\s*[A-Za-z0-9\u3400-\u9fff（）()]{1,12}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ElidedTier { get; }

    /// <summary>A text that opens on 对 and names with 的 whom it is for (对新认定的…企业): the opening of a support standard.</summary>
    private static bool OpensOnDuiDe(string text) => text.TrimStart().StartsWith('对') && text.Contains('的');

    /// <summary>What may stand between a verb and its object: a connector to a second verb (、), an alternative in brackets (（改扩建）), or the bracket closing the verb itself (新建（改扩建）).</summary>
    [GeneratedRegex(@"^(?:[、，,]\s*|[（(][^（）()]{1,8}[）)]\s*|[）)]\s*)", RegexOptions.CultureInvariant)]
    private static partial Regex JoinedVerb { get; }

    /// <summary>A verb of dividing into parts right before their count (具体分为三档, 划分为两个阶段).</summary>
    [GeneratedRegex(@"(?:分为|分成|划分为|划分成|划为)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex DividedInto { get; }

    /// <summary>A clause of a cap on each one (每个项目每年最高不超过 / 单个项目最高 / 每家企业累计最多).</summary>
    [GeneratedRegex(@"^\s*(?:每|单|同一)(?:个|家|户|项|所|名|人|位)?[\u3400-\u9fff]{0,4}?(?:每年|每月|每次|每季度|年度|累计)?\s*(?:最高|最多)\s*(?:不超过|不高于|不多于)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ScopedCap { get; }

    /// <summary>X以上的 + noun, in a sentence that then grants support: the number says who qualifies.</summary>
    private static bool IsThreshold(ExtractionContext context, string text, RuleMatch q, bool bounded, int clauseStart, int sentenceEnd)
    {
        int after = q.Span.End;
        // The first of two coordinated bounds (首次突破1亿元、5000万元的文旅企业) is bounded by the same 的.
        if (after < text.Length && text[after] is '、' or '或')
        {
            int j = after + 1;
            while (j < text.Length && j - after <= 16 && text[j] is not ('，' or ',' or '。' or '；' or ';' or '的' or '\n')) j++;
            if (j < text.Length && text[j] == '的' && text.AsSpan(after, j - after).IndexOfAnyInRange('0', '9') >= 0) after = j;
        }
        // A bound on the noun after it, in a clause closed by 的 (引进年纳税500万元以上企业的，按每家10万元给予奖励): the
        // clause says which ones the support that follows is for.
        if (bounded && after < text.Length && text[after] != '的')
        {
            int j = after;
            while (j < text.Length && j - after < 8 && text[j] is >= '\u3400' and <= '\u9fff' and not '的') j++;
            if (j > after && j + 1 < text.Length && text[j] == '的' && text[j + 1] is '，' or ',') after = j;
        }
        if (after >= text.Length || text[after] != '的') return false;
        var lead = text.AsSpan(clauseStart, q.Span.Start - clauseStart);
        bool scoped = lead.IndexOfAny("对凡") >= 0 || lead.Contains("符合", StringComparison.Ordinal);
        // A floor on the share of the ones acted on, right after whom it is for (每年对各县（市、区）不少于20%的学校开展督导评估,
        // 对不低于30%的项目开展抽查): the part to reach, not a class picked out by a measure (对合格率低于90%的企业).
        if (scoped && bounded && q.Value("unit") is "%" && q.Value("pre") is "不少于" or "不低于" or "至少"
            && BoundStart(q, NumberStart(q)) is var bound && bound >= clauseStart
            && !ShareMeasured.IsMatch(text.AsSpan(clauseStart, bound - clauseStart)))
            scoped = false;
        // A bound that says which ones a measure applies to (对年用水量1万立方米以上的工业企业实行计划用水管理).
        if (scoped && bounded) return true;
        var rest = text[after..sentenceEnd];
        // …1亿元以上的产业项目，每个得2分: what is scored.
        if (context.Rules.MacroRegex("non_target_clause", MacroMatch.Anywhere)?.IsMatch(rest) == true) return true;
        // A clause closed by 的 says who gets the support that follows (…实现营业收入超过5000万元的，再给予最高200万元奖励).
        bool conditional = after + 1 < text.Length && text[after + 1] is '，' or ',';
        return (scoped || conditional) && Support.IsMatch(rest);
    }

    /// <summary>The number follows a target verb directly (新建三所学校).</summary>
    private static bool DirectlyAfterVerb(ExtractionContext context, RuleMatch q, int numStart, Line line)
    {
        int from = Math.Max(line.Start, numStart - 6);
        var verbs = context.Rules.Find("target.verb", context.View.MatchText[from..numStart], from);
        // A verb that ends a longer word (资源配置七项指标: 配置 of 资源配置) makes a noun of it: the numeral after names a set.
        return verbs.Count > 0 && verbs[^1].Span.End == BoundStart(q, numStart) && !context.InsideWord(verbs[^1].Span.Start);
    }

    /// <summary>Where a quantity's number starts (its value, or the low end of a range), past any prefix the match holds.</summary>
    private static int NumberStart(RuleMatch q) =>
        // 百分之九十八: the number is printed from 百分之 on, though its numeral group starts after it.
        q.Text.StartsWith("百分之", StringComparison.Ordinal) || q.Text.StartsWith("千分之", StringComparison.Ordinal) ? q.Span.Start
        : q.Groups.TryGetValue("num", out var n) ? n.Span.Start : q.Groups.TryGetValue("min", out var m) ? m.Span.Start : q.Span.Start;

    /// <summary>Where the words a target verb must reach start: a bound read before the number (不少于), else the number.</summary>
    private static int BoundStart(RuleMatch q, int numStart) => q.Groups.TryGetValue("pre", out var pre) ? pre.Span.Start : numStart;

    /// <summary>True when a deadline with an end date was found between <paramref name="from"/> and <paramref name="to"/>.</summary>
    private static bool DatedDeadlineWithin(ExtractionContext context, int from, int to) =>
        context.DeadlineMentions.Any(d => d.Span.Start >= from && d.Span.End <= to && d.Deadline.End is not null);

    [GeneratedRegex("(?:增长|提高|提升|下降|降低|减少|增加|上浮|下浮)\\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingChange { get; }

    /// <summary>A clause of only a bound before its figure (，最高不超过120万元 / ，最多).</summary>
    [GeneratedRegex(@"^\s*(?:但|且|并且?|同时)?\s*(?:最高|最多|最低|最少)?\s*(?:不超过|不高于|不多于|不低于|不少于|至少)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex BareBound { get; }

    /// <summary>
    /// A clause that only names works to be built (建设玉米制种全产业链实训车间, 新建综合实训楼, 推进县职业技术学校新校区建设, 新校区建设),
    /// without a figure.
    /// </summary>
    [GeneratedRegex(@"^(?:(?:高标准|高质量|高起点|高水平|规划|计划|拟)?(?:新建|建设|建成|改扩建|改建|扩建|迁建|配套建设)[\u3400-\u9fff“”]{2,24}|(?:推进|加快|启动|实施|支持)?[\u3400-\u9fff“”]{2,20}(?:建设|新建|改扩建|扩建|迁建)(?:工程|项目)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex BuildClause { get; }

    /// <summary>A clause of only a cadence and a floor before its figure (，每年不少于80人次 / ，每学期至少 / ，每年8万人次以上).</summary>
    [GeneratedRegex(@"^\s*(?:每(?:年|年度|学年|学期|季度|月)|年均)\s*(?:不少于|不低于|至少)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex CadencedFloor { get; }

    /// <summary>What the quantity before counts, then the word that joins the next one to it (劳动实践基地和 / 基地及).</summary>
    [GeneratedRegex(@"^[\u3400-\u9fff“”（）()]{2,20}(?:和|及|以及|与)$", RegexOptions.CultureInvariant)]
    private static partial Regex JoinedNoun { get; }

    /// <summary>A subject of only the word that links its clause to the one before (但最高不超过20%: 但).</summary>
    private static bool OnlyLink(string subject) => subject is "但" or "但是" or "且" or "并" or "并且" or "同时" or "而";

    /// <summary>
    /// What the quantity before names, when it closes the clause just before this one in the sentence: the phrase before its
    /// number without the words that lead to it (茶叶综合产值增长10%—15% → 茶叶综合产值); null when there is none.
    /// </summary>
    /// <summary>Two quantities written alike (一户 … 一户, 一批 … 一片) a short verb apart in a series joined by 、 or ，.</summary>
    private static bool RepeatsInSeries(string text, RuleMatch? first, RuleMatch? second)
    {
        if (first is null || second is null || second.Span.Start <= first.Span.End) return false;
        int gap = second.Span.Start - first.Span.End;
        if (first.Text == second.Text) return gap <= 5 && text.AsSpan(first.Span.End, gap).IndexOfAny("、，,") >= 0;
        // …or 一 with another measure word, each closing its short verb phrase (转型一家、带动一批、辐射一片).
        return first.Value("num") is "一" && second.Value("num") is "一" && gap <= 4 && text[first.Span.End] is '、' or '，' or ',';
    }

    private static string? CarriedSubject(DocumentView view, RuleMatch? previous, int sentenceStart, int clauseStart)
    {
        var text = view.MatchText;
        if (previous is null || previous.Span.Start < sentenceStart || previous.Span.End > clauseStart
            || text.AsSpan(previous.Span.End, clauseStart - previous.Span.End).Trim().Length > 1)
            return null;
        int numStart = NumberStart(previous);
        int from = LastIndexOfAny(text, ClauseEnds, numStart - 1, sentenceStart) + 1;
        var phrase = TrailingChange.Replace(TrailingCue.Replace(view.Text[from..numStart], ""), "");
        phrase = TextFold.Squash(LeadingLabel.Replace(phrase, "").Trim());
        // The time the clause opens on (2024—2026年新建改扩建…) is its deadline, not part of what it counts.
        phrase = LeadingTime.Replace(phrase, "");
        return phrase.Length is >= 2 and <= 20 ? phrase : null;
    }

    /// <summary>
    /// The clause before the number is a short noun phrase (日处理能力, 总投资), and the quantity before it, in the clause just
    /// before within the same sentence, follows a target verb (建成厨余垃圾集中处理设施1座) or was itself taken as a target
    /// (改造…86个，涉及居民2.1万户、建筑面积158万平方米: each measure after the first continues the one before).
    /// </summary>
    private static bool ContinuesTarget(ExtractionContext context, string text, RuleMatch? previous, bool previousIsTarget, int sentenceStart, int clauseStart, string beforeInClause)
    {
        if (previous is null) return false;
        var noun = beforeInClause.Trim();
        // The next of a list in one clause (…涉及居民2.1万户、建筑面积158万平方米): the name after 、 alone is read.
        int numStart = clauseStart + beforeInClause.Length;
        bool listed = previousIsTarget && previous.Span.Start >= clauseStart && previous.Span.End < numStart && text[previous.Span.End] == '、';
        if (listed)
            noun = text[(previous.Span.End + 1)..numStart].Trim();
        else if (previous.Span.Start < sentenceStart || previous.Span.End > clauseStart) return false;
        // After a target, a longer name may follow (共建产业学院3个，现代学徒制试点专业4个), when it ends on a noun.
        if (noun.Length < 2 || noun.Length > (previousIsTarget ? 12 : 8)) return false;
        if (noun.Length > 8 && context.WordAt(numStart - 1) is not { Tag: ['n', ..] }) return false;
        // A time or a running total (三年累计150家) restates the quantity before; it names no other measure.
        // (年度计划投资 names the year's share of an amount, not a time.)
        var bare = noun.StartsWith("年度", StringComparison.Ordinal) ? noun[2..] : noun;
        if (bare.AsSpan().IndexOfAny("，,；;、和与的年月累") >= 0 || context.Rules.Find("target.verb", noun).Count > 0) return false;
        if (listed) return true;
        // The quantity before must be in the clause just before this one.
        if (text.AsSpan(previous.Span.End, clauseStart - previous.Span.End).IndexOfAny(ClauseEnds) != clauseStart - previous.Span.End - 1) return false;
        if (previousIsTarget) return true;
        int prevClause = LastIndexOfAny(text, ClauseEnds, previous.Span.Start - 1, sentenceStart) + 1;
        return context.Rules.Find("target.verb", text[prevClause..previous.Span.Start]).Count > 0;
    }

    /// <summary>The clause just before the one opening at <paramref name="clauseStart"/>, in its sentence, trimmed; null for a sentence's first clause.</summary>
    private static string? ClauseBefore(DocumentView view, int sentenceStart, int clauseStart)
    {
        int end = clauseStart - 1;
        if (end <= sentenceStart) return null;
        return view.Text[ClauseBeforeStart(view.MatchText, sentenceStart, clauseStart)..end].Trim();
    }

    /// <summary>Where the clause before the one at <paramref name="clauseStart"/> starts, within its sentence.</summary>
    private static int ClauseBeforeStart(string text, int sentenceStart, int clauseStart) =>
        LastIndexOfAny(text, ClauseEnds, clauseStart - 2, sentenceStart) + 1;

    /// <summary>The last opening bracket followed by 其中 (（其中…) in [from, to), or -1.</summary>
    private static int WhereofBracket(string text, int from, int to)
    {
        for (int i = to - 2; i >= from; i--)
            if (text[i] is '（' or '(' && (string.CompareOrdinal(text, i + 1, "其中", 0, 2) == 0 || IncludedPart(text, i))) return i;
        return -1;
    }

    /// <summary>A bracket that opens on 含 or 包括 and holds a number before it closes (新生900人（含“3+2”贯通培养200人）): the part
    /// of the count before it that is included; not the inclusive mark of a bound (3年（含）以上).</summary>
    private static bool IncludedPart(string text, int open)
    {
        int at = open + 1;
        if (string.CompareOrdinal(text, at, "包括", 0, 2) == 0) at += 2;
        else if (at < text.Length && text[at] == '含') at += 1;
        else return false;
        for (int i = at; i < text.Length && i < at + 40; i++)
        {
            if (text[i] is '）' or ')' or '\n') return false;
            if (char.IsAsciiDigit(text[i])) return true;
        }
        return false;
    }

    /// <summary>The full sentence holding a position opens on 其中 (其中：续建项目178个), past any item label.</summary>
    private static bool OpensOnWhereof(string text, int at, Line line)
    {
        int fullStart = LastIndexOfAny(text, FullStops, at - 1, line.Start) + 1;
        return LeadingLabel.Replace(text[fullStart..at], "").TrimStart().StartsWith("其中", StringComparison.Ordinal);
    }

    /// <summary>Two quantities joined by a connector after 分别 in their clause (分别增长12%和15%以上): the first, then the second.</summary>
    private static bool Respectively(string text, RuleMatch? first, RuleMatch second, int clauseStart) =>
        first is not null && first.Span.Start >= clauseStart && first.Span.End < second.Span.Start
        && text.AsSpan(first.Span.End, second.Span.Start - first.Span.End).Trim() is "和" or "、" or "与" or "及"
        && text.AsSpan(clauseStart, first.Span.Start - clauseStart).Contains("分别", StringComparison.Ordinal);

    /// <summary>The end of the year a clause opens on (2025年200公里 → 2025-12-31), with the year as its evidence.</summary>
    private static DeadlineOutput? YearEnd(ExtractionContext context, int clauseStart, int numStart)
    {
        var m = YearHeader.Match(context.View.MatchText, clauseStart, numStart - clauseStart);
        if (!m.Success) return null;
        return YearEndDeadline(context, int.Parse(m.Groups["y"].Value), context.View.Text.Substring(m.Index, m.Length), new TextSpan(m.Index, m.Index + m.Length));
    }

    private static DeadlineOutput? DeadlineFor(ExtractionContext context, int at, int sentenceStart, Line line)
    {
        // A dated deadline wins over a recurring one in the same reach (2022—2024年每年新增… is due by 2024).
        var mentions = context.DeadlineMentions;
        var text = context.View.MatchText;
        // Past its own sentence, a deadline that dates a part (…1.5万人次以上，其中2022年完成5000人次；新增…) does not reach on.
        bool DatesAPart(TextSpan span)
        {
            int start = LastIndexOfAny(text, ClauseEnds, span.Start - 1, line.Start) + 1;
            return text.AsSpan(start, span.Start - start).TrimStart().StartsWith("其中", StringComparison.Ordinal);
        }
        DeadlineOutput? Pick(int from, bool pastTheSentence = false)
        {
            DeadlineOutput? dated = null, any = null;
            foreach (var (span, d) in mentions)
            {
                if (span.Start < from || span.End > at || !d.CanDateATarget()) continue;
                if (pastTheSentence && span.Start < sentenceStart && DatesAPart(span)) continue;
                any = d;
                if (d.End is not null) dated = d;
            }
            return dated ?? any;
        }
        if (Pick(sentenceStart) is { } inSentence) return inSentence;
        if (Pick(line.Start, pastTheSentence: true) is { } inLine) return inLine;
        if (context.TitleSpan is { } ts)
            foreach (var (span, d) in mentions)
                if (d.CanDateATarget() && ts.Contains(span.Start)) return d;
        return null;
    }

    /// <summary>A number inside a short quoted name (“双百计划”, “1+X”) is part of the name.</summary>
    /// <summary>
    /// Inside the quoted wording a decision amends (将第八条中的“…压缩至80个工作日以内”修改为“…60个工作日以内”): a figure of
    /// the text being changed, old or new, not a target the document sets.
    /// </summary>
    private static bool InAmendedWording(string text, int at, Line line)
    {
        int open = text.LastIndexOf('“', at, at - line.Start + 1);
        if (open < 0 || text.IndexOf('”', open, at - open) >= 0) return false;
        int close = text.IndexOf('”', at, line.End - at);
        if (close < 0) return false;
        var around = text.AsSpan(Math.Max(line.Start, open - 4), Math.Min(line.End, close + 6) - Math.Max(line.Start, open - 4));
        return around.Contains("修改为", StringComparison.Ordinal) || around.Contains("修订为", StringComparison.Ordinal)
            || around.Contains("调整为“", StringComparison.Ordinal);
    }

    private static bool InShortQuote(string text, int at)
    {
        int open = text.LastIndexOfAny(['“', '"'], Math.Max(0, at - 1), Math.Min(at, 12));
        if (open < 0) return false;
        if (text.IndexOfAny(['”', '"'], open + 1, at - open - 1) >= 0) return false;
        int close = text.IndexOfAny(['”', '"'], at);
        return close > at && close - open <= 12 && text.IndexOf('\n', open, close - open) < 0;
    }

    private static int LastIndexOfAny(string text, char[] chars, int from, int floor)
    {
        for (int i = from; i >= floor; i--)
            if (Array.IndexOf(chars, text[i]) >= 0) return i;
        return floor - 1;
    }

    private static int IndexOfAny(string text, char[] chars, int from, int ceiling)
    {
        for (int i = from; i < ceiling; i++)
            if (Array.IndexOf(chars, text[i]) >= 0) return i;
        return ceiling;
    }
}
