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

    /// <summary>The segmenter the keywords are cut with; a caller that already holds its tokens of a text can pass them instead.</summary>
    public ISegmenter Segmenter => _segmenter;

    public IReadOnlyList<(string Word, double Weight)> Extract(string text, int topK = 20) =>
        Extract(_segmenter.Segment(text), topK);

    /// <summary>As <see cref="Extract(string, int)"/>, over the precise-mode tokens of the text (cut by <see cref="Segmenter"/>).</summary>
    public IReadOnlyList<(string Word, double Weight)> Extract(IReadOnlyList<Token> tokens, int topK = 20)
    {
        // Count every candidate first and decide stop words once per distinct word: the check lower-cases the word,
        // which is as costly as the rest of the step when done for every token. Dropping the stop words afterwards
        // keeps the counts and the order of first appearance of the others unchanged.
        // Sized for the distinct words of a document of this length, so the table is not rehashed as it fills.
        int expected = Math.Min(tokens.Count / 3 + 16, 1 << 14);
        var counts = new Dictionary<string, int>(expected, StringComparer.Ordinal);
        var order = new List<string>(expected);
        for (int i = 0; i < tokens.Count; i++)
        {
            var w = tokens[i].Text;
            if (w.AsSpan().Trim().Length < 2)
                continue;
            ref int c = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, w, out bool exists);
            c++;
            if (!exists) order.Add(w);
        }
        // Stop words out, once per distinct word, in order of first appearance; the total counts only the words kept.
        var stopWords = _idf.StopWords;
        var kept = new List<(string Word, int Count)>(order.Count);
        double total = 0;
        foreach (var w in order)
        {
            if (stopWords.Count > 0 && stopWords.Contains(LowerInvariant(w)))
                continue;
            int c = counts[w];
            kept.Add((w, c));
            total += c;
        }
        if (kept.Count == 0 || topK <= 0)
            return [];
        bool hasIdf = HasIdf;
        double median = hasIdf ? _idf.Median : 1;
        // The best topK by weight, count * (idf / total) in the order jieba multiplies; among equal weights the earlier
        // word first (Python's sorted() is stable). Words come in order of first appearance, so a word enters after the
        // equal weights already held: one pass with a small sorted buffer instead of sorting every distinct word.
        int size = Math.Min(topK, kept.Count);
        var best = new (string Word, double Weight)[size];
        int held = 0;
        // No word weighs more than its count times the largest IDF: once the buffer is full, a word whose bound does not
        // beat the lightest held is passed over without looking its IDF up (most words occur once, and the lookup is
        // the costly step).
        double maxIdf = hasIdf ? _idf.Max : 1;
        foreach (var (w, c) in kept)
        {
            if (held == size && !(c * (maxIdf / total) > best[held - 1].Weight))
                continue;
            double weight = c * ((hasIdf ? _idf.Lookup(w) ?? median : 1) / total);
            if (held == size && !(weight > best[held - 1].Weight))
                continue;
            // Shift the lighter ones down by one (the last falls off when the buffer is full) and put the word in its place.
            int at = held < size ? held++ : size - 1;
            while (at > 0 && weight > best[at - 1].Weight)
            {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = (w, weight);
        }
        // size is at most the number of words, so every slot has been filled.
        return best;
    }

    /// <summary><see cref="string.ToLowerInvariant()"/>, without the call for words of Han characters and ASCII lower case (no case to change).</summary>
    private static string LowerInvariant(string w)
    {
        foreach (char c in w)
            if (!(c is >= '\u4E00' and <= '\u9FFF' || c < 0x80 && c is not (>= 'A' and <= 'Z')))
                return w.ToLowerInvariant();
        return w;
    }
}
