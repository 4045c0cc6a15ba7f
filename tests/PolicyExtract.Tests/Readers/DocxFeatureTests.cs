using PolicyExtract.Model;
using static PolicyExtract.Tests.Fixtures.DocxFixture;

namespace PolicyExtract.Tests.Readers;

/// <summary>One Word feature per test, on small documents built in memory.</summary>
public class DocxFeatureTests : ReaderTestBase
{
    private static PolicyDocument Docx(string body, string? numbering = null, string? styles = null) =>
        Read(Build(body, numbering, styles), "t.docx");

    private static string Lines(PolicyDocument d) => d.Text.Replace('\n', '|');

    private const string TwoLevels = """
        <w:abstractNum w:abstractNumId="3">
          <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
          <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>
        </w:abstractNum>
        <w:num w:numId="5"><w:abstractNumId w:val="3"/></w:num>
        <w:num w:numId="6"><w:abstractNumId w:val="3"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
        """;

    [Test]
    public void Numbering_MultiLevelLabels_AndStartOverrideRestartsTheList()
    {
        var d = Docx(Numbered("总则", 5, 0) + Numbered("目的", 5, 1) + Numbered("范围", 5, 1) + Numbered("职责", 5, 0) + Numbered("分工", 5, 1)
            + Numbered("另一份清单", 6, 0) + Numbered("继续", 6, 0), TwoLevels);
        Assert.That(Lines(d), Is.EqualTo("1. 总则|1.1 目的|1.2 范围|2. 职责|2.1 分工|1. 另一份清单|2. 继续".Replace(". ", ".")));
    }

    [Test]
    public void Numbering_ChineseCountingAndIdeographTraditional()
    {
        const string numbering = """
            <w:abstractNum w:abstractNumId="0">
              <w:lvl w:ilvl="0"><w:start w:val="9"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="第%1条"/><w:suff w:val="space"/></w:lvl>
              <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="ideographTraditional"/><w:lvlText w:val="%2、"/></w:lvl>
            </w:abstractNum>
            <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
            """;
        var d = Docx(Numbered("适用范围", 1, 0) + Numbered("其一", 1, 1) + Numbered("其二", 1, 1) + Numbered("附则", 1, 0) + Numbered("说明", 1, 0), numbering);
        Assert.That(Lines(d), Is.EqualTo("第九条 适用范围|甲、其一|乙、其二|第十条 附则|第十一条 说明"));
        Assert.That(d.Blocks[0].NumberingLabel, Is.EqualTo("第九条"));
    }

    [Test]
    public void Numbering_FromTheParagraphStyleAndItsBase()
    {
        const string numbering = """
            <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCountingThousand"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum>
            <w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>
            """;
        const string styles = """
            <w:style w:type="paragraph" w:styleId="ListBase"><w:name w:val="List Base"/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>
            <w:style w:type="paragraph" w:styleId="Section"><w:name w:val="节标题"/><w:basedOn w:val="ListBase"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
            """;
        var d = Docx(P("指导思想", "<w:pStyle w:val=\"Section\"/>") + P("正文。") + P("基本原则", "<w:pStyle w:val=\"Section\"/>"), numbering, styles);
        Assert.That(Lines(d), Is.EqualTo("一、指导思想|正文。|二、基本原则"));
        Assert.That(d.Blocks.Select(b => (b.Kind, b.Level)), Is.EqualTo(new (BlockKind, int?)[] { (BlockKind.Heading, 1), (BlockKind.Paragraph, null), (BlockKind.Heading, 1) }));
    }

    [Test]
    public void Revisions_InsertionsKept_DeletionsAndMovedFromDropped()
    {
        var d = Docx("""
            <w:p><w:r><w:t>到</w:t></w:r><w:del w:id="1" w:author="a"><w:r><w:delText>2021</w:delText></w:r></w:del><w:ins w:id="2" w:author="a"><w:r><w:t>2022</w:t></w:r></w:ins><w:r><w:t>年底完成</w:t></w:r><w:moveFrom w:id="3" w:author="a"><w:r><w:t>旧位置</w:t></w:r></w:moveFrom></w:p>
            """);
        Assert.That(d.Text, Is.EqualTo("到2022年底完成"));
    }

