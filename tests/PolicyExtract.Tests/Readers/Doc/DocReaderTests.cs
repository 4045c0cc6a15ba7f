using PolicyExtract.Model;
using PolicyExtract.Readers;
using PolicyExtract.Readers.Doc;
using PolicyExtract.Tests.Support;

namespace PolicyExtract.Tests.Readers.Doc;

/// <summary>
/// The .doc reader on real Word 97 files written by LibreOffice from tests/fixtures/doc/*.fodt
/// (see tests/fixtures/doc/make-fixtures.sh). samples/doc/notice.doc holds a document-number field,
/// Chinese and ASCII paragraphs, a line break, a 3×3 table with a two-paragraph cell and an empty cell,
/// a footnote, a header and a footer with a page field.
/// </summary>
public class DocReaderTests
{
    private static string SamplePath(string name) => Path.Combine(RepoPaths.Samples, "doc", name);

    /// <summary>A readable sample from samples/doc/, or a file to refuse from tests/data/doc/.</summary>
    private static byte[] Sample(string name) =>
        File.ReadAllBytes(File.Exists(SamplePath(name)) ? SamplePath(name) : Path.Combine(RepoPaths.TestData, "doc", name));

    private static PolicyDocument ReadSample(string name) => new DocReader().Read(Sample(name), name);

    private static readonly string[] NoticeParagraphs =
    [
        "锡教发〔2020〕86号",
        "关于做好2020年学校安全工作的通知",
        "各市（县）区教育局，各直属学校：",
        "为切实做好学校安全工作，现将有关事项通知如下。",
        "Contact: Mr. Smith, phone 0510-81234567.",
        "第一行第二行", // a manual line break between Han characters joins them, as for DOCX
        "无锡市教育局",
        "2020年5月11日",
    ];

    [Test]
    public void DocReader_ReadsMainTextParagraphsInOrder()
    {
        var doc = ReadSample("notice.doc");
        var paragraphs = doc.Blocks.Where(b => b.Kind == BlockKind.Paragraph).Select(b => doc.Slice(b.Span)).ToList();
        Assert.That(paragraphs, Is.EqualTo(NoticeParagraphs));
        Assert.That(doc.Source.Format, Is.EqualTo(SourceFormat.Doc));
        Assert.That(doc.Source.Encoding, Is.Null);
        Assert.That(doc.Source.Bytes, Is.EqualTo(new FileInfo(SamplePath("notice.doc")).Length));
        Assert.That(doc.ReadWarnings, Is.Empty);
    }

    [Test]
    public void DocReader_KeepsTableRowsAndCells()
    {
        var doc = ReadSample("notice.doc");
        var kinds = doc.Blocks.Select(b => b.Kind).ToList();
        Assert.That(kinds.Count(k => k == BlockKind.Table), Is.EqualTo(1));
        // The table sits between the line-break paragraph and the signature, as in the source.
        Assert.That(kinds.IndexOf(BlockKind.Table), Is.EqualTo(6));
        var table = doc.Blocks.Single(b => b.Kind == BlockKind.Table);
        var cells = table.Rows.Select(r => r.Cells.Select(c => doc.Slice(c.Span)).ToArray()).ToArray();
        Assert.That(cells, Is.EqualTo(new[]
        {
            new[] { "序号", "工作任务", "责任单位" },
            new[] { "1", "开展校园安全隐患排查 每月一次", "各市（县）区教育局" },
            new[] { "2", "Safety drill", "" },
        }));
        Assert.That(doc.Slice(table.Span), Does.StartWith("序号\t工作任务\t责任单位\n1\t"));
        // Locators are character positions in the file's main text, where the block starts.
        var raw = DocReader.ReadPieceTable(Sample("notice.doc")).ReadText(int.MaxValue);
        Assert.That(table.Locator, Is.EqualTo($"table 1 (cp {raw.IndexOf("序号", StringComparison.Ordinal)})"));
        var signature = doc.Blocks.Single(b => doc.Slice(b.Span) == "无锡市教育局");
        Assert.That(signature.Locator, Is.EqualTo($"cp {raw.IndexOf("无锡市教育局\r", StringComparison.Ordinal)}"));
    }

