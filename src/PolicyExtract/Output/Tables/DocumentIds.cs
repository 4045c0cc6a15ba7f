using PolicyExtract.Extraction;

namespace PolicyExtract.Output.Tables;

/// <summary>
/// Assigns the <c>document_id</c> that joins the flat tables: the first 12 hex digits of the file's SHA-256, so the
/// same file gets the same id in every run and wherever it lives. A second file with the same content in one run
/// gets <c>-2</c>, <c>-3</c>, ... appended, in input order, so ids stay unique within a run.
/// </summary>
public sealed class DocumentIds
{
    public const int HexLength = 12;

    private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);

    public string Next(ExtractionResult result)
    {
        var sha = result.Source.Sha256;
        var id = sha.Length >= HexLength ? sha[..HexLength] : sha;
        int n = _seen.TryGetValue(id, out var count) ? count + 1 : 1;
        _seen[id] = n;
        return n == 1 ? id : $"{id}-{n}";
    }
}
