using PolicyExtract.Model;
using PolicyExtract.Readers.Docx;

namespace PolicyExtract.Tests.Readers;

public class DocxReaderTests : ReaderTestBase
{
    private static PolicyDocument Jiangyin() => Sample("docx/jiangyin-implementation-plan-task-table.docx");

    [Test]
    public void DocxReader_AutomaticNumbering_IsRebuiltAsVisibleLabels()
    {
        var doc = Jiangyin();
        Assert.That(doc.Blocks.Where(b => b.Kind == BlockKind.Heading && b.Level == 1).Select(b => b.NumberingLabel), Is.EqualTo(new[] { "一、", "二、", "三、" }));
        Assert.That(doc.Blocks.Where(b => b.Kind == BlockKind.Heading && b.Level == 2).Select(b => b.NumberingLabel),
            Is.EqualTo(new[] { "（一）", "（二）", "（三）", "（四）", "（五）", "（六）" }));
        // Items restart at 1 under each （n）: 3 items in each of the six groups.
        var items = doc.Blocks.Where(b => b.Kind == BlockKind.Paragraph && b.NumberingLabel is not null).Select(b => b.NumberingLabel).ToList();
        Assert.That(items, Is.EqualTo(Enumerable.Repeat(new[] { "1．", "2．", "3．" }, 6).SelectMany(x => x)));
        var first = doc.Blocks.First(b => b.NumberingLabel == "1．");
        Assert.That(doc.Slice(first.Span), Does.StartWith("1．强化党建工作的全面领导地位。"));
        Assert.That(doc.Slice(first.LabelSpan!.Value), Is.EqualTo("1．"));
    }

    [Test]
    public void DocxReader_TitleWithManualBreaks_IsOneTitleBlock()
    {
        var doc = Jiangyin();
        Assert.That(TextsOf(doc, BlockKind.Title), Is.EqualTo(new[] { "市政府办公室关于印发《江阴市推进职业教育改革创新  打造高质量发展样板的实施方案》的通知" }));
    }

    [Test]
    public void DocxReader_FieldsKeepTheirResult_RevisionsCommentsAndBookmarksAreDropped()
    {
        var doc = Jiangyin();
        Assert.That(doc.Text, Does.Contain("\n2021年11月4日\n"), "MERGEFIELD result");
        Assert.That(doc.Text, Does.Contain("\n（此件公开发布）\n"), "simple field result");
        Assert.That(doc.Text, Does.Not.Contain("MERGEFIELD").And.Not.Contain("DOCPROPERTY"));
        Assert.That(doc.Text, Does.Not.Contain("征求意见稿"), "deleted revision");
        Assert.That(doc.Text, Does.Not.Contain("批注").And.Not.Contain("核对"), "comment text");
        Assert.That(doc.Text, Does.Not.Contain("_Toc"));
        Assert.That(doc.Text, Does.Contain("现将《江阴市推进职业教育改革创新  打造高质量发展样板的实施方案》印发给你们，请认真贯彻执行。"));
    }

    [Test]
    public void DocxReader_FooterIsKeptApart()
    {
        var doc = Jiangyin();
        Assert.That(doc.HeadersAndFooters, Is.EqualTo(new[] { "— 1 —" }));
        Assert.That(doc.Text, Does.Not.Contain("— 1 —"));
    }

    [Test]
    public void DocxReader_TaskTable_VerticalMergeIsMarkedAndRepeats()
    {
        var doc = Jiangyin();
        var table = doc.Blocks.Single(b => b.Kind == BlockKind.Table);
        Assert.That(table.Rows, Has.Count.EqualTo(32));
        Assert.That(table.Rows[0].Cells.Select(c => doc.Slice(c.Span)), Is.EqualTo(new[] { "工程名称", "主　　要　　任　　务", "责任单位", "完成年限" }));
        Assert.That(table.Rows[0].Cells.All(c => c.IsHeader), Is.True);
        var group = table.Rows[1].Cells[0];
        Assert.That(doc.Slice(group.Span), Is.EqualTo("（一） 立德树人 基础工程"));
        Assert.That(group.RowSpan, Is.EqualTo(6));
        for (int r = 2; r <= 6; r++)
        {
            Assert.That(table.Rows[r].Cells[0].IsMergedContinuation, Is.True, $"row {r}");
            Assert.That(table.Rows[r].Cells[0].Span, Is.EqualTo(group.Span));
        }
        Assert.That(table.Rows[7].Cells[0].IsMergedContinuation, Is.False);
        var row4 = table.Rows[4].Cells;
        Assert.That(doc.Slice(row4[1].Span), Is.EqualTo("4．每年举办高校辅导员和职业学校班主任素质能力大赛。"));
        Assert.That(doc.Slice(row4[2].Span), Is.EqualTo("教育局"));
        Assert.That(doc.Slice(row4[3].Span), Is.EqualTo("持续推进"));
    }

    [Test]
    public void DocxReader_CoreProperties_AreMetadata()
    {
        var doc = Jiangyin();
        Assert.That(doc.MetadataValue(MetadataKeys.PropertiesTitle), Does.StartWith("市政府办公室关于印发"));
        Assert.That(doc.MetadataValue(MetadataKeys.PropertiesCreated), Is.EqualTo("2021-11-04T00:00:00Z"));
    }

    [TestCase(1, "chineseCounting", "一")]
    [TestCase(10, "chineseCounting", "十")]
    [TestCase(11, "chineseCounting", "十一")]
    [TestCase(20, "chineseCountingThousand", "二十")]
    [TestCase(105, "chineseCountingThousand", "一百零五")]
    [TestCase(110, "chineseCountingThousand", "一百一十")]
    [TestCase(3, "ideographTraditional", "丙")]
    [TestCase(3, "chineseLegalSimplified", "叁")]
    [TestCase(3, "decimalEnclosedCircle", "③")]
    [TestCase(12, "decimalFullWidth", "１２")]
    [TestCase(4, "lowerRoman", "iv")]
    [TestCase(28, "lowerLetter", "bb")]
    public void NumberFormats_RenderLikeWord(int n, string format, string expected) =>
        Assert.That(NumberFormats.Format(n, format), Is.EqualTo(expected));

    [Test]
    public void DocxReader_DamagedDocumentPart_IsAReadError()
    {
        var bytes = File.ReadAllBytes(Path.Combine(Support.RepoPaths.Samples, "docx", "jiangyin-implementation-plan-task-table.docx"));
        using var ms = new MemoryStream();
        ms.Write(bytes);
        using (var zip = new System.IO.Compression.ZipArchive(ms, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("word/document.xml")!;
            entry.Delete();
            using var w = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            w.Write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>");
        }
        var ex = Assert.Throws<PolicyExtract.Readers.DocumentReadException>(() => Read(ms.ToArray(), "broken.docx"));
        Assert.That(ex!.Reason, Does.StartWith("not a readable .docx"));
    }
}