    [Test]
    public void DocReader_WithoutParagraphProperties_GuessesRowsAndWarns()
    {
        // Cell marks alone cannot tell an empty last cell from the row end: the guess loses that cell, and says so.
        var doc = new DocReader(useParagraphProperties: false).Read(Sample("notice.doc"), "notice.doc");
        var table = doc.Blocks.Single(b => b.Kind == BlockKind.Table);
        var cells = table.Rows.Select(r => r.Cells.Select(c => doc.Slice(c.Span)).ToArray()).ToArray();
        Assert.That(cells[0], Is.EqualTo(new[] { "序号", "工作任务", "责任单位" }));
        Assert.That(cells[1], Is.EqualTo(new[] { "1", "开展校园安全隐患排查 每月一次", "各市（县）区教育局" }));
        Assert.That(cells[2], Is.EqualTo(new[] { "2", "Safety drill" }));
        Assert.That(doc.ReadWarnings, Has.Some.Contains("guessed from cell marks"));
    }

    [Test]
    public void DocReader_KeepsANestedTableInsideItsOuterCell()
    {
        // samples/doc/nested.doc: a 2×2 table whose last cell holds a paragraph and a 2×2 table (itap 2).
        var doc = ReadSample("nested.doc");
        Assert.That(doc.Blocks.Select(b => b.Kind), Is.EqualTo(new[] { BlockKind.Paragraph, BlockKind.Table, BlockKind.Paragraph }));
        var table = doc.Blocks[1];
        var cells = table.Rows.Select(r => r.Cells.Select(c => doc.Slice(c.Span)).ToArray()).ToArray();
        Assert.That(cells, Is.EqualTo(new[]
        {
            new[] { "任务", "分工" },
            new[] { "安全教育", "牵头： 市教育局 2020年底 各区教育局 长期" },
        }));
        Assert.That(doc.Slice(doc.Blocks[2].Span), Is.EqualTo("完"));
    }

    [Test]
    public void DocReader_DropsTrackedDeletions()
    {
        // samples/doc/revisions.doc: "2019年" deleted and "2020年" inserted with change tracking on; both are stored.
        var bytes = Sample("revisions.doc");
        Assert.That(DocReader.ReadPieceTable(bytes).ReadText(int.MaxValue), Does.StartWith("完成时限：2019年2020年底前\r"));
        var doc = new DocReader().Read(bytes, "revisions.doc");
        Assert.That(doc.Text, Is.EqualTo("完成时限：2020年底前\n责任单位：市教育局"));
    }

    [Test]
    public void DocReader_RebuildsAutomaticNumberingLabels()
    {
        // samples/doc/numbering.doc: a three-level list (一、 / （一） / 1.) kept by Word in its list tables, not in the text.
        var bytes = Sample("numbering.doc");
        Assert.That(DocReader.ReadPieceTable(bytes).ReadText(int.MaxValue), Does.Not.Contain("一、"));
        var doc = new DocReader().Read(bytes, "numbering.doc");
        var paragraphs = doc.Blocks.Select(b => doc.Slice(b.Span)).ToList();
        Assert.That(doc.Blocks.Select(b => b.NumberingLabel), Is.EqualTo(new[] { null, "一、", "（一）", "（二）", "1.", "2.", "二、", "（一）", null }));
        foreach (var b in doc.Blocks.Where(b => b.LabelSpan is not null))
            Assert.That(doc.Slice(b.LabelSpan!.Value), Is.EqualTo(b.NumberingLabel));
        Assert.That(paragraphs, Is.EqualTo(new[]
        {
            "关于推进学校安全工作的实施意见",
            "一、总体要求",
            "（一）指导思想",
            "（二）工作目标",
            "1.到2020年底，隐患整改率达到100%。",
            "2.培训覆盖全体教师。",
            "二、主要任务",
            "（一）开展隐患排查", // a new top-level item restarts the level below
            "本意见自印发之日起施行。",
        }));
    }

