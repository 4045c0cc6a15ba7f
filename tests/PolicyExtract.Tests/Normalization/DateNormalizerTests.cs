using PolicyExtract.Normalization;

namespace PolicyExtract.Tests.Normalization;

public class DateNormalizerTests
{
    [TestCase("2021年4月28日", "2021-04-28")]
    [TestCase("2021年04月28日", "2021-04-28")]
    [TestCase("2021 年 4 月 28 日", "2021-04-28")]
    [TestCase("２０２１年４月２８日", "2021-04-28")]
    [TestCase("二〇二一年四月二十八日", "2021-04-28")]
    [TestCase("二○○五年十一月十一日", "2005-11-11")]
    [TestCase("二零零五年十一月十一日", "2005-11-11")]
    [TestCase("二OO五年十一月十一日", "2005-11-11")]
    [TestCase("二〇二〇年十月二十二日", "2020-10-22")]
    [TestCase("二〇二一年十二月三十一日", "2021-12-31")]
    [TestCase("2021-4-02", "2021-04-02")]
    [TestCase("2021-04-02", "2021-04-02")]
    [TestCase("2021.4.28", "2021-04-28")]
    [TestCase("2021/4/28", "2021-04-28")]
    [TestCase("2020年2月29日", "2020-02-29")]
    [TestCase("2021年4月", "2021-04")]
    [TestCase("二〇二一年四月", "2021-04")]
    public void TryParse_GivesIso(string text, string iso)
    {
        Assert.That(DateNormalizer.TryParse(text, out var d), Is.True, text);
        Assert.That(d.Iso, Is.EqualTo(iso));
    }

    [TestCase("2021年2月30日")]
    [TestCase("2021年2月29日")]
    [TestCase("2021年13月1日")]
    [TestCase("2021年0月1日")]
    [TestCase("2021-4-31")]
    [TestCase("2021-4.28")]
    [TestCase("2021年")]
    [TestCase("4月28日")]
    [TestCase("国发〔2019〕4号")]
    [TestCase("1.2.3")]
    public void TryParse_RejectsNonDates(string text)
    {
        Assert.That(DateNormalizer.TryParse(text, out _), Is.False, text);
    }

    [Test]
    public void MonthPrecision_CoversWholeMonth()
    {
        Assert.That(DateNormalizer.TryParse("2021年2月", out var d), Is.True);
        Assert.That(d.Precision, Is.EqualTo(DatePrecision.Month));
        Assert.That((d.First, d.Last, d.Date), Is.EqualTo((new DateOnly(2021, 2, 1), new DateOnly(2021, 2, 28), (DateOnly?)null)));
    }

    [Test]
    public void FindAll_GivesSpansIntoText()
    {
        const string text = "稷山县人民政府\n2021年4月28日\n（此件公开发布）抄送：二○二一年五月六日印发；另见2021.5.7。";
        var found = DateNormalizer.FindAll(text);
        Assert.That(found.Select(f => f.Date.Iso), Is.EqualTo(new[] { "2021-04-28", "2021-05-06", "2021-05-07" }));
        foreach (var f in found)
            Assert.That(text[f.Span.Start..f.Span.End], Is.EqualTo(f.Text));
    }

    [TestCase("版本1.2.3发布")]
    [TestCase("工业4.0")]
    [TestCase("12021年4月28日")]
    public void FindAll_IgnoresNumbersThatAreNotDates(string text)
    {
        Assert.That(DateNormalizer.FindAll(text).Select(f => f.Text), Is.Empty);
    }
}
