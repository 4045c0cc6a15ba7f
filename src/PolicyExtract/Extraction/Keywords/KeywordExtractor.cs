using PolicyExtract.Segmentation;
using PolicyExtract.Segmentation.Keywords;

namespace PolicyExtract.Extraction.Keywords;

/// <summary>Fills <see cref="ExtractionResult.Keywords"/>: the document's top words by TF-IDF (jieba's extract_tags).</summary>
public sealed class KeywordExtractor(TfIdfKeywords keywords, int topK = 10) : IExtractor
{
    public string Name => "keywords";

    /// <summary>Over the default segmenter (jieba dictionary and project lexicon) and the shipped IDF table.</summary>
    public static KeywordExtractor CreateDefault(int topK = 10)
    {
        var (segmenter, _) = SegmenterFactory.LoadDefault([], includeProjectLexicon: true);
        return new KeywordExtractor(SegmenterFactory.LoadKeywords(segmenter), topK);
    }

    public void Extract(ExtractionContext context)
    {
        // The document's shared tokens when they come from the same segmenter (the pipeline's), else a cut of its own.
        var found = ReferenceEquals(context.Segmenter, keywords.Segmenter)
            ? keywords.Extract(context.Tokens, topK)
            : keywords.Extract(context.Document.Text, topK);
        foreach (var (word, weight) in found)
            context.Result.Keywords.Add(new KeywordOutput(word, Math.Round(weight, 6)));
    }
}
