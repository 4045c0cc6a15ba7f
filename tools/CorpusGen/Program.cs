using System.Globalization;
using System.Text;

namespace PolicyExtract.CorpusGen;

/// <summary>
/// Builds a benchmark corpus of policy documents (plain text, government web pages, Word files) from the evaluation
/// texts, with numbers, places, dates and document numbers perturbed. Document i depends only on the seed and i, so the
/// first 1,000 documents of a 10,000-document corpus are the 1,000-document corpus.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        int count = 10_000;
        int seed = 20201022;
        string? source = null;
        string? output = null;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--count" or "-n" when i + 1 < args.Length: count = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--seed" when i + 1 < args.Length: seed = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--from" when i + 1 < args.Length: source = args[++i]; break;
                case "--out" or "-o" when i + 1 < args.Length: output = args[++i]; break;
                default:
                    Console.Error.WriteLine("usage: corpusgen --out DIR [--count N] [--seed S] [--from DIR-of-txt]");
                    return 2;
            }
        }
        if (output is null || count < 0)
        {
            Console.Error.WriteLine("usage: corpusgen --out DIR [--count N] [--seed S] [--from DIR-of-txt]");
            return 2;
        }
        source ??= FindEvalDocs();
        var texts = Directory.GetFiles(source, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        if (texts.Length == 0)
        {
            Console.Error.WriteLine($"corpusgen: {source}: no .txt documents to build from");
            return 1;
        }
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

        var generator = new DocumentGenerator(texts, seed);
        long bytes = 0;
        var formats = new Dictionary<string, int>();
        for (int i = 0; i < count; i++)
        {
            var doc = generator.Generate(i);
            // 1,000 files per directory: enough to look like a download tree, few enough for any file system.
            var dir = Path.Combine(output, (i / 1000).ToString("D3", CultureInfo.InvariantCulture));
            Directory.CreateDirectory(dir);
            var path = Path.Combine(dir, $"doc-{i:D6}{doc.Extension}");
            File.WriteAllBytes(path, doc.Bytes);
            bytes += doc.Bytes.Length;
            formats[doc.Extension] = formats.GetValueOrDefault(doc.Extension) + 1;
        }
        var mix = string.Join(", ", formats.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Value} {f.Key}"));
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"corpusgen: {count} documents ({mix}), {bytes / 1e6:F1} MB in {output}"));
        return 0;
    }

    private static string FindEvalDocs()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "data", "eval", "docs");
            if (Directory.Exists(candidate))
                return candidate;
        }
        throw new DirectoryNotFoundException("tests/data/eval/docs not found above the tool; pass --from DIR");
    }
}
