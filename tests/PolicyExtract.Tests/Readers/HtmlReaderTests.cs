using System.Text;
using PolicyExtract.Model;

namespace PolicyExtract.Tests.Readers;

public class HtmlReaderTests : ReaderTestBase
{
    [Test]
    public void HtmlReader_DisclosureTable_BecomesMetadataWithStableKeysAndPrintedLabels()
    {
        var doc = Sample("html/wuxi-education-bureau-disclosure-table.html");
        var number = doc.Metadata.Single(m => m.Key == MetadataKeys.DocumentNumber);
        Assert.That(number.Value, Is.EqualTo("锡教发〔2020〕86号"));
        Assert.That(number.Label, Is.EqualTo("文件编号"));
        Assert.That(doc.Slice(number.Span!.Value), Is.EqualTo("锡教发〔2020〕86号"));
        Assert.That(doc.MetadataValue(MetadataKeys.IndexNumber), Is.EqualTo("014006438/2020-05900"));
        Assert.That(doc.MetadataValue(MetadataKeys.Issuer), Is.EqualTo("无锡市教育局"));
        Assert.That(doc.MetadataValue(MetadataKeys.WrittenDate), Is.EqualTo("2020-10-22"));
        Assert.That(doc.MetadataValue(MetadataKeys.PublishDate), Is.EqualTo("2020-10-22"));
        Assert.That(doc.MetadataValue(MetadataKeys.PageTitle), Does.EndWith("_无锡市人民政府"));
    }

    [Test]
    public void HtmlReader_ListAndDivLayouts_BecomeMetadata()
    {
        var doc = Sample("html/jishan-county-list-and-div-metadata.html");
        Assert.That(doc.Metadata.Where(m => m.Span is not null).Select(m => (m.Key, m.Label, m.Value)), Is.EqualTo(new[]
        {
            (MetadataKeys.IndexNumber, "信息索引号", "1114102301289005557/2021-00433"),
            (MetadataKeys.PublishDate, "发布时间", "2021-05-21"),
            (MetadataKeys.Issuer, "发布机构", "稷山县人民政府"),
            (MetadataKeys.DocumentNumber, "文　　号", "稷政发〔2021〕6号"),
        }));
    }

    [Test]
    public void HtmlReader_SpanPairsAndSeveralLabelsInOneLine_BecomeMetadata()
    {
        var doc = ReadHtml("""
            <html><body><div class="info"><span>发文机关：</span><span>运城市人民政府</span>
            <p>成文日期：2021年03月02日　发布日期：2021年03月10日</p>
            <dl><dt>发文字号</dt><dd>运政发〔2021〕8号</dd><dt>主题分类</dt><dd>教育</dd></dl></div>
            <div><p>各县（市、区）人民政府，市直各有关单位：现将行动计划印发给你们，请认真贯彻落实。</p></div></body></html>
            """);
        Assert.That(doc.Metadata.Select(m => $"{m.Key}={m.Value}"), Is.EqualTo(new[]
        {
            "issuer=运城市人民政府", "writtenDate=2021年03月02日", "publishDate=2021年03月10日",
            "documentNumber=运政发〔2021〕8号", "topic=教育",
        }));
        Assert.That(doc.Text, Does.EndWith("各县（市、区）人民政府，市直各有关单位：现将行动计划印发给你们，请认真贯彻落实。"));
    }

    [Test]
    public void HtmlReader_LoneLabelWordInTheText_IsNotMetadata()
    {
        var doc = ReadHtml("<html><body><p>标题：</p><p>关于做好职业教育工作的通知，请各单位认真落实。</p></body></html>");
        Assert.That(doc.Metadata, Is.Empty);
    }

    [TestCase("html/wuxi-education-bureau-disclosure-table.html", "手机客户端", "当前位置", "回到顶部", "_hmt", "打印", "扫码关注我们", "主办")]
    [TestCase("html/jishan-county-list-and-div-metadata.html", "网站支持IPv6", "政策解读", "版权所有", "网站地图", "字体大小")]
    [TestCase("html/jiangyin-gbk-no-charset.html", "政务公开", "网站地图", "打印本页")]
    public void HtmlReader_PageChrome_IsNotInTheText(string sample, params string[] chrome)
    {
        var doc = Sample(sample);
        foreach (var c in chrome)
            Assert.That(doc.Text, Does.Not.Contain(c));
    }

