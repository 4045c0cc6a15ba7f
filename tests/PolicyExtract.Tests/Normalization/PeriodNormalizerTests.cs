using PolicyExtract.Normalization;

namespace PolicyExtract.Tests.Normalization;

public class PeriodNormalizerTests
{
    private static readonly DateOnly Ref = new(2021, 4, 28);

    // text, kind, start, end ("" for none)
    [TestCase("2021—2025年", "period", "2021-01-01", "2025-12-31")]
    [TestCase("2021——2025年", "period", "2021-01-01", "2025-12-31")]
    [TestCase("2021-2025年", "period", "2021-01-01", "2025-12-31")]
    [TestCase("2021～2025年", "period", "2021-01-01", "2025-12-31")]
    [TestCase("2021~2025年", "period", "2021-01-01", "2025-12-31")]
    [TestCase("2021至2025年", "period", "2021-01-01", "2025-12-31")]
    [TestCase("2021年—2025年", "period", "2021-01-01", "2025-12-31")]
    [TestCase("2021年至2025年", "period", "2021-01-01", "2025-12-31")]
    [TestCase("2021年3月—2022年6月", "period", "2021-03-01", "2022-06-30")]
    [TestCase("二〇二一—二〇二五年", "period", "2021-01-01", "2025-12-31")]
    [TestCase("2021—2025", "period", "2021-01-01", "2025-12-31")]
    [TestCase("到2022年底", "by", "", "2022-12-31")]
    [TestCase("2022年底前", "by", "", "2022-12-31")]
    [TestCase("2022年底", "by", "", "2022-12-31")]
    [TestCase("2022年前", "by", "", "2022-12-31")]
    [TestCase("2022年以前", "by", "", "2022-12-31")]
    [TestCase("至2022年", "by", "", "2022-12-31")]
    [TestCase("到2025年", "by", "", "2025-12-31")]
    [TestCase("截至2023年", "by", "", "2023-12-31")]
    [TestCase("2022年年底", "by", "", "2022-12-31")]
    [TestCase("2022年年底前", "by", "", "2022-12-31")]
    [TestCase("2022年末", "by", "", "2022-12-31")]
    [TestCase("年底前", "by", "", "2021-12-31")]
    [TestCase("年末", "by", "", "2021-12-31")]
    [TestCase("年底", "by", "", "2021-12-31")]
    [TestCase("年内", "by", "", "2021-12-31")]
    [TestCase("当年年底", "by", "", "2021-12-31")]
    [TestCase("今年底", "by", "", "2021-12-31")]
    [TestCase("次年底前", "by", "", "2022-12-31")]
    [TestCase("到明年", "by", "", "2022-12-31")]
    [TestCase("次年前", "by", "", "2022-12-31")]
    [TestCase("2022年6月底前", "by", "", "2022-06-30")]
    [TestCase("2022年6月底", "by", "", "2022-06-30")]
    [TestCase("2022年2月底前", "by", "", "2022-02-28")]
    [TestCase("到2022年6月", "by", "", "2022-06-30")]
    [TestCase("2022年6月前", "by", "", "2022-06-30")]
    [TestCase("6月底前", "by", "", "2021-06-30")]
    [TestCase("明年3月底前", "by", "", "2022-03-31")]
    [TestCase("2021年6月中旬", "by", "", "2021-06-20")]
    [TestCase("2022年6月30日前", "by", "", "2022-06-30")]
    [TestCase("到2022年6月30日", "by", "", "2022-06-30")]
    [TestCase("上半年", "period", "2021-01-01", "2021-06-30")]
    [TestCase("下半年", "period", "2021-07-01", "2021-12-31")]
    [TestCase("2022年上半年前", "by", "", "2022-06-30")]
    [TestCase("上半年底前", "by", "", "2021-06-30")]
    [TestCase("一季度", "period", "2021-01-01", "2021-03-31")]
    [TestCase("第一季度", "period", "2021-01-01", "2021-03-31")]
    [TestCase("二季度", "period", "2021-04-01", "2021-06-30")]
    [TestCase("第三季度", "period", "2021-07-01", "2021-09-30")]
    [TestCase("四季度", "period", "2021-10-01", "2021-12-31")]
    [TestCase("第4季度末", "by", "", "2021-12-31")]
    [TestCase("2021年前三季度", "period", "2021-01-01", "2021-09-30")]
    [TestCase("2021年前三个季度", "period", "2021-01-01", "2021-09-30")]
    [TestCase("2022年第二季度前", "by", "", "2022-06-30")]
    [TestCase("“十三五”", "period", "2016-01-01", "2020-12-31")]
    [TestCase("\"十四五\"", "period", "2021-01-01", "2025-12-31")]
    [TestCase("十四五", "period", "2021-01-01", "2025-12-31")]
    [TestCase("十五五", "period", "2026-01-01", "2030-12-31")]
    [TestCase("十二五", "period", "2011-01-01", "2015-12-31")]
    [TestCase("十一五", "period", "2006-01-01", "2010-12-31")]
    [TestCase("“十四五”末", "by", "", "2025-12-31")]
    [TestCase("“十四五”期末", "by", "", "2025-12-31")]
    [TestCase("到“十四五”末", "by", "", "2025-12-31")]
    [TestCase("“十四五”期间", "period", "2021-01-01", "2025-12-31")]
    [TestCase("十四五期间", "period", "2021-01-01", "2025-12-31")]
    [TestCase("十四五时期", "period", "2021-01-01", "2025-12-31")]
    [TestCase("“三五”", "period", "1966-01-01", "1970-12-31")]
    [TestCase("持续推进", "ongoing", "", "")]
    [TestCase("长期坚持", "ongoing", "", "")]
    [TestCase("自2022年起", "ongoing", "2022-01-01", "")]
    [TestCase("从明年开始", "ongoing", "2022-01-01", "")]
    [TestCase("2021年9月起", "ongoing", "2021-09-01", "")]
    [TestCase("2021年9月—12月", "period", "2021-09-01", "2021-12-31")]
    [TestCase("2022年3至6月", "period", "2022-03-01", "2022-06-30")]
    [TestCase("2022年3月—6月底前", "by", "", "2022-06-30")]
    public void FindAll_NormalizesExpression(string text, string kind, string start, string end)
    {
        var found = PeriodNormalizer.FindAll(text, Ref);
        Assert.That(found, Has.Count.EqualTo(1), () => string.Join(" | ", found));
        var r = found[0];
        Assert.That((r.KindName, r.StartIso ?? "", r.EndIso ?? "", r.Text), Is.EqualTo((kind, start, end, text)));
        Assert.That(r.Span, Is.EqualTo(new PolicyExtract.Model.TextSpan(0, text.Length)));
    }

