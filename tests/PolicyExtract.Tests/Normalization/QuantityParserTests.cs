using System.Globalization;
using PolicyExtract.Normalization;

namespace PolicyExtract.Tests.Normalization;

public class QuantityParserTests
{
    private static decimal? D(string s) => s == "" ? null : decimal.Parse(s, CultureInfo.InvariantCulture);

    // text, value, min, max, unit, comparator
    [TestCase("30个以上", "30", "", "", "个", "gte")]
    [TestCase("90%以上", "90", "", "", "%", "gte")]
    [TestCase("90％以上", "90", "", "", "%", "gte")]
    [TestCase("不低于30%", "30", "", "", "%", "gte")]
    [TestCase("不少于3家", "3", "", "", "家", "gte")]
    [TestCase("至少1所", "1", "", "", "所", "gte")]
    [TestCase("30个及以上", "30", "", "", "个", "gte")]
    [TestCase("超过100人", "100", "", "", "人", "gt")]
    [TestCase("2万余人", "20000", "", "", "人", "gt")]
    [TestCase("100余所", "100", "", "", "所", "gt")]
    [TestCase("30多个", "30", "", "", "个", "gt")]
    [TestCase("100人以下", "100", "", "", "人", "lte")]
    [TestCase("不超过5%", "5", "", "", "%", "lte")]
    [TestCase("5%以内", "5", "", "", "%", "lte")]
    [TestCase("控制在5%以内", "5", "", "", "%", "lte")]
    [TestCase("低于10%", "10", "", "", "%", "lt")]
    [TestCase("8所左右", "8", "", "", "所", "approx")]
    [TestCase("约20个", "20", "", "", "个", "approx")]
    [TestCase("近10万人", "100000", "", "", "人", "approx")]
    [TestCase("3—5个", "", "3", "5", "个", "range")]
    [TestCase("3——5个", "", "3", "5", "个", "range")]
    [TestCase("1-3个", "", "1", "3", "个", "range")]
    [TestCase("2至4个", "", "2", "4", "个", "range")]
    [TestCase("3个至5个", "", "3", "5", "个", "range")]
    [TestCase("3%—5%", "", "3", "5", "%", "range")]
    [TestCase("20至30万人", "", "200000", "300000", "人", "range")]
    [TestCase("三至五所", "", "3", "5", "所", "range")]
    [TestCase("20万人次以上", "200000", "", "", "人次", "gte")]
    [TestCase("25万人", "250000", "", "", "人", "eq")]
    [TestCase("1亿元", "100000000", "", "", "元", "eq")]
    [TestCase("2.3亿元", "230000000", "", "", "元", "eq")]
    [TestCase("1.5万元", "15000", "", "", "元", "eq")]
    [TestCase("500万元", "5000000", "", "", "元", "eq")]
    [TestCase("2倍以上", "2", "", "", "倍", "gte")]
    [TestCase("百分之三十", "30", "", "", "%", "eq")]
    [TestCase("百分之七十五点五", "75.5", "", "", "%", "eq")]
    [TestCase("千分之五", "5", "", "", "‰", "eq")]
    [TestCase("3个百分点", "3", "", "", "百分点", "eq")]
    [TestCase("八所", "8", "", "", "所", "eq")]
    [TestCase("两个", "2", "", "", "个", "eq")]
    [TestCase("一百多所", "100", "", "", "所", "gt")]
    [TestCase("十二万五千人", "125000", "", "", "人", "eq")]
    [TestCase("1,200名", "1200", "", "", "名", "eq")]
    [TestCase("１０个", "10", "", "", "个", "eq")]
    [TestCase("5年", "5", "", "", "年", "eq")]
    [TestCase("6个月", "6", "", "", "个月", "eq")]
    [TestCase("1000亩", "1000", "", "", "亩", "eq")]
    [TestCase("3万平方米", "30000", "", "", "平方米", "eq")]
    [TestCase("5千米", "5", "", "", "公里", "eq")]
    [TestCase("百分之三十以上", "30", "", "", "%", "gte")]
    [TestCase("三十个以上", "30", "", "", "个", "gte")]
    [TestCase("不少于百分之五十", "50", "", "", "%", "gte")]
    [TestCase("９０％", "90", "", "", "%", "eq")]
    public void TryParse_ReadsQuantity(string text, string value, string min, string max, string unit, string comparator)
    {
        Assert.That(QuantityParser.TryParse(text, out var q), Is.True, text);
        Assert.That((q.Value, q.Min, q.Max, q.Unit, q.ComparatorName), Is.EqualTo((D(value), D(min), D(max), unit, comparator)));
        Assert.That(q.Span, Is.EqualTo(new PolicyExtract.Model.TextSpan(0, text.Length)), "span covers the comparator words");
        Assert.That(q.Kind, Is.EqualTo(QuantityKind.Amount));
    }

    [TestCase("统一")]
    [TestCase("一体化")]
    [TestCase("一部分")]
    [TestCase("一次性告知")]
    [TestCase("千方百计")]
    [TestCase("“双百计划”")]
    [TestCase("百校")]
    [TestCase("一流")]
    [TestCase("")]
    public void FindAll_WordsAreNotQuantities(string text)
    {
        Assert.That(QuantityParser.FindAll(text), Is.Empty);
    }

