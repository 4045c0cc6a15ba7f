namespace PolicyExtract.Segmentation;

/// <summary>How text is cut into words.</summary>
public enum SegmentMode
{
    /// <summary>The most probable single segmentation (jieba's default).</summary>
    Precise,

    /// <summary>Every dictionary word found at every position.</summary>
    Full,

    /// <summary>Precise, plus the shorter dictionary words inside long words (for indexing).</summary>
    Search,
}

/// <summary>
/// A word with its span [Start, End) into the segmented text and its part-of-speech tag: the dictionary's
/// tag for a dictionary word, else "x" (no Latin letter or digit), "m" (digits) or "eng".
/// </summary>
public readonly record struct Token(string Text, int Start, int End, string? Tag);

/// <summary>Cuts Chinese text into words. Implementations are immutable after construction and safe to share across threads.</summary>
public interface ISegmenter
{
    /// <summary>Segments <paramref name="text"/>; every token's span points into it and the spans cover it without gaps.</summary>
    IReadOnlyList<Token> Segment(string text, SegmentMode mode = SegmentMode.Precise, bool hmm = true);

    /// <summary>
    /// Segments <paramref name="text"/>[start, end) and appends the tokens to <paramref name="output"/>;
    /// spans are offsets into the whole of <paramref name="text"/>. In precise mode they cover the range
    /// without gaps or overlaps; full and search modes add overlapping words.
    /// </summary>
    void Segment(string text, int start, int end, List<Token> output, SegmentMode mode = SegmentMode.Precise, bool hmm = true);
}
