namespace PolicyExtract.Segmentation;

/// <summary>
/// The character classes of Python jieba's pre-split regular expressions, as table look-ups instead of
/// regexes (no regex engine is started, and no substring is cut to test a class):
/// re_han_default <c>[\u4E00-\u9FD5a-zA-Z0-9+#&amp;\._%\-]</c>, re_skip_default <c>\r\n|\s</c>,
/// the HMM's re_han <c>[\u4E00-\u9FD5]</c>, re_eng <c>[a-zA-Z0-9]</c> and full mode's <c>[a-zA-Z0-9+#]</c>.
/// </summary>
internal static class CharClass
{
    private static readonly bool[] AsciiBlock = BuildAsciiBlock();

    private static bool[] BuildAsciiBlock()
    {
        var t = new bool[128];
        for (char c = 'a'; c <= 'z'; c++) t[c] = true;
        for (char c = 'A'; c <= 'Z'; c++) t[c] = true;
        for (char c = '0'; c <= '9'; c++) t[c] = true;
        foreach (char c in "+#&._%-") t[c] = true;
        return t;
    }

    /// <summary>The CJK range jieba calls Han: U+4E00..U+9FD5.</summary>
    public static bool IsHan(char c) => c >= '\u4E00' && c <= '\u9FD5';

    /// <summary>re_han_default: what goes into a dictionary block in precise and search mode.</summary>
    public static bool IsBlock(char c) => c < 128 ? AsciiBlock[c] : IsHan(c);

    /// <summary>[a-zA-Z0-9]</summary>
    public static bool IsAsciiAlnum(char c) => (uint)(c - '0') <= 9 || (uint)((c | 0x20) - 'a') <= 25;

    public static bool IsAsciiDigit(char c) => (uint)(c - '0') <= 9;

    /// <summary>Full mode keeps runs of [a-zA-Z0-9+#] whole.</summary>
    public static bool IsFullModeLatin(char c) => IsAsciiAlnum(c) || c == '+' || c == '#';

    /// <summary>Python's <c>\s</c> for str patterns (str.isspace): ASCII \t\n\v\f\r, \x1c-\x1f, space, and the Unicode spaces.</summary>
    public static bool IsSpace(char c)
    {
        if (c < 128) return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\x1c' && c <= '\x1f');
        return c switch
        {
            '\u0085' or '\u00A0' or '\u1680' or '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000' => true,
            >= '\u2000' and <= '\u200A' => true,
            _ => false,
        };
    }
}
