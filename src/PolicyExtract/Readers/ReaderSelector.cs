using PolicyExtract.Model;
using PolicyExtract.Readers.Doc;
using PolicyExtract.Readers.Rtf;
using PolicyExtract.Readers.Text;

namespace PolicyExtract.Readers;

/// <summary>Picks a reader by sniffing the content first and looking at the extension second.</summary>
public sealed class ReaderSelector
{
    private readonly IReadOnlyDictionary<SourceFormat, IDocumentReader> _readers;

    public ReaderSelector(IEnumerable<IDocumentReader> readers)
    {
        _readers = readers.ToDictionary(r => r.Format);
    }

    public static ReaderSelector CreateDefault() => new([new PlainTextReader(), new DocReader(), new RtfReader()]);

    public PolicyDocument Read(ReadOnlyMemory<byte> bytes, string path)
    {
        var format = Sniff(bytes.Span, path);
        if (!_readers.TryGetValue(format, out var reader))
            throw new DocumentReadException($"{format.ToString().ToLowerInvariant()} files are not supported yet");
        return reader.Read(bytes, path);
    }

    public static SourceFormat Sniff(ReadOnlySpan<byte> head, string path)
    {
        // An OLE2 compound file is read as Word whatever its name: WPS saves .wps files in the same format.
        if (head.StartsWith(DocReader.CompoundFileSignature))
            return SourceFormat.Doc;
        // Word and government sites save RTF under a .doc name; the content says what it is.
        if (RtfReader.LooksLikeRtf(head))
            return SourceFormat.Rtf;
        // A .doc/.wps that is neither OLE2 nor another recognised format gets the .doc reader's own message.
        var ext = Path.GetExtension(path);
        if (ext.Equals(".doc", StringComparison.OrdinalIgnoreCase) || ext.Equals(".wps", StringComparison.OrdinalIgnoreCase))
            return SourceFormat.Doc;
        return SourceFormat.Text;
    }
}
