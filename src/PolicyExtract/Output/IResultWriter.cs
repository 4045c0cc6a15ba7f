using PolicyExtract.Extraction;

namespace PolicyExtract.Output;

/// <summary>
/// Receives results in input order as they finish and writes them somewhere. Output files are written under a
/// temporary name: <see cref="Complete"/> moves them into place; disposing without completing leaves nothing behind.
/// </summary>
public interface IResultWriter : IDisposable
{
    void Write(ExtractionResult result);

    void Complete();
}
