using PolicyExtract.Normalization;

namespace PolicyExtract.Tests.Normalization;

public class ChineseNumbersTests
{
    [TestCase("0", "0")]
    [TestCase("12", "12")]
    [TestCase("3.5", "3.5")]
    [TestCase("1,200", "1200")]
    [TestCase("12,345,678", "12345678")]
    [TestCase("１２３", "123")]
    [TestCase("３．５", "3.5")]
    [TestCase(" 42 ", "42")]
    [TestCase("〇", "0")]
    [TestCase("零", "0")]
    [TestCase("一", "1")]
    [TestCase("两", "2")]
    [TestCase("十", "10")]
    [TestCase("十二", "12")]
    [TestCase("二十", "20")]
    [TestCase("三十一", "31")]
    [TestCase("一百", "100")]
    [TestCase("一百零五", "105")]
    [TestCase("一千零五十", "1050")]
    [TestCase("两千", "2000")]
    [TestCase("三百五", "350")]
    [TestCase("一万五", "15000")]
    [TestCase("十二万五千", "125000")]
    [TestCase("十万零五百", "100500")]
    [TestCase("三千万", "30000000")]
    [TestCase("一亿二千万", "120000000")]
    [TestCase("廿", "20")]
    [TestCase("廿一", "21")]
    [TestCase("卅", "30")]
    [TestCase("壹佰贰拾叁", "123")]
    [TestCase("叁仟", "3000")]
    [TestCase("二〇二一", "2021")]
    [TestCase("二○○五", "2005")]
    [TestCase("二零二一", "2021")]
    [TestCase("二OO五", "2005")]
    [TestCase("一九九八", "1998")]
    [TestCase("七十五点五", "75.5")]
    [TestCase("三点五万", "35000")]
    [TestCase("1.5万", "15000")]
    [TestCase("3万", "30000")]
    [TestCase("1亿", "100000000")]
    [TestCase("2.3亿", "230000000")]
    [TestCase("3千万", "30000000")]
    [TestCase("1.2万亿", "1200000000000")]
    [TestCase("1万5千", "15000")]
    public void TryParse_ReadsNumber(string text, string expected)
    {
        Assert.That(ChineseNumbers.TryParse(text, out var v), Is.True, text);
        Assert.That(v, Is.EqualTo(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("万")]
    [TestCase("亿")]
    [TestCase("OO")]
    [TestCase("O")]
    [TestCase("1,2")]
    [TestCase("1,23")]
    [TestCase("100，200")]
    [TestCase("1.2.3")]
    [TestCase("十四五")]
    [TestCase("一二三四x")]
    [TestCase("3个")]
    [TestCase("abc")]
    [TestCase("百分之三十")]
    public void TryParse_RejectsNonNumbers(string text)
    {
        Assert.That(ChineseNumbers.TryParse(text, out _), Is.False, text);
    }

    [TestCase("百分之三十", "30", "%")]
    [TestCase("百分之七十五点五", "75.5", "%")]
    [TestCase("百分之百", "100", "%")]
    [TestCase("千分之五", "5", "‰")]
    [TestCase("30%", "30", "%")]
    [TestCase("75.5％", "75.5", "%")]
    [TestCase("3‰", "3", "‰")]
    public void TryParsePercent_ReadsValueAndUnit(string text, string expected, string unit)
    {
        Assert.That(ChineseNumbers.TryParsePercent(text, out var v, out var u), Is.True);
        Assert.That((v, u), Is.EqualTo((decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), unit)));
    }

    [TestCase("三十")]
    [TestCase("百分之")]
    [TestCase("%")]
    public void TryParsePercent_RejectsNonPercent(string text)
    {
        Assert.That(ChineseNumbers.TryParsePercent(text, out _, out _), Is.False);
    }

    [TestCase("25", "万", "250000")]
    [TestCase("1", "亿", "100000000")]
    [TestCase("20", "万", "200000")]
    [TestCase("1.5", "万", "15000")]
    [TestCase("3", "千万", "30000000")]
    [TestCase("7", "", "7")]
    [TestCase("五", "千", "5000")]
    public void TryParseScaled_AppliesSeparateMultiplier(string number, string multiplier, string expected)
    {
        Assert.That(ChineseNumbers.TryParseScaled(number, multiplier, out var v), Is.True);
        Assert.That(v, Is.EqualTo(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [TestCase("培育1.5万人", "1.5万")]
    [TestCase("达到百分之七十五点五以上", "百分之七十五点五")]
    [TestCase("建设三十所", "三十")]
    [TestCase("共1,200名", "1,200")]
    public void NumberPattern_MatchesPrintedNumber(string text, string expected)
    {
        Assert.That(System.Text.RegularExpressions.Regex.Match(text, ChineseNumbers.NumberPattern).Value, Is.EqualTo(expected));
    }

    [TestCase("60.5万", "605000")]
    [TestCase("1.50", "1.5")]
    [TestCase("3.0", "3")]
    [TestCase("1.2万", "12000")]
    public void TryParse_GivesCanonicalScale(string text, string printed)
    {
        Assert.That(ChineseNumbers.TryParse(text, out var v), Is.True);
        Assert.That(v.ToString(System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(printed));
    }

    [Test]
    public void ApplyMultiplier_RejectsNonMultiplier()
    {
        Assert.Throws<ArgumentException>(() => ChineseNumbers.ApplyMultiplier(3, "个"));
    }

    [TestCase("万人", "10000", "人")]
    [TestCase("亿元", "100000000", "元")]
    [TestCase("万人次", "10000", "人次")]
    [TestCase("个", "1", "个")]
    [TestCase("百分点", "1", "百分点")]
    [TestCase("千米", "1", "千米")]
    [TestCase("万", "10000", "")]
    public void SplitMultiplier_SeparatesScaleFromUnit(string text, string factor, string unit)
    {
        var (f, u) = ChineseNumbers.SplitMultiplier(text);
        Assert.That((f, u), Is.EqualTo((decimal.Parse(factor, System.Globalization.CultureInfo.InvariantCulture), unit)));
    }
}
