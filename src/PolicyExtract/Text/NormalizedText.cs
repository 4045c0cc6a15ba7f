using PolicyExtract.Model;

namespace PolicyExtract.Text;

/// <summary>
/// A text derived from a source text (characters dropped, never invented) with a map from each of its characters
/// back to the source offset it came from, so a match found here becomes a span into the source text.
/// </summary>
public sealed class NormalizedText
{
    private readonly int[] _map;

    /// <param name="text">The derived text.</param>
    /// <param name="map">Source offset of every character of <paramref name="text"/>, plus one more entry: the source offset just past the end.</param>
    public NormalizedText(string text, int[] map)
    {
        if (map.Length != text.Length + 1)
            throw new ArgumentException("the map needs one entry per character plus the end", nameof(map));
        Text = text;
        _map = map;
    }

    public string Text { get; }

    /// <summary>Source offset of the character at <paramref name="offset"/> (or of the end, for offset == Length).</summary>
    public int ToSource(int offset) => _map[offset];

    /// <summary>
    /// The source span covering a span of this text: from the source offset of its first character to just past the
    /// source offset of its last one (so dropped line breaks or spaces inside the span are covered too).
    /// </summary>
    public TextSpan ToSource(TextSpan span)
    {
        if (span.Length == 0)
            return new TextSpan(_map[span.Start], _map[span.Start]);
        return new TextSpan(_map[span.Start], _map[span.End - 1] + 1);
    }

    public override string ToString() => Text;
}
