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
    private const int FormatVersion = 2;

    private WordDictionary(NodeTrie trie, int[] freq, byte[] tag, string[] tagNames, long total, int wordCount)
    {
        Trie = trie;
        Freq = freq;
        Tag = tag;
        TagNames = tagNames;
        Total = total;
        WordCount = wordCount;
    }

    public NodeTrie Trie { get; }

    /// <summary>Per node: the word's frequency, 0 when the node is only a prefix.</summary>
    public int[] Freq { get; }

    /// <summary>Per node: index into <see cref="TagNames"/>.</summary>
    public byte[] Tag { get; }

    public string[] TagNames { get; }

    /// <summary>Sum of the frequencies of every line of the source file (duplicates counted twice, as jieba does).</summary>
    public long Total { get; }

    public int WordCount { get; }

    /// <summary>Per node (and a sentinel): child range, label and ln(freq); see <see cref="Node"/>.</summary>
    public Node[] Nodes => Trie.Nodes;

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
        int count = trie.NodeCount;
        var freq = new int[count];
        // -inf marks "not a word" (a bare prefix, or frequency 0), so the route search reads one field, not two.
        var logFreq = new double[count];
        Array.Fill(logFreq, double.NegativeInfinity);
        var tag = new byte[count];
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
        var nodes = new Node[count + 1];
        for (int i = 0; i < count; i++)
            nodes[i] = new Node(logFreq[i], trie.FirstChild[i], trie.Label[i]);
        nodes[count] = new Node(double.NegativeInfinity, trie.FirstChild[count], '\0');
        return new WordDictionary(new NodeTrie(nodes), freq, tag, tagNames.ToArray(), total, words.Length);
    }

    public void Write(BinaryWriter w)
    {
        w.Write(Magic);
        w.Write(FormatVersion);
        w.Write(Total);
        w.Write(WordCount);
        w.Write(Trie.NodeCount);
        BinaryIO.WriteArray(w, Trie.Nodes);
        BinaryIO.WriteArray(w, Freq);
        BinaryIO.WriteArray(w, Tag);
        w.Write(TagNames.Length);
        foreach (var t in TagNames) w.Write(t);
    }

    public static WordDictionary Read(BinaryReader r, string sourceName)
    {
        if (r.ReadUInt32() != Magic || r.ReadInt32() != FormatVersion)
            throw new InvalidDataException($"{sourceName}: not a compiled dictionary of this version (rebuild to recompile it)");
        long total = r.ReadInt64();
        int wordCount = r.ReadInt32();
        int count = r.ReadInt32();
        // The node records are stored as they sit in memory: loading is one read, with nothing to rebuild.
        var nodes = BinaryIO.ReadArray<Node>(r, count + 1);
        var freq = BinaryIO.ReadArray<int>(r, count);
        var tag = BinaryIO.ReadArray<byte>(r, count);
        var tagNames = new string[r.ReadInt32()];
        for (int i = 0; i < tagNames.Length; i++) tagNames[i] = r.ReadString();
        return new WordDictionary(new NodeTrie(nodes), freq, tag, tagNames, total, wordCount);
    }
}

/// <summary>
/// One trie node as the route search reads it: per character it needs a node's child range, the children's
/// labels and the found child's log frequency; kept together in a 16-byte record that is about one cache
/// miss per step instead of three for separate arrays.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal readonly record struct Node(double LogFreq, int FirstChild, char Label);

/// <summary>
/// The compiled dictionary's trie over <see cref="Node"/> records in breadth-first order: the children of
/// node i are Nodes[i].FirstChild .. Nodes[i+1].FirstChild-1, sorted by label (the last record is a sentinel).
/// Node 0 is the root, whose children are also indexed by a direct 64K table.
/// </summary>
internal sealed class NodeTrie
{
    private readonly int[] _rootChild = new int[65536];

    public NodeTrie(Node[] nodes)
    {
        Nodes = nodes;
        Labels = new char[nodes.Length];
        for (int n = 0; n < nodes.Length; n++)
            Labels[n] = nodes[n].Label;
        for (int n = nodes[0].FirstChild; n < nodes[1].FirstChild; n++)
            _rootChild[nodes[n].Label] = n;
    }

    public Node[] Nodes { get; }

    /// <summary>
    /// Each node's label again, packed: a search among a node's children reads 2 bytes a child instead of a 16-byte
    /// record, so the children of a busy node (the hundreds after 中 or 发) lie in a few cache lines.
    /// </summary>
    public char[] Labels { get; }

    public int NodeCount => Nodes.Length - 1;

    public int Root(char c) => _rootChild[c];

    /// <summary>The child of <paramref name="node"/> labelled <paramref name="c"/>, or 0.</summary>
    public int Child(int node, char c) => node == 0 ? _rootChild[c] : Child(Nodes, Labels, node, c);

    /// <summary>The child of a non-root <paramref name="node"/>, over the arrays directly (the hot loop's form).</summary>
    public static int Child(Node[] nodes, char[] labels, int node, char c) =>
        PrefixTrie.ChildIn(labels, nodes[node].FirstChild, nodes[node + 1].FirstChild - 1, c);

    /// <summary>The node reached by the whole of <paramref name="key"/>, or 0.</summary>
    public int Find(ReadOnlySpan<char> key)
    {
        int node = 0;
        foreach (char c in key)
        {
            node = Child(node, c);
            if (node == 0) return 0;
        }
        return node;
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
