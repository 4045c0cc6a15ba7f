namespace PolicyExtract.Model;

/// <summary>The formats a source file can be read as.</summary>
public enum SourceFormat
{
    Text,
    Html,
    Docx,
    Doc,
    Rtf,
}

/// <summary>Where a document came from: enough to find it again and to know it is the same file.</summary>
/// <param name="Path">The path as given by the user (relative stays relative).</param>
/// <param name="Format">The format the reader recognised from the content.</param>
/// <param name="Encoding">The character encoding used to decode it (web name, e.g. utf-8, gb18030), or null for binary containers.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the raw bytes.</param>
/// <param name="Bytes">Size of the raw file in bytes.</param>
public sealed record SourceInfo(string Path, SourceFormat Format, string? Encoding, string Sha256, long Bytes);
