using System.Security;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using PolicyExtract.Tests.Support;

namespace PolicyExtract.Tests.Fixtures;

/// <summary>
/// Builds samples/docx/jiangyin-implementation-plan-task-table.docx from the Jiangyin evaluation text
/// (tests/data/eval/docs/002_…txt), the way Word stores such a document: list labels (一、 （一） 1．) as automatic
/// numbering (heading styles carry levels 1–2, items use direct numbering, items restart under each （n）),
/// _Toc bookmarks on headings, the signature date as a MERGEFIELD result, the disclosure note as a simple field,
/// a deleted revision and a comment that must not show, a page-number footer, and the attachment's task table with
/// a repeated header row and its first column (工程名称) vertically merged.
/// </summary>
public static partial class JiangyinDocxSample
{
    public const string RelativePath = "samples/docx/jiangyin-implementation-plan-task-table.docx";
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static void Build(string path)
    {
        var source = File.ReadAllText(Path.Combine(RepoPaths.TestData, "eval", "docs", "002_7fdab2a4388eb7e7.txt"));
        var lines = Bookmark().Replace(source, "").Split('\n');

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var doc = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = doc.AddMainDocumentPart();
        Feed(main.AddNewPart<StyleDefinitionsPart>(), Styles);
        Feed(main.AddNewPart<NumberingDefinitionsPart>(), Numbering);
        Feed(main.AddNewPart<WordprocessingCommentsPart>(),
            $"<w:comments xmlns:w=\"{W}\"><w:comment w:id=\"1\" w:author=\"审核\"><w:p><w:r><w:t>批注：请核对印发范围</w:t></w:r></w:p></w:comment></w:comments>");
        var footer = main.AddNewPart<FooterPart>();
        Feed(footer, $"<w:ftr xmlns:w=\"{W}\"><w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:t xml:space=\"preserve\">— </w:t></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
            + "<w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t xml:space=\"preserve\"> —</w:t></w:r></w:p></w:ftr>");
        var footerId = main.GetIdOfPart(footer);

        var body = new StringBuilder();
        int bookmark = 57970922;
        string Bm(string inner) { var id = bookmark - 57970000; var s = $"<w:bookmarkStart w:id=\"{id}\" w:name=\"_Toc{bookmark}\"/>{inner}<w:bookmarkEnd w:id=\"{id}\"/>"; bookmark++; return s; }

        // The notice: title as one paragraph with manual line breaks, exactly where the text breaks it.
        body.Append(P("<w:pStyle w:val=\"Title\"/>", string.Join("<w:r><w:br/></w:r>", lines[3..6].Select(R))));
        body.Append(P("", R(lines[7])));
        // "现将…印发给你们" with a deleted draft marker and a comment around the recipients.
        var notice = lines[8];
        int cut = notice.IndexOf("印发给你们", StringComparison.Ordinal);
        body.Append(P("<w:ind w:firstLineChars=\"200\"/>",
            "<w:commentRangeStart w:id=\"1\"/>" + R(notice[..cut]) + "<w:del w:id=\"90\" w:author=\"审核\" w:date=\"2021-11-03T00:00:00Z\"><w:r><w:delText>（征求意见稿）</w:delText></w:r></w:del>"
            + R(notice[cut..]) + "<w:commentRangeEnd w:id=\"1\"/><w:r><w:commentReference w:id=\"1\"/></w:r>"));
        body.Append(P("<w:jc w:val=\"right\"/>", R(lines[11])));
        body.Append(P("<w:jc w:val=\"right\"/>",
            "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> MERGEFIELD 成文日期 </w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + R(lines[12]) + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"));
        body.Append(P("", $"<w:fldSimple w:instr=\" DOCPROPERTY 公开属性 \">{R(lines[13])}</w:fldSimple>"));
        body.Append(P("<w:pageBreakBefore/><w:jc w:val=\"center\"/>", R(lines[15])));
        body.Append(P("<w:jc w:val=\"center\"/>", R(lines[16])));

        // The plan: strip the typed list labels, Word shows them from numbering.xml.
        int attachment = Array.FindIndex(lines, l => l.StartsWith("附件：", StringComparison.Ordinal));
        for (int i = 18; i < attachment; i++)
        {
            var l = lines[i].Trim();
            if (l.Length == 0) continue;
            if (Level1().Match(l) is { Success: true } m1)
                body.Append(P("<w:pStyle w:val=\"Heading1\"/>", Bm(R(l[m1.Length..]))));
            else if (Level2().Match(l) is { Success: true } m2)
                body.Append(P("<w:pStyle w:val=\"Heading2\"/>", Bm(R(l[m2.Length..]))));
            else if (Level3().Match(l) is { Success: true } m3)
                body.Append(P("<w:numPr><w:ilvl w:val=\"2\"/><w:numId w:val=\"1\"/></w:numPr><w:ind w:firstLineChars=\"200\"/>", R(l[m3.Length..])));
            else
                body.Append(P("<w:ind w:firstLineChars=\"200\"/>", R(l)));
        }
        body.Append(P("", R(lines[attachment])));
        body.Append(P("<w:pageBreakBefore/>", R(lines[attachment + 1].Trim())));
        body.Append(P("<w:jc w:val=\"center\"/>", R(lines[attachment + 2])));
        body.Append(Table(ParseTable(lines, attachment + 3)));
        body.Append($"<w:sectPr><w:footerReference w:type=\"default\" r:id=\"{footerId}\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"/><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr>");

        Feed(main, $"<w:document xmlns:w=\"{W}\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:body>{body}</w:body></w:document>");
        doc.PackageProperties.Title = string.Concat(lines[3..6]);
        doc.PackageProperties.Creator = "PolicyExtract sample generator";
        doc.PackageProperties.Created = new DateTime(2021, 11, 4, 0, 0, 0, DateTimeKind.Utc);
        doc.PackageProperties.Modified = new DateTime(2021, 11, 4, 0, 0, 0, DateTimeKind.Utc);
    }

    /// <summary>The tab-laid table of the Word export: rows end at a blank line, a line starting with a tab starts a cell.</summary>
    private static List<List<List<string>>> ParseTable(string[] lines, int from)
    {
        var rows = new List<List<List<string>>>();
        var row = new List<List<string>>();
        List<string>? cell = null;
        foreach (var l in lines[from..])
        {
            if (l.StartsWith("— ", StringComparison.Ordinal)) break;
            if (l.Length == 0)
            {
                if (cell is not null) row.Add(cell);
                if (row.Count > 0) rows.Add(row);
                row = []; cell = null;
            }
            else if (l.StartsWith('\t'))
            {
                if (cell is not null) row.Add(cell);
                cell = [l[1..]];
            }
            else cell?.Add(l);
        }
        if (cell is not null) row.Add(cell);
        if (row.Count > 0) rows.Add(row);
        return rows;
    }

    private static string Table(List<List<List<string>>> rows)
    {
        var sb = new StringBuilder("<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/></w:tblPr>");
        sb.Append("<w:tblGrid><w:gridCol w:w=\"1400\"/><w:gridCol w:w=\"5000\"/><w:gridCol w:w=\"1800\"/><w:gridCol w:w=\"1200\"/></w:tblGrid>");
        for (int r = 0; r < rows.Count; r++)
        {
            sb.Append(r == 0 ? "<w:tr><w:trPr><w:tblHeader/></w:trPr>" : "<w:tr>");
            for (int c = 0; c < rows[r].Count; c++)
            {
                var paras = rows[r][c];
                string tcPr = "";
                // The first column names the project group: a group starts where it has text, later rows continue it.
                if (r > 0 && c == 0)
                    tcPr = string.Concat(paras).Trim().Length > 0 ? "<w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr>" : "<w:tcPr><w:vMerge/></w:tcPr>";
                sb.Append("<w:tc>").Append(tcPr);
                foreach (var p in paras)
                    sb.Append(P("", p.Length == 0 ? "" : R(p)));
                sb.Append("</w:tc>");
            }
            sb.Append("</w:tr>");
        }
        return sb.Append("</w:tbl>").ToString();
    }

    private static string P(string ppr, string runs) => $"<w:p>{(ppr.Length > 0 ? "<w:pPr>" + ppr + "</w:pPr>" : "")}{runs}</w:p>";

    private static string R(string text) => $"<w:r><w:t xml:space=\"preserve\">{SecurityElement.Escape(text)}</w:t></w:r>";

    private static void Feed(OpenXmlPart part, string xml)
    {
        using var s = new MemoryStream(new UTF8Encoding(false).GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + xml));
        part.FeedData(s);
    }

    private static readonly string Styles = $"""
        <w:styles xmlns:w="{W}">
          <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
          <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/></w:pPr></w:style>
          <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
          <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
          <w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style>
        </w:styles>
        """;

    private static readonly string Numbering = $"""
        <w:numbering xmlns:w="{W}">
          <w:abstractNum w:abstractNumId="0">
            <w:multiLevelType w:val="multilevel"/>
            <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/><w:pStyle w:val="Heading1"/></w:lvl>
            <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/><w:suff w:val="nothing"/><w:pStyle w:val="Heading2"/></w:lvl>
            <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3．"/><w:suff w:val="nothing"/></w:lvl>
          </w:abstractNum>
          <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
        </w:numbering>
        """;

    [GeneratedRegex(@"\[bookmark: [^\]]*\]")]
    private static partial Regex Bookmark();

    [GeneratedRegex(@"^[一二三四五六七八九十]+、")]
    private static partial Regex Level1();

    [GeneratedRegex(@"^（[一二三四五六七八九十]+）")]
    private static partial Regex Level2();

    [GeneratedRegex(@"^\d+．")]
    private static partial Regex Level3();
}
