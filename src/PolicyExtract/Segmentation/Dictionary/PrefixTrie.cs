namespace PolicyExtract.Segmentation.Dictionary;

/// <summary>
/// An immutable character trie laid out breadth-first in flat arrays: the children of node i are the
/// nodes FirstChild[i] .. FirstChild[i+1]-1, sorted by label, so a child step is a short binary search
/// and the whole structure is three arrays that load with one read each (no per-node objects).
/// Node 0 is the root; a direct 64K table replaces the root's (large) child range.
/// </summary>
internal sealed class PrefixTrie
{
    private readonly int[] _firstChild;   // length NodeCount + 1
    private readonly char[] _label;       // length NodeCount
    private readonly int[] _rootChild;    // 65536 entries, 0 = no child

    public PrefixTrie(int[] firstChild, char[] label)
    {
        _firstChild = firstChild;
        _label = label;
        _rootChild = new int[65536];
        for (int n = _firstChild[0]; n < _firstChild[1]; n++)
            _rootChild[_label[n]] = n;
    }

    public int NodeCount => _label.Length;

    internal int[] FirstChild => _firstChild;

    internal char[] Label => _label;

    /// <summary>The child of the root for <paramref name="c"/>, or 0.</summary>
    public int Root(char c) => _rootChild[c];

    /// <summary>The child of <paramref name="node"/> labelled <paramref name="c"/>, or 0 when there is none.</summary>
    public int Child(int node, char c)
    {
        if (node == 0)
            return _rootChild[c];
        return ChildIn(_label, _firstChild[node], _firstChild[node + 1] - 1, c);
    }

    /// <summary>
    /// The index in <paramref name="labels"/>[lo..hi] (sorted, the children of one node) of <paramref name="c"/>, or 0: the
    /// child step of both trie layouts.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static int ChildIn(char[] labels, int lo, int hi, char c)
    {
        // Most inner nodes have a handful of children: a linear scan beats binary search there.
        if (hi - lo < 8)
        {
            for (int i = lo; i <= hi; i++)
            {
                char l = labels[i];
                if (l == c) return i;
                if (l > c) return 0;
            }
            return 0;
        }
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            char l = labels[mid];
            if (l == c) return mid;
            if (l < c) lo = mid + 1; else hi = mid - 1;
        }
        return 0;
    }

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

    /// <summary>
    /// Builds the trie over <paramref name="sortedWords"/> (ordinal order, no duplicates, no empty word) and
    /// returns, for each word, the node it ends at.
    /// </summary>
    public static PrefixTrie Build(IReadOnlyList<string> sortedWords, out int[] nodeOfWord)
    {
        nodeOfWord = new int[sortedWords.Count];
        var firstChild = new List<int>();
        var label = new List<char> { '\0' };
        // Breadth-first over ranges of words sharing a prefix of length Depth: the queue order is the node order.
        var queue = new Queue<(int Lo, int Hi, int Depth)>();
        queue.Enqueue((0, sortedWords.Count, 0));
        int node = 0;
        while (queue.Count > 0)
        {
            var (lo, hi, depth) = queue.Dequeue();
            firstChild.Add(label.Count);
            int i = lo;
            if (i < hi && sortedWords[i].Length == depth)
            {
                // A word equal to the prefix sorts first in its range.
                nodeOfWord[i] = node;
                i++;
            }
            while (i < hi)
            {
                char c = sortedWords[i][depth];
                int j = i + 1;
                while (j < hi && sortedWords[j][depth] == c) j++;
                label.Add(c);
                queue.Enqueue((i, j, depth + 1));
                i = j;
            }
            node++;
        }
        firstChild.Add(label.Count);
        return new PrefixTrie(firstChild.ToArray(), label.ToArray());
    }
}
