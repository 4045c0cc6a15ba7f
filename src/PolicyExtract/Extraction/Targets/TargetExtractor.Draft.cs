using System.Text.RegularExpressions;
using PolicyExtract.Extraction.Common;
using PolicyExtract.Model;
using PolicyExtract.Normalization;
using PolicyExtract.Rules;

namespace PolicyExtract.Extraction.Targets;

public sealed partial class TargetExtractor
{
    /// <summary>
    /// One quantity on its way to a target, decided in stages, each reading what the ones before settled: what it measures
    /// and how it is bounded (<see cref="ReadsAsQuantity"/>), whether its clause commits to it (<see cref="ClauseCommits"/>),
    /// whether its sentence, section or document make it something else, a condition, a result or a standard
    /// (<see cref="PassesContextChecks"/>), which words name it (<see cref="PickSubject"/>, then
    /// <see cref="SubjectInContext"/>), and the target with its text, deadline and evidence (<see cref="Output"/>).
    /// </summary>
    private sealed class Draft(ExtractionContext context, RuleMatch q, RuleMatch? previous, RuleMatch? next, Line line,
        string? previousSubject, string? previousComparator)
    {
        private readonly DocumentView view = context.View;
        private readonly string text = context.View.MatchText;
        private int numStart, sentenceStart, clauseStart, clauseEnd, actAfter, subjectStart, subjectEnd, phraseStart;
        private bool rank, perPersonLevel, secondOfRespectively, rate, hasComparator, partOfTarget, handedOver, yearOfSeries,
            nextQualifies, before;
        private string unit = "", beforeInClause = "", comparator = "eq";
        private decimal mult = 1m;
        private decimal? value, min, max;
        private RuleMatch? verb;
        private List<RuleMatch> verbs = [];
        private Match? setAside;

        /// <summary>The number, its unit and its bound, and the clause around it; false for a number that names or orders things.</summary>
        public bool ReadsAsQuantity()
        {
            numStart = NumberStart(q);
            if (view.InBookTitle(q.Span.Start) || InShortQuote(text, numStart)) return false;
            // A rank among the first (排名稳定在全国地级市前50名以内, 进入全省前10位) is a target of at most that place.
            rank = numStart > 0 && text[numStart - 1] == '前' && q.Value("unit") is "名" or "位"
                && RankCue.IsMatch(text.AsSpan(line.Start, numStart - line.Start));
            // 前 that closes a time (2024年12月底前18个县…) is the deadline's, not "the first N" (前10个).
            bool deadlineBefore = numStart >= 2 && text[numStart - 1] == '前' && text[numStart - 2] is '底' or '末' or '日' or '旬' or '月' or '年';
            if (!rank && !deadlineBefore && numStart > 0 && text[numStart - 1] is '每' or '第' or '前' or '共' or '近')
                if (text[numStart - 1] is not '近' || !q.Groups.ContainsKey("pre")) return false;
            // A rate per person raised to a level is a target (标准提高到每人每月720元); other 每 amounts are standards.
            perPersonLevel = PerPersonLevel.IsMatch(text[Math.Max(line.Start, numStart - 24)..numStart]);

            unit = q.Value("unit") ?? "";
            if (unit == "个百分点") unit = "百分点";
            // A numeral and a measure word inside a longer word of the dictionary (五台山, 三门峡) are part of a name.
            if ((q.Value("num") ?? "").All(ChineseNumbers.IsNumeralChar) && context.WordAt(numStart) is { } named
                && named.Start <= numStart && named.End > q.Span.End) return false;
            // A tier of a scheme (认定为一档, 分为三档) names a level of support, it counts nothing to reach.
            if (unit == "档") return false;
            // 课 of 课时 (每次不少于2课时) is teaching time, which the rules leave to durations.
            if (unit == "课" && q.Span.End < line.End && text[q.Span.End] == '时') return false;
            // “高效办成一件事”: 一件事 names a bundle of services (信用修复一件事), it counts nothing.
            if (unit == "件" && q.Value("num") is "一" && q.Span.End < line.End && text[q.Span.End] == '事') return false;
            // 一X一Y (一人一床, 一户一档, 一校一策) pairs each one with one of another: a way of doing it, not a count.
            if (q.Value("num") is "一" && q.Span.End + 1 < line.End && text[q.Span.End] == '一' && text[q.Span.End + 1] is >= '\u3400' and <= '\u9fff')
                return false;
            // An age counts only as the level an indicator reaches, closing its clause (人均预期寿命达到79岁), not when it
            // says who is meant (60岁以上老年人).
            if (unit == "岁" && q.Span.End < line.End && Array.IndexOf(ClauseEnds, text[q.Span.End]) < 0) return false;
            // A round magnitude alone before what it qualifies (千人以上集中式饮用水水源保护区, 千吨万人供水工程) names a class of
            // things by their size; it counts nothing.
            if (q.Value("num") is "十" or "百" or "千" or "万" && string.IsNullOrEmpty(q.Value("mult")) && q.Span.End < line.End
                && text[q.Span.End] is >= '\u3400' and <= '\u9fff' and not '的')
                return false;
            mult = q.Value("mult") is { } mu && ChineseNumbers.TryGetMultiplier(mu, out var f) ? f : 1m;
            if (q.Value("comparator") == "range")
            {
                if (!ChineseNumbers.TryParse(q.Value("min")!, out var a) || !ChineseNumbers.TryParse(q.Value("max")!, out var b) || b <= a) return false;
                min = a * mult;
                max = b * mult;
                comparator = "range";
            }
            else
            {
                var num = q.Value("num") ?? "";
                if (!ChineseNumbers.TryParse(num, out var v)) return false;
                // Small numbers in Chinese numerals are mostly the names of things (三全育人, 五项工程, 两个关键), not amounts:
                // they count only right after a verb (新建三所学校), and 一批 is never a number.
                if (num.All(ChineseNumbers.IsNumeralChar) && v < 10 && mult == 1)
                {
                    // …or at the end of its clause, after what it counts (新增旅游饭店两家).
                    bool endsClause = q.Span.End >= line.End || Array.IndexOf(ClauseEnds, text[q.Span.End]) >= 0;
                    if (unit is "批" or "些" or "次" or "轮" or "轮次" or "期" || !(DirectlyAfterVerb(context, q, numStart, line) || endsClause)) return false;
                    // A slogan repeats its numeral and unit in a series (发现一户、帮扶一户; 成熟一个、推进一个): nothing is counted.
                    if (RepeatsInSeries(text, previous, q) || RepeatsInSeries(text, q, next)) return false;
                }
                value = v * mult;
                comparator = rank ? "lte" : Comparator(context.Rules, q);
            }

            sentenceStart = LastIndexOfAny(text, SentenceEnds, q.Span.Start - 1, line.Start) + 1;
            clauseStart = LastIndexOfAny(text, ClauseEnds, q.Span.Start - 1, line.Start) + 1;
            clauseEnd = IndexOfAny(text, ClauseEnds, q.Span.End, line.End);
            // A bracket that opens on 其中 (共计1800万元（其中市级财政资金1200万元，…）) starts the parts of the whole before it: a
            // clause of its own.
            if (WhereofBracket(text, clauseStart, numStart) is var wb and >= 0) clauseStart = wb + 1;
            // A line of an indicator list, name and value parted by a colon (3.专业与产业匹配度：85%以上 / 1.中等职业学校数：由13所
            // 整合为9所左右): the name is the clause's, as in a row of an indicator table.
            if (LabelledValueStart(text, line, clauseStart, clauseEnd) is int nameStart) clauseStart = nameStart;
            if (WhereofBracket(text, q.Span.End, clauseEnd) is var we and >= 0) clauseEnd = we;
            // Without a target verb or a comparator there is no target: decided first, as it is the cheapest test and
            // turns most numbers away before the checks on what precedes them.
            beforeInClause = text[clauseStart..numStart];
            // The second or a later of quantities given respectively (海口、三亚分别不少于4500个、2500个).
            secondOfRespectively = Respectively(text, previous, q, clauseStart);
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
                // A bound before the first of quantities joined by 和 (每校至少打造1个劳动实践基地和1个科技创新实验室) bounds each of them;
                // one written after the first (1个以上…和1个…) is that one's own.
                if (comparator == "eq" && previousComparator is "gte" or "gt" or "lte" or "lt" or "approx" && previous is not null
                    && previous.Span.End > clauseStart && previous.Span.End < numStart && string.IsNullOrEmpty(previous.Value("post"))
                    && JoinedNoun.IsMatch(text.AsSpan(previous.Span.End, numStart - previous.Span.End))
                    && context.Rules.Find("target.verb", text[previous.Span.End..numStart]).Count == 0)
                    comparator = previousComparator;
            }
            return true;
        }

