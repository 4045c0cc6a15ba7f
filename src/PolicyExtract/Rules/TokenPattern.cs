using System.Text.RegularExpressions;
using PolicyExtract.Model;
using PolicyExtract.Segmentation;

namespace PolicyExtract.Rules;

/// <summary>One position of a token pattern: what the token's text and tag must be, how often, and a capture name.</summary>
public sealed record TokenConstraint(Regex? Word, Regex? Tag, char Repeat, string? Name)
{
    public bool Accepts(in Token t) =>
        (Word is null || Word.IsMatch(t.Text)) && (Tag is null || (t.Tag is not null && Tag.IsMatch(t.Tag)));
}

/// <summary>
/// A sequence of token constraints matched over the segmenter's tokens (whitespace tokens skipped).
/// Repeats: '1' exactly once, '?' optional, '+' one or more, '*' any; repeats are greedy with backtracking.
/// </summary>
public sealed class TokenPattern(IReadOnlyList<TokenConstraint> constraints)
{
    public IReadOnlyList<TokenConstraint> Constraints { get; } = constraints;

    /// <summary>Non-overlapping matches, left to right, as spans into the text the tokens came from, with named captures.</summary>
    public IEnumerable<(TextSpan Span, Dictionary<string, TextSpan> Groups)> Match(IReadOnlyList<Token> allTokens)
    {
        var tokens = allTokens.Where(t => !string.IsNullOrWhiteSpace(t.Text)).ToArray();
        int i = 0;
        while (i < tokens.Length)
        {
            var ends = new int[Constraints.Count];
            var starts = new int[Constraints.Count];
            int end = MatchAt(tokens, i, 0, starts, ends);
            if (end > i)
            {
                var groups = new Dictionary<string, TextSpan>(StringComparer.Ordinal);
                for (int c = 0; c < Constraints.Count; c++)
                    if (Constraints[c].Name is { } name && ends[c] > starts[c])
                        groups[name] = new TextSpan(tokens[starts[c]].Start, tokens[ends[c] - 1].End);
                yield return (new TextSpan(tokens[i].Start, tokens[end - 1].End), groups);
                i = end;
            }
            else
                i++;
        }
    }

    // Returns the token index after the match of constraints[c..] starting at token i, or -1.
    private int MatchAt(Token[] tokens, int i, int c, int[] starts, int[] ends)
    {
        if (c == Constraints.Count)
            return i;
        var k = Constraints[c];
        int min = k.Repeat is '1' or '+' ? 1 : 0;
        int max = k.Repeat is '1' or '?' ? 1 : int.MaxValue;
        int n = 0;
        while (n < max && i + n < tokens.Length && k.Accepts(tokens[i + n]))
            n++;
        for (; n >= min; n--)
        {
            starts[c] = i;
            ends[c] = i + n;
            int r = MatchAt(tokens, i + n, c + 1, starts, ends);
            if (r >= 0)
                return r;
        }
        return -1;
    }
}
