using System.Runtime.InteropServices;
using System.Text;

namespace PolicyExtract.Segmentation.Dictionary;

/// <summary>
/// The jieba prefix dictionary: a trie whose nodes are every prefix of every word, with the word's
/// frequency (0 for a prefix that is not itself a word), its precomputed natural log and its POS tag.
/// </summary>
internal sealed class WordDictionary
{
    private const uint Magic = 0x444A5850; // "PXJD"
    private const int FormatVersion = 1;

    public WordDictionary(PrefixTrie trie, int[] freq, double[] logFreq, byte[] tag, string[] tagNames, long total, int wordCount)
    {
        Trie = trie;
        Freq = freq;
        LogFreq = logFreq;
        Tag = tag;
        TagNames = tagNames;
        Total = total;
        WordCount = wordCount;
    }

    public PrefixTrie Trie { get; }

    /// <summary>Per node: the word's frequency, 0 when the node is only a prefix.</summary>
    public int[] Freq { get; }

    /// <summary>Per node: ln(freq), computed once at build time so the route search only adds; -inf where the node is not a word.</summary>
    public double[] LogFreq { get; }

    /// <summary>Per node: index into <see cref="TagNames"/>.</summary>
    public byte[] Tag { get; }

    public string[] TagNames { get; }

    /// <summary>Sum of the frequencies of every line of the source file (duplicates counted twice, as jieba does).</summary>
    public long Total { get; }

    public int WordCount { get; }

    public static WordDictionary Empty { get; } = FromEntries([]);

    /// <summary>Parses jieba's text format: one <c>word freq [tag]</c> per line.</summary>
    public static WordDictionary ParseText(TextReader reader, string sourceName)
    {
        var entries = new List<(string Word, int Freq, string Tag)>();
        string? line;
        int lineNo = 0;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNo++;
            line = line.Trim();
            if (lineNo == 1) line = line.TrimStart('\uFEFF');
            if (line.Length == 0) continue;
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 2 || !int.TryParse(parts[1], out int freq) || freq < 0)
                throw new InvalidDataException($"{sourceName}:{lineNo}: expected 'word freq [tag]'");
            entries.Add((parts[0], freq, parts.Length > 2 ? parts[2] : ""));
        }
        return FromEntries(entries);
    }

    /// <summary>Builds from entries in file order: a repeated word keeps its last frequency, and every line counts towards the total.</summary>
    public static WordDictionary FromEntries(IReadOnlyList<(string Word, int Freq, string Tag)> entries)
    {
        var last = new Dictionary<string, (int Freq, string Tag)>(entries.Count, StringComparer.Ordinal);
        long total = 0;
        foreach (var (w, f, t) in entries)
        {
            last[w] = (f, t);
            total += f;
        }
        var words = last.Keys.ToArray();
        Array.Sort(words, StringComparer.Ordinal);
        var trie = PrefixTrie.Build(words, out var nodeOfWord);
        var freq = new int[trie.NodeCount];
        var logFreq = new double[trie.NodeCount];
        // -inf marks "not a word" (a bare prefix, or frequency 0), so the route search reads one array, not two.
        Array.Fill(logFreq, double.NegativeInfinity);
        var tag = new byte[trie.NodeCount];
        var tagIndex = new Dictionary<string, byte>(StringComparer.Ordinal) { [""] = 0 };
        var tagNames = new List<string> { "" };
        for (int i = 0; i < words.Length; i++)
        {
            var (f, t) = last[words[i]];
            int n = nodeOfWord[i];
            freq[n] = f;
            logFreq[n] = Math.Log(f);
            if (!tagIndex.TryGetValue(t, out var id))
            {
                if (tagNames.Count == 255) throw new InvalidDataException("more than 255 distinct POS tags");
                id = (byte)tagNames.Count;
                tagIndex[t] = id;
                tagNames.Add(t);
            }
            tag[n] = id;
        }
        return new WordDictionary(trie, freq, logFreq, tag, tagNames.ToArray(), total, words.Length);
    }

    public void Write(BinaryWriter w)
    {
        w.Write(Magic);
        w.Write(FormatVersion);
        w.Write(Total);
        w.Write(WordCount);
        w.Write(Trie.NodeCount);
        BinaryIO.WriteArray(w, Trie.FirstChild);
        BinaryIO.WriteArray(w, Trie.Label);
        BinaryIO.WriteArray(w, Freq);
        BinaryIO.WriteArray(w, LogFreq);
        BinaryIO.WriteArray(w, Tag);
        w.Write(TagNames.Length);
        foreach (var t in TagNames) w.Write(t);
    }

    public static WordDictionary Read(BinaryReader r, string sourceName)
    {
        if (r.ReadUInt32() != Magic || r.ReadInt32() != FormatVersion)
            throw new InvalidDataException($"{sourceName}: not a compiled dictionary of this version");
        long total = r.ReadInt64();
        int wordCount = r.ReadInt32();
        int nodes = r.ReadInt32();
        var firstChild = BinaryIO.ReadArray<int>(r, nodes + 1);
        var label = BinaryIO.ReadArray<char>(r, nodes);
        var freq = BinaryIO.ReadArray<int>(r, nodes);
        var logFreq = BinaryIO.ReadArray<double>(r, nodes);
        var tag = BinaryIO.ReadArray<byte>(r, nodes);
        var tagNames = new string[r.ReadInt32()];
        for (int i = 0; i < tagNames.Length; i++) tagNames[i] = r.ReadString();
        return new WordDictionary(new PrefixTrie(firstChild, label), freq, logFreq, tag, tagNames, total, wordCount);
    }
}

/// <summary>Bulk little-endian array I/O: one read per array instead of one per element.</summary>
internal static class BinaryIO
{
    public static void WriteArray<T>(BinaryWriter w, T[] values) where T : unmanaged
    {
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("big-endian hosts are not supported");
        w.Write(MemoryMarshal.AsBytes(values.AsSpan()));
    }

    public static T[] ReadArray<T>(BinaryReader r, int count) where T : unmanaged
    {
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("big-endian hosts are not supported");
        var values = GC.AllocateUninitializedArray<T>(count);
        r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }

    public static UTF8Encoding Utf8 { get; } = new(false);
}
