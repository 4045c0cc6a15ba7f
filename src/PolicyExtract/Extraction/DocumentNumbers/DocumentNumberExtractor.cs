using System.Text.RegularExpressions;
using PolicyExtract.Model;
using PolicyExtract.Rules;

namespace PolicyExtract.Extraction.DocumentNumbers;

/// <summary>
/// Finds every document number, masks them for the other extractors, and decides which one is the document's own:
/// the metadata value, then a number after a label (文号, 文件编号 …), then a number standing alone on a line near the top.
/// A number cited in the body is never taken as the document's own; when none qualifies the field stays null.
/// </summary>
public sealed partial class DocumentNumberExtractor(Common.OrgNames orgs) : IExtractor
{
    public string Name => "documentNumber";

    /// <summary>Normalized form: brackets as 〔〕, no leading zeros, no spaces.</summary>
    public static string Normalize(RuleMatch m) => $"{AgencyOf(m)}〔{m.Value("year")}〕{m.Value("serial")}号";

    /// <summary>The agency code as printed, a letter-spaced one (任 教 字) closed up.</summary>
    private static string AgencyOf(RuleMatch m)
    {
        var agency = m.Value("agency")!;
        return agency.Contains(' ') ? agency.Replace(" ", "") : agency;
    }

    [GeneratedRegex(@"(?<=[\u3400-\u9fff])[ \t]+(?=[\u3400-\u9fff])", RegexOptions.CultureInvariant)]
    private static partial Regex LetterSpacing { get; }

    private static readonly string[] LeadWords = ["根据", "按照", "依据", "依照", "落实", "贯彻", "印发", "转发", "执行", "参照", "对照"];

    /// <summary>
    /// The agency code without what the citing sentence glued to it: a lead word (为落实豫政办… → 豫政办) or the name of the
    /// body that issued it (省人社厅赣人社字… → 赣人社字, 焦作市卫生健康委员会焦卫… → 焦卫). A body's name is not cut out of a word
    /// of the code (苏发改社会发: 苏发改社 ends like a 社, but 社会 is one word).
    /// </summary>
    private static RuleMatch Trim(RuleMatch m, Common.OrgNames orgs, ExtractionContext context)
    {
        var agency = m.Groups["agency"];
        int cut = 0;
        foreach (var w in LeadWords)
        {
            int i = agency.Text.LastIndexOf(w, StringComparison.Ordinal);
            if (i >= 0 && i + w.Length > cut && agency.Text.Length - (i + w.Length) >= 2) cut = i + w.Length;
        }
        for (int len = agency.Text.Length - 2; len >= Math.Max(4, cut + 1); len--)
            if (orgs.IsOrgName(agency.Text[cut..len]) && len - cut >= 4 && !context.InsideWord(agency.Span.Start + len)) { cut = len; break; }
        if (cut == 0) return m;
        var groups = new Dictionary<string, (string Text, TextSpan Span)>(m.Groups)
        {
            ["agency"] = (agency.Text[cut..], new TextSpan(agency.Span.Start + cut, agency.Span.End)),
        };
        var values = new Dictionary<string, string>(m.Values) { ["agency"] = agency.Text[cut..] };
        int start = agency.Span.Start + cut;
        return new RuleMatch
        {
            Rule = m.Rule,
            Span = new TextSpan(start, m.Span.End),
            Text = m.Text[(start - m.Span.Start)..],
            Groups = groups,
            Values = values,
        };
    }

    public void Extract(ExtractionContext context)
    {
        var view = context.View;
        var rules = context.Rules;
        var matches = rules.Find("documentNumber", view.MatchText).Select(m => Trim(m, orgs, context)).ToList();
        context.Masked.AddRange(matches.Select(m => m.Span));
        context.DocumentNumbers = matches;

        RuleMatch? own = null;
        string? fromMetadata = null;
        foreach (var entry in context.Document.Metadata)
        {
            if (entry.Key != MetadataKeys.DocumentNumber && !IsNumberLabel(rules, entry.Label)) continue;
            var found = rules.Find("documentNumber", Common.TextFold.Fold(entry.Value));
            if (found.Count == 0) continue;
            fromMetadata = Normalize(found[0]);
            own = matches.FirstOrDefault(m => Normalize(m) == fromMetadata);
            if (own is null)
            {
                context.Result.DocumentNumber = Output(found[0], entry.Span is { } s ? context.EvidenceFor(s) : new Evidence(0, 0, 0, entry.Value));
                return;
            }
            break;
        }

        own ??= matches.FirstOrDefault(m => IsLabelled(rules, view, m));
        own ??= matches.FirstOrDefault(m => StandsAlone(view, m, context));
        if (own is not null)
            context.Result.DocumentNumber = Output(own, context.EvidenceFor(own.Span));
        else
            context.Result.DocumentNumber = SerialNumber(context);
    }

