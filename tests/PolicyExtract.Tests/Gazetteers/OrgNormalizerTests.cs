using PolicyExtract.Normalization;

namespace PolicyExtract.Tests.Gazetteers;

public class OrgNormalizerTests
{
    private static readonly Jurisdiction County = new(County: "稷山县");
    private static readonly Jurisdiction City = new(City: "江阴市");
    private static readonly Jurisdiction Province = new(Province: "江苏省", City: "无锡市");

    private static Jurisdiction J(string which) => which switch
    {
        "county" => County,
        "city" => City,
        "province" => Province,
        "zhejiang" => new Jurisdiction("浙江省", "杭州市"),
        "district" => new Jurisdiction("浙江省", "杭州市", "西湖区"),
        "prefecture" => new Jurisdiction("吉林省", "延边朝鲜族自治州"),
        _ => Jurisdiction.Empty,
    };

    [TestCase("县教育局", "county", "稷山县教育局")]
    [TestCase("县人社局", "county", "稷山县人力资源和社会保障局")]
    [TestCase("县发改局", "county", "稷山县发展和改革局")]
    [TestCase("县财政局", "county", "稷山县财政局")]
    [TestCase("县文旅局", "county", "稷山县文化和旅游局")]
    [TestCase("县工信局", "county", "稷山县工业和信息化局")]
    [TestCase("县市场监管局", "county", "稷山县市场监督管理局")]
    [TestCase("县卫健委", "county", "稷山县卫生健康委员会")]
    [TestCase("县住建局", "county", "稷山县住房和城乡建设局")]
    [TestCase("县应急局", "county", "稷山县应急管理局")]
    [TestCase("县退役军人局", "county", "稷山县退役军人事务局")]
    [TestCase("县审批局", "county", "稷山县行政审批服务局")]
    [TestCase("县委编办", "county", "中共稷山县委机构编制委员会办公室")]
    [TestCase("团县委", "county", "共青团稷山县委员会")]
    [TestCase("县委", "county", "中共稷山县委员会")]
    [TestCase("县政府", "county", "稷山县人民政府")]
    [TestCase("县政府办公室", "county", "稷山县人民政府办公室")]
    [TestCase("县税务局", "county", "稷山县税务局")]
    [TestCase("县委宣传部", "county", "中共稷山县委宣传部")]
    [TestCase("县总工会", "county", "稷山县总工会")]
    [TestCase("县融媒体中心", "county", "稷山县融媒体中心")]
    [TestCase("县扶贫开发服务中心", "county", "稷山县扶贫开发服务中心")]
    [TestCase("县自然资源局", "county", "稷山县自然资源局")]
    [TestCase("县农业农村局", "county", "稷山县农业农村局")]
    [TestCase("县工科局", "county", "稷山县工科局")]
    [TestCase("无 锡 市 财 政 局", "province", "无锡市财政局")]
    [TestCase("市政府办公室", "city", "江阴市人民政府办公室")]
    [TestCase("市政府", "city", "江阴市人民政府")]
    [TestCase("市委教育工委", "city", "中共江阴市委教育工作委员会")]
    [TestCase("市委宣传部", "city", "中共江阴市委宣传部")]
    [TestCase("宣传部", "city", "中共江阴市委宣传部")]
    [TestCase("教育局", "city", "江阴市教育局")]
    [TestCase("人社局", "city", "江阴市人力资源和社会保障局")]
    [TestCase("发改委", "city", "江阴市发展和改革委员会")]
    [TestCase("市场监管局", "city", "江阴市市场监督管理局")]
    [TestCase("工商联", "city", "江阴市工商业联合会")]
    [TestCase("总工会", "city", "江阴市总工会")]
    [TestCase("江阴市人社局", "city", "江阴市人力资源和社会保障局")]
    [TestCase("省政府办公厅", "province", "江苏省人民政府办公厅")]
    [TestCase("市教育局", "province", "无锡市教育局")]
    [TestCase("无锡市教育局", "province", "无锡市教育局")]
    [TestCase("无锡市发展和改革委员会", "province", "无锡市发展和改革委员会")]
    [TestCase("中共无锡市委宣传部", "province", "中共无锡市委宣传部")]
    [TestCase("省教育厅", "zhejiang", "浙江省教育厅")]
    [TestCase("省人力资源社会保障厅", "zhejiang", "浙江省人力资源和社会保障厅")]
    [TestCase("省发展改革委", "zhejiang", "浙江省发展和改革委员会")]
    [TestCase("省委宣传部", "zhejiang", "中共浙江省委宣传部")]
    [TestCase("团省委", "zhejiang", "共青团浙江省委员会")]
    [TestCase("省总工会", "zhejiang", "浙江省总工会")]
    [TestCase("市人力社保局", "zhejiang", "杭州市人力资源和社会保障局")]
    [TestCase("区教育局", "district", "西湖区教育局")]
    [TestCase("区住房城乡建设局", "district", "西湖区住房和城乡建设局")]
    [TestCase("州教育局", "prefecture", "延边朝鲜族自治州教育局")]
    public void Normalize_AddsJurisdictionAndFullForm(string printed, string where, string expected)
    {
        Assert.That(OrgNormalizer.Normalize(printed, J(where)), Is.EqualTo(expected));
    }

    [TestCase("江阴学院", "city")]
    [TestCase("某某技校", "city")]
    [TestCase("市县两级政府", "county")]
    [TestCase("市直各部门", "city")]
    [TestCase("各乡镇人民政府", "county")]
    [TestCase("各乡镇", "county")]
    [TestCase("各职业院校", "city")]
    [TestCase("县教育局", "none")]
    [TestCase("市政府办公室", "county")]
    [TestCase("团市委", "county")]
    public void Normalize_LeavesWhatItCannotKnow(string printed, string where)
    {
        Assert.That(OrgNormalizer.Normalize(printed, J(where)), Is.EqualTo(printed));
    }

    [Test]
    public void UncertainShortForms_NotExpandedByDefault()
    {
        Assert.That(OrgNormalizer.Normalize("工科局", City), Is.EqualTo("江阴市工科局"));
        Assert.That(OrgNormalizer.Normalize("工科局", City, PolicyExtract.Rules.Gazetteers.GazetteerSet.Shipped.Organizations, expandUncertain: true),
            Is.EqualTo("江阴市工业和科技局"));
    }
}