    [TestCase("html/wuxi-education-bureau-disclosure-table.html", "关于实施无锡市职业教育质量提升攀登计划(2021—2025) 加快建设国家职业教育高地城市的意见")]
    [TestCase("html/jishan-county-list-and-div-metadata.html", "稷山县人民政府关于印发稷山县推进新时代职业教育改革发展行动计划的通知")]
    [TestCase("html/jiangyin-gbk-no-charset.html", "市政府办公室关于印发《江阴市推进职业教育改革创新 打造高质量发展样板的实施方案》的通知")]
    public void HtmlReader_TitleBlock_IsTheDocumentTitle(string sample, string title)
    {
        var doc = Sample(sample);
        Assert.That(TextsOf(doc, BlockKind.Title), Is.EqualTo(new[] { title }));
    }

    [Test]
    public void HtmlReader_GbkWithoutCharset_IsDecodedAsGb18030()
    {
        var doc = Sample("html/jiangyin-gbk-no-charset.html");
        Assert.That(doc.Source.Encoding, Is.EqualTo("gb18030"));
        Assert.That(doc.Text, Does.Contain("各镇人民政府，各街道办事处，各开发区管委会"));
    }

    [TestCase("<meta charset=\"gbk\">", "gb18030")]
    [TestCase("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">", "gb18030")]
    [TestCase("<META HTTP-EQUIV='Content-Type' CONTENT='text/html;charset=GB18030'>", "gb18030")]
    [TestCase("", "gb18030")]
    public void HtmlReader_GbEncodedPage_DeclaredOrNot_IsReadAsGb18030(string meta, string expected)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding("gb2312").GetBytes($"<html><head>{meta}<title>通知</title></head><body><p>各有关单位：现将方案印发给你们。</p></body></html>");
        var doc = Read(bytes, "a.html");
        Assert.That(doc.Source.Encoding, Is.EqualTo(expected));
        Assert.That(doc.Text, Is.EqualTo("各有关单位：现将方案印发给你们。"));
    }

    [Test]
    public void HtmlReader_DeclaredUtf8ButGbkBytes_IsDecodedAsGb18030WithAWarning()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding("gbk").GetBytes("<html><head><meta charset=\"utf-8\"></head><body><p>各有关单位：现将方案印发给你们。</p></body></html>");
        var doc = Read(bytes, "a.html");
        Assert.That(doc.Source.Encoding, Is.EqualTo("gb18030"));
        Assert.That(doc.Text, Is.EqualTo("各有关单位：现将方案印发给你们。"));
        Assert.That(doc.ReadWarnings.Single(), Does.Contain("declares utf-8"));
    }

    [TestCase(new byte[] { 0xEF, 0xBB, 0xBF }, "utf-8")]
    [TestCase(new byte[] { 0xFF, 0xFE }, "utf-16le")]
    [TestCase(new byte[] { 0xFE, 0xFF }, "utf-16be")]
    public void HtmlReader_Bom_DecidesTheEncoding(byte[] bom, string expected)
    {
        var html = "<html><head><meta charset=\"gbk\"></head><body><p>各有关单位：现将方案印发给你们。</p></body></html>";
        var enc = expected switch { "utf-8" => (Encoding)new UTF8Encoding(false), "utf-16le" => new UnicodeEncoding(false, false), _ => new UnicodeEncoding(true, false) };
        var doc = Read([.. bom, .. enc.GetBytes(html)], "a.html");
        Assert.That(doc.Source.Format, Is.EqualTo(SourceFormat.Html));
        Assert.That(doc.Source.Encoding, Is.EqualTo(expected));
        Assert.That(doc.Text, Is.EqualTo("各有关单位：现将方案印发给你们。"));
    }

    [Test]
    public void HtmlReader_MainContentWithoutClassNames_IsFoundByDensity()
    {
        var doc = ReadHtml("""
            <html><body>
            <div><ul><li><a href="/">首页</a></li><li><a href="/a">机构概况</a></li><li><a href="/b">政务公开</a></li><li><a href="/c">政务服务</a></li></ul></div>
            <div><div><a href="/x">通知公告</a> <a href="/y">政策文件</a></div>
              <div><h2>关于做好2021年职业院校招生工作的通知</h2>
                <p>各县（市、区）教育局，各职业院校：</p>
                <p>为做好今年职业院校招生工作，现将有关事项通知如下，请结合实际认真贯彻落实。</p>
                <p>一、高度重视招生工作。各地要把职业院校招生工作作为重要任务，加强组织领导，落实工作责任。</p>
              </div></div>
            <div><p>主办单位：某某市教育局　地址：某某路1号</p><p><a href="/map">网站地图</a></p></div>
            </body></html>
            """);
        Assert.That(doc.Text, Does.Not.Contain("首页").And.Not.Contain("通知公告").And.Not.Contain("主办单位"));
        Assert.That(TextsOf(doc, BlockKind.Title), Is.EqualTo(new[] { "关于做好2021年职业院校招生工作的通知" }));
        Assert.That(TextsOf(doc, BlockKind.Paragraph).First(), Is.EqualTo("各县（市、区）教育局，各职业院校："));
    }

