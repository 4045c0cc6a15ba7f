using PolicyExtract.Segmentation.Dictionary;

namespace PolicyExtract.Segmentation.Keywords;

/// <summary>
/// jieba's extract_tags: precise-mode words of at least two characters that are not stop words, weighted
/// by term frequency times IDF (the median IDF for words the table lacks), highest first; equal weights
/// keep the order of first appearance.
/// </summary>
public sealed class TfIdfKeywords
{
    private readonly ISegmenter _segmenter;
    private readonly IdfTable _idf;

    internal TfIdfKeywords(ISegmenter segmenter, IdfTable idf)
    {
        _segmenter = segmenter;
        _idf = idf;
    }

    /// <summary>True when the IDF table is loaded (false: weights are term frequencies).</summary>
    public bool HasIdf => _idf.Trie.NodeCount > 1;

    public IReadOnlyList<(string Word, double Weight)> Extract(string text, int topK = 20)
    {
        var tokens = _segmenter.Segment(text);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var t in tokens)
        {
            var w = t.Text;
            if (w.AsSpan().Trim().Length < 2 || _idf.StopWords.Contains(w.ToLowerInvariant()))
                continue;
            if (counts.TryGetValue(w, out int c)) counts[w] = c + 1;
            else
            {
                counts[w] = 1;
                order.Add(w);
            }
        }
        double total = 0;
        foreach (var c in counts.Values) total += c;
        double median = HasIdf ? _idf.Median : 1;
        // count * (idf / total), in the order jieba multiplies.
        var weighted = order.Select(w => (Word: w, Weight: counts[w] * ((HasIdf ? _idf.Lookup(w) ?? median : 1) / total))).ToList();
        // OrderByDescending is stable: ties stay in order of first appearance, as Python's sorted() does.
        return weighted.OrderByDescending(x => x.Weight).Take(topK).ToList();
    }
}