    [Test]
    public void DocReader_ReadsTitleHeadingsAndTheirOutlineNumbering()
    {
        // samples/doc/outline.doc: a Title paragraph, then Heading 1/2 paragraphs numbered by the outline (chapter)
        // numbering, with body text between. Kind and level come from the built-in style in the style sheet.
        var doc = ReadSample("outline.doc");
        Assert.That(doc.Blocks.Select(b => doc.Slice(b.Span)), Is.EqualTo(new[] { "实施意见", "一、总体要求", "（一）指导思想", "正文。", "二、主要任务" }));
        Assert.That(doc.Blocks.Select(b => (b.Kind, b.Level)), Is.EqualTo(new (BlockKind, int?)[]
        {
            (BlockKind.Title, 1), (BlockKind.Heading, 1), (BlockKind.Heading, 2), (BlockKind.Paragraph, null), (BlockKind.Heading, 1),
        }));
    }

    [Test]
    public void DocReader_KeepsFieldResultAndDropsFieldCode()
    {
        var bytes = Sample("notice.doc");
        var raw = DocReader.ReadPieceTable(bytes).ReadText(int.MaxValue);
        // The file really holds a field: begin mark, code, separator, result, end mark.
        int begin = raw.IndexOf('\u0013');
        int sep = raw.IndexOf('\u0014', begin);
        int end = raw.IndexOf('\u0015', sep);
        Assert.That(begin, Is.GreaterThanOrEqualTo(0));
        string code = raw[(begin + 1)..sep];
        Assert.That(code, Does.Contain("DOCPROPERTY"));
        Assert.That(raw[(sep + 1)..end], Is.EqualTo("锡教发〔2020〕86号"));

        var doc = new DocReader().Read(bytes, "notice.doc");
        Assert.That(doc.Text, Does.StartWith("锡教发〔2020〕86号\n"));
        Assert.That(doc.Text, Does.Not.Contain("DOCPROPERTY"));
        Assert.That(doc.Text.Where(c => c < ' ' && c != '\n' && c != '\t'), Is.Empty);
    }

    [Test]
    public void DocReader_ReadsChineseFromUnicodePieces()
    {
        var bytes = Sample("notice.doc");
        var pieces = DocReader.ReadPieceTable(bytes).Pieces;
        Assert.That(pieces, Is.Not.Empty);
        Assert.That(pieces.All(p => !p.Compressed), "LibreOffice writes UTF-16 pieces");
        var doc = new DocReader().Read(bytes, "notice.doc");
        Assert.That(doc.Text, Does.Contain("关于做好2020年学校安全工作的通知"));
    }

    [Test]
    public void DocReader_ReadsCompressedPieces()
    {
        var compressed = Sample("ascii-compressed.doc");
        Assert.That(DocReader.ReadPieceTable(compressed).Pieces.All(p => p.Compressed), "fixture stores its text as 8-bit pieces");
        Assert.That(DocReader.ReadPieceTable(Sample("ascii.doc")).Pieces.All(p => !p.Compressed));
        var fromCompressed = new DocReader().Read(compressed, "a.doc");
        var fromUnicode = new DocReader().Read(Sample("ascii.doc"), "b.doc");
        Assert.That(fromCompressed.Text, Is.EqualTo(fromUnicode.Text));
        // 0x96 and 0x93/0x94 come from the [MS-DOC] exceptions table, not Latin-1.
        Assert.That(fromCompressed.Text, Is.EqualTo(
            "Notice on school safety work\nAll district education bureaus: please report by 30 June 2020 \u2013 \u201Cin time\u201D."));
    }

    [Test]
    public void DocReader_ReadsAcrossUnicodeAndCompressedPieces()
    {
        // notice.doc re-stored the way Word stores mixed text: its ASCII paragraph becomes a compressed piece
        // between two Unicode pieces (LibreOffice itself writes one Unicode piece; see SplitIntoMixedPieces).
        var original = Sample("notice.doc");
        var mixed = SplitIntoMixedPieces(original, "Contact: Mr. Smith, phone 0510-81234567.\r");
        var pieces = DocReader.ReadPieceTable(mixed).Pieces;
        Assert.That(pieces.Select(p => p.Compressed), Is.EqualTo(new[] { false, true, false }));
        var expected = new DocReader().Read(original, "a.doc");
        var actual = new DocReader().Read(mixed, "b.doc");
        Assert.That(actual.Text, Is.EqualTo(expected.Text));
        Assert.That(actual.Blocks.Select(b => (b.Kind, b.Span)), Is.EqualTo(expected.Blocks.Select(b => (b.Kind, b.Span))));
        Assert.That(actual.HeadersAndFooters, Is.EqualTo(expected.HeadersAndFooters));
    }