    /// <summary>
    /// A 公告 / 通告 numbered in its yearly series (随州市市场监督管理局公告 / （2025年第3号）): the serial alone on a line near
    /// the top, right under a line ending in 公告 or 通告. Its agency is that header when it is one (a body's name and 公告),
    /// else the kind of document.
    /// </summary>
    private static DocumentNumberOutput? SerialNumber(ExtractionContext context)
    {
        var view = context.View;
        for (int i = 1; i < Math.Min(view.Lines.Count, 30); i++)
        {
            var m = context.Rules.Find("documentNumber.serial", view.LineMatchText(i), view.Lines[i].Start).FirstOrDefault();
            if (m is null) continue;
            int p = i - 1;
            while (p > 0 && p >= i - 3 && view.LineMatchText(p).Trim().Length == 0) p--;
            var header = Common.TextFold.Squash(view.LineMatchText(p).Trim());
            if (!header.EndsWith("公告", StringComparison.Ordinal) && !header.EndsWith("通告", StringComparison.Ordinal)) continue;
            var agency = header.Length <= 30 && !header.Contains("关于", StringComparison.Ordinal) ? header : header[^2..];
            int year = int.Parse(m.Value("year")!), serial = int.Parse(m.Value("serial")!);
            int start = m.Groups["year"].Span.Start, end = view.MatchText.IndexOf('号', m.Groups["serial"].Span.End) + 1;
            return new DocumentNumberOutput
            {
                Text = $"{year}年第{serial}号",
                Agency = agency,
                Year = year,
                Serial = serial,
                Evidence = context.EvidenceFor(new TextSpan(start, end)),
            };
        }
        return null;
    }

    private static DocumentNumberOutput Output(RuleMatch m, Evidence evidence) => new()
    {
        Text = Normalize(m),
        Agency = AgencyOf(m),
        Year = int.TryParse(m.Value("year"), out var y) ? y : null,
        Serial = int.TryParse(m.Value("serial"), out var s) ? s : null,
        Evidence = evidence,
    };

    private static bool IsNumberLabel(RuleSet rules, string key) =>
        rules.IsMacro("number_label", key.Trim());

    /// <summary>A number right after a label such as 文号 or 文件编号 on the same line.</summary>
    private static bool IsLabelled(RuleSet rules, DocumentView view, RuleMatch m)
    {
        var line = view.Lines[view.LineIndexOf(m.Span.Start)];
        // Disclosure headers letter-space their labels (文　　号：…): the label is read with the spaces closed up.
        var before = LetterSpacing.Replace(view.MatchText[line.Start..m.Span.Start], "");
        return rules.Find("documentNumber.label", before).Count > 0 || UnderLabelCell(rules, view, line, m);
    }

    /// <summary>
    /// A disclosure block copied out as a row of labels over a row of values (索引号⇥发布机构⇥文号 / …⇥…⇥锡教发〔2020〕86号):
    /// the number's cell is under a number label in the tab-separated line right above, in the same column.
    /// </summary>
    private static bool UnderLabelCell(RuleSet rules, DocumentView view, Line line, RuleMatch m)
    {
        if (line.Index == 0 || !view.LineMatchText(line.Index).Contains('\t')) return false;
        var cells = view.LineMatchText(line.Index).Split('\t');
        var labels = view.LineMatchText(line.Index - 1).Split('\t');
        if (labels.Length != cells.Length) return false;
        int column = view.MatchText[line.Start..m.Span.Start].Count(c => c == '\t');
        return IsNumberLabel(rules, LetterSpacing.Replace(labels[column], "").TrimEnd(':', '：'));
    }

    /// <summary>A number alone on its line (the line under the title or in the header), before the body starts.</summary>
    private bool StandsAlone(DocumentView view, RuleMatch m, ExtractionContext context)
    {
        int li = view.LineIndexOf(m.Span.Start);
        var line = view.LineMatchText(li).Trim();
        var number = view.MatchText.Substring(m.Span.Start, m.Span.Length).Trim();
        // Alone on the line, or followed only by the signer (锡政发〔2021〕5号  签发人：…).
        // Alone on the line, in brackets ((洛政办[2021]45号)), or followed only by the signer (锡政发〔2021〕5号  签发人：…).
        // … or beside the issuer's name in a header laid out as a table (太原市生态环境局 | 并环发〔2024〕9号).
        var rest = line.Replace(number, "").Trim(' ', '\t');
        if (line != number && line.Trim('(', ')', '（', '）', ' ') != number && !Regex.IsMatch(line, "^" + Regex.Escape(number) + @"\s+签发人?\s*[:：]")
            && !(rest.Length > 0 && orgs.IsOrgName(rest)))
            return false;
        // Near the top: within the first headings' reach, before the first numbered heading.
        int firstHeading = view.Headings.Count > 0 ? view.Headings[0].LineIndex : view.Lines.Count;
        return li < firstHeading && li < 80;
    }
}
