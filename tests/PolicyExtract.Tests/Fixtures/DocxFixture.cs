using System.Text;
using DocumentFormat.OpenXml.Packaging;

namespace PolicyExtract.Tests.Fixtures;

/// <summary>Builds a small .docx in memory from WordprocessingML fragments, for reader tests of one feature each.</summary>
public static class DocxFixture
{
    public const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static byte[] Build(string bodyXml, string? numberingXml = null, string? stylesXml = null)
    {
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            if (numberingXml is not null)
                Feed(main.AddNewPart<NumberingDefinitionsPart>(), $"<w:numbering xmlns:w=\"{W}\">{numberingXml}</w:numbering>");
            if (stylesXml is not null)
                Feed(main.AddNewPart<StyleDefinitionsPart>(), $"<w:styles xmlns:w=\"{W}\">{stylesXml}</w:styles>");
            Feed(main, $"<w:document xmlns:w=\"{W}\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:body>{bodyXml}</w:body></w:document>");
        }
        return ms.ToArray();
    }

    /// <summary>A paragraph of one run per text, with optional paragraph properties.</summary>
    public static string P(string text, string ppr = "") =>
        $"<w:p>{(ppr.Length > 0 ? "<w:pPr>" + ppr + "</w:pPr>" : "")}<w:r><w:t xml:space=\"preserve\">{System.Security.SecurityElement.Escape(text)}</w:t></w:r></w:p>";

    public static string Numbered(string text, int numId, int ilvl) => P(text, $"<w:numPr><w:ilvl w:val=\"{ilvl}\"/><w:numId w:val=\"{numId}\"/></w:numPr>");

    private static void Feed(OpenXmlPart part, string xml)
    {
        using var s = new MemoryStream(new UTF8Encoding(false).GetBytes(xml));
        part.FeedData(s);
    }
}
