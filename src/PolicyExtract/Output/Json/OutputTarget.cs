namespace PolicyExtract.Output.Json;

/// <summary>
/// Where a writer's bytes go: a file written atomically (temporary name, renamed on <see cref="Commit"/>), or a stream
/// the caller owns, such as stdout. Buffered either way, so a writer can write small pieces.
/// </summary>
public sealed class OutputTarget : IDisposable
{
    private const int BufferSize = 1 << 16;

    private readonly AtomicFile? _file;
    private readonly BufferedStream _buffer;
    private bool _committed;

    private OutputTarget(AtomicFile? file, Stream inner)
    {
        _file = file;
        _buffer = new BufferedStream(inner, BufferSize);
    }

    /// <summary>A file that appears only when committed. Throws at once if it cannot be created (a missing or read-only directory).</summary>
    public static OutputTarget ToFile(string path)
    {
        var file = new AtomicFile(path);
        return new OutputTarget(file, file.Stream);
    }

    /// <summary>A stream the caller owns and keeps open (stdout).</summary>
    public static OutputTarget ToStream(Stream stream) => new(null, stream);

    public Stream Stream => _buffer;

    /// <summary>Flushes everything and, for a file, moves it into place.</summary>
    public void Commit()
    {
        _buffer.Flush();
        _file?.Commit();
        _committed = true;
    }

    /// <summary>Without <see cref="Commit"/>, a file target leaves nothing behind; a stream keeps what was already flushed.</summary>
    public void Dispose()
    {
        if (_committed)
            return;
        _committed = true;
        // The buffer is dropped, not flushed: for a file it is about to be deleted anyway.
        _file?.Dispose();
    }
}
