using System.Text.RegularExpressions;
using HtmlAgilityPack;

namespace PolicyExtract.Readers.Html;

/// <summary>
/// Finds the element holding a page's main content by where its prose is. Each element's weight is the prose it
/// holds: Han characters, letters and digits outside links, with a bonus for sentence punctuation (navigation and
/// footers are mostly links and have no commas). Starting from the body, the walk steps down into the child holding
/// most of the current element's weight (at least <see cref="Dominance"/>) and stops where the prose is spread over
/// several children: that element is the article. Class and id names that say content (content, article, zoom,
/// TRS_Editor…) or chrome (nav, footer, share…) nudge the weights, but a page without them is handled the same way.
/// </summary>
internal static partial class ContentFinder
{
    /// <summary>Share of the weight a child must hold for the walk to step into it.</summary>
    public const double Dominance = 0.7;

    public static HtmlNode FindMain(HtmlNode root, HashSet<HtmlNode> excluded)
    {
        var weights = new Dictionary<HtmlNode, double>();
        Weigh(root, excluded, weights, inLink: false);
        var current = root;
        while (true)
        {
            double total = weights.GetValueOrDefault(current);
            if (total <= 0) break;
            HtmlNode? best = null;
            double bestWeight = 0;
            foreach (var child in current.ChildNodes)
            {
                if (child.NodeType != HtmlNodeType.Element) continue;
                double w = weights.GetValueOrDefault(child) * Hint(child);
                if (w > bestWeight) { best = child; bestWeight = w; }
            }
            if (best is null || bestWeight < Dominance * total) break;
            // Paragraphs are content, not containers; and a table without nested tables is a data table (or a
            // small layout table) whose caption and headings live beside it, so the walk stops above it.
            // A list is content too: a page of work points is one list between its preamble and its signature.
            if (best.Name is "p" or "li" or "h1" or "h2" or "h3" or "ol" or "ul" or "dl") break;
            if (best.Name == "table" && !best.Descendants("table").Any()) break;
            current = best;
        }
        return current;
    }

    private static double Weigh(HtmlNode node, HashSet<HtmlNode> excluded, Dictionary<HtmlNode, double> weights, bool inLink)
    {
        if (excluded.Contains(node)) return 0;
        if (node.NodeType == HtmlNodeType.Text)
            return inLink ? 0 : Prose(((HtmlTextNode)node).Text);
        if (node.NodeType != HtmlNodeType.Element && node.NodeType != HtmlNodeType.Document) return 0;
        bool link = inLink || node.Name == "a";
        double sum = 0;
        foreach (var c in node.ChildNodes)
            sum += Weigh(c, excluded, weights, link);
        weights[node] = sum;
        return sum;
    }

    private static double Prose(string text)
    {
        double w = 0;
        foreach (var c in HtmlEntity.DeEntitize(text) ?? "")
        {
            if (c is '，' or '。' or '；' or '、' or ',' or ';') w += 5;
            else if (char.IsLetterOrDigit(c)) w += 1;
        }
        return w;
    }

    private static double Hint(HtmlNode n)
    {
        var names = n.GetAttributeValue("class", "") + " " + n.GetAttributeValue("id", "");
        if (names.Length <= 1) return n.Name is "article" or "main" ? 1.3 : 1;
        if (ChromeName().IsMatch(names)) return 0.5;
        if (ContentName().IsMatch(names)) return 1.3;
        return 1;
    }

    [GeneratedRegex(@"content|article|zoom|detail|TRS_?Editor|main|text|zhengwen|zw|wenzhang|view|xxgk_?con|pages?_?con|body", RegexOptions.IgnoreCase)]
    private static partial Regex ContentName();

    [GeneratedRegex(@"nav|menu|foot|header|sidebar|share|crumb|position|location|copyright|related|login|search|toolbar|banner", RegexOptions.IgnoreCase)]
    private static partial Regex ChromeName();
}

