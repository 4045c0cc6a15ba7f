using System.Text.RegularExpressions;
using PolicyExtract.Extraction.Common;
using PolicyExtract.Model;

namespace PolicyExtract.Extraction.Titles;

/// <summary>
/// The document's title: a title block from the reader, else the first run of up to four consecutive short lines near the
/// top that reads as a title (关于…的通知/意见/方案…), joined across lines; else the metadata title; else, for a page
/// whose body does not print it, the ArticleTitle tag or the page title before the column and site names.
/// </summary>
public sealed partial class TitleExtractor : IExtractor
{
    [GeneratedRegex("(?:通知|意见|方案|办法|规定|决定|计划|规划|纲要|细则|批复|函|公告|通告|通报|报告|指引|措施|要点|清单|标准|条例|实施意见|行动计划|工作方案|指导意见|若干措施|复函|决议|公报|指南)(?:\\s*[(（][^()（）]{0,20}[)）])?$", RegexOptions.CultureInvariant)]
    private static partial Regex TitleEnd { get; }
    [GeneratedRegex("索引号|发布机构|发文机关|文件编号|发文字号|生成日期|发布日期|公开日期|成文日期|主题分类|当前位置|您的位置|内容概述|效力状况|来源[:：]|浏览次数|字体|文字大小|首页\\s*[>›»]|[>›»]\\s*正文|上一篇|下一篇|上一条|下一条|打印本页|关闭窗口|相关链接|相关文件\\s*[:：]|关\\s*键\\s*[词字]\\s*[:：]|主\\s*题\\s*词\\s*[:：]|信息名称\\s*[:：]|信息分类\\s*[:：]"
        // A letter-spaced label (关 键 词：…, 文　　号：…) is a field of a page's metadata block, never a title's first line.
        + @"|^\s*[\u3400-\u9fff](?:[ \t\u3000]+[\u3400-\u9fff]){1,4}\s*[:：]", RegexOptions.CultureInvariant)]
    private static partial Regex MetadataLike { get; }

    /// <summary>How the title of a policy interpretation ends: 》政策解读, 》的解读, 》解读.</summary>
    private const string InterpretationEnd = @"》\s*(?:的)?(?:政策)?解读$";

    /// <summary>The heading of a policy interpretation: 《…》政策解读, 关于《…》的解读, 《…》解读.</summary>
    [GeneratedRegex(@"^(?:关于)?《[^《》]+" + InterpretationEnd, RegexOptions.CultureInvariant)]
    private static partial Regex InterpretationTitle { get; }

    [GeneratedRegex(InterpretationEnd, RegexOptions.CultureInvariant)]
    private static partial Regex InterpretationEnding { get; }

    /// <summary>True when a title reads as the interpretation of a document (…《…》政策解读, 关于《…》的解读).</summary>
    internal static bool ReadsAsInterpretation(string? title) => title is { } t && InterpretationEnding.IsMatch(t.TrimEnd());

