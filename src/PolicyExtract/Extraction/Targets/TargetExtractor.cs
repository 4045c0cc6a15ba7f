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
    [GeneratedRegex("(?:力争|争取|分别|确保|最低|发展到|发展至|增加到|增加至|压缩至|压缩到|压减至|压减到|减至|达到|达|提高到|提高至|提升到|提升至|增长到|增至|降至|降到|降低到|降低至|下降到|下降至|减少到|缩短至|缩短到|保持在|稳定在|控制在|不低于|不少于|不超过|不高于|超过|突破|至少|最高|最多|为|的|约|近|在|超)+\\s*$", RegexOptions.CultureInvariant)]
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

    /// <summary>The target, or one for each measure when its subject names several that are all to reach the same level.</summary>
    private static IEnumerable<TargetOutput> EachOfJointSubjects(TargetOutput target)
    {
        if (target.Subject is not { } subject || JointSubjects.Match(subject) is not { Success: true } m)
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
        var tables = context.BlockTables.Concat(context.RowPerLineTables).Concat(TextTables.CellPerLineIndicators(context));
        foreach (var rows in tables)
        {
            for (int h = 0; h < Math.Min(3, rows.Count - 1); h++)
            {
                var header = HeaderCells(rows[h]);
                int nameCol = header.FindIndex(c => rules.IsMacro("indicator_header", c));
                if (nameCol < 0) continue;
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

    // What a clause can end on that a figure in the next clause measures (…分配到初中学校的比例，2027年达到60%以上).
    [GeneratedRegex(@"(?:比例|占比|比重|率|水平)$", RegexOptions.CultureInvariant)]
    private static partial Regex MeasureNoun { get; }

    // A clause that sets a work going and names it (推进既有住宅加装电梯, 全面实施农村公路提质改造), nothing else.
    [GeneratedRegex(@"^(?:加快|持续|全面|积极|深入|大力|稳步|有序)?(?:推进|实施|开展|推动|实行)[\u3400-\u9fff]{2,24}$", RegexOptions.CultureInvariant)]
    private static partial Regex WorkClause { get; }

    // A total over a period before a bare verb (三年累计, 累计, 五年共计, 年均).
    [GeneratedRegex(@"^(?:(?:[一二两三四五六七八九十]|\d{1,2})年)?(?:累计|共计|合计|年均)", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodTotalLead { get; }

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
    [GeneratedRegex(@"^\s*(?:现|特|兹)?将(?![来近要会])", RegexOptions.CultureInvariant)]
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

    [GeneratedRegex(@"^(?:累计|共计|合计|总计)$", RegexOptions.CultureInvariant)]
    private static partial Regex RunningTotalOnly { get; }

    [GeneratedRegex(@"^(?:(?:19|20)\d{2}年)?(?:新增|新建|新)", RegexOptions.CultureInvariant)]
    private static partial Regex NewlyAdded { get; }

    [GeneratedRegex(@"^\s*的(?!水平|目标|范围|幅度|区间|标准)[\u3400-\u9fff]", RegexOptions.CultureInvariant)]
    private static partial Regex BelowClassTail { get; }

    [GeneratedRegex(@"(?:量|额|规模|能力|产值|收入|面积)\s*$", RegexOptions.CultureInvariant)]
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
        var view = context.View;
        var text = view.MatchText;
        int numStart = NumberStart(q);
        if (view.InBookTitle(q.Span.Start) || InShortQuote(text, numStart)) return null;
        // A rank among the first (排名稳定在全国地级市前50名以内, 进入全省前10位) is a target of at most that place.
        bool rank = numStart > 0 && text[numStart - 1] == '前' && q.Value("unit") is "名" or "位"
            && RankCue.IsMatch(text.AsSpan(line.Start, numStart - line.Start));
        // 前 that closes a time (2024年12月底前18个县…) is the deadline's, not "the first N" (前10个).
        bool deadlineBefore = numStart >= 2 && text[numStart - 1] == '前' && text[numStart - 2] is '底' or '末' or '日' or '旬' or '月' or '年';
        if (!rank && !deadlineBefore && numStart > 0 && text[numStart - 1] is '每' or '第' or '前' or '共' or '近')
            if (text[numStart - 1] is not '近' || !q.Groups.ContainsKey("pre")) return null;
        // A rate per person raised to a level is a target (标准提高到每人每月720元); other 每 amounts are standards.
        bool perPersonLevel = PerPersonLevel.IsMatch(text[Math.Max(line.Start, numStart - 24)..numStart]);

        var unit = q.Value("unit") ?? "";
        if (unit == "个百分点") unit = "百分点";
        // 课 of 课时 (每次不少于2课时) is teaching time, which the rules leave to durations.
        if (unit == "课" && q.Span.End < line.End && text[q.Span.End] == '时') return null;
        // “高效办成一件事”: 一件事 names a bundle of services (信用修复一件事), it counts nothing.
        if (unit == "件" && q.Value("num") is "一" && q.Span.End < line.End && text[q.Span.End] == '事') return null;
        // 一X一Y (一人一床, 一户一档, 一校一策) pairs each one with one of another: a way of doing it, not a count.
        if (q.Value("num") is "一" && q.Span.End + 1 < line.End && text[q.Span.End] == '一' && text[q.Span.End + 1] is >= '\u3400' and <= '\u9fff')
            return null;
        // An age counts only as the level an indicator reaches, closing its clause (人均预期寿命达到79岁), not when it
        // says who is meant (60岁以上老年人).
        if (unit == "岁" && q.Span.End < line.End && Array.IndexOf(ClauseEnds, text[q.Span.End]) < 0) return null;
        // A round magnitude alone before what it qualifies (千人以上集中式饮用水水源保护区, 千吨万人供水工程) names a class of
        // things by their size; it counts nothing.
        if (q.Value("num") is "十" or "百" or "千" or "万" && string.IsNullOrEmpty(q.Value("mult")) && q.Span.End < line.End
            && text[q.Span.End] is >= '\u3400' and <= '\u9fff' and not '的')
            return null;
        decimal mult = q.Value("mult") is { } mu && ChineseNumbers.TryGetMultiplier(mu, out var f) ? f : 1m;
        decimal? value = null, min = null, max = null;
        string comparator;
        if (q.Value("comparator") == "range")
        {
            if (!ChineseNumbers.TryParse(q.Value("min")!, out var a) || !ChineseNumbers.TryParse(q.Value("max")!, out var b) || b <= a) return null;
            min = a * mult;
            max = b * mult;
            comparator = "range";
        }
        else
        {
            var num = q.Value("num") ?? "";
            if (!ChineseNumbers.TryParse(num, out var v)) return null;
            // Small numbers in Chinese numerals are mostly the names of things (三全育人, 五项工程, 两个关键), not amounts:
            // they count only right after a verb (新建三所学校), and 一批 is never a number.
            if (num.All(ChineseNumbers.IsNumeralChar) && v < 10 && mult == 1)
            {
                // …or at the end of its clause, after what it counts (新增旅游饭店两家).
                bool endsClause = q.Span.End >= line.End || Array.IndexOf(ClauseEnds, text[q.Span.End]) >= 0;
                if (unit is "批" or "些" or "次" or "轮" or "轮次" or "期" || !(DirectlyAfterVerb(context, q, numStart, line) || endsClause)) return null;
                // A slogan repeats its numeral and unit in a series (发现一户、帮扶一户; 成熟一个、推进一个): nothing is counted.
                if (RepeatsInSeries(text, previous, q) || RepeatsInSeries(text, q, next)) return null;
            }
            value = v * mult;
            comparator = rank ? "lte" : Comparator(context.Rules, q);
        }

        int sentenceStart = LastIndexOfAny(text, SentenceEnds, q.Span.Start - 1, line.Start) + 1;
        int clauseStart = LastIndexOfAny(text, ClauseEnds, q.Span.Start - 1, line.Start) + 1;
        int clauseEnd = IndexOfAny(text, ClauseEnds, q.Span.End, line.End);
        // A bracket that opens on 其中 (共计1800万元（其中市级财政资金1200万元，…）) starts the parts of the whole before it: a
        // clause of its own.
        if (WhereofBracket(text, clauseStart, numStart) is var wb and >= 0) clauseStart = wb + 1;
        if (WhereofBracket(text, q.Span.End, clauseEnd) is var we and >= 0) clauseEnd = we;
        // Without a target verb or a comparator there is no target: decided first, as it is the cheapest test and
        // turns most numbers away before the checks on what precedes them.
        var beforeInClause = text[clauseStart..numStart];
        // The second or a later of quantities given respectively (海口、三亚分别不少于4500个、2500个).
        bool secondOfRespectively = Respectively(text, previous, q, clauseStart);
        if (comparator == "eq")
        {
            // A comparator before the verb: 每个县至少建成1个.
            int from = previous is not null && previous.Span.End > clauseStart && previous.Span.End <= numStart ? previous.Span.End : clauseStart;
            // …and before the old level the new one replaces (最高贷款额度由50万元调整为60万元: the 最高 bounds the 60万元).
            if (from > clauseStart && NumberStart(previous!) >= clauseStart
                && BaselineTail.IsMatch(text.AsSpan(clauseStart, NumberStart(previous!) - clauseStart))) from = clauseStart;
            var ahead = context.Rules.Find("comparator.ahead", text[from..numStart]);
            if (ahead.Count > 0 && ComparatorOf(context.Rules, ahead[^1].Value("word")) is { } c) comparator = c;
            // Quantities given respectively share the bound written after the last (分别增长12%和15%以上).
            if (next is not null && Respectively(text, q, next, clauseStart) && Comparator(context.Rules, next) is { } shared and not "eq")
                comparator = shared;
            // …and the bound written before the first (海口、三亚分别不少于4500个、2500个): each after the first takes it.
            if (comparator == "eq" && previousComparator is "gte" or "gt" or "lte" or "lt" or "approx" && secondOfRespectively)
                comparator = previousComparator;
            // The second unit of a pair (不少于60万千瓦/120万千瓦时) shares the first one's bound.
            if (previous is not null && previous.Span.End < numStart && text.AsSpan(previous.Span.End, numStart - previous.Span.End).Trim() is "/")
                comparator = Comparator(context.Rules, previous);
        }

        // Once in each period (每季度对…开展1次水质抽检, 每年举办一届…大会, 每两年举办一届…大赛) is a cadence, not an amount to reach; a floor
        // (每年至少开展1次健康评估) is a level of service and stays.
        if (unit is "次" or "届" or "期" or "轮" && value == 1 && comparator == "eq"
            && EachPeriod.IsMatch(text.AsSpan(sentenceStart, numStart - sentenceStart))) return null;
        // 一 with a described noun (建设一支师德高尚、业务精湛的…教师队伍, 打造一个开放共享的…平台) is the article "a": what is
        // described is built, nothing is counted; unless a place or bound makes it a count (每个镇建设一支…, 至少一个).
        if (comparator == "eq" && q.Value("num") is "一" && mult == 1 && !beforeInClause.Contains('每')
            && text.AsSpan(q.Span.End, clauseEnd - q.Span.End).Contains('的')) return null;

        // The rest of a set named before (…底前建成A、B两县的中心，…底前建成其余2个): a bare count after 其余 or 剩余 splits a
        // total the text has given; it names nothing of its own (其余旗县区3万亩 names what it counts, and stays).
        if (numStart >= clauseStart + 2 && text.AsSpan(numStart - 2, 2) is "其余" or "剩余"
            && text.AsSpan(q.Span.End, clauseEnd - q.Span.End).Trim().Length == 0) return null;

        var verbs = context.Rules.Find("target.verb", text[clauseStart..numStart], clauseStart);
        var verb = verbs.Count > 0 ? verbs[^1] : null;
        if (verb is not null && verb.Span.End == BoundStart(q, numStart)
            && context.Rules.IsMacro("target_verb_object_first", verb.Text) && (q.Value("num") ?? "").All(ChineseNumbers.IsNumeralChar))
            verb = null;
        if (context.Rules.MacroRegex("non_target_clause", MacroMatch.Anywhere)?.IsMatch(text[clauseStart..clauseEnd]) == true) return null;
        // Right after a verb that removes, a bound before a noun (消除56人以上大班额, 淘汰35蒸吨以下燃煤锅炉) says which ones are
        // removed by their size; it counts nothing.
        if (verb is not null && verb.Span.End == BoundStart(q, numStart) && context.Rules.IsMacro("removal_verb", verb.Text)
            && q.Value("post") is "以上" or "及以上" or "以下" or "及以下" && q.Span.End < line.End
            && text[q.Span.End] is >= '\u3400' and <= '\u9fff' and not '的')
            return null;
        // …and so does one whose noun the clause then removes (城区学校56人以上大班额保持动态清零, 10蒸吨以下燃煤锅炉全部淘汰).
        if (q.Value("post") is "以上" or "及以上" or "以下" or "及以下" && q.Span.End < clauseEnd
            && text[q.Span.End] is >= '\u3400' and <= '\u9fff' and not '的'
            && context.Rules.MacroRegex("removal_verb", MacroMatch.Anywhere)?.IsMatch(text[q.Span.End..clauseEnd]) == true)
            return null;
        // The parts a scheme is divided into (具体分为三档, 分成两个阶段) say how it is laid out; they count nothing to reach.
        if (q.Value("num") is { Length: > 0 } parts && parts.All(ChineseNumbers.IsNumeralChar) && DividedInto.IsMatch(beforeInClause))
            return null;
        bool rate = RateUnits.Contains(unit);
        bool hasComparator = comparator is not ("eq");
        // A part of a quantity named before in the sentence (调度联合收割机不少于2.6万台，其中跨区作业机械0.3万台) is read as
        // that one is; the checks on the sentence below apply to both alike.
        bool partOfTarget = verb is null && previous is not null && ((previous.Span.Start >= sentenceStart
            && (beforeInClause.TrimStart().StartsWith("其中", StringComparison.Ordinal)
                // …or in a bracket of what it includes (建成示范基地5个（含省级2个）).
                || (clauseStart >= 1 && IncludedPart(text, clauseStart - 1))
                || (clauseStart >= 3 && text.AsSpan(0, clauseStart - 1).TrimEnd().EndsWith("其中", StringComparison.Ordinal))
                // …and the parts that follow it in the sentence (其中产业项目41个…，基础设施和公共服务项目17个…), each after one
                // taken as a target.
                || (previousSubject is not null && text.AsSpan(sentenceStart, clauseStart - sentenceStart).Contains("其中", StringComparison.Ordinal))))
            // …and the parts listed in a sentence of its own that opens on 其中 after the whole (…市重点项目326个，…。其中：
            // 续建项目178个，…；新开工项目148个…), as long as the quantity just before was taken as a target.
            || (previousSubject is not null && OpensOnWhereof(text, q.Span.Start, line)));
        // A rate right after its name (不合格产品核查处置率100%) states the level it is to be at.
        bool namedRate = (rate && beforeInClause.TrimEnd().EndsWith('率')) || PerCapitaIndicator.IsMatch(beforeInClause);
        // A clause that only names another measure of what the clause before sets (建成…设施1座，日处理能力300吨) continues it.
        bool continuesTarget = verb is null && !hasComparator && ContinuesTarget(context, text, previous, previousSubject is not null, sentenceStart, clauseStart, beforeInClause);
        // A count brought in by a preposition, its verb after what it counts (为1.5万户困难家庭实施适老化改造,
        // 对全区120家重点企业开展执法检查, 督促1.2万户餐饮用户全部安装报警装置).
        int actAfter = -1;
        if (verb is null && !hasComparator && !rate && !MoneyUnits.Contains(unit) && CountLead.IsMatch(beforeInClause)
            && ActAfter.Match(text, q.Span.End, clauseEnd - q.Span.End) is { Success: true } act && act.Index - q.Span.End >= 2)
            actAfter = act.Index;
        // A count that opens its clause, after only a time or the whole area, of the places or bodies that are all to do
        // the work (2024年12月底前18个县（区）全面完成县管校聘改革, 到2025年全市30所学校全部完成改造).
        if (actAfter < 0 && verb is null && !hasComparator && !rate && !MoneyUnits.Contains(unit) && OpenedCount.IsMatch(beforeInClause)
            && WholeActAfter.Match(text, q.Span.End, Math.Min(clauseEnd, q.Span.End + 12) - q.Span.End) is { Success: true } all
            && all.Index - q.Span.End >= 1)
            actAfter = all.Index;
        bool handedOver = actAfter < 0 && verb is null && MoneyUnits.Contains(unit) && HandOverLead.IsMatch(beforeInClause)
            && HandedOver.IsMatch(text, q.Span.End);
        // A clause of only a year and a figure in a series of years (2024年改造老旧管网220公里，2025年200公里，2026年140公里)
        // gives the same measure for that year.
        bool yearOfSeries = verb is null && !hasComparator && previousSubject is not null && previous is not null
            && previous.Span.Start >= sentenceStart && previous.Value("unit") == q.Value("unit") && YearOnly.IsMatch(beforeInClause);
        // A share of a budget set aside for a use, its verb after it (按照年度公用经费预算总额的5%安排教师培训经费, 按…5%的比例提取…),
        // is the share to be spent.
        var setAside = verb is null && unit == "%" && ShareOfBase.IsMatch(beforeInClause)
            ? SetAsideAfter.Match(text, q.Span.End, clauseEnd - q.Span.End) : null;
        bool shareSetAside = setAside is { Success: true };
        if (verb is null && !hasComparator && !partOfTarget && !namedRate && !continuesTarget && actAfter < 0 && !yearOfSeries
            && !shareSetAside && !handedOver && !(rate && context.Rules.Find("target.rate-cue", beforeInClause).Count > 0))
            return null;

        // Under a heading of conditions (二、申报条件) a bound says who qualifies (研发费用占营业收入比例不低于3%), and under one
        // that looks back (一、2023年工作回顾) a figure is a result: neither is what is to be reached.
        if (context.LinesUnderHeading("condition_heading")[line.Index] || context.LinesUnderHeading("past_heading")[line.Index])
            return null;
        if (InAmendedWording(text, numStart, line)) return null;
        var beforeSentence = text[sentenceStart..numStart];
        if (context.Rules.Find("target.achievement", beforeSentence).Any(a => !PlanStillAhead(context, a.Text)
                && !QualifiesRate.IsMatch(beforeSentence[a.Span.End..])))
            return null;
        // A report of results (…情况的通报) commits only where a sentence names a deadline ahead, or in a section or
        // paragraph that turns to the work ahead (四、下一步工作要求 / 下一步，…: 全年全省完成农村公路投资300亿元以上).
        if (context.IsReport && !DatedDeadlineWithin(context, sentenceStart, q.Span.Start) && !TurnsToWorkAhead(context, line))
            return null;
        // A support standard (对新晋升为…的景区，分别给予…奖励200万元) is a parameter of the policy, not a target.
        // So is one that opens an article of measures (第四条　对新获评…的企业，给予一次性奖励50万元).
        // …and one whose clause opens on 对…的 after the sentence has set a goal (每年新增入库企业50家以上，对新认定的…智能工厂
        // 分别给予200万元、100万元奖励).
        if (MoneyUnits.Contains(unit) && Support.IsMatch(text[clauseStart..clauseEnd])
            && (OpensOnDuiDe(ArticleLabel.Replace(beforeSentence, "")) || OpensOnDuiDe(beforeInClause)))
            return null;
        // …and so are the tiers that follow it in the sentence with the support left out (对…的A类人才给予安家补助60万元，
        // B类人才40万元，C类人才20万元), as the first is.
        if (MoneyUnits.Contains(unit) && verb is null && clauseStart > sentenceStart && ElidedTier.IsMatch(beforeInClause)
            && Support.IsMatch(text.AsSpan(sentenceStart, clauseStart - sentenceStart))
            && OpensOnDuiDe(ArticleLabel.Replace(beforeSentence, "")))
            return null;
        // A sentence of what an applicant must be (申报单位应当…，上一年度营业收入不低于2000万元) sets conditions throughout.
        if (ApplicantMust.IsMatch(ArticleLabel.Replace(beforeSentence, ""))) return null;
        // A condition (申报项目应…，且设备投资额在1000万元以上): X在N以上 where the sentence says what is required.
        if (verb is null && EligibilityBound.IsMatch(text[Math.Max(sentenceStart, numStart - 2)..numStart]) && Requirement.IsMatch(beforeSentence))
            return null;
        // A sentence that opens on what has been done (“十三五”期间，…；…达到97.6%) reports it in each of its clauses, until
        // a deadline ahead is named after the opening.
        int fullStart = LastIndexOfAny(text, FullStops, q.Span.Start - 1, line.Start) + 1;
        if (fullStart < sentenceStart
            && context.Rules.Find("target.achievement", text[fullStart..sentenceStart], fullStart).Where(a => !PlanStillAhead(context, a.Text)).ToList() is { Count: > 0 } done
            && !DatedDeadlineWithin(context, done[^1].Span.End, numStart))
            return null;
        // A paragraph that opens on a past period alone (“十三五”期间，…。…高速公路通车里程达到826公里) reports it to its end,
        // past its first sentence, until a deadline ahead or the work ahead is named.
        if (PastPeriodOpening(context, line) is { } periodEnd && periodEnd <= numStart && !DatedDeadlineWithin(context, periodEnd, numStart)
            && context.Rules.MacroRegex("work_ahead", MacroMatch.Anywhere)?.IsMatch(text[periodEnd..numStart]) != true)
            return null;
        // A sentence opening on a year says itself when it is (2021年，… past; 2022年，… current); otherwise a paragraph
        // that opens on the past (截至2022年底，…；…) stays in the past until a deadline ahead is named.
        bool sentenceDated = context.Rules.Find("target.past-lead", beforeSentence.TrimStart()).Count > 0;
        if (sentenceDated && IsPast(context, beforeSentence.TrimStart())) return null;
        if (!sentenceDated && IsPast(context, TextFold.Fold(view.Text[line.Start..numStart]).TrimStart())
            && !DatedDeadlineWithin(context, line.Start, numStart))
            return null;
        if (context.Rules.Find("target.achievement-clause", beforeInClause).Count > 0) return null;
        // A share by which an amount is worked out (分别不低于当地最低工资标准的5%、20%和40%确定) is a rule of calculation.
        if (CalculationTail.IsMatch(text.AsSpan(q.Span.End, clauseEnd - q.Span.End))) return null;
        // A price per unit (不高于0.3元/千瓦时, 200元/亩) is a standard, like an amount per unit below.
        if (MoneyUnits.Contains(unit) && q.Span.End < line.End && text[q.Span.End] == '/') return null;
        // A standard per unit (每个最高5万元, 每张床位1万元) is a rate of support, not a target; so are the later ones of
        // standards given respectively (每人分别补贴1000元、1500元、2000元), as the first is.
        if (MoneyUnits.Contains(unit) && !perPersonLevel
            && PerUnit.IsMatch(secondOfRespectively ? SeriesTail.Replace(beforeInClause, "") : beforeInClause))
            return null;
        // A cap on support (给予最高30万元奖励) is a parameter of the policy, not a target.
        if (MoneyUnits.Contains(unit) && Support.IsMatch(text[clauseStart..clauseEnd])
            && (q.Value("pre") is "最高" or "最多" or "不超过" || Cap.IsMatch(text[Math.Max(clauseStart, numStart - 8)..numStart])))
            return null;
        // …and so is a cap in the clause after the support, on each one it goes to (…给予企业发展奖励，每个项目每年最高不超过500万元).
        if (MoneyUnits.Contains(unit) && clauseStart > sentenceStart && ScopedCap.IsMatch(beforeInClause)
            && Support.IsMatch(text.AsSpan(sentenceStart, clauseStart - sentenceStart)))
            return null;
        if (context.Rules.Find("target.baseline", beforeInClause).Count > 0) return null;
        // A threshold of eligibility (对年营业收入500万元以上的经营主体给予奖励) is a condition, not a target.
        // The support may come in the next clause (对固定资产投资额超过1亿元的项目，按…给予补贴).
        if (IsThreshold(context, text, q, hasComparator, clauseStart, IndexOfAny(text, SentenceEnds, q.Span.End, line.End))) return null;
        // An amount bounded and closed by 的 after a noun (合同投资额1亿元以上的产业项目) says which ones are meant; after a verb
        // (安排不低于1亿元的专项资金) it is the amount to be reached.
        // So is any bounded measure right after its name (年综合能源消费量5000吨标准煤以上的项目), also a name read as a verb
        // (人口规模3000人以上的行政村: 规模 is what is measured, not what is done).
        if ((MoneyUnits.Contains(unit) || MeasureName.IsMatch(text.AsSpan(clauseStart, BoundStart(q, numStart) - clauseStart)))
            && hasComparator && q.Span.End < line.End && text[q.Span.End] == '的'
            && (verb?.Span.End != BoundStart(q, numStart) || MeasureName.IsMatch(verb.Text)))
            return null;
        // A share in brackets after its part (基础工作（40%）、项目引进（50%）) is a weight of the whole.
        if (rate && numStart > line.Start && q.Span.End < line.End && text[q.Span.End] is '）' or ')'
            && (text[numStart - 1] is '（' or '(' || (numStart - 1 > line.Start && text[numStart - 1] == '占' && text[numStart - 2] is '（' or '(')))
            return null;
        // A quantity right after a count and closed by 的 (培育3—5家产值超10亿元的企业) says which ones are counted.
        if (previous is not null && previous.Span.End > clauseStart && previous.Span.End <= numStart && q.Span.End < line.End
            && text[q.Span.End] == '的' && numStart - previous.Span.End <= 8
            && text.AsSpan(previous.Span.End, numStart - previous.Span.End).IndexOfAny("、和及与,，;；") < 0)
            return null;
        // The next quantity, closed by 的, may say which ones this one counts (组建不少于1支50人以上的队伍, 培育3—5家产值超10亿元的企业):
        // then this one is the target and its subject is the noun after the 的.
        bool nextQualifies = next is not null && next.Span.Start < clauseEnd && next.Span.Start - q.Span.End is >= 0 and <= 8
            && next.Span.End < line.End && text[next.Span.End] == '的'
            && text.AsSpan(q.Span.End, next.Span.Start - q.Span.End).IndexOfAny("、和及与,，;；/") < 0;
        // A quantity that qualifies the next one (营业收入超百亿元企业3—5个) is not a target of its own; two joined by a
        // slash (60万千瓦/120万千瓦时) are one target stated in two units; one in brackets right after (提高到每人每年6120元
        // （每人每月510元）) restates it in another form.
        if (!nextQualifies && next is not null && next.Span.Start < clauseEnd && next.Span.Start - q.Span.End is > 0 and <= 10
            && WhereofBracket(text, q.Span.End, next.Span.Start) < 0 && !(text[q.Span.End] is '（' or '(' && text.AsSpan(q.Span.End, next.Span.Start - q.Span.End).IndexOfAny("）)") < 0)
            && text.AsSpan(q.Span.End, next.Span.Start - q.Span.End).IndexOfAny("、和及与,，;；/") < 0)
            return null;
        // A count inside a phrase that says which ones must act (招收5名以上残疾学生的普通学校原则上都要设立资源教室) is a condition.
        if (RelativeClauseTail.IsMatch(text.AsSpan(q.Span.End, clauseEnd - q.Span.End))) return null;
        // A value only below which ones are meant (停办就业率连续两年低于60%的专业, 对合格率低于90%的企业约谈) picks out a class of
        // what follows 的: a condition, not a level to reach (控制在低于5%的水平 still is one).
        if (q.Value("pre") is "低于" or "少于" && BelowClassTail.IsMatch(text.AsSpan(q.Span.End, clauseEnd - q.Span.End))) return null;
        // Subject: for counts, what follows the unit up to the end of the clause or the next coordinated quantity.
        int subjectStart = q.Span.End, subjectEnd = clauseEnd;
        if (nextQualifies)
            subjectStart = next!.Span.End + 1;
        else if (next is not null && next.Span.Start < clauseEnd)
        {
            var between = text[q.Span.End..next.Span.Start];
            // A connector right after the unit (改造42个、惠及…) means the subject came before the number.
            int conj = between.Length > 0 && between[0] is '、' or '和' or '及' or '与' ? 0 : between.LastIndexOfAny(['、', '和', '及', '与']);
            subjectEnd = conj >= 0 ? q.Span.End + conj : next.Span.Start;
        }
        if (actAfter >= 0) subjectEnd = Math.Min(subjectEnd, actAfter);
        // Rates and money name their subject before the number (比例达到90%, 安排专项经费1亿元); counts after the unit
        // (建设30个思政微课). Whichever side is empty, the other is taken; a bare verb (培训3000人次) is the last resort.
        // The phrase before the number is taken from the start of the clause, so that a verb inside a noun
        // (新增就业, 增加值) stays in the subject; the words that only lead to the number are dropped.
        // Time phrases that open the clause (2022—2024年每年…) are the target's deadline, not part of its subject.
        int phraseStart = clauseStart;
        for (bool moved = true; moved;)
        {
            moved = false;
            foreach (var d in context.DeadlineMentions)
                if (d.Span.Start >= phraseStart && d.Span.Start <= phraseStart + 1 && d.Span.End <= numStart) { phraseStart = d.Span.End; moved = true; }
        }
        // After a coordinated quantity (步行街2条、夜间消费集聚区不少于5个) the phrase before starts past the connector;
        // quantities given respectively (年均分别增长12%和15%以上) share the phrase before the first.
        if (!secondOfRespectively && previous is not null && previous.Span.End > phraseStart && previous.Span.End < numStart && text[previous.Span.End] is '、' or '和' or '及' or '与')
            phraseStart = previous.Span.End + 1;
        // A pair in two units (装机规模不少于60万千瓦/120万千瓦时) has one subject, before the first of the two.
        bool pairFirst = next is not null && next.Span.Start > q.Span.End && text.AsSpan(q.Span.End, next.Span.Start - q.Span.End).Trim() is "/";
        int nounEnd = numStart;
        if (previous is not null && previous.Span.End < numStart && previous.Span.Start >= phraseStart
            && (secondOfRespectively || text.AsSpan(previous.Span.End, numStart - previous.Span.End).Trim() is "/"))
            nounEnd = NumberStart(previous);
        string Before()
        {
            var raw = view.Text[phraseStart..nounEnd];
            // The third and later of values given respectively (分别补贴1000元、1500元、2000元) share the phrase before the first,
            // not the values between.
            if (secondOfRespectively) raw = SeriesTail.Replace(raw, "");
            var cut = TrailingCue.Replace(RateTail.Replace(raw, ""), "");
            return (MeasuredSpan.IsMatch(raw) ? cut : BaselineTail.Replace(cut, "")).Trim().TrimStart(',', '，');
        }
        string after = subjectEnd > subjectStart ? CrossReference.Replace(view.Text[subjectStart..subjectEnd], "").Trim() : "";
        string subject;
        var beforeText = Before();
        // A rate whose phrase before ends on the verb (实现100%就业帮扶) or says nothing (将不低于30%的资金) names its subject after.
        after = after.TrimStart('的');
        // A quantity that closes its bracket (…（含贯通培养200人）) has nothing after it in the clause: what it counts is before.
        if (after.Length > 0 && after[0] is '）' or ')') after = after[1..].Trim();
        // …达到4500家的目标: the number is the goal of what precedes it.
        if (after is "目标" or "任务" or "目标任务") after = "";
        bool beforeIsOnlyVerb = beforeText.Length <= 1 || (verb is not null && (beforeText == view.Text.Substring(verb.Span.Start, verb.Span.Length)
            || ((rate || MoneyUnits.Contains(unit)) && verb.Span.End == numStart && after.Length > 0)));
        // An amount that sizes the noun after it (设立规模20亿元的产业发展基金) names its subject after.
        bool sizesNounAfter = MoneyUnits.Contains(unit) && q.Span.End < line.End && text[q.Span.End] == '的' && after.Length > 0;
        // An amount set by 按 before the verb that provides it (按每年不少于30万元安排语言文字工作经费) names the fund after.
        var fundAfter = MoneyUnits.Contains(unit) && AmountByTail.IsMatch(beforeText) ? FundProvidedAfter.Match(after) : null;
        if (fundAfter is { Success: true }) after = fundAfter.Groups["f"].Value;
        // An amount one may claim (可申请最高30万元创业担保贷款) names what is claimed after it.
        bool claimedAfter = MoneyUnits.Contains(unit) && after.Length > 0 && ClaimVerbTail.IsMatch(beforeText);
        // A share of the ones acted on, after whom it is for (对各县（市、区）不少于20%的学校开展督导评估) names them after it.
        bool shareOfScope = rate && after.Length > 0 && ScopeOpening.IsMatch(beforeText) && q.Span.End < line.End && text[q.Span.End] == '的'
            && !ShareMeasured.IsMatch(beforeText);
        bool before = ((rate || MoneyUnits.Contains(unit) || after.Length == 0) && !(beforeIsOnlyVerb && after.Length > 0) && !sizesNounAfter
                && fundAfter is not { Success: true } && !claimedAfter && !shareOfScope)
            || pairFirst || nounEnd != numStart;
        if (before)
        {
            // What the verb acts on (安排专项经费1亿元 → 专项经费), unless that leaves a stub of the noun the verb is part of
            // (城镇新增就业5000人, 增加值800亿元): then the whole phrase.
            int from = phraseStart;
            if (!rate && verb is not null && verb.Span.Start >= phraseStart && verb.Span.End < numStart)
            {
                // A second verb joined to the first (新开通、优化城乡客运线路6条) or an alternative in brackets (新建（改扩建）社区
                // 多功能运动场15个) is not part of what is acted on.
                var acted = view.Text[verb.Span.End..Math.Max(verb.Span.End, nounEnd)];
                if (secondOfRespectively) acted = SeriesTail.Replace(acted, "");
                var afterVerb = JoinedVerb.Replace(TrailingCue.Replace(RateTail.Replace(acted, ""), "").Trim(), "");
                if (afterVerb.Length > 2) { from = verb.Span.End; beforeText = afterVerb; }
            }
            subject = beforeText;
            subjectStart = subject.Length > 0 ? from : numStart;
            subjectEnd = numStart;
        }
        else
            subject = after;
        // A rank names what is ranked before its verb (城市信用状况监测排名稳定在全国地级市前50名以内).
        if (rank && verb is not null && verb.Span.Start > phraseStart)
            subject = TrailingCue.Replace(view.Text[phraseStart..verb.Span.Start], "").Trim();
        subject = TextFold.Squash(LeadingResolve.Replace(LeadingLabel.Replace(subject, ""), "").TrimEnd('等').Trim());
        // 现将 / 特将 opening the phrase only brings the fund in (现将2024年学前教育发展资金1200万元拨付给你们).
        if (handedOver || subject.StartsWith("现将", StringComparison.Ordinal) || subject.StartsWith("特将", StringComparison.Ordinal))
            subject = HandOverLead.Replace(subject, "");
        // A share set aside for a use (按职工总数的2%安排实习岗位) is a share of what is set aside: the words after the verb.
        if (setAside is { Success: true } use
            && TextFold.Squash(text[(use.Index + use.Length)..clauseEnd]).Trim() is { Length: >= 2 } used)
            subject = used;
        if (partOfTarget && subject.StartsWith("其中", StringComparison.Ordinal)) subject = subject[2..].TrimStart('，', ',');
        else if (clauseStart >= 1 && IncludedPart(text, clauseStart - 1) && subject.Length > 2)
            subject = subject.StartsWith("包括", StringComparison.Ordinal) ? subject[2..] : subject.StartsWith('含') ? subject[1..] : subject;
        if (subject.Length == 0 && verb is not null) subject = verb.Text;
        // A clause that only says how much (…增长10%—15%，力争突破六十亿元) is about what the clause before names.
        // The same for a clause that only adds its year (2024年改造城镇老旧小区150个，2025年改造140个，2026年改造110个; 其中2024年
        // 建成40个): the subject is the one the quantity before was given.
        if (verb is not null && (subject == verb.Text || YearsBefore.Replace(subject, "") == verb.Text)
            && CarriedSubject(view, previous, sentenceStart, clauseStart) is { } carried)
            subject = previousSubject is { } given ? TrailingChange.Replace(given, "") : carried;
        // …and for a year's part joined to the one before in its clause (其中2025年建成15个、2026年建成16个).
        else if (verb is not null && previousSubject is not null && YearsBefore.IsMatch(subject) && YearsBefore.Replace(subject, "") == verb.Text
            && previous is not null && previous.Span.End > clauseStart && previous.Span.End < numStart && text[previous.Span.End] is '、' or '，' or ',')
            subject = previousSubject;
        // A running total after the figure of a year (2025年新增订单培养规模3000人，到2027年累计达到1.2万人) is the total of what
        // the clause before counts.
        var total = YearsBefore.Replace(subject, "");
        if (verb is not null && total.EndsWith(verb.Text, StringComparison.Ordinal)) total = total[..^verb.Text.Length];
        if (verb is not null && RunningTotalOnly.IsMatch(total) && previous is not null && previous.Value("unit") == q.Value("unit")
            && CarriedSubject(view, previous, sentenceStart, clauseStart) is { } counted)
            subject = total + NewlyAdded.Replace(previousSubject is { } given ? TrailingChange.Replace(given, "") : counted, "");
        if (yearOfSeries) subject = previousSubject!;
        // A year's step without its subject (分年度目标：2025年，普及率达到96%；2026年，达到97%) is about what the step of the
        // year before, in the sentence just before, names: the same measure, in the same unit.
        else if (verb is not null && subject == verb.Text && previousSubject is not null && previous is not null
            && previous.Span.End <= sentenceStart && previous.Value("unit") == q.Value("unit")
            && YearLeadOnly.IsMatch(text.AsSpan(sentenceStart, verb.Span.Start - sentenceStart)))
        {
            int prevSentence = LastIndexOfAny(text, SentenceEnds, previous.Span.Start - 1, line.Start) + 1;
            if (text.AsSpan(previous.Span.End, sentenceStart - previous.Span.End).IndexOfAny(SentenceEnds) == sentenceStart - previous.Span.End - 1
                && YearClause.Match(text, prevSentence, previous.Span.Start - prevSentence).Success)
                subject = previousSubject;
        }
        // A change against a baseline after a comma (PM2.5平均浓度控制在43微克/立方米以下，较2024年下降6%) has no measure of its
        // own: it is the change of the measure of the level the clause before sets.
        if (verb is null && ChangeAgainstBaselineOnly.IsMatch(beforeInClause)
            && CarriedSubject(view, previous, sentenceStart, clauseStart) is { } changed)
            subject = previousSubject ?? changed;
        // A fund its sentence opens on (专项资金由县财政预算安排，每年安排不少于3500万元; 本细则所称专项资金，是指…的资金，每年安排不少于
        // 1500万元) is what the bare verb after provides.
        if (verb is not null && subject == verb.Text && MoneyUnits.Contains(unit) && clauseStart > sentenceStart
            && (FundProvidedBy.Match(text, sentenceStart, clauseStart - sentenceStart) is { Success: true } provided
                ? provided : FundDefined.Match(text, sentenceStart, clauseStart - sentenceStart)) is { Success: true } fund)
            subject = fund.Groups["t"].Value;
        // A clause that only says how much (…扩大招生计划分配到初中学校的比例，2027年达到60%以上) is about the measure the clause
        // just before names, when that clause ends on one.
        if (verb is not null && YearsBefore.Replace(subject, "") == verb.Text && ClauseBefore(view, sentenceStart, clauseStart) is { } prevClause)
        {
            if (prevClause.Length is > 1 and <= 40 && MeasureNoun.IsMatch(prevClause)) subject = TextFold.Squash(prevClause);
            // …or the work it sets going, when no figure came before in the sentence (推进既有住宅加装电梯，完成400部以上).
            else if (subject == verb.Text && (previous is null || previous.Span.End <= sentenceStart) && WorkClause.IsMatch(prevClause))
                subject = prevClause;
            // …or what that clause names after the verb the bare one repeats (2024年9月起招收学前残疾儿童，每年招收30人以上).
            else if (subject == verb.Text && (previous is null || previous.Span.End <= sentenceStart)
                && prevClause.LastIndexOf(verb.Text, StringComparison.Ordinal) is var repeated and >= 0
                && RepeatedVerbObject.IsMatch(prevClause.AsSpan(repeated + verb.Text.Length)))
                subject = TextFold.Squash(prevClause[repeated..]);
        }
        // A total over the period with only the verb (面向老年人开展智能技术运用培训，三年累计培训20万人次) counts the work the clause
        // just before names and ends on that verb: the total of that work.
        if (verb is not null && (previous is null || previous.Span.End <= sentenceStart) && PeriodTotalLead.Match(subject) is { Success: true } lead
            && subject.Length == lead.Length + verb.Text.Length && subject.EndsWith(verb.Text, StringComparison.Ordinal)
            && ClauseBefore(view, sentenceStart, clauseStart) is { } workClause && workClause.EndsWith(verb.Text, StringComparison.Ordinal)
            && WorkNamedBefore.Match(workClause) is { Success: true } work)
            subject = lead.Value + TextFold.Squash(work.Groups["w"].Value);
        // A condition clause just before (经评估为重度失能的，补贴标准由…提高到300元；中度失能的，由…提高到200元) names the
        // category a standard is for: it is the subject of a bare verb and qualifies a generic standard.
        if (clauseStart > sentenceStart && ConditionBefore.Match(text, sentenceStart, clauseStart - sentenceStart) is { Success: true } condition)
        {
            var category = condition.Groups["c"].Value.Trim();
            if (verb is not null && subject == verb.Text) subject = category;
            else if (GenericStandard.IsMatch(subject)) subject = category + subject;
        }
        // A bare bound after a clause of its sentence (…最高贷款额度在…基础上上浮30%，最高不超过120万元) caps what that clause
        // sets: its subject is that one's; a cap on support (…给予补助，最高不超过50万元) stays a parameter of the policy.
        if (subject.Length == 0 && hasComparator && clauseStart > sentenceStart && BareBound.IsMatch(beforeInClause)
            && !Support.IsMatch(text.AsSpan(sentenceStart, clauseStart - sentenceStart))
            && (previousSubject ?? CarriedSubject(view, previous, sentenceStart, clauseStart)) is { } capped)
            subject = TrailingChange.Replace(capped, "");
        if (subject.Length == 0) return null;
        // A fund named only as such under an item named for an amount given before (发放文旅消费券2000万元；…（一）发放文旅消费券。
        // 市财政安排资金2000万元) is that amount said again, not a second target.
        if (MoneyUnits.Contains(unit) && value is { } fundValue && GenericFund.IsMatch(subject)
            && ItemTitle.Match(text, line.Start, line.Length) is { Success: true } fundItem && fundItem.Index + fundItem.Length <= clauseStart)
        {
            var title = TextFold.Squash(fundItem.Groups["t"].Value);
            if (context.Result.Targets.Any(t => t.Value == (double)fundValue && t.Unit == unit && t.Subject is { Length: >= 2 } s && title.Contains(s, StringComparison.Ordinal)))
                return null;
        }
        // A time named only as such after a clause of its sentence that names the activity (推行“大课间”活动，时长不少于30分钟)
        // is the time of that activity, before the item the line opens with (（一）保障服务时长。…可开设自习班，时间不超过2小时).
        if (subject is "时长" or "时间" or "用时" && ClauseBefore(view, sentenceStart, clauseStart) is { } activityClause)
        {
            var activity = TextFold.Squash(LeadingLabel.Replace(activityClause, ""));
            if (activity.Length is >= 2 and <= 20) subject = activity + subject;
        }
        // A time limit named only as such (办理时限由5个工作日压缩至1个工作日) is the limit of the item its line opens with
        // (1.企业信息变更一件事。…).
        if (GenericTimeLimit.IsMatch(subject) && ItemTitle.Match(text, line.Start, line.Length) is { Success: true } item
            && item.Index + item.Length <= clauseStart)
            subject = TextFold.Squash(item.Groups["t"].Value) + subject;

        // The text is the whole phrase when the subject comes before the number (城镇新增就业累计350万人), else from the verb.
        int textStart = before ? Math.Min(phraseStart, verb?.Span.Start ?? phraseStart) : verb is not null ? Math.Min(verb.Span.Start, subjectStart) : clauseStart;
        int textEnd = Math.Max(subjectEnd, q.Span.End);
        // A rate's text is its whole clause (县级疾控机构核酸检测能力实现100%覆盖; 建成区40%以上面积达到…).
        if (rate || actAfter >= 0) { textStart = Math.Min(textStart, phraseStart); textEnd = Math.Max(textEnd, clauseEnd); }
        if (previous is not null && previous.Span.End > textStart && previous.Span.End <= q.Span.Start) textStart = Math.Max(textStart, clauseStart);
        // A few words before the verb belong to the target (每年培育50家, 全市新建学校3所, 力争建成…): from the clause's start.
        // So does the time phrase the clause opens on, left out of a subject that comes before the number (上半年累计完成900亩).
        else if (verb is not null && (textStart == verb.Span.Start || (textStart == phraseStart && phraseStart > clauseStart))
            && verb.Span.Start - clauseStart is > 0 and <= 12
            && !(previous is not null && previous.Span.End > clauseStart && previous.Span.End <= verb.Span.Start))
            textStart = clauseStart;
        var span = new TextSpan(textStart, textEnd);
        return new TargetOutput
        {
            Text = TextFold.Squash(LeadingLabel.Replace(view.Text.Substring(span.Start, span.Length).Trim(), "")),
            Action = verb?.Text,
            Subject = subject,
            Value = value is { } v2 ? (double)v2 : null,
            Min = min is { } a2 ? (double)a2 : null,
            Max = max is { } b2 ? (double)b2 : null,
            Unit = unit.Length == 0 ? null : unit,
            Comparator = comparator,
            Deadline = yearOfSeries ? YearEnd(context, clauseStart, numStart) : DeadlineFor(context, q.Span.Start, sentenceStart, line),
            Section = view.SectionPath(q.Span.Start),
            Evidence = context.EvidenceFor(span),
        };
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
        return verbs.Count > 0 && verbs[^1].Span.End == BoundStart(q, numStart);
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
    [GeneratedRegex(@"^\s*(?:最高|最多|最低|最少)?\s*(?:不超过|不高于|不多于|不低于|不少于|至少)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex BareBound { get; }

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
        if (noun.Length is < 2 or > 8) return false;
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
        int start = LastIndexOfAny(view.MatchText, ClauseEnds, end - 1, sentenceStart) + 1;
        return view.Text[start..end].Trim();
    }

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