/// <summary>
/// Finds the document title: the element that reads like a title (h1–h3, or a class/id saying title), scored by
/// what a Chinese official document title looks like (it ends with 通知, 意见, 方案…, the page &lt;title&gt; contains
/// it) and by being inside or just before the main content.
/// </summary>
internal static partial class TitleFinder
{
    public static HtmlNode? Find(HtmlNode root, HtmlNode main, HashSet<HtmlNode> excluded, string pageTitle, NodeTexts texts)
    {
        HtmlNode? best = null;
        int bestScore = 0;
        // Only elements up to the end of the main content are candidates: a title never follows its text.
        var lastOfMain = main.Descendants().LastOrDefault() ?? main;
        foreach (var n in root.Descendants())
        {
            if (n == lastOfMain) break;
            if (n.NodeType != HtmlNodeType.Element || excluded.Contains(n)) continue;
            var text = texts.Of(n);
            if (text.Length is < 6 or > 150) continue;
            int score = 0;
            if (n.Name is "h1") score += 3;
            else if (n.Name is "h2" or "h3") score += 2;
            var names = n.GetAttributeValue("class", "") + " " + n.GetAttributeValue("id", "");
            if (TitleName().IsMatch(names)) score += 3;
            // A centred line ending like a title counts inside the content, and outside it too when it reads 关于…的通知
            // (old portals put the title in a table cell of its own, above the cell with the text).
            if (score == 0 && !(n.Name is "p" or "div" or "strong" or "b" or "font" or "span" && DocTypeEnding().IsMatch(text)
                    && (IsInside(n, main) || text.Contains("关于", StringComparison.Ordinal)) && IsCentered(n)))
                continue;
            if (DocTypeEnding().IsMatch(text)) score += 3;
            if (pageTitle.Length > 0 && pageTitle.Contains(text, StringComparison.Ordinal)) score += 2;
            if (IsInside(n, main)) score += 1;
            if (n.Descendants().Any(d => d.NodeType == HtmlNodeType.Element && d.Name is "p" or "table" or "li")) score -= 3;
            if (n.Ancestors().Any(a => a.Name == "a") || n.Name == "a") score -= 5;
            if (score > bestScore) { best = n; bestScore = score; }
        }
        if (best is null) return null;
        // Step down to the innermost element carrying the same text, so the block's locator is precise.
        var text0 = texts.Of(best);
        while (true)
        {
            var only = best.ChildNodes.Where(c => c.NodeType == HtmlNodeType.Element && texts.Of(c) == text0).FirstOrDefault();
            if (only is null || !HtmlReader.BlockTags.Contains(only.Name) && only.Name is not ("h1" or "h2" or "h3")) break;
            best = only;
        }
        return bestScore >= 3 ? best : null;
    }

    private static bool IsCentered(HtmlNode n)
    {
        for (var a = n; a is not null && a.Name != "body"; a = a.ParentNode)
        {
            if (a.Name == "center") return true;
            var align = a.GetAttributeValue("align", "") + a.GetAttributeValue("style", "");
            if (align.Contains("center", StringComparison.OrdinalIgnoreCase)) return true;
            if (HtmlReader.BlockTags.Contains(a.Name) && a.Name is not ("p" or "div")) break;
        }
        return false;
    }

    private static bool IsInside(HtmlNode node, HtmlNode container)
    {
        for (var n = node; n is not null; n = n.ParentNode)
            if (n == container) return true;
        return false;
    }

    [GeneratedRegex(@"title|biaoti|bt\b|tit\b|headline", RegexOptions.IgnoreCase)]
    private static partial Regex TitleName();

    [GeneratedRegex(@"(通知|意见|方案|办法|规定|决定|计划|细则|批复|公告|通告|函|报告|纲要|规划|条例|措施|指引|指南|要点|规则|请示|决议|命令|令)》?$")]
    private static partial Regex DocTypeEnding();
}