    [GeneratedRegex(@"^附\s*件\s*\d*\s*(?:[:：].*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex AttachmentLabel { get; }
    [GeneratedRegex(@"^\s*(?:标\s*题|名\s*称|文件名称|文件标题)\s*[:：]\s*(?<t>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex TitleLabel { get; }
    [GeneratedRegex(@"(?:文件|简报|通报|公报)$", RegexOptions.CultureInvariant)]
    private static partial Regex RedHeader { get; }

    [GeneratedRegex(@"(?:19|20)\d{2}\s*年", RegexOptions.CultureInvariant)]
    private static partial Regex YearIn { get; }
    [GeneratedRegex(@"[ \t\u3000]*\r?\n[ \t\u3000]*", RegexOptions.CultureInvariant)]
    private static partial Regex LineBreak { get; }

    public string Name => "title";

    public void Extract(ExtractionContext context)
    {
        var doc = context.Document;
        var titleBlock = doc.Blocks.FirstOrDefault(b => b.Kind == BlockKind.Title);
        if (titleBlock is not null && TitleEnd.IsMatch(doc.Slice(titleBlock.Span).Trim()))
        {
            Set(context, titleBlock.Span);
            return;
        }
        var view = context.View;
        int limit = Math.Min(view.Lines.Count, 80);
        // A title printed with its label (标题：…) in the page text.
        for (int i = 0; i < limit; i++)
        {
            var m = TitleLabel.Match(view.LineText(i));
            if (m.Success && TitleEnd.IsMatch(TextFold.Fold(m.Groups["t"].Value).Trim()))
            {
                var g = m.Groups["t"];
                var text = g.Value.TrimEnd();
                Set(context, new TextSpan(view.Lines[i].Start + g.Index, view.Lines[i].Start + g.Index + text.Length));
                return;
            }
        }
        bool NotTitle(int line, string folded) =>
            folded.Length == 0 || (folded.Length > 80 && !LongTitle(folded)) || MetadataLike.IsMatch(folded) || AttachmentLabel.IsMatch(folded)
            // A red header names a series (某某市人民政府通报); a title about something (关于…的通报) is no header.
            // A bulletin of a year (孝感市2023年国民经济和社会发展统计公报) is a document of its own.
            || (RedHeader.IsMatch(folded) && !folded.Contains("关于") && !YearIn.IsMatch(folded))
            || context.DocumentNumbers.Any(d => view.Lines[line].Span.Overlaps(d.Span));
        TextSpan? fallback = null;
        for (int i = 0; i < limit; i++)
        {
            var first = view.LineMatchText(i).Trim();
            if (NotTitle(i, first) || first.EndsWith('。') || first.EndsWith(':'))
                continue;
            // Try this line alone, then joined with the next lines (a title broken over several lines).
            var joined = "";
            for (int k = 0; k < 4 && i + k < view.Lines.Count; k++)
            {
                var part = view.LineMatchText(i + k).Trim();
                if (NotTitle(i + k, part) || (k > 0 && part.EndsWith('。')))
                    break;
                joined += part;
                // A page interpreting a policy is headed by the interpretation's own title (《…》政策解读); the cited
                // titles and links below it are not its title. It counts only as the first title-like line.
                if (fallback is null && joined.Length >= 6 && InterpretationTitle.IsMatch(joined))
                {
                    Set(context, new TextSpan(view.Lines[i].Start + LeadingSpaces(view.LineText(i)), view.Lines[i + k].End));
                    return;
                }
                if (joined.Length >= 6 && TitleEnd.IsMatch(joined) && !ContinuesOnNextLine(i + k + 1, joined, k + 1))
                {
                    var span = new TextSpan(view.Lines[i].Start + LeadingSpaces(view.LineText(i)), view.Lines[i + k].End);
                    if (joined.Contains("关于"))
                    {
                        Set(context, span);
                        return;
                    }
                    fallback ??= span;
                    break;
                }
            }
        }
        // A title that already reads as complete can go on: 关于印发…三年行动计划 / （2021—2023年）的通知, or …实施方案 / 的通知.
        bool ContinuesOnNextLine(int line, string joined, int count)
        {
            if (count >= 4 || line >= view.Lines.Count)
                return false;
            var next = view.LineMatchText(line).Trim();
            return !NotTitle(line, next) && !next.EndsWith('。') && (next.StartsWith('(') || next.StartsWith('的'))
                && TitleEnd.IsMatch(joined + next);
        }
        if (fallback is { } f)
        {
            Set(context, f);
            return;
        }
        var meta = doc.Metadata.FirstOrDefault(m => m.Key == MetadataKeys.Title);
        if (meta is not null)
        {
            context.Result.Title = TextFold.Squash(meta.Value.Trim());
            return;
        }
        // A page whose body does not print its title: the content system's ArticleTitle tag, then the page title
        // before the column and site names (…的通知_县政府办文件_某某县人民政府网).
        foreach (var entry in doc.Metadata)
        {
            if (entry.Key != MetadataKeys.PageMetaPrefix + "ArticleTitle" && entry.Key != MetadataKeys.PageTitle) continue;
            var first = PageTitleSeparator.Split(entry.Value.Trim())[0].Trim();
            if (first.Length >= 6 && TitleEnd.IsMatch(TextFold.Fold(first)))
            {
                context.Result.Title = TextFold.Squash(first);
                return;
            }
        }
    }

    [GeneratedRegex(@"\s*(?:[_|｜]|\s[-—–]\s)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex PageTitleSeparator { get; }

    /// <summary>
    /// A title longer than a line of text is allowed: the joint notice of many bodies names them all before 关于 (沧州市…领导小组办公室
    /// 沧州市农业农村局 … 沧州市财政局关于印发《…》的通知). It reads as one: 关于, a title's ending, and none of the commas,
    /// stops and colons a sentence of the body has.
    /// </summary>
    private static bool LongTitle(string folded) =>
        folded.Length <= 200 && folded.Contains("关于") && TitleEnd.IsMatch(folded) && folded.IndexOfAny(SentencePunctuation) < 0;

    private static readonly char[] SentencePunctuation = ['，', ',', '。', '；', ';', '：', ':'];

    private static int LeadingSpaces(string s) => s.Length - s.TrimStart().Length;

    private static void Set(ExtractionContext context, TextSpan span)
    {
        // A Word export's marker glued to the title ([bookmark: _Toc…]) is no part of it.
        var text = DocumentView.BlankArtifacts(context.Document.Slice(span));
        // Lines of a title broken over several lines join without a space.
        context.Result.Title = TextFold.Squash(LineBreak.Replace(text, "").Trim());
        context.TitleSpan = span;
        context.Result.Evidence["title"] = context.EvidenceFor(span);
    }
}
