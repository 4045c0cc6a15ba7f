namespace PolicyExtract.Segmentation.Dictionary;

/// <summary>
/// Words added on top of the compiled dictionary (user dictionaries, the project lexicon), as a small trie
/// of their own that the route search walks in step with the main one. Per node: the user frequency, or -1
/// where the node is only a prefix; a user frequency replaces the dictionary's, and 0 forces the word apart.
/// </summary>
internal sealed class UserWords
{
    private UserWords(PrefixTrie trie, int[] freq, double[] logFreq, string?[] tag, int count)
    {
        Trie = trie;
        Freq = freq;
        LogFreq = logFreq;
        Tag = tag;
        Count = count;
    }

    public PrefixTrie Trie { get; }

    public int[] Freq { get; }

    public double[] LogFreq { get; }

    public string?[] Tag { get; }

    public int Count { get; }

    public static UserWords Build(IReadOnlyDictionary<string, (int Freq, string? Tag)> words)
    {
        var sorted = words.Keys.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        var trie = PrefixTrie.Build(sorted, out var nodeOfWord);
        var freq = new int[trie.NodeCount];
        Array.Fill(freq, -1);
        var logFreq = new double[trie.NodeCount];
        var tag = new string?[trie.NodeCount];
        for (int i = 0; i < sorted.Length; i++)
        {
            var (f, t) = words[sorted[i]];
            int n = nodeOfWord[i];
            freq[n] = f;
            logFreq[n] = Math.Log(f);
            tag[n] = t;
        }
        return new UserWords(trie, freq, logFreq, tag, sorted.Length);
    }
}
