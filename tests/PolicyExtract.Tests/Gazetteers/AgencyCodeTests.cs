using PolicyExtract.Normalization;
using PolicyExtract.Rules.Gazetteers;

namespace PolicyExtract.Tests.Gazetteers;

public class AgencyCodeTests
{
    private static GazetteerSet G => GazetteerSet.Shipped;

    [TestCase("国发", "国务院")]
    [TestCase("国办发", "国务院办公厅")]
    [TestCase("国函", "国务院")]
    [TestCase("国办函", "国务院办公厅")]
    [TestCase("中发", "中共中央")]
    [TestCase("中办发", "中共中央办公厅")]
    [TestCase("教职成", "教育部")]
    [TestCase("教职成厅", "教育部办公厅")]
    [TestCase("人社部发", "人力资源和社会保障部")]
    [TestCase("发改社会", "国家发展和改革委员会")]
    [TestCase("财教", "财政部")]
    [TestCase("京政发", "北京市人民政府")]
    [TestCase("京政办发", "北京市人民政府办公厅")]
    [TestCase("沪府办发", "上海市人民政府办公厅")]
    [TestCase("渝府发", "重庆市人民政府")]
    [TestCase("冀政办字", "河北省人民政府办公厅")]
    [TestCase("晋政发", "山西省人民政府")]
    [TestCase("苏政发", "江苏省人民政府")]
    [TestCase("苏政办发", "江苏省人民政府办公厅")]
    [TestCase("浙政办发", "浙江省人民政府办公厅")]
    [TestCase("皖政办", "安徽省人民政府办公厅")]
    [TestCase("赣府厅发", "江西省人民政府办公厅")]
    [TestCase("粤府办", "广东省人民政府办公厅")]
    [TestCase("川办发", "四川省人民政府办公厅")]
    [TestCase("甬政办发", "宁波市人民政府办公厅")]
    public void Exact_Codes(string code, string body)
    {
        var m = G.ResolveAgency(code);
        Assert.That(m, Is.Not.Null, code);
        Assert.That((m!.Body, m.Resolution), Is.EqualTo((body, AgencyResolution.Exact)));
    }

    // Codes not in the table, read as abbreviation + body code.
    [TestCase("苏教职", "江苏省教育厅")]
    [TestCase("苏教办", "江苏省教育厅办公室")]
    [TestCase("京教", "北京市教育委员会")]
    [TestCase("闽教", "福建省教育厅")]
    [TestCase("粤人社发", "广东省人力资源和社会保障厅")]
    [TestCase("晋政办函", "山西省人民政府办公厅")]
    [TestCase("锡教发", "无锡市教育局")]
    [TestCase("锡委发", "中共无锡市委员会")]
    [TestCase("锡政办发", "无锡市人民政府办公室")]
    [TestCase("杭政办函", "杭州市人民政府办公厅")]
    [TestCase("运政发", "运城市人民政府")]
    [TestCase("苏发改社会", "江苏省发展和改革委员会")]
    [TestCase("鲁教职字", "山东省教育厅")]
    [TestCase("浙教办职成", "浙江省教育厅办公室")]
    [TestCase("湘教通", "湖南省教育厅")]
    [TestCase("豫教职成", "河南省教育厅")]
    [TestCase("沪教委", "上海市教育委员会")]
    [TestCase("锡人社发", "无锡市人力资源和社会保障局")]
    public void Decomposed_Codes(string code, string body)
    {
        var m = G.ResolveAgency(code);
        Assert.That(m, Is.Not.Null, code);
        Assert.That((m!.Body, m.Resolution), Is.EqualTo((body, AgencyResolution.Decomposed)));
    }

    [TestCase("稷政发", "稷山县", "稷山县人民政府")]
    [TestCase("稷政办发", "稷山县", "稷山县人民政府办公室")]
    [TestCase("稷教发", "稷山县", "稷山县教育局")]
    [TestCase("澄政办发", "江阴市", null)]
    public void FromDocumentJurisdiction(string code, string county, string? body)
    {
        var m = G.ResolveAgency(code, new Jurisdiction(County: county));
        Assert.That(m?.Body, Is.EqualTo(body));
        if (body is not null) Assert.That(m!.Resolution, Is.EqualTo(AgencyResolution.FromDocument));
    }

    [TestCase("苏政办发", "省政府办公厅", "江苏省人民政府办公厅")]
    [TestCase("锡教发", "市发改委", "无锡市发展和改革委员会")]
    [TestCase("国办发", "国务院办公厅", "国务院办公厅")]
    public void Place_CompletesShortFormsUnderTheNumber(string code, string printed, string expected)
    {
        var place = G.ResolveAgency(code)!.Place;
        Assert.That(G.NormalizeOrg(printed, place), Is.EqualTo(expected));
    }

    [Test]
    public void SharedCode_ContextDecides()
    {
        Assert.That(G.ResolveAgency("宁政发", new Jurisdiction(City: "南京市"))!.Body, Is.EqualTo("南京市人民政府"));
        Assert.That(G.ResolveAgency("宁政发")!.Body, Is.EqualTo("宁夏回族自治区人民政府"));
    }

    [Test]
    public void ProvinceAbbreviation_WinsOverDocumentCity()
    {
        // 晋 is 山西省 even in a 晋城市 document, because province numbers are the ones cited.
        Assert.That(G.ResolveAgency("晋教发", new Jurisdiction(City: "晋城市"))!.Body, Is.EqualTo("山西省教育厅"));
    }

    [TestCase("")]
    [TestCase("ABC")]
    [TestCase("稷政发")]
    [TestCase("某某某政发")]
    [TestCase("工信厅联")]
    public void Unknown_IsNull(string code)
    {
        Assert.That(G.ResolveAgency(code), Is.Null);
    }

    [Test]
    public void UncertainCodes_AreMarked()
    {
        Assert.That(G.ResolveAgency("蒙政发")!.Uncertain, Is.True);
        Assert.That(G.ResolveAgency("国发")!.Uncertain, Is.False);
    }

    [Test]
    public void EveryProvinceLevelGovernment_HasCodes()
    {
        foreach (var p in G.Jurisdictions.Provinces.Where(p => p.Type != "sar" && p.Short != "台湾"))
        {
            var gov = G.Agencies.Codes.Where(c => c.Body == p.Name + "人民政府").ToList();
            var office = G.Agencies.Codes.Where(c => c.Body == p.Name + "人民政府办公厅").ToList();
            Assert.That(gov, Is.Not.Empty, p.Name + " government");
            Assert.That(office, Is.Not.Empty, p.Name + " general office");
        }
    }
}
