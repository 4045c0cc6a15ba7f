using PolicyExtract.Normalization;

namespace PolicyExtract.Tests.Gazetteers;

public class JurisdictionTests
{
    [TestCase("江阴市推进职业教育高质量发展行动计划", null, "江阴市", null)]
    [TestCase("稷山县人民政府", null, null, "稷山县")]
    [TestCase("无锡市教育局", null, "无锡市", null)]
    [TestCase("江苏省无锡市江阴市教育局", "江苏省", "无锡市", "江阴市")]
    [TestCase("山西省运城市稷山县", "山西省", "运城市", "稷山县")]
    [TestCase("关于印发《某某县职业教育提质行动计划》的通知", null, null, "某某县")]
    [TestCase("中共某某市委宣传部", null, "某某市", null)]
    [TestCase("内蒙古自治区人民政府", "内蒙古自治区", null, null)]
    [TestCase("广西壮族自治区教育厅", "广西壮族自治区", null, null)]
    [TestCase("新疆维吾尔自治区人民政府办公厅", "新疆维吾尔自治区", null, null)]
    [TestCase("北京市人民政府办公厅", "北京市", null, null)]
    [TestCase("石家庄市人民政府", null, "石家庄市", null)]
    [TestCase("延边朝鲜族自治州人民政府", null, "延边朝鲜族自治州", null)]
    [TestCase("鄂尔多斯市达拉特旗人民政府", null, "鄂尔多斯市", "达拉特旗")]
    [TestCase("广州市天河区教育局", null, "广州市", "天河区")]
    [TestCase("市政府办公室关于印发《某某市推进职业教育改革的实施方案》的通知", null, "某某市", null)]
    [TestCase("县政府关于某某县职业教育的通知", null, null, "某某县")]
    [TestCase("关于加快推进职业教育改革的意见", null, null, null)]
    [TestCase("国务院办公厅", null, null, null)]
    [TestCase("城市建设示范区", null, null, null)]
    [TestCase("", null, null, null)]
    [TestCase("无 锡 市 教 育 局 无锡市财政局", null, "无锡市", null)]
    [TestCase("稷　山　县　人　民　政　府", null, null, "稷山县")]
    public void FromText_FindsLeadingNames(string text, string? province, string? city, string? county)
    {
        Assert.That(Jurisdiction.FromText(text), Is.EqualTo(new Jurisdiction(province, city, county)));
    }

    [TestCase("无 锡 市 教 育 局 无锡市发展和改革委员会", "无锡市教育局 无锡市发展和改革委员会")]
    [TestCase("无锡市工业和信息化局 无 锡 市 财 政 局", "无锡市工业和信息化局 无锡市财政局")]
    [TestCase("各 乡 镇", "各乡镇")]
    [TestCase("教育局 人社局", "教育局 人社局")]
    public void CloseLetterSpacing_JoinsSpacedNamesOnly(string text, string expected)
    {
        Assert.That(Jurisdiction.CloseLetterSpacing(text), Is.EqualTo(expected));
    }

    [Test]
    public void FromTexts_FillsLevelsFromSeveralSources()
    {
        var j = Jurisdiction.FromTexts("稷山县职业教育提质行动计划", "山西省运城市");
        Assert.That(j, Is.EqualTo(new Jurisdiction("山西省", "运城市", "稷山县")));
    }

    [Test]
    public void Municipality_ServesAsCityLevel()
    {
        Assert.That(new Jurisdiction(Province: "上海市").At(JurisdictionLevel.City), Is.EqualTo("上海市"));
    }
}
