using PolicyExtract.Model;

namespace PolicyExtract.Extraction;

/// <summary>One stage of extraction: reads the document (and what earlier stages found) and fills its fields of the result.</summary>
public interface IExtractor
{
    /// <summary>A short stable name, used in diagnostics and timing.</summary>
    string Name { get; }

    void Extract(ExtractionContext context);
}

/// <summary>What an extractor sees: the document, the result so far, and shared per-document state.</summary>
public sealed class ExtractionContext(PolicyDocument document, ExtractionResult result)
{
    public PolicyDocument Document { get; } = document;

    public ExtractionResult Result { get; } = result;

    /// <summary>Spans other extractors must not read numbers or dates from (document numbers, for instance).</summary>
    public List<TextSpan> Masked { get; } = [];

    public Evidence EvidenceFor(TextSpan span)
    {
        var text = Document.Text;
        int line = 1;
        for (int i = 0; i < span.Start && i < text.Length; i++)
            if (text[i] == '\n') line++;
        return new Evidence(span.Start, span.End, line, text.Substring(span.Start, span.Length));
    }
}
