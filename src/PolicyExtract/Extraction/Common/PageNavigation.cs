using System.Text.RegularExpressions;

namespace PolicyExtract.Extraction.Common;

/// <summary>
/// The lines a saved web page adds around a document to link to other documents: 上一篇：…, 下一篇：…, and the list under
/// 相关文件 / 相关链接 (also in brackets: 【相关阅读】). What they name (titles, numbers, years, “十四五”) belongs to those documents, not to this one.
/// </summary>
public static partial class PageNavigation
{
    /// <summary>Labels a page puts over links to other documents.</summary>
    private const string RelatedLabels = "相关文件|相关链接|相关阅读|相关新闻|相关政策|相关解读|相关稿件";

    [GeneratedRegex(@"^\s*[【\[]?\s*(?:上一篇|下一篇|上一条|下一条|" + RelatedLabels + ")", RegexOptions.CultureInvariant)]
    private static partial Regex NavigationLine { get; }

    [GeneratedRegex(@"^\s*[【\[]?\s*(?:" + RelatedLabels + @")\s*[】\]]?\s*[:：]?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex LabelAlone { get; }

    /// <summary>
    /// For each line of <paramref name="view"/>, whether it is page navigation: a line opening on 上一篇, 相关链接 …, and,
    /// under such a label standing alone on its line, the links listed after it, up to the next empty line or the first
    /// line that ends a sentence (a link is a title; a paragraph of the document ends with 。).
    /// </summary>
    public static bool[] Lines(DocumentView view)
    {
        var navigation = new bool[view.Lines.Count];
        for (int i = 0; i < view.Lines.Count; i++)
        {
            var line = view.LineMatchText(i);
            if (!NavigationLine.IsMatch(line)) continue;
            navigation[i] = true;
            if (!LabelAlone.IsMatch(line)) continue;
            for (int j = i + 1; j < view.Lines.Count; j++)
            {
                var link = view.LineText(j).AsSpan().Trim();
                if (link.Length == 0 || link[^1] is '。' or '；' or ';') break;
                navigation[i = j] = true;
            }
        }
        return navigation;
    }
}
