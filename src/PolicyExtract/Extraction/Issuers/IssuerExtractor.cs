using System.Text.RegularExpressions;
using PolicyExtract.Extraction.Common;
using PolicyExtract.Extraction.Titles;
using PolicyExtract.Model;
using PolicyExtract.Normalization;
using PolicyExtract.Rules.Gazetteers;

namespace PolicyExtract.Extraction.Issuers;

/// <summary>
/// Issuing bodies: the signature block above the issue date (several names a line, letter-spaced names), the metadata
/// 发文机关 / 发布机构 (declared or printed as label/value text), the title prefix (X关于…), and the source line (来源:) as a
/// last resort. Each body once, with its full official name where the document's jurisdiction allows.
/// </summary>
public sealed class IssuerExtractor(OrgNames orgs, GazetteerSet gazetteers) : IExtractor
{
    public string Name => "issuers";

    public void Extract(ExtractionContext context)
    {
        var view = context.View;
        var found = new List<(string Name, string Source, TextSpan? Span)>();

        if (context.SignatureDateLine is { } dateLine)
        {
            var lines = new List<List<(string Name, string Source, TextSpan? Span)>>();
            // Names on the date line itself, before the date.
            var dl = view.Lines[dateLine];
            var dateStart = context.Result.Evidence.TryGetValue("issueDate", out var ev) ? ev.Start : dl.End;
            var sameLine = view.MatchText[dl.Start..dateStart];
            var onDateLine = SignatureLine.Split(sameLine, orgs).Select(n => (n.Name, "signature", (TextSpan?)new TextSpan(dl.Start + n.Start, dl.Start + n.End))).ToList();
            for (int i = dateLine - 1, used = 0; i >= 0 && used < 8; i--)
            {
                var text = view.LineMatchText(i);
                if (text.Trim().Length == 0) continue;
                var names = SignatureLine.Split(text, orgs);
                if (names.Count == 0) break;
                used++;
                var start = view.Lines[i].Start;
                lines.Insert(0, names.Select(n => (n.Name, "signature", (TextSpan?)new TextSpan(start + n.Start, start + n.End))).ToList());
            }
            foreach (var l in lines) found.AddRange(l);
            found.AddRange(onDateLine);
        }

        foreach (var entry in context.Document.Metadata)
            if (entry.Key == MetadataKeys.Issuer || IsIssuerLabel(context, entry.Label))
                foreach (var part in Regex.Split(entry.Value, "[、，,;；\\s]+").Where(p => orgs.IsOrgName(p)))
                    found.Add((part, "metadata", entry.Span));
        for (int i = 0; i < Math.Min(view.Lines.Count, 60); i++)
            foreach (var m in context.Rules.Find("issuer.metadata", view.LineMatchText(i), view.Lines[i].Start))
                found.Add((view.Text.Substring(m.Groups["org"].Span.Start, m.Groups["org"].Span.Length), "metadata", m.Groups["org"].Span));

        if (context.TitleSpan is { } title)
        {
            var text = view.MatchText.Substring(title.Start, title.Length).Replace('\n', ' ');
            foreach (var m in context.Rules.Find("issuer.title", text, title.Start))
            {
                var orgsText = m.Groups["orgs"];
                foreach (Match part in Regex.Matches(orgsText.Text, "[^、\\s]+"))
                    if (orgs.IsOrgName(part.Value))
                        found.Add((part.Value, "title", new TextSpan(orgsText.Span.Start + part.Index, orgsText.Span.Start + part.Index + part.Length)));
            }
        }

        context.Jurisdiction = FindJurisdiction(context, found);

        if (found.Count == 0)
            for (int i = 0; i < view.Lines.Count; i++)
                foreach (var m in context.Rules.Find("issuer.source", view.LineMatchText(i), view.Lines[i].Start))
                    found.Add((m.Groups["org"].Text, "source-line", m.Groups["org"].Span));

        // With no signature, the source printed among the fields of the page's metadata line (发布时间：…　来源：X) names the
        // body the page comes from: a policy interpretation (《…》政策解读) is written by it, and so is a department's page
        // (a 征求意见稿 from the 发展和改革局). A government's general office there is only the office that posted the page
        // (a 政府工作报告 put online by the 人民政府办公室), so it is read only on an interpretation.
        bool interpretation = TitleExtractor.ReadsAsInterpretation(context.Result.Title);
        if (found.Count == 0)
            for (int i = 0; i < Math.Min(view.Lines.Count, 30) && found.Count == 0; i++)
                foreach (var m in context.Rules.Find("issuer.source-inline", view.LineMatchText(i), view.Lines[i].Start))
                    if (orgs.IsOrgName(m.Groups["org"].Text) && (interpretation || !PostingOffice.IsMatch(m.Groups["org"].Text)))
                    {
                        found.Add((m.Groups["org"].Text, "source-line", m.Groups["org"].Span));
                        break;
                    }

        // The agency code of the document's own number names its issuer (苏政办发 → 江苏省人民政府办公厅).
        if (context.Result.DocumentNumber is { } number)
        {
            var agency = gazetteers.ResolveAgency(number.Agency, context.Jurisdiction);
            if (agency is not null && !agency.Uncertain)
            {
                number.AgencyName = agency.Body;
                if (found.Count == 0)
                    found.Add((agency.Body, "document-number", new TextSpan(number.Evidence.Start, number.Evidence.End)));
            }
        }

        // The signature is what the document says of itself: when there is one, it is the list (the metadata publisher or
        // the title's short form only restate it, or name the office that put the page online).
        var chosen = found.Any(f => f.Source == "signature") ? found.Where(f => f.Source == "signature").ToList() : found;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, source, span) in chosen)
        {
            var normalized = gazetteers.NormalizeOrg(name, context.Jurisdiction);
            if (seen.Contains(normalized) || seen.Contains(name)) continue;
            seen.Add(normalized);
            seen.Add(name);
            context.Result.Issuers.Add(new IssuerOutput
            {
                Name = name,
                NormalizedName = normalized,
                Source = source,
                Evidence = span is { } s ? context.EvidenceFor(s) : null,
            });
        }
        // The issuer the code abbreviates names the body better than the code table's reading of its letters
        // (诸教体发: 诸暨市教育体育局, not 诸暨市教育局), and names it where the table has no reading (乐职校).
        if (context.Result.DocumentNumber is { } own
            && IssuerOfCode(own.Agency, context.Result.Issuers.Select(i => i.NormalizedName ?? i.Name)) is { } body)
            own.AgencyName = body;
    }

    /// <summary>
    /// The one issuer whose name the agency code of the document's own number abbreviates: the code's first character opens
    /// the name (the place) and the rest, without 发 / 字 / 函, follow in it in order (诸教体发 → 诸暨市教育体育局, 乐职校 →
    /// 乐清市职业技术学校), 办 in both or in neither; null when none or several do.
    /// </summary>
    internal static string? IssuerOfCode(string code, IEnumerable<string> issuers)
    {
        var letters = code.TrimEnd('发', '字', '函');
        if (letters.Length < 2) return null;
        string? fit = null;
        foreach (var issuer in issuers)
        {
            // A party committee's body is named after 中共 (中共赣州市委办公室): its place opens the rest.
            var name = issuer.StartsWith("中共", StringComparison.Ordinal) ? issuer[2..] : issuer;
            if (name.Length <= letters.Length || name[0] != letters[0]) continue;
            // An office is written with 办 in its code (嘉政办发), the government it serves without (嘉政发).
            if (letters.Contains('办') != name.Contains('办')) continue;
            int at = 1;
            foreach (char c in letters.AsSpan(1))
            {
                at = name.IndexOf(c, at);
                if (at < 0) break;
                at++;
            }
            if (at < 0) continue;
            if (fit is not null && fit != issuer) return null;
            fit = issuer;
        }
        return fit;
    }

    /// <summary>A government's general office (滁州市人民政府办公室, 省政府办公厅, 县政府办), which posts pages for the bodies it serves.</summary>
    private static readonly Regex PostingOffice = new(@"(?:政府办公室|政府办公厅|政府办)$", RegexOptions.CultureInvariant);

    private static bool IsIssuerLabel(ExtractionContext context, string key) =>
        context.Rules.IsMacro("issuer_label", key.Trim());

    /// <summary>
    /// The jurisdiction, level by level: from the full body names among the issuers, then the title, then the metadata
    /// issuer and the attachment titles — always from the document itself.
    /// </summary>
    private static Jurisdiction FindJurisdiction(ExtractionContext context, List<(string Name, string Source, TextSpan? Span)> found)
    {
        var texts = new List<string?>();
        texts.AddRange(found.Select(f => f.Name));
        texts.Add(context.Result.Title);
        if (context.Result.Title is { } t && t.IndexOf('《') is var open and >= 0)
            texts.Add(t[(open + 1)..]);
        texts.Add(context.Document.MetadataValue(MetadataKeys.Issuer));
        return Jurisdiction.FromTexts([.. texts]);
    }
}
