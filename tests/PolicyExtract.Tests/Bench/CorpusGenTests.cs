using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyExtract.CorpusGen;
using PolicyExtract.Tests.Support;

namespace PolicyExtract.Tests.Bench;

public class CorpusGenTests
{
    private static DocumentGenerator Generator(int seed)
    {
        var texts = Directory.GetFiles(Path.Combine(RepoPaths.TestData, "eval", "docs"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return new DocumentGenerator(texts, seed);
    }

    [Test]
    public void Generate_SameSeedAndIndex_SameBytes_WhateverWasGeneratedBefore()
    {
        var a = Generator(42);
        var b = Generator(42);
        // b generates other documents first: document i must not depend on them.
        for (int i = 0; i < 10; i++)
            b.Generate(100 + i);
        for (int i = 0; i < 60; i++)
        {
            var x = a.Generate(i);
            var y = b.Generate(i);
            Assert.That((y.Extension, y.Bytes), Is.EqualTo((x.Extension, x.Bytes)), $"document {i}");
        }
        Assert.That(Generator(43).Generate(0).Bytes, Is.Not.EqualTo(a.Generate(0).Bytes), "another seed, another corpus");
    }

    [Test]
    public void Generate_MixesTheThreeFormats_WithPerturbedContent()
    {
        var gen = Generator(20201022);
        var docs = Enumerable.Range(0, 200).Select(gen.Generate).ToList();
        var counts = docs.GroupBy(d => d.Extension).ToDictionary(g => g.Key, g => g.Count());
        Assert.That(counts.Keys, Is.EquivalentTo(new[] { ".txt", ".html", ".docx" }));
        Assert.That(counts.Values, Has.All.GreaterThan(30));
        var texts = docs.Where(d => d.Extension == ".txt").Select(d => Encoding.UTF8.GetString(d.Bytes)).ToList();
        // The source cities are replaced, and the same source yields texts of different content and size.
        Assert.That(texts, Has.None.Contains("无锡市教育局"));
        Assert.That(texts.Select(t => t.Length).Distinct().Count(), Is.GreaterThan(texts.Count / 2));
        var pages = docs.Where(d => d.Extension == ".html").Select(d => d.Bytes).ToList();
        Assert.That(pages.Count(p => Encoding.ASCII.GetString(p).Contains("charset=gb2312")), Is.GreaterThan(0), "some pages are in GBK");
    }

    [Test]
    public void Generate_WordFile_HasATaskTableWithResponsibleUnits()
    {
        var gen = Generator(7);
        var docx = Enumerable.Range(0, 100).Select(gen.Generate).First(d => d.Extension == ".docx");
        using var word = WordprocessingDocument.Open(new MemoryStream(docx.Bytes), false);
        var table = word.MainDocumentPart!.Document.Body!.Elements<Table>().Single();
        var header = table.Elements<TableRow>().First().Elements<TableCell>().Select(c => c.InnerText);
        Assert.That(header, Is.EqualTo(new[] { "序号", "主要任务", "责任单位", "完成年限" }));
        Assert.That(table.Elements<TableRow>().Count(), Is.GreaterThan(3));
        using var zip = new ZipArchive(new MemoryStream(docx.Bytes));
        Assert.That(zip.Entries.Select(e => e.LastWriteTime.Year).Distinct(), Is.EqualTo(new[] { 2021 }), "fixed entry times keep the bytes reproducible");
    }

    [Test]
    public void Pipeline_ReadsAndExtractsEveryGeneratedDocument()
    {
        // The benchmark's corpus holds the layouts of a real batch (task tables as tab-separated rows, GBK pages): every
        // document must come through; a bug met on one shows up as an internal error in a batch, never as a wrong figure.
        var gen = Generator(20201022);
        var pipeline = PolicyExtract.Pipeline.PipelineFactory.Create(new PolicyExtract.Pipeline.PipelineOptions { ShippedRules = RepoPaths.Rules });
        var failures = new List<string>();
        for (int i = 0; i < 400; i++)
        {
            var doc = gen.Generate(i);
            try
            {
                var r = pipeline.Process(doc.Bytes, $"doc-{i:D6}{doc.Extension}");
                if (r.Title is null) failures.Add($"doc-{i:D6}{doc.Extension}: no title");
            }
            catch (Exception ex)
            {
                failures.Add($"doc-{i:D6}{doc.Extension}: {ex.GetType().Name}: {ex.Message}");
            }
        }
        Assert.That(failures, Is.Empty);
    }
}
