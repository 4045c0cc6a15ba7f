using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PolicyExtract.CorpusGen;

/// <summary>A Word file: title, body paragraphs, and a task table (序号 / 主要任务 / 责任单位 / 完成年限).</summary>
internal static class DocxFile
{
    // Zip entries otherwise carry the time of generation, and the same seed would give different bytes.
    private static readonly DateTimeOffset FixedTime = new(2021, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Build(DocumentFacts facts, List<string> lines, List<(string Task, string Units, string Year)> tasks)
    {
        using var raw = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(raw, WordprocessingDocumentType.Document))
        {
            // A fixed relationship id: the default one is random, and the same seed must give the same bytes.
            var main = doc.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rId1");
            var body = new Body();
            body.Append(Paragraph(facts.DocumentNumber, center: true, bold: false));
            body.Append(Paragraph(facts.Title, center: true, bold: true));
            foreach (var line in lines)
            {
                var t = line.Trim();
                if (t.Length > 0)
                    body.Append(Paragraph(t, center: false, bold: false));
            }
            if (tasks.Count > 0)
            {
                body.Append(Paragraph("重点任务分工表", center: true, bold: true));
                body.Append(TaskTable(tasks));
            }
            body.Append(Paragraph(facts.Issuer, center: false, bold: false));
            body.Append(Paragraph($"{facts.Written.Year}年{facts.Written.Month}月{facts.Written.Day}日", center: false, bold: false));
            body.Append(new SectionProperties(new PageSize { Width = 11906U, Height = 16838U }));
            main.Document = new Document(body);
            main.Document.Save();
        }
        return Normalize(raw.ToArray());
    }

    private static Paragraph Paragraph(string text, bool center, bool bold)
    {
        var p = new Paragraph();
        if (center)
            p.Append(new ParagraphProperties(new Justification { Val = JustificationValues.Center }));
        var run = new Run();
        if (bold)
            run.Append(new RunProperties(new Bold()));
        run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        p.Append(run);
        return p;
    }

    private static Table TaskTable(List<(string Task, string Units, string Year)> tasks)
    {
        var table = new Table(new TableProperties(
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })));
        table.Append(Row(["序号", "主要任务", "责任单位", "完成年限"], null));
        for (int i = 0; i < tasks.Count; i++)
        {
            // Runs of the same year are one vertically merged cell, as people lay these tables out by hand.
            MergedCellValues? merge = null;
            bool sameAsPrevious = i > 0 && tasks[i - 1].Year == tasks[i].Year;
            bool sameAsNext = i + 1 < tasks.Count && tasks[i + 1].Year == tasks[i].Year;
            if (sameAsPrevious)
                merge = MergedCellValues.Continue;
            else if (sameAsNext)
                merge = MergedCellValues.Restart;
            var (task, units, year) = tasks[i];
            table.Append(Row([(i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), task, units, merge == MergedCellValues.Continue ? "" : year], merge));
        }
        return table;
    }

    private static TableRow Row(string[] cells, MergedCellValues? lastCellMerge)
    {
        var row = new TableRow();
        for (int c = 0; c < cells.Length; c++)
        {
            var cell = new TableCell();
            if (c == cells.Length - 1 && lastCellMerge is { } merge)
                cell.Append(new TableCellProperties(new VerticalMerge { Val = merge }));
            cell.Append(Paragraph(cells[c], center: false, bold: false));
            row.Append(cell);
        }
        return row;
    }

    private static byte[] Normalize(byte[] package)
    {
        using var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries.OrderBy(e => e.FullName == "[Content_Types].xml" ? 0 : 1))
            {
                var copy = zip.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = FixedTime;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }
        return output.ToArray();
    }
}