    [TestCase("每年", "yearly")]
    [TestCase("每年度", "yearly")]
    [TestCase("每季度", "quarterly")]
    [TestCase("每月", "monthly")]
    [TestCase("每学期", "semesterly")]
    [TestCase("每两年", "biennial")]
    public void FindAll_Recurrence(string text, string recurrence)
    {
        var r = PeriodNormalizer.FindAll(text, Ref).Single();
        Assert.That((r.Kind, r.Recurrence, r.Start, r.End), Is.EqualTo((PeriodKind.Recurring, recurrence, (DateOnly?)null, (DateOnly?)null)));
    }

    // Whole deadline cells of task tables.
    [TestCase("2021年", "by", "", "2021-12-31")]
    [TestCase("2021", "by", "", "2021-12-31")]
    [TestCase(" 2022年 ", "by", "", "2022-12-31")]
    [TestCase("2021年度", "by", "", "2021-12-31")]
    [TestCase("2022年完成", "by", "", "2022-12-31")]
    [TestCase("2021年6月", "by", "", "2021-06-30")]
    [TestCase("2021年6月30日", "by", "", "2021-06-30")]
    [TestCase("2021-2022年", "period", "2021-01-01", "2022-12-31")]
    [TestCase("2021年—2022年", "period", "2021-01-01", "2022-12-31")]
    [TestCase("2021-2022", "period", "2021-01-01", "2022-12-31")]
    [TestCase("2022年底前", "by", "", "2022-12-31")]
    [TestCase("持续推进", "ongoing", "", "")]
    [TestCase("长期坚持", "ongoing", "", "")]
    [TestCase("长期", "ongoing", "", "")]
    [TestCase("持续", "ongoing", "", "")]
    [TestCase("当年", "by", "", "2021-12-31")]
    [TestCase("次年", "by", "", "2022-12-31")]
    [TestCase("明年", "by", "", "2022-12-31")]
    [TestCase("年度", "recurring", "", "")]
    [TestCase("每年", "recurring", "", "")]
    // A step that comes round each year, without a year of its own: recurring, not due in the reference year.
    [TestCase("每年11月底前", "recurring", "", "")]
    [TestCase("每年年底前", "recurring", "", "")]
    [TestCase("每年6月底前、12月底前", "recurring", "", "")]
    [TestCase("12月底前", "by", "", "2021-12-31")]
    [TestCase("2021年至2023年每年12月底前", "period", "2021-01-01", "2023-12-31")]
    [TestCase("2021年底前完成，长期坚持", "by", "", "2021-12-31")]
    [TestCase("2021年起", "ongoing", "2021-01-01", "")]
    // Months without a year: a stage of the reference year, start to end.
    [TestCase("9月—11月", "period", "2021-09-01", "2021-11-30")]
    [TestCase("9月至11月", "period", "2021-09-01", "2021-11-30")]
    [TestCase("6至8月底", "period", "2021-06-01", "2021-08-31")]
    // A stage from one day to another ends on its last day; the end's month and year are the start's unless printed.
    [TestCase("2025年4月1日—4月15日", "period", "2025-04-01", "2025-04-15")]
    [TestCase("4月1日至15日", "period", "2021-04-01", "2021-04-15")]
    [TestCase("2024年11月15日至2025年3月15日", "period", "2024-11-15", "2025-03-15")]
    public void TryNormalize_Cell(string cell, string kind, string start, string end)
    {
        Assert.That(PeriodNormalizer.TryNormalize(cell, Ref, out var r), Is.True, cell);
        Assert.That((r.KindName, r.StartIso ?? "", r.EndIso ?? ""), Is.EqualTo((kind, start, end)));
        Assert.That(cell[r.Span.Start..r.Span.End], Is.EqualTo(r.Text));
    }

