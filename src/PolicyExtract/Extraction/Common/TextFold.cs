namespace PolicyExtract.Extraction.Common;

/// <summary>Text helpers shared by extractors.</summary>
public static partial class TextFold
{
    /// <summary>The matching form of a text (full-width folded), same length.</summary>
    public static string Fold(string s) => DocumentView.Fold(s);

    [System.Text.RegularExpressions.GeneratedRegex(@"\s+")]
    private static partial System.Text.RegularExpressions.Regex WhiteSpace { get; }

    /// <summary>
    /// A table header cell as compared with the rules' header words: folded, all white space removed (letter-spaced headers
    /// such as 主　　要　　任　　务 become 主要任务).
    /// </summary>
    public static string HeaderForm(string s) => WhiteSpace.Replace(Fold(s), "");

    /// <summary>Removes layout spaces: runs of spaces between Chinese characters and the spaces of letter-spaced words.</summary>
    public static string Squash(string s)
    {
        var sb = new System.Text.StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsWhiteSpace(c))
            {
                int j = i;
                while (j < s.Length && char.IsWhiteSpace(s[j])) j++;
                bool cjkBefore = sb.Length > 0 && IsCjk(sb[^1]);
                bool cjkAfter = j < s.Length && IsCjk(s[j]);
                // A single space is kept (it separates joint issuers, or a bracket from a word); a run of spaces between
                // Chinese is layout, and so is a space inside a letter-spaced word (行 动 计 划).
                bool single = j - i == 1 && s[i] == ' ';
                bool letterSpaced = cjkBefore && cjkAfter && (j + 1 >= s.Length || char.IsWhiteSpace(s[j + 1]) || (sb.Length < 2 || char.IsWhiteSpace(sb[^2])));
                if (sb.Length > 0 && j < s.Length && (!(cjkBefore && cjkAfter) || (single && !letterSpaced)))
                    sb.Append(' ');
                i = j - 1;
                continue;
            }
            sb.Append(c);
        }
        return sb.ToString();
    }

    public static bool IsCjk(char c) => c is >= '\u3400' and <= '\u9fff' or '“' or '”' or '《' or '》' or '、' or '，' or '。';
}
