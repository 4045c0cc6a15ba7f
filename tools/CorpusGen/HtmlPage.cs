using System.Net;
using System.Text;

namespace PolicyExtract.CorpusGen;

/// <summary>A government information-disclosure page: site chrome, a metadata block in one of three layouts, the body.</summary>
internal static class HtmlPage
{
    private static readonly string[][] Labels =
    [
        ["索引号", "信息索引号"],
        ["发布机构", "发文机关"],
        ["文号", "发文字号", "文件编号"],
        ["成文日期", "生成日期"],
        ["发布日期", "公开日期"],
        ["主题分类"],
    ];

    public static byte[] Build(Random rng, DocumentFacts facts, List<string> lines)
    {
        // About one page in five is served in GBK, as older sites still do.
        bool gbk = rng.Next(5) == 0;
        var values = new[]
        {
            facts.IndexNumber, facts.Issuer, facts.DocumentNumber,
            facts.Written.ToString("yyyy-MM-dd"), facts.Published.ToString("yyyy-MM-dd"), "教育\\职业教育",
        };
        var labels = Labels.Select(l => DocumentGenerator.Pick(rng, l)).ToArray();
        var site = facts.City + "市人民政府";
        var h = new StringBuilder(lines.Sum(l => l.Length) * 2 + 4096);
        h.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n");
        h.Append(gbk ? "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">\n" : "<meta charset=\"utf-8\">\n");
        h.Append("<title>").Append(E(facts.Title)).Append('_').Append(E(site)).Append("</title>\n");
        h.Append("<style>body{font-family:SimSun}.nav a{margin:0 8px}.xxgk td{border:1px solid #ccc}</style>\n");
        h.Append("<script>var _hmt=_hmt||[];(function(){var hm=document.createElement('script');})();</script>\n</head>\n<body>\n");
        h.Append("<div class=\"header\"><div class=\"top\">无障碍浏览 | 长者版 | 繁体版 | English</div>\n<div class=\"nav\">");
        foreach (var item in new[] { "首页", "要闻动态", "政务公开", "政务服务", "互动交流", "走进" + facts.City })
            h.Append("<a href=\"#\">").Append(E(item)).Append("</a>");
        h.Append("</div></div>\n<div class=\"crumb\">当前位置：<a href=\"#\">首页</a> &gt; <a href=\"#\">政务公开</a> &gt; 政府文件</div>\n");
        h.Append("<div class=\"main\">\n");
        switch (rng.Next(3))
        {
            case 0:
                h.Append("<table class=\"xxgk\">\n");
                for (int i = 0; i < labels.Length; i += 2)
                    h.Append("<tr><td>").Append(E(labels[i])).Append("：</td><td>").Append(E(values[i]))
                     .Append("</td><td>").Append(E(labels[i + 1])).Append("：</td><td>").Append(E(values[i + 1])).Append("</td></tr>\n");
                h.Append("<tr><td>标题：</td><td colspan=\"3\">").Append(E(facts.Title)).Append("</td></tr>\n</table>\n");
                break;
            case 1:
                h.Append("<ul class=\"xxgk-info\">\n");
                for (int i = 0; i < labels.Length; i++)
                    h.Append("<li><span class=\"label\">").Append(E(labels[i])).Append("：</span><span>").Append(E(values[i])).Append("</span></li>\n");
                h.Append("</ul>\n");
                break;
            default:
                h.Append("<div class=\"meta\">\n");
                for (int i = 0; i < labels.Length; i++)
                    h.Append("<div class=\"row\"><div class=\"l\">").Append(E(labels[i])).Append("</div><div class=\"v\">").Append(E(values[i])).Append("</div></div>\n");
                h.Append("</div>\n");
                break;
        }
        h.Append("<div class=\"article\">\n<h1>").Append(E(facts.Title)).Append("</h1>\n<div class=\"info\">来源：").Append(E(facts.Issuer))
         .Append(" 发布时间：").Append(facts.Published.ToString("yyyy-MM-dd")).Append(" 浏览次数：").Append(rng.Next(10, 9000)).Append("</div>\n");
        h.Append("<div class=\"TRS_Editor\" id=\"zoom\">\n");
        foreach (var line in lines)
        {
            var t = line.Trim();
            if (t.Length > 0)
                h.Append("<p style=\"text-indent:2em\">").Append(E(t)).Append("</p>\n");
        }
        h.Append("</div>\n</div>\n</div>\n");
        h.Append("<div class=\"footer\"><p>主办：").Append(E(site)).Append("办公室 版权所有</p><p>备案号：苏ICP备05006543号 网站标识码：3202000001</p></div>\n");
        h.Append("</body>\n</html>\n");
        var encoding = gbk ? Encoding.GetEncoding("GB18030") : new UTF8Encoding(false);
        return encoding.GetBytes(h.ToString());
    }

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
