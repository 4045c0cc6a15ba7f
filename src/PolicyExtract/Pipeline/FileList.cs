using System.Text;

namespace PolicyExtract.Pipeline;

/// <summary>Reads a list of input paths (<c>--files-from</c>): one per line, or NUL-separated as from <c>find -print0</c>.</summary>
public static class FileList
{
    /// <summary>
    /// Splits on NUL when the list contains one (so paths with newlines survive), otherwise on line ends (LF or CRLF).
    /// Empty entries are skipped; other whitespace is kept, because it can be part of a file name.
    /// </summary>
    public static IReadOnlyList<string> Parse(string text)
    {
        bool nul = text.Contains('\0');
        var entries = nul ? text.Split('\0') : text.Split('\n');
        var paths = new List<string>(entries.Length);
        foreach (var entry in entries)
        {
            var path = !nul && entry.EndsWith('\r') ? entry[..^1] : entry;
            if (path.Length > 0)
                paths.Add(path);
        }
        return paths;
    }

    /// <summary>Reads the whole list from a stream (stdin, say) as UTF-8.</summary>
    public static IReadOnlyList<string> Read(Stream stream)
    {
        using var reader = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        return Parse(reader.ReadToEnd());
    }
}