        /// <summary>Whether the clause commits to the quantity: a target verb, a bound, or a form that continues a target.</summary>
        public bool ClauseCommits()
        {
            // Once in each period (每季度对…开展1次水质抽检, 每年举办一届…大会, 每两年举办一届…大赛) is a cadence, not an amount to reach; a floor
            // (每年至少开展1次健康评估) is a level of service and stays.
            if (unit is "次" or "届" or "期" or "轮" && value == 1 && comparator == "eq"
                && EachPeriod.IsMatch(text.AsSpan(sentenceStart, numStart - sentenceStart))) return false;
            // 一 with a described noun (建设一支师德高尚、业务精湛的…教师队伍, 打造一个开放共享的…平台) is the article "a": what is
            // described is built, nothing is counted; unless a place or bound makes it a count (每个镇建设一支…, 至少一个).
            if (comparator == "eq" && q.Value("num") is "一" && mult == 1 && !beforeInClause.Contains('每')
                && text.AsSpan(q.Span.End, clauseEnd - q.Span.End).Contains('的')) return false;

            // The rest of a set named before (…底前建成A、B两县的中心，…底前建成其余2个): a bare count after 其余 or 剩余 splits a
            // total the text has given; it names nothing of its own (其余旗县区3万亩 names what it counts, and stays).
            if (numStart >= clauseStart + 2 && text.AsSpan(numStart - 2, 2) is "其余" or "剩余"
                && text.AsSpan(q.Span.End, clauseEnd - q.Span.End).Trim().Length == 0) return false;

            // A sign with nothing before it in its clause (a table cell ≥98%) is the table's, read with its row there.
            if (q.Value("pre") is "≥" or "≧" or "≤" or "≦" && beforeInClause.Trim().Trim('≥', '≧', '≤', '≦').Trim().Length == 0) return false;

            verbs = context.Rules.Find("target.verb", text[clauseStart..numStart], clauseStart);
            verbs.RemoveAll(v => context.OpensNoun(v.Span));
            verb = verbs.Count > 0 ? verbs[^1] : null;
            if (verb is not null && verb.Span.End == BoundStart(q, numStart)
                && context.Rules.IsMacro("target_verb_object_first", verb.Text) && (q.Value("num") ?? "").All(ChineseNumbers.IsNumeralChar))
                verb = null;
            if (context.Rules.MacroRegex("non_target_clause", MacroMatch.Anywhere)?.IsMatch(text[clauseStart..clauseEnd]) == true) return false;
            // Right after a verb that removes, a bound before a noun (消除56人以上大班额, 淘汰35蒸吨以下燃煤锅炉) says which ones are
            // removed by their size; it counts nothing.
            if (verb is not null && verb.Span.End == BoundStart(q, numStart) && context.Rules.IsMacro("removal_verb", verb.Text)
                && q.Value("post") is "以上" or "及以上" or "以下" or "及以下" && q.Span.End < line.End
                && text[q.Span.End] is >= '\u3400' and <= '\u9fff' and not '的')
                return false;
            // …and so does one whose noun the clause then removes (城区学校56人以上大班额保持动态清零, 10蒸吨以下燃煤锅炉全部淘汰).
            if (q.Value("post") is "以上" or "及以上" or "以下" or "及以下" && q.Span.End < clauseEnd
                && text[q.Span.End] is >= '\u3400' and <= '\u9fff' and not '的'
                && context.Rules.MacroRegex("removal_verb", MacroMatch.Anywhere)?.IsMatch(text[q.Span.End..clauseEnd]) == true)
                return false;
            // The parts a scheme is divided into (具体分为三档, 分成两个阶段) say how it is laid out; they count nothing to reach.
            if (q.Value("num") is { Length: > 0 } parts && parts.All(ChineseNumbers.IsNumeralChar) && DividedInto.IsMatch(beforeInClause))
                return false;
            rate = RateUnits.Contains(unit);
            hasComparator = comparator is not ("eq");
            // A part of a quantity named before in the sentence (调度联合收割机不少于2.6万台，其中跨区作业机械0.3万台) is read as
            // that one is; the checks on the sentence below apply to both alike.
            partOfTarget = verb is null && previous is not null && ((previous.Span.Start >= sentenceStart
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
            bool namedRate = (rate && beforeInClause.TrimEnd().EndsWith('率')) || PerCapitaIndicator.IsMatch(beforeInClause)
                || (MoneyUnits.Contains(unit) && NamedAmount.IsMatch(beforeInClause));
            // A clause that only names another measure of what the clause before sets (建成…设施1座，日处理能力300吨) continues it.
            bool continuesTarget = verb is null && !hasComparator && ContinuesTarget(context, text, previous, previousSubject is not null, sentenceStart, clauseStart, beforeInClause);
            // A measure that closes its clause right after a clause naming the works to be built, with no figure of their own
            // (建设玉米制种实训车间，实训工位300个; …，新建实训楼，建筑面积1.2万平方米; 推进新校区建设，新校区占地面积200亩): the
            // size of what is built.
            // Two sizes may be listed (新校区规划占地面积180亩、总建筑面积8万平方米): the second is measured from the 、.
            bool secondSize = previous is not null && previous.Span.End > clauseStart && previous.Span.End < numStart && text[previous.Span.End] == '、';
            bool sizesBuiltWork = verb is null && !hasComparator && !rate && !continuesTarget && clauseStart > sentenceStart
                && (previous is null || previous.Span.End <= ClauseBeforeStart(text, sentenceStart, clauseStart) || secondSize)
                && text.AsSpan(q.Span.End, clauseEnd - q.Span.End).Trim() is var restOfClause && (restOfClause.Length == 0 || restOfClause[0] == '、')
                && (secondSize ? text[(previous!.Span.End + 1)..numStart] : beforeInClause).Trim() is { Length: >= 2 and <= 10 } measured
                && measured.AsSpan().IndexOfAny("，,；;、和与的年月累") < 0
                && context.Rules.Find("target.verb", measured).Count == 0
                && ClauseBefore(view, sentenceStart, clauseStart) is { } built
                && (BuildClause.IsMatch(LeadingLabel.Replace(built, "")) || SetsUp(built, measured));
            // A count brought in by a preposition, its verb after what it counts (为1.5万户困难家庭实施适老化改造,
            // 对全区120家重点企业开展执法检查, 督促1.2万户餐饮用户全部安装报警装置).
            actAfter = -1;
            if (verb is null && !hasComparator && !rate && !MoneyUnits.Contains(unit) && CountLead.IsMatch(beforeInClause)
                && ActAfter.Match(text, q.Span.End, clauseEnd - q.Span.End) is { Success: true } act && act.Index - q.Span.End >= 2)
                actAfter = act.Index;
            // A count that opens its clause, after only a time or the whole area, of the places or bodies that are all to do
            // the work (2024年12月底前18个县（区）全面完成县管校聘改革, 到2025年全市30所学校全部完成改造).
            if (actAfter < 0 && verb is null && !hasComparator && !rate && !MoneyUnits.Contains(unit) && OpenedCount.IsMatch(beforeInClause)
                && WholeActAfter.Match(text, q.Span.End, Math.Min(clauseEnd, q.Span.End + 12) - q.Span.End) is { Success: true } all
                && all.Index - q.Span.End >= 1)
                actAfter = all.Index;
            handedOver = actAfter < 0 && verb is null && MoneyUnits.Contains(unit) && HandOverLead.IsMatch(beforeInClause)
                && HandedOver.IsMatch(text, q.Span.End);
            // A clause of only a year and a figure in a series of years (2024年改造老旧管网220公里，2025年200公里，2026年140公里)
            // gives the same measure for that year.
            yearOfSeries = verb is null && !hasComparator && previousSubject is not null && previous is not null
                && previous.Span.Start >= sentenceStart && previous.Value("unit") == q.Value("unit") && YearOnly.IsMatch(beforeInClause);
            // A share of a budget set aside for a use, its verb after it (按照年度公用经费预算总额的5%安排教师培训经费, 按…5%的比例提取…),
            // is the share to be spent.
            setAside = verb is null && unit == "%" && ShareOfBase.IsMatch(beforeInClause)
                ? SetAsideAfter.Match(text, q.Span.End, clauseEnd - q.Span.End) : null;
            bool shareSetAside = setAside is { Success: true };
            if (verb is null && !hasComparator && !partOfTarget && !namedRate && !continuesTarget && !sizesBuiltWork && actAfter < 0 && !yearOfSeries
                && !shareSetAside && !handedOver && !(rate && context.Rules.Find("target.rate-cue", beforeInClause).Count > 0))
                return false;
            return true;
        }

        /// <summary>
        /// The clause before this one in the sentence when it names the work a figure of its own clause counts: 4 to 40
        /// characters, no figure, a target verb in it (or, with <paramref name="orStandard"/>, the name of a standard or fund
        /// ending it); else null.
        /// </summary>
        private string? ClauseNamingTheWork(bool orStandard) =>
            ClauseBefore(view, sentenceStart, clauseStart) is { } clause
            && TextFold.Squash(LeadingLabel.Replace(clause, "")) is { Length: >= 4 and <= 40 } named
            && !named.Any(char.IsDigit)
            && (context.Rules.Find("target.verb", named).Count > 0 || (orStandard && NamedStandard.IsMatch(named)))
                ? named : null;

        /// <summary>
        /// The clause before sets up the work the measured noun is part of, ending on the word the noun opens with
        /// (开展高职本科协同育人试点，试点专业2个 / 组建职业教育集团，集团成员单位50家): the clause's figure is its size.
        /// </summary>
        private bool SetsUp(string clause, string measured)
        {
            var named = TextFold.Squash(clause);
            return measured.Length >= 3 && named.Length >= 4 && named.EndsWith(measured[..2], StringComparison.Ordinal)
                && context.Rules.Find("target.verb", named).Count > 0;
        }

        /// <summary>
        /// Where the name starts on a line that is only a name, a colon and the value (after an item label): the clause
        /// at <paramref name="clauseStart"/> opens right after that colon. Else null.
        /// </summary>
        private static int? LabelledValueStart(string text, Line line, int clauseStart, int clauseEnd)
        {
            if (clauseStart <= line.Start || text[clauseStart - 1] is not (':' or '：')) return null;
            var rest = text.AsSpan(clauseEnd, line.End - clauseEnd).Trim();
            if (rest.Length > 1 || clauseEnd - clauseStart > 24) return null;
            var head = text.AsSpan(line.Start, clauseStart - 1 - line.Start);
            int indent = head.Length - head.TrimStart().Length;
            var label = LeadingLabel.Match(text, line.Start + indent, head.Length - indent);
            int nameStart = line.Start + indent + (label.Success ? label.Length : 0);
            var name = text.AsSpan(nameStart, clauseStart - 1 - nameStart).Trim();
            if (name.Length is < 2 or > 20 || name.IndexOfAny("，,。；;：:、（）()") >= 0 || head.IndexOfAny("，,。；;") >= 0) return null;
            return nameStart;
        }

        /// <summary>False when the heading, sentence or document make the quantity a condition, a result, a standard or a cap.</summary>
        public bool PassesContextChecks()
        {
            // Under a heading of conditions (二、申报条件) a bound says who qualifies (研发费用占营业收入比例不低于3%), and under one
            // that looks back (一、2023年工作回顾) a figure is a result: neither is what is to be reached.
            if (context.LinesUnderHeading("condition_heading")[line.Index] || context.LinesUnderHeading("past_heading")[line.Index])
                return false;
            if (InAmendedWording(text, numStart, line)) return false;
            var beforeSentence = text[sentenceStart..numStart];
            if (context.Rules.Find("target.achievement", beforeSentence).Any(a => !PlanStillAhead(context, a.Text)
                    && !QualifiesRate.IsMatch(beforeSentence[a.Span.End..])))
                return false;
            // A report of results (…情况的通报) commits only where a sentence names a deadline ahead, or in a section or
            // paragraph that turns to the work ahead (四、下一步工作要求 / 下一步，…: 全年全省完成农村公路投资300亿元以上).
            if (context.IsReport && !DatedDeadlineWithin(context, sentenceStart, q.Span.Start) && !TurnsToWorkAhead(context, line))
                return false;
            // The support for each one taken on, after the clause that counts it (企业每吸纳1名就业困难人员并签订1年以上劳动合同的，
            // 给予1000元一次性补贴), is a standard of the policy, as the count is its condition.
            if (MoneyUnits.Contains(unit) && clauseStart > sentenceStart && Support.IsMatch(text[clauseStart..clauseEnd])
                && EachTakenOnClause.IsMatch(text.AsSpan(sentenceStart, clauseStart - sentenceStart)))
                return false;
            // A support standard (对新晋升为…的景区，分别给予…奖励200万元) is a parameter of the policy, not a target.
            // So is one that opens an article of measures (第四条　对新获评…的企业，给予一次性奖励50万元).
            // …and one whose clause opens on 对…的 after the sentence has set a goal (每年新增入库企业50家以上，对新认定的…智能工厂
            // 分别给予200万元、100万元奖励).
            if (MoneyUnits.Contains(unit) && Support.IsMatch(text[clauseStart..clauseEnd])
                && (OpensOnDuiDe(ArticleLabel.Replace(beforeSentence, "")) || OpensOnDuiDe(beforeInClause)))
                return false;
            // …and so are the tiers that follow it in the sentence with the support left out (对…的A类人才给予安家补助60万元，
            // B类人才40万元，C类人才20万元), as the first is.
            if (MoneyUnits.Contains(unit) && verb is null && clauseStart > sentenceStart && ElidedTier.IsMatch(beforeInClause)
                && Support.IsMatch(text.AsSpan(sentenceStart, clauseStart - sentenceStart))
                && OpensOnDuiDe(ArticleLabel.Replace(beforeSentence, "")))
                return false;
            // A sentence of what an applicant must be (申报单位应当…，上一年度营业收入不低于2000万元) sets conditions throughout.
            if (ApplicantMust.IsMatch(ArticleLabel.Replace(beforeSentence, ""))) return false;
            // A condition (申报项目应…，且设备投资额在1000万元以上): X在N以上 where the sentence says what is required.
            if (verb is null && EligibilityBound.IsMatch(text[Math.Max(sentenceStart, numStart - 2)..numStart]) && Requirement.IsMatch(beforeSentence))
                return false;
            // A sentence that opens on what has been done (“十三五”期间，…；…达到97.6%) reports it in each of its clauses, until
            // a deadline ahead is named after the opening.
            int fullStart = LastIndexOfAny(text, FullStops, q.Span.Start - 1, line.Start) + 1;
            if (fullStart < sentenceStart
                && context.Rules.Find("target.achievement", text[fullStart..sentenceStart], fullStart).Where(a => !PlanStillAhead(context, a.Text)).ToList() is { Count: > 0 } done
                && !DatedDeadlineWithin(context, done[^1].Span.End, numStart))
                return false;
            // A paragraph that opens on a past period alone (“十三五”期间，…。…高速公路通车里程达到826公里) reports it to its end,
            // past its first sentence, until a deadline ahead or the work ahead is named.
            if (PastPeriodOpening(context, line) is { } periodEnd && periodEnd <= numStart && !DatedDeadlineWithin(context, periodEnd, numStart)
                && context.Rules.MacroRegex("work_ahead", MacroMatch.Anywhere)?.IsMatch(text[periodEnd..numStart]) != true)
                return false;
            // A sentence opening on a year says itself when it is (2021年，… past; 2022年，… current); otherwise a paragraph
            // that opens on the past (截至2022年底，…；…) stays in the past until a deadline ahead is named.
            bool sentenceDated = context.Rules.Find("target.past-lead", beforeSentence.TrimStart()).Count > 0;
            if (sentenceDated && IsPast(context, beforeSentence.TrimStart())) return false;
            if (!sentenceDated && IsPast(context, TextFold.Fold(view.Text[line.Start..numStart]).TrimStart())
                && !DatedDeadlineWithin(context, line.Start, numStart))
                return false;
            if (context.Rules.Find("target.achievement-clause", beforeInClause).Count > 0) return false;
            // A share by which an amount is worked out (分别不低于当地最低工资标准的5%、20%和40%确定) is a rule of calculation.
            if (CalculationTail.IsMatch(text.AsSpan(q.Span.End, clauseEnd - q.Span.End))) return false;
            // A price per unit (不高于0.3元/千瓦时, 200元/亩) is a standard, like an amount per unit below.
            if (MoneyUnits.Contains(unit) && q.Span.End < line.End && text[q.Span.End] == '/') return false;
            // A standard per unit (每个最高5万元, 每张床位1万元) is a rate of support, not a target; so are the later ones of
            // standards given respectively (每人分别补贴1000元、1500元、2000元), as the first is.
            if (MoneyUnits.Contains(unit) && !perPersonLevel
                && PerUnit.IsMatch(secondOfRespectively ? SeriesTail.Replace(beforeInClause, "") : beforeInClause))
                return false;
            // A cap on support (给予最高30万元奖励) is a parameter of the policy, not a target; in a table, the row may name the
            // support in another cell (校企共建实训基地补助 | 设备投入30%，最高150万元).
            if (MoneyUnits.Contains(unit) && (Support.IsMatch(text[clauseStart..clauseEnd])
                    || (text.AsSpan(line.Start, line.Length).Contains('\t') && Support.IsMatch(text.AsSpan(line.Start, line.Length))))
                && (q.Value("pre") is "最高" or "最多" or "不超过" || Cap.IsMatch(text[Math.Max(clauseStart, numStart - 8)..numStart])))
                return false;
            // …and so is a cap in the clause after the support, on each one it goes to (…给予企业发展奖励，每个项目每年最高不超过500万元).
            if (MoneyUnits.Contains(unit) && clauseStart > sentenceStart && ScopedCap.IsMatch(beforeInClause)
                && Support.IsMatch(text.AsSpan(sentenceStart, clauseStart - sentenceStart)))
                return false;
            if (context.Rules.Find("target.baseline", beforeInClause).Count > 0) return false;
            // A threshold of eligibility (对年营业收入500万元以上的经营主体给予奖励) is a condition, not a target.
            // The support may come in the next clause (对固定资产投资额超过1亿元的项目，按…给予补贴).
            if (IsThreshold(context, text, q, hasComparator, clauseStart, IndexOfAny(text, SentenceEnds, q.Span.End, line.End))) return false;
            // A count of each one that earns the support after it (企业每接收1名实习学生并签订实习协议的，给予每人每月300元补助;
            // 每吸纳1名就业困难人员的，给予1000元补贴) is the unit the support is counted by, in a clause closed by 的: a condition.
            if (EachEarning.IsMatch(text.AsSpan(clauseStart, BoundStart(q, numStart) - clauseStart))
                && clauseEnd < line.End && text[clauseEnd] is '，' or ',' && text[clauseEnd - 1] == '的'
                && Support.IsMatch(text.AsSpan(clauseEnd, IndexOfAny(text, SentenceEnds, clauseEnd, line.End) - clauseEnd)))
                return false;
            // An amount bounded and closed by 的 after a noun (合同投资额1亿元以上的产业项目) says which ones are meant; after a verb
            // (安排不低于1亿元的专项资金) it is the amount to be reached.
            // So is any bounded measure right after its name (年综合能源消费量5000吨标准煤以上的项目), also a name read as a verb
            // (人口规模3000人以上的行政村: 规模 is what is measured, not what is done).
            if ((MoneyUnits.Contains(unit) || MeasureName.IsMatch(text.AsSpan(clauseStart, BoundStart(q, numStart) - clauseStart)))
                && hasComparator && q.Span.End < line.End && text[q.Span.End] == '的'
                && (verb?.Span.End != BoundStart(q, numStart) || MeasureName.IsMatch(verb.Text)))
                return false;
            // A share in brackets after its part (基础工作（40%）、项目引进（50%）) is a weight of the whole.
            if (rate && numStart > line.Start && q.Span.End < line.End && text[q.Span.End] is '）' or ')'
                && (text[numStart - 1] is '（' or '(' || (numStart - 1 > line.Start && text[numStart - 1] == '占' && text[numStart - 2] is '（' or '(')))
                return false;
            // A quantity right after a count and closed by 的 (培育3—5家产值超10亿元的企业) says which ones are counted.
            if (previous is not null && previous.Span.End > clauseStart && previous.Span.End <= numStart && q.Span.End < line.End
                && text[q.Span.End] == '的' && numStart - previous.Span.End <= 8
                && text.AsSpan(previous.Span.End, numStart - previous.Span.End).IndexOfAny("、和及与,，;；") < 0)
                return false;
            // The next quantity, closed by 的, may say which ones this one counts (组建不少于1支50人以上的队伍, 培育3—5家产值超10亿元的企业):
            // then this one is the target and its subject is the noun after the 的.
            nextQualifies = next is not null && next.Span.Start < clauseEnd && next.Span.Start - q.Span.End is >= 0 and <= 8
                && next.Span.End < line.End && text[next.Span.End] == '的'
                && text.AsSpan(q.Span.End, next.Span.Start - q.Span.End).IndexOfAny("、和及与,，;；/") < 0;
            // A quantity that qualifies the next one (营业收入超百亿元企业3—5个) is not a target of its own; two joined by a
            // slash (60万千瓦/120万千瓦时) are one target stated in two units; one in brackets right after (提高到每人每年6120元
            // （每人每月510元）) restates it in another form.
            if (!nextQualifies && next is not null && next.Span.Start < clauseEnd && next.Span.Start - q.Span.End is > 0 and <= 10
                && WhereofBracket(text, q.Span.End, next.Span.Start) < 0 && !(text[q.Span.End] is '（' or '(' && text.AsSpan(q.Span.End, next.Span.Start - q.Span.End).IndexOfAny("）)") < 0)
                && text.AsSpan(q.Span.End, next.Span.Start - q.Span.End).IndexOfAny("、和及与,，;；/") < 0)
                return false;
            // A count inside a phrase that says which ones must act (招收5名以上残疾学生的普通学校原则上都要设立资源教室) is a condition.
            if (RelativeClauseTail.IsMatch(text.AsSpan(q.Span.End, clauseEnd - q.Span.End))) return false;
            // A value only below which ones are meant (停办就业率连续两年低于60%的专业, 对合格率低于90%的企业约谈) picks out a class of
            // what follows 的: a condition, not a level to reach (控制在低于5%的水平 still is one).
            if (q.Value("pre") is "低于" or "少于" && BelowClassTail.IsMatch(text.AsSpan(q.Span.End, clauseEnd - q.Span.End))) return false;
            return true;
        }

        /// <summary>The words that name what the quantity counts, from its own clause: after the unit for counts, before the number for rates and money.</summary>
        public string PickSubject()
        {
            // Subject: for counts, what follows the unit up to the end of the clause or the next coordinated quantity.
            subjectStart = q.Span.End; subjectEnd = clauseEnd;
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
            phraseStart = clauseStart;
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
            // A count that closes its noun phrase before 及 (新建停机位12个及配套设施) counts what comes before it.
            if (after.StartsWith('及')) after = "";
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
            before = ((rate || MoneyUnits.Contains(unit) || after.Length == 0) && !(beforeIsOnlyVerb && after.Length > 0) && !sizesNounAfter
                    && fundAfter is not { Success: true } && !claimedAfter && !shareOfScope)
                || pairFirst || nounEnd != numStart;
            if (before)
            {
                // What the verb acts on (安排专项经费1亿元 → 专项经费), unless that leaves a stub of the noun the verb is part of
                // (城镇新增就业5000人, 增加值800亿元): then the whole phrase.
                int from = phraseStart;
                if (!rate && verb is not null && verb.Span.Start >= phraseStart && verb.Span.End < numStart)
                {
                    // A verb inside a phrase closed by 的 (形成可复制推广的改革创新案例10个: 推广) says which ones are counted: what is
                    // acted on follows the verb before it (形成), or is the whole phrase.
                    for (int vi = verbs.Count - 1; vi >= 0; vi--)
                    {
                        var acting = verbs[vi];
                        if (acting.Span.Start < phraseStart || acting.Span.End >= numStart) continue;
                        // A second verb joined to the first (新开通、优化城乡客运线路6条) or an alternative in brackets (新建（改扩建）社区
                        // 多功能运动场15个) is not part of what is acted on.
                        var acted = view.Text[acting.Span.End..Math.Max(acting.Span.End, nounEnd)];
                        if (secondOfRespectively) acted = SeriesTail.Replace(acted, "");
                        var afterVerb = JoinedVerb.Replace(TrailingCue.Replace(RateTail.Replace(acted, ""), "").Trim(), "");
                        if (afterVerb.StartsWith('的')) continue;
                        // …and neither is an alternative verb after 或 (淘汰或调整与产业需求不匹配的专业, 新增或调整专业10个).
                        if (afterVerb.StartsWith('或') && text[acting.Span.End] == '或'
                            && context.WordAt(acting.Span.End + 1) is { Tag: ['v', ..] } alternative
                            && alternative.Start == acting.Span.End + 1 && alternative.End < nounEnd)
                            afterVerb = afterVerb[(1 + alternative.End - alternative.Start)..];
                        if (afterVerb.Length > 2) { from = acting.Span.End; beforeText = afterVerb; }
                        break;
                    }
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
            // A list mark left at the start (…数量在60名左右、结构合理的专业化校长队伍) is no part of the name.
            subject = TextFold.Squash(LeadingResolve.Replace(ArticleLabel.Replace(LeadingLabel.Replace(subject, ""), ""), "").TrimEnd('等').Trim().TrimStart('、')).TrimEnd('：', ':');
            if (OnlyLink(subject)) subject = "";
            // 将 opening the phrase only brings in what the verb then acts on (将…补助标准由800元提高至1200元; 现将2024年学前教育
            // 发展资金1200万元拨付给你们).
            if (handedOver || HandOverLead.IsMatch(subject)) subject = HandOverLead.Replace(subject, "");
            // A share set aside for a use (按职工总数的2%安排实习岗位) is a share of what is set aside: the words after the verb.
            if (setAside is { Success: true } use
                && TextFold.Squash(text[(use.Index + use.Length)..clauseEnd]).Trim() is { Length: >= 2 } used)
                subject = used;
            // A standard the clause pays by (扩招学生按不低于每生每年4000元标准落实生均拨款, 按每人每月500元的标准发放生活补贴) is a
            // standard of what is paid: the words after its verb.
            if (MoneyUnits.Contains(unit) && beforeInClause.Contains('按')
                && StandardPaidBy.Match(text, q.Span.End, clauseEnd - q.Span.End) is { Success: true } paid
                && TextFold.Squash(text[(paid.Index + paid.Length)..clauseEnd]).Trim() is { Length: >= 2 and <= 16 } paidFor)
                subject = paidFor;
            if (partOfTarget && subject.StartsWith("其中", StringComparison.Ordinal)) subject = subject[2..].TrimStart('，', ',');
            else if (clauseStart >= 1 && IncludedPart(text, clauseStart - 1) && subject.Length > 2)
                subject = subject.StartsWith("包括", StringComparison.Ordinal) ? subject[2..] : subject.StartsWith('含') ? subject[1..] : subject;
            if (subject.Length == 0 && verb is not null) subject = verb.Text;
            return subject;
        }

        /// <summary>The subject completed from the clauses and the item around it when its own clause leaves it bare; null for no target.</summary>
        public string? SubjectInContext(string subject)
        {
            // A level after the level of the quantity before, its measure shared (…教师数小学达到4.2人以上、初中达到5.3人以上): the
            // measure named before with this level.
            if (previousSubject is { } shared && LevelOnly(subject) && previous is not null && previous.Span.End < numStart && text[previous.Span.End] == '、'
                && !LevelOnly(shared) && TrailingLevel.Match(shared) is { Success: true } level && level.Index >= 2)
                subject = shared[..level.Index] + subject;

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
            // A running total after the figure of a year (2025年新增订单培养规模3000人，到2027年累计达到1.2万人; 每年安排…专项资金
            // 5000万元，“十四五”期间累计不少于2.5亿元) is the total of what the clause before counts.
            var total = YearsBefore.Replace(subject, "");
            if (verb is not null && total.EndsWith(verb.Text, StringComparison.Ordinal)) total = total[..^verb.Text.Length];
            if ((verb is not null || hasComparator) && RunningTotalOnly.IsMatch(total) && previous is not null && previous.Value("unit") == q.Value("unit")
                && CarriedSubject(view, previous, sentenceStart, clauseStart) is { } counted)
                subject = total + PeriodTotalLead.Replace(NewlyAdded.Replace(previousSubject is { } given ? TrailingChange.Replace(given, "") : counted, ""), "");
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
            // A count for each place with only its verb (组建校级专业教学创新团队，每所中职学校至少建设1个) counts what the clause before
            // sets up after its own verb, when no figure came before in the sentence.
            if (verb is not null && subject != verb.Text && PerPlaceLead.Replace(subject, "") == verb.Text
                && (previous is null || previous.Span.End <= sentenceStart)
                && ClauseBefore(view, sentenceStart, clauseStart) is { } setUpClause && LeadingLabel.Replace(setUpClause, "") is var setUp
                && context.Rules.Find("target.verb", setUp) is [{ Span.Start: 0 } setUpVerb, ..]
                && TextFold.Squash(setUp[setUpVerb.Span.End..]) is { Length: >= 2 and <= 24 } setUpObject)
                subject = setUpObject;
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
            // A floor with only its cadence after a clause that names the work, no figure before in the sentence
            // (支持教师到企业挂职锻炼，每年不少于80人次; 组织送教下乡活动，每学期不少于2次) is the level of that work: it is the subject.
            if (subject.Length == 0 && hasComparator && !MoneyUnits.Contains(unit) && clauseStart > sentenceStart
                && (previous is null || previous.Span.End <= sentenceStart) && CadencedFloor.IsMatch(beforeInClause)
                && ClauseNamingTheWork(orStandard: false) is { } workNamed)
                subject = workNamed;
            // …and so is a clause that names nothing but its verb (开展岗位技能提升培训，每年培训6000人次以上; 合作开展中高职贯通培养，
            // 每年招生300人; 全市中职学校布局调整基本完成，由现有14所整合为8所左右; 市财政统筹安排…专项资金，“十四五”期间投入不少于1亿元):
            // what it counts is named by the clause before, which holds no figure of its own.
            // An amount whose clause names only who pays, when and the verb (县财政每年安排不少于800万元) or a fund as such
            // (每年安排资金200万元) is of the fund the clause before names (设立…奖学金 / 落实职业教育专项资金).
            bool paidOnly = MoneyUnits.Contains(unit) && verb is not null
                && GenericFundTail.Replace(PeriodLead.Replace(PayerLead.Replace(subject, ""), ""), "") == verb.Text;
            if (((verb is not null && (subject.Length == 0 || subject == verb.Text || PeriodLead.Replace(subject, "") == verb.Text))
                    || PerHeadOnly.IsMatch(subject) || paidOnly) && clauseStart > sentenceStart
                && (previous is null || previous.Span.End <= ClauseBeforeStart(text, sentenceStart, clauseStart) || previous.Span.Start >= clauseStart)
                && ClauseNamingTheWork(orStandard: PerHeadOnly.IsMatch(subject) || paidOnly) is { } namedBefore)
                subject = namedBefore;
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
            // …and so is a sum already given with the name of its fund when the clause names that fund again (…（其中…，县（区）配套
            // 资金600万元）; later: 由各县（区）安排配套资金600万元).
            if (MoneyUnits.Contains(unit) && value is { } sumValue
                && context.Result.Targets.Any(t => t.Value == (double)sumValue && t.Unit == unit && t.Subject is { Length: >= 4 } named
                    && GenericFund.IsMatch(named.AsSpan(named.Length - 4)) && text.AsSpan(clauseStart, clauseEnd - clauseStart).Contains(named.AsSpan(named.Length - 4), StringComparison.Ordinal)))
                return null;
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
            return subject;
        }

        /// <summary>The target: its text (from the verb or the phrase before), deadline, section and evidence.</summary>
        public TargetOutput Output(string subject)
        {
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
    }
}
