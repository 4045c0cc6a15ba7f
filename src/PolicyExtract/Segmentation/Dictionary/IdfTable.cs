using System.Globalization;

namespace PolicyExtract.Segmentation.Dictionary;

/// <summary>jieba's keyword resources: the IDF of each word (idf.utf8), their median for unknown words, and the stop words.</summary>
internal sealed class IdfTable
{
    private const uint Magic = 0x494A5850; // "PXJI"

    private IdfTable(PrefixTrie trie, double[] idf, double median, string[] stopWords)
    {
        Trie = trie;
        Idf = idf;
        Median = median;
        StopWords = new HashSet<string>(stopWords, StringComparer.Ordinal);
        StopWordList = stopWords;
        double max = median;
        foreach (var v in idf)
            if (v > max) max = v;
        Max = max;
    }

    /// <summary>The largest IDF any word can get (the table's largest, or the median for unknown words).</summary>
    public double Max { get; }

    public PrefixTrie Trie { get; }

    /// <summary>Per node; NaN where the node is only a prefix.</summary>
    public double[] Idf { get; }

    /// <summary>IDF for words missing from the table: the middle value of the sorted table, as jieba takes it.</summary>
    public double Median { get; }

    public HashSet<string> StopWords { get; }

    private string[] StopWordList { get; }

    public static IdfTable Empty { get; } = new(PrefixTrie.Build([], out _), [double.NaN], 0, []);

    public double? Lookup(string word)
    {
        int n = Trie.Find(word);
        return n != 0 && !double.IsNaN(Idf[n]) ? Idf[n] : null;
    }

    public static IdfTable ParseText(TextReader idf, string sourceName, TextReader stopWords)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        string? line;
        int lineNo = 0;
        while ((line = idf.ReadLine()) is not null)
        {
            lineNo++;
            line = line.Trim().TrimStart('\uFEFF');
            if (line.Length == 0) continue;
            int sp = line.LastIndexOf(' ');
            if (sp <= 0 || !double.TryParse(line.AsSpan(sp + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out double v))
                throw new InvalidDataException($"{sourceName}:{lineNo}: expected 'word idf'");
            values[line[..sp]] = v;
        }
        var stops = new List<string>();
        while ((line = stopWords.ReadLine()) is not null)
        {
            line = line.Trim().TrimStart('\uFEFF');
            if (line.Length > 0) stops.Add(line);
        }
        var words = values.Keys.ToArray();
        Array.Sort(words, StringComparer.Ordinal);
        var trie = PrefixTrie.Build(words, out var nodeOfWord);
        var table = new double[trie.NodeCount];
        Array.Fill(table, double.NaN);
        for (int i = 0; i < words.Length; i++) table[nodeOfWord[i]] = values[words[i]];
        var sorted = values.Values.ToArray();
        Array.Sort(sorted);
        double median = sorted.Length == 0 ? 0 : sorted[sorted.Length / 2];
        return new IdfTable(trie, table, median, stops.Distinct(StringComparer.Ordinal).ToArray());
    }

    public void Write(BinaryWriter w)
    {
        w.Write(Magic);
        w.Write(Trie.NodeCount);
        BinaryIO.WriteArray(w, Trie.FirstChild);
        BinaryIO.WriteArray(w, Trie.Label);
        BinaryIO.WriteArray(w, Idf);
        w.Write(Median);
        w.Write(StopWordList.Length);
        foreach (var s in StopWordList) w.Write(s);
    }

    public static IdfTable Read(string path)
    {
        using var fs = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        using var r = new BinaryReader(fs);
        if (r.ReadUInt32() != Magic)
            throw new InvalidDataException($"{path}: not a compiled IDF table");
        int nodes = r.ReadInt32();
        var firstChild = BinaryIO.ReadArray<int>(r, nodes + 1);
        var label = BinaryIO.ReadArray<char>(r, nodes);
        var idf = BinaryIO.ReadArray<double>(r, nodes);
        double median = r.ReadDouble();
        var stops = new string[r.ReadInt32()];
        for (int i = 0; i < stops.Length; i++) stops[i] = r.ReadString();
        return new IdfTable(new PrefixTrie(firstChild, label), idf, median, stops);
    }
}