    [Test]
    public void HtmlReader_TaskTable_RowsCellsRowspanAndBrInsideACell()
    {
        var doc = Sample("html/jiangyin-task-table.html");
        var table = doc.Blocks.Single(b => b.Kind == BlockKind.Table);
        Assert.That(table.Rows, Has.Count.EqualTo(32));
        Assert.That(table.Rows[0].Cells.Select(c => doc.Slice(c.Span)), Is.EqualTo(new[] { "工程名称", "主　　要　　任　　务", "责任单位", "完成时限" }));
        Assert.That(table.Rows[0].Cells.All(c => c.IsHeader), Is.True);
        var first = table.Rows[1].Cells;
        Assert.That(doc.Slice(first[0].Span), Is.EqualTo("（一） 立德树人 基础工程"), "a <br> inside a cell does not split it");
        Assert.That(first[0].RowSpan, Is.EqualTo(6));
        Assert.That(doc.Slice(first[2].Span), Is.EqualTo("宣传部、市委教育工委"));
        Assert.That(doc.Slice(first[3].Span), Is.EqualTo("2021年"));
        var sixth = table.Rows[6].Cells;
        Assert.That(sixth, Has.Count.EqualTo(4));
        Assert.That(sixth[0].IsMergedContinuation, Is.True);
        Assert.That(sixth[0].Span, Is.EqualTo(first[0].Span));
        Assert.That(table.Rows[7].Cells[0].IsMergedContinuation, Is.False);
        Assert.That(TextsOf(doc, BlockKind.Heading), Is.EqualTo(new[] { "附件" }));
    }

    [Test]
    public void HtmlReader_Colspan_FillsTheGridWithContinuations()
    {
        var doc = ReadHtml("""
            <html><body><table>
            <tr><th rowspan="2">序号</th><th colspan="2">责任单位</th><th rowspan="2">完成时限</th></tr>
            <tr><th>牵头单位</th><th>配合单位</th></tr>
            <tr><td>1</td><td>市教育局</td><td>市财政局<br>市人社局</td><td>2022年底</td></tr>
            </table></body></html>
            """);
        var t = doc.Blocks.Single(b => b.Kind == BlockKind.Table);
        string Row(int r) => string.Join("|", t.Rows[r].Cells.Select(c => (c.IsMergedContinuation ? "^" : "") + doc.Slice(c.Span)));
        Assert.That(Row(0), Is.EqualTo("序号|责任单位|^责任单位|完成时限"));
        Assert.That(Row(1), Is.EqualTo("^序号|牵头单位|配合单位|^完成时限"));
        Assert.That(Row(2), Is.EqualTo("1|市教育局|市财政局 市人社局|2022年底"));
        Assert.That(doc.Text.Split('\n')[2], Is.EqualTo("1\t市教育局\t市财政局 市人社局\t2022年底"));
    }

    [Test]
    public void HtmlReader_ScriptsStylesAndHiddenElements_AreDropped()
    {
        var doc = ReadHtml("<html><head><style>p{color:red}</style></head><body><script>var x='通知';</script><div style=\"display:none\">隐藏的内容</div><p>各有关单位：现将方案印发给你们。</p><noscript>请启用脚本</noscript></body></html>");
        Assert.That(doc.Text, Is.EqualTo("各有关单位：现将方案印发给你们。"));
    }

    [Test]
    public void HtmlReader_PageWithNoText_IsAnError()
    {
        var ex = Assert.Throws<PolicyExtract.Readers.DocumentReadException>(() => ReadHtml("<html><head><title>空</title></head><body><script>x()</script></body></html>"));
        Assert.That(ex!.Reason, Is.EqualTo("web page has no readable text"));
    }
}

public class HtmlMetadataLayoutTests : ReaderTestBase
{
    [Test]
    public void HtmlReader_ColonOutsideTheLabelElement_IsNotPartOfTheValue()
    {
        var doc = ReadHtml("<html><body><div class=\"info\"><div><b>发布日期</b>：2021-05-21</div><div><b>索引号</b>：000014349/2021-00012</div></div><p>各有关单位：现将方案印发给你们，请认真贯彻执行。</p></body></html>");
        Assert.That(doc.Metadata.Select(m => $"{m.Key}={m.Value}"), Is.EqualTo(new[] { "publishDate=2021-05-21", "indexNumber=000014349/2021-00012" }));
    }

