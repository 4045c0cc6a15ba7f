using System.Text.Json;
using PolicyExtract.Output;
using PolicyExtract.Tests.Support;

namespace PolicyExtract.Tests.Output;

public class JsonResultWriterTests
{
    private static string WriteToString(string format, bool singleInput, int count)
    {
        var stream = new MemoryStream();
        using (var w = ResultWriters.Create(format, null, new ResultWriterOptions { SingleInput = singleInput }, () => stream))
        {
            for (int i = 0; i < count; i++)
                w.Write(FullResult.Create($"doc{i}.txt"));
            w.Complete();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    [Test]
    public void Json_OneInputOneResult_IsAnObject_IdenticalToTheSerializer()
    {
        var text = WriteToString("json", singleInput: true, count: 1);
        Assert.That(text, Is.EqualTo(JsonOutput.Serialize(FullResult.Create("doc0.txt")) + "\n"));
    }

    [TestCase(true, 2)]
    [TestCase(false, 1)]
    [TestCase(false, 3)]
    [TestCase(true, 0)]
    public void Json_OtherwiseIsAnArray_InInputOrder(bool singleInput, int count)
    {
        var text = WriteToString("json", singleInput, count);
        using var doc = JsonDocument.Parse(text);
        Assert.That(doc.RootElement.ValueKind, Is.EqualTo(JsonValueKind.Array));
        Assert.That(doc.RootElement.EnumerateArray().Select(e => e.GetProperty("source").GetProperty("path").GetString()),
            Is.EqualTo(Enumerable.Range(0, count).Select(i => $"doc{i}.txt")));
        if (count > 0)
            Assert.That(text, Does.Contain("“三全育人”"), "Chinese text is not escaped");
        SchemaAssert.IsValid(text, "the array");
    }

    [Test]
    public void JsonLines_OneCompactObjectPerLine()
    {
        var text = WriteToString("jsonl", singleInput: false, count: 3);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.EqualTo(3));
        Assert.That(lines[1], Is.EqualTo(JsonOutput.Serialize(FullResult.Create("doc1.txt"), indented: false)));
        SchemaAssert.IsValid(text, "the JSON lines");
    }

    [TestCase("json")]
    [TestCase("jsonl")]
    public void Json_ToAFile_AppearsOnlyOnComplete(string format)
    {
        var dir = Path.Combine(Path.GetTempPath(), "pe-json-" + Guid.NewGuid().ToString("N"));
        try
        {
            var file = Path.Combine(dir, "out." + format);
            using (var w = ResultWriters.Create(format, file, new ResultWriterOptions(), () => Stream.Null))
                w.Write(FullResult.Create());
            Assert.That(Directory.GetFiles(dir), Is.Empty, "no Complete, no file");

            using (var w = ResultWriters.Create(format, file, new ResultWriterOptions(), () => Stream.Null))
            {
                w.Write(FullResult.Create());
                w.Complete();
            }
            Assert.That(Directory.GetFiles(dir).Select(Path.GetFileName), Is.EqualTo(new[] { "out." + format }));
            SchemaAssert.IsValid(File.ReadAllText(file), file);
        }
        finally
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, true);
        }
    }
}