    [TestCase("培育5G应用场景", "5", QuantityKind.Code)]
    [TestCase("开展1+X证书试点", "1", QuantityKind.Code)]
    [TestCase("推进工业4.0建设", "4.0", QuantityKind.Code)]
    [TestCase("国发〔2019〕4号", "2019", QuantityKind.Code)]
    [TestCase("到2021年，全县", "2021", QuantityKind.Year)]
    [TestCase("2021年，全县", "2021", QuantityKind.Year)]
    [TestCase("2021—2025年", "2021", QuantityKind.Year)]
    [TestCase("攀登计划（2021—2025）", "2021", QuantityKind.Year)]
    [TestCase("二〇二一—二〇二五年", "二〇二一", QuantityKind.Year)]
    [TestCase("于2021年4月28日印发", "2021", QuantityKind.Date)]
    [TestCase("于4月28日印发", "4", QuantityKind.Bare)]
    [TestCase("2022年6月底前", "2022", QuantityKind.Date)]
    [TestCase("第3批", "3", QuantityKind.Ordinal)]
    [TestCase("第一批", "一", QuantityKind.Ordinal)]
    [TestCase("1.加强领导", "1", QuantityKind.Label)]
    [TestCase("2、完善机制", "2", QuantityKind.Label)]
    [TestCase("（一）总体要求", "一", QuantityKind.Label)]
    [TestCase("(3)建设", "3", QuantityKind.Label)]
    [TestCase("（1）建设", "1", QuantityKind.Label)]
    [TestCase("实施“十四五”规划", "十四五", QuantityKind.Name)]
    [TestCase("实施“三个一百”工程", "三个", QuantityKind.Name)]
    [TestCase("“十三五”期间累计培训", "十三五", QuantityKind.Name)]
    [TestCase("编号123", "123", QuantityKind.Bare)]
    public void FindAll_MarksNonAmounts(string text, string number, QuantityKind kind)
    {
        var all = QuantityParser.FindAll(text);
        Assert.That(all, Is.Not.Empty, text);
        var first = all[0];
        Assert.That(first.Text, Does.Contain(number));
        Assert.That(first.Kind, Is.EqualTo(kind), () => string.Join(" | ", all));
    }

    [TestCase("60.5万人", "605000")]
    [TestCase("1.2万元", "12000")]
    [TestCase("2.50亿元", "250000000")]
    public void ScaledValues_PrintWithoutTrailingZeros(string text, string printed)
    {
        Assert.That(QuantityParser.TryParse(text, out var q), Is.True);
        Assert.That(q.Value!.Value.ToString(CultureInfo.InvariantCulture), Is.EqualTo(printed));
    }

    [Test]
    public void FindAll_ChineseCommaSeparatesNumbers()
    {
        var all = QuantityParser.FindAll("建设100个，200所");
        Assert.That(all.Select(q => (q.Value, q.Unit)), Is.EqualTo(new (decimal?, string?)[] { (100, "个"), (200, "所") }));
    }

    [Test]
    public void FindAll_GivesEveryAmountWithSpans()
    {
        const string text = "（二）主要目标\n到2025年，培育8所左右示范学校，建设100个示范课堂、20个以上中心，专任教师中“双师型”教师占比达到90%以上，年培训2万余人次，投入1亿元。";
        var amounts = QuantityParser.FindAll(text).Where(q => q.Kind == QuantityKind.Amount).ToList();
        Assert.That(amounts.Select(q => (q.Text, q.Value, q.Unit, q.ComparatorName)), Is.EqualTo(new (string, decimal?, string?, string)[]
        {
            ("8所左右", 8, "所", "approx"),
            ("100个", 100, "个", "eq"),
            ("20个以上", 20, "个", "gte"),
            ("达到90%以上", 90, "%", "gte"),
            ("2万余人次", 20000, "人次", "gt"),
            ("1亿元", 100000000, "元", "eq"),
        }));
        foreach (var q in QuantityParser.FindAll(text))
            Assert.That(text[q.Span.Start..q.Span.End], Is.EqualTo(q.Text));
        var kinds = QuantityParser.FindAll(text).Where(q => q.Kind != QuantityKind.Amount).Select(q => q.Kind);
        Assert.That(kinds, Is.EqualTo(new[] { QuantityKind.Label, QuantityKind.Year }));
    }

    [TestCase("培育20万人次以上", "万人次")]
    [TestCase("占比90%", "%")]
    [TestCase("提高3个百分点", "个百分点")]
    public void UnitPattern_MatchesLongestUnit(string text, string expected)
    {
        Assert.That(System.Text.RegularExpressions.Regex.Match(text, UnitTable.Default.Pattern).Value, Is.EqualTo(expected));
    }

    [Test]
    public void UserUnits_Extend_ShippedTable()
    {
        var errors = new List<PolicyExtract.Rules.Gazetteers.GazetteerError>();
        var extra = PolicyExtract.Rules.Gazetteers.UnitsFile.Parse("units:\n  - {name: 尾, class: count}\n", "u.yaml", errors);
        Assert.That(errors, Is.Empty);
        var table = UnitTable.Default.MergedWith(extra);
        Assert.That(QuantityParser.TryParse("3尾", out var q, table) && q.Unit == "尾", Is.True);
        Assert.That(QuantityParser.FindAll("3尾").Single().Kind, Is.EqualTo(QuantityKind.Bare));
    }
}