    [Test]
    public void HtmlReader_ContentSystemMetaTags_AreMetadata()
    {
        var doc = ReadHtml("<html><head><meta name=\"ArticleTitle\" content=\"关于做好招生工作的通知\"><meta name=\"PubDate\" content=\"2021-05-21 10:00\"><meta name=\"viewport\" content=\"width=device-width\"></head><body><p>各有关单位：现将方案印发给你们。</p></body></html>");
        Assert.That(doc.Metadata.Select(m => $"{m.Key}={m.Value}"), Is.EqualTo(new[] { "meta.ArticleTitle=关于做好招生工作的通知", "meta.PubDate=2021-05-21 10:00" }));
    }
}

public class HtmlMetadataFalsePositiveTests : ReaderTestBase
{
    [Test]
    public void HtmlReader_ColumnHeadersOfATaskTable_AreNotMetadata()
    {
        var doc = ReadHtml("""
            <html><body>
            <table class="xxgk"><tr><td>索引号：</td><td>000014349/2021-00012</td><td>发文字号：</td><td>澄政办发〔2021〕96号</td></tr></table>
            <div class="content"><p>各镇人民政府，各街道办事处：现将任务清单印发给你们，请认真组织实施。</p>
            <table border="1">
              <tr><td>序号</td><td>名称</td><td>责任单位</td><td>完成时限</td></tr>
              <tr><td>1</td><td>建设职业体验示范中心</td><td>教育局</td><td>2021年</td></tr>
            </table>
            <table border="1">
              <tr><th>分类</th><th>来源</th></tr>
              <tr><td>专项资金</td><td>市财政</td></tr>
            </table></div>
            </body></html>
            """);
        Assert.That(doc.Metadata.Select(m => m.Key), Is.EqualTo(new[] { MetadataKeys.IndexNumber, MetadataKeys.DocumentNumber }));
        var tables = doc.Blocks.Where(b => b.Kind == BlockKind.Table).ToList();
        Assert.That(tables, Has.Count.EqualTo(2));
        Assert.That(tables[0].Rows[0].Cells.Select(c => doc.Slice(c.Span)), Is.EqualTo(new[] { "序号", "名称", "责任单位", "完成时限" }));
        Assert.That(tables[1].Rows[0].Cells.Select(c => doc.Slice(c.Span)), Is.EqualTo(new[] { "分类", "来源" }));
    }
}

public class HtmlBoldLabelTableTests : ReaderTestBase
{
    [Test]
    public void HtmlReader_BoldLetterSpacedLabelsInCells_AreMetadata()
    {
        var doc = ReadHtml("""
            <html><head><title>省政府办公厅关于印发职业教育改革实施方案的通知_政府信息公开</title></head><body>
            <div class="bd1"><table>
              <tr><td><b>索 引 号：</b></td><td>014000319/2021-00047</td><td><b>主题分类：</b></td><td>科技、教育\教育</td></tr>
              <tr><td><b>发文机关：</b></td><td>省政府办公厅</td><td><b>成文日期：</b></td><td>2021年03月02日</td></tr>
              <tr><td><b>标　　题：</b></td><td colspan="3">省政府办公厅关于印发职业教育改革实施方案的通知</td></tr>
              <tr><td><b>发文字号：</b></td><td>晋政办发〔2021〕15号</td><td><b>发布日期：</b></td><td>2021年03月10日</td></tr>
            </table></div>
            <div class="pages_content" id="UCAP-CONTENT">
              <p style="text-align:center">省政府办公厅关于印发职业教育改革实施方案的通知</p>
              <p>各市人民政府，省人民政府各委、办、厅、局：</p>
              <p>《职业教育改革实施方案》已经省人民政府同意，现印发给你们，请认真贯彻落实。</p>
            </div></body></html>
            """);
        Assert.That(doc.Metadata.Select(m => $"{m.Key}|{m.Label}|{m.Value}"), Is.EqualTo(new[]
        {
            "indexNumber|索 引 号|014000319/2021-00047", "topic|主题分类|科技、教育\\教育", "issuer|发文机关|省政府办公厅",
            "writtenDate|成文日期|2021年03月02日", "title|标　　题|省政府办公厅关于印发职业教育改革实施方案的通知",
            "documentNumber|发文字号|晋政办发〔2021〕15号", "publishDate|发布日期|2021年03月10日",
            "pageTitle|title|省政府办公厅关于印发职业教育改革实施方案的通知_政府信息公开",
        }));
        Assert.That(TextsOf(doc, BlockKind.Title), Is.EqualTo(new[] { "省政府办公厅关于印发职业教育改革实施方案的通知" }));
        Assert.That(TextsOf(doc, BlockKind.Paragraph).Last(), Is.EqualTo("《职业教育改革实施方案》已经省人民政府同意，现印发给你们，请认真贯彻落实。"));
    }
}
