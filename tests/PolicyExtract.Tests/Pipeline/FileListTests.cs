using PolicyExtract.Pipeline;

namespace PolicyExtract.Tests.Pipeline;

public class FileListTests
{
    [TestCase("a.txt\nb c.html\n", new[] { "a.txt", "b c.html" })]
    [TestCase("a.txt\r\nb.txt", new[] { "a.txt", "b.txt" })]
    [TestCase("\n\na.txt\n\n", new[] { "a.txt" })]
    [TestCase("a.txt\0b\nc.txt\0", new[] { "a.txt", "b\nc.txt" })]
    [TestCase("", new string[0])]
    public void Parse_SplitsOnNulWhenPresentOtherwiseOnLines(string text, string[] expected)
    {
        Assert.That(FileList.Parse(text), Is.EqualTo(expected));
    }
}
