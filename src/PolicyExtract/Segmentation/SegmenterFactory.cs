using PolicyExtract.Segmentation.Dictionary;
using PolicyExtract.Segmentation.Keywords;

namespace PolicyExtract.Segmentation;

/// <summary>
/// Loads the segmenter the tool uses: the compiled jieba dictionary from <c>dict/</c> beside the assembly
/// (read once per process and shared), the project lexicon <c>rules/lexicon/policy.dict</c>, and any
/// extra user dictionaries, in that order.
/// </summary>
public static class SegmenterFactory
{
    /// <summary>The warning given when the compiled dictionary is not there.</summary>
    public const string MissingDictionaryWarning =
        "the jieba dictionary was not found (" + CompiledDictionary.DictFileName + "; the build fetches it with npm): segmenting with the project lexicon only";

    private static readonly Lazy<(WordDictionary Dict, HmmModel Hmm)?> Base = new(() => LoadBase(DefaultDictionaryPath));
    private static readonly Lazy<IdfTable?> Idf = new(() => File.Exists(DefaultIdfPath) ? IdfTable.Read(DefaultIdfPath) : null);

    /// <summary>Where the build puts the compiled dictionary.</summary>
    public static string DefaultDictionaryPath => Path.Combine(AppContext.BaseDirectory, "dict", CompiledDictionary.DictFileName);

    public static string DefaultIdfPath => Path.Combine(AppContext.BaseDirectory, "dict", CompiledDictionary.IdfFileName);

    /// <summary>The project's own lexicon as shipped with the tool.</summary>
    public static string DefaultLexiconPath => Path.Combine(AppContext.BaseDirectory, "rules", "lexicon", "policy.dict");

    /// <summary>Whether the compiled jieba dictionary is present beside the assembly.</summary>
    public static bool HasFullDictionary => Base.Value is not null;

    /// <summary>
    /// The default segmenter plus user dictionaries. The warning is non-null when something
    /// the caller should tell the user once is missing (the full dictionary, the project lexicon).
    /// A missing or unreadable extra lexicon throws <see cref="IOException"/>.
    /// </summary>
    public static (JiebaSegmenter Segmenter, string? Warning) LoadDefault(IEnumerable<string> extraLexicons, bool includeProjectLexicon = true)
    {
        var entries = new List<UserEntry>();
        var warnings = new List<string>();
        if (Base.Value is null) warnings.Add(MissingDictionaryWarning);
        if (includeProjectLexicon)
        {
            if (File.Exists(DefaultLexiconPath)) entries.AddRange(UserLexicon.Load(DefaultLexiconPath));
            else warnings.Add($"{DefaultLexiconPath}: project lexicon not found");
        }
        foreach (var path in extraLexicons)
            entries.AddRange(UserLexicon.Load(path));
        var b = Base.Value;
        var seg = new JiebaSegmenter(b?.Dict ?? WordDictionary.Empty, b?.Hmm ?? HmmModel.Empty, entries, b is not null);
        return (seg, warnings.Count == 0 ? null : string.Join("; ", warnings));
    }

    /// <summary>A segmenter over a given compiled dictionary file and user entries (tests, tools).</summary>
    public static JiebaSegmenter Load(string compiledDictionaryPath, IReadOnlyList<UserEntry> userEntries)
    {
        var (dict, hmm) = CompiledDictionary.Load(compiledDictionaryPath);
        return new JiebaSegmenter(dict, hmm, userEntries, true);
    }

    /// <summary>A segmenter over the default compiled dictionary (or none) and the given user entries only.</summary>
    public static JiebaSegmenter Create(IReadOnlyList<UserEntry> userEntries)
    {
        var b = Base.Value;
        return new JiebaSegmenter(b?.Dict ?? WordDictionary.Empty, b?.Hmm ?? HmmModel.Empty, userEntries, b is not null);
    }

    /// <summary>TF-IDF keywords over <paramref name="segmenter"/>, with the IDF table beside the assembly (term frequency alone when it is missing).</summary>
    public static TfIdfKeywords LoadKeywords(JiebaSegmenter segmenter) => new(segmenter, Idf.Value ?? IdfTable.Empty);

    private static (WordDictionary, HmmModel)? LoadBase(string path) =>
        File.Exists(path) ? CompiledDictionary.Load(path) : null;
}
