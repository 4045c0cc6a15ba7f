using System.Text;

namespace PolicyExtract.Tests.Support;

/// <summary>A temporary directory of documents, deleted when disposed.</summary>
public sealed class TempTree : IDisposable
{
    public TempTree()
    {
        Root = Path.Combine(Path.GetTempPath(), "pe-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public string Write(string relative, string text)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    public string Write(string relative, byte[] bytes)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>
    /// Writes <paramref name="count"/> text documents named doc-000.txt… whose sizes differ widely (from a few lines
    /// of an evaluation text to several copies of it), so parallel workers finish them out of order.
    /// </summary>
    public IReadOnlyList<string> WriteVariedDocuments(int count, string folder = "docs", int seed = 7)
    {
        var lines = Directory.GetFiles(Path.Combine(RepoPaths.TestData, "eval", "docs"), "*.txt")
            .Order(StringComparer.Ordinal)
            .SelectMany(File.ReadAllLines)
            .Where(l => l.Trim().Length > 0)
            .ToArray();
        var rng = new Random(seed);
        var names = new List<string>();
        for (int i = 0; i < count; i++)
        {
            int take = rng.Next(3) == 0 ? rng.Next(200, 1200) : rng.Next(1, 40);
            int start = rng.Next(lines.Length);
            var text = new StringBuilder($"文档 {i}\n");
            for (int k = 0; k < take; k++)
                text.Append(lines[(start + k) % lines.Length]).Append('\n');
            var relative = Path.Combine(folder, $"doc-{i:D3}.txt");
            Write(relative, text.ToString());
            names.Add(relative);
        }
        return names;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
