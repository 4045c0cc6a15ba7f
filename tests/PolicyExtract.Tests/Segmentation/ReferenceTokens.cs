using PolicyExtract.Segmentation;
using PolicyExtract.Tests.Support;

namespace PolicyExtract.Tests.Segmentation;

/// <summary>The evaluation documents and jieba's own segmentations of them (tests/data/eval/reference).</summary>
internal static class ReferenceTokens
{
    public static string DocsDir => Path.Combine(RepoPaths.TestData, "eval", "docs");

    public static string ReferenceDir => Path.Combine(RepoPaths.TestData, "eval", "reference");

    public static IEnumerable<string> DocumentIds() =>
        Directory.GetFiles(DocsDir, "*.txt").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!;

    public static string Text(string id) => File.ReadAllText(Path.Combine(DocsDir, id + ".txt"));

    /// <summary>The input lines as the reference dumps cut them: on \n, a final newline ending the last line.</summary>
    public static string[] Lines(string id)
    {
        var text = Text(id);
        if (text.EndsWith('\n')) text = text[..^1];
        return text.Split('\n');
    }

    /// <summary>Reads a dump: one token per line, an empty line after each input line.</summary>
    public static List<List<string>> Read(string id, string tool)
    {
        var lines = new List<List<string>>();
        var current = new List<string>();
        var dump = File.ReadAllText(Path.Combine(ReferenceDir, $"{id}.{tool}.tokens"));
        // Every line of the dump, the last included, ends with \n: drop what follows the final one.
        foreach (var line in dump[..dump.LastIndexOf('\n')].Split('\n'))
        {
            if (line.Length == 0)
            {
                lines.Add(current);
                current = [];
            }
            else current.Add(line);
        }
        return lines;
    }

    /// <summary>The segmenter the comparison needs: full jieba dictionary, no project lexicon. Fails the test when the dictionary is missing.</summary>
    public static JiebaSegmenter PlainJieba()
    {
        RequireFullDictionary();
        return SegmenterFactory.Create([]);
    }

    /// <summary>
    /// The build fetches the dictionary (npm); a machine without it cannot check jieba compatibility, and
    /// that must show as a failure, not a pass. Only an explicit POLICYEXTRACT_NO_JIEBA_DICT=1 turns it into
    /// an ignored test, for working offline on purpose.
    /// </summary>
    public static void RequireFullDictionary()
    {
        if (SegmenterFactory.HasFullDictionary) return;
        const string why = "the jieba dictionary is missing from the test output (dict/jieba.dict.bin): the build fetches it with `npm pack nodejieba@3.5.8`; check npm and rebuild";
        if (Environment.GetEnvironmentVariable("POLICYEXTRACT_NO_JIEBA_DICT") == "1")
            Assert.Ignore(why);
        Assert.Fail(why);
    }

    /// <summary>Tokens as spans [start, end) within a line, from their texts laid end to end.</summary>
    public static List<(int Start, int End)> Spans(IEnumerable<string> tokens)
    {
        var spans = new List<(int, int)>();
        int pos = 0;
        foreach (var t in tokens)
        {
            spans.Add((pos, pos + t.Length));
            pos += t.Length;
        }
        return spans;
    }
}