    [TestCase((byte)0x41, 'A')]
    [TestCase((byte)0x80, '\u0080')]
    [TestCase((byte)0x85, '\u2026')]
    [TestCase((byte)0x8D, '\u008D')]
    [TestCase((byte)0x9F, '\u0178')]
    [TestCase((byte)0xE9, '\u00E9')]
    public void CompressedChar_FollowsTheMsDocTable(byte b, char expected) =>
        Assert.That(PieceTable.CompressedChar(b), Is.EqualTo(expected));

    [Test]
    public void DocReader_KeepsHeadersAndFootersApart()
    {
        var doc = ReadSample("notice.doc");
        // The footer's page field keeps its result as LibreOffice stored it.
        Assert.That(doc.HeadersAndFooters, Is.EqualTo(new[] { "无锡市教育局文件", "第2页" }));
        Assert.That(doc.Text, Does.Not.Contain("无锡市教育局文件"));
        Assert.That(doc.Text, Does.Not.Contain("第2页"));
        // Footnotes are a story of their own and are not part of the body text either.
        Assert.That(doc.Text, Does.Not.Contain("本通知自印发之日起施行"));
    }

    [Test]
    public void DocReader_ReadsDocumentProperties()
    {
        var doc = ReadSample("notice.doc");
        var meta = doc.Metadata.ToDictionary(m => m.Key, m => m.Value);
        // Under the DOCX reader's "properties." keys: document properties are often stale template values.
        Assert.That(meta[MetadataKeys.PropertiesTitle], Is.EqualTo("关于做好2020年学校安全工作的通知"));
        Assert.That(meta[MetadataKeys.PropertiesCreator], Is.EqualTo("无锡市教育局办公室"));
        Assert.That(meta[MetadataKeys.PropertiesCreated], Is.EqualTo("2020-05-11T09:30:00Z"));
        // A user-defined property, from the DocumentSummaryInformation's second section.
        Assert.That(meta["properties.文号"], Is.EqualTo("锡教发〔2020〕86号"));
        Assert.That(doc.Metadata.Single(m => m.Key == "properties.文号").Label, Is.EqualTo("文号"));
    }

    [TestCase("notice.doc")]
    [TestCase("ascii.doc")]
    [TestCase("ascii-compressed.doc")]
    [TestCase("nested.doc")]
    [TestCase("revisions.doc")]
    [TestCase("numbering.doc")]
    [TestCase("outline.doc")]
    public void DocReader_SpansStayInsideTheText(string name)
    {
        var doc = ReadSample(name);
        Assert.That(doc.Blocks, Is.Not.Empty);
        foreach (var block in doc.Blocks)
        {
            Assert.That(block.Span.Start, Is.GreaterThanOrEqualTo(0));
            Assert.That(block.Span.End, Is.LessThanOrEqualTo(doc.Text.Length));
            // Every block occupies whole lines: a paragraph one, a table one per row.
            Assert.That(doc.Slice(block.Span).Split('\n'), Has.Length.EqualTo(block.Kind == BlockKind.Table ? block.Rows.Count : 1));
            Assert.That(block.Span.Start == 0 || doc.Text[block.Span.Start - 1] == '\n');
            Assert.That(block.Span.End == doc.Text.Length || doc.Text[block.Span.End] == '\n');
            foreach (var cell in block.Rows.SelectMany(r => r.Cells))
                Assert.That(block.Span.Start <= cell.Span.Start && cell.Span.End <= block.Span.End, $"{cell.Span} in {block.Span}");
        }
        // Blocks are in text order and do not overlap.
        for (int i = 1; i < doc.Blocks.Count; i++)
            Assert.That(doc.Blocks[i].Span.Start, Is.GreaterThan(doc.Blocks[i - 1].Span.End));
    }