    [TestCase("")]
    [TestCase("县教育局")]
    [TestCase("三年")]
    [TestCase("3个")]
    [TestCase("11月—9月")]
    public void TryNormalize_RejectsCellsWithoutTime(string cell)
    {
        Assert.That(PeriodNormalizer.TryNormalize(cell, Ref, out _), Is.False);
    }

    [TestCase("三年内完成")]
    [TestCase("五年来")]
    [TestCase("三五成群")]
    [TestCase("十五个")]
    [TestCase("二十五人")]
    [TestCase("2021年4月28日")]
    [TestCase("2021年，全市")]
    [TestCase("国发〔2019〕4号")]
    [TestCase("4月28日召开")]
    [TestCase("持续提升")]
    [TestCase("014006438/2020-05900")]
    [TestCase("1990-2050")]
    [TestCase("年度考核")]
    [TestCase("当年毕业生")]
    [TestCase("2022年前后")]
    [TestCase("2021年起草")]
    [TestCase("用3个季度")]
    public void FindAll_IgnoresNonDeadlines(string text)
    {
        var found = PeriodNormalizer.FindAll(text, Ref);
        Assert.That(found, Is.Empty, () => string.Join(" | ", found));
    }

    [Test]
    public void RelativeWithoutReference_HasNoDates()
    {
        var r = PeriodNormalizer.FindAll("年底前完成").Single();
        Assert.That((r.Kind, r.End), Is.EqualTo((PeriodKind.By, (DateOnly?)null)));
    }

    [Test]
    public void ReferenceDate_NotClock_DecidesYear()
    {
        var r = PeriodNormalizer.FindAll("年底前完成", new DateOnly(2005, 11, 11)).Single();
        Assert.That(r.EndIso, Is.EqualTo("2005-12-31"));
    }

    [Test]
    public void FindAll_InRunningText_GivesSpans()
    {
        const string text = "到2022年底，建成10个示范点；“十四五”期间每年培训教师，2021—2025年持续推进。";
        var found = PeriodNormalizer.FindAll(text, Ref);
        Assert.That(found.Select(f => (f.Text, f.KindName)), Is.EqualTo(new[]
        {
            ("到2022年底", "by"), ("“十四五”期间", "period"), ("每年", "recurring"), ("2021—2025年", "period"), ("持续推进", "ongoing"),
        }));
        foreach (var f in found)
            Assert.That(text[f.Span.Start..f.Span.End], Is.EqualTo(f.Text));
    }

    [TestCase(1, 1953, 1957)]
    [TestCase(2, 1958, 1962)]
    [TestCase(3, 1966, 1970)]
    [TestCase(10, 2001, 2005)]
    [TestCase(11, 2006, 2010)]
    [TestCase(13, 2016, 2020)]
    [TestCase(14, 2021, 2025)]
    [TestCase(15, 2026, 2030)]
    public void FiveYearPlan_FromOrdinal(int n, int start, int end)
    {
        Assert.That(PeriodNormalizer.FiveYearPlan(n), Is.EqualTo((start, end)));
    }

    [Test]
    public void Vocabulary_CanBeExtended()
    {
        var v = PeriodVocabulary.Default with { OngoingPhrases = [.. PeriodVocabulary.Default.OngoingPhrases, "久久为功"] };
        Assert.That(PeriodNormalizer.FindAll("久久为功", Ref, v).Single().Kind, Is.EqualTo(PeriodKind.Ongoing));
        Assert.That(PeriodNormalizer.FindAll("久久为功", Ref), Is.Empty);
    }
}
