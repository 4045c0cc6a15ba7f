namespace PolicyExtract.Pipeline;

/// <summary>
/// One of <see cref="Count"/> disjoint slices of an input list (<c>--shard K/N</c>, K counted from 1). The list is
/// sorted by path (ordinal) before slicing and shard K takes positions K-1, K-1+N, K-1+2N, …, so every machine that
/// sees the same set of paths, in whatever order, picks the same files, and the N shards together take each file once.
/// </summary>
public readonly record struct Shard(int Number, int Count)
{
    /// <summary>Parses "K/N" with 1 ≤ K ≤ N.</summary>
    public static bool TryParse(string text, out Shard shard, out string error)
    {
        shard = default;
        var parts = text.Split('/');
        if (parts.Length != 2
            || !int.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int k)
            || !int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n))
        {
            error = $"--shard expects K/N (for example 3/8), not '{text}'";
            return false;
        }
        if (n < 1 || k < 1 || k > n)
        {
            error = $"--shard {text}: K must be between 1 and N, and N at least 1";
            return false;
        }
        shard = new Shard(k, n);
        error = "";
        return true;
    }

    /// <summary>This shard's inputs, in sorted path order.</summary>
    public IReadOnlyList<InputItem> Select(IEnumerable<InputItem> items)
    {
        var sorted = items.OrderBy(i => i.Path, StringComparer.Ordinal).ToList();
        var mine = new List<InputItem>(sorted.Count / Count + 1);
        for (int i = Number - 1; i < sorted.Count; i += Count)
            mine.Add(sorted[i]);
        return mine;
    }

    public override string ToString() => $"{Number}/{Count}";
}