    [TestCase("encrypted.doc", "encrypted Word document (password protected)")]
    [TestCase("word95.doc", "Word 6/95 format is not supported")]
    public void DocReader_RefusesWithTheReason(string name, string reason)
    {
        var ex = Assert.Throws<DocumentReadException>(() => ReadSample(name));
        Assert.That(ex!.Reason, Is.EqualTo(reason));
    }

    [Test]
    public void DocReader_TruncatedFile_IsCorrupt()
    {
        var ex = Assert.Throws<DocumentReadException>(() => ReadSample("truncated.doc"));
        Assert.That(ex!.Reason, Is.EqualTo("corrupt .doc: compound file is truncated (4000 bytes, not a whole number of sectors)"));
    }

    [Test]
    public void DocReader_DamagedPieceTable_IsCorrupt()
    {
        // A real file with the text offset of its piece descriptor pointed past the end of the stream.
        var bytes = Sample("ascii.doc");
        var damaged = PatchWordStream(bytes, (word, table, fib) =>
        {
            int pcd = fib.Clx.Fc + 1 + 4 + 2 * 4; // clxt, lcb, two CPs of the single piece
            BitConverter.GetBytes(0x3FFFFFF0).CopyTo(table, pcd + 2);
        });
        var ex = Assert.Throws<DocumentReadException>(() => new DocReader().Read(damaged, "d.doc"));
        Assert.That(ex!.Reason, Does.StartWith("corrupt .doc: text of piece 0 lies outside its stream"));
    }

    [Test]
    public void DocReader_DamagedCopies_FailOnlyWithAReason()
    {
        // Cut at every sector boundary, and damage random bytes: the reader either reads the file or gives a
        // one-line reason; no other exception escapes.
        var original = Sample("notice.doc");
        var variants = new List<byte[]>();
        for (int len = 512; len < original.Length; len += 512)
            variants.Add(original[..len]);
        var random = new Random(2020);
        for (int i = 0; i < 200; i++)
        {
            var copy = (byte[])original.Clone();
            for (int k = 0; k < 8; k++)
                copy[random.Next(512, copy.Length)] = (byte)random.Next(256);
            variants.Add(copy);
        }
        int refused = 0;
        foreach (var bytes in variants)
        {
            try
            {
                new DocReader().Read(bytes, "x.doc");
            }
            catch (DocumentReadException ex)
            {
                refused++;
                Assert.That(ex.Reason, Does.Not.Contain("\n"));
                Assert.That(ex.Reason, Does.StartWith("corrupt .doc: ").Or.StartWith("encrypted").Or.StartWith("Word 6/95").Or.StartWith("not a Word document"));
            }
        }
        Assert.That(refused, Is.GreaterThan(0));
    }

    [Test]
    public void DocReader_NotACompoundFile_IsCorrupt()
    {
        var ex = Assert.Throws<DocumentReadException>(() => new DocReader().Read("PK\u0003\u0004 not a doc"u8.ToArray(), "x.doc"));
        Assert.That(ex!.Reason, Is.EqualTo("corrupt .doc: not an OLE2 compound file"));
    }

    [Test]
    public void DocReader_OleSignatureFollowedByGarbage_IsCorrupt()
    {
        var bytes = new byte[2048];
        new Random(7).NextBytes(bytes);
        DocReader.CompoundFileSignature.CopyTo(bytes);
        var ex = Assert.Throws<DocumentReadException>(() => new DocReader().Read(bytes, "x.doc"));
        Assert.That(ex!.Reason, Does.StartWith("corrupt .doc: "));
        Assert.That(ex.Reason, Does.Not.Contain("\n"));
    }

