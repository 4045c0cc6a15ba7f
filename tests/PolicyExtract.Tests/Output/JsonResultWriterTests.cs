using System.Text;
using System.Text.Json;
using PolicyExtract.Extraction;
using PolicyExtract.Output;
using PolicyExtract.Output.Json;

namespace PolicyExtract.Tests.Output;

public class JsonResultWriterTests
{
    private static ExtractionResult Result(string path) => new()
    {
        Source = new SourceOutput(path, "text", "utf-8", new string('0', 64), 12),
        Title = "关于印发《" + path + "》的通知",
    };

    private static string WriteAll(Func<OutputTarget, IResultWriter> create, params string[] paths)
    {
        using var stream = new MemoryStream();
        using (var writer = create(OutputTarget.ToStream(stream)))
        {
            foreach (var p in paths)
                writer.Write(Result(p));
            writer.Complete();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Test]
    public void Json_SeveralResults_IsThePrettyArrayTheSerializerWouldWrite()
    {
        var text = WriteAll(t => new JsonResultWriter(t, singleDocument: false), "a.txt", "b.txt", "c.txt");
        var whole = JsonSerializer.Serialize(new[] { Result("a.txt"), Result("b.txt"), Result("c.txt") }, JsonOutput.Pretty) + "\n";
        Assert.That(text, Is.EqualTo(whole));
    }

    [Test]
    public void Json_SingleDocument_IsOnePrettyObject()
    {
        var text = WriteAll(t => new JsonResultWriter(t, singleDocument: true), "a.txt");
        Assert.That(text, Is.EqualTo(JsonOutput.Serialize(Result("a.txt")) + "\n"));
        Assert.That(text, Does.Contain("关于印发《a.txt》的通知"), "Chinese text is written as is, not \\u-escaped");
    }

    [TestCase(true)]
    [TestCase(false)]
    public void Json_NoResults_IsAnEmptyArray(bool single)
    {
        Assert.That(WriteAll(t => new JsonResultWriter(t, single)), Is.EqualTo("[]\n"));
    }

    [Test]
    public void JsonLines_OneCompactObjectPerLine()
    {
        var text = WriteAll(t => new JsonLinesResultWriter(t), "a.txt", "b.txt");
        var lines = text.Split('\n');
        Assert.That(lines, Has.Length.EqualTo(3));
        Assert.That(lines[2], Is.Empty);
        Assert.That(lines[0], Is.EqualTo(JsonOutput.Serialize(Result("a.txt"), indented: false)));
        Assert.That(lines[1], Is.EqualTo(JsonOutput.Serialize(Result("b.txt"), indented: false)));
    }

    [Test]
    public void File_DisposedWithoutComplete_LeavesNothing()
    {
        var dir = Path.Combine(Path.GetTempPath(), "pe-" + Guid.NewGuid().ToString("N"));
        try
        {
            var path = Path.Combine(dir, "out.json");
            using (var writer = new JsonResultWriter(OutputTarget.ToFile(path), singleDocument: false))
            {
                // Enough results to overflow every buffer, so bytes have reached the temporary file.
                for (int i = 0; i < 2000; i++)
                    writer.Write(Result($"doc-{i}.txt"));
            }
            Assert.That(Directory.GetFiles(dir), Is.Empty);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
