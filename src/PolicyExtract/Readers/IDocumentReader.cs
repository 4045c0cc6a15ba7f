using PolicyExtract.Model;

namespace PolicyExtract.Readers;

/// <summary>Reads one source format into a <see cref="PolicyDocument"/>.</summary>
public interface IDocumentReader
{
    SourceFormat Format { get; }

    /// <summary>Reads the raw bytes of a file. Throws <see cref="DocumentReadException"/> when the content cannot be read.</summary>
    PolicyDocument Read(ReadOnlyMemory<byte> bytes, string path);
}

/// <summary>A document that cannot be read, with a one-line reason for the user.</summary>
public sealed class DocumentReadException(string reason, Exception? inner = null) : Exception(reason, inner)
{
    public string Reason => Message;
}