    [Test]
    public void Fields_NestedComplexFieldShowsOnlyTheOuterResult()
    {
        var d = Docx("""
            <w:p><w:r><w:t xml:space="preserve">文号：</w:t></w:r>
            <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> IF </w:instrText></w:r>
            <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> MERGEFIELD 类型 </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>正式</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>
            <w:r><w:instrText xml:space="preserve"> = "正式" "x" "y" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>
            <w:r><w:t>澄政办发〔2021〕96号</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>
            """);
        Assert.That(d.Text, Is.EqualTo("文号：澄政办发〔2021〕96号"));
    }

    [Test]
    public void Structure_ContentControlsHyperlinksAndTabsAreRead()
    {
        var d = Docx("""
            <w:sdt><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>控件里的段落</w:t></w:r></w:p></w:sdtContent></w:sdt>
            <w:p><w:hyperlink r:id="x"><w:r><w:t>《实施方案》</w:t></w:r></w:hyperlink><w:r><w:t>见附件</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>第2页</w:t></w:r></w:p>
            """);
        Assert.That(Lines(d), Is.EqualTo("控件里的段落|《实施方案》见附件\t第2页"));
        Assert.That(d.Blocks.Select(b => b.Locator), Is.EqualTo(new[] { "paragraph 1", "paragraph 2" }));
    }

    [Test]
    public void Table_GridSpanAndVerticalMerge_FormAFullGrid()
    {
        var d = Docx("""
            <w:tbl>
              <w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>序号</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>责任单位</w:t></w:r></w:p></w:tc></w:tr>
              <w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:p><w:r><w:t>牵头</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>配合</w:t></w:r></w:p></w:tc></w:tr>
              <w:tr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>市教育局</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>市财政局</w:t></w:r></w:p><w:p><w:r><w:t>市人社局</w:t></w:r></w:p></w:tc></w:tr>
            </w:tbl>
            """);
        var t = d.Blocks.Single();
        string Row(int r) => string.Join("|", t.Rows[r].Cells.Select(c => (c.IsMergedContinuation ? "^" : "") + d.Slice(c.Span)));
        Assert.That(Row(0), Is.EqualTo("序号|责任单位|^责任单位"));
        Assert.That(Row(1), Is.EqualTo("^序号|牵头|配合"));
        Assert.That(Row(2), Is.EqualTo("1|市教育局|市财政局 市人社局"));
        Assert.That(t.Rows[0].Cells[0].RowSpan, Is.EqualTo(2));
        Assert.That(t.Rows[0].Cells[1].ColSpan, Is.EqualTo(2));
        Assert.That(d.Text, Is.EqualTo("序号\t责任单位\t\n\t牵头\t配合\n1\t市教育局\t市财政局 市人社局"));
    }

    [Test]
    public void Table_AManualBreakInACell_PartsItsEntries_WhileOneInProseJoinsTheLine()
    {
        var d = Docx("""
            <w:p><w:r><w:t>推进产教</w:t></w:r><w:r><w:br/></w:r><w:r><w:t>融合</w:t></w:r></w:p>
            <w:tbl>
              <w:tr><w:tc><w:p><w:r><w:t>责任单位</w:t></w:r></w:p></w:tc></w:tr>
              <w:tr><w:tc><w:p><w:r><w:t>市总工会</w:t></w:r><w:r><w:br/></w:r><w:r><w:t>市工业和信息化局</w:t></w:r></w:p></w:tc></w:tr>
            </w:tbl>
            """);
        Assert.That(Lines(d), Is.EqualTo("推进产教融合|责任单位|市总工会 市工业和信息化局"));
    }

    [Test]
    public void EmptyBody_IsAReadError()
    {
        var ex = Assert.Throws<PolicyExtract.Readers.DocumentReadException>(() => Docx("<w:p/><w:p><w:r><w:t> </w:t></w:r></w:p>"));
        Assert.That(ex!.Reason, Is.EqualTo("Word document has no text in its body"));
    }
}