    [TestCase("notice.wps")]
    [TestCase("NOTICE.DOC")]
    [TestCase("notice.bin")]
    public void ReaderSelector_ReadsCompoundFilesAsDocWhateverTheName(string name)
    {
        var doc = ReaderSelector.CreateDefault().Read(Sample("notice.doc"), name);
        Assert.That(doc.Source.Format, Is.EqualTo(SourceFormat.Doc));
        Assert.That(doc.Text, Does.StartWith("锡教发〔2020〕86号"));
    }

    /// <summary>
    /// Splits the single Unicode piece of a LibreOffice .doc into three, the middle one (<paramref name="asciiRun"/>)
    /// compressed: its 8-bit bytes are written where its UTF-16 bytes were, and a new piece table is appended to
    /// the table stream. The paragraph mark of the compressed run still falls in its paragraph's property run.
    /// </summary>
    private static byte[] SplitIntoMixedPieces(byte[] bytes, string asciiRun)
    {
        return PatchWordStream(bytes, (word, table, fib) =>
        {
            var pt = PieceTable.Parse(table, fib.Clx.Fc, fib.Clx.Lcb, word);
            Assert.That(pt.Pieces, Has.Count.EqualTo(1));
            var only = pt.Pieces[0];
            string raw = pt.ReadText(int.MaxValue);
            int a = raw.IndexOf(asciiRun, StringComparison.Ordinal), b = a + asciiRun.Length;
            Assert.That(a, Is.GreaterThan(0));
            int fcA = only.FcOf(a);
            for (int i = 0; i < asciiRun.Length; i++)
                word[fcA + i] = (byte)asciiRun[i];
            var clx = new MemoryStream();
            var w = new BinaryWriter(clx);
            w.Write((byte)0x02);
            w.Write(4 * 4 + 3 * 8);
            foreach (int cp in new[] { 0, a, b, only.CpEnd }) w.Write(cp);
            foreach (var (fc, compressed) in new[] { (only.Fc, false), (fcA, true), (only.FcOf(b), false) })
            {
                w.Write((short)0);
                w.Write(compressed ? (uint)(fc * 2) | 0x40000000u : (uint)fc);
                w.Write((short)0);
            }
            int csw = BitConverter.ToUInt16(word, 32);
            int cslw = BitConverter.ToUInt16(word, 34 + csw * 2);
            int fcClxAt = 34 + csw * 2 + 2 + cslw * 4 + 2 + 33 * 8;
            BitConverter.GetBytes(table.Length).CopyTo(word, fcClxAt);
            BitConverter.GetBytes((int)clx.Length).CopyTo(word, fcClxAt + 4);
            return clx.ToArray();
        });
    }

    /// <summary>Rewrites a real .doc's table stream through NPOI, leaving everything else as LibreOffice wrote it.</summary>
    private static byte[] PatchWordStream(byte[] bytes, Action<byte[], byte[], Fib> patch) =>
        PatchWordStream(bytes, (word, table, fib) => { patch(word, table, fib); return []; });

    /// <summary>As above; <paramref name="patch"/> returns bytes to append to the table stream.</summary>
    private static byte[] PatchWordStream(byte[] bytes, Func<byte[], byte[], Fib, byte[]> patch)
    {
        var fs = new NPOI.POIFS.FileSystem.POIFSFileSystem(new MemoryStream(bytes));
        byte[] Read(string name)
        {
            var entry = (NPOI.POIFS.FileSystem.DocumentEntry)fs.Root.GetEntry(name);
            var buffer = new byte[entry.Size];
            using var s = fs.Root.CreateDocumentInputStream(name);
            int read = 0;
            while (read < buffer.Length) read += s.Read(buffer, read, buffer.Length - read);
            return buffer;
        }
        var word = Read("WordDocument");
        var fib = Fib.Parse(word);
        var table = Read(fib.TableStreamName);
        var appended = patch(word, table, fib);
        fs.Root.GetEntry(fib.TableStreamName).Delete();
        fs.CreateDocument(new MemoryStream([.. table, .. appended]), fib.TableStreamName);
        fs.Root.GetEntry("WordDocument").Delete();
        fs.CreateDocument(new MemoryStream(word), "WordDocument");
        using var output = new MemoryStream();
        fs.WriteFileSystem(output);
        return output.ToArray();
    }
}
