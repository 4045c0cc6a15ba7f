using System.Text.RegularExpressions;

namespace PolicyExtract.Pipeline;

/// <summary>One input the user named, resolved to a file, or the reason it could not be.</summary>
public sealed record InputItem(string Path, string? Error);

/// <summary>Turns the inputs on a command line (files, directories, glob patterns) into a sorted list of files.</summary>
public static class InputExpander
{
    /// <summary>Extensions picked up when walking a directory; files named explicitly are always taken.</summary>
    public static readonly IReadOnlySet<string> DocumentExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ".txt", ".text", ".htm", ".html", ".shtml", ".xhtml", ".docx", ".doc", ".wps", ".pdf", ".rtf", ".mht", ".mhtml",
    };

    public static IReadOnlyList<InputItem> Expand(IEnumerable<string> inputs)
    {
        var items = new List<InputItem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(InputItem item)
        {
            if (item.Error is not null || seen.Add(Path.GetFullPath(item.Path)))
                items.Add(item);
        }

        foreach (var input in inputs)
        {
            if (File.Exists(input))
                Add(new InputItem(input, null));
            else if (Directory.Exists(input))
            {
                var files = Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories)
                    .Where(f => DocumentExtensions.Contains(Path.GetExtension(f)))
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (files.Count == 0)
                    Add(new InputItem(input, "directory contains no readable document files"));
                foreach (var f in files)
                    Add(new InputItem(f, null));
            }
            else if (input.IndexOfAny(['*', '?', '[']) >= 0)
            {
                var files = Glob(input);
                if (files.Count == 0)
                    Add(new InputItem(input, "pattern matches no files"));
                foreach (var f in files)
                    Add(new InputItem(f, null));
            }
            else
                Add(new InputItem(input, "no such file or directory"));
        }
        return items;
    }

    /// <summary>Expands a glob with *, ?, [...] and ** (any number of directories).</summary>
    public static IReadOnlyList<string> Glob(string pattern)
    {
        var normalized = pattern.Replace('\\', '/');
        int firstWild = normalized.IndexOfAny(['*', '?', '[']);
        int baseEnd = normalized.LastIndexOf('/', firstWild < 0 ? normalized.Length - 1 : firstWild);
        string baseDir = baseEnd < 0 ? "." : (baseEnd == 0 ? "/" : normalized[..baseEnd]);
        string rest = baseEnd < 0 ? normalized : normalized[(baseEnd + 1)..];
        if (!Directory.Exists(baseDir))
            return [];
        var regex = new Regex("^" + GlobToRegex(rest) + "$", RegexOptions.CultureInvariant);
        var prefix = baseEnd < 0 ? "" : baseDir.TrimEnd('/') + "/";
        return Directory.EnumerateFiles(baseDir, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(baseDir, f).Replace('\\', '/'))
            .Where(rel => regex.IsMatch(rel))
            .Select(rel => prefix + rel)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static string GlobToRegex(string glob)
    {
        var sb = new System.Text.StringBuilder();
        for (int i = 0; i < glob.Length; i++)
        {
            char c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                // "**/" matches zero or more directories.
                bool slash = i + 2 < glob.Length && glob[i + 2] == '/';
                sb.Append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            }
            else if (c == '*') sb.Append("[^/]*");
            else if (c == '?') sb.Append("[^/]");
            else if (c == '[')
            {
                int close = glob.IndexOf(']', i + 1);
                if (close < 0) { sb.Append("\\["); continue; }
                sb.Append('[').Append(glob[(i + 1)..close].Replace("\\", "\\\\")).Append(']');
                i = close;
            }
            else sb.Append(Regex.Escape(c.ToString()));
        }
        return sb.ToString();
    }
}
