namespace PolicyExtract.Segmentation;

/// <summary>One line of a user dictionary: a word, and optionally its frequency and POS tag.</summary>
public sealed record UserEntry(string Word, int? Freq, string? Tag);

/// <summary>Reads jieba user dictionaries: one <c>word [freq] [tag]</c> per line, UTF-8.</summary>
public static class UserLexicon
{
    /// <summary>
    /// Parses the way Python jieba's load_userdict does (<c>^(.+?)( [0-9]+)?( [a-z]+)?$</c> on the stripped
    /// line): the tag is a trailing run of lower-case letters, the frequency a trailing run of digits, each
    /// after a single space; everything before is the word, spaces included. Blank lines and lines starting
    /// with '#' are skipped (the project's own files use them for comments).
    /// </summary>
    public static List<UserEntry> Parse(TextReader reader)
    {
        var entries = new List<UserEntry>();
        string? line;
        bool first = true;
        while ((line = reader.ReadLine()) is not null)
        {
            if (first) line = line.TrimStart('\uFEFF');
            first = false;
            line = line.Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            entries.Add(ParseLine(line));
        }
        return entries;
    }

    public static List<UserEntry> Load(string path)
    {
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8);
        return Parse(reader);
    }

    internal static UserEntry ParseLine(string line)
    {
        string word = line;
        string? tag = null;
        int? freq = null;
        int sp = word.LastIndexOf(' ');
        if (sp > 0 && IsAll(word.AsSpan(sp + 1), static c => c is >= 'a' and <= 'z'))
        {
            tag = word[(sp + 1)..];
            word = word[..sp];
            sp = word.LastIndexOf(' ');
        }
        if (sp > 0 && IsAll(word.AsSpan(sp + 1), static c => c is >= '0' and <= '9')
            && int.TryParse(word.AsSpan(sp + 1), out int f))
        {
            freq = f;
            word = word[..sp];
        }
        return new UserEntry(word, freq, tag);
    }

    private static bool IsAll(ReadOnlySpan<char> s, Func<char, bool> pred)
    {
        if (s.IsEmpty) return false;
        foreach (char c in s)
            if (!pred(c)) return false;
        return true;
    }
}
